#include "comparisonlistpaint.h"

#include "chartstyle.h"

#include <QtGui/QFontMetricsF>
#include <QtGui/QPainter>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
constexpr qreal Pad = 6;
constexpr qreal KeySquare = 10;

QColor gridColor()
{
    return QColor(0xe4, 0xe4, 0xe4);
}

QColor highlightColor()
{
    return QColor(0xff, 0xf1, 0xb8); // a checked unit's row, as a marker pen would
}

QFont bold(QFont font)
{
    font.setBold(true);
    return font;
}

// The key's entries placed left to right, a new line when the next one does not fit: their top-left corners.
QList<QPointF> keyPlaces(const ComparisonList &list, const QFont &font, qreal width)
{
    const QFontMetricsF fm(font);
    const qreal line = fm.height() + 4;
    QList<QPointF> places;
    QPointF at;
    for (const ComparisonList::KeyEntry &entry : list.key) {
        const qreal w = std::min(width, KeySquare + 4 + fm.horizontalAdvance(entry.label) + 2 * Pad);
        if (at.x() > 0 && at.x() + w > width)
            at = QPointF(0, at.y() + line);
        places.append(at);
        at.rx() += w;
    }
    return places;
}

void dashedLine(QPainter *painter, qreal x, qreal top, qreal bottom)
{
    painter->setPen(QPen(chartstyle::statisticColor(), 1, Qt::DashLine));
    painter->drawLine(QPointF(x, top), QPointF(x, bottom));
}
} // namespace

ComparisonListPaint::Columns ComparisonListPaint::columns(const QFont &font, qreal width)
{
    const QFontMetricsF fm(font);
    Columns c;
    c.rankRight = Pad + std::max(fm.horizontalAdvance(u"0000"_s), fm.horizontalAdvance(tr("Rank")));
    c.nameLeft = c.rankRight + Pad;
    c.nameRight = c.nameLeft + std::clamp(width * 0.34, 120.0, 340.0);
    c.barLeft = c.nameRight + Pad;
    // Room after 100 for the value written at the end of the longest bar.
    c.barRight = std::max(c.barLeft + 50, width - Pad - fm.horizontalAdvance(u" 100,00"_s) - Pad);
    return c;
}

qreal ComparisonListPaint::rowHeight(const QFont &font)
{
    return std::ceil(QFontMetricsF(font).height() + 6);
}

void ComparisonListPaint::paintRow(QPainter *painter, const QRectF &rect, const ComparisonList &list,
    const ComparisonRow &row, const QFont &font, bool shaded)
{
    paintBackground(painter, rect, row, shaded);
    paintGrid(painter, rect, font);
    paintBar(painter, rect, row, font);
    paintThresholds(painter, rect, list, font);
}

void ComparisonListPaint::paintBackground(QPainter *painter, const QRectF &rect, const ComparisonRow &row, bool shaded)
{
    if (row.highlighted)
        painter->fillRect(rect, highlightColor());
    else if (shaded)
        painter->fillRect(rect, QColor(0xf6, 0xf6, 0xf6));
}

void ComparisonListPaint::paintGrid(QPainter *painter, const QRectF &rect, const QFont &font)
{
    const Columns c = columns(font, rect.width());
    painter->save();
    painter->setPen(QPen(gridColor(), 1));
    for (int tick = 0; tick <= 100; tick += 10)
        painter->drawLine(
            QPointF(rect.left() + c.x(tick), rect.top()), QPointF(rect.left() + c.x(tick), rect.bottom()));
    painter->restore();
}

void ComparisonListPaint::paintThresholds(
    QPainter *painter, const QRectF &rect, const ComparisonList &list, const QFont &font)
{
    const Columns c = columns(font, rect.width());
    painter->save();
    for (double threshold : list.thresholds)
        dashedLine(painter, rect.left() + c.x(threshold), rect.top(), rect.bottom());
    painter->restore();
}

void ComparisonListPaint::paintBar(QPainter *painter, const QRectF &rect, const ComparisonRow &row, const QFont &font)
{
    const Columns c = columns(font, rect.width());
    const qreal left = rect.left();
    painter->save();
    const qreal barHeight = std::round(rect.height() * 0.64);
    const qreal barTop = rect.top() + (rect.height() - barHeight) / 2;
    painter->setPen(Qt::NoPen);
    if (row.segments.isEmpty()) {
        painter->setBrush(row.color);
        painter->drawRect(QRectF(left + c.x(0), barTop, c.x(row.index) - c.x(0), barHeight));
    } else {
        double from = 0;
        for (const auto &[share, color] : row.segments) {
            painter->setBrush(color);
            painter->drawRect(QRectF(left + c.x(from), barTop, c.x(from + share) - c.x(from), barHeight));
            from += share;
        }
    }

    painter->setFont(row.highlighted ? bold(font) : font);
    painter->setPen(Qt::black);
    const QFontMetricsF fm(painter->font());
    painter->drawText(
        QRectF(left, rect.top(), c.rankRight, rect.height()), Qt::AlignRight | Qt::AlignVCenter, row.rank);
    const qreal nameWidth = c.nameRight - c.nameLeft;
    painter->drawText(QRectF(left + c.nameLeft, rect.top(), nameWidth, rect.height()), Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(row.name, Qt::ElideRight, nameWidth));
    const qreal valueLeft = left + c.x(row.index) + 4;
    painter->drawText(QRectF(valueLeft, rect.top(), rect.right() - valueLeft, rect.height()),
        Qt::AlignLeft | Qt::AlignVCenter, row.value);
    painter->restore();
}

