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

// "Hoằng Hóa / 2023: 91,92% – Xuất sắc, rank 2": what a point of a unit's line says under the mouse.
std::map<int, QString> tipsOf(const UnitTrend &unit, const QLocale &locale)
{
    std::map<int, QString> tips;
    for (const TrendPoint &p : unit.points) {
        if (!p.index)
            continue;
        QString value = TrendChart::tr("%1: %2%").arg(p.year).arg(number(*p.index, locale));
        if (p.classCode)
            value += TrendChart::tr(" – %1").arg(ClassBands::label(*p.classCode));
        if (p.rank)
            value += TrendChart::tr(", rank %1").arg(*p.rank);
        tips[p.year] = unit.unitName + u'\n' + value;
    }
    return tips;
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
        setTips(lines, tipsOf(unit, context.locale));
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

    // Ten names read better in a column on the right than squeezed into a row.
    chart->legend()->setAlignment(series.units.size() > 4 ? Qt::AlignRight : Qt::AlignBottom);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    return chart;
}

} // namespace parindex
