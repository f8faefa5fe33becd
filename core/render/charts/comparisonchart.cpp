#include "comparisonchart.h"

#include "chartkey.h"
#include "chartstyle.h"
#include "charttips.h"
#include "pinnedlabels.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
using namespace chartstyle;

// Room right of 100 for the value at the end of the longest bar.
constexpr qreal AxisEnd = 108;
constexpr int RowHeight = 24;
constexpr int KeyColumns = 2;

QString categoryOf(const ComparisonBar &bar, const ChartContext &context)
{
    return wrapped(ComparisonChart::nameOf(bar, context), 50);
}

// Bar i of the chart is bars[n - 1 - i]: Qt puts the first category at the bottom, the ranking reads from the top.
const ComparisonBar &barAt(const ComparisonData &data, qsizetype i)
{
    return data.bars[data.bars.size() - 1 - i];
}

void addClassSets(QHorizontalStackedBarSeries *series, const ComparisonData &data, const ChartContext &context)
{
    for (ClassCode code :
        {ClassCode::Excellent, ClassCode::Good, ClassCode::Fair, ClassCode::Average, ClassCode::Weak}) {
        const bool present = std::any_of(
            data.bars.cbegin(), data.bars.cend(), [&](const ComparisonBar &b) { return b.classCode == code; });
        if (!present)
            continue;
        auto *set = new QBarSet(context.classLabel(code));
        set->setColor(classColor(code));
        set->setBorderColor(classColor(code));
        QStringList tips;
        for (qsizetype i = 0; i < data.bars.size(); ++i) {
            const ComparisonBar &bar = barAt(data, i);
            set->append(bar.classCode == code ? bar.index.toDouble() : 0.0);
            tips.append(bar.classCode == code ? ComparisonChart::tipOf(bar, context) : QString());
        }
        ChartTips::setForBars(set, tips);
        series->append(set);
    }
}

// Area titles are long ("Tác động của cải cách hành chính đến người dân, ..."): they go in a key that wraps.
void addAreaSets(
    QChart *chart, QHorizontalStackedBarSeries *series, const ComparisonData &data, const ChartContext &context)
{
    auto *key = new ChartKey(chart, KeyColumns);
    for (qsizetype a = 0; a < data.areas.size(); ++a) {
        const QString name = ComparisonChart::areaName(data.areas[a]);
        key->add(areaColor(a), name);
        auto *set = new QBarSet(name);
        set->setColor(areaColor(a));
        set->setBorderColor(Qt::white);
        QStringList tips;
        for (qsizetype i = 0; i < data.bars.size(); ++i) {
            const ComparisonBar &bar = barAt(data, i);
            std::optional<Fixed> share;
            for (const AreaContribution &c : bar.areas) {
                if (c.code == data.areas[a].code)
                    share = c.share;
            }
            set->append(share.value_or(Fixed()).toDouble());
            tips.append(share ? ComparisonChart::areaTip(bar, context, name, *share) : QString());
        }
        ChartTips::setForBars(set, tips);
        series->append(set);
    }
}

// Dashed lines where the classes begin, and the class names along the top.
void addThresholds(QChart *chart, const ChartContext &context, qsizetype rows, QValueAxis *index)
{
    auto *names = new QCategoryAxis;
    names->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    names->setGridLineVisible(false);
    names->setRange(index->min(), index->max());
    names->setStartValue(0);
    chart->addAxis(names, Qt::AlignTop);
    auto *rowsAxis = new QValueAxis;
    rowsAxis->setRange(-0.5, rows - 0.5);
    rowsAxis->setVisible(false);
    chart->addAxis(rowsAxis, Qt::AlignRight);

    qreal end = 100;
    QList<std::pair<QString, qreal>> labels;
    for (const ClassBands::Band &band : context.bands.bands()) {
        QString name = context.classLabel(band.code);
        if (context.wording.classNamesOnTwoLines)
            name.replace(u' ', u"<br>"_s); // "Xuất sắc" over a band 10 points wide on paper (the label is rich text)
        labels.prepend({name, end});
        end = band.minIndex.toDouble();
        if (band.minIndex <= Fixed())
            continue;
        auto *line = new QLineSeries;
        line->setObjectName(u"threshold:"_s + classCodeName(band.code));
        line->setName(context.classLabel(band.code));
        line->setPen(QPen(statisticColor(), 1.2, Qt::DashLine));
        line->append(band.minIndex.toDouble(), -0.5);
        line->append(band.minIndex.toDouble(), rows - 0.5);
        addSeries(chart, line, {names, rowsAxis});
        hideFromLegend(chart, line);
    }
    for (const auto &[label, to] : labels)
        names->append(label, to);
}
} // namespace

