#include "storecopy.h"

#include "databaseprivate.h"
#include "schema.h"
#include "serveraddress.h"

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QScopeGuard>
#include <QtSql/QSqlField>
#include <QtSql/QSqlIndex>
#include <QtSql/QSqlRecord>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
QString named(const QString &location)
{
    return ServerAddress::isAddress(location) ? location : QDir::toNativeSeparators(location);
}

using sql::columnList;
using sql::identifier;

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    const QSqlRecord record = db.record(table);
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names.append(record.fieldName(i));
    return names;
}

QStringList keyOf(const QSqlDatabase &db, const QString &table)
{
    const QSqlIndex key = db.primaryIndex(table);
    QStringList names;
    for (int i = 0; i < key.count(); ++i)
        names.append(key.fieldName(i));
    return names;
}

// The engine's own statements, for the engines without a faster way (SQLite: a prepared SELECT and INSERT, a few
// microseconds a row).
class StatementReader final : public RowReader
{
public:
    explicit StatementReader(std::unique_ptr<BulkStatement> statement) : m_statement(std::move(statement)) { }

    bool next() override { return m_statement->next(); }
    bool ok() const override { return m_statement->isValid() && m_statement->ok(); }
    Error error() const override { return m_statement->error(); }
    std::optional<QByteArrayView> value(int column) const override
    {
        if (m_statement->isNull(column))
            return std::nullopt;
        return m_statement->bytes(column);
    }

private:
    std::unique_ptr<BulkStatement> m_statement;
};

class StatementWriter final : public RowWriter
{
public:
    StatementWriter(std::unique_ptr<BulkStatement> statement, QList<bool> binary)
        : m_statement(std::move(statement)), m_binary(std::move(binary))
    { }

    bool append(const RowReader &row) override
    {
        for (int c = 0; c < int(m_binary.size()); ++c) {
            const std::optional<QByteArrayView> v = row.value(c);
            if (!v)
                m_statement->bind(c + 1, std::optional<qint64>());
            else if (m_binary[c]) // \x and hex digits
                m_statement->bindBytes(
                    c + 1, QByteArray::fromHex(v->sliced(std::min<qsizetype>(2, v->size())).toByteArray()));
            else // a null pointer would bind NULL: an empty text is bound as one
                m_statement->bindAscii(c + 1, v->data() ? v->data() : "", int(v->size()));
        }
        return m_statement->run();
    }
    bool finish() override { return m_statement->isValid() && m_statement->ok(); }
    Error error() const override { return m_statement->error(); }

private:
    std::unique_ptr<BulkStatement> m_statement;
    QList<bool> m_binary; // per column: bytes (BLOB) rather than text
};

// Which of the table's columns hold bytes (a BLOB): they travel as \x and hex digits, as a bytea does.
QList<bool> binaryColumns(const QSqlDatabase &db, const QString &table, const QStringList &columns)
{
    const QSqlRecord record = db.record(table);
    QList<bool> binary;
    for (const QString &column : columns)
        binary.append(record.field(column).metaType().id() == QMetaType::QByteArray);
    return binary;
}

// The rows of `table` that an archive of some periods holds (an SQL condition; empty: every row): the periods' own,
// the cells of their criteria and the contents their evidence names; every group and unit (rosters name them), the
// store's identity and the whole audit log (one chain: published records name entries of it). A table that refers
// to a period some other way is copied whole, and the archive's check refuses it (rows that refer to rows that are
// not there): never an archive that lacks part of a period silently.
QByteArray periodRows(const QString &table, const QStringList &columns, const QList<qint64> &periods)
{
    QByteArrayList numbers;
    for (const qint64 id : periods)
        numbers.append(QByteArray::number(id));
    const QByteArray ids = "(" + numbers.join(", ") + ")";
    if (table == u"period")
        return "id IN " + ids;
    if (columns.contains(u"period_id"_s))
        return "period_id IN " + ids;
    if (table == u"score")
        return "criterion_id IN (SELECT id FROM criterion WHERE period_id IN " + ids + ")";
    if (table == u"evidence_content")
        return "sha256 IN (SELECT sha256 FROM evidence WHERE period_id IN " + ids + ")";
    return {};
}

