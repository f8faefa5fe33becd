// The server's side of a copy of a whole store (StoreCopy): COPY in text format on the connection's own libpq handle,
// in the transaction the connection is in. A national store (4 million score cells) streams through in rows, never
// held whole in memory. And the bulk writes of the method (an import of a national period's 400,000 cells): one
// statement for all the rows, on the same handle.
#include "pghandle.h"
#include "postgresengine.h"
#include "sqlsupport.h"

#include <QtCore/QHash>
#include <QtCore/QStringEncoder>
#include <QtCore/QtEndian>
#include <QtSql/QSqlQuery>

#include <libpq-fe.h>

#include <cstdlib>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
using sql::columnList;
using sql::identifier;

Error failureOf(PGconn *conn, const PGresult *result, const QString &location)
{
    const QString state = result ? QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QString();
    const QString message = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(conn));
    return PostgresEngine::errorFor(state, message, !conn || PQstatus(conn) == CONNECTION_BAD, location);
}

// The results that end a COPY: the first failure, if any.
std::optional<Error> endOfCopy(PGconn *conn, const QString &location)
{
    std::optional<Error> failure;
    while (PGresult *r = PQgetResult(conn)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && !failure)
            failure = failureOf(conn, r, location);
        PQclear(r);
    }
    return failure;
}

// COPY (SELECT ...) TO STDOUT: one row a line, values between tabs, \N for NULL, and backslash escapes for the
// backslash and the control characters.
class CopyReader final : public RowReader
{
public:
    CopyReader(PGconn *conn, const QString &location, const QByteArray &sql, int columns)
        : m_conn(conn), m_location(location), m_fields(size_t(columns))
    {
        if (!m_conn) {
            m_error = Error {Error::Kind::Internal, Database::tr("no PostgreSQL connection")};
            return;
        }
        PGresult *r = PQexec(m_conn, sql.constData());
        if (PQresultStatus(r) == PGRES_COPY_OUT)
            m_copying = true;
        else
            m_error = failureOf(m_conn, r, m_location);
        PQclear(r);
    }
    ~CopyReader() override
    {
        PQfreemem(m_line);
        // A reader left before its end reads the rest, so that the connection can take its next statement.
        while (m_copying)
            next();
    }
    CopyReader(const CopyReader &) = delete;
    CopyReader &operator=(const CopyReader &) = delete;

    bool next() override
    {
        if (!m_copying)
            return false;
        PQfreemem(m_line);
        m_line = nullptr;
        const int length = PQgetCopyData(m_conn, &m_line, 0);
        if (length < 0) { // -1: the end; -2: a failure, which the results then say
            m_copying = false;
            if (const auto failure = endOfCopy(m_conn, m_location); failure && !m_error)
                m_error = failure;
            else if (length == -2 && !m_error)
                m_error = failureOf(m_conn, nullptr, m_location);
            return false;
        }
        if (!split(m_line, length)) {
            m_error = Error {Error::Kind::Internal,
                Database::tr("%1 sent a row of %2 that this program cannot read.")
                    .arg(m_location, QString::fromUtf8(m_line, length))};
            return false;
        }
        return true;
    }
    bool ok() const override { return !m_error; }
    Error error() const override { return m_error.value_or(Error()); }
    std::optional<QByteArrayView> value(int column) const override
    {
        const Field &f = m_fields[size_t(column)];
        if (f.null)
            return std::nullopt;
        return QByteArrayView(f.data, f.length);
    }

private:
    struct Field
    {
        const char *data = nullptr;
        qsizetype length = 0;
        bool null = false;
    };

