#include "movementchart.h"

#include "chartstyle.h"
#include "charttips.h"
#include "pinnedlabels.h"

#include "desk/movementtext.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
using namespace chartstyle;

constexpr qreal BarWidth = 0.6;
constexpr int LabelWidth = 13; // characters per line of an area's title under its bar
constexpr int LabelLines = 4; // lines at most: a longer title ends in "…" (its tip has it whole)

// An area's title under its bar: broken at spaces into lines of about LabelWidth characters, then `mark` ("(new)")
// on a line of its own, at most LabelLines in all, as the rich text of a category axis ("<br>" between escaped
// lines).
QString barLabel(const QString &text, const QString &mark = {})
{
    const int titleLines = mark.isEmpty() ? LabelLines : LabelLines - 1;
    QStringList lines;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && lines.last().size() + 1 + word.size() <= LabelWidth)
            lines.last() += u' ' + word;
        else
            lines.append(word);
    }
    if (lines.size() > titleLines) {
        lines.resize(titleLines);
        lines.last() += u'…';
    }
    if (!mark.isEmpty())
        lines.append(mark);
    if (lines.size() <= 1)
        return text;
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    return lines.join(u"<br>"_s);
}

QColor riseColor()
{
    return QColor(0x2e, 0x9e, 0x4f);
}

QColor fallColor()
{
    return QColor(0xd6, 0x36, 0x2f);
}

QColor indexColor()
{
    return QColor(0x4e, 0x79, 0xa7);
}

// A step of the axis that gives about five to ten ticks over `span` index points.
qreal stepFor(qreal span)
{
    for (qreal step : {0.5, 1.0, 2.0, 5.0, 10.0}) {
        if (span / step <= 10)
            return step;
    }
    return 20;
}
} // namespace

QSize MovementChart::sizeFor(qsizetype areas)
{
    return {int(std::max<qsizetype>(900, 240 + 110 * areas)), 620};
}

