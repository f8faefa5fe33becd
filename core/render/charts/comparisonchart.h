#pragma once

#include "chartcontext.h"

#include "scoring/trends.h"

#include <QtCharts/QChart>
#include <QtCore/QCoreApplication>
#include <QtCore/QSize>

namespace parindex {

struct ComparisonChartOptions
{
    // Each bar split into what every area contributes (coloured by area) instead of one colour per class.
    bool stackByArea = false;
};

// One year, every complete unit as a horizontal bar, highest at the top, coloured by class, the value at
// the end of each bar, the band thresholds as dashed vertical lines with the class names along the top.
// Series: "bars" (one bar set per class, or per area), "threshold:<class>".
class ComparisonChart
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonChart)
public:
    // Grows with the number of bars so that every unit's name stays readable (40 communes fit), and with
    // the entries of the area key when the bars are stacked by area.
    static QSize sizeFor(qsizetype bars, qsizetype keyEntries = 0);

    // The texts the chart and the list of a large group (ComparisonList) share.
    static QString titleOf(const ComparisonData &data, const ChartContext &context);
    static QString indexAxisOf(const ChartContext &context);
    static QString nameOf(const ComparisonBar &bar, const ChartContext &context); // "2. Hoằng Hóa"
    static QString unrankedName(const ComparisonBar &bar, const ChartContext &context); // "… (not ranked)"
    static QString tipOf(const ComparisonBar &bar, const ChartContext &context); // "2. Hoằng Hóa: 91,92% – Xuất sắc"
    static QString areaName(const ComparisonData::Area &area);
    static QString areaTip(const ComparisonBar &bar, const ChartContext &context, const QString &areaName, Fixed share);

    // The caller owns the chart.
    static QChart *build(
        const ComparisonData &data, const ChartContext &context, const ComparisonChartOptions &options = {});
};

} // namespace parindex
