#include "trends.h"

#include <QtCore/QSet>

#include <algorithm>

namespace parindex {

namespace {
// Two decimals are 100 raw units of Fixed.
constexpr qint64 Hundredth = Fixed::Scale / 100;

QList<const RankingTable *> byYear(const QList<RankingTable> &years)
{
    QList<const RankingTable *> sorted;
    sorted.reserve(years.size());
    for (const RankingTable &t : years)
        sorted.append(&t);
    std::sort(
        sorted.begin(), sorted.end(), [](const RankingTable *a, const RankingTable *b) { return a->year < b->year; });
    return sorted;
}

QList<int> yearsOf(const QList<const RankingTable *> &tables)
{
    QList<int> years;
    years.reserve(tables.size());
    for (const RankingTable *t : tables)
        years.append(t->year);
    return years;
}

TrendPoint pointOf(const RankingTable &table, const QString &unitCode)
{
    TrendPoint p;
    p.year = table.year;
    const UnitResult *r = table.find(unitCode);
    if (r)
        p.standing = r->standing();
    if (!r || !r->hasIndex())
        return p;
    p.index = r->index;
    p.classCode = r->classCode;
    if (r->ranked)
        p.rank = r->rank;
    return p;
}

// The name a unit has in the latest of the tables that list it.
QString latestName(const QList<const RankingTable *> &tables, const QString &unitCode)
{
    for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
        if (const UnitResult *r = (*it)->find(unitCode))
            return r->unitName;
    }
    return unitCode;
}

QList<Fixed> rankedIndices(const RankingTable &table)
{
    QList<Fixed> values;
    values.reserve(table.ranked.size());
    for (const UnitResult &r : table.ranked)
        values.append(r.index);
    return values;
}

const AreaResult *areaOf(const UnitResult &result, const QString &areaCode)
{
    for (const AreaResult &a : result.areas) {
        if (a.code == areaCode)
            return &a;
    }
    return nullptr;
}

// The area's sub-index, empty when the area does not apply to the unit (no applicable maximum).
std::optional<Fixed> areaIndex(const UnitResult &result, const QString &areaCode)
{
    const AreaResult *a = areaOf(result, areaCode);
    if (!a || a->max <= Fixed())
        return std::nullopt;
    return a->index;
}

// The sub-index of the areas `codes` of a result taken as one: their points summed over their applicable maxima
// summed, x 100, rounded half up to two decimals (Fixed::percent, exact); one area's own sub-index is the same
// number (for one area, the one its year's result holds). Empty when the result lacks one of them or none of them
// applies (summed maximum 0).
std::optional<Fixed> joinedIndex(const UnitResult &result, const QStringList &codes)
{
    if (codes.size() == 1)
        return areaIndex(result, codes.first()); // as the year published it
    Fixed points;
    Fixed max;
    for (const QString &code : codes) {
        const AreaResult *a = areaOf(result, code);
        if (!a)
            return std::nullopt;
        points += a->points;
        max += a->max;
    }
    if (max <= Fixed())
        return std::nullopt;
    return Fixed::percent(points, max);
}

// Each area's points as a share of the unit's maximum, rounded so that the shares add up to the index:
// every share is the difference of two rounded running totals.
QList<AreaContribution> contributions(const UnitResult &r)
{
    QList<AreaContribution> shares;
    shares.reserve(r.areas.size());
    Fixed running;
    Fixed shown;
    for (const AreaResult &a : r.areas) {
        running += a.points;
        const Fixed upTo = Fixed::percent(running, r.max);
        shares.append({a.code, a.title, upTo - shown});
        shown = upTo;
    }
    return shares;
}
} // namespace

std::optional<Fixed> Trends::average(const QList<Fixed> &values)
{
    if (values.isEmpty())
        return std::nullopt;
    qint64 sum = 0;
    for (Fixed v : values)
        sum += v.raw();
    return Fixed::fromRaw(divideRounded(sum, qint64(values.size()) * Hundredth) * Hundredth);
}

std::optional<Fixed> Trends::median(QList<Fixed> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    const qint64 twice = values.size() % 2 ? 2 * values[mid].raw() : values[mid - 1].raw() + values[mid].raw();
    return Fixed::fromRaw(divideRounded(twice, 2 * Hundredth) * Hundredth);
}

QStringList Trends::unitsOf(const QList<RankingTable> &years)
{
    const QList<const RankingTable *> tables = byYear(years);
    QStringList codes;
    QSet<QString> seen;
    for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
        for (const QList<UnitResult> *list : {&(*it)->ranked, &(*it)->unranked, &(*it)->incomplete}) {
            for (const UnitResult &r : *list) {
                if (!seen.contains(r.unitCode)) {
                    seen.insert(r.unitCode);
                    codes.append(r.unitCode);
                }
            }
        }
    }
    return codes;
}

