#pragma once

#include "model/result.h"

#include <QtCore/QByteArrayView>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace parindex {

// A prepared statement of the engine for the paths that move a whole national period (400,000 cells): integers and
// text bound and read without a QVariant per value, in the transaction the connection is in. Parameters are `?`,
// numbered from 1; columns from 0. Errors map as the engine's error() does.
class BulkStatement
{
public:
    virtual ~BulkStatement() = default;

    virtual bool isValid() const = 0;
    virtual Error error() const = 0; // the last failure, as a message a person understands

    virtual void bind(int index, qint64 value) = 0;
    virtual void bind(int index, const std::optional<qint64> &value) = 0; // nullopt binds NULL
    virtual void bind(int index, QStringView text) = 0;
    virtual void bindAscii(int index, const char *text, int length) = 0;
    virtual void bindBytes(int index, QByteArrayView bytes) = 0; // a BLOB / bytea

    // One step: true while a row is there; false at the end or on an error (then ok() is false).
    virtual bool next() = 0;
    // Runs a statement that returns no row, then resets it for the next binding.
    virtual bool run() = 0;
    virtual bool ok() const = 0;
    virtual void reset() = 0;
    // The values of parameter 1 that the next runs will bind, in this order (a statement of one parameter): an engine
    // whose every run is a round trip sends them all at once (a server's pipeline), so that the runs cost one. A run
    // that binds another value, or the end of the statement, takes back what was sent. Others do nothing.
    virtual void prefetch(const std::vector<qint64> &values) { Q_UNUSED(values); }

    virtual bool isNull(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual std::optional<qint64> optionalInteger(int column) const = 0;
    virtual QString text(int column) const = 0;
    // The column's text as the engine holds it, valid until the next step (for comparing seals without a copy).
    virtual QByteArrayView bytes(int column) const = 0;
};

// A table's rows as a copy of a whole store moves them: every value as the engine's text (UTF-8, integers in decimal,
// bytes as PostgreSQL writes a bytea: \x and lower-case hex digits) or NULL, so that nothing is converted on the way.
// Errors map as the engine's error() does, naming its store.
class RowReader
{
public:
    virtual ~RowReader() = default;
    // The next row: false at the end, or on a failure (then ok() is false).
    virtual bool next() = 0;
    virtual bool ok() const = 0;
    virtual Error error() const = 0;
    // A value of the current row, valid until the next step; nullopt for NULL.
    virtual std::optional<QByteArrayView> value(int column) const = 0;
};

class RowWriter
{
public:
    virtual ~RowWriter() = default;
    // Appends the reader's current row, whose columns are the writer's, in its order.
    virtual bool append(const RowReader &row) = 0;
    // Ends the table; false when a row was refused.
    virtual bool finish() = 0;
    virtual Error error() const = 0;
};

// Many rows written to one table by one statement, on an engine where each statement costs a round trip (a server):
// the values are added row by row, in the order of the batch's columns, and finish() sends them at once. The
// statement is an INSERT that updates the row of the same key where there is one (ON CONFLICT DO UPDATE), or, for rows
// the caller knows to be new (no key columns given), a plain INSERT that refuses a key already there; either way the
// table's checks, references and triggers, and a server's row-level security, apply to every row as to any write.
class RowBatch
{
public:
    virtual ~RowBatch() = default;

    virtual void add(qint64 value) = 0;
    virtual void add(const std::optional<qint64> &value) = 0; // nullopt adds NULL
    virtual void add(QStringView text) = 0;
    virtual void addAscii(const char *text, int length) = 0;
    // Writes the rows added since the last finish(); false when they were refused (then error() says why).
    virtual bool finish() = 0;
    virtual Error error() const = 0;
};

// What differs between the database engines the program stores a province in (SQLite today): the connection, its
// transactions, its native errors, and the engine's own statements (pragmas, copies, structure checks). The method
// (rules, seals, audit chain, rosters) is written once in the parts of Database over this interface, and reaches the
// tables through QSqlQuery on connection() with SQL that both engines read alike.
class StorageEngine
{
public:
    virtual ~StorageEngine() = default;

    virtual QString kind() const = 0; // "sqlite", "postgres"
    virtual QString location() const = 0; // what messages name: the file, or the server and database
    virtual bool isReadOnly() const = 0;
    virtual QString journalMode() const = 0;
    // The schema version the store holds (SQLite: user_version); setSchemaVersion runs inside a migration's write.
    virtual int storedSchemaVersion() const = 0;
    virtual Status setSchemaVersion(int version) = 0;
    // A statement of the schema (schema.cpp writes them once, in SQLite's words) as this engine reads it.
    virtual QString dialect(const QString &statement) const { return statement; }

