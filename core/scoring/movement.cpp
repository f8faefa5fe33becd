#include "movement.h"

#include "model/bounds.h"

#include <QtCore/QSet>

#include <algorithm>
#include <limits>
#include <numeric>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
// A contribution in hundredths of an index point is (p x M0 - p0 x M) x 10^4 / (M x M0), in raw ten-thousandths.
// Points and maxima are at most Bounds::MaxPoints (10^7 raw): each product is at most 10^14, times 10^4 10^18, and
// the difference of two non-negative such values stays within 10^18 < 2^63 - 1 (~9.22 x 10^18).
constexpr qint64 MaxRaw = Bounds::MaxPoints.raw();
static_assert(MaxRaw * MaxRaw <= std::numeric_limits<qint64>::max() / Fixed::Scale);

// n = q x d + r with 0 <= r < d (d > 0): division rounded towards minus infinity.
struct FloorDivision
{
    qint64 quotient;
    qint64 remainder;
};

FloorDivision floorDivide(qint64 n, qint64 d)
{
    qint64 q = n / d;
    qint64 r = n % d;
    if (r < 0) {
        q -= 1;
        r += d;
    }
    return {q, r};
}

// The result adds up: its index is its points over its maximum, rounded as the ranking rounds, and its areas add
// up to its points and maximum; within the bounds the arithmetic above relies on.
bool addsUp(const UnitResult &r)
{
    Fixed points;
    Fixed max;
    for (const AreaResult &a : r.areas) {
        if (a.points < Fixed() || a.max < Fixed() || a.max > Bounds::MaxPoints)
            return false;
        points += a.points;
        max += a.max;
    }
    return points == r.points && max == r.max && r.max > Fixed() && r.max <= Bounds::MaxPoints
        && r.index == Fixed::percent(r.points, r.max);
}
} // namespace

Result<IndexMovement> Movement::explain(const RankingTable &earlierTable, const RankingTable &laterTable,
    const QString &unitCode, const AreaContinuation &areas)
{
    const UnitResult *later = laterTable.find(unitCode);
    if (!later)
        return Error(Error::Kind::NotFound, tr("Unit %1 is not listed in %2.").arg(unitCode).arg(laterTable.year));
    const UnitResult *earlier = earlierTable.find(unitCode);
    if (!earlier) {
        return Error(Error::Kind::NotFound,
            tr("%1 (%2) is not listed in %3: there is nothing to compare with.")
                .arg(later->unitName, unitCode)
                .arg(earlierTable.year));
    }
    return explain(*earlier, *later, earlierTable, laterTable, areas);
}

