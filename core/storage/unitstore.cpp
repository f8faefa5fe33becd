// Groups, units, and the roster of each period: the units it ranks, with the name they had that year. A unit keeps
// what it is now; a change of it reaches the rosters of periods that are not final, never a final one.
#include "unitstore.h"

#include "databaseprivate.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
QVariant optionalInt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Int));
}

QString unitText(const Unit &u)
{
    QJsonObject o {{u"code"_s, u.code}, {u"name"_s, u.name}, {u"group"_s, u.groupCode}, {u"ranked"_s, u.ranked}};
    if (u.sinceYear)
        o.insert(u"since_year"_s, *u.sinceYear);
    if (u.retiredYear)
        o.insert(u"retired_year"_s, *u.retiredYear);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// A unit row of id, code, name, group_code, since_year, retired_year, ranked, seal.
Unit unitFrom(const QSqlQuery &q)
{
    Unit u;
    u.id = q.value(0).toLongLong();
    u.code = q.value(1).toString();
    u.name = q.value(2).toString();
    u.groupCode = q.value(3).toString();
    if (!q.value(4).isNull())
        u.sinceYear = q.value(4).toInt();
    if (!q.value(5).isNull())
        u.retiredYear = q.value(5).toInt();
    u.ranked = q.value(6).toBool();
    return u;
}

bool unitSealHolds(const QSqlQuery &q)
{
    return seals::unit(q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4), q.value(5),
               q.value(6).toBool())
        == q.value(7).toString();
}

const QString unitColumns = u"id, code, name, group_code, since_year, retired_year, ranked, seal"_s;

QString unitProblem(const Unit &u)
{
    if (u.code.trimmed().isEmpty())
        return Database::tr("A unit needs a code.");
    if (u.name.trimmed().isEmpty())
        return Database::tr("Unit %1 needs a name.").arg(u.code);
    if (u.sinceYear && u.retiredYear && *u.retiredYear <= *u.sinceYear)
        return Database::tr("Unit %1 cannot retire (%2) before or in the year it starts (%3).")
            .arg(u.code)
            .arg(*u.retiredYear)
            .arg(*u.sinceYear);
    return {};
}

// How many score cells a unit has in a period.
Result<qint64> scoresOf(const Database::Private &d, qint64 unitId, qint64 periodId)
{
    QSqlQuery q = d.query();
    q.prepare(u"SELECT count(*) FROM score s JOIN criterion c ON c.id = s.criterion_id "
              "WHERE s.unit_id = ? AND c.period_id = ?"_s);
    q.addBindValue(unitId);
    q.addBindValue(periodId);
    if (!q.exec() || !q.next())
        return d.error(q);
    return q.value(0).toLongLong();
}

// One roster row to write (or remove, when `remove`).
struct RosterChange
{
    qint64 periodId;
    qint64 unitId;
    QString unitCode;
    QString name;
    bool ranked = true;
    bool remove = false;
};

// Applies roster changes, refusing to take out a unit that has scores in that period (they would be lost without a
// word), and records what each touched period now holds. Rosters of final periods are never passed here.
Status applyRoster(Database::Private &d, const QList<RosterChange> &changes, const QHash<qint64, Period> &periods,
    Database::Leaving leaving)
{
    QStringList problems;
    QSet<qint64> touched;
    for (const RosterChange &c : changes) {
        touched.insert(c.periodId);
        if (!c.remove || leaving == Database::Leaving::KeepScores)
            continue;
        const auto scores = scoresOf(d, c.unitId, c.periodId);
        if (!scores)
            return scores.error();
        if (*scores > 0) {
            const Period &p = periods[c.periodId];
            problems.append(Database::tr("Unit %1 has %n score(s) in the %2 ranking of group %3, which is not final: "
                                         "moved or retired there, it would leave that ranking with its scores. "
                                         "Clear its scores there first, or keep it in that year.",
                nullptr, int(*scores))
                                .arg(c.unitCode, QString::number(p.year), p.groupCode));
        }
    }
    if (!problems.isEmpty())
        return Error {Error::Kind::BadData, Database::tr("Nothing was saved."), problems};
    // A roster changed outside the program is not sealed again as if the program had written it.
    for (qint64 periodId : std::as_const(touched)) {
        if (const Status s = d.verifyPart(periodId, Part::Roster); !s)
            return s;
    }
    QSqlQuery upsert = d.query();
    upsert.prepare(u"INSERT INTO roster (period_id, unit_id, name, ranked, seal) VALUES (?, ?, ?, ?, ?) "
                   "ON CONFLICT(period_id, unit_id) DO UPDATE SET name = excluded.name, ranked = excluded.ranked, "
                   "seal = excluded.seal"_s);
    QSqlQuery remove = d.query();
    remove.prepare(u"DELETE FROM roster WHERE period_id = ? AND unit_id = ?"_s);
    for (const RosterChange &c : changes) {
        QSqlQuery &q = c.remove ? remove : upsert;
        q.addBindValue(c.periodId);
        q.addBindValue(c.unitId);
        if (!c.remove) {
            q.addBindValue(c.name);
            q.addBindValue(c.ranked ? 1 : 0);
            q.addBindValue(seals::rosterEntry(c.periodId, c.unitId, c.name, c.ranked));
        }
        if (const Status s = d.exec(q); !s)
            return s;
    }
    for (qint64 periodId : std::as_const(touched)) {
        if (const Status s = d.recount(periodId, Part::Roster); !s)
            return s;
    }
    return {};
}