    // The line's values in place; a line with escapes is decoded into m_decoded.
    bool split(const char *line, qsizetype length)
    {
        if (length > 0 && line[length - 1] == '\n')
            --length;
        size_t field = 0;
        if (!std::memchr(line, '\\', size_t(length))) {
            qsizetype start = 0;
            for (qsizetype i = 0; i <= length; ++i) {
                if (i < length && line[i] != '\t')
                    continue;
                if (field >= m_fields.size())
                    return false;
                m_fields[field++] = {line + start, i - start, false};
                start = i + 1;
            }
            return field == m_fields.size();
        }
        m_decoded.resize(0);
        m_starts.resize(m_fields.size());
        qsizetype start = 0;
        bool null = false;
        const auto endField = [&]() -> bool {
            if (field >= m_fields.size())
                return false;
            m_fields[field] = {nullptr, m_decoded.size() - start, null};
            m_starts[field++] = start;
            start = m_decoded.size();
            null = false;
            return true;
        };
        for (qsizetype i = 0; i < length; ++i) {
            const char c = line[i];
            if (c == '\t') {
                if (!endField())
                    return false;
                continue;
            }
            if (c != '\\' || i + 1 == length) {
                m_decoded += c;
                continue;
            }
            switch (const char e = line[++i]) {
            case 'N':
                null = true;
                break;
            case 'b':
                m_decoded += '\b';
                break;
            case 'f':
                m_decoded += '\f';
                break;
            case 'n':
                m_decoded += '\n';
                break;
            case 'r':
                m_decoded += '\r';
                break;
            case 't':
                m_decoded += '\t';
                break;
            case 'v':
                m_decoded += '\v';
                break;
            default:
                m_decoded += e; // \\, and any character COPY would not escape
            }
        }
        if (!endField() || field != m_fields.size())
            return false;
        for (size_t f = 0; f < field; ++f)
            m_fields[f].data = m_decoded.constData() + m_starts[f];
        return true;
    }

    PGconn *m_conn = nullptr;
    QString m_location;
    std::vector<Field> m_fields;
    char *m_line = nullptr;
    QByteArray m_decoded;
    std::vector<qsizetype> m_starts;
    bool m_copying = false;
    std::optional<Error> m_error;
};

// COPY ... FROM STDIN: rows gathered into blocks of 256 kB, values escaped as the reader above reads them.
class CopyWriter final : public RowWriter
{
public:
    CopyWriter(PGconn *conn, const QString &location, const QString &table, const QStringList &columns)
        : m_conn(conn), m_location(location), m_table(table), m_columns(int(columns.size()))
    {
        if (!m_conn) {
            m_error = Error {Error::Kind::Internal, Database::tr("no PostgreSQL connection")};
            return;
        }
        if (!setReferencesAside())
            return;
        const QByteArray sql = "COPY " + identifier(table) + " (" + columnList(columns) + ") FROM STDIN";
        PGresult *r = PQexec(m_conn, sql.constData());
        if (PQresultStatus(r) == PGRES_COPY_IN)
            m_copying = true;
        else
            m_error = failureOf(m_conn, r, m_location);
        PQclear(r);
        m_buffer.reserve(BlockBytes + 4096);
    }
    ~CopyWriter() override
    {
        if (m_copying) {
            PQputCopyEnd(m_conn, "the copy was abandoned");
            endOfCopy(m_conn, m_location);
        }
    }
    CopyWriter(const CopyWriter &) = delete;
    CopyWriter &operator=(const CopyWriter &) = delete;

    bool append(const RowReader &row) override
    {
        if (!m_copying)
            return false;
        for (int c = 0; c < m_columns; ++c) {
            if (c > 0)
                m_buffer += '\t';
            const std::optional<QByteArrayView> v = row.value(c);
            if (!v)
                m_buffer += "\\N";
            else
                escape(*v);
        }
        m_buffer += '\n';
        return m_buffer.size() < BlockBytes || send();
    }
    bool finish() override
    {
        if (!m_copying || !send())
            return false;
        m_copying = false;
        if (PQputCopyEnd(m_conn, nullptr) != 1) {
            m_error = failureOf(m_conn, nullptr, m_location);
            endOfCopy(m_conn, m_location);
            return false;
        }
        if (const auto failure = endOfCopy(m_conn, m_location)) {
            m_error = failure;
            return false;
        }
        return restoreReferences() && pastLargestIds();
    }
    Error error() const override { return m_error.value_or(Error()); }

private:
    static constexpr qsizetype BlockBytes = 256 * 1024;

