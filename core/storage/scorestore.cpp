// Score cells: the table written all day, and in bulk by imports.
#include "scorestore.h"

#include "databaseprivate.h"
#include "model/messagelocale.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLocale>
#include <QtCore/QStringEncoder>

#include <algorithm>
#include <array>
#include <tuple>
#include <unordered_map>
#include <vector>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
QString entryText(const ScoreEntry &e)
{
    if (e.isEmpty())
        return {};
    QJsonObject o;
    if (e.selfValue)
        o.insert(u"self"_s, e.selfValue->toString());
    if (e.appraised)
        o.insert(u"appraised"_s, e.appraised->toString());
    if (e.notApplicable)
        o.insert(u"na"_s, true);
    if (!e.note.isEmpty())
        o.insert(u"note"_s, e.note);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The entry as a message shows it: "self-assessed 5, appraised 4.5, not applicable, note …".
QString entryDescription(const ScoreEntry &e)
{
    QStringList parts;
    if (e.selfValue)
        parts.append(Database::tr("self-assessed %1").arg(e.selfValue->toString(QLocale())));
    if (e.appraised)
        parts.append(Database::tr("appraised %1").arg(e.appraised->toString(QLocale())));
    if (e.notApplicable)
        parts.append(Database::tr("not applicable"));
    if (!e.note.isEmpty())
        parts.append(Database::tr("note \u201c%1\u201d").arg(e.note));
    return parts.join(u", "_s);
}

// Ids of what a period's scores refer to, loaded once per write.
struct PeriodKeys
{
    QHash<QString, qint64> units; // units taking part, by code
    QHash<QString, qint64> criteria; // leaves, by code
    QHash<QString, Criterion> leaves; // by code
};

Result<PeriodKeys> periodKeys(const Database::Private &d, qint64 periodId)
{
    PeriodKeys keys;
    const auto units = d.units.periodUnits(periodId);
    if (!units)
        return units.error();
    for (const Unit &u : *units)
        keys.units.insert(u.code, u.id);
    const auto tree = d.criteria.criteria(periodId);
    if (!tree)
        return tree.error();
    for (qsizetype i : tree->leaves())
        keys.leaves.insert(tree->at(i).code, tree->at(i));
    return keys;
}

// A period whose scores may be written now (file writable, period not final), with its keys.
struct ScoreTarget
{
    Period period;
    PeriodKeys keys;
};

Result<ScoreTarget> writableScores(const Database::Private &d, qint64 periodId)
{
    if (const Status s = d.requireWritable(); !s)
        return s.error();
    auto p = d.periods.byId(periodId);
    if (!p)
        return p.error();
    if (const Status s = d.periods.requireOpen(periodId); !s)
        return s.error();
    auto keys = periodKeys(d, periodId);
    if (!keys)
        return keys.error();
    return ScoreTarget {std::move(p).value(), std::move(keys).value()};
}

QString rangeProblem(const Criterion &c, const std::optional<Fixed> &value, const QString &what)
{
    if (!value || c.isValueInRange(*value))
        return {};
    if (c.kind == CriterionKind::Rate)
        return Database::tr("the %1 rate %2 of criterion %3 is outside 0 to 100 %.")
            .arg(what, MessageLocale::number(*value), c.code);
    return Database::tr("the %1 value %2 of criterion %3 is outside 0 to %4 points.")
        .arg(what, MessageLocale::number(*value), c.code, MessageLocale::number(c.maxPoints));
}
// Why one cell cannot be written in this period (nothing when it can): the unit takes part, the criterion is a
// leaf, the values are in range.
QStringList cellProblems(const Period &p, const PeriodKeys &keys, const QString &unitCode, const QString &criterionCode,
    const std::optional<Fixed> &self, const std::optional<Fixed> &appraised)
{
    if (!keys.units.contains(unitCode))
        return {Database::tr("the unit does not take part in %1/%2.").arg(QString::number(p.year), p.groupCode)};
    const auto leaf = keys.leaves.constFind(criterionCode);
    if (leaf == keys.leaves.constEnd())
        return {Database::tr("not a criterion that takes a value in this period.")};
    QStringList problems;
    for (const QString &problem : {rangeProblem(*leaf, self, Database::tr("self-assessed")),
             rangeProblem(*leaf, appraised, Database::tr("appraised"))}) {
        if (!problem.isEmpty())
            problems.append(problem);
    }
    return problems;
}

constexpr char ScoreColumns[]
    = "INSERT INTO score (criterion_id, unit_id, self_value, appraised, not_applicable, note, seal) VALUES ";
constexpr char ScoreValues[] = "(?, ?, ?, ?, ?, ?, ?)";
constexpr int ScoreParameters = 7;
constexpr char ScoreConflict[] = " ON CONFLICT(criterion_id, unit_id) DO UPDATE SET "
                                 "self_value = excluded.self_value, appraised = excluded.appraised, "
                                 "not_applicable = excluded.not_applicable, note = excluded.note, seal = excluded.seal";

// Writes or replaces `rows` cells in one statement.
QByteArray upsertScoresSql(int rows)
{
    QByteArray sql = ScoreColumns;
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            sql += ", ";
        sql += ScoreValues;
    }
    return sql + ScoreConflict;
}