// The periods whose rosters follow the units as they are now: those that are not final.
Result<QHash<qint64, Period>> openPeriods(const Database::Private &d)
{
    const auto all = d.periods.periods({});
    if (!all)
        return all.error();
    QHash<qint64, Period> open;
    for (const Period &p : *all) {
        if (!p.isFinal())
            open.insert(p.id, p);
    }
    return open;
}

// After units were saved: each period that is not final ranks the unit when it is of the period's group and takes
// part in its year, under its present name and flag. Final periods keep theirs.
Status followUnits(Database::Private &d, const QStringList &codes, Database::Leaving leaving)
{
    if (d.schemaVersion < 5)
        return {};
    const auto periods = openPeriods(d);
    if (!periods)
        return periods.error();
    if (periods->isEmpty())
        return {};
    QHash<QPair<qint64, qint64>, QPair<QString, bool>> present; // (period, unit) -> (name, ranked)
    QSqlQuery rows = d.query();
    rows.prepare(u"SELECT r.period_id, r.unit_id, r.name, r.ranked FROM roster r JOIN period p ON p.id = r.period_id "
                 "WHERE p.status <> 'final'"_s);
    if (const Status s = d.exec(rows); !s)
        return s;
    while (rows.next())
        present.insert({rows.value(0).toLongLong(), rows.value(1).toLongLong()},
            {rows.value(2).toString(), rows.value(3).toBool()});
    QList<RosterChange> changes;
    for (const QString &code : codes) {
        const auto u = d.units.unit(code);
        if (!u)
            return u.error();
        for (const Period &p : std::as_const(*periods)) {
            const bool belongs = u->groupCode == p.groupCode && u->takesPartIn(p.year);
            const auto now = present.constFind({p.id, u->id});
            if (belongs && (now == present.constEnd() || now->first != u->name || now->second != u->ranked))
                changes.append({p.id, u->id, u->code, u->name, u->ranked, false});
            else if (!belongs && now != present.constEnd())
                changes.append({p.id, u->id, u->code, QString(), false, true});
        }
    }
    return applyRoster(d, changes, *periods, leaving);
}
} // namespace

Result<QList<UnitGroup>> UnitStore::groups() const
{
    QSqlQuery q = d->query();
    if (!q.exec(u"SELECT code, name, position, seal FROM unit_group ORDER BY position, code"_s))
        return d->error(q);
    QList<UnitGroup> list;
    while (q.next()) {
        const UnitGroup g {q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()};
        if (seals::group(g) != q.value(3).toString())
            return d->changedOutside(Database::tr("group %1").arg(g.code));
        list.append(g);
    }
    return list;
}

