#pragma once

#include <QtCharts/QChart>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QPointF>
#include <QtGui/QColor>

class QGraphicsRectItem;
class QGraphicsSimpleTextItem;

namespace parindex {

// Texts pinned to points in a series' coordinates (the end of a bar, the last point of a line), in the
// locale's number format that Qt Charts' own point labels lack, moved whenever the plot area changes.
// Each text sits on a light backing so that grid and threshold lines do not cross it.
class PinnedLabels : public QObject
{
    Q_OBJECT
public:
    enum class Side { Right, Above };

    explicit PinnedLabels(QChart *chart);

    // `gap`: pixels between the point and the text (a line's marker needs more room than a bar's end).
    void add(QAbstractSeries *series, QPointF value, const QString &text, Side side, const QColor &color = Qt::black,
        bool bold = false, qreal gap = 4);

    QStringList texts() const;
    // The widest text, for the room a chart keeps on its right.
    qreal widest() const;

private:
    void place();

    struct Pin
    {
        QAbstractSeries *series;
        QPointF value;
        Side side;
        qreal gap;
        QGraphicsRectItem *backing;
        QGraphicsSimpleTextItem *text;
    };
    QChart *m_chart;
    QList<Pin> m_pins;
};

} // namespace parindex
