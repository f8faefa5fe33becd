#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QPointF>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <map>

class QBarSet;
class QXYSeries;

namespace parindex {

// The exact values a chart shows, as the texts of its hover tips. The chart builders attach them to their
// series (a line's tips by year, a bar set's by bar); a view only asks for the text under the mouse.
class ChartTips
{
    Q_DECLARE_TR_FUNCTIONS(ChartTips)
public:
    static void setForLine(QXYSeries *series, const std::map<int, QString> &tipsByYear);
    static void setForBars(QBarSet *set, const QStringList &tips);

    // The tip of the series' point nearest to `point` (in the chart's values); empty where it has none.
    static QString forPoint(const QXYSeries *series, const QPointF &point);
    // The tip of bar `index` of the set; empty where it has none (an empty slot of a stacked series).
    static QString forBar(const QBarSet *set, int index);
};

} // namespace parindex