std::optional<qint64> rawOf(const std::optional<Fixed> &v)
{
    return v ? std::optional<qint64>(v->raw()) : std::nullopt;
}

// The entry in four columns of a row from `first` on: self-assessed, appraised, not applicable, note.
ScoreEntry entryAt(const BulkStatement &q, int first)
{
    ScoreEntry e;
    if (const auto v = q.optionalInteger(first))
        e.selfValue = Fixed::fromRaw(*v);
    if (const auto v = q.optionalInteger(first + 1))
        e.appraised = Fixed::fromRaw(*v);
    e.notApplicable = q.integer(first + 2) != 0;
    e.note = q.text(first + 3);
    return e;
}

// The ids of a period's criteria by code.
Result<QHash<QString, qint64>> criterionIdsOf(Database::Private &d, qint64 periodId)
{
    QHash<QString, qint64> criterionIds;
    QSqlQuery ids = d.query();
    ids.prepare(u"SELECT code, id FROM criterion WHERE period_id = ?"_s);
    ids.addBindValue(periodId);
    if (const Status s = d.exec(ids); !s)
        return s.error();
    while (ids.next())
        criterionIds.insert(ids.value(0).toString(), ids.value(1).toLongLong());
    return criterionIds;
}

// The seal a cell's row carries.
void sealOf(char seal[32], qint64 criterionId, qint64 unitId, const ScoreEntry &e)
{
    sql::scoreSeal(seal, criterionId, unitId, rawOf(e.selfValue), rawOf(e.appraised), e.notApplicable, e.note);
}

// True when the row's stored seal (column `column`) is the seal of the entry read from it.
bool sealHolds(const BulkStatement &q, int column, qint64 criterionId, qint64 unitId, const ScoreEntry &e)
{
    char seal[32];
    sealOf(seal, criterionId, unitId, e);
    return q.bytes(column) == QByteArrayView(seal, 32);
}

// A stored cell's seal, to take it out of the period's record when the cell is replaced.
using Seal = std::array<char, 32>;
Seal storedSeal(const BulkStatement &q, int column)
{
    Seal seal {};
    const QByteArrayView bytes = q.bytes(column);
    std::copy_n(bytes.data(), std::min<qsizetype>(bytes.size(), 32), seal.begin());
    return seal;
}

// Binds one cell, with its seal, to the parameters from `first` on of a statement of upsertScoresSql; the seal is
// added to `written`.
void bindScore(BulkStatement &q, int first, qint64 criterionId, qint64 unitId, const ScoreEntry &e, SealSet *written)
{
    char seal[32];
    sealOf(seal, criterionId, unitId, e);
    written->add(seal);
    q.bind(first, criterionId);
    q.bind(first + 1, unitId);
    q.bind(first + 2, rawOf(e.selfValue));
    q.bind(first + 3, rawOf(e.appraised));
    q.bind(first + 4, qint64(e.notApplicable ? 1 : 0));
    q.bind(first + 5, QStringView(e.note));
    q.bindAscii(first + 6, seal, 32);
}

// Writes cells in bulk: one statement per Batch cells (SQLite's work per statement, about a third of a
// one-cell upsert, is then shared), the remainder one by one when finished. On a server, where a statement is a round
// trip, every cell goes in one statement when finished (StorageEngine::rowBatch): the cells the caller knows to be new
// in a plain INSERT, the others in one that updates the stored row (about three times the server's work per row).
class ScoreWriter
{
public:
    static constexpr int Batch = 64;

    explicit ScoreWriter(const Database::Private &d)
        : m_rows(d.engine->rowBatch(u"score"_s, columns(), 2)), m_newRows(d.engine->rowBatch(u"score"_s, columns(), 0))
    {
        if (m_rows && m_newRows)
            return;
        m_rows.reset();
        m_newRows.reset();
        m_one = d.statement(upsertScoresSql(1).constData());
        m_batch = d.statement(upsertScoresSql(Batch).constData());
        m_pending.reserve(Batch);
    }

    bool isValid() const { return m_rows || (m_one->isValid() && m_batch->isValid()); }
    Error error() const
    {
        if (m_rows)
            return (m_failed ? m_failed : m_rows.get())->error();
        return !m_one->isValid() || !m_one->ok() ? m_one->error() : m_batch->error();
    }

