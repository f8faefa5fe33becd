#pragma once

#include "chartcontext.h"

#include "scoring/trends.h"

#include <QtCharts/QChart>
#include <QtCore/QCoreApplication>
#include <QtCore/QSize>

namespace parindex {

// One unit's area sub-indices (% of each area's applicable maximum) as grouped horizontal bars: the unit,
// the group average and the unit's previous year side by side for every area, each with its value.
// Grouped bars rather than a radar: differences of a few points read off a common baseline, long
// Vietnamese area titles fit on the left, and an area that does not apply is an empty bar marked as such
// instead of a dent in a polygon. Series: "areas" with bar sets "unit", "average", "previous".
class AreaProfileChart
{
    Q_DECLARE_TR_FUNCTIONS(AreaProfileChart)
public:
    static QSize sizeFor(qsizetype areas);

    // The caller owns the chart.
    static QChart *build(const AreaProfile &profile, const ChartContext &context);
};

} // namespace parindex
