// Score cells: the table written all day, and in bulk by imports.
#include "database.h"

#include "databaseprivate.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <unordered_map>

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

// Ids of what a period's scores refer to, loaded once per write.
struct PeriodKeys
{
    QHash<QString, qint64> units; // units taking part, by code
    QHash<QString, qint64> criteria; // leaves, by code
    QHash<QString, Criterion> leaves; // by code
};

Result<PeriodKeys> periodKeys(const Database &db, qint64 periodId)
{
    PeriodKeys keys;
    const auto units = db.periodUnits(periodId);
    if (!units)
        return units.error();
    for (const Unit &u : *units)
        keys.units.insert(u.code, u.id);
    const auto tree = db.criteria(periodId);
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

Result<ScoreTarget> writableScores(const Database &db, const Database::Private &d, qint64 periodId)
{
    if (const Status s = d.requireWritable(); !s)
        return s.error();
    auto p = d.periodById(periodId);
    if (!p)
        return p.error();
    if (const Status s = d.requireOpenPeriod(periodId); !s)
        return s.error();
    auto keys = periodKeys(db, periodId);
    if (!keys)
        return keys.error();
    return ScoreTarget {std::move(p).value(), std::move(keys).value()};
}

QString rangeProblem(const Criterion &c, const std::optional<Fixed> &value, const QString &what)
{
    if (!value || (*value >= Fixed() && *value <= c.valueMax()))
        return {};
    if (c.kind == CriterionKind::Rate)
        return Database::tr("the %1 rate %2 of criterion %3 is outside 0 to 100 %.")
            .arg(what, value->toString(), c.code);
    return Database::tr("the %1 value %2 of criterion %3 is outside 0 to %4 points.")
        .arg(what, value->toString(), c.code, c.maxPoints.toString());
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

const QString upsertScore = u"INSERT INTO score (criterion_id, unit_id, self_value, appraised, not_applicable, note, "
                            "seal) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(criterion_id, unit_id) DO UPDATE SET "
                            "self_value = excluded.self_value, appraised = excluded.appraised, "
                            "not_applicable = excluded.not_applicable, note = excluded.note, seal = excluded.seal"_s;

// Binds one entry, with its seal, to a query prepared with upsertScore.
void bindScore(QSqlQuery &q, qint64 criterionId, qint64 unitId, const ScoreEntry &e)
{
    const QVariant self = sql::toVariant(e.selfValue);
    const QVariant appraised = sql::toVariant(e.appraised);
    q.bindValue(0, criterionId);
    q.bindValue(1, unitId);
    q.bindValue(2, self);
    q.bindValue(3, appraised);
    q.bindValue(4, e.notApplicable ? 1 : 0);
    q.bindValue(5, sql::text(e.note));
    q.bindValue(6, seals::score(criterionId, unitId, self, appraised, e.notApplicable, e.note));
}
} // namespace

Result<QHash<QString, ScoreSheet>> Database::scoreSheets(qint64 periodId) const
{
    // Codes are read once per unit and criterion and shared by every cell (a national period has
    // 400,000 cells); the cells themselves come by integer keys, without joins.
    QHash<qint64, QString> criterionCodes;
    QSqlQuery c = d->query();
    c.prepare(u"SELECT id, code FROM criterion WHERE period_id = ?"_s);
    c.addBindValue(periodId);
    if (!c.exec())
        return d->error(c);
    while (c.next())
        criterionCodes.insert(c.value(0).toLongLong(), c.value(1).toString());
    QHash<qint64, QString> unitCodes;
    QSqlQuery u = d->query();
    if (!u.exec(u"SELECT id, code FROM unit"_s))
        return d->error(u);
    while (u.next())
        unitCodes.insert(u.value(0).toLongLong(), u.value(1).toString());

    QSqlQuery q = d->query();
    q.setForwardOnly(true);
    q.prepare(u"SELECT s.unit_id, s.criterion_id, s.self_value, s.appraised, s.not_applicable, s.note FROM score s "
              "WHERE s.criterion_id IN (SELECT id FROM criterion WHERE period_id = ?)"_s);
    q.addBindValue(periodId);
    if (!q.exec())
        return d->error(q);
    // Node-based, so a sheet stays where it is while others are added.
    std::unordered_map<qint64, ScoreSheet> byUnit;
    while (q.next()) {
        const qint64 unitId = q.value(0).toLongLong();
        auto [it, added] = byUnit.try_emplace(unitId);
        ScoreSheet &sheet = it->second;
        if (added) {
            sheet.unitCode = unitCodes.value(unitId);
            sheet.entries.reserve(criterionCodes.size());
        }
        ScoreEntry e;
        e.selfValue = sql::toFixed(q.value(2));
        e.appraised = sql::toFixed(q.value(3));
        e.notApplicable = q.value(4).toBool();
        e.note = q.value(5).toString();
        sheet.entries.insert(criterionCodes.value(q.value(1).toLongLong()), e);
    }
    QHash<QString, ScoreSheet> sheets;
    sheets.reserve(qsizetype(byUnit.size()));
    for (auto &[id, sheet] : byUnit)
        sheets.insert(sheet.unitCode, std::move(sheet));
    return sheets;
}

Status Database::setScore(
    qint64 periodId, const QString &unitCode, const QString &criterionCode, const ScoreEntry &entry)
{
    const auto target = writableScores(*this, *d, periodId);
    if (!target)
        return target.error();
    const Period *p = &target->period;
    const PeriodKeys *keys = &target->keys;
    if (!keys->units.contains(unitCode))
        return Error {Error::Kind::NotFound,
            tr("Unit %1 does not take part in the %2 ranking of group %3.")
                .arg(unitCode, QString::number(p->year), p->groupCode)};
    const auto leaf = keys->leaves.constFind(criterionCode);
    if (leaf == keys->leaves.constEnd())
        return Error {Error::Kind::NotFound,
            tr("%1 is not a criterion that takes a value in %2/%3.")
                .arg(criterionCode, QString::number(p->year), p->groupCode)};
    for (const QString &problem : {rangeProblem(*leaf, entry.selfValue, tr("self-assessed")),
             rangeProblem(*leaf, entry.appraised, tr("appraised"))}) {
        if (!problem.isEmpty())
            return Error {Error::Kind::BadData, tr("Unit %1: %2").arg(unitCode, problem)};
    }
    const qint64 unitId = keys->units.value(unitCode);
    QSqlQuery cid = d->query();
    cid.prepare(u"SELECT id FROM criterion WHERE period_id = ? AND code = ?"_s);
    cid.addBindValue(periodId);
    cid.addBindValue(criterionCode);
    if (!cid.exec() || !cid.next())
        return d->error(cid);
    const qint64 criterionId = cid.value(0).toLongLong();
    ScoreEntry old;
    QSqlQuery before = d->query();
    before.prepare(
        u"SELECT self_value, appraised, not_applicable, note FROM score WHERE criterion_id = ? AND unit_id = ?"_s);
    before.addBindValue(criterionId);
    before.addBindValue(unitId);
    if (!before.exec())
        return d->error(before);
    if (before.next()) {
        old.selfValue = sql::toFixed(before.value(0));
        old.appraised = sql::toFixed(before.value(1));
        old.notApplicable = before.value(2).toBool();
        old.note = before.value(3).toString();
    }

    return d->write(u"score.set"_s, u"%1/%2/%3"_s.arg(d->periodLabel(*p), unitCode, criterionCode), entryText(old),
        entryText(entry), [&]() -> Status {
            QSqlQuery q = d->query();
            if (entry.isEmpty()) {
                q.prepare(u"DELETE FROM score WHERE criterion_id = ? AND unit_id = ?"_s);
                q.addBindValue(criterionId);
                q.addBindValue(unitId);
                return d->exec(q);
            }
            q.prepare(upsertScore);
            bindScore(q, criterionId, unitId, entry);
            return d->exec(q);
        });
}

Status Database::importScores(qint64 periodId, const QList<ScoreRow> &rows)
{
    const auto target = writableScores(*this, *d, periodId);
    if (!target)
        return target.error();
    const Period *p = &target->period;
    const PeriodKeys *keys = &target->keys;

    QStringList problems;
    QSet<QPair<QString, QString>> seen;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ScoreRow &r = rows[i];
        const QString where = tr("Row %1 (unit %2, criterion %3): ").arg(i + 1).arg(r.unitCode, r.criterionCode);
        for (const QString &problem : cellProblems(*p, *keys, r.unitCode, r.criterionCode, r.selfValue, r.appraised))
            problems.append(where + problem);
        // A row of another unit or of no leaf is refused already; "given twice" is about the rows that remain.
        if (!keys->units.contains(r.unitCode) || !keys->leaves.contains(r.criterionCode))
            continue;
        if (seen.contains({r.unitCode, r.criterionCode}))
            problems.append(where + tr("given twice."));
        seen.insert({r.unitCode, r.criterionCode});
    }
    if (!problems.isEmpty())
        return Error {Error::Kind::BadData,
            tr("%n score(s) are not valid; nothing was imported.", nullptr, int(problems.size())), problems};

    QCryptographicHash digest(QCryptographicHash::Sha256);
    for (const ScoreRow &r : rows) {
        digest.addData((r.unitCode + u'|' + r.criterionCode + u'|' + sql::fixedText(r.selfValue) + u'|'
            + sql::fixedText(r.appraised) + u'|' + (r.notApplicable ? QString::number(*r.notApplicable) : QString())
            + u'|' + r.note.value_or(QString()) + u'\n')
                           .toUtf8());
    }
    const QString summary = tr("%n row(s), digest %1", nullptr, int(rows.size()))
                                .arg(QString::fromLatin1(digest.result().toHex().left(16)));

    return d->write(u"scores.import"_s, d->periodLabel(*p), QString(), summary, [&]() -> Status {
        // The criterion ids of this period's leaves and the rows already there, read once.
        QHash<QString, qint64> criterionIds;
        QSqlQuery ids = d->query();
        ids.prepare(u"SELECT code, id FROM criterion WHERE period_id = ?"_s);
        ids.addBindValue(periodId);
        if (const Status s = d->exec(ids); !s)
            return s;
        while (ids.next())
            criterionIds.insert(ids.value(0).toString(), ids.value(1).toLongLong());
        QHash<QPair<qint64, qint64>, ScoreEntry> existing;
        QSqlQuery old = d->query();
        old.setForwardOnly(true);
        old.prepare(
            u"SELECT s.criterion_id, s.unit_id, s.self_value, s.appraised, s.not_applicable, s.note FROM score s "
            "JOIN criterion c ON c.id = s.criterion_id WHERE c.period_id = ?"_s);
        old.addBindValue(periodId);
        if (const Status s = d->exec(old); !s)
            return s;
        while (old.next()) {
            ScoreEntry e;
            e.selfValue = sql::toFixed(old.value(2));
            e.appraised = sql::toFixed(old.value(3));
            e.notApplicable = old.value(4).toBool();
            e.note = old.value(5).toString();
            existing.insert({old.value(0).toLongLong(), old.value(1).toLongLong()}, e);
        }

        QSqlQuery q = d->query();
        q.prepare(upsertScore);
        for (const ScoreRow &r : rows) {
            const qint64 criterionId = criterionIds.value(r.criterionCode);
            const qint64 unitId = keys->units.value(r.unitCode);
            bindScore(q, criterionId, unitId, r.appliedTo(existing.value({criterionId, unitId})));
            if (const Status s = d->exec(q); !s)
                return s;
        }
        return {};
    });
}

