#pragma once

#include "ranking.h"
#include "sheetscore.h"

#include "model/result.h"

#include <QtCore/QCoreApplication>

#include <array>
#include <functional>

namespace parindex {

// How robust a period's order is: the ranking drawn again many times under weights (and, optionally, appraised
// scores) perturbed at random, and where each unit lands. The model, exact in every draw:
//
// Weights. Area a (a root of the tree) with real maximum M_a gets a factor f_a drawn uniformly among the integers
// 10000 - 100p ... 10000 + 100p (ten-thousandths; p = --weights in percent, two decimals at most). The areas are then
// renormalised to the real total T (the roots' maxima added up): M'_a = M_a x f_a x T / sum_b(M_b x f_b), in
// ten-thousandths of a point (Fixed's unit), rounded down, and the ten-thousandths still missing to T given one each
// to the areas with the largest remainders (the earlier area first on equal remainders), so that the drawn maxima
// add up to T exactly. With p = 0 every M'_a is M_a. When every factor is 0 (p = 100 only), the draw keeps the real
// maxima.
// Every node of area a, and every point a unit earns in it, is scaled by s_a = M'_a / M_a. Scoring (sums, the cap of
// a group to its applicable maximum, deductions never below 0, not-applicable nodes leaving the maximum) commutes
// with that scaling, so a unit's area points and applicable maximum in the draw are its real ones times s_a; they
// are rounded half up to four decimals (Fixed). The index is then points / applicable maximum x 100 rounded half up
// to two decimals, and the ranks are competition ranks by that index (1, 2, 2, 4), as in the real ranking.
//
// Scores (optional). Each leaf that earns points (score, rate, survey) and applies to the unit: its points (a rate's
// after its rule) plus an integer number of ten-thousandths drawn uniformly in [-w, w], w = the leaf's maximum x q /
// 100 rounded down (q = --scores in percent), kept within [0, the leaf's maximum]. Deductions stay as appraised.
// The groups are then scored again from the leaves (sums, caps, deductions), before the weights' scaling.
//
// Draws. Draw d has its own generator (xoshiro256**, seeded by SplitMix64 from the seed and d): it draws the area
// factors in tree order, then the leaves' changes unit by unit (in the order of the real ranking), leaf by leaf in
// tree order. So the result depends on the seed and the number of draws only, never on the number of threads.
//
// Per unit: the median and the 5th and 95th percentiles of its rank over the draws, nearest-rank (the P-th
// percentile of N draws is the smallest rank r such that at least ceil(P x N / 100) draws gave r or better; the
// median is the 50th: the lower middle value of an even number of draws), and the number of draws in each class.
struct RobustnessOptions
{
    Fixed weights; // ± percent of each area's maximum, in [0, 100]
    Fixed scores; // ± percent of each leaf's maximum, in [0, 100]; 0 keeps the scores as appraised
    int draws = 1000; // in [1, MaxDraws]
    quint64 seed = 1; // at most MaxSeed, so that a JSON number holds it exactly
    int threads = 0; // 0: one per core
    bool keepDraws = false; // keep every draw's indices and ranks in the result (tests; a small group's export)

    static constexpr int MaxDraws = 100'000;
    static constexpr quint64 MaxSeed = (quint64(1) << 53) - 1;
};

struct UnitRobustness
{
    QString unitCode;
    QString unitName;
    int rank = 0; // in the real ranking
    Fixed index; // in the real ranking
    ClassCode classCode = ClassCode::Weak; // in the real ranking
    int medianRank = 0;
    int p5Rank = 0;
    int p95Rank = 0;
    int bestRank = 0; // over all the draws
    int worstRank = 0;
    std::array<int, 5> classDraws {}; // draws in each class, by ClassCode (Excellent first)

    bool operator==(const UnitRobustness &) const = default;
};

struct RobustnessResult
{
    int year = 0;
    QString groupCode;
    QString groupName; // for titles; the caller that knows it fills it
    RobustnessOptions options;
    QList<UnitRobustness> units; // the ranked units, in the order of the real ranking
    ClassBands bands;
    // With options.keepDraws: by draw, by unit (as `units`), the index and the rank the unit had in that draw.
    QList<QList<Fixed>> drawIndices;
    QList<QList<int>> drawRanks;

    // A class's share of the draws, count / draws rounded half up to four decimals (shares may not add up to
    // exactly 1).
    Fixed share(const UnitRobustness &unit, ClassCode code) const;
};

class Robustness
{
    Q_DECLARE_TR_FUNCTIONS(Robustness)
public:
    // The options checked, each problem named as the command line's option is.
    static Status check(const RobustnessOptions &options);

    // `progress(drawsDone)` is called on the calling thread now and then; returning false stops the work
    // (Error::Kind::Cancelled). The ranked units of `input` take part; the others are left out, as in the ranking.
    static Result<RobustnessResult> run(
        const RankingInput &input, const RobustnessOptions &options, const std::function<bool(int)> &progress = {});

    // The areas' maxima of draw `draw` (by root, in tree order), as run() draws them: for tests that score every
    // draw in full.
    static QList<Fixed> drawnAreaMaxima(const CriteriaTree &tree, const RobustnessOptions &options, int draw);
    // The points of a unit's nodes (`score`, as scoreSheet gives them) with its leaves' points changed as run()
    // changes them in draw `draw` for the unit at `position` (from 0) of the real ranking; the groups are left as
    // they were (a test scores them again). For tests.
    static QList<Fixed> drawnNodePoints(const CriteriaTree &tree, const SheetScore &score,
        const RobustnessOptions &options, int draw, qsizetype position);
};

} // namespace parindex