    void escape(QByteArrayView v)
    {
        const char *p = v.data();
        const char *end = p + v.size();
        while (p < end) {
            const char *plain = p;
            while (p < end && *p != '\\' && *p != '\t' && *p != '\n' && *p != '\r')
                ++p;
            m_buffer.append(plain, p - plain);
            if (p == end)
                break;
            m_buffer += '\\';
            m_buffer += *p == '\t' ? 't' : *p == '\n' ? 'n' : *p == '\r' ? 'r' : '\\';
            ++p;
        }
    }
    bool send()
    {
        if (m_buffer.isEmpty())
            return true;
        if (PQputCopyData(m_conn, m_buffer.constData(), int(m_buffer.size())) != 1) {
            m_error = failureOf(m_conn, nullptr, m_location);
            return false;
        }
        m_buffer.resize(0);
        return true;
    }
    // A statement of the copy's own (no rows back, or rows it reads itself); false with m_error on a failure.
    bool run(const QByteArray &sql, PGresult **rows = nullptr)
    {
        PGresult *r = PQexec(m_conn, sql.constData());
        const ExecStatusType status = PQresultStatus(r);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            m_error = failureOf(m_conn, r, m_location);
            PQclear(r);
            return false;
        }
        if (rows)
            *rows = r;
        else
            PQclear(r);
        return true;
    }
    QByteArray tableLiteral() const { return "'" + identifier(m_table).replace('\'', "''") + "'"; }
    // The table's references are checked once its rows are in, by one join each, instead of by a trigger a row (two
    // for each of 4 million score cells): dropped before the COPY and added again after it, in the same transaction,
    // so that no other connection ever sees the table without them. The table's own triggers (the guards of members'
    // rights: nothing written into a final period) are off meanwhile too: the rows are a store's as it was, final
    // periods included, written by the login that made the store, which owns its tables.
    bool setReferencesAside()
    {
        PGresult *triggers = nullptr;
        if (!run("SELECT count(*) FROM pg_catalog.pg_trigger WHERE NOT tgisinternal AND tgrelid = " + tableLiteral()
                    + "::regclass",
                &triggers))
            return false;
        m_triggers = std::strtol(PQgetvalue(triggers, 0, 0), nullptr, 10) > 0;
        PQclear(triggers);
        if (m_triggers && !run("ALTER TABLE " + identifier(m_table) + " DISABLE TRIGGER USER"))
            return false;
        PGresult *r = nullptr;
        if (!run("SELECT quote_ident(conname), pg_catalog.pg_get_constraintdef(oid) FROM pg_catalog.pg_constraint "
                 "WHERE contype = 'f' AND conrelid = "
                    + tableLiteral() + "::regclass ORDER BY conname",
                &r))
            return false;
        for (int i = 0; i < PQntuples(r); ++i)
            m_references.append({QByteArray(PQgetvalue(r, i, 0)), QByteArray(PQgetvalue(r, i, 1))});
        PQclear(r);
        for (const auto &[name, definition] : std::as_const(m_references)) {
            if (!run("ALTER TABLE " + identifier(m_table) + " DROP CONSTRAINT " + name))
                return false;
        }
        return true;
    }
    bool restoreReferences()
    {
        for (const auto &[name, definition] : std::as_const(m_references)) {
            if (!run("ALTER TABLE " + identifier(m_table) + " ADD CONSTRAINT " + name + " " + definition))
                return false;
        }
        return !m_triggers || run("ALTER TABLE " + identifier(m_table) + " ENABLE TRIGGER USER");
    }
    // Rows came with their ids: the identity columns' sequences move past the largest, so that the next insert takes
    // a new one (an empty table leaves its sequence as it is: setval() of NULL does nothing).
    bool pastLargestIds()
    {
        PGresult *r = nullptr;
        if (!run("SELECT quote_ident(attname), quote_literal(attname) FROM pg_catalog.pg_attribute WHERE attrelid = "
                    + tableLiteral() + "::regclass AND attidentity <> '' AND NOT attisdropped",
                &r))
            return false;
        QList<QPair<QByteArray, QByteArray>> identities;
        for (int i = 0; i < PQntuples(r); ++i)
            identities.append({QByteArray(PQgetvalue(r, i, 0)), QByteArray(PQgetvalue(r, i, 1))});
        PQclear(r);
        for (const auto &[column, literal] : std::as_const(identities)) {
            if (!run("SELECT setval(pg_catalog.pg_get_serial_sequence(" + tableLiteral() + ", " + literal + "), max("
                    + column + ")) FROM " + identifier(m_table)))
                return false;
        }
        return true;
    }

    PGconn *m_conn = nullptr;
    QString m_location;
    QString m_table;
    int m_columns = 0;
    QByteArray m_buffer;
    QList<QPair<QByteArray, QByteArray>> m_references; // name, definition
    bool m_triggers = false; // the table has triggers of its own, off during the COPY
    bool m_copying = false;
    std::optional<Error> m_error;
};

