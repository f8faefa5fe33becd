#pragma once

#include "model/classbands.h"
#include "model/fixed.h"
#include "model/lineage.h"
#include "model/result.h"
#include "model/unitresult.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QLocale>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace parindex {

// The numbers behind the charts, computed from the rankings of a group's periods. A year in which a unit
// has no result is an empty value (a gap in a line), never a zero. Averages and medians are taken over
// the ranked units of the year, exactly, rounded half up to two decimals.

// One unit's result in one year of a series.
struct TrendPoint
{
    int year = 0;
    std::optional<Fixed> index; // empty: no complete result that year
    std::optional<int> rank; // empty: not ranked that year
    std::optional<ClassCode> classCode; // with the index
    std::optional<Standing> standing; // empty: the unit is not listed that year

    bool operator==(const TrendPoint &) const = default;
};

// A group statistic (average or median) in one year.
struct YearValue
{
    int year = 0;
    std::optional<Fixed> value; // empty: no ranked unit that year

    bool operator==(const YearValue &) const = default;
};

// How a predecessor went into the unit it continues (issue 16; the `kind` words of formats.md).
enum class LineageRelation {
    Merge, // merged into it: the successor continues several units that year, or existed before and absorbed it
    Split, // split into several units that year (or one split off while the predecessor went on)
    Rename, // one-to-one: continued under a new code
};
QString lineageRelationName(LineageRelation relation); // merge, split, rename

// The history of a unit that a unit of the series continues, recorded in the lineage (never matched by code): its
// points for the years of the series before `fromYear`, the year of the link. Several links into one unit in a year
// are a merger; several out of one unit a split; one link a rename, or a merger where the successor had a result
// in the group before (it kept its code and absorbed the predecessor); a split too where the predecessor still has
// a result from `fromYear` on (a part split off). Earlier links of a predecessor follow it (`depth` 2, 3, ...).
struct PredecessorTrend
{
    QString unitCode;
    QString unitName; // as in the latest year of the series it has a result; else the file's name
    LineageRelation relation = LineageRelation::Merge;
    int fromYear = 0; // the first year of the units it continues into
    int depth = 1; // 1: continued by the series' unit; 2: by one of its predecessors, ...
    // The units it continues into that year, the one on this line first (`intoCode`); more than one for a split.
    QStringList intoCodes;
    QStringList intoNames;
    QList<TrendPoint> points; // one per year of the series before fromYear, oldest first
    // The index of the unit it continues into on this line (intoCodes.first()) in fromYear: where the line joins it.
    std::optional<Fixed> joinIndex;

    // False: not listed in the group in any of its years ("no result in group G"), still named.
    bool hasResult() const;
    bool operator==(const PredecessorTrend &) const = default;
};

struct UnitTrend
{
    QString unitCode;
    QString unitName; // as in the latest year the unit has a result
    QList<TrendPoint> points; // one per year of the series, oldest first
    // Where the lineage records that the unit continues others in a year of the series after its first: their
    // history, depth first in the order of the links. Empty without lineage.
    QList<PredecessorTrend> predecessors = {};
};

struct TrendSeries
{
    QString groupCode;
    QList<int> years; // oldest first
    QList<UnitTrend> units;
    QList<YearValue> average;
    QList<YearValue> median;
};

// One bar of the comparison: a unit's index, split into what each area contributes to it.
struct AreaContribution
{
    QString code;
    QString title;
    Fixed share; // area points / unit's applicable max x 100; the shares of a unit add up to its index

    bool operator==(const AreaContribution &) const = default;
};

struct ComparisonBar
{
    QString unitCode;
    QString unitName;
    Fixed index;
    std::optional<int> rank; // empty: a unit of special status, listed without a rank
    ClassCode classCode = ClassCode::Weak;
    QList<AreaContribution> areas;
};

struct ComparisonData
{
    int year = 0;
    QString groupCode;
    QList<ComparisonBar>
        bars; // highest index first; units without an index (incomplete, nothing applicable) are left out
    struct Area
    {
        QString code;
        QString title;
        bool operator==(const Area &) const = default;
    };
    QList<Area> areas; // every area that appears in a bar, in criteria order
};

// What each area of a year continues of the group's previous year, as the file records it (the cross-year criteria
// mapping, YearLinks): area code -> the earlier areas' codes, several after a merger, none for an area new that year.
// An area that is not a key has no link recorded: it is compared with nothing, never matched by its code.
using AreaLinkMap = QHash<QString, QStringList>;

