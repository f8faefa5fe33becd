#include "trendchart.h"

#include "chartstyle.h"
#include "charttips.h"
#include "pinnedlabels.h"

#include <QtCharts/QAreaSeries>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
using namespace chartstyle;

QList<std::optional<QPointF>> pointsOf(const UnitTrend &unit)
{
    QList<std::optional<QPointF>> points;
    for (const TrendPoint &p : unit.points)
        points.append(p.index ? std::optional(QPointF(p.year, p.index->toDouble())) : std::nullopt);
    return points;
}

QList<std::optional<QPointF>> pointsOf(const QList<YearValue> &values)
{
    QList<std::optional<QPointF>> points;
    for (const YearValue &v : values)
        points.append(v.value ? std::optional(QPointF(v.year, v.value->toDouble())) : std::nullopt);
    return points;
}

// A predecessor's years, then the point of the unit it continues into in the year of the link: the dashed line
// joins the line it went into. No point is made up: without a result either side the line stops short.
QList<std::optional<QPointF>> pointsOf(const PredecessorTrend &pre)
{
    QList<std::optional<QPointF>> points;
    for (const TrendPoint &p : pre.points)
        points.append(p.index ? std::optional(QPointF(p.year, p.index->toDouble())) : std::nullopt);
    // Joined only from a value in the year just before: never a lone point on the successor's own line.
    const bool joined = pre.joinIndex && !points.isEmpty() && points.last();
    points.append(joined ? std::optional(QPointF(pre.fromYear, pre.joinIndex->toDouble())) : std::nullopt);
    return points;
}

// "Hoằng Hóa / 2023: 91,92% – Xuất sắc, rank 2": what a point of a unit's line says under the mouse.
std::map<int, QString> tipsOf(const QString &name, const QList<TrendPoint> &points, const QLocale &locale)
{
    std::map<int, QString> tips;
    for (const TrendPoint &p : points) {
        if (!p.index)
            continue;
        QString value = TrendChart::tr("%1: %2%").arg(p.year).arg(number(*p.index, locale));
        if (p.classCode)
            value += TrendChart::tr(" – %1").arg(ClassBands::label(*p.classCode));
        if (p.rank)
            value += TrendChart::tr(", rank %1").arg(*p.rank);
        tips[p.year] = name + u'\n' + value;
    }
    return tips;
}

// A predecessor's line: the colour of the line it continues into, lighter, dashed (each of a unit's predecessors
// with its own dash pattern, so that three merged communes can be told apart), thinner, with small markers.
QPen predecessorPen(const QColor &unitColour, qsizetype i)
{
    static const Qt::PenStyle styles[] = {Qt::DashLine, Qt::DashDotLine, Qt::DotLine, Qt::DashDotDotLine};
    QColor colour = unitColour;
    colour.setAlphaF(1.0);
    QPen pen(colour.lighter(150), 2, styles[i % std::size(styles)]);
    return pen;
}

std::map<int, QString> tipsOf(const QString &name, const QList<YearValue> &values, const QLocale &locale)
{
    std::map<int, QString> tips;
    for (const YearValue &v : values) {
        if (v.value)
            tips[v.year] = name + u'\n' + TrendChart::tr("%1: %2%").arg(v.year).arg(number(*v.value, locale));
    }
    return tips;
}

void setTips(const QList<QLineSeries *> &lines, const std::map<int, QString> &tips)
{
    for (QLineSeries *line : lines)
        ChartTips::setForLine(line, tips);
}

// The bottom of the index axis: ten below the lowest value shown, on a multiple of ten, at most 90.
qreal axisBottom(const TrendSeries &series, const TrendChartOptions &options)
{
    std::optional<Fixed> lowest;
    auto consider = [&](const std::optional<Fixed> &v) {
        if (v && (!lowest || *v < *lowest))
            lowest = v;
    };
    for (const UnitTrend &unit : series.units) {
        for (const TrendPoint &p : unit.points)
            consider(p.index);
        for (const PredecessorTrend &pre : unit.predecessors) {
            for (const TrendPoint &p : pre.points)
                consider(p.index);
        }
    }
    for (const YearValue &v : options.average ? series.average : QList<YearValue>())
        consider(v.value);
    for (const YearValue &v : options.median ? series.median : QList<YearValue>())
        consider(v.value);
    if (!lowest)
        return 0;
    return std::clamp(std::floor((lowest->toDouble() - 3) / 10) * 10, 0.0, 90.0);
}

// The class bands as light areas behind the lines, with their names on a right-hand axis.
void addBands(QChart *chart, const ClassBands &bands, qreal bottom, QValueAxis *years)
{
    struct Span
    {
        ClassCode code;
        qreal from;
        qreal to;
    };
    QList<Span> spans; // from the bottom up
    qreal top = 100;
    for (const ClassBands::Band &band : bands.bands()) {
        const qreal from = std::max(band.minIndex.toDouble(), bottom);
        if (top > from)
            spans.prepend({band.code, from, top});
        top = std::min(top, band.minIndex.toDouble());
    }

    // The axis is complete before a series is attached: Qt sizes a category axis from its categories.
    auto *names = new QCategoryAxis;
    names->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    names->setGridLineVisible(false);
    names->setLineVisible(false);
    names->setStartValue(bottom);
    for (const Span &span : spans)
        names->append(ClassBands::label(span.code), span.to);
    names->setRange(bottom, 100);
    chart->addAxis(names, Qt::AlignRight);

    for (const Span &span : spans) {
        // The area does not own its edges: they are its children, or they would outlive the chart.
        auto *area = new QAreaSeries;
        auto *upper = new QLineSeries(area);
        upper->append(years->min(), span.to);
        upper->append(years->max(), span.to);
        auto *lower = new QLineSeries(area);
        lower->append(years->min(), span.from);
        lower->append(years->max(), span.from);
        area->setUpperSeries(upper);
        area->setLowerSeries(lower);
        area->setObjectName(u"band:"_s + classCodeName(span.code));
        area->setName(ClassBands::label(span.code));
        area->setBrush(classBackground(span.code));
        area->setPen(Qt::NoPen);
        // On the names axis (the index axis's range), which shows its labels only with a series attached.
        addSeries(chart, area, {years, names});
        hideFromLegend(chart, area);
    }
}

