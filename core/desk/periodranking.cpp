#include "periodranking.h"

#include "publication.h"
#include "storage/database.h"

#include <future>

namespace parindex {

namespace {
// Everything but the cells: cheap, and it says how many cells there are.
Result<RankingInput> loadFrame(const Database &db, int year, const QString &groupCode, qint64 *periodId)
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
    RankingInput input;
    input.year = year;
    input.groupCode = groupCode;
    input.tree = std::move(tree).value();
    input.bands = std::move(bands).value();
    input.units = std::move(units).value();
    *periodId = period->id;
    return input;
}

// The cells: at national scale 400,000 of them, most of the time of a ranking.
Status readSheets(const Database &db, qint64 periodId, RankingInput &input)
{
    auto sheets = db.scoreSheets(periodId);
    if (!sheets)
        return sheets.error();
    input.sheets = std::move(sheets).value();
    return {};
}

Result<RankingInput> loadWithoutHistory(const Database &db, int year, const QString &groupCode)
{
    qint64 periodId = 0;
    auto input = loadFrame(db, year, groupCode, &periodId);
    if (!input)
        return input;
    if (const Status s = readSheets(db, periodId, *input); !s)
        return s.error();
    return input;
}

QHash<QString, int> ranksOf(const RankingTable &table)
{
    QHash<QString, int> ranks;
    ranks.reserve(table.ranked.size());
    for (const UnitResult &r : table.ranked)
        ranks.insert(r.unitCode, *r.rank);
    return ranks;
}

// Last year's ranks of the group (as published when that year is final); nothing when there was no period.
Result<std::optional<QHash<QString, int>>> previousRanks(const Database &db, int year, const QString &groupCode)
{
    const auto period = db.period(year - 1, groupCode);
    if (!period) {
        if (period.error().kind != Error::Kind::NotFound)
            return period.error();
        return std::optional<QHash<QString, int>>();
    }
    const auto published = Publication::ranking(db, *period);
    if (!published)
        return published.error();
    if (*published)
        return std::optional<QHash<QString, int>>(ranksOf(**published));
    const auto previous = loadWithoutHistory(db, year - 1, groupCode);
    if (!previous) {
        if (previous.error().kind != Error::Kind::NotFound)
            return previous.error();
        return std::optional<QHash<QString, int>>();
    }
    return std::optional<QHash<QString, int>>(ranksOf(computeRanking(*previous)));
}
} // namespace

Result<RankingInput> loadRankingInput(const Database &db, int year, const QString &groupCode)
{
    qint64 periodId = 0;
    auto input = loadFrame(db, year, groupCode, &periodId);
    if (!input)
        return input;
    // Last year's cells are as many as this year's. Beyond ParallelRankingCells they are read on a second,
    // read-only connection on another core while this year's are read here, which halves the wait at
    // national scale (800,000 cells). That connection reads its own snapshot: a write another program
    // commits in between may be in last year's ranks and not in this year's cells, as if read a moment later.
    std::future<Result<std::optional<QHash<QString, int>>>> inParallel;
    const bool parallel = input->units.size() * input->tree.leaves().size() >= ParallelRankingCells;
    if (parallel) {
        inParallel = std::async(std::launch::async, [path = db.path(), year, groupCode]() {
            const auto other = Database::open(path, Database::Access::ReadOnly, Database::Verify::Structure);
            return other ? previousRanks(**other, year, groupCode)
                         : Result<std::optional<QHash<QString, int>>>(other.error());
        });
    }
    if (const Status s = readSheets(db, periodId, *input); !s)
        return s.error();
    auto ranks = parallel ? inParallel.get() : previousRanks(db, year, groupCode);
    if (!ranks && parallel)
        ranks = previousRanks(db, year, groupCode); // the second connection could not be opened: here, then
    if (!ranks)
        return ranks.error();
    input->previousRanks = std::move(ranks).value();
    return input;
}

Result<RankingTable> rankPeriod(const Database &db, int year, const QString &groupCode)
{
    const auto period = db.period(year, groupCode);
    if (!period)
        return period.error();
    auto published = Publication::ranking(db, *period);
    if (!published)
        return published.error();
    if (*published)
        return std::move(**published); // a final period shows what it published
    const auto input = loadRankingInput(db, year, groupCode);
    if (!input)
        return input.error();
    return computeRanking(*input);
}

} // namespace parindex
