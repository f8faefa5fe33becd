#pragma once

#include "storageengine.h"

#include <QtCore/QString>
#include <QtCore/QStringView>
#include <QtSql/QSqlDatabase>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace parindex::sql {

// SQLite's bulk statement: prepared on the connection's own sqlite3 handle, so it takes part in the transaction
// that QSqlQuery began. Errors map like QSqlQuery's.
class RawStatement final : public BulkStatement
{
public:
    RawStatement(const QSqlDatabase &db, const QString &path, const char *sql);
    ~RawStatement() override;
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    bool isValid() const override { return m_stmt != nullptr; }
    Error error() const override;

    void bind(int index, qint64 value) override;
    void bind(int index, const std::optional<qint64> &value) override;
    void bind(int index, QStringView text) override; // copied by SQLite
    void bindAscii(int index, const char *text, int length) override; // copied by SQLite
    void bindBytes(int index, QByteArrayView bytes) override; // copied by SQLite

    bool next() override;
    bool run() override;
    bool ok() const override { return m_ok; }
    void reset() override;

    bool isNull(int column) const override;
    qint64 integer(int column) const override;
    std::optional<qint64> optionalInteger(int column) const override;
    QString text(int column) const override;
    QByteArrayView bytes(int column) const override;

private:
    bool fail(int code);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_path;
    int m_code = 0;
    QString m_message;
    bool m_ok = true;
};

// A read transaction on the connection unless it is in one already (a write's, or an outer snapshot): true when it
// began one, which endReadSnapshot() ends.
bool beginReadSnapshot(const QSqlDatabase &db);
void endReadSnapshot(const QSqlDatabase &db);

} // namespace parindex::sql
