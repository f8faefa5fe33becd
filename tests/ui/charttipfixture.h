#pragma once

#include "render/charts/charttips.h"

#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>

// What the Charts tab's tests read off a drawn chart.
namespace parindex::test {

// The tip of a unit's bar in the comparison chart ("2. Name: 94,57% – Excellent"), empty if the unit has no bar.
inline QString barTipOf(QChart *chart, const QString &unitName)
{
    using namespace Qt::StringLiterals;
    for (QAbstractSeries *s : chart->series()) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(s);
        if (!bars)
            continue;
        for (QBarSet *set : bars->barSets()) {
            for (int i = 0; i < set->count(); ++i) {
                const QString tip = ChartTips::forBar(set, i);
                if (tip.contains(u". "_s + unitName + u":"_s))
                    return tip;
            }
        }
    }
    return {};
}

} // namespace parindex::test