// Rows as one INSERT ... SELECT FROM unnest($1, ...) ON CONFLICT (key) DO UPDATE, each column's values one array in
// binary form (no escaping, and the server reads an integer as 8 bytes): a round trip and a statement for all of
// them, where multi-row INSERTs took one per 64 rows. Not COPY: it bypasses row-level security, or refuses it, and a
// member may not make a temporary table to copy into (serverrights.cpp revokes TEMPORARY); an INSERT of unnest() goes
// through the rights as any other write.
class ArrayBatch final : public RowBatch
{
public:
    enum Type : Oid { Int8 = 20, Text = 25 };
    struct Column
    {
        QByteArray name;
        Type type;
        Oid arrayType;
    };

    // Null when a column is of a type the batch does not send (then statements serve); on a failure to read the
    // columns, a batch that says so.
    static std::unique_ptr<ArrayBatch> make(
        PGconn *conn, const QString &location, const QString &table, const QStringList &columns, int keyColumns)
    {
        if (!conn)
            return std::unique_ptr<ArrayBatch>(
                new ArrayBatch(location, Error {Error::Kind::Internal, Database::tr("no PostgreSQL connection")}));
        const QByteArray name = identifier(table);
        const char *values[] = {name.constData()};
        PGresult *r = PQexecParams(conn,
            "SELECT a.attname, a.atttypid, t.typarray FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type t "
            "ON t.oid = a.atttypid WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped",
            1, nullptr, values, nullptr, nullptr, 0);
        if (PQresultStatus(r) != PGRES_TUPLES_OK) {
            const Error e = failureOf(conn, r, location);
            PQclear(r);
            return std::unique_ptr<ArrayBatch>(new ArrayBatch(location, e));
        }
        QHash<QString, QPair<Oid, Oid>> types;
        for (int i = 0; i < PQntuples(r); ++i)
            types.insert(QString::fromUtf8(PQgetvalue(r, i, 0)),
                {Oid(std::strtoul(PQgetvalue(r, i, 1), nullptr, 10)),
                    Oid(std::strtoul(PQgetvalue(r, i, 2), nullptr, 10))});
        PQclear(r);
        std::vector<Column> described;
        for (const QString &column : columns) {
            const auto type = types.constFind(column);
            if (type == types.cend() || (type->first != Int8 && type->first != Text))
                return nullptr;
            described.push_back({identifier(column), Type(type->first), type->second});
        }
        return std::unique_ptr<ArrayBatch>(new ArrayBatch(conn, location, name, std::move(described), keyColumns));
    }