    // `isNew`: the caller read, in this write, that the cell has no row yet (a cell that has one is then refused).
    bool add(qint64 criterionId, qint64 unitId, ScoreEntry entry, bool isNew = false)
    {
        if (m_rows) {
            char seal[32];
            sealOf(seal, criterionId, unitId, entry);
            m_written.add(seal);
            RowBatch &rows = isNew ? *m_newRows : *m_rows;
            rows.add(criterionId);
            rows.add(unitId);
            rows.add(rawOf(entry.selfValue));
            rows.add(rawOf(entry.appraised));
            rows.add(qint64(entry.notApplicable ? 1 : 0));
            rows.add(QStringView(entry.note));
            rows.addAscii(seal, 32);
            return true;
        }
        m_pending.push_back({criterionId, unitId, std::move(entry)});
        if (m_pending.size() < size_t(Batch))
            return true;
        for (int i = 0; i < Batch; ++i) {
            const Pending &p = m_pending[size_t(i)];
            bindScore(*m_batch, 1 + i * ScoreParameters, p.criterionId, p.unitId, p.entry, &m_written);
        }
        m_pending.clear();
        return m_batch->run();
    }

    bool finish()
    {
        if (m_rows) {
            for (RowBatch *rows : {m_newRows.get(), m_rows.get()}) {
                if (!rows->finish()) {
                    m_failed = rows;
                    return false;
                }
            }
            return true;
        }
        for (const Pending &p : m_pending) {
            bindScore(*m_one, 1, p.criterionId, p.unitId, p.entry, &m_written);
            if (!m_one->run())
                return false;
        }
        m_pending.clear();
        return true;
    }

    // The seals of the cells written so far.
    const SealSet &written() const { return m_written; }

private:
    static QStringList columns()
    {
        return {u"criterion_id"_s, u"unit_id"_s, u"self_value"_s, u"appraised"_s, u"not_applicable"_s, u"note"_s,
            u"seal"_s};
    }
    struct Pending
    {
        qint64 criterionId;
        qint64 unitId;
        ScoreEntry entry;
    };
    SealSet m_written;
    std::unique_ptr<RowBatch> m_rows; // null: the statements below
    std::unique_ptr<RowBatch> m_newRows; // cells that have no row yet
    RowBatch *m_failed = nullptr; // the batch whose statement was refused
    std::unique_ptr<BulkStatement> m_one;
    std::unique_ptr<BulkStatement> m_batch;
    std::vector<Pending> m_pending;
};
} // namespace

namespace {
// Codes by id: of a period's criteria, and of every unit.
Result<QHash<qint64, QString>> codesById(const Database::Private &d, const char *sql, std::optional<qint64> periodId)
{
    QHash<qint64, QString> codes;
    const auto q = d.statement(sql);
    if (periodId)
        q->bind(1, *periodId);
    while (q->next())
        codes.insert(q->integer(0), q->text(1));
    if (!q->ok())
        return d.noted(q->error());
    return codes;
}
constexpr const char *criterionCodesSql = "SELECT id, code FROM criterion WHERE period_id = ?";
constexpr const char *unitCodesSql = "SELECT id, code FROM unit";

// A period's criteria by id, ascending. Its cells are read criterion by criterion, each by the key of the score table:
// one statement for the whole period (criterion_id IN (SELECT ...)) leads PostgreSQL's planner to scan the cells of
// every period instead (a national store: 4 million rows for 400,000).
Result<std::vector<qint64>> criterionIdsIn(const Database::Private &d, qint64 periodId)
{
    std::vector<qint64> ids;
    const auto q = d.statement("SELECT id FROM criterion WHERE period_id = ? ORDER BY id");
    q->bind(1, periodId);
    while (q->next())
        ids.push_back(q->integer(0));
    if (!q->ok())
        return d.noted(q->error());
    return ids;
}

// A cell as its row holds it, valid until the next row.
struct Cell
{
    std::optional<qint64> self;
    std::optional<qint64> appraised;
    bool notApplicable = false;
    QByteArrayView noteUtf8;

    ScoreEntry entry() const
    {
        ScoreEntry e;
        if (self)
            e.selfValue = Fixed::fromRaw(*self);
        if (appraised)
            e.appraised = Fixed::fromRaw(*appraised);
        e.notApplicable = notApplicable;
        e.note = QString::fromUtf8(noteUtf8);
        return e;
    }
};

// Reads every cell of a period once, in the order the file keeps them (criterion by criterion), checking each
// cell's seal and, at the end, that the cells are those the program wrote (none removed or added outside);
// `take(unitId, criterionId, cell)` receives each cell. The caller holds a ReadSnapshot around it.
template<typename Take> Status readCells(const Database::Private &d, qint64 periodId, Take take)
{
    const auto periodCriteria = criterionIdsIn(d, periodId);
    if (!periodCriteria)
        return periodCriteria.error();
    auto q = d.statement(
        "SELECT s.unit_id, s.criterion_id, s.self_value, s.appraised, s.not_applicable, s.note, s.seal FROM score s "
        "WHERE s.criterion_id = ?");
    q->prefetch(*periodCriteria);
    SealSet holds;
    for (const qint64 criterion : *periodCriteria) {
        q->reset();
        q->bind(1, criterion);
        while (q->next()) {
            const qint64 unitId = q->integer(0);
            const qint64 criterionId = q->integer(1);
            const Cell cell {q->optionalInteger(2), q->optionalInteger(3), q->integer(4) != 0, q->bytes(5)};
            unsigned char bytes[16];
            sql::scoreSealBytes(
                bytes, criterionId, unitId, cell.self, cell.appraised, cell.notApplicable, cell.noteUtf8);
            char hex[32];
            sql::sealHex(hex, bytes);
            if (q->bytes(6) != QByteArrayView(hex, 32)) {
                q.reset(); // the connection's for the lookups of the message now
                const auto units = codesById(d, unitCodesSql, std::nullopt);
                const auto criteria = codesById(d, criterionCodesSql, periodId);
                return d.changedOutside(Database::tr("the score of unit %2 for criterion %3 in %1")
                                            .arg(d.periods.label(periodId), units ? units->value(unitId) : QString(),
                                                criteria ? criteria->value(criterionId) : QString()));
            }
            holds.add(bytes);
            take(unitId, criterionId, cell);
        }
        if (!q->ok())
            return d.noted(q->error());
    }
    return d.requireRecorded(periodId, Part::Scores, holds);
}
} // namespace

