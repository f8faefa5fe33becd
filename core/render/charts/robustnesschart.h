#pragma once

#include "chartcontext.h"

#include "scoring/robustness.h"

#include <QtCharts/QChart>
#include <QtCore/QCoreApplication>
#include <QtCore/QSize>
#include <QtCore/QStringList>

#include <memory>

namespace parindex {

struct RobustnessPicture
{
    std::unique_ptr<QChart> chart;
    QSize size; // the size to export at: every name readable
    QStringList notes; // what the reader should know, e.g. that only both ends of a long group are drawn
};

// How robust the order is, one row per unit in the order of the real ranking (highest at the top): over the draws,
// the ranks from the 5th to the 95th percentile as a bar in the colour of the unit's real class, best to worst as a
// thin line, the median as a white dot and the real rank as a black mark. The rank axis runs from 1 at the left.
// A group of more than MaxRows units shows its first and its last Ends units, each end with its own rank axis (the
// first at the top, the last at the bottom), so that both stay readable. Series: "interval:<code>",
// "spread:<code>", "median", "real", "grid".
class RobustnessChart
{
    Q_DECLARE_TR_FUNCTIONS(RobustnessChart)
public:
    static constexpr int MaxRows = 60;
    static constexpr int Ends = 25;

    static RobustnessPicture build(const RobustnessResult &result, const ChartContext &context);
    // Only the units at `rows` of result.units (the window's selection; the first MaxRows of them, in the order of
    // the ranking), against a rank axis fitted to their ranks rather than running from 1.
    static RobustnessPicture build(
        const RobustnessResult &result, const ChartContext &context, const QList<qsizetype> &rows);
    static QString titleOf(const RobustnessResult &result, const ChartContext &context);

private:
    // `fitted`: the rank axis runs over the drawn units' ranks only, not from 1.
    static RobustnessPicture picture(const RobustnessResult &result, const ChartContext &context, bool fitted);
};

} // namespace parindex
