#pragma once

#include "model/classbands.h"
#include "model/criteriatree.h"
#include "model/scoresheet.h"
#include "model/unit.h"
#include "model/unitresult.h"

#include <QtCore/QCollatorSortKey>
#include <QtCore/QHash>

#include <unordered_map>

#include <optional>

namespace parindex {

struct RankingInput
{
    int year = 0;
    QString groupCode;
    CriteriaTree tree;
    ClassBands bands = ClassBands::defaults();
    QList<Unit> units; // the units that take part
    QHash<QString, ScoreSheet> sheets; // by unit code; a unit without one has nothing entered
    std::optional<QHash<QString, int>> previousRanks; // by unit code; empty when there was no ranking the year before
    // By unit code: the units that continue others from this year (a renamed unit's previous rank is in
    // previousRanks under its own code; a merged or split one has none there).
    QHash<QString, UnitOrigin> origins;
};

// One unit's result, without its rank.
UnitResult scoreUnit(const CriteriaTree &tree, const ClassBands &bands, const Unit &unit, const ScoreSheet &sheet);
// The same from the entry of every node of the tree (nullptr where nothing is entered).
UnitResult scoreUnit(
    const CriteriaTree &tree, const ClassBands &bands, const Unit &unit, const ScoreEntry *const *entries);
// Every unit of `input` (whose sheets are not used) from a grid with a row per unit of input.units, in that order,
// and a column per node of input.tree.
QList<UnitResult> scoreUnits(const RankingInput &input, const ScoreGrid &grid);

// Vietnamese collation keys of the units' names, by unit code: computed once for a kept ranking, because
// computing them is most of what ranking 3,321 units again costs.
using NameKeys = std::unordered_map<QString, QCollatorSortKey>;
NameKeys nameKeys(const QList<Unit> &units);

// Orders results by index (highest first), then by Vietnamese collation of the name, then by code, and
// gives competition ranks: equal indices share a rank and the next rank skips (1, 2, 2, 4).
// Keys missing from `keys` (or all, without it) are computed.
void assignCompetitionRanks(QList<UnitResult> &results, const NameKeys *keys = nullptr);

// The order of a ranking: index (highest first), then the name's collation key, then the code.
bool ranksBefore(
    const UnitResult &a, const QCollatorSortKey &nameA, const UnitResult &b, const QCollatorSortKey &nameB);
// Competition ranks (1, 2, 2, 4) and rank changes for results already in ranking order.
void numberRanks(QList<UnitResult> &ordered);

// Sets a result's rank of the year before and its origin from `input` (the rank change comes with its rank).
void attachHistory(const RankingInput &input, UnitResult &result);

// The whole period: score every unit, rank the complete ones, attach last year's rank and the change.
RankingTable computeRanking(const RankingInput &input);

// Every unit's result, in the order of input.units (what computeRanking ranks).
QList<UnitResult> scoreUnits(const RankingInput &input);
// The ranking of results already scored: after one edit only the edited unit is scored again.
RankingTable rankResults(const RankingInput &input, QList<UnitResult> results, const NameKeys *keys = nullptr);

} // namespace parindex
