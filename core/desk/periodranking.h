#pragma once

#include "model/result.h"
#include "model/unitresult.h"
#include "scoring/ranking.h"

namespace parindex {

class Database;

// Reads what a period's ranking needs from the file: tree, bands, the units taking part, their sheets,
// and last year's ranks of the same group (computed the same way, never stored as the truth). From
// ParallelRankingCells cells per period on (units x leaves), last year's are read in parallel.
inline constexpr qsizetype ParallelRankingCells = 20000;
Result<RankingInput> loadRankingInput(const Database &db, int year, const QString &groupCode);

// The ranking of one period, as the command line, the app and the documents show it: what it published when it is
// final, else computed from the file.
Result<RankingTable> rankPeriod(const Database &db, int year, const QString &groupCode);

} // namespace parindex