    void add(qint64 value) override
    {
        Array &a = next(Int8);
        const qsizetype at = a.bytes.size();
        a.bytes.resize(at + 12);
        qToBigEndian<qint32>(8, a.bytes.data() + at);
        qToBigEndian<qint64>(value, a.bytes.data() + at + 4);
    }
    void add(const std::optional<qint64> &value) override
    {
        if (value) {
            add(*value);
            return;
        }
        Array &a = next(Int8);
        a.nulls = true;
        const qsizetype at = a.bytes.size();
        a.bytes.resize(at + 4);
        qToBigEndian<qint32>(-1, a.bytes.data() + at);
    }
    void add(QStringView text) override
    {
        Array &a = next(Text);
        const qsizetype at = a.bytes.size();
        a.bytes.resize(at + 4 + m_utf8.requiredSpace(text.size()));
        char *end = m_utf8.appendToBuffer(a.bytes.data() + at + 4, text);
        qToBigEndian<qint32>(qint32(end - (a.bytes.data() + at + 4)), a.bytes.data() + at);
        a.bytes.resize(end - a.bytes.constData());
    }
    void addAscii(const char *text, int length) override
    {
        Array &a = next(Text);
        const qsizetype at = a.bytes.size();
        a.bytes.resize(at + 4 + length);
        qToBigEndian<qint32>(length, a.bytes.data() + at);
        std::memcpy(a.bytes.data() + at + 4, text, size_t(length));
    }
    bool finish() override
    {
        if (m_error)
            return false;
        if (m_rows == 0)
            return true;
        std::vector<const char *> values;
        std::vector<int> lengths;
        std::vector<int> formats(m_arrays.size(), 1);
        for (size_t c = 0; c < m_arrays.size(); ++c) {
            // The header array_recv reads: one dimension of m_rows values from 1, whether any is NULL, their type.
            Array &a = m_arrays[c];
            char *h = a.bytes.data();
            qToBigEndian<qint32>(1, h);
            qToBigEndian<qint32>(a.nulls ? 1 : 0, h + 4);
            qToBigEndian<quint32>(m_columns[c].type, h + 8);
            qToBigEndian<qint32>(qint32(m_rows), h + 12);
            qToBigEndian<qint32>(1, h + 16);
            values.push_back(a.bytes.constData());
            lengths.push_back(int(a.bytes.size()));
        }
        PGresult *r = PQexecParams(m_conn, m_sql.constData(), int(values.size()), m_types.data(), values.data(),
            lengths.data(), formats.data(), 0);
        const bool done = PQresultStatus(r) == PGRES_COMMAND_OK;
        if (!done)
            m_error = failureOf(m_conn, r, m_location);
        PQclear(r);
        begin();
        return done;
    }
    Error error() const override { return m_error.value_or(Error()); }

private:
    static constexpr qsizetype HeaderBytes = 20;
    struct Array
    {
        QByteArray bytes; // the header's room, then each value: its length (-1: NULL) and its bytes
        bool nulls = false;
    };

    ArrayBatch(const QString &location, const Error &error) : m_location(location), m_error(error) { }
    ArrayBatch(
        PGconn *conn, const QString &location, const QByteArray &table, std::vector<Column> columns, int keyColumns)
        : m_conn(conn), m_location(location), m_columns(std::move(columns)), m_arrays(m_columns.size())
    {
        QByteArray names;
        QByteArray arrays;
        QByteArray keys;
        QByteArray updates;
        for (size_t c = 0; c < m_columns.size(); ++c) {
            const QByteArray &name = m_columns[c].name;
            m_types.push_back(m_columns[c].arrayType);
            names += (c > 0 ? ", " : "") + name;
            arrays += (c > 0 ? ", $" : "$") + QByteArray::number(qulonglong(c + 1));
            if (c < size_t(keyColumns))
                keys += (c > 0 ? ", " : "") + name;
            else
                updates += (updates.isEmpty() ? "" : ", ") + name + " = excluded." + name;
        }
        m_sql = "INSERT INTO " + table + " (" + names + ") SELECT * FROM unnest(" + arrays + ")";
        // Rows known to be new go in as they are: the conflict arbiter's look-up of each key first, and its second
        // write of each row (a speculative insertion, then its confirmation), were more than half of the INSERT of a
        // national import (1.35-2.0 s against 0.56-0.64 s for 398,520 rows).
        if (keyColumns > 0)
            m_sql += " ON CONFLICT (" + keys + ") "
                + (updates.isEmpty() ? QByteArray("DO NOTHING") : "DO UPDATE SET " + updates);
        begin();
    }