Result<QHash<QString, ScoreSheet>> ScoreStore::scoreSheets(qint64 periodId) const
{
    const ReadSnapshot snapshot(*d->engine); // the cells and the record of them, as of one moment
    // Codes are read once per unit and criterion and shared by every cell (a national period has
    // 400,000 cells); the cells themselves come by integer keys, without joins.
    const auto criterionCodes = codesById(*d, criterionCodesSql, periodId);
    if (!criterionCodes)
        return criterionCodes.error();
    const auto unitCodes = codesById(*d, unitCodesSql, std::nullopt);
    if (!unitCodes)
        return unitCodes.error();

    // Node-based, so a sheet stays where it is while others are added.
    std::unordered_map<qint64, ScoreSheet> byUnit;
    const Status read = readCells(*d, periodId, [&](qint64 unitId, qint64 criterionId, const Cell &cell) {
        auto [it, added] = byUnit.try_emplace(unitId);
        ScoreSheet &sheet = it->second;
        if (added) {
            sheet.unitCode = unitCodes->value(unitId);
            sheet.entries.reserve(criterionCodes->size());
        }
        sheet.entries.insert(criterionCodes->value(criterionId), cell.entry());
    });
    if (!read)
        return read.error();
    QHash<QString, ScoreSheet> sheets;
    sheets.reserve(qsizetype(byUnit.size()));
    for (auto &[id, sheet] : byUnit)
        sheets.insert(sheet.unitCode, std::move(sheet));
    return sheets;
}

Result<ScoreGrid> ScoreStore::scoreGrid(
    qint64 periodId, const QStringList &unitCodes, const QStringList &criterionCodes) const
{
    const ReadSnapshot snapshot(*d->engine); // the cells and the record of them, as of one moment
    // Ids to the grid's rows and columns (-1: cells of other units or criteria, checked but not kept), looked up
    // once per cell: a table by id where the ids are dense, as the program writes them.
    struct Index
    {
        std::vector<qsizetype> dense;
        QHash<qint64, qsizetype> sparse;
        qsizetype of(qint64 id) const
        {
            if (!sparse.isEmpty() || dense.empty())
                return sparse.value(id, -1);
            return id >= 0 && std::size_t(id) < dense.size() ? dense[std::size_t(id)] : -1;
        }
    };
    const auto byId = [&](const char *sql, std::optional<qint64> period, const QStringList &codes) -> Result<Index> {
        const auto ids = codesById(*d, sql, period);
        if (!ids)
            return ids.error();
        QHash<QString, qsizetype> position;
        position.reserve(codes.size());
        for (qsizetype i = 0; i < codes.size(); ++i)
            position.insert(codes[i], i);
        qint64 highest = -1;
        bool negative = false;
        for (auto it = ids->cbegin(); it != ids->cend(); ++it) {
            highest = std::max(highest, it.key());
            negative = negative || it.key() < 0;
        }
        Index index;
        const bool dense = !negative && highest < 4 * ids->size() + 1024;
        if (dense)
            index.dense.assign(std::size_t(highest + 1), -1);
        for (auto it = ids->cbegin(); it != ids->cend(); ++it) {
            const qsizetype at = position.value(it.value(), -1);
            if (dense)
                index.dense[std::size_t(it.key())] = at;
            else if (at >= 0)
                index.sparse.insert(it.key(), at);
        }
        return index;
    };
    const auto columnOf = byId(criterionCodesSql, periodId, criterionCodes);
    if (!columnOf)
        return columnOf.error();
    const auto rowOf = byId(unitCodesSql, std::nullopt, unitCodes);
    if (!rowOf)
        return rowOf.error();

    ScoreGrid grid(unitCodes.size(), criterionCodes.size());
    // Cells come criterion by criterion: the column is looked up once per criterion, not per cell.
    qint64 lastCriterion = -1;
    qsizetype column = -1;
    const Status read = readCells(*d, periodId, [&](qint64 unitId, qint64 criterionId, const Cell &cell) {
        if (criterionId != lastCriterion) {
            lastCriterion = criterionId;
            column = columnOf->of(criterionId);
        }
        if (column < 0)
            return;
        const qsizetype row = rowOf->of(unitId);
        if (row < 0)
            return;
        grid.set(row, column, cell.appraised, cell.notApplicable);
    });
    if (!read)
        return read.error();
    return grid;
}

