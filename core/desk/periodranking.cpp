#include "periodranking.h"

#include "storage/database.h"

namespace parindex {

namespace {
Result<RankingInput> loadWithoutHistory(const Database &db, int year, const QString &groupCode)
{
    const auto period = db.period(year, groupCode);
    if (!period)
        return period.error();
    auto tree = db.criteria(period->id);
    if (!tree)
        return tree.error();
    auto bands = db.bands(period->id);
    if (!bands)
        return bands.error();
    auto units = db.periodUnits(period->id);
    if (!units)
        return units.error();
    auto sheets = db.scoreSheets(period->id);
    if (!sheets)
        return sheets.error();

    RankingInput input;
    input.year = year;
    input.groupCode = groupCode;
    input.tree = std::move(tree).value();
    input.bands = std::move(bands).value();
    input.units = std::move(units).value();
    input.sheets = std::move(sheets).value();
    return input;
}
} // namespace

Result<RankingInput> loadRankingInput(const Database &db, int year, const QString &groupCode)
{
    auto input = loadWithoutHistory(db, year, groupCode);
    if (!input)
        return input;
    auto previous = loadWithoutHistory(db, year - 1, groupCode);
    if (!previous) {
        if (previous.error().kind != Error::Kind::NotFound)
            return previous.error();
        return input;
    }
    const RankingTable last = computeRanking(*previous);
    QHash<QString, int> ranks;
    for (const UnitResult &r : last.ranked)
        ranks.insert(r.unitCode, *r.rank);
    input->previousRanks = std::move(ranks);
    return input;
}

Result<RankingTable> rankPeriod(const Database &db, int year, const QString &groupCode)
{
    const auto input = loadRankingInput(db, year, groupCode);
    if (!input)
        return input.error();
    return computeRanking(*input);
}

} // namespace parindex
