#pragma once

#include "bounds.h"
#include "fixed.h"

#include <array>
#include <optional>

namespace parindex {

// The people's-satisfaction survey: each answer to a question earns a share of the question's points (domain.md),
// A 100 %, B 60 %, C 20 %, D and E nothing.
struct Survey
{
    static constexpr int Answers = 5; // A to E
    // Share of the question's points that each answer earns, in percent.
    static constexpr std::array<qint64, Answers> Weights = {100, 60, 20, 0, 0};
    using Counts = std::array<qint64, Answers>;

    // Whether a count of people for one answer is within the bounds: 0 to Bounds::MaxAnswers.
    static constexpr bool isCountInRange(qint64 count) { return count >= 0 && count <= Bounds::MaxAnswers; }
    // The points the counted answers earn: max x sum(weight x count) / (100 x sum(count)), rounded half up to four
    // decimals; empty when nobody answered, or when a count or max is outside the bounds (within them bounds.h
    // shows that the product stays inside 64 bits).
    static std::optional<Fixed> points(Fixed max, const Counts &counts);
};

} // namespace parindex
