#include "trends.h"

#include <QtCore/QSet>

#include <algorithm>
#include <climits>
#include <tuple>

using namespace Qt::StringLiterals;

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

bool listedIn(const QList<const RankingTable *> &tables, const QString &unitCode, int fromYear, int toYear)
{
    return std::any_of(tables.cbegin(), tables.cend(), [&](const RankingTable *t) {
        return t->year >= fromYear && t->year <= toYear && t->find(unitCode) != nullptr;
    });
}

// A unit's name from the rankings, else from the file's list, else its code.
QString nameOf(const QList<const RankingTable *> &tables, const QHash<QString, QString> &unitNames, const QString &code)
{
    for (auto it = tables.crbegin(); it != tables.crend(); ++it) {
        if (const UnitResult *r = (*it)->find(code))
            return r->unitName;
    }
    return unitNames.value(code, code);
}

// The predecessors of one unit of the series, read from the lineage links (nothing matched by code).
class PredecessorWalk
{
public:
    PredecessorWalk(const QList<const RankingTable *> &tables, const QList<LineageLink> &links,
        const QHash<QString, QString> &unitNames)
        : m_tables(tables), m_links(links), m_names(unitNames)
    {
        std::stable_sort(m_links.begin(), m_links.end(), [](const LineageLink &a, const LineageLink &b) {
            return std::tie(a.year, a.continues) < std::tie(b.year, b.continues);
        });
    }

    QList<PredecessorTrend> of(const QString &unitCode) const
    {
        QList<PredecessorTrend> out;
        if (m_tables.isEmpty())
            return out;
        QSet<QString> onPath {unitCode};
        collect(unitCode, INT_MAX, 1, onPath, out);
        return out;
    }

private:
    // Links into `code` in a year of the series after its first (so that there is a year before to show) and
    // before `beforeYear` (a predecessor's own predecessors end before it does).
    void collect(
        const QString &code, int beforeYear, int depth, QSet<QString> &onPath, QList<PredecessorTrend> &out) const
    {
        const int first = m_tables.first()->year;
        const int last = m_tables.last()->year;
        for (const LineageLink &link : m_links) {
            if (link.unitCode != code || link.year <= first || link.year > last || link.year >= beforeYear
                || onPath.contains(link.continues))
                continue;
            PredecessorTrend p;
            p.unitCode = link.continues;
            p.unitName = nameOf(m_tables, m_names, p.unitCode);
            p.fromYear = link.year;
            p.depth = depth;
            p.intoCodes.append(code);
            int intoCount = 0; // links into `code` that year
            for (const LineageLink &other : m_links) {
                if (other.year != link.year)
                    continue;
                if (other.unitCode == code)
                    ++intoCount;
                if (other.continues == link.continues && other.unitCode != code)
                    p.intoCodes.append(other.unitCode);
            }
            for (const QString &into : p.intoCodes)
                p.intoNames.append(nameOf(m_tables, m_names, into));
            if (p.intoCodes.size() > 1)
                p.relation = LineageRelation::Split;
            else if (intoCount > 1 || listedIn(m_tables, code, INT_MIN, link.year - 1))
                p.relation = LineageRelation::Merge;
            else if (listedIn(m_tables, p.unitCode, link.year, INT_MAX))
                p.relation = LineageRelation::Split;
            else
                p.relation = LineageRelation::Rename;
            for (const RankingTable *t : m_tables) {
                if (t->year < link.year)
                    p.points.append(pointOf(*t, p.unitCode));
                else if (t->year == link.year)
                    p.joinIndex = pointOf(*t, code).index;
            }
            out.append(std::move(p));
            onPath.insert(link.continues);
            collect(link.continues, link.year, depth + 1, onPath, out);
            onPath.remove(link.continues);
        }
    }

    const QList<const RankingTable *> &m_tables;
    QList<LineageLink> m_links;
    const QHash<QString, QString> &m_names;
};
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

bool PredecessorTrend::hasResult() const
{
    return std::any_of(points.cbegin(), points.cend(), [](const TrendPoint &p) { return p.standing.has_value(); });
}

QString lineageRelationName(LineageRelation relation)
{
    switch (relation) {
    case LineageRelation::Merge:
        return u"merge"_s;
    case LineageRelation::Split:
        return u"split"_s;
    case LineageRelation::Rename:
        return u"rename"_s;
    }
    return {};
}

QString Trends::predecessorLabel(const PredecessorTrend &p, const QString &groupCode, const QLocale &locale)
{
    QString relation;
    switch (p.relation) {
    case LineageRelation::Merge:
        relation = tr("merged into %1").arg(p.intoNames.value(0));
        break;
    case LineageRelation::Split:
        relation = tr("split into %1").arg(locale.createSeparatedList(p.intoNames));
        break;
    case LineageRelation::Rename:
        relation = tr("renamed to %1").arg(p.intoNames.value(0));
        break;
    }
    if (!p.hasResult())
        return tr("%1 (%2; no result in group %3)").arg(p.unitName, relation, groupCode);
    return tr("%1 (%2)").arg(p.unitName, relation);
}

TrendSeries Trends::trend(const QList<RankingTable> &years, const QStringList &unitCodes,
    const QList<LineageLink> &lineage, const QHash<QString, QString> &unitNames)
{
    TrendSeries series = trend(years, unitCodes);
    if (lineage.isEmpty())
        return series;
    const QList<const RankingTable *> tables = byYear(years);
    const PredecessorWalk walk(tables, lineage, unitNames);
    for (UnitTrend &unit : series.units)
        unit.predecessors = walk.of(unit.unitCode);
    if (!unitCodes.isEmpty())
        return series;
    // Every unit: one that ended into another unit of the series is drawn there, not twice.
    QSet<QString> shownUnder;
    for (const UnitTrend &unit : series.units) {
        for (const PredecessorTrend &p : unit.predecessors) {
            if (!listedIn(tables, p.unitCode, p.fromYear, INT_MAX))
                shownUnder.insert(p.unitCode);
        }
    }
    series.units.removeIf([&](const UnitTrend &unit) { return shownUnder.contains(unit.unitCode); });
    return series;
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
