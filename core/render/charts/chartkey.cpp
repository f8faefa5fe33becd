#include "chartkey.h"

#include <QtGui/QPen>
#include <QtGui/QTextDocument>
#include <QtWidgets/QGraphicsRectItem>
#include <QtWidgets/QGraphicsTextItem>

#include <algorithm>

namespace parindex {

namespace {
constexpr qreal Swatch = 11;
constexpr qreal Side = 24; // room left and right of the key
} // namespace

ChartKey::ChartKey(QChart *chart, int columns)
    : QObject(chart), m_chart(chart), m_columns(std::max(columns, 1)), m_baseMargin(chart->margins().bottom())
{
    connect(chart, &QGraphicsWidget::geometryChanged, this, &ChartKey::layOut);
}

void ChartKey::add(const QColor &color, const QString &text)
{
    auto *swatch = new QGraphicsRectItem(QRectF(0, 0, Swatch, Swatch), m_chart);
    swatch->setBrush(color);
    swatch->setPen(Qt::NoPen);
    auto *item = new QGraphicsTextItem(m_chart);
    item->setPlainText(text);
    item->setFont(m_chart->legend()->font());
    item->setDefaultTextColor(m_chart->legend()->labelColor());
    item->document()->setDocumentMargin(0);
    m_entries.append({swatch, item});
    layOut();
}

QStringList ChartKey::texts() const
{
    QStringList list;
    for (const Entry &e : m_entries)
        list.append(e.text->toPlainText());
    return list;
}

void ChartKey::layOut()
{
    const QRectF area = m_chart->rect();
    const qreal columnWidth = (area.width() - 2 * Side) / m_columns;
    const qreal textWidth = std::max<qreal>(columnWidth - Swatch - 12, 40);
    QList<qreal> rowHeights;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        m_entries[i].text->setTextWidth(textWidth);
        if (i % m_columns == 0)
            rowHeights.append(0);
        rowHeights.last() = std::max(rowHeights.last(), m_entries[i].text->boundingRect().height() + 4);
    }
    qreal height = 0;
    for (qreal h : rowHeights)
        height += h;

    qreal y = area.bottom() - m_baseMargin - height;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const qreal x = area.left() + Side + (i % m_columns) * columnWidth;
        m_entries[i].swatch->setPos(x, y + 3);
        m_entries[i].text->setPos(x + Swatch + 6, y);
        if (i % m_columns == m_columns - 1 || i == m_entries.size() - 1)
            y += rowHeights[i / m_columns];
    }
    QMargins margins = m_chart->margins();
    margins.setBottom(m_baseMargin + int(height) + 8);
    m_chart->setMargins(margins);
}

} // namespace parindex
