#pragma once

#include "chartcontext.h"

#include "scoring/trends.h"

#include <QtCharts/QChart>
#include <QtCore/QCoreApplication>
#include <QtCore/QSize>

namespace parindex {

struct TrendChartOptions
{
    bool average = true; // the group average as a dashed line
    bool median = true; // the group median as a dotted line
};

// The index of units over the years: one line with markers per unit (a missing year breaks the line),
// the group average and median, the class bands as light background, integer years.
// Series are named for tooltips and tests: "unit:<code>" (one per unbroken run of years; only the first
// has a legend entry), "average", "median", "band:<class>", and for a predecessor (lineage, issue 16: dashed,
// lighter, joined to the unit it went into, named with its relation) "predecessor:<unit>:<predecessor>".
class TrendChart
{
    Q_DECLARE_TR_FUNCTIONS(TrendChart)
public:
    static constexpr QSize DefaultSize {1000, 650};
    // Up to this many units the points carry their values.
    static constexpr int LabelledUnits = 2;

    // The caller owns the chart.
    static QChart *build(const TrendSeries &series, const ChartContext &context, const TrendChartOptions &options = {});
};

} // namespace parindex
