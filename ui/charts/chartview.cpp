#include "chartview.h"

#include "render/charts/charttips.h"

#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QXYSeries>
#include <QtGui/QCursor>
#include <QtWidgets/QToolTip>

namespace parindex {

ChartView::ChartView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
}

ChartView::~ChartView() = default;

void ChartView::show(std::unique_ptr<QChart> chart)
{
    QChart *previous = this->chart();
    QChart *next = chart ? chart.release() : new QChart;
    connectTips(next);
    setChart(next); // the view owns the new chart; the previous one is ours to delete
    delete previous;
    showTip({});
}

void ChartView::connectTips(QChart *chart)
{
    for (QAbstractSeries *series : chart->series()) {
        if (auto *xy = qobject_cast<QXYSeries *>(series)) {
            connect(xy, &QXYSeries::hovered, this, [this, xy](const QPointF &point, bool state) {
                showTip(state ? ChartTips::forPoint(xy, point) : QString());
            });
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                connect(set, &QBarSet::hovered, this,
                    [this, set](bool state, int index) { showTip(state ? ChartTips::forBar(set, index) : QString()); });
            }
        }
    }
}

void ChartView::showTip(const QString &text)
{
    m_tip = text;
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, this);
}

} // namespace parindex