Status Database::restoreScores(qint64 periodId, const QList<ScoreCell> &cells)
{
    const auto target = writableScores(*this, *d, periodId);
    if (!target)
        return target.error();
    const Period *p = &target->period;
    const PeriodKeys *keys = &target->keys;
    QStringList problems;
    for (const ScoreCell &c : cells) {
        const QString where = tr("Unit %1, criterion %2: ").arg(c.unitCode, c.criterionCode);
        for (const QString &problem :
            cellProblems(*p, *keys, c.unitCode, c.criterionCode, c.entry.selfValue, c.entry.appraised))
            problems.append(where + problem);
    }
    if (!problems.isEmpty())
        return Error {Error::Kind::BadData,
            tr("%n score(s) are not valid; nothing was changed.", nullptr, int(problems.size())), problems};

    QCryptographicHash digest(QCryptographicHash::Sha256);
    for (const ScoreCell &c : cells)
        digest.addData((c.unitCode + u'|' + c.criterionCode + u'|' + entryText(c.entry) + u'\n').toUtf8());
    const QString summary = tr("%n cell(s), digest %1", nullptr, int(cells.size()))
                                .arg(QString::fromLatin1(digest.result().toHex().left(16)));

    return d->write(u"scores.restore"_s, d->periodLabel(*p), QString(), summary, [&]() -> Status {
        QHash<QString, qint64> criterionIds;
        QSqlQuery ids = d->query();
        ids.prepare(u"SELECT code, id FROM criterion WHERE period_id = ?"_s);
        ids.addBindValue(periodId);
        if (const Status s = d->exec(ids); !s)
            return s;
        while (ids.next())
            criterionIds.insert(ids.value(0).toString(), ids.value(1).toLongLong());
        QSqlQuery remove = d->query();
        remove.prepare(u"DELETE FROM score WHERE criterion_id = ? AND unit_id = ?"_s);
        QSqlQuery upsert = d->query();
        upsert.prepare(upsertScore);
        for (const ScoreCell &c : cells) {
            const qint64 criterionId = criterionIds.value(c.criterionCode);
            const qint64 unitId = keys->units.value(c.unitCode);
            if (c.entry.isEmpty()) {
                remove.bindValue(0, criterionId);
                remove.bindValue(1, unitId);
                if (const Status s = d->exec(remove); !s)
                    return s;
                continue;
            }
            bindScore(upsert, criterionId, unitId, c.entry);
            if (const Status s = d->exec(upsert); !s)
                return s;
        }
        return {};
    });
}

} // namespace parindex
