#pragma once

#include "chartcontext.h"

#include "scoring/trends.h"

#include <QtCharts/QChart>
#include <QtCore/QCoreApplication>
#include <QtCore/QSize>

namespace parindex {

// Ranks over the years as a bump chart, rank 1 at the top. Highlighted units are thick coloured lines
// named at their last rank with the change over the span ("Đông Sơn ▲ 6"); the others are thin grey lines.
// With none highlighted, every unit is coloured and named. A year without a rank breaks the line.
// Series: "unit:<code>" (one per unbroken run of years).
class RankMovementChart
{
    Q_DECLARE_TR_FUNCTIONS(RankMovementChart)
public:
    static constexpr QSize DefaultSize {1000, 650};
    static QSize sizeFor(int lowestRank);

    // The caller owns the chart.
    static QChart *build(const RankMovement &movement, const ChartContext &context);
};

} // namespace parindex