QSize ComparisonChart::sizeFor(qsizetype bars, qsizetype keyEntries)
{
    const qsizetype keyRows = (keyEntries + KeyColumns - 1) / KeyColumns;
    return {1000, int(std::max<qsizetype>(650, 170 + RowHeight * bars + 2 * RowHeight * keyRows))};
}

QString ComparisonChart::titleOf(const ComparisonData &data, const ChartContext &context)
{
    const QString own = context.wording.title;
    return own.isEmpty() ? tr("PAR Index of %1, %2").arg(context.groupNameInSentence()).arg(data.year) : own;
}

QString ComparisonChart::indexAxisOf(const ChartContext &context)
{
    const QString own = context.wording.indexAxis;
    return own.isEmpty() ? tr("PAR Index (%)") : own;
}

QString ComparisonChart::nameOf(const ComparisonBar &bar, const ChartContext &context)
{
    if (bar.rank)
        return tr("%1. %2").arg(*bar.rank).arg(bar.unitName);
    return unrankedName(bar, context);
}

QString ComparisonChart::unrankedName(const ComparisonBar &bar, const ChartContext &context)
{
    const QString notRanked = context.wording.notRanked;
    return (notRanked.isEmpty() ? tr("%1 (not ranked)") : notRanked).arg(bar.unitName);
}

QString ComparisonChart::tipOf(const ComparisonBar &bar, const ChartContext &context)
{
    return tr("%1: %2% – %3")
        .arg(nameOf(bar, context), number(bar.index, context.locale), context.classLabel(bar.classCode));
}

QString ComparisonChart::areaName(const ComparisonData::Area &area)
{
    return tr("%1. %2").arg(area.code, area.title);
}

QString ComparisonChart::areaTip(
    const ComparisonBar &bar, const ChartContext &context, const QString &areaName, Fixed share)
{
    return tr("%1\n%2: %3 of the index %4%")
        .arg(tipOf(bar, context), areaName, number(share, context.locale), number(bar.index, context.locale));
}

QChart *ComparisonChart::build(
    const ComparisonData &data, const ChartContext &context, const ComparisonChartOptions &options)
{
    QChart *chart = newChart(titleOf(data, context), context.locale);

    auto *units = new QBarCategoryAxis;
    units->setTruncateLabels(false);
    for (qsizetype i = 0; i < data.bars.size(); ++i)
        units->append(categoryOf(barAt(data, i), context));
    QValueAxis *index = valueAxis(0, AxisEnd, 0, 10, indexAxisOf(context));
    chart->addAxis(units, Qt::AlignLeft);
    chart->addAxis(index, Qt::AlignBottom);

    auto *bars = new QHorizontalStackedBarSeries;
    bars->setObjectName(u"bars"_s);
    bars->setBarWidth(0.7);
    if (options.stackByArea)
        addAreaSets(chart, bars, data, context);
    else
        addClassSets(bars, data, context);
    addSeries(chart, bars, {units, index});
    addThresholds(chart, context, data.bars.size(), index);

    auto *labels = new PinnedLabels(chart);
    for (qsizetype i = 0; i < data.bars.size(); ++i) {
        const ComparisonBar &bar = barAt(data, i);
        labels->add(
            bars, QPointF(bar.index.toDouble(), i), number(bar.index, context.locale), PinnedLabels::Side::Right);
    }

    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setVisible(!options.stackByArea);
    return chart;
}

} // namespace parindex
