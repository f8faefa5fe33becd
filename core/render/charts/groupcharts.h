#pragma once

#include "chartcontext.h"
#include "comparisonlist.h"

#include "desk/trendtables.h"
#include "model/result.h"

#include <QtCharts/QChart>
#include <QtCore/QCoreApplication>
#include <QtCore/QSize>
#include <QtCore/QStringList>

#include <memory>
#include <optional>

namespace parindex {

class Database;

enum class ChartKind { Trend, Comparison, AreaProfile, RankMovement };

// trend, compare, areas, ranks: the words of the command line.
std::optional<ChartKind> chartKindFromName(QStringView name);
QString chartKindName(ChartKind kind);

// Which chart of which group, as the command line and the Charts tab ask for it.
struct ChartRequest
{
    ChartKind kind = ChartKind::Trend;
    QString groupCode;
    std::optional<int> year; // comparison and area profile; empty: the group's latest period
    std::optional<int> fromYear; // trend and rank movement; empty: from the first period
    std::optional<int> toYear; //                           empty: to the last period
    // Trend: the lines (empty: the first ten of the latest ranking); rank movement: the units highlighted;
    // area profile: exactly one unit.
    QStringList units;
    bool stackByArea = false; // comparison
    // Comparison: 0 draws every unit; N > 0 draws the first N and the last N of the ranking, and the units of
    // `units` wherever they are (a group of 3,321 communes is otherwise one chart 80,000 pixels tall).
    int comparisonEnds = 0;
    bool average = true; // trend
    bool median = true; // trend
};

struct ChartPicture
{
    std::unique_ptr<QChart> chart; // null when the picture is a list
    QSize size; // the size to export at: every label readable (grows with the number of bars)
    QStringList notes; // what the reader should know, e.g. that only the first ten units are drawn
    // A comparison of more than ComparisonList::MaxChartBars units: rows painted as they are seen, not a chart.
    std::optional<ComparisonList> list;
};

// The four charts of a group from the file: loads the rankings the request needs and builds the chart.
class GroupCharts
{
    Q_DECLARE_TR_FUNCTIONS(GroupCharts)
public:
    // Lines a trend chart draws when no units are chosen.
    static constexpr int DefaultTrendUnits = 10;

    static Result<ChartPicture> build(const Database &db, const ChartRequest &request, const QLocale &locale);
    // From rankings already loaded (the Charts tab keeps them until scores change). For a comparison or an
    // area profile, `history` holds the year (and the year before it, for the profile's previous year).
    static Result<ChartPicture> build(const GroupHistory &history, const ChartRequest &request, const QLocale &locale);
};

} // namespace parindex