// Every row of every table of the schema from `source` (only what an archive of `periods` holds, when some are
// named), as of one snapshot, into `target`, a store just made, in one write transaction. References are checked
// afterwards by the target's check (Keys::CheckedByBody), as a file's foreign_key_check does; the server checks them
// as rows arrive.
Result<StoreCopy::Copied> copyRows(const Database &source, Database &target, const QList<qint64> &periods = {})
{
    const Database::Private &from = Database::Private::of(source);
    Database::Private &to = Database::Private::of(target);
    if (from.schemaVersion != to.schemaVersion)
        return Error {Error::Kind::TooNew,
            StoreCopy::tr("%1 is of version %2 and %3 of version %4: a store is copied only into one of its own "
                          "version.")
                .arg(named(from.path))
                .arg(from.schemaVersion)
                .arg(named(to.path))
                .arg(to.schemaVersion)};
    const ReadSnapshot snapshot(*from.engine);
    if (const Status s = to.engine->beginWrite(StorageEngine::Keys::CheckedByBody); !s)
        return s.error();
    const auto failed = [&](const Error &e) -> Error {
        to.engine->rollback();
        return e;
    };
    // What making the store wrote (its identity in meta) gives way to the source's: a copy is the same store. Only
    // tables that hold rows are emptied: a server's guards refuse any DELETE on the audit log, even of nothing.
    const QStringList &tables = schema::tables();
    for (auto table = tables.crbegin(); table != tables.crend(); ++table) {
        const QString name = QString::fromUtf8(identifier(*table));
        QSqlQuery q = to.query();
        if (!q.exec(u"SELECT 1 FROM %1 LIMIT 1"_s.arg(name)))
            return failed(to.error(q));
        if (q.next() && !q.exec(u"DELETE FROM %1"_s.arg(name)))
            return failed(to.error(q));
    }
    QElapsedTimer timer;
    timer.start();
    StoreCopy::Copied copied;
    for (const QString &table : tables) {
        const QStringList columns = columnsOf(from.db(), table);
        const QStringList targetColumns = columnsOf(to.db(), table);
        if (columns.isEmpty() || columns != targetColumns)
            return failed(Error {Error::Kind::Corrupt,
                StoreCopy::tr("The table %1 has the columns (%2) in %3 and (%4) in %5, which are of the same version.")
                    .arg(table, columns.join(u", "_s), named(from.path), targetColumns.join(u", "_s), named(to.path))});
        const auto reader = from.engine->readRows(table, columns, keyOf(from.db(), table),
            periods.isEmpty() ? QByteArray() : periodRows(table, columns, periods));
        const auto writer = to.engine->writeRows(table, columns);
        while (reader->next()) {
            if (!writer->append(*reader))
                return failed(writer->error());
            ++copied.rows;
        }
        if (!reader->ok())
            return failed(from.noted(reader->error()));
        if (!writer->finish())
            return failed(writer->error());
        ++copied.tables;
    }
    if (const Status s = to.engine->commit(); !s)
        return failed(s.error());
    to.engine->analyse(); // the planner's statistics of the new rows, for the check that follows and every read after
    copied.copyingMs = timer.elapsed();
    return copied;
}

