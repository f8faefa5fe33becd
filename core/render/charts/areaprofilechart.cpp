#include "areaprofilechart.h"

#include "chartstyle.h"
#include "charttips.h"
#include "pinnedlabels.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
using namespace chartstyle;

constexpr qreal BarWidth = 0.8;

struct Column
{
    QString objectName;
    QString label;
    QColor color;
    std::function<std::optional<Fixed>(const AreaProfileRow &)> value;
    std::function<QString(const AreaProfileRow &)> missing; // the text where there is no value
};

std::function<QString(const AreaProfileRow &)> always(const QString &text)
{
    return [text](const AreaProfileRow &) { return text; };
}

// What an area is compared with the year before, under its name: nothing for an area continuing its namesake.
QString pastNote(const AreaProfile &profile, const AreaProfileRow &row)
{
    if (!profile.previousYear)
        return {};
    switch (row.past) {
    case AreaPast::NoPreviousYear:
        return {};
    case AreaPast::Continues:
        if (row.previousCodes == QStringList {row.code})
            return {};
        return AreaProfileChart::tr("(%1: area %2)").arg(*profile.previousYear).arg(row.previousCodes.join(u" + "_s));
    case AreaPast::New:
        return AreaProfileChart::tr("(new)");
    case AreaPast::Unlinked:
        return AreaProfileChart::tr("(link to %1 not recorded)").arg(*profile.previousYear);
    }
    return {};
}

const AreaProfileRow &rowAt(const AreaProfile &profile, qsizetype i)
{
    return profile.areas[profile.areas.size() - 1 - i]; // the first area at the top
}
} // namespace

QSize AreaProfileChart::sizeFor(qsizetype areas)
{
    return {1000, int(std::max<qsizetype>(650, 180 + 75 * areas))};
}

QChart *AreaProfileChart::build(const AreaProfile &profile, const ChartContext &context)
{
    QChart *chart = newChart(tr("%1: index by area, %2").arg(profile.unitName).arg(profile.year), context.locale);

    auto *areas = new QBarCategoryAxis;
    areas->setTruncateLabels(false);
    for (qsizetype i = 0; i < profile.areas.size(); ++i) {
        const AreaProfileRow &row = rowAt(profile, i);
        QString label = wrapped(tr("%1. %2").arg(row.code, row.title), 36);
        if (const QString note = pastNote(profile, row); !note.isEmpty()) {
            if (!label.contains(u"<br>"_s))
                label = label.toHtmlEscaped(); // wrapped() leaves a single line as plain text
            label += u"<br>"_s + note.toHtmlEscaped();
        }
        areas->append(label);
    }
    QValueAxis *percent = valueAxis(0, 108, 0, 10, tr("% of the area's maximum"));
    chart->addAxis(areas, Qt::AlignLeft);
    chart->addAxis(percent, Qt::AlignBottom);

    // Qt stacks the sets of a category from the bottom: the previous year lowest, the unit on top.
    QList<Column> columns;
    const bool hasPrevious = std::any_of(
        profile.areas.cbegin(), profile.areas.cend(), [](const AreaProfileRow &r) { return r.previous.has_value(); });
    if (profile.previousYear && hasPrevious) {
        columns.append({u"previous"_s, tr("%1, %2").arg(profile.unitName).arg(*profile.previousYear),
            unitColor(0).lighter(160), [](const AreaProfileRow &r) { return r.previous; },
            [](const AreaProfileRow &r) {
                // A new area has no mark of the year before, only the word; an unlinked one is not compared.
                return r.past == AreaPast::New ? tr("new") : r.past == AreaPast::Unlinked ? tr("not linked") : u"–"_s;
            }});
    }
    columns.append({u"average"_s, tr("Group average, %1").arg(profile.year), statisticColor().lighter(250),
        [](const AreaProfileRow &r) { return r.groupAverage; }, always(u"–"_s)});
    columns.append({u"unit"_s, tr("%1, %2").arg(profile.unitName).arg(profile.year), unitColor(0),
        [](const AreaProfileRow &r) { return r.unit; }, always(tr("not applicable"))});

    auto *series = new QHorizontalBarSeries;
    series->setObjectName(u"areas"_s);
    series->setBarWidth(BarWidth);
    for (const Column &column : columns) {
        auto *set = new QBarSet(column.label);
        set->setObjectName(column.objectName);
        set->setColor(column.color);
        set->setBorderColor(column.color);
        QStringList tips;
        for (qsizetype i = 0; i < profile.areas.size(); ++i) {
            const AreaProfileRow &row = rowAt(profile, i);
            const std::optional<Fixed> v = column.value(row);
            set->append(v.value_or(Fixed()).toDouble());
            tips.append(
                tr("%1\n%2. %3: %4")
                    .arg(column.label, row.code, row.title,
                        v ? tr("%1% of the area's maximum").arg(number(*v, context.locale)) : column.missing(row)));
        }
        ChartTips::setForBars(set, tips);
        series->append(set);
    }
    addSeries(chart, series, {areas, percent});

    // Each bar's value at its end; a set k of m sits at category - width/2 + (k + 1/2) x width/m.
    auto *labels = new PinnedLabels(chart);
    const qreal thickness = BarWidth / columns.size();
    for (qsizetype k = 0; k < columns.size(); ++k) {
        for (qsizetype i = 0; i < profile.areas.size(); ++i) {
            const AreaProfileRow &row = rowAt(profile, i);
            const std::optional<Fixed> v = columns[k].value(row);
            const qreal y = i - BarWidth / 2 + (k + 0.5) * thickness;
            labels->add(series, QPointF(v.value_or(Fixed()).toDouble(), y),
                v ? number(*v, context.locale) : columns[k].missing(row), PinnedLabels::Side::Right,
                columns[k].objectName == u"unit" ? Qt::black : QColor(0x55, 0x55, 0x55),
                columns[k].objectName == u"unit");
        }
    }

    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setReverseMarkers(true); // the unit first, as it is drawn on top
    return chart;
}

} // namespace parindex
