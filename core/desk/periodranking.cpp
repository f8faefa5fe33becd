#include "periodranking.h"

#include "publication.h"
#include "scoring/succession.h"
#include "storage/database.h"
#include "trendtables.h"

#include <atomic>
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

// Every unit of a loaded frame scored from the file without keeping its sheets: the cells are read into one grid
// and every unit is scored from it (a national period: 400,000 cells, no hash entry per cell).
Result<QList<UnitResult>> scoreFromFile(const Database &db, qint64 periodId, const RankingInput &frame)
{
    QStringList unitCodes;
    unitCodes.reserve(frame.units.size());
    for (const Unit &u : frame.units)
        unitCodes.append(u.code);
    QStringList nodeCodes;
    nodeCodes.reserve(frame.tree.size());
    for (qsizetype i = 0; i < frame.tree.size(); ++i)
        nodeCodes.append(frame.tree.at(i).code);
    const auto grid = db.scoreGrid(periodId, unitCodes, nodeCodes);
    if (!grid)
        return grid.error();
    return scoreUnits(frame, *grid);
}

// A year's ranking from the file, without last year's ranks.
Result<RankingTable> rankWithoutHistory(const Database &db, int year, const QString &groupCode)
{
    qint64 periodId = 0;
    const auto input = loadFrame(db, year, groupCode, &periodId);
    if (!input)
        return input.error();
    auto results = scoreFromFile(db, periodId, *input);
    if (!results)
        return results.error();
    return rankResults(*input, std::move(results).value());
}

Succession::LastYear lastYearOf(const RankingTable &table)
{
    Succession::LastYear last;
    QHash<QString, int> ranks;
    ranks.reserve(table.ranked.size());
    for (const UnitResult &r : table.ranked)
        ranks.insert(r.unitCode, *r.rank);
    last.ranks = std::move(ranks);
    for (const QList<UnitResult> *list : {&table.ranked, &table.unranked, &table.incomplete}) {
        for (const UnitResult &r : *list)
            last.names.insert(r.unitCode, r.unitName);
    }
    return last;
}

// Last year's ranking of the group (as published when that year is final); no ranks when there was no period.
Result<Succession::LastYear> lastYear(const Database &db, int year, const QString &groupCode)
{
    const auto period = db.period(year - 1, groupCode);
    if (!period) {
        if (period.error().kind != Error::Kind::NotFound)
            return period.error();
        return Succession::LastYear();
    }
    const auto published = Publication::ranking(db, *period);
    if (!published)
        return published.error();
    if (*published)
        return lastYearOf(**published);
    const auto previous = rankWithoutHistory(db, year - 1, groupCode);
    if (!previous) {
        if (previous.error().kind != Error::Kind::NotFound)
            return previous.error();
        return Succession::LastYear();
    }
    return lastYearOf(*previous);
}

// What this year's units are compared with: last year's ranks, followed through the lineage record of the year.
struct Comparison
{
    std::optional<QHash<QString, int>> ranks;
    QHash<QString, UnitOrigin> origins;
};

Result<Comparison> compareWith(
    const Database &db, int year, const QStringList &thisYear, const Succession::LastYear &last)
{
    Comparison c {last.ranks, {}};
    if (db.schemaVersion() < 8)
        return c; // a file older than the lineage record, open read-only: nothing is recorded
    const auto links = db.lineage();
    if (!links)
        return links.error();
    if (!Succession::anyOf(*links, year))
        return c;
    const auto units = db.units();
    if (!units)
        return units.error();
    QHash<QString, QString> names;
    for (const Unit &u : *units)
        names.insert(u.code, u.name);
    c.origins = Succession::origins(*links, year, thisYear, last, names);
    c.ranks = Succession::ranksFor(last.ranks, c.origins);
    return c;
}

QStringList codesOf(const RankingTable &table)
{
    QStringList codes;
    for (const QList<UnitResult> *list : {&table.ranked, &table.unranked, &table.incomplete}) {
        for (const UnitResult &r : *list)
            codes.append(r.unitCode);
    }
    return codes;
}

QStringList codesOf(const RankingInput &input)
{
    QStringList codes;
    codes.reserve(input.units.size());
    for (const Unit &u : input.units)
        codes.append(u.code);
    return codes;
}