// How an area of the profile stands to the year before.
enum class AreaPast {
    NoPreviousYear, // no ranking of the year before was given
    Continues, // continues the areas `previousCodes` (one, perhaps under another code, or several merged)
    New, // new that year: continues no earlier area
    Unlinked, // what it continues is not recorded: not compared
};

// One area of a unit: its sub-index (% of the area's applicable max) against the group and its past.
struct AreaProfileRow
{
    QString code;
    QString title;
    std::optional<Fixed> unit; // empty: the area does not apply to the unit
    std::optional<Fixed> groupAverage; // over the ranked units to which the area applies
    // The unit's own sub-index the year before in the area(s) this one continues, where there is one: for several
    // merged areas their points summed over their applicable maxima summed, x 100, rounded half up to two decimals.
    // Empty for a new or unlinked area, when the unit has no complete result the year before, or when none of the
    // earlier areas applied to it.
    std::optional<Fixed> previous;
    AreaPast past = AreaPast::NoPreviousYear;
    QStringList previousCodes; // with Continues: the earlier areas compared with, as `links` lists them

    bool isNew() const { return past == AreaPast::New; }
    bool operator==(const AreaProfileRow &) const = default;
};

struct AreaProfile
{
    QString unitCode;
    QString unitName;
    int year = 0;
    std::optional<int> previousYear; // empty: no ranking of the year before was given
    QList<AreaProfileRow> areas;
};

struct UnitRanks
{
    QString unitCode;
    QString unitName;
    QList<TrendPoint> points; // one per year, oldest first; rank empty where the unit was not ranked
    bool highlighted = false;
    // First rank minus last rank over the years the unit was ranked; positive: moved up. Empty with fewer
    // than two ranked years.
    std::optional<int> change;
};

struct RankMovement
{
    QString groupCode;
    QList<int> years; // oldest first
    QList<UnitRanks> units; // every unit ranked in at least one year, in the latest ranking's order
    int lowestRank = 0; // the largest rank number of any year (the bottom of the chart)
};

class Trends
{
    Q_DECLARE_TR_FUNCTIONS(Trends)
public:
    // The index of the given units over the years of `years` (rankings of one group, any order), with
    // the group average and median per year. An empty list of units takes every unit with a result.
    static TrendSeries trend(const QList<RankingTable> &years, const QStringList &unitCodes = {});
    // The same with each unit's predecessors (lineage links of any group; only results in `years` are read).
    // `unitNames` names a predecessor without a result in the years (code -> name). With no units asked for, a
    // unit shown as a predecessor of another and without a result from the link's year on is not a line of its own.
    static TrendSeries trend(const QList<RankingTable> &years, const QStringList &unitCodes,
        const QList<LineageLink> &lineage, const QHash<QString, QString> &unitNames = {});

    // "Hoằng Xuân (merged into Hoằng Phú)", "… (split into Sầm Sơn and Quảng Tiến)", "… (renamed to …)"; with
    // "; no result in group XA" when it has no result in the series' years. Lists joined as `locale` joins them.
    static QString predecessorLabel(const PredecessorTrend &p, const QString &groupCode, const QLocale &locale);

    // One year, every unit with an index, highest index first (the ranking's order; special units merged in).
    static ComparisonData comparison(const RankingTable &table);

    // A unit's area sub-indices against the group average of the same year and its own previous year
    // (`previous` may be null), each area compared with the earlier area(s) `links` says it continues: never by its
    // code. NotFound when the unit has no complete result in `table`.
    static Result<AreaProfile> areaProfile(
        const RankingTable &table, const RankingTable *previous, const QString &unitCode, const AreaLinkMap &links);

    // Ranks over the years for every unit ranked in any of them; `highlighted` marks the chosen units.
    static RankMovement rankMovement(const QList<RankingTable> &years, const QStringList &highlighted = {});

    // Every unit with a result in any year: the latest year's order first, then units of earlier years.
    static QStringList unitsOf(const QList<RankingTable> &years);

    // Mean and median of values (exact; half up to two decimals); empty for no values.
    static std::optional<Fixed> average(const QList<Fixed> &values);
    static std::optional<Fixed> median(QList<Fixed> values);

    // Unit codes that have no result in any of the years, for a message that names them.
    static QStringList unknownUnits(const QList<RankingTable> &years, const QStringList &unitCodes);
};

} // namespace parindex
