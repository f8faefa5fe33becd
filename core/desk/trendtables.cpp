#include "trendtables.h"

#include "periodranking.h"
#include "storage/database.h"

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

Result<QList<RankingTable>> rankings(
    const Database &db, const QString &groupCode, std::optional<int> fromYear, std::optional<int> toYear)
{
    const auto periods = db.periods(groupCode);
    if (!periods)
        return periods.error();
    QList<RankingTable> tables;
    for (const Period &p : *periods) {
        if (p.groupCode != groupCode || (fromYear && p.year < *fromYear) || (toYear && p.year > *toYear))
            continue;
        auto table = rankPeriod(db, p.year, groupCode);
        if (!table)
            return table.error();
        tables.append(std::move(table).value());
    }
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
    auto name = groupName(db, groupCode);
    if (!name)
        return name.error();
    auto tables = rankings(db, groupCode, fromYear, toYear);
    if (!tables)
        return tables.error();
    const auto period = db.period(tables->last().year, groupCode);
    if (!period)
        return period.error();
    auto bands = db.bands(period->id);
    if (!bands)
        return bands.error();
    return GroupHistory {groupCode, std::move(name).value(), std::move(tables).value(), std::move(bands).value()};
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
    return Trends::trend(*tables, unitCodes);
}

} // namespace parindex