// The copy as it will be opened, through `check`. When that finds problems, so does the source if they are its own.
Status verify(const Database &source, const QString &copy, const QString &target, const StoreCopy::Check &check,
    StoreCopy::Copied &copied)
{
    QElapsedTimer timer;
    timer.start();
    const auto took = qScopeGuard([&] { copied.checkingMs = timer.elapsed(); });
    auto opened = Database::open(copy, Database::Access::ReadOnly, Database::Verify::Full);
    if (!opened)
        return opened.error();
    const CheckReport report = check(**opened);
    if (report.ok())
        return {};
    const CheckReport own = check(source);
    if (!own.ok())
        return Error {Error::Kind::BadData,
            StoreCopy::tr("%1 is damaged: check finds %n problem(s) in it. Restore it from a backup, or correct what "
                          "they name first.",
                nullptr, int(own.problems.size()))
                .arg(named(source.path())),
            own.problems};
    return Error {Error::Kind::Internal,
        StoreCopy::tr("The copy in %1 does not pass its check (%n problem(s)), although its source does.", nullptr,
            int(report.problems.size()))
            .arg(named(target)),
        report.problems};
}

// A failure of the copy in words that name both ends; a failure that the source's own damage explains says so.
Error notCopied(const Database &source, const QString &target, const StoreCopy::Check &check, Error e)
{
    if ((e.kind == Error::Kind::BadData || e.kind == Error::Kind::Corrupt) && e.details.isEmpty()) {
        if (const CheckReport own = check(source); !own.ok())
            e = Error {Error::Kind::BadData,
                StoreCopy::tr("%1 is damaged: check finds %n problem(s) in it. Restore it from a backup, or correct "
                              "what they name first.",
                    nullptr, int(own.problems.size()))
                    .arg(named(source.path())),
                own.problems};
    }
    e.message = StoreCopy::tr("%1 was not copied to %2: %3").arg(named(source.path()), named(target), e.message);
    return e;
}

Result<StoreCopy::Copied> toServer(const Database &source, const QString &target, const StoreCopy::Check &check)
{
    auto made = Database::create(target); // refuses a database that holds any table
    if (!made)
        return notCopied(source, target, check, made.error());
    auto copied = copyRows(source, **made);
    const Status kept = copied ? verify(source, target, target, check, *copied) : Status(copied.error());
    if (kept)
        return copied;
    Error e = notCopied(source, target, check, kept.error());
    if (const Status removed = Database::Private::of(**made).engine->removeStore(); !removed)
        e.details.append(StoreCopy::tr("The tables made in %1 could not be removed: %2. Drop them before trying again.")
                             .arg(target, removed.error().message));
    else
        e.details.append(StoreCopy::tr("%1 was left empty, as it was.").arg(target));
    return e;
}

// What the archive of a period says of itself, as the newest entry of the audit log it carries: where it came from
// and which entry was the newest there. Written in the archive's own transaction, after the rows. The head is the
// one the archive copied (the source's as of the copy's snapshot), not the source's now: another member may have
// written since.
Status recordArchive(const Database &source, Database &archive, const Period &period, const QList<Period> &earlier)
{
    const auto head = archive.auditHead();
    if (!head)
        return head.error();
    QJsonArray years;
    for (const Period &p : earlier)
        years.append(p.year);
    QJsonObject from {{u"from"_s, named(source.path())}, {u"audit_head"_s, head->first}, {u"hash"_s, head->second},
        {u"earlier_years"_s, years}};
    return Database::Private::of(archive).writeWith(u"period.archive"_s, [&]() -> Result<Database::Private::AuditText> {
        return Database::Private::AuditText {u"%1/%2"_s.arg(period.year).arg(period.groupCode), QString(),
            QString::fromUtf8(QJsonDocument(from).toJson(QJsonDocument::Compact))};
    });
}

// An archive: its period, and the earlier periods of its group.
struct Archived
{
    Period period;
    QList<Period> earlier;
};

