#pragma once

#include "chartcontext.h"

#include "scoring/trends.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QStringList>
#include <QtGui/QColor>

#include <utility>

namespace parindex {

// One unit of a comparison drawn as a list: what its row shows, ready to paint.
struct ComparisonRow
{
    QString unitCode;
    QString rank; // "12"; empty for a unit of special status, listed without a rank
    QString name; // the unit's name ("… (not ranked)" for a unit without a rank)
    QString value; // "91,92" in the locale's format
    double index = 0;
    QColor color; // the class colour
    QList<std::pair<double, QColor>> segments; // stacked by area: each area's share, in criteria order
    QString tip; // the exact values, as the chart's tips say them
    bool highlighted = false; // a unit checked in the Charts tab
};

// The comparison of a large group as a list of rows (rank, name, bar, value) instead of a Qt Charts chart: a
// chart lays out every one of its bars at once (1.5 s for 3,321 communes on the GUI thread), a list is painted
// row by row, so a view paints only the rows it shows and a file holds every row (comparisonlistpaint.h).
// The same colours, classes, thresholds and tips as ComparisonChart.
class ComparisonList
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonList)
public:
    // A comparison of more bars than this is drawn as a list: a chart of 200 bars still builds in about 0.1 s.
    static constexpr int MaxChartBars = 200;

    struct KeyEntry
    {
        QColor color;
        QString label;
    };
    // A class's stretch of the index scale, named along the top.
    struct Band
    {
        double from = 0;
        double to = 100;
        QString label;
    };

    QString title;
    QString indexAxis; // "PAR Index (%)"
    QList<ComparisonRow> rows; // the ranking's order, highest first
    QList<KeyEntry> key; // the classes present (or the areas, stacked by area)
    QList<Band> bands; // highest first
    QList<double> thresholds; // where the classes begin (dashed lines), above 0
    QStringList notes; // what the reader should know (printed under the rows of a file)

    // `highlighted`: unit codes whose rows are marked (the units checked in the Charts tab).
    static ComparisonList build(
        const ComparisonData &data, const ChartContext &context, bool stackByArea, const QStringList &highlighted = {});
};

} // namespace parindex

Q_DECLARE_METATYPE(parindex::ComparisonRow)
