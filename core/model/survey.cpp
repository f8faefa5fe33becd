#include "survey.h"

namespace parindex {

static_assert(Survey::Weights[0] == 100 && Survey::Weights[1] == 60 && Survey::Weights[2] == 20);
static_assert(100 * Survey::Answers * Bounds::MaxAnswers == bounds_proof::largestWeighted);

std::optional<Fixed> Survey::points(Fixed max, const Counts &counts)
{
    qint64 answers = 0, weighted = 0;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        if (!isCountInRange(counts[i]))
            return std::nullopt;
        answers += counts[i];
        weighted += Weights[i] * counts[i];
    }
    if (answers <= 0 || max < Fixed() || max > Bounds::MaxPoints)
        return std::nullopt;
    return Fixed::fromRaw(divideRounded(max.raw() * weighted, 100 * answers));
}

} // namespace parindex