// A year's ranking without last year's ranks (the caller adds them), or what it published (which has them).
struct YearRanking
{
    RankingTable table;
    bool published = false;
};

Result<YearRanking> rankAlone(const Database &db, int year, const QString &groupCode)
{
    const auto period = db.period(year, groupCode);
    if (!period)
        return period.error();
    auto published = Publication::ranking(db, *period);
    if (!published)
        return published.error();
    if (*published)
        return YearRanking {std::move(**published), true};
    auto table = rankWithoutHistory(db, year, groupCode);
    if (!table)
        return table.error();
    return YearRanking {std::move(table).value(), false};
}

// What rankResults and numberRanks do with input.previousRanks and input.origins.
Status applyLastYear(const Database &db, RankingTable &table, const Succession::LastYear &last)
{
    const auto comparison = compareWith(db, table.year, codesOf(table), last);
    if (!comparison)
        return comparison.error();
    const auto &ranks = comparison->ranks;
    for (QList<UnitResult> *list : {&table.ranked, &table.unranked, &table.incomplete}) {
        for (UnitResult &r : *list) {
            r.previousRank.reset();
            r.rankChange.reset();
            if (ranks) {
                if (const auto prev = ranks->constFind(r.unitCode); prev != ranks->constEnd())
                    r.previousRank = *prev;
            }
            const auto origin = comparison->origins.constFind(r.unitCode);
            r.origin = origin != comparison->origins.cend() ? std::optional<UnitOrigin>(*origin) : std::nullopt;
        }
    }
    for (UnitResult &r : table.ranked)
        r.rankChange = r.previousRank && r.rank ? std::optional<int>(*r.previousRank - *r.rank) : std::nullopt;
    return {};
}

Error stopped()
{
    return Error {Error::Kind::Cancelled, TrendTables::tr("Reading the group's years was stopped.")};
}

// Ranks `years` in order on `db`; stops (Cancelled) when `stop` is set or `step` says so.
Result<QList<YearRanking>> rankEach(const Database &db, const QList<int> &years, const QString &groupCode,
    const std::atomic<bool> &stop, const std::function<bool()> &step)
{
    QList<YearRanking> out;
    for (int year : years) {
        if (stop)
            return stopped();
        auto r = rankAlone(db, year, groupCode);
        if (!r)
            return r.error();
        out.append(std::move(r).value());
        if (step && !step())
            return stopped();
    }
    return out;
}
} // namespace

Result<QList<RankingTable>> rankPeriods(
    const Database &db, const QList<int> &years, const QString &groupCode, const std::function<bool(int)> &step)
{
    std::atomic<bool> stop {false};
    std::atomic<bool> opened {false}; // the second connection
    std::atomic<int> done {0};
    const qsizetype split = years.size() >= 4 ? years.size() / 2 : years.size();
    const QList<int> later = years.mid(split);
    std::future<Result<QList<YearRanking>>> inParallel;
    if (!later.isEmpty()) {
        inParallel = std::async(std::launch::async, [&stop, &opened, &done, path = db.path(), later, groupCode]() {
            const auto other = Database::open(path, Database::Access::ReadOnly, Database::Verify::Structure);
            if (!other)
                return Result<QList<YearRanking>>(other.error());
            opened = true;
            return rankEach(**other, later, groupCode, stop, [&done] {
                ++done;
                return true;
            });
        });
    }
    auto first = rankEach(db, years.mid(0, split), groupCode, stop, [&] {
        ++done;
        return !step || step(done);
    });
    if (!first)
        stop = true; // the other half is not needed
    auto second = inParallel.valid() ? inParallel.get() : Result<QList<YearRanking>>(QList<YearRanking>());
    if (!first)
        return first.error();
    if (!second && !opened) // the second connection could not be opened: here, then
        second = rankEach(db, later, groupCode, stop, {});
    if (!second)
        return second.error();
    if (step && !step(int(years.size())))
        return stopped();

    QList<YearRanking> all = std::move(first).value() + std::move(second).value();
    QList<RankingTable> tables;
    tables.reserve(all.size());
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (!all[i].published) {
            Result<Succession::LastYear> last = i > 0 && years[i - 1] == years[i] - 1
                ? Result<Succession::LastYear>(lastYearOf(tables.last()))
                : lastYear(db, years[i], groupCode);
            if (!last)
                return last.error();
            if (const Status s = applyLastYear(db, all[i].table, *last); !s)
                return s.error();
        }
        tables.append(std::move(all[i].table));
    }
    return tables;
}