Status UnitStore::saveGroup(const UnitGroup &group, const std::optional<UnitGroup> &expected)
{
    if (group.code.trimmed().isEmpty() || group.name.trimmed().isEmpty())
        return Error {Error::Kind::BadData, Database::tr("A group needs a code and a name.")};
    QString old;
    if (const auto all = groups(); all) {
        for (const UnitGroup &g : *all) {
            if (g.code == group.code)
                old = g.name;
        }
    }
    return d->write(u"group.save"_s, group.code, old, group.name, [&]() -> Status {
        // Read in the transaction: the group as it is (its seal verified), for `expected`.
        const auto all = groups();
        if (!all)
            return all.error();
        const auto now
            = std::find_if(all->cbegin(), all->cend(), [&](const UnitGroup &g) { return g.code == group.code; });
        if (expected && (now == all->cend() || *now != *expected))
            return d->conflict(
                Database::tr("Group %1").arg(group.code), {group.code}, now == all->cend() ? QString() : now->name);
        QSqlQuery q = d->query();
        q.prepare(u"INSERT INTO unit_group (code, name, position, seal) VALUES (?, ?, ?, ?) ON CONFLICT(code) DO "
                  "UPDATE SET name = excluded.name, position = excluded.position, seal = excluded.seal"_s);
        q.addBindValue(group.code);
        q.addBindValue(group.name);
        q.addBindValue(group.position);
        q.addBindValue(seals::group(group));
        return d->exec(q);
    });
}

Result<QList<Unit>> UnitStore::units(const QString &groupCode) const
{
    QSqlQuery q = d->query();
    if (groupCode.isEmpty()) {
        q.prepare(u"SELECT %1 FROM unit ORDER BY group_code, code"_s.arg(unitColumns));
    } else {
        q.prepare(u"SELECT %1 FROM unit WHERE group_code = ? ORDER BY code"_s.arg(unitColumns));
        q.addBindValue(groupCode);
    }
    if (!q.exec())
        return d->error(q);
    QList<Unit> list;
    while (q.next()) {
        if (!unitSealHolds(q))
            return d->changedOutside(Database::tr("unit %1").arg(q.value(1).toString()));
        list.append(unitFrom(q));
    }
    return list;
}

Result<Unit> UnitStore::unit(const QString &code) const
{
    QSqlQuery q = d->query();
    q.prepare(u"SELECT %1 FROM unit WHERE code = ?"_s.arg(unitColumns));
    q.addBindValue(code);
    if (!q.exec())
        return d->error(q);
    if (!q.next())
        return Error {Error::Kind::NotFound, Database::tr("There is no unit with the code %1.").arg(code)};
    if (!unitSealHolds(q))
        return d->changedOutside(Database::tr("unit %1").arg(code));
    return unitFrom(q);
}

Status UnitStore::saveUnit(const Unit &unit, const std::optional<Unit> &expected, Database::Leaving leaving)
{
    return importUnits({unit}, expected, leaving, {});
}

