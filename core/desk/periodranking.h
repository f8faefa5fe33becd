#pragma once

#include "model/result.h"
#include "model/unitresult.h"
#include "scoring/ranking.h"

#include <functional>

namespace parindex {

class Database;

// Reads what a period's ranking needs from the file: tree, bands, the units taking part, their sheets,
// and last year's ranks of the same group (computed the same way, never stored as the truth). From
// ParallelRankingCells cells per period on (units x leaves), last year's are read in parallel.
inline constexpr qsizetype ParallelRankingCells = 20000;
Result<RankingInput> loadRankingInput(const Database &db, int year, const QString &groupCode);
// The same, telling what it has before it reads the sheets: this year's cells are first read as a grid and every
// unit scored (last year's ranks read beside them), `scored(input, results)` is called with the input (its sheets
// still empty, its previous ranks there) and the units' results in the order of input.units; then the sheets are
// read. What the window shows while the sheets are read (a national period: 140 ms of cells, then 210 ms of sheets).
using Scored = std::function<void(const RankingInput &input, const QList<UnitResult> &results)>;
Result<RankingInput> loadRankingInput(const Database &db, int year, const QString &groupCode, const Scored &scored);

// The ranking of one period, as the command line, the app and the documents show it: what it published when it is
// final, else computed from the file.
Result<RankingTable> rankPeriod(const Database &db, int year, const QString &groupCode);
// The ranking of one period computed from what the file holds now (with last year's ranks), whatever it published:
// what publishing keeps, and what `check` compares with what was published. Equal to computeRanking() of
// loadRankingInput(), without keeping a sheet per unit.
Result<RankingTable> rankFromCells(const Database &db, int year, const QString &groupCode);

// The rankings of these years of the group (oldest first), each as rankPeriod gives it, but reading each year's
// cells once: a year's previous ranks come from the year before in the list. From four years on, the later half
// is read on a second read-only connection on another core. `step(done)` is called as years are done; returning
// false stops (Error::Kind::Cancelled). Ten years of a national group: 10 readings of 400,000 cells, not 20.
Result<QList<RankingTable>> rankPeriods(const Database &db, const QList<int> &years, const QString &groupCode,
    const std::function<bool(int done)> &step = {});

} // namespace parindex
