#pragma once

#include "chartcontext.h"

#include "scoring/movement.h"

#include <QtCharts/QChart>
#include <QtCore/QCoreApplication>
#include <QtCore/QSize>

namespace parindex {

// Why a unit moved, as a waterfall: the earlier index, one bar per area from the running level by its contribution
// (rises green, falls red), the later index; each bar with its value, area titles wrapped under the bars, new and
// dropped areas marked. The value axis starts near the lowest level, not at 0, so that a change of a few hundredths
// shows. One stacked bar series "waterfall" with the sets "base" (transparent, where a step starts), "rise", "fall"
// and "index" (the two ends).
class MovementChart
{
    Q_DECLARE_TR_FUNCTIONS(MovementChart)
public:
    static QSize sizeFor(qsizetype areas);

    // The caller owns the chart.
    static QChart *build(const IndexMovement &movement, const ChartContext &context);
};

} // namespace parindex