Result<ScoreSheet> ScoreStore::scoreSheet(qint64 periodId, const QString &unitCode) const
{
    ScoreSheet sheet;
    sheet.unitCode = unitCode;
    const auto q = d->statement(
        "SELECT c.code, s.self_value, s.appraised, s.not_applicable, s.note, s.seal, s.criterion_id, s.unit_id "
        "FROM criterion c JOIN score s ON s.criterion_id = c.id AND s.unit_id = (SELECT id FROM unit WHERE code = ?) "
        "WHERE c.period_id = ?");
    q->bind(1, QStringView(unitCode));
    q->bind(2, periodId);
    while (q->next()) {
        ScoreEntry e = entryAt(*q, 1);
        if (!sealHolds(*q, 5, q->integer(6), q->integer(7), e))
            return d->changedOutside(Database::tr("the score of unit %2 for criterion %3 in %1")
                                         .arg(d->periods.label(periodId), unitCode, q->text(0)));
        sheet.entries.insert(q->text(0), std::move(e));
    }
    if (!q->ok())
        return d->noted(q->error());
    return sheet;
}

Status ScoreStore::setScore(qint64 periodId, const QString &unitCode, const QString &criterionCode,
    const ScoreEntry &entry, const std::optional<ScoreEntry> &expected)
{
    // Everything the write depends on is read inside its transaction, by key: an edit of a national period
    // reads one unit, one criterion and one cell, never the whole period.
    return d->writeWith(u"score.set"_s, [&]() -> Result<Database::Private::AuditText> {
        const auto p = d->periods.byId(periodId);
        if (!p)
            return p.error();
        if (const Status s = d->periods.requireOpen(periodId); !s)
            return s.error();
        const auto unitId = d->units.rosterUnitId(*p, unitCode);
        if (!unitId)
            return unitId.error();
        const auto c = d->statement(
            "SELECT id, max_points, kind FROM criterion WHERE period_id = ? AND code = ? AND kind <> 'group'");
        c->bind(1, periodId);
        c->bind(2, QStringView(criterionCode));
        if (!c->next()) {
            if (!c->ok())
                return c->error();
            return Error {Error::Kind::NotFound,
                Database::tr("%1 is not a criterion that takes a value in %2/%3.")
                    .arg(criterionCode, QString::number(p->year), p->groupCode)};
        }
        const qint64 criterionId = c->integer(0);
        Criterion leaf;
        leaf.code = criterionCode;
        leaf.maxPoints = Fixed::fromRaw(c->integer(1));
        leaf.kind = criterionKindFromCode(c->text(2)).value_or(CriterionKind::Score);
        for (const QString &problem : {rangeProblem(leaf, entry.selfValue, Database::tr("self-assessed")),
                 rangeProblem(leaf, entry.appraised, Database::tr("appraised"))}) {
            if (!problem.isEmpty())
                return Error {Error::Kind::BadData, Database::tr("Unit %1: %2").arg(unitCode, problem)};
        }
        ScoreEntry old;
        SealSet removed;
        const auto before = d->statement(
            "SELECT self_value, appraised, not_applicable, note, seal FROM score WHERE criterion_id = ? AND unit_id = "
            "?");
        before->bind(1, criterionId);
        before->bind(2, *unitId);
        if (before->next()) {
            old = entryAt(*before, 0);
            // A value changed outside the program is never sealed again as if the program had written it.
            if (!sealHolds(*before, 4, criterionId, *unitId, old))
                return d->changedOutside(Database::tr("the score of unit %2 for criterion %3 in %1")
                                             .arg(d->periods.label(*p), unitCode, criterionCode));
            removed.add(before->bytes(4).data());
        }
        if (!before->ok())
            return d->noted(before->error());
        const QString entity = u"%1/%2/%3"_s.arg(d->periods.label(*p), unitCode, criterionCode);
        if (expected && old != *expected)
            return d->conflict(Database::tr("The score of unit %1 for criterion %2").arg(unitCode, criterionCode),
                {entity, d->periods.label(*p)}, entryDescription(old));

        SealSet added;
        if (entry.isEmpty()) {
            const auto q = d->statement("DELETE FROM score WHERE criterion_id = ? AND unit_id = ?");
            q->bind(1, criterionId);
            q->bind(2, *unitId);
            if (!q->run())
                return q->error();
        } else {
            const auto q = d->statement(upsertScoresSql(1).constData());
            bindScore(*q, 1, criterionId, *unitId, entry, &added);
            if (!q->run())
                return q->error();
        }
        if (const Status s = d->adjustContent(periodId, Part::Scores, removed, added); !s)
            return s.error();
        return Database::Private::AuditText {entity, entryText(old), entryText(entry)};
    });
}