    // Who the engine knows this connection as (a server's login), which the audit log then names; empty for a file.
    virtual QString login() const { return {}; }

    virtual QSqlDatabase connection() const = 0;
    // A failed statement as a message a person understands, naming `named` (the store, or a copy being made), with
    // the kind the callers map to exit codes.
    virtual Error error(const QSqlError &error, const QString &named) const = 0;
    // Told of a statement that failed (the error was read): the write under way, if any, can only roll back now.
    virtual void statementFailed() { }
    virtual std::unique_ptr<BulkStatement> statement(const char *sql) const = 0;

    // How a write treats references. CheckedByBody is for bulk writes whose body checks, inside the transaction, that
    // every key it writes exists: the engine's own lookups are then left out for that transaction only.
    enum class Keys { Enforced, CheckedByBody };
    // A write transaction that holds the store's write lock from its start, so that a read inside it decides the
    // write (no lost update). Every begun write ends with commit() or rollback().
    virtual Status beginWrite(Keys keys = Keys::Enforced) = 0;
    virtual Status commit() = 0;
    virtual void rollback() = 0;
    // A read transaction for reads that must agree, unless one is under way already: true when it began one, which
    // endSnapshot() then ends.
    virtual bool beginSnapshot() const = 0;
    virtual void endSnapshot() const = 0;

    // A number that changes when another connection commits, and not for this connection's own writes.
    virtual Result<qint64> dataVersion() const = 0;
    // Calls `changed` (in the connection's thread, from its event loop) soon after another connection commits a
    // write, when the engine can tell (a server's LISTEN/NOTIFY); false when it cannot, and dataVersion() is to be
    // polled. `context` ends the watch when it is destroyed.
    virtual bool watchChanges(QObject *context, std::function<void()> changed)
    {
        Q_UNUSED(context);
        Q_UNUSED(changed);
        return false;
    }
    // A consistent copy of the whole store into a new file of the same engine; an invalid QSqlError on success.
    // Between engines, StoreCopy copies row by row through readRows() and writeRows().
    virtual QSqlError copyTo(const QString &file) const = 0;
    // Every row of `table` (its `columns`, ordered by `key`; only those that `where` selects, an SQL condition of
    // the program's own, when not empty), read in the transaction under way; and rows appended to a table in the
    // write transaction under way: what StoreCopy moves, as stored. By default through statement().
    virtual std::unique_ptr<RowReader> readRows(
        const QString &table, const QStringList &columns, const QStringList &key, const QByteArray &where = {}) const;
    virtual std::unique_ptr<RowWriter> writeRows(const QString &table, const QStringList &columns);
    // Rows of `table` (its `columns`, the first `keyColumns` of them its primary key; 0: rows that are new) written by
    // one statement in the write transaction under way; null where a statement per batch of rows costs no more
    // (SQLite, in the process).
    virtual std::unique_ptr<RowBatch> rowBatch(const QString &table, const QStringList &columns, int keyColumns) const
    {
        Q_UNUSED(table);
        Q_UNUSED(columns);
        Q_UNUSED(keyColumns);
        return nullptr;
    }
    // Takes back a store this engine made for a copy that was then refused: on a server, every table is dropped (the
    // database is empty again, as create() found it). A file is removed by its writer (OutputFile).
    virtual Status removeStore() { return {}; }
    virtual bool isDiskFull(const QSqlError &error) const = 0;
    // What the engine's own structure check finds (empty: none), and how many rows refer to rows that are gone.
    virtual Result<QStringList> structureProblems() const = 0;
    virtual std::optional<int> brokenReferences() const = 0;
    // Planner statistics, before a connection that wrote is closed.
    virtual void analyse() = 0;
};

// One snapshot for several reads that must agree (a part's rows and the record of what the program wrote of it), from
// here to the end of the scope. Without it, another program's commit between two reads makes them disagree.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const StorageEngine &engine) : m_engine(engine), m_began(engine.beginSnapshot()) { }
    ~ReadSnapshot()
    {
        if (m_began)
            m_engine.endSnapshot();
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    const StorageEngine &m_engine;
    bool m_began = false;
};

} // namespace parindex