// The predecessors of a unit (lineage): dashed, lighter lines up to the year before the link, joined to the point
// the unit it went into has that year, named in the legend with their relation ("Hoằng Xuân (hợp nhất vào Hoằng
// Phú)"); one without a result in the group is a legend entry only, so that it is named, not dropped.
// Series objectName "predecessor:<unit>:<code>".
void addPredecessors(QChart *chart, const UnitTrend &unit, const QColor &colour, const QString &groupCode,
    const QLocale &locale, PinnedLabels *labels, const QList<QAbstractAxis *> &axes)
{
    for (qsizetype k = 0; k < unit.predecessors.size(); ++k) {
        const PredecessorTrend &pre = unit.predecessors[k];
        const QString name = Trends::predecessorLabel(pre, groupCode, locale);
        const QString objectName = u"predecessor:"_s + unit.unitCode + u':' + pre.unitCode;
        const QPen pen = predecessorPen(colour, k);
        QList<QLineSeries *> lines = addBrokenLine(chart, pointsOf(pre), name, objectName, pen, 4, axes);
        if (lines.isEmpty()) {
            auto *line = new QLineSeries;
            line->setObjectName(objectName);
            line->setName(name);
            line->setPen(pen);
            line->setColor(pen.color());
            addSeries(chart, line, axes);
            continue;
        }
        setTips(lines, tipsOf(name, pre.points, locale));
        if (!labels)
            continue;
        // The short name at the first year it has a value, where the line starts.
        for (const TrendPoint &p : pre.points) {
            if (p.index) {
                for (QLineSeries *line : lines) {
                    if (line->points().contains(QPointF(p.year, p.index->toDouble()))) {
                        labels->add(line, QPointF(p.year, p.index->toDouble()), pre.unitName, PinnedLabels::Side::Above,
                            pen.color().darker(160), false, 6);
                        break;
                    }
                }
                break;
            }
        }
    }
}
} // namespace

QChart *TrendChart::build(const TrendSeries &series, const ChartContext &context, const TrendChartOptions &options)
{
    QString title;
    if (series.years.isEmpty())
        title = tr("PAR Index of %1").arg(context.groupNameInSentence());
    else if (series.years.size() == 1)
        title = tr("PAR Index of %1, %2").arg(context.groupNameInSentence()).arg(series.years.first());
    else
        title = tr("PAR Index of %1, %2–%3")
                    .arg(context.groupNameInSentence())
                    .arg(series.years.first())
                    .arg(series.years.last());
    QChart *chart = newChart(title, context.locale);

    QValueAxis *years = yearAxis(series.years, tr("Year"));
    const qreal bottom = axisBottom(series, options);
    QValueAxis *index = valueAxis(bottom, 100, 0, 10, tr("PAR Index (%)"));
    chart->addAxis(years, Qt::AlignBottom);
    chart->addAxis(index, Qt::AlignLeft);
    addBands(chart, context.bands, bottom, years);

    auto *labels = series.units.size() <= LabelledUnits ? new PinnedLabels(chart) : nullptr;
    for (qsizetype i = 0; i < series.units.size(); ++i) {
        const UnitTrend &unit = series.units[i];
        QPen pen(unitColor(i), 2.5);
        const QList<QLineSeries *> lines
            = addBrokenLine(chart, pointsOf(unit), unit.unitName, u"unit:"_s + unit.unitCode, pen, 5, {years, index});
        setTips(lines, tipsOf(unit.unitName, unit.points, context.locale));
        addPredecessors(chart, unit, unitColor(i), series.groupCode, context.locale, labels, {years, index});
        if (!labels || lines.isEmpty())
            continue;
        for (const TrendPoint &p : unit.points) {
            if (p.index) {
                labels->add(lines.first(), QPointF(p.year, p.index->toDouble()), number(*p.index, context.locale),
                    PinnedLabels::Side::Above, unitColor(i).darker(130), true, 8);
            }
        }
    }
    if (options.average) {
        QPen pen(statisticColor(), 2, Qt::DashLine);
        setTips(
            addBrokenLine(chart, pointsOf(series.average), tr("Group average"), u"average"_s, pen, 0, {years, index}),
            tipsOf(tr("Group average"), series.average, context.locale));
    }
    if (options.median) {
        QPen pen(statisticColor().lighter(180), 2, Qt::DotLine);
        setTips(addBrokenLine(chart, pointsOf(series.median), tr("Group median"), u"median"_s, pen, 0, {years, index}),
            tipsOf(tr("Group median"), series.median, context.locale));
    }

    // Ten names read better in a column on the right than squeezed into a row; so do the long names of predecessors
    // ("Hoằng Xuân (hợp nhất vào Hoằng Phú)"), which a row cuts short.
    const bool predecessors = std::any_of(
        series.units.cbegin(), series.units.cend(), [](const UnitTrend &unit) { return !unit.predecessors.isEmpty(); });
    chart->legend()->setAlignment(series.units.size() > 4 || predecessors ? Qt::AlignRight : Qt::AlignBottom);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    return chart;
}

} // namespace parindex
