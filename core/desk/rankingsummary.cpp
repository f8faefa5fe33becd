#include "rankingsummary.h"

#include "periodranking.h"
#include "scoring/trends.h"
#include "storage/database.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parindex {

std::optional<int> UnitSummary::change(qsizetype earlierIndex) const
{
    if (!rank || earlierIndex >= earlier.size() || !earlier[earlierIndex].rank)
        return std::nullopt;
    return *earlier[earlierIndex].rank - *rank;
}

std::optional<Fixed> GroupSummary::averageChange(qsizetype earlierIndex) const
{
    if (!now.average || earlierIndex >= earlier.size() || !earlier[earlierIndex].average)
        return std::nullopt;
    return *now.average - *earlier[earlierIndex].average;
}

namespace {
SummaryYear yearOf(const RankingSummary::Year &y)
{
    SummaryYear s;
    s.year = y.year;
    s.exists = y.exists;
    s.published = y.published;
    if (!y.exists)
        return s;
    QList<Fixed> indices;
    for (const UnitResult &r : y.table.ranked)
        indices.append(r.index);
    s.ranked = int(indices.size());
    s.average = Trends::average(indices);
    return s;
}

// The rank of a unit in an earlier year's table; empty when it is not ranked there.
std::optional<int> rankIn(const RankingSummary::Year &year, const QString &unitCode)
{
    if (!year.exists)
        return std::nullopt;
    const UnitResult *r = year.table.find(unitCode);
    return r && r->rank ? r->rank : std::nullopt;
}

SummaryEntry entryOf(const UnitResult &r, const QList<RankingSummary::Year> &years)
{
    SummaryEntry e {r.unitCode, r.unitName, *r.rank, r.index, r.classCode, {}, {}, {}};
    if (const auto before = rankIn(years.value(1), r.unitCode))
        e.change = *before - *r.rank;
    if (const auto before = rankIn(years.value(2), r.unitCode))
        e.change2y = *before - *r.rank;
    return e;
}

SummaryMovers moversAgainst(const QList<RankingSummary::Year> &years, qsizetype earlierIndex)
{
    SummaryMovers m;
    const RankingSummary::Year &then = years[earlierIndex];
    m.fromYear = then.year;
    m.compared = then.exists && !then.table.ranked.isEmpty();
    if (!m.compared)
        return m;
    QList<SummaryEntry> moved;
    for (const UnitResult &r : years[0].table.ranked) {
        const auto before = rankIn(then, r.unitCode);
        if (!before)
            continue; // not ranked then: no number against nothing
        SummaryEntry e = entryOf(r, years);
        e.earlierRank = before;
        const int change = *before - *r.rank;
        m.largestRise = std::max(m.largestRise, change);
        m.largestFall = std::max(m.largestFall, -change);
        moved.append(e);
    }
    for (const SummaryEntry &e : std::as_const(moved)) { // the table's order: rank, then name
        const int change = *e.earlierRank - e.rank;
        if (m.largestRise > 0 && change == m.largestRise)
            m.risers.append(e);
        if (m.largestFall > 0 && -change == m.largestFall)
            m.fallers.append(e);
    }
    return m;
}

UnitSummary unitOf(const UnitResult &r, const QList<RankingSummary::Year> &years)
{
    UnitSummary u;
    u.code = r.unitCode;
    u.name = r.unitName;
    u.standing = r.standing();
    u.rank = r.rank;
    u.of = int(years[0].table.ranked.size());
    if (r.hasIndex()) {
        u.index = r.index;
        u.classCode = r.classCode;
    }
    u.missing = int(r.missing.size());
    if (r.origin && r.origin->kind == UnitOrigin::Kind::Merged)
        u.formedFrom = r.origin->names;
    for (qsizetype i = 1; i < years.size(); ++i) {
        SummaryUnitYear y;
        y.year = years[i].year;
        y.exists = years[i].exists;
        y.published = years[i].published;
        y.of = int(years[i].table.ranked.size());
        // A merged or split unit is new: never compared with the unit that had its code. A renamed one is compared
        // with the unit it continues.
        const bool isNew = r.origin && r.origin->kind != UnitOrigin::Kind::Renamed;
        const QString code = r.origin && !isNew ? r.origin->codes.first() : r.unitCode;
        if (const UnitResult *then = y.exists && !isNew ? years[i].table.find(code) : nullptr; then && then->rank) {
            y.rank = then->rank;
            y.index = then->index;
            y.classCode = then->classCode;
        }
        u.earlier.append(y);
    }
    return u;
}
} // namespace