Result<IndexMovement> Movement::explain(const UnitResult &earlier, const UnitResult &later,
    const RankingTable &earlierTable, const RankingTable &laterTable, const AreaContinuation &areas)
{
    for (const auto &[r, year] : {std::pair {&earlier, earlierTable.year}, std::pair {&later, laterTable.year}}) {
        if (r->standing() != Standing::Ranked || !r->rank) {
            return Error(Error::Kind::BadData,
                tr("%1 (%2) has no rank in %3 (%4): its movement cannot be explained.")
                    .arg(r->unitName, r->unitCode)
                    .arg(year)
                    .arg(StandingText::reason(*r)));
        }
        if (!addsUp(*r)) {
            return Error(Error::Kind::Internal,
                tr("The result of %1 (%2) in %3 does not add up: its areas' points and maxima, its points, its "
                   "maximum and its index disagree.")
                    .arg(r->unitName, r->unitCode)
                    .arg(year));
        }
    }

    IndexMovement m;
    m.unitCode = later.unitCode;
    m.unitName = later.unitName;
    m.groupCode = laterTable.groupCode;
    m.year = laterTable.year;
    m.previousYear = earlierTable.year;
    m.index = later.index;
    m.previousIndex = earlier.index;
    m.change = later.index - earlier.index;
    m.points = later.points;
    m.max = later.max;
    m.previousPoints = earlier.points;
    m.previousMax = earlier.max;
    m.rank = *later.rank;
    m.previousRank = *earlier.rank;
    m.rankChange = m.previousRank - m.rank;
    m.rankedUnits = int(laterTable.ranked.size());
    m.previousRankedUnits = int(earlierTable.ranked.size());

    // The rows: the later areas through the map, then the earlier areas no later one continues.
    QHash<QString, const AreaResult *> earlierAreas;
    for (const AreaResult &a : earlier.areas)
        earlierAreas.insert(a.code, &a);
    QHash<QString, QString> continuedBy; // earlier code -> the later code that continues it
    for (const AreaResult &a : later.areas) {
        const auto entry = areas.constFind(a.code);
        if (entry == areas.cend()) {
            return Error(Error::Kind::BadData,
                tr("Area %1 of %2 has no entry in the mapping of areas to %3.")
                    .arg(a.code)
                    .arg(laterTable.year)
                    .arg(earlierTable.year));
        }
        AreaMovement row;
        row.code = a.code;
        row.title = a.title;
        row.points = a.points;
        row.max = a.max;
        if (entry->has_value()) {
            const QString &from = **entry;
            const AreaResult *before = earlierAreas.value(from);
            if (!before) {
                return Error(Error::Kind::BadData,
                    tr("Area %1 of %2 continues area %3, which %4 does not have.")
                        .arg(a.code)
                        .arg(laterTable.year)
                        .arg(from)
                        .arg(earlierTable.year));
            }
            if (continuedBy.contains(from)) {
                return Error(Error::Kind::BadData,
                    tr("Areas %1 and %2 of %3 both continue area %4 of %5: a split area has no contribution of "
                       "its own.")
                        .arg(continuedBy.value(from), a.code)
                        .arg(laterTable.year)
                        .arg(from)
                        .arg(earlierTable.year));
            }
            continuedBy.insert(from, a.code);
            row.previousCode = before->code;
            row.previousTitle = before->title;
            row.previousPoints = before->points;
            row.previousMax = before->max;
        }
        m.areas.append(row);
    }
    for (const AreaResult &a : earlier.areas) {
        if (continuedBy.contains(a.code))
            continue;
        AreaMovement row;
        row.title = a.title;
        row.previousCode = a.code;
        row.previousTitle = a.title;
        row.previousPoints = a.points;
        row.previousMax = a.max;
        m.areas.append(row);
    }

    // Exact contributions in hundredths over one denominator, then the largest remainders (see the header).
    const qint64 maxRaw = later.max.raw();
    const qint64 previousMaxRaw = earlier.max.raw();
    const qint64 denominator = maxRaw * previousMaxRaw;
    QList<FloorDivision> parts;
    parts.reserve(m.areas.size());
    qint64 floors = 0;
    for (const AreaMovement &row : std::as_const(m.areas)) {
        const qint64 now = row.points.value_or(Fixed()).raw() * previousMaxRaw;
        const qint64 before = row.previousPoints.value_or(Fixed()).raw() * maxRaw;
        parts.append(floorDivide((now - before) * Fixed::Scale, denominator));
        floors += parts.last().quotient;
    }
    // Both indices carry two decimals (checked by addsUp): the change in hundredths.
    const qint64 target = m.change.raw() / (Fixed::Scale / 100);
    const qint64 missing = target - floors;
    const auto withRemainder
        = std::count_if(parts.cbegin(), parts.cend(), [](const FloorDivision &p) { return p.remainder > 0; });
    if (missing < 0 || missing > withRemainder) {
        return Error(Error::Kind::Internal,
            tr("The contributions of the areas of %1 (%2) cannot be made to add up to its change of index.")
                .arg(m.unitName, m.unitCode));
    }
    QList<qsizetype> order(parts.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(
        order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return parts[a].remainder > parts[b].remainder; });
    for (qsizetype k = 0; k < missing; ++k)
        parts[order[k]].quotient += 1;
    for (qsizetype i = 0; i < m.areas.size(); ++i)
        m.areas[i].contribution = Fixed::fromRaw(parts[i].quotient * (Fixed::Scale / 100));

    // Who was passed and who passed: units ranked in both years, by code.
    QHash<QString, int> previousRanks;
    for (const UnitResult &r : earlierTable.ranked) {
        if (r.rank)
            previousRanks.insert(r.unitCode, *r.rank);
    }
    for (const UnitResult &r : laterTable.ranked) {
        if (!r.rank || r.unitCode == later.unitCode || r.unitCode == earlier.unitCode)
            continue;
        const auto before = previousRanks.constFind(r.unitCode);
        if (before == previousRanks.cend())
            continue;
        const UnitPlace place {r.unitCode, r.unitName, *r.rank, *before};
        if (*before<m.previousRank && * r.rank> m.rank)
            m.passed.append(place);
        else if (*before > m.previousRank && *r.rank < m.rank)
            m.passedBy.append(place);
    }
    return m;
}

} // namespace parindex
