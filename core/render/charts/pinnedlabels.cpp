#include "pinnedlabels.h"

#include <QtGui/QPen>
#include <QtWidgets/QGraphicsRectItem>
#include <QtWidgets/QGraphicsSimpleTextItem>

#include <algorithm>

namespace parindex {

namespace {
constexpr qreal Padding = 2;
}

PinnedLabels::PinnedLabels(QChart *chart) : QObject(chart), m_chart(chart)
{
    connect(chart, &QChart::plotAreaChanged, this, &PinnedLabels::place);
}

void PinnedLabels::add(
    QAbstractSeries *series, QPointF value, const QString &text, Side side, const QColor &color, bool bold, qreal gap)
{
    auto *backing = new QGraphicsRectItem(m_chart);
    backing->setPen(Qt::NoPen);
    backing->setBrush(QColor(255, 255, 255, 200));
    backing->setZValue(10); // above the series
    auto *item = new QGraphicsSimpleTextItem(text, backing);
    item->setBrush(color);
    QFont font = m_chart->font();
    font.setBold(bold);
    item->setFont(font);
    item->setPos(Padding, 0);
    backing->setRect(QRectF(QPointF(), item->boundingRect().size() + QSizeF(2 * Padding, 0)));
    m_pins.append({series, value, side, gap, backing, item});
    place();
}

QStringList PinnedLabels::texts() const
{
    QStringList list;
    for (const Pin &pin : m_pins)
        list.append(pin.text->text());
    return list;
}

qreal PinnedLabels::widest() const
{
    qreal w = 0;
    for (const Pin &pin : m_pins)
        w = std::max(w, pin.backing->rect().width());
    return w;
}

void PinnedLabels::place()
{
    for (const Pin &pin : std::as_const(m_pins)) {
        const QPointF at = m_chart->mapToPosition(pin.value, pin.series);
        const QRectF box = pin.backing->rect();
        if (pin.side == Side::Right)
            pin.backing->setPos(at.x() + pin.gap - Padding, at.y() - box.height() / 2);
        else
            pin.backing->setPos(at.x() - box.width() / 2, at.y() - box.height() - pin.gap);
    }
}

} // namespace parindex
