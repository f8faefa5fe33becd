#pragma once

#include "fixed.h"

#include <limits>

namespace parindex {

// The bounds of the method, that every tree and value is held to where it enters (criteria and score imports,
// the criteria editor, the score forms, storage writes). They are generous for the method (the national frame
// has 100 points and 88 sub-criteria) and keep every product of Fixed far inside 64 bits.
struct Bounds
{
    // The most points a criteria tree can have: the areas' maxima added up, and so any one maximum, and any
    // value entered as points (a deduction included).
    static constexpr Fixed MaxPoints = Fixed::fromInt(1000);
    // A rate is a percentage.
    static constexpr Fixed MaxRate = Fixed::fromInt(100);
    // Criteria in one tree.
    static constexpr qsizetype MaxCriteria = 10'000;
    // People counted for one answer (A to E) of one survey question for one unit.
    static constexpr qint64 MaxAnswers = 10'000'000;
    // An index is a percentage of points earned over an applicable maximum: never above 100.
    static constexpr Fixed MaxIndex = Fixed::fromInt(100);
    // The total the areas normally add up to; another total is a warning, not an error.
    static constexpr Fixed UsualTotal = Fixed::fromInt(100);
};

// Worst-case intermediate products, in raw ten-thousandths (Fixed::Scale = 10^4), against 2^63 - 1 ~ 9.22 x 10^18.
// Points are at most MaxPoints (10^7 raw), rates at most MaxRate (10^6 raw), sums of a group's children at most
// MaxCriteria x MaxPoints.
namespace bounds_proof {
constexpr qint64 largest = std::numeric_limits<qint64>::max();
constexpr qint64 maxPointsRaw = Bounds::MaxPoints.raw(); // 10^7
constexpr qint64 maxRateRaw = Bounds::MaxRate.raw(); // 10^6

// A group's points before the cap: the sum of its children's points (each capped to its maximum), and the
// deductions under it, each at most MaxPoints: 10^4 x 10^7 = 10^11.
constexpr qint64 largestSum = Bounds::MaxCriteria * maxPointsRaw;
static_assert(largestSum / Bounds::MaxCriteria == maxPointsRaw && largestSum < largest / 2);

// Fixed::percent(part, whole): part.raw x 10^4, with part at most the sum above: 10^11 x 10^4 = 10^15.
static_assert(largestSum <= largest / 10'000);

// Fixed::percentOf(rate, whole) (a linear rate rule): rate.raw x whole.raw = 10^6 x 10^7 = 10^13.
static_assert(maxRateRaw <= largest / maxPointsRaw);

// Survey points: max.raw x (100 x A + 60 x B + 20 x C) over 100 x (A + ... + E); the weighted count is at most
// 100 x 5 x 10^7 = 5 x 10^9, the product 10^7 x 5 x 10^9 = 5 x 10^16.
constexpr qint64 largestWeighted = 100 * 5 * Bounds::MaxAnswers;
static_assert(maxPointsRaw <= largest / largestWeighted);

// Averages and medians of indices (Trends): a sum of n indices of at most 10^6 raw each stays below 2^63 for
// n up to 9.2 x 10^12 units, more than any memory holds; here for 2^40 (10^12) of them.
static_assert(Bounds::MaxIndex.raw() <= largest / (qint64(1) << 40));

// Fixed::parse reads at most 12 whole digits: below 10^12 x 10^4 = 10^16 raw, so any typed number can be compared
// with the bounds before it is refused.
static_assert(qint64(999'999'999'999) <= largest / Fixed::Scale);
} // namespace bounds_proof

} // namespace parindex