Result<StoreCopy::Copied> toFile(const Database &source, const QString &target, const StoreCopy::Check &check,
    OutputFile::Existing existing, const std::optional<Archived> &archive = {})
{
    if (!ServerAddress::isAddress(source.path())) {
        if (const Status s = Database::refuseOwnFile(source.path(), target); !s)
            return notCopied(source, target, check, s.error());
    }
    StoreCopy::Copied copied;
    const Status written = OutputFile::writeThrough(
        target,
        [&](const QString &temporary) -> Status {
            // SQLite's own files beside the copy go with it, whatever the outcome.
            const auto sideFiles = qScopeGuard([&temporary] {
                for (const char *suffix : {"-journal", "-wal", "-shm"})
                    QFile::remove(temporary + QLatin1StringView(suffix));
            });
            QFile::remove(temporary); // Database::create makes the file itself, and never over one that exists
            {
                auto made = Database::create(temporary);
                if (!made)
                    return made.error();
                QList<qint64> periods;
                if (archive) {
                    periods.append(archive->period.id);
                    for (const Period &p : archive->earlier)
                        periods.append(p.id);
                }
                auto rows = copyRows(source, **made, periods);
                if (!rows)
                    return rows.error();
                copied = *rows;
                if (archive) {
                    const Status recorded = recordArchive(source, **made, archive->period, archive->earlier);
                    if (!recorded)
                        return recorded.error();
                }
            } // closed: the copy is the file alone
            return verify(source, temporary, target, check, copied);
        },
        existing);
    if (!written)
        return notCopied(source, target, check, written.error());
    return copied;
}
} // namespace

Result<StoreCopy::Copied> StoreCopy::archivePeriod(
    const Database &source, int year, const QString &group, const QString &target, const Check &check)
{
    const auto period = source.period(year, group);
    if (!period)
        return notCopied(source, target, check, period.error());
    if (!period->isFinal())
        return notCopied(source, target, check,
            Error {Error::Kind::BadData,
                tr("%1/%2 is not final: only a published period is archived, as it was published (a copy of the "
                   "whole store keeps a period that is still changing).")
                    .arg(QString::number(year), group)});
    if (ServerAddress::isAddress(target))
        return notCopied(source, target, check,
            Error {Error::Kind::Usage, tr("A period is archived into a file, not into a server database.")});
    const auto all = source.periods(group);
    if (!all)
        return notCopied(source, target, check, all.error());
    Archived archive {*period, {}};
    for (const Period &p : *all) {
        if (p.year < year)
            archive.earlier.append(p);
    }
    auto copied = toFile(source, target, check, OutputFile::Existing::Refuse, archive);
    if (copied) {
        for (const Period &p : std::as_const(archive.earlier))
            copied->earlierYears.append(p.year);
    }
    return copied;
}

Result<StoreCopy::Copied> StoreCopy::copy(
    const Database &source, const QString &target, const Check &check, OutputFile::Existing existing)
{
    if (ServerAddress::isAddress(target))
        return toServer(source, target, check);
    return toFile(source, target, check, existing);
}

std::unique_ptr<RowReader> StorageEngine::readRows(
    const QString &table, const QStringList &columns, const QStringList &key, const QByteArray &where) const
{
    const QList<bool> binary = binaryColumns(connection(), table, columns);
    QByteArrayList selected;
    for (qsizetype c = 0; c < columns.size(); ++c)
        selected.append(binary[c] ? "'\\x' || lower(hex(" + identifier(columns[c]) + "))" : identifier(columns[c]));
    QByteArray sql = "SELECT " + selected.join(", ") + " FROM " + identifier(table);
    if (!where.isEmpty())
        sql += " WHERE " + where;
    if (!key.isEmpty())
        sql += " ORDER BY " + columnList(key);
    return std::make_unique<StatementReader>(statement(sql.constData()));
}

std::unique_ptr<RowWriter> StorageEngine::writeRows(const QString &table, const QStringList &columns)
{
    QByteArrayList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks.append("?");
    const QByteArray sql
        = "INSERT INTO " + identifier(table) + " (" + columnList(columns) + ") VALUES (" + marks.join(", ") + ")";
    return std::make_unique<StatementWriter>(statement(sql.constData()), binaryColumns(connection(), table, columns));
}

} // namespace parindex
