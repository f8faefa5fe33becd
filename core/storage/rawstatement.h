#pragma once

#include "model/result.h"

#include <QtCore/QString>
#include <QtCore/QStringView>
#include <QtSql/QSqlDatabase>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace parindex::sql {

// A prepared statement on the connection's own sqlite3 handle, for the paths that move a whole national
// period (400,000 cells): binding and reading integers directly, without a QVariant per value. Same
// connection, so it takes part in the transaction that QSqlQuery began. Errors map like QSqlQuery's.
class RawStatement
{
public:
    RawStatement(const QSqlDatabase &db, const QString &path, const char *sql);
    ~RawStatement();
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    Error error() const; // the last failure, as a message a person understands

    void bind(int index, qint64 value); // 1-based, as in SQLite
    void bind(int index, const std::optional<qint64> &value); // nullopt binds NULL
    void bind(int index, QStringView text); // copied by SQLite
    void bindAscii(int index, const char *text, int length); // copied by SQLite

    // One step: true while a row is there; false at the end or on an error (then ok() is false).
    bool next();
    // Runs a statement that returns no row, then resets it for the next binding.
    bool run();
    bool ok() const { return m_ok; }
    void reset();

    qint64 integer(int column) const; // 0-based
    std::optional<qint64> optionalInteger(int column) const;
    QString text(int column) const;
    // The column's text as SQLite holds it, valid until the next step (for comparing seals without a copy).
    QByteArrayView bytes(int column) const;

private:
    bool fail(int code);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_path;
    int m_code = 0;
    QString m_message;
    bool m_ok = true;
};

// One snapshot for several reads that must agree (a part's rows and the record of what the program wrote of it): a
// read transaction from here to the end of the scope, unless the connection is in a transaction already (a write's,
// or an outer snapshot). Without it, another program's commit between two reads makes them disagree.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const QSqlDatabase &db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    sqlite3 *m_db = nullptr;
    bool m_began = false;
};

} // namespace parindex::sql
