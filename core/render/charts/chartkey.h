#pragma once

#include <QtCharts/QChart>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtGui/QColor>

class QGraphicsRectItem;
class QGraphicsTextItem;

namespace parindex {

// A key below the plot in columns whose texts wrap, for entries too long for Qt Charts' legend, which
// puts a bottom legend in one row and cuts each text short ("8. Tác động c…"). The chart's bottom
// margin grows to hold it whenever the chart is resized.
class ChartKey : public QObject
{
    Q_OBJECT
public:
    ChartKey(QChart *chart, int columns);

    void add(const QColor &color, const QString &text);
    QStringList texts() const;

private:
    void layOut();

    struct Entry
    {
        QGraphicsRectItem *swatch;
        QGraphicsTextItem *text;
    };
    QChart *m_chart;
    int m_columns;
    int m_baseMargin;
    QList<Entry> m_entries;
};

} // namespace parindex