Status UnitStore::importUnits(const QList<Unit> &units, const std::optional<Unit> &expected, Database::Leaving leaving,
    const QList<UnitGroup> &newGroups)
{
    QStringList problems;
    QSet<QString> groupCodes;
    if (const auto g = groups(); g) {
        for (const UnitGroup &group : *g)
            groupCodes.insert(group.code);
    }
    QList<UnitGroup> creating;
    for (const UnitGroup &g : newGroups) {
        if (groupCodes.contains(g.code))
            continue;
        if (g.code.trimmed().isEmpty() || g.name.trimmed().isEmpty())
            problems.append(Database::tr("A group needs a code and a name."));
        creating.append(g);
        groupCodes.insert(g.code);
    }
    for (const Unit &u : units) {
        if (const QString p = unitProblem(u); !p.isEmpty())
            problems.append(p);
        else if (!groupCodes.contains(u.groupCode))
            problems.append(Database::tr("Unit %1: there is no group %2.").arg(u.code, u.groupCode));
    }
    if (!problems.isEmpty())
        return Error {Error::Kind::BadData, Database::tr("No unit was saved."), problems};
    QString oldText;
    if (units.size() == 1) {
        if (const auto old = unit(units.first().code); old)
            oldText = unitText(*old);
    }
    QString newText
        = units.size() == 1 ? unitText(units.first()) : Database::tr("%n unit(s)", nullptr, int(units.size()));
    if (!creating.isEmpty()) {
        QStringList names;
        for (const UnitGroup &g : std::as_const(creating))
            names.append(g.code);
        newText += u"; "_s + Database::tr("new groups: %1").arg(names.join(u", "_s));
    }
    return d->write(units.size() == 1 && creating.isEmpty() ? u"unit.save"_s : u"units.import"_s,
        units.size() == 1 ? units.first().code : QString(), oldText, newText, [&]() -> Status {
            // The groups first, in this transaction: a group that appeared meanwhile is kept as it is.
            QSqlQuery group = d->query();
            group.prepare(u"INSERT INTO unit_group (code, name, position, seal) VALUES (?, ?, ?, ?) "
                          "ON CONFLICT(code) DO NOTHING"_s);
            for (const UnitGroup &g : std::as_const(creating)) {
                group.addBindValue(g.code);
                group.addBindValue(g.name);
                group.addBindValue(g.position);
                group.addBindValue(seals::group(g));
                if (const Status s = d->exec(group); !s)
                    return s;
            }
            QStringList codes;
            for (const Unit &u : units) {
                // The unit as it is, read here: its seal must hold (a row changed outside is not sealed again).
                const auto now = unit(u.code);
                if (!now && now.error().kind != Error::Kind::NotFound)
                    return now.error();
                if (expected && expected->code == u.code && (!now || *now != *expected))
                    return d->conflict(Database::tr("Unit %1").arg(u.code), {u.code}, now ? unitText(*now) : QString());
                codes.append(u.code);
            }
            QSqlQuery q = d->query();
            q.prepare(u"INSERT INTO unit (code, name, group_code, since_year, retired_year, ranked, seal) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET name = excluded.name, "
                      "group_code = excluded.group_code, since_year = excluded.since_year, "
                      "retired_year = excluded.retired_year, ranked = excluded.ranked, seal = excluded.seal"_s);
            for (const Unit &u : units) {
                const QVariant since = optionalInt(u.sinceYear);
                const QVariant retired = optionalInt(u.retiredYear);
                q.addBindValue(u.code);
                q.addBindValue(u.name);
                q.addBindValue(u.groupCode);
                q.addBindValue(since);
                q.addBindValue(retired);
                q.addBindValue(u.ranked ? 1 : 0);
                q.addBindValue(seals::unit(u.code, u.name, u.groupCode, since, retired, u.ranked));
                if (const Status s = d->exec(q); !s)
                    return s;
            }
            return followUnits(*d, codes, leaving);
        });
}

Result<QList<Unit>> UnitStore::periodUnits(qint64 periodId) const
{
    const ReadSnapshot snapshot(*d->engine); // what is verified is what is shown
    const auto p = d->periods.byId(periodId);
    if (!p)
        return p.error();
    if (d->schemaVersion < 5) {
        // Files not yet upgraded (only ever written by tests of the upgrade): the units as they are.
        auto all = units(p->groupCode);
        if (!all)
            return all.error();
        QList<Unit> taking;
        std::copy_if(all->cbegin(), all->cend(), std::back_inserter(taking),
            [&](const Unit &u) { return u.takesPartIn(p->year); });
        return taking;
    }
    if (const Status s = d->verifyPart(periodId, Part::Roster); !s)
        return s.error();
    QSqlQuery q = d->query();
    q.prepare(u"SELECT u.id, u.code, r.name, u.since_year, u.retired_year, r.ranked FROM roster r "
              "JOIN unit u ON u.id = r.unit_id WHERE r.period_id = ? ORDER BY u.code"_s);
    q.addBindValue(periodId);
    if (!q.exec())
        return d->error(q);
    QList<Unit> list;
    while (q.next()) {
        Unit u;
        u.id = q.value(0).toLongLong();
        u.code = q.value(1).toString();
        u.name = q.value(2).toString();
        u.groupCode = p->groupCode;
        if (!q.value(3).isNull())
            u.sinceYear = q.value(3).toInt();
        if (!q.value(4).isNull())
            u.retiredYear = q.value(4).toInt();
        u.ranked = q.value(5).toBool();
        list.append(u);
    }
    return list;
}