namespace {
// Runs `thisYear` here while last year's ranks are read: from ParallelRankingCells cells on (units x leaves of
// this year), on a second, read-only connection on another core, which halves the wait at national scale
// (800,000 cells). That connection reads its own snapshot: a write another program commits in between may be in
// last year's ranks and not in this year's cells, as if read a moment later.
template<typename ThisYear>
Result<Succession::LastYear> besideLastYear(
    const Database &db, int year, const QString &groupCode, qsizetype cells, ThisYear thisYear)
{
    std::future<Result<Succession::LastYear>> inParallel;
    const bool parallel = cells >= ParallelRankingCells;
    if (parallel) {
        inParallel = std::async(std::launch::async, [path = db.path(), year, groupCode]() {
            const auto other = Database::open(path, Database::Access::ReadOnly, Database::Verify::Structure);
            return other ? lastYear(**other, year, groupCode) : Result<Succession::LastYear>(other.error());
        });
    }
    const Status here = thisYear();
    auto last = parallel ? inParallel.get() : lastYear(db, year, groupCode);
    if (!here)
        return here.error();
    if (!last && parallel)
        last = lastYear(db, year, groupCode); // the second connection could not be opened: here, then
    return last;
}

// Last year's ranks and this year's origins into `input`.
Status compareInput(const Database &db, RankingInput &input, const Succession::LastYear &last)
{
    auto comparison = compareWith(db, input.year, codesOf(input), last);
    if (!comparison)
        return comparison.error();
    input.previousRanks = std::move(comparison->ranks);
    input.origins = std::move(comparison->origins);
    return {};
}
} // namespace

Result<RankingInput> loadRankingInput(const Database &db, int year, const QString &groupCode)
{
    qint64 periodId = 0;
    auto input = loadFrame(db, year, groupCode, &periodId);
    if (!input)
        return input;
    const auto last = besideLastYear(db, year, groupCode, input->units.size() * input->tree.leaves().size(),
        [&] { return readSheets(db, periodId, *input); });
    if (!last)
        return last.error();
    if (const Status s = compareInput(db, *input, *last); !s)
        return s.error();
    return input;
}

Result<RankingInput> loadRankingInput(const Database &db, int year, const QString &groupCode, const Scored &scored)
{
    qint64 periodId = 0;
    auto input = loadFrame(db, year, groupCode, &periodId);
    if (!input)
        return input;
    Result<QList<UnitResult>> results = QList<UnitResult>();
    const auto last = besideLastYear(db, year, groupCode, input->units.size() * input->tree.leaves().size(), [&] {
        results = scoreFromFile(db, periodId, *input);
        return results ? Status() : Status(results.error());
    });
    if (!last)
        return last.error();
    if (const Status s = compareInput(db, *input, *last); !s)
        return s.error();
    if (scored)
        scored(*input, *results);
    if (const Status s = readSheets(db, periodId, *input); !s)
        return s.error();
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
    return rankFromCells(db, year, groupCode);
}

Result<RankingTable> rankFromCells(const Database &db, int year, const QString &groupCode)
{
    // No sheet is kept: this year's cells are scored from a grid, as last year's are.
    qint64 periodId = 0;
    auto input = loadFrame(db, year, groupCode, &periodId);
    if (!input)
        return input.error();
    Result<QList<UnitResult>> results = QList<UnitResult>();
    const auto last = besideLastYear(db, year, groupCode, input->units.size() * input->tree.leaves().size(), [&] {
        results = scoreFromFile(db, periodId, *input);
        return results ? Status() : Status(results.error());
    });
    if (!last)
        return last.error();
    if (const Status s = compareInput(db, *input, *last); !s)
        return s.error();
    return rankResults(*input, std::move(results).value());
}

} // namespace parindex