QChart *MovementChart::build(const IndexMovement &m, const ChartContext &context)
{
    QChart *chart
        = newChart(tr("%1: index %2 to %3, by area").arg(m.unitName).arg(m.previousYear).arg(m.year), context.locale);

    // The running level before and after each bar, in exact hundredths: it ends at the later index exactly.
    struct Step
    {
        QString label;
        QString tip;
        Fixed from;
        Fixed to;
        bool end; // the earlier or later index: a bar from the axis
    };
    QList<Step> steps;
    const auto indexLabel = [&](int year) { return barLabel(tr("Index %1").arg(year)); };
    steps.append({indexLabel(m.previousYear),
        tr("Index %1: %2%").arg(m.previousYear).arg(number(m.previousIndex, context.locale)), Fixed(), m.previousIndex,
        true});
    Fixed level = m.previousIndex;
    for (const AreaMovement &a : m.areas) {
        const QString mark = a.isNew() ? tr("(new)") : a.isRemoved() ? tr("(dropped)") : QString();
        const QString name = mark.isEmpty() ? MovementText::areaName(a) : MovementText::areaName(a) + u' ' + mark;
        const auto side = [&](const std::optional<Fixed> &points, const std::optional<Fixed> &max) -> QString {
            return points && max
                ? tr("%1 of %2 points").arg(number(*points, context.locale), number(*max, context.locale))
                : tr("not assessed");
        };
        const QString tip = tr("%1\n%2: %3\n%4: %5\nContribution: %6 points")
                                .arg(name)
                                .arg(m.previousYear)
                                .arg(side(a.previousPoints, a.previousMax))
                                .arg(m.year)
                                .arg(side(a.points, a.max))
                                .arg(MovementText::signedNumber(a.contribution, context.locale));
        steps.append({barLabel(MovementText::areaName(a), mark), tip, level, level + a.contribution, false});
        level += a.contribution;
    }
    steps.append({indexLabel(m.year), tr("Index %1: %2%").arg(m.year).arg(number(m.index, context.locale)), Fixed(),
        m.index, true});

    auto *categories = new QBarCategoryAxis;
    categories->setTruncateLabels(false);
    for (const Step &s : std::as_const(steps))
        categories->append(s.label);

    // The axis: from a little under the lowest level to a little over the highest, on whole steps.
    qreal low = m.previousIndex.toDouble();
    qreal high = low;
    for (const Step &s : std::as_const(steps)) {
        low = std::min({low, s.to.toDouble(), s.end ? s.to.toDouble() : s.from.toDouble()});
        high = std::max({high, s.to.toDouble(), s.end ? s.to.toDouble() : s.from.toDouble()});
    }
    const qreal step = stepFor(std::max(high - low, 1.0) * 1.3);
    const qreal axisMin = std::max(0.0, std::floor((low - step) / step) * step);
    const qreal axisMax = std::ceil((high + step) / step) * step;
    QValueAxis *values = valueAxis(axisMin, axisMax, axisMin, step, tr("Index (%)"));
    if (step < 1)
        values->setLabelFormat(u"%.1f"_s);
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);

    auto *series = new QStackedBarSeries;
    series->setObjectName(u"waterfall"_s);
    series->setBarWidth(BarWidth);
    const auto newSet = [&](const QString &objectName, const QString &label, const QColor &color) {
        auto *set = new QBarSet(label);
        set->setObjectName(objectName);
        set->setColor(color);
        set->setBorderColor(color);
        series->append(set);
        return set;
    };
    QBarSet *base = newSet(u"base"_s, QString(), Qt::transparent);
    QBarSet *rise = newSet(u"rise"_s, tr("Rise"), riseColor());
    QBarSet *fall = newSet(u"fall"_s, tr("Fall"), fallColor());
    QBarSet *ends = newSet(u"index"_s, tr("Index"), indexColor());
    QStringList riseTips, fallTips, endTips;
    for (const Step &s : std::as_const(steps)) {
        const Fixed bottom = Fixed::min(s.from, s.to);
        const Fixed height = Fixed::max(s.from, s.to) - bottom;
        base->append(s.end ? 0.0 : bottom.toDouble());
        rise->append(!s.end && s.to > s.from ? height.toDouble() : 0.0);
        fall->append(!s.end && s.to < s.from ? height.toDouble() : 0.0);
        ends->append(s.end ? s.to.toDouble() : 0.0);
        riseTips.append(!s.end && s.to > s.from ? s.tip : QString());
        fallTips.append(!s.end && s.to < s.from ? s.tip : QString());
        endTips.append(s.end ? s.tip : QString());
    }
    ChartTips::setForBars(rise, riseTips);
    ChartTips::setForBars(fall, fallTips);
    ChartTips::setForBars(ends, endTips);
    addSeries(chart, series, {categories, values});

    // Thin connectors at the level between one bar and the next.
    QPen connector(QColor(0x88, 0x88, 0x88));
    connector.setWidthF(1);
    connector.setStyle(Qt::DashLine);
    for (qsizetype i = 0; i + 1 < steps.size(); ++i) {
        auto *line = new QLineSeries;
        line->setObjectName(u"connector"_s);
        line->setPen(connector);
        const qreal y = steps[i].to.toDouble();
        line->append(i + BarWidth / 2, y);
        line->append(i + 1 - BarWidth / 2, y);
        addSeries(chart, line, {categories, values});
        hideFromLegend(chart, line);
    }

    // Each bar's value over it: the indices, and the contributions with their sign.
    auto *labels = new PinnedLabels(chart);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const Step &s = steps[i];
        const Fixed top = Fixed::max(s.from, s.to);
        const QString text
            = s.end ? number(s.to, context.locale) : MovementText::signedNumber(s.to - s.from, context.locale);
        const QColor color = s.end ? Qt::black
            : s.to > s.from        ? riseColor().darker(130)
            : s.to < s.from        ? fallColor().darker(130)
                                   : QColor(0x55, 0x55, 0x55);
        labels->add(series, QPointF(i, top.toDouble()), text, PinnedLabels::Side::Above, color, s.end);
    }

    hideFromLegend(chart, series);
    for (QLegendMarker *marker : chart->legend()->markers(series)) {
        const bool shown
            = marker->label() == rise->label() || marker->label() == fall->label() || marker->label() == ends->label();
        marker->setVisible(shown);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace parindex
