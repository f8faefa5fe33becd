#pragma once

#include "database.h"
#include "serveraddress.h"
#include "storageengine.h"

#include <QtCore/QSet>

namespace parindex {

// The server engine: one PostgreSQL database per province through Qt's QPSQL driver, with the bulk paths on the same
// connection's libpq handle. What SQLite keeps in its header (application id, schema version) and its data_version
// pragma are a one-row table of the engine's own, parindex_store; every write transaction bumps its counter, which
// also serialises writers from the start of the transaction as SQLite's BEGIN IMMEDIATE does.
// The statements a connection prepared and keeps, by their text (PostgresEngine::statement()).
struct PreparedStatements
{
    static constexpr qsizetype Most = 64;
    const void *connection = nullptr; // the libpq handle they were prepared on
    QHash<QByteArray, QByteArray> names;
};

class PostgresEngine final : public StorageEngine
{
public:
    // A new store in an empty database (refused when the database holds any table); the caller migrates it.
    static Result<std::unique_ptr<PostgresEngine>> create(const ServerAddress &address);
    // An existing store, refused without writing when the database holds none, another program's, or a newer one; an
    // older one too (saying how it is upgraded), unless `toUpgrade` (Database::upgrade).
    static Result<std::unique_ptr<PostgresEngine>> open(
        const ServerAddress &address, Database::Access access, bool toUpgrade = false);
    ~PostgresEngine() override;

    QString kind() const override;
    QString location() const override;
    bool isReadOnly() const override;
    QString journalMode() const override;
    int storedSchemaVersion() const override;
    Status setSchemaVersion(int version) override;
    QString dialect(const QString &statement) const override;

    QSqlDatabase connection() const override;
    Error error(const QSqlError &error, const QString &named) const override;
    std::unique_ptr<BulkStatement> statement(const char *sql) const override;

    Status beginWrite(Keys keys = Keys::Enforced) override;
    Status commit() override;
    void rollback() override;
    bool beginSnapshot() const override;
    void endSnapshot() const override;

    Result<qint64> dataVersion() const override;
    bool watchChanges(QObject *context, std::function<void()> changed) override;
    QSqlError copyTo(const QString &file) const override;
    // COPY ... TO STDOUT and COPY ... FROM STDIN in text format (postgrescopy.cpp); a table written so gets its
    // identity sequence past its largest id, so that later inserts take new ones.
    std::unique_ptr<RowReader> readRows(const QString &table, const QStringList &columns, const QStringList &key,
        const QByteArray &where = {}) const override;
    std::unique_ptr<RowWriter> writeRows(const QString &table, const QStringList &columns) override;
    // One INSERT ... SELECT FROM unnest() of arrays, upserting (postgrescopy.cpp).
    std::unique_ptr<RowBatch> rowBatch(const QString &table, const QStringList &columns, int keyColumns) const override;
    Status removeStore() override;
    bool isDiskFull(const QSqlError &error) const override;
    Result<QStringList> structureProblems() const override;
    std::optional<int> brokenReferences() const override;
    void analyse() override;
    void statementFailed() override;

    // The login this connection is (current_user): what the audit log names for its writes.
    QString login() const override { return m_login; }
    // A password as the server keeps it (SCRAM-SHA-256, computed here), so that the clear text never reaches the
    // server's logs.
    Result<QString> encryptedPassword(const QString &login, const QString &password) const;

    // A failure of the server by its SQLSTATE (and libpq's message), as a message that names `named`.
    static Error errorFor(const QString &sqlState, const QString &message, bool connectionLost, const QString &named);

private:
    PostgresEngine(const ServerAddress &address, bool readOnly);
    Status connect();
    Error failure(const QSqlError &e) const { return error(e, location()); }
    bool inTransaction() const;
    bool isConnected() const;
    Error lostConnection() const;

    ServerAddress m_address;
    QString m_connectionName;
    bool m_readOnly = false;
    int m_schemaVersion = 0;
    qint64 m_ownWrites = 0; // write transactions this connection committed: dataVersion() leaves them out
    bool m_writing = false;
    bool m_failedInWrite = false; // a statement of the write under way failed: it can only roll back
    QString m_login;
    mutable PreparedStatements m_prepared;
    // The tables this connection wrote in bulk (an import, a copy): what analyse() gives new statistics.
    mutable QSet<QString> m_bulkTables;
};

} // namespace parindex