Result<qint64> UnitStore::rosterUnitId(const Period &p, const QString &unitCode) const
{
    const Error notThere {Error::Kind::NotFound,
        Database::tr("Unit %1 does not take part in the %2 ranking of group %3.")
            .arg(unitCode, QString::number(p.year), p.groupCode)};
    QSqlQuery q = d->query();
    if (d->schemaVersion < 5) {
        q.prepare(u"SELECT id, since_year, retired_year FROM unit WHERE code = ? AND group_code = ?"_s);
        q.addBindValue(unitCode);
        q.addBindValue(p.groupCode);
        if (!q.exec())
            return d->error(q);
        if (!q.next())
            return notThere;
        Unit u;
        if (!q.value(1).isNull())
            u.sinceYear = q.value(1).toInt();
        if (!q.value(2).isNull())
            u.retiredYear = q.value(2).toInt();
        return u.takesPartIn(p.year) ? Result<qint64>(q.value(0).toLongLong()) : Result<qint64>(notThere);
    }
    q.prepare(u"SELECT r.unit_id, r.name, r.ranked, r.seal FROM roster r JOIN unit u ON u.id = r.unit_id "
              "WHERE r.period_id = ? AND u.code = ?"_s);
    q.addBindValue(p.id);
    q.addBindValue(unitCode);
    if (!q.exec())
        return d->error(q);
    if (!q.next())
        return notThere;
    const qint64 unitId = q.value(0).toLongLong();
    if (seals::rosterEntry(p.id, unitId, q.value(1).toString(), q.value(2).toBool()) != q.value(3).toString())
        return d->changedOutside(Database::tr("unit %1 of the roster of %2").arg(unitCode, d->periods.label(p)));
    return unitId;
}

Status UnitStore::setRoster(qint64 periodId, const QList<Unit> &roster)
{
    const auto p = d->periods.byId(periodId);
    if (!p)
        return p.error();
    QStringList problems;
    QSet<QString> seen;
    for (const Unit &u : roster) {
        if (u.name.trimmed().isEmpty())
            problems.append(Database::tr("Unit %1 needs a name.").arg(u.code));
        if (seen.contains(u.code))
            problems.append(Database::tr("Unit %1 is given twice.").arg(u.code));
        seen.insert(u.code);
    }
    if (!problems.isEmpty())
        return Error {Error::Kind::BadData, Database::tr("The roster was not saved."), problems};
    return d->write(u"roster.set"_s, d->periods.label(*p), QString(),
        Database::tr("%n unit(s)", nullptr, int(roster.size())), [&]() -> Status {
            if (const Status s = d->periods.requireOpen(periodId); !s)
                return s;
            const auto before = periodUnits(periodId);
            if (!before)
                return before.error();
            QList<RosterChange> changes;
            QStringList unknown;
            for (const Unit &u : roster) {
                const auto known = unit(u.code);
                if (!known) {
                    if (known.error().kind != Error::Kind::NotFound)
                        return known.error();
                    unknown.append(Database::tr("There is no unit with the code %1.").arg(u.code));
                    continue;
                }
                changes.append({periodId, known->id, u.code, u.name.trimmed(), u.ranked, false});
            }
            if (!unknown.isEmpty())
                return Error {Error::Kind::BadData, Database::tr("The roster was not saved."), unknown};
            for (const Unit &u : *before) {
                if (!seen.contains(u.code))
                    changes.append({periodId, u.id, u.code, QString(), false, true});
            }
            return applyRoster(*d, changes, {{p->id, *p}}, Database::Leaving::Refuse);
        });
}

Status UnitStore::fillRoster(qint64 periodId, int year, const QString &groupCode)
{
    if (d->schemaVersion < 5)
        return {};
    QSqlQuery units = d->query();
    units.prepare(u"SELECT id, name, ranked FROM unit WHERE group_code = ? "
                  "AND (since_year IS NULL OR since_year <= ?) AND (retired_year IS NULL OR retired_year > ?)"_s);
    units.addBindValue(groupCode);
    units.addBindValue(year);
    units.addBindValue(year);
    if (const Status s = d->exec(units); !s)
        return s;
    QSqlQuery q = d->query();
    q.prepare(u"INSERT INTO roster (period_id, unit_id, name, ranked, seal) VALUES (?, ?, ?, ?, ?)"_s);
    while (units.next()) {
        q.addBindValue(periodId);
        q.addBindValue(units.value(0));
        q.addBindValue(units.value(1));
        q.addBindValue(units.value(2));
        q.addBindValue(seals::rosterEntry(
            periodId, units.value(0).toLongLong(), units.value(1).toString(), units.value(2).toBool()));
        if (const Status s = d->exec(q); !s)
            return s;
    }
    for (const Part part : AllParts) {
        if (const Status s = d->recount(periodId, part); !s)
            return s;
    }
    return {};
}

} // namespace parindex
