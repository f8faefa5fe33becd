#include "charttips.h"

#include <QtCharts/QBarSet>
#include <QtCharts/QXYSeries>
#include <QtCore/QVariantMap>

#include <cmath>

namespace parindex {

namespace {
constexpr char LineTips[] = "parindexTipsByYear";
constexpr char BarTips[] = "parindexTips";
} // namespace

void ChartTips::setForLine(QXYSeries *series, const std::map<int, QString> &tipsByYear)
{
    QVariantMap map;
    for (const auto &[year, text] : tipsByYear)
        map.insert(QString::number(year), text);
    series->setProperty(LineTips, map);
}

void ChartTips::setForBars(QBarSet *set, const QStringList &tips)
{
    set->setProperty(BarTips, tips);
}

QString ChartTips::forPoint(const QXYSeries *series, const QPointF &point)
{
    if (!series)
        return {};
    const QVariantMap map = series->property(LineTips).toMap();
    return map.value(QString::number(qRound(point.x()))).toString();
}

QString ChartTips::forBar(const QBarSet *set, int index)
{
    if (!set)
        return {};
    return set->property(BarTips).toStringList().value(index);
}

} // namespace parindex
