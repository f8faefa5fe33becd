#pragma once

#include "comparisonlist.h"

#include <QtCore/QRectF>
#include <QtGui/QFont>

class QPainter;

namespace parindex {

// Drawing a ComparisonList with QPainter, part by part: a view paints the rows it shows, a file every row, with
// the same code. A row reads across: rank, name (cut with "…" when long), bar to its index, the value after it.
class ComparisonListPaint
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonListPaint)
public:
    // Where the parts of a row go across a width; the scale above the rows uses the same.
    struct Columns
    {
        qreal rankRight = 0;
        qreal nameLeft = 0;
        qreal nameRight = 0;
        qreal barLeft = 0; // index 0
        qreal barRight = 0; // index 100
        qreal x(double index) const { return barLeft + (barRight - barLeft) * index / 100.0; }
    };
    static Columns columns(const QFont &font, qreal width);

    static qreal rowHeight(const QFont &font);
    // `shaded`: every other row, to follow a line across a long list.
    static void paintRow(QPainter *painter, const QRectF &rect, const ComparisonList &list, const ComparisonRow &row,
        const QFont &font, bool shaded);
    // A row in its layers, bottom up, for a page that draws the lines once across all its rows: the background,
    // the grid every 10 points, the bar with the texts, the dashed thresholds of the classes.
    static void paintBackground(QPainter *painter, const QRectF &rect, const ComparisonRow &row, bool shaded);
    static void paintGrid(QPainter *painter, const QRectF &rect, const QFont &font);
    static void paintBar(QPainter *painter, const QRectF &rect, const ComparisonRow &row, const QFont &font);
    static void paintThresholds(QPainter *painter, const QRectF &rect, const ComparisonList &list, const QFont &font);

    // The title, bold, wrapped within the width.
    static qreal titleHeight(const ComparisonList &list, const QFont &font, qreal width);
    static void paintTitle(QPainter *painter, const QRectF &rect, const ComparisonList &list, const QFont &font);

    // The key: a coloured square and the name of each class (or area), as many on a line as fit.
    static qreal keyHeight(const ComparisonList &list, const QFont &font, qreal width);
    static void paintKey(QPainter *painter, const QRectF &rect, const ComparisonList &list, const QFont &font);

    // Over the rows: the class names over their stretch of the scale, the column heads and the ticks 0 to 100.
    static qreal scaleHeight(const QFont &font);
    static void paintScale(QPainter *painter, const QRectF &rect, const ComparisonList &list, const QFont &font);
};

} // namespace parindex