qreal ComparisonListPaint::titleHeight(const ComparisonList &list, const QFont &font, qreal width)
{
    const QFontMetricsF fm(bold(font));
    return fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, list.title).height() + 6;
}

void ComparisonListPaint::paintTitle(
    QPainter *painter, const QRectF &rect, const ComparisonList &list, const QFont &font)
{
    painter->save();
    painter->setFont(bold(font));
    painter->setPen(Qt::black);
    painter->drawText(rect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, list.title);
    painter->restore();
}

qreal ComparisonListPaint::keyHeight(const ComparisonList &list, const QFont &font, qreal width)
{
    if (list.key.isEmpty())
        return 0;
    return keyPlaces(list, font, width).last().y() + QFontMetricsF(font).height() + 4;
}

void ComparisonListPaint::paintKey(QPainter *painter, const QRectF &rect, const ComparisonList &list, const QFont &font)
{
    const QList<QPointF> places = keyPlaces(list, font, rect.width());
    const QFontMetricsF fm(font);
    painter->save();
    painter->setFont(font);
    for (qsizetype i = 0; i < list.key.size(); ++i) {
        const QPointF at = rect.topLeft() + places[i];
        const qreal middle = at.y() + fm.height() / 2;
        painter->setPen(Qt::NoPen);
        painter->setBrush(list.key[i].color);
        painter->drawRect(QRectF(at.x(), middle - KeySquare / 2, KeySquare, KeySquare));
        painter->setPen(Qt::black);
        const qreal textLeft = at.x() + KeySquare + 4;
        const qreal room = rect.right() - textLeft;
        painter->drawText(QRectF(textLeft, at.y(), room, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(list.key[i].label, Qt::ElideRight, room));
    }
    painter->restore();
}

qreal ComparisonListPaint::scaleHeight(const QFont &font)
{
    return std::ceil(2 * QFontMetricsF(font).height() + 8);
}

void ComparisonListPaint::paintScale(
    QPainter *painter, const QRectF &rect, const ComparisonList &list, const QFont &font)
{
    const Columns c = columns(font, rect.width());
    const QFontMetricsF fm(font);
    const qreal left = rect.left();
    const QRectF upper(rect.left(), rect.top() + 2, rect.width(), fm.height());
    const QRectF lower(rect.left(), upper.bottom() + 2, rect.width(), fm.height());
    painter->save();
    painter->setFont(font);
    painter->setPen(Qt::black);
    for (const ComparisonList::Band &band : list.bands) {
        const qreal from = left + c.x(band.from);
        const qreal width = c.x(band.to) - c.x(band.from);
        painter->drawText(QRectF(from, upper.top(), width, upper.height()), Qt::AlignHCenter | Qt::AlignVCenter,
            fm.elidedText(band.label, Qt::ElideRight, width - 2));
    }
    painter->drawText(QRectF(left, upper.top(), c.nameRight, upper.height()), Qt::AlignRight | Qt::AlignVCenter,
        fm.elidedText(list.indexAxis, Qt::ElideLeft, c.nameRight - c.nameLeft));
    painter->drawText(
        QRectF(left, lower.top(), c.rankRight, lower.height()), Qt::AlignRight | Qt::AlignVCenter, tr("Rank"));
    painter->drawText(QRectF(left + c.nameLeft, lower.top(), c.nameRight - c.nameLeft, lower.height()),
        Qt::AlignLeft | Qt::AlignVCenter, tr("Unit"));
    for (int tick = 0; tick <= 100; tick += 10) {
        const QString label = QString::number(tick);
        const qreal w = fm.horizontalAdvance(label);
        painter->drawText(QPointF(left + c.x(tick) - w / 2, lower.top() + fm.ascent()), label);
    }
    painter->setPen(QPen(chartstyle::statisticColor(), 1));
    painter->drawLine(QPointF(rect.left(), rect.bottom() - 0.5), QPointF(rect.right(), rect.bottom() - 0.5));
    for (double threshold : list.thresholds)
        dashedLine(painter, left + c.x(threshold), upper.top(), rect.bottom());
    painter->restore();
}

} // namespace parindex