GroupSummary RankingSummary::compute(const QString &groupCode, const QString &groupName, const ClassBands &bands,
    const QList<Year> &years, const QString &unitCode)
{
    GroupSummary s;
    s.groupCode = groupCode;
    s.groupName = groupName;
    s.now = yearOf(years.value(0));
    for (qsizetype i = 1; i < years.size(); ++i)
        s.earlier.append(yearOf(years[i]));
    const RankingTable &table = years.value(0).table;
    for (const ClassBands::Band &band : bands.bands()) {
        const auto n = std::count_if(table.ranked.cbegin(), table.ranked.cend(),
            [&band](const UnitResult &r) { return r.classCode == band.code; });
        s.classes.append({band.code, int(n)});
    }
    if (!table.ranked.isEmpty()) {
        const int top = *table.ranked.first().rank;
        const int bottom = *table.ranked.last().rank;
        for (const UnitResult &r : table.ranked) {
            if (*r.rank == top)
                s.first.append(entryOf(r, years));
            if (*r.rank == bottom)
                s.last.append(entryOf(r, years));
        }
    }
    for (qsizetype i = 1; i < years.size(); ++i)
        s.movers.append(moversAgainst(years, i));
    if (!unitCode.isEmpty()) {
        if (const UnitResult *r = table.find(unitCode))
            s.unit = unitOf(*r, years);
    }
    return s;
}

namespace {
Error notFound(const QString &message)
{
    return {Error::Kind::NotFound, message};
}

Result<GroupSummary> loadGroup(
    const Database &db, int year, const UnitGroup &group, const Period &period, const QString &unitCode)
{
    QList<RankingSummary::Year> years {{year, true, period.isFinal(), {}}};
    QList<int> present {year};
    for (int before : {year - 1, year - 2}) {
        const auto p = db.period(before, group.code);
        if (!p && p.error().kind != Error::Kind::NotFound)
            return p.error();
        years.append({before, p.ok(), p && p->isFinal(), {}});
        if (p)
            present.prepend(before);
    }
    // Oldest first, as rankPeriods reads them; each as rankPeriod gives it (a final period: what it published).
    auto tables = rankPeriods(db, present, group.code);
    if (!tables)
        return tables.error();
    for (RankingSummary::Year &y : years) {
        for (const RankingTable &t : std::as_const(*tables)) {
            if (t.year == y.year)
                y.table = t;
        }
    }
    const auto bands = db.bands(period.id);
    if (!bands)
        return bands.error();
    if (!unitCode.isEmpty() && !years[0].table.find(unitCode)) {
        const auto unit = db.unit(unitCode);
        if (!unit && unit.error().kind != Error::Kind::NotFound)
            return unit.error();
        return notFound(unit ? RankingSummary::tr("%1 (%2) is not among the units of %3 in %4.")
                                   .arg(unitCode, unit->name, group.code, QString::number(year))
                             : RankingSummary::tr("There is no unit %1 in the file.").arg(unitCode));
    }
    return RankingSummary::compute(group.code, group.name, *bands, years, unitCode);
}
} // namespace

Result<QList<GroupSummary>> RankingSummary::load(
    const Database &db, int year, const QString &groupCode, const QString &unitCode)
{
    const auto groups = db.groups();
    if (!groups)
        return groups.error();
    QList<std::pair<UnitGroup, Period>> chosen;
    bool known = groupCode.isEmpty();
    for (const UnitGroup &g : *groups) {
        if (!groupCode.isEmpty() && g.code != groupCode)
            continue;
        known = true;
        const auto p = db.period(year, g.code);
        if (!p && p.error().kind != Error::Kind::NotFound)
            return p.error();
        if (p)
            chosen.append({g, *p});
        else if (!groupCode.isEmpty())
            return notFound(tr("Group %1 has no period of %2.").arg(groupCode, QString::number(year)));
    }
    if (!known)
        return notFound(tr("There is no group %1 in the file.").arg(groupCode));
    if (chosen.isEmpty())
        return notFound(tr("No group has a period of %1.").arg(QString::number(year)));

    // A unit without a group: the group whose ranking of that year lists it.
    if (!unitCode.isEmpty() && groupCode.isEmpty()) {
        for (const auto &[group, period] : std::as_const(chosen)) {
            const auto units = db.periodUnits(period.id);
            if (!units)
                return units.error();
            if (std::none_of(units->cbegin(), units->cend(), [&](const Unit &u) { return u.code == unitCode; }))
                continue;
            auto s = loadGroup(db, year, group, period, unitCode);
            if (!s)
                return s.error();
            return QList<GroupSummary> {std::move(s).value()};
        }
        const auto unit = db.unit(unitCode);
        if (!unit && unit.error().kind != Error::Kind::NotFound)
            return unit.error();
        return notFound(unit ? tr("%1 (%2) is not in the ranking of any group in %3.")
                                   .arg(unitCode, unit->name, QString::number(year))
                             : tr("There is no unit %1 in the file.").arg(unitCode));
    }

    QList<GroupSummary> out;
    for (const auto &[group, period] : std::as_const(chosen)) {
        auto s = loadGroup(db, year, group, period, unitCode);
        if (!s)
            return s.error();
        out.append(std::move(s).value());
    }
    return out;
}

} // namespace parindex