Status ScoreStore::importScores(qint64 periodId, const QList<ScoreRow> &rows)
{
    // The checks, the merge with the rows already there and the insert are one transaction: nothing another
    // process commits meanwhile is overwritten unseen, and a refused import changes nothing.
    return d->writeWith(
        u"scores.import"_s,
        [&]() -> Result<Database::Private::AuditText> {
            const auto target = writableScores(*d, periodId);
            if (!target)
                return target.error();
            const Period *p = &target->period;
            const PeriodKeys *keys = &target->keys;
            const auto ids = criterionIdsOf(*d, periodId);
            if (!ids)
                return ids.error();

            // One lookup per row for each key: the unit's id and position, the leaf's criterion, id and position.
            struct UnitKey
            {
                qint64 id;
                qsizetype at;
            };
            struct LeafKey
            {
                const Criterion *criterion;
                qint64 id;
                qsizetype at;
            };
            QHash<QString, UnitKey> units;
            units.reserve(keys->units.size());
            for (auto it = keys->units.cbegin(); it != keys->units.cend(); ++it)
                units.insert(it.key(), {it.value(), units.size()});
            QHash<QString, LeafKey> leaves;
            leaves.reserve(keys->leaves.size());
            for (auto it = keys->leaves.cbegin(); it != keys->leaves.cend(); ++it) {
                const auto id = ids->constFind(it.key());
                if (id == ids->constEnd())
                    return Error {
                        Error::Kind::Internal, Database::tr("Criterion %1 has no row in %2.").arg(it.key(), d->path)};
                leaves.insert(it.key(), {&it.value(), *id, leaves.size()});
            }
            const auto inRange
                = [](const Criterion &c, const std::optional<Fixed> &v) { return !v || c.isValueInRange(*v); };

            // In key order later: each row lands next to the one before in the clustered table.
            struct Keyed
            {
                qint64 criterionId;
                qint64 unitId;
                const ScoreRow *row;
            };
            std::vector<Keyed> ordered;
            ordered.reserve(size_t(rows.size()));
            // Each (unit, leaf) once: a flag per cell, by the unit's and the leaf's position.
            std::vector<bool> seen(size_t(units.size() * leaves.size()));
            QStringList problems;
            // The audit row names the content of the import by a digest of its rows, in UTF-8 bytes:
            // unit|criterion|self|appraised|na|note, one line per row.
            sql::Sha256 digest;
            QByteArray line;
            QStringEncoder utf8(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
            const auto addText = [&](QStringView text) {
                const qsizetype at = line.size();
                line.resize(at + utf8.requiredSpace(text.size()));
                line.resize(utf8.appendToBuffer(line.data() + at, text) - line.constData());
            };
            const auto addFixed = [&](const std::optional<Fixed> &v) {
                if (!v)
                    return;
                const qsizetype at = line.size();
                line.resize(at + Fixed::MaxChars);
                line.resize(at + v->toChars(line.data() + at));
            };
            for (qsizetype i = 0; i < rows.size(); ++i) {
                const ScoreRow &r = rows[i];
                const auto unit = units.constFind(r.unitCode);
                const auto leaf = leaves.constFind(r.criterionCode);
                const bool known = unit != units.constEnd() && leaf != leaves.constEnd();
                const auto where = [&] {
                    return Database::tr("Row %1 (unit %2, criterion %3): ").arg(i + 1).arg(r.unitCode, r.criterionCode);
                };
                if (!known || !inRange(*leaf->criterion, r.selfValue) || !inRange(*leaf->criterion, r.appraised)) {
                    for (const QString &problem :
                        cellProblems(*p, *keys, r.unitCode, r.criterionCode, r.selfValue, r.appraised))
                        problems.append(where() + problem);
                }
                // A row of another unit or of no leaf is refused already; "given twice" is about the rows that
                // remain.
                if (!known)
                    continue;
                const size_t cell = size_t(unit->at * leaves.size() + leaf->at);
                if (seen[cell])
                    problems.append(where() + Database::tr("given twice."));
                seen[cell] = true;
                ordered.push_back({leaf->id, unit->id, &r});

                line.resize(0);
                addText(r.unitCode);
                line.append('|');
                addText(r.criterionCode);
                line.append('|');
                addFixed(r.selfValue);
                line.append('|');
                addFixed(r.appraised);
                line.append('|');
                if (r.notApplicable)
                    line.append(*r.notApplicable ? '1' : '0');
                line.append('|');
                if (r.note)
                    addText(*r.note);
                line.append('\n');
                digest.addData(line);
            }
            if (!problems.isEmpty())
                return Error {Error::Kind::BadData,
                    Database::tr("%n score(s) are not valid; nothing was imported.", nullptr, int(problems.size())),
                    problems};
            const QString summary = Database::tr("%n row(s), digest %1", nullptr, int(rows.size()))
                                        .arg(QString::fromLatin1(digest.result().toHex().left(16)));

            // Rows already there, merged with the file's (an empty cell of the file keeps the stored value). Each
            // one's seal is checked, and they are the rows the program wrote: an import never seals again what was
            // changed outside the program. Only the stored cells that the file changes are kept, compactly, by the
            // position of the file's row (a million-row update holds 24 bytes per cell, not a hash of entries).
            std::sort(ordered.begin(), ordered.end(), [](const Keyed &a, const Keyed &b) {
                return std::tie(a.criterionId, a.unitId) < std::tie(b.criterionId, b.unitId);
            });
            QHash<qint64, qsizetype> unitAt, leafAt;
            for (const UnitKey &u : std::as_const(units))
                unitAt.insert(u.id, u.at);
            for (const LeafKey &l : std::as_const(leaves))
                leafAt.insert(l.id, l.at);
            std::vector<qint32> rowOfCell(seen.size(), -1);
            for (size_t i = 0; i < ordered.size(); ++i)
                rowOfCell[size_t(
                    unitAt.value(ordered[i].unitId) * leaves.size() + leafAt.value(ordered[i].criterionId))]
                    = qint32(i);
            struct Before
            {
                qint64 self = 0;
                qint64 appraised = 0;
                quint8 given = 0; // 1 self, 2 appraised, 4 not applicable, 8 the cell has a row
            };
            std::vector<Before> befores(ordered.size());
            QHash<qint32, QString> beforeNotes;
            SealSet holds;
            SealSet replaced;
            const auto criteria = criterionIdsIn(*d, periodId);
            if (!criteria)
                return criteria.error();
            const auto old = d->statement(
                "SELECT s.criterion_id, s.unit_id, s.self_value, s.appraised, s.not_applicable, s.note, s.seal "
                "FROM score s WHERE s.criterion_id = ?");
            old->prefetch(*criteria);
            for (const qint64 criterion : *criteria) {
                old->reset();
                old->bind(1, criterion);
                while (old->next()) {
                    ScoreEntry e = entryAt(*old, 2);
                    if (!sealHolds(*old, 6, old->integer(0), old->integer(1), e))
                        return d->changedOutside(Database::tr("the score of unit %2 for criterion %3 in %1")
                                                     .arg(d->periods.label(*p), keys->units.key(old->integer(1)),
                                                         ids->key(old->integer(0))));
                    holds.add(old->bytes(6).data());
                    const auto u = unitAt.constFind(old->integer(1));
                    const auto l = leafAt.constFind(old->integer(0));
                    if (u == unitAt.constEnd() || l == leafAt.constEnd())
                        continue;
                    const qint32 row = rowOfCell[size_t(*u * leaves.size() + *l)];
                    if (row < 0)
                        continue;
                    replaced.add(old->bytes(6).data());
                    Before &b = befores[size_t(row)];
                    b.self = e.selfValue ? e.selfValue->raw() : 0;
                    b.appraised = e.appraised ? e.appraised->raw() : 0;
                    b.given = quint8((e.selfValue ? 1 : 0) | (e.appraised ? 2 : 0) | (e.notApplicable ? 4 : 0) | 8);
                    if (!e.note.isEmpty())
                        beforeNotes.insert(row, std::move(e.note));
                }
                if (!old->ok())
                    return d->noted(old->error());
            }
            if (const Status s = d->requireRecorded(periodId, Part::Scores, holds); !s)
                return s.error();

            ScoreWriter writer(*d);
            if (!writer.isValid())
                return writer.error();
            for (size_t i = 0; i < ordered.size(); ++i) {
                const Before &b = befores[i];
                ScoreEntry before;
                if (b.given & 1)
                    before.selfValue = Fixed::fromRaw(b.self);
                if (b.given & 2)
                    before.appraised = Fixed::fromRaw(b.appraised);
                before.notApplicable = (b.given & 4) != 0;
                before.note = beforeNotes.value(qint32(i));
                ScoreEntry after = ordered[i].row->appliedTo(before);
                // A stored cell that the file leaves as it is stays as it is, unwritten: a member's sheet of the whole
                // period writes only what the member changed (on a server the rest is not theirs to write), and an
                // import costs what it changes.
                if ((b.given & 8) && after == before) {
                    char seal[32];
                    sealOf(seal, ordered[i].criterionId, ordered[i].unitId, before);
                    replaced.remove(QString::fromLatin1(seal, 32));
                    continue;
                }
                // Every stored cell of the period was read above, in this write (which holds the store's write lock):
                // a cell without a row is new.
                if (!writer.add(ordered[i].criterionId, ordered[i].unitId, std::move(after), (b.given & 8) == 0))
                    return writer.error();
            }
            if (!writer.finish())
                return writer.error();
            if (const Status s = d->adjustContent(periodId, Part::Scores, replaced, writer.written()); !s)
                return s.error();
            return Database::Private::AuditText {d->periods.label(*p), QString(), summary};
        },
        // Every key written was read in this transaction (above): SQLite need not look each one up again.
        Database::Private::Keys::CheckedByBody);
}

Status ScoreStore::restoreScores(
    qint64 periodId, const QList<ScoreCell> &cells, const std::optional<QList<ScoreCell>> &expected)
{
    // As an import: the checks and the writes in one transaction, nothing half done.
    return d->writeWith(u"scores.restore"_s, [&]() -> Result<Database::Private::AuditText> {
        const auto target = writableScores(*d, periodId);
        if (!target)
            return target.error();
        const Period *p = &target->period;
        const PeriodKeys *keys = &target->keys;
        QStringList problems;
        for (const ScoreCell &c : cells) {
            const QString where = Database::tr("Unit %1, criterion %2: ").arg(c.unitCode, c.criterionCode);
            for (const QString &problem :
                cellProblems(*p, *keys, c.unitCode, c.criterionCode, c.entry.selfValue, c.entry.appraised))
                problems.append(where + problem);
        }
        if (!problems.isEmpty())
            return Error {Error::Kind::BadData,
                Database::tr("%n score(s) are not valid; nothing was changed.", nullptr, int(problems.size())),
                problems};

        sql::Sha256 digest;
        for (const ScoreCell &c : cells)
            digest.addData((c.unitCode + u'|' + c.criterionCode + u'|' + entryText(c.entry) + u'\n').toUtf8());
        const QString summary = Database::tr("%n cell(s), digest %1", nullptr, int(cells.size()))
                                    .arg(QString::fromLatin1(digest.result().toHex().left(16)));

        const auto ids = criterionIdsOf(*d, periodId);
        if (!ids)
            return ids.error();
        const QHash<QString, qint64> &criterionIds = *ids;
        // A cell as it is now, its seal checked (a value changed outside the program is not sealed again).
        const auto now = d->statement(
            "SELECT self_value, appraised, not_applicable, note, seal FROM score WHERE criterion_id = ? AND unit_id = "
            "?");
        struct Current
        {
            ScoreEntry entry;
            std::optional<Seal> seal; // none: no row
        };
        const auto current = [&](const QString &unitCode, const QString &criterionCode) -> Result<Current> {
            const qint64 criterionId = criterionIds.value(criterionCode);
            const qint64 unitId = keys->units.value(unitCode);
            now->reset();
            now->bind(1, criterionId);
            now->bind(2, unitId);
            Current c;
            if (now->next()) {
                c.entry = entryAt(*now, 0);
                if (!sealHolds(*now, 4, criterionId, unitId, c.entry))
                    return d->changedOutside(Database::tr("the score of unit %2 for criterion %3 in %1")
                                                 .arg(d->periods.label(*p), unitCode, criterionCode));
                c.seal = storedSeal(*now, 4);
            }
            if (!now->ok())
                return d->noted(now->error());
            return c;
        };
        if (expected) {
            for (const ScoreCell &c : *expected) {
                const auto cell = current(c.unitCode, c.criterionCode);
                if (!cell)
                    return cell.error();
                if (cell->entry != c.entry)
                    return d->conflict(
                        Database::tr("The score of unit %1 for criterion %2").arg(c.unitCode, c.criterionCode),
                        {u"%1/%2/%3"_s.arg(d->periods.label(*p), c.unitCode, c.criterionCode), d->periods.label(*p)},
                        entryDescription(cell->entry));
            }
        }
        // Each cell once (the last entry given for it), and the seals of the rows it replaces.
        QHash<QPair<QString, QString>, qsizetype> last;
        for (qsizetype i = 0; i < cells.size(); ++i)
            last.insert({cells[i].unitCode, cells[i].criterionCode}, i);
        SealSet replaced;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (last.value({cells[i].unitCode, cells[i].criterionCode}) != i)
                continue;
            const auto cell = current(cells[i].unitCode, cells[i].criterionCode);
            if (!cell)
                return cell.error();
            if (cell->seal) {
                replaced.add(cell->seal->data());
            }
        }
        const auto remove = d->statement("DELETE FROM score WHERE criterion_id = ? AND unit_id = ?");
        ScoreWriter upsert(*d);
        if (!remove->isValid())
            return remove->error();
        if (!upsert.isValid())
            return upsert.error();
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const ScoreCell &c = cells[i];
            if (last.value({c.unitCode, c.criterionCode}) != i)
                continue;
            const qint64 criterionId = criterionIds.value(c.criterionCode);
            const qint64 unitId = keys->units.value(c.unitCode);
            if (c.entry.isEmpty()) {
                remove->bind(1, criterionId);
                remove->bind(2, unitId);
                if (!remove->run())
                    return remove->error();
                continue;
            }
            if (!upsert.add(criterionId, unitId, c.entry))
                return upsert.error();
        }
        if (!upsert.finish())
            return upsert.error();
        if (const Status s = d->adjustContent(periodId, Part::Scores, replaced, upsert.written()); !s)
            return s.error();
        return Database::Private::AuditText {d->periods.label(*p), QString(), summary};
    });
}

} // namespace parindex
