#pragma once

#include "model/classbands.h"
#include "model/fixed.h"
#include "model/result.h"
#include "model/unitresult.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace parindex {

class Database;

// The news of a ranking (issue 16, section 5): the facts a press office writes from, read from the rankings of a
// year and the two years before it, each as rankPeriod gives it (what a final period published, else computed from
// the file now and marked provisional). Nothing is estimated: a year, a unit or a rank that is not there is said to
// be absent, never a number against nothing.
//
// Rounding: an average is the exact mean of the ranked units' indices (each already rounded to two decimals),
// rounded half up to two decimals (Trends::average); its change is the difference of the two rounded averages, so
// the printed figures subtract exactly.

// A group in one year.
struct SummaryYear
{
    int year = 0;
    bool exists = false; // the group has a period that year
    bool published = false; // final: what its decision published; otherwise provisional
    int ranked = 0; // units with a rank
    std::optional<Fixed> average; // over the ranked units; empty when none is ranked
};

// A unit named in the summary: first, last, the largest movers.
struct SummaryEntry
{
    QString code;
    QString name;
    int rank = 0;
    Fixed index;
    ClassCode classCode = ClassCode::Weak;
    std::optional<int> earlierRank; // in the year compared with (movers only)
    std::optional<int> change; // over one year; positive: moved up; empty: not ranked then
    std::optional<int> change2y; // over two years
};

// The largest rises and falls against one earlier year: every unit with the largest change, ties together, in
// rank order. Units not ranked in both years take no part.
struct SummaryMovers
{
    int fromYear = 0;
    bool compared = false; // the group was ranked in fromYear
    int largestRise = 0; // 0: no unit rose
    int largestFall = 0; // 0: no unit fell (the number of places, positive)
    QList<SummaryEntry> risers;
    QList<SummaryEntry> fallers;
};

// A unit in one earlier year.
struct SummaryUnitYear
{
    int year = 0;
    bool exists = false; // the group has a period that year
    bool published = false;
    std::optional<int> rank; // empty: not ranked that year (absent, incomplete, special status)
    int of = 0; // units ranked that year
    std::optional<Fixed> index;
    std::optional<ClassCode> classCode;
};

struct UnitSummary
{
    QString code;
    QString name;
    Standing standing = Standing::Ranked; // this year
    std::optional<int> rank;
    int of = 0;
    std::optional<Fixed> index; // with a class, when the unit has an index
    std::optional<ClassCode> classCode;
    int missing = 0; // criteria without an appraised value (Incomplete)
    QList<SummaryUnitYear> earlier; // the year before, then two years before
    // A unit formed by a merger this year (its result's origin): the units it was made from, by name; its text reads
    // "mới (hợp nhất từ …)" and it has no earlier rank. A split unit has none either; a renamed one is compared with
    // the unit it continues.
    QStringList formedFrom;

    // Earlier rank minus this year's (positive: moved up); empty unless ranked in both years.
    std::optional<int> change(qsizetype earlierIndex) const;
};

struct GroupSummary
{
    QString groupCode;
    QString groupName;
    SummaryYear now;
    QList<SummaryYear> earlier; // the year before, then two years before
    // Per class of the period's bands, highest first, zeros included.
    QList<std::pair<ClassCode, int>> classes;
    QList<SummaryEntry> first; // rank 1 (ties)
    QList<SummaryEntry> last; // the largest rank (ties)
    QList<SummaryMovers> movers; // over one year, then over two
    std::optional<UnitSummary> unit;

    // This year's average minus that year's; empty unless both have one.
    std::optional<Fixed> averageChange(qsizetype earlierIndex) const;
};

class RankingSummary
{
    Q_DECLARE_TR_FUNCTIONS(RankingSummary)
public:
    // A year's ranking of the group as the summary takes it.
    struct Year
    {
        int year = 0;
        bool exists = false;
        bool published = false;
        RankingTable table;
    };

    // The facts of `years` (this year, the year before, two years before; a year that does not exist has
    // exists = false), with the unit `unitCode` when it is not empty and listed this year. Pure.
    static GroupSummary compute(const QString &groupCode, const QString &groupName, const ClassBands &bands,
        const QList<Year> &years, const QString &unitCode = {});

    // From the file: the group G (every group with a period that year when G is empty; with a unit and no group,
    // the group that lists the unit that year). NotFound: no such group, no period that year, no such unit or not
    // in the group that year, each named.
    static Result<QList<GroupSummary>> load(
        const Database &db, int year, const QString &groupCode = {}, const QString &unitCode = {});
};

} // namespace parindex