QStringList Trends::unknownUnits(const QList<RankingTable> &years, const QStringList &unitCodes)
{
    QStringList unknown;
    for (const QString &code : unitCodes) {
        const bool found
            = std::any_of(years.cbegin(), years.cend(), [&](const RankingTable &t) { return t.find(code) != nullptr; });
        if (!found)
            unknown.append(code);
    }
    return unknown;
}

TrendSeries Trends::trend(const QList<RankingTable> &years, const QStringList &unitCodes)
{
    const QList<const RankingTable *> tables = byYear(years);
    TrendSeries series;
    series.groupCode = tables.isEmpty() ? QString() : tables.last()->groupCode;
    series.years = yearsOf(tables);
    for (const QString &code : unitCodes.isEmpty() ? unitsOf(years) : unitCodes) {
        UnitTrend unit;
        unit.unitCode = code;
        unit.unitName = latestName(tables, code);
        for (const RankingTable *t : tables)
            unit.points.append(pointOf(*t, code));
        series.units.append(std::move(unit));
    }
    for (const RankingTable *t : tables) {
        const QList<Fixed> values = rankedIndices(*t);
        series.average.append({t->year, average(values)});
        series.median.append({t->year, median(values)});
    }
    return series;
}

ComparisonData Trends::comparison(const RankingTable &table)
{
    ComparisonData data;
    data.year = table.year;
    data.groupCode = table.groupCode;
    for (const QList<UnitResult> *list : {&table.ranked, &table.unranked}) {
        for (const UnitResult &r : *list) {
            if (!r.hasIndex())
                continue; // nothing applicable: no index to draw
            data.bars.append(
                {r.unitCode, r.unitName, r.index, r.ranked ? r.rank : std::nullopt, r.classCode, contributions(r)});
            for (const AreaResult &a : r.areas) {
                const ComparisonData::Area area {a.code, a.title};
                if (!data.areas.contains(area))
                    data.areas.append(area);
            }
        }
    }
    // The ranked units are in ranking order already (ties by name); a stable sort slots the others in.
    std::stable_sort(data.bars.begin(), data.bars.end(),
        [](const ComparisonBar &a, const ComparisonBar &b) { return a.index > b.index; });
    return data;
}

Result<AreaProfile> Trends::areaProfile(
    const RankingTable &table, const RankingTable *previous, const QString &unitCode, const AreaLinkMap &links)
{
    const UnitResult *r = table.find(unitCode);
    if (!r || !r->hasIndex()) {
        return Error {Error::Kind::NotFound,
            tr("Unit %1 has no complete result in %2.").arg(unitCode, QString::number(table.year))};
    }
    const UnitResult *before = previous ? previous->find(unitCode) : nullptr;
    if (before && !before->hasIndex())
        before = nullptr;

    AreaProfile profile;
    profile.unitCode = r->unitCode;
    profile.unitName = r->unitName;
    profile.year = table.year;
    if (previous)
        profile.previousYear = previous->year;
    for (const AreaResult &a : r->areas) {
        AreaProfileRow row;
        row.code = a.code;
        row.title = a.title;
        row.unit = areaIndex(*r, a.code);
        QList<Fixed> values;
        for (const UnitResult &other : table.ranked) {
            if (const auto v = areaIndex(other, a.code))
                values.append(*v);
        }
        row.groupAverage = average(values);
        if (previous) {
            const auto link = links.constFind(a.code);
            if (link == links.cend()) {
                row.past = AreaPast::Unlinked;
            } else if (link->isEmpty()) {
                row.past = AreaPast::New;
            } else {
                row.past = AreaPast::Continues;
                row.previousCodes = *link;
                if (before)
                    row.previous = joinedIndex(*before, row.previousCodes);
            }
        }
        profile.areas.append(std::move(row));
    }
    return profile;
}

RankMovement Trends::rankMovement(const QList<RankingTable> &years, const QStringList &highlighted)
{
    const QList<const RankingTable *> tables = byYear(years);
    RankMovement movement;
    movement.groupCode = tables.isEmpty() ? QString() : tables.last()->groupCode;
    movement.years = yearsOf(tables);
    for (const RankingTable *t : tables) {
        for (const UnitResult &r : t->ranked)
            movement.lowestRank = std::max(movement.lowestRank, r.rank.value_or(0));
    }
    for (const QString &code : unitsOf(years)) {
        UnitRanks unit;
        unit.unitCode = code;
        unit.unitName = latestName(tables, code);
        unit.highlighted = highlighted.contains(code);
        std::optional<int> first;
        std::optional<int> last;
        int rankedYears = 0;
        for (const RankingTable *t : tables) {
            const TrendPoint p = pointOf(*t, code);
            if (p.rank) {
                if (!first)
                    first = p.rank;
                last = p.rank;
                ++rankedYears;
            }
            unit.points.append(p);
        }
        if (rankedYears == 0)
            continue;
        if (rankedYears > 1)
            unit.change = *first - *last;
        movement.units.append(std::move(unit));
    }
    return movement;
}

} // namespace parindex
