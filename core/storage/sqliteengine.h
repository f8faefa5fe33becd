#pragma once

#include "database.h"
#include "storageengine.h"

namespace parindex {

// The embedded engine: one .parindex file through Qt's QSQLITE driver, with the bulk paths on the same connection's
// sqlite3 handle. Everything here is SQLite's own: the header and application_id, pragmas, BEGIN IMMEDIATE,
// data_version, VACUUM INTO, quick_check and integrity_check, and the locking of a file in a folder nobody writes.
class SqliteEngine final : public StorageEngine
{
public:
    // A new file (refused when the path exists); the caller migrates it to the schema it wants.
    static Result<std::unique_ptr<SqliteEngine>> create(const QString &path);
    // An existing file, refused without writing a byte when it is not ours, too new, cut short or damaged.
    static Result<std::unique_ptr<SqliteEngine>> open(
        const QString &path, Database::Access access, Database::Verify verify);
    ~SqliteEngine() override;

    QString kind() const override;
    QString location() const override;
    bool isReadOnly() const override;
    QString journalMode() const override;
    int storedSchemaVersion() const override;
    Status setSchemaVersion(int version) override;

    QSqlDatabase connection() const override;
    Error error(const QSqlError &error, const QString &named) const override;
    std::unique_ptr<BulkStatement> statement(const char *sql) const override;

    Status beginWrite(Keys keys = Keys::Enforced) override;
    Status commit() override;
    void rollback() override;
    bool beginSnapshot() const override;
    void endSnapshot() const override;

    Result<qint64> dataVersion() const override;
    QSqlError copyTo(const QString &file) const override;
    bool isDiskFull(const QSqlError &error) const override;
    Result<QStringList> structureProblems() const override;
    std::optional<int> brokenReferences() const override;
    void analyse() override;

private:
    SqliteEngine(const QString &path, bool readOnly);
    Status connect();
    Status applyPragmas();
    Result<QString> pragmaText(const QString &statement) const;
    Error failure(const QSqlError &e) const { return error(e, m_path); }
    bool keysOn() const;
    void restoreKeys();

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    QString m_journalMode;
    int m_userVersion = 0;
    bool m_keysOff = false; // foreign keys are off for the write under way (Keys::CheckedByBody)
    bool m_keysLeftOff = false; // they could not be turned back on after such a write
};

} // namespace parindex