    void begin()
    {
        for (Array &a : m_arrays) {
            a.bytes.resize(0);
            a.bytes.resize(HeaderBytes);
            a.nulls = false;
        }
        m_column = 0;
        m_rows = 0;
    }
    // The array of the next value's column, which must be of `type`.
    Array &next(Type type)
    {
        if (m_columns.empty())
            return m_spare;
        if (m_columns[m_column].type != type && !m_error)
            m_error = Error {Error::Kind::Internal,
                Database::tr("A value of the wrong type for the column %1 in %2.")
                    .arg(QString::fromUtf8(m_columns[m_column].name), m_location)};
        Array &a = m_arrays[m_column];
        if (++m_column == m_arrays.size()) {
            m_column = 0;
            ++m_rows;
        }
        return a;
    }

    PGconn *m_conn = nullptr;
    QString m_location;
    std::vector<Column> m_columns;
    std::vector<Oid> m_types; // of each column's array
    QByteArray m_sql;
    std::vector<Array> m_arrays;
    Array m_spare; // where values go when the batch has no columns (it failed to read them)
    size_t m_column = 0; // of the next value
    qsizetype m_rows = 0; // complete rows added
    QStringEncoder m_utf8 {QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
    std::optional<Error> m_error;
};
} // namespace

std::unique_ptr<RowReader> PostgresEngine::readRows(
    const QString &table, const QStringList &columns, const QStringList &key, const QByteArray &where) const
{
    QByteArray sql = "COPY (SELECT " + columnList(columns) + " FROM " + identifier(table);
    if (!where.isEmpty())
        sql += " WHERE " + where;
    if (!key.isEmpty())
        sql += " ORDER BY " + columnList(key);
    sql += ") TO STDOUT";
    return std::make_unique<CopyReader>(pg::handleOf(connection()), location(), sql, int(columns.size()));
}

std::unique_ptr<RowWriter> PostgresEngine::writeRows(const QString &table, const QStringList &columns)
{
    m_bulkTables.insert(table);
    return std::make_unique<CopyWriter>(pg::handleOf(connection()), location(), table, columns);
}

std::unique_ptr<RowBatch> PostgresEngine::rowBatch(
    const QString &table, const QStringList &columns, int keyColumns) const
{
    m_bulkTables.insert(table);
    return ArrayBatch::make(pg::handleOf(connection()), location(), table, columns, keyColumns);
}

// The database was empty when create() made the store in it (it refuses any other): every table in it now is the
// store's, and goes, in one transaction.
Status PostgresEngine::removeStore()
{
    QSqlQuery q(connection());
    if (!q.exec(u"SELECT string_agg(quote_ident(tablename), ', ') FROM pg_catalog.pg_tables "
                "WHERE schemaname = current_schema()"_s)
        || !q.next())
        return failure(q.lastError());
    if (q.value(0).isNull())
        return {};
    if (!q.exec(u"DROP TABLE %1 CASCADE"_s.arg(q.value(0).toString())))
        return failure(q.lastError());
    // And the functions of the members' rights (serverrights.cpp), which create() installed with the tables.
    if (!q.exec(u"SELECT string_agg(p.oid::regprocedure::text, ', ') FROM pg_catalog.pg_proc p "
                "WHERE p.pronamespace = current_schema()::regnamespace AND p.proname LIKE 'parindex\\_%'"_s)
        || !q.next())
        return failure(q.lastError());
    if (!q.value(0).isNull() && !q.exec(u"DROP FUNCTION %1"_s.arg(q.value(0).toString())))
        return failure(q.lastError());
    return {};
}

} // namespace parindex
