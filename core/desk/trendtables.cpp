#include "trendtables.h"

#include "periodranking.h"
#include "storage/database.h"

#include <algorithm>

namespace parindex {

namespace {
Result<QString> groupName(const Database &db, const QString &groupCode)
{
    const auto groups = db.groups();
    if (!groups)
        return groups.error();
    for (const UnitGroup &g : *groups) {
        if (g.code == groupCode)
            return g.name;
    }
    return Error {Error::Kind::NotFound, TrendTables::tr("There is no group %1.").arg(groupCode)};
}

Error cancelled()
{
    return Error {Error::Kind::Cancelled, TrendTables::tr("Reading the group's years was stopped.")};
}

Result<QList<RankingTable>> rankings(const Database &db, const QString &groupCode, std::optional<int> fromYear,
    std::optional<int> toYear, const TrendTables::Progress &progress = {})
{
    const auto periods = db.periods(groupCode);
    if (!periods)
        return periods.error();
    QList<Period> span;
    for (const Period &p : *periods) {
        if (p.groupCode == groupCode && (!fromYear || p.year >= *fromYear) && (!toYear || p.year <= *toYear))
            span.append(p);
    }
    std::sort(span.begin(), span.end(), [](const Period &a, const Period &b) { return a.year < b.year; });
    QList<int> years;
    for (const Period &p : span)
        years.append(p.year);
    const int total = int(years.size());
    if (progress && !progress(0, total))
        return cancelled();
    auto ranked = rankPeriods(db, years, groupCode, [&](int done) { return !progress || progress(done, total); });
    if (!ranked)
        return ranked.error();
    QList<RankingTable> tables = std::move(ranked).value();
    if (!tables.isEmpty())
        return tables;
    QString message;
    if (fromYear && toYear)
        message = TrendTables::tr("Group %1 has no period from %2 to %3.").arg(groupCode).arg(*fromYear).arg(*toYear);
    else if (fromYear)
        message = TrendTables::tr("Group %1 has no period from %2 on.").arg(groupCode).arg(*fromYear);
    else if (toYear)
        message = TrendTables::tr("Group %1 has no period up to %2.").arg(groupCode).arg(*toYear);
    else
        message = TrendTables::tr("Group %1 has no period yet.").arg(groupCode);
    return Error {Error::Kind::NotFound, message};
}
// The lineage of the file, and the names of its units where there is any (a predecessor without a result is named).
Status readLineage(const Database &db, QList<LineageLink> &lineage, QHash<QString, QString> &unitNames)
{
    auto links = db.lineage();
    if (!links)
        return links.error();
    lineage = std::move(links).value();
    if (lineage.isEmpty())
        return {};
    const auto units = db.units();
    if (!units)
        return units.error();
    for (const Unit &u : *units)
        unitNames.insert(u.code, u.name);
    return {};
}

Result<GroupHistory> history(const Database &db, const QString &groupCode, std::optional<int> fromYear,
    std::optional<int> toYear, const TrendTables::Progress &progress)
{
    auto name = groupName(db, groupCode);
    if (!name)
        return name.error();
    auto tables = rankings(db, groupCode, fromYear, toYear, progress);
    if (!tables)
        return tables.error();
    const auto period = db.period(tables->last().year, groupCode);
    if (!period)
        return period.error();
    auto bands = db.bands(period->id);
    if (!bands)
        return bands.error();
    QHash<int, AreaLinks> areaLinks;
    for (const RankingTable &t : std::as_const(*tables)) {
        const auto links = YearLinks::toPreviousPeriod(db, groupCode, t.year);
        if (!links)
            return links.error();
        if (*links)
            areaLinks.insert(t.year, **links);
    }
    GroupHistory out {groupCode, std::move(name).value(), std::move(tables).value(), std::move(bands).value(), {}, {},
        std::move(areaLinks)};
    if (const Status s = readLineage(db, out.lineage, out.unitNames); !s)
        return s.error();
    return out;
}

} // namespace

Result<QList<RankingTable>> TrendTables::rankingsOfGroup(
    const Database &db, const QString &groupCode, std::optional<int> fromYear, std::optional<int> toYear)
{
    if (const auto name = groupName(db, groupCode); !name)
        return name.error();
    return rankings(db, groupCode, fromYear, toYear);
}

Result<GroupHistory> TrendTables::groupHistory(
    const Database &db, const QString &groupCode, std::optional<int> fromYear, std::optional<int> toYear)
{
    return history(db, groupCode, fromYear, toYear, {});
}

Result<GroupHistory> TrendTables::groupHistory(const Database &db, const QString &groupCode, const Progress &progress)
{
    return history(db, groupCode, std::nullopt, std::nullopt, progress);
}

Status TrendTables::checkUnits(const QList<RankingTable> &years, const QStringList &unitCodes)
{
    const QStringList unknown = Trends::unknownUnits(years, unitCodes);
    if (unknown.isEmpty())
        return {};
    const QString group = years.isEmpty() ? QString() : years.first().groupCode;
    return Error {Error::Kind::NotFound,
        tr("No result for %1 in group %2 in the years asked for: check the unit codes.")
            .arg(unknown.join(u", "), group)};
}

Result<TrendSeries> TrendTables::trendOfGroup(const Database &db, const QString &groupCode,
    const QStringList &unitCodes, std::optional<int> fromYear, std::optional<int> toYear)
{
    const auto tables = rankingsOfGroup(db, groupCode, fromYear, toYear);
    if (!tables)
        return tables.error();
    if (const Status s = checkUnits(*tables, unitCodes); !s)
        return s.error();
    QList<LineageLink> lineage;
    QHash<QString, QString> unitNames;
    if (const Status s = readLineage(db, lineage, unitNames); !s)
        return s.error();
    return Trends::trend(*tables, unitCodes, lineage, unitNames);
}

} // namespace parindex
