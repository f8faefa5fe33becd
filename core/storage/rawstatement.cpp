#include "rawstatement.h"

#include "sqlsupport.h"

#include <QtSql/QSqlDriver>
#include <QtSql/QSqlError>

#include <sqlite3.h>

namespace parindex::sql {

namespace {
sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}
} // namespace

bool beginReadSnapshot(const QSqlDatabase &db)
{
    sqlite3 *handle = handleOf(db);
    return handle && sqlite3_get_autocommit(handle)
        && sqlite3_exec(handle, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
}

void endReadSnapshot(const QSqlDatabase &db)
{
    sqlite3 *handle = handleOf(db);
    if (handle && sqlite3_exec(handle, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
}

RawStatement::RawStatement(const QSqlDatabase &db, const QString &path, const char *sql) : m_path(path)
{
    m_db = handleOf(db);
    if (!m_db) {
        m_ok = false;
        m_code = SQLITE_MISUSE;
        m_message = QStringLiteral("no SQLite connection");
        return;
    }
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        fail(rc);
        m_stmt = nullptr;
    }
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_stmt);
}

bool RawStatement::fail(int code)
{
    m_ok = false;
    m_code = sqlite3_extended_errcode(m_db) ? sqlite3_extended_errcode(m_db) : code;
    m_message = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

Error RawStatement::error() const
{
    return toError(QSqlError(m_message, m_message, QSqlError::StatementError, QString::number(m_code)), m_path);
}

void RawStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void RawStatement::bind(int index, const std::optional<qint64> &value)
{
    if (value)
        sqlite3_bind_int64(m_stmt, index, *value);
    else
        sqlite3_bind_null(m_stmt, index);
}

void RawStatement::bind(int index, QStringView text)
{
    static const char16_t empty[] = u"";
    // A null view would bind SQL NULL; every text column of ours is NOT NULL.
    sqlite3_bind_text16(m_stmt, index, text.utf16() ? text.utf16() : empty, int(text.size() * 2), SQLITE_TRANSIENT);
}

void RawStatement::bindAscii(int index, const char *text, int length)
{
    sqlite3_bind_text(m_stmt, index, text, length, SQLITE_TRANSIENT);
}

void RawStatement::bindBytes(int index, QByteArrayView bytes)
{
    sqlite3_bind_blob64(
        m_stmt, index, bytes.data() ? bytes.data() : "", sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
}

bool RawStatement::next()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        fail(rc);
    return false;
}

bool RawStatement::run()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return fail(rc);
    return true;
}

void RawStatement::reset()
{
    sqlite3_reset(m_stmt);
}

bool RawStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 RawStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

std::optional<qint64> RawStatement::optionalInteger(int column) const
{
    if (sqlite3_column_type(m_stmt, column) == SQLITE_NULL)
        return std::nullopt;
    return sqlite3_column_int64(m_stmt, column);
}

QString RawStatement::text(int column) const
{
    // Most notes are empty: ask for the length before SQLite converts anything (a national period has
    // 400,000 of them).
    const unsigned char *chars = sqlite3_column_text(m_stmt, column); // before bytes, as SQLite documents
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    if (!chars || bytes == 0)
        return QString();
    return QString::fromUtf8(reinterpret_cast<const char *>(chars), bytes);
}

QByteArrayView RawStatement::bytes(int column) const
{
    const unsigned char *chars = sqlite3_column_text(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return chars ? QByteArrayView(reinterpret_cast<const char *>(chars), size) : QByteArrayView();
}

} // namespace parindex::sql
