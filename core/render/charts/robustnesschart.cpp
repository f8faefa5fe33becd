#include "robustnesschart.h"

#include "chartstyle.h"

#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <QtCore/QSet>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
using namespace chartstyle;

constexpr int RowHeight = 22;

// One end of the ranking drawn against its own rank axis: rows [from, to) of result.units.
struct Section
{
    qsizetype from = 0;
    qsizetype to = 0;
    int firstRow = 0; // the chart's row of `from`, 0 at the top
};

// 1, 2, 5, 10, 20, 50 ...: about `ticks` steps across `span`.
qreal niceStep(qreal span, int ticks)
{
    const qreal rough = std::max(1.0, span / ticks);
    const qreal power = std::pow(10.0, std::floor(std::log10(rough)));
    for (qreal m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * power >= rough)
            return m * power;
    }
    return 10 * power;
}

QString rowLabel(const UnitRobustness &u)
{
    return RobustnessChart::tr("%1. %2").arg(u.rank).arg(u.unitName);
}
} // namespace

QString RobustnessChart::titleOf(const RobustnessResult &result, const ChartContext &context)
{
    return tr("Robustness of the ranking of %1, %2").arg(context.groupNameInSentence()).arg(result.year);
}

RobustnessPicture RobustnessChart::build(
    const RobustnessResult &all, const ChartContext &context, const QList<qsizetype> &chosen)
{
    QList<qsizetype> rows = chosen;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    rows.removeIf([&](qsizetype row) { return row < 0 || row >= all.units.size(); });
    if (rows.isEmpty())
        return build(all, context);
    RobustnessResult some = all;
    some.units.clear();
    for (qsizetype row : std::as_const(rows).first(std::min<qsizetype>(rows.size(), MaxRows)))
        some.units.append(all.units[row]);
    RobustnessPicture out = picture(some, context, true);
    const QLocale grouped(context.locale.language(), context.locale.territory());
    out.notes.prepend(rows.size() > MaxRows
            ? tr("%1 of the %2 selected units are drawn: the first %1 of them in the ranking.")
                  .arg(grouped.toString(MaxRows), grouped.toString(rows.size()))
            : tr("%1 of the %2 units are drawn: those selected.")
                  .arg(grouped.toString(some.units.size()), grouped.toString(all.units.size())));
    return out;
}

RobustnessPicture RobustnessChart::build(const RobustnessResult &result, const ChartContext &context)
{
    return picture(result, context, false);
}

RobustnessPicture RobustnessChart::picture(const RobustnessResult &result, const ChartContext &context, bool fitted)
{
    const qsizetype n = result.units.size();
    QList<Section> sections;
    QStringList notes;
    int rows = int(n);
    if (n > MaxRows) {
        sections = {{0, Ends, 0}, {n - Ends, n, Ends + 1}};
        rows = 2 * Ends + 1; // a row between the two ends says how many are left out
        notes.append(tr("%1 of the %2 units are drawn: the first %3 and the last %3 of the ranking; the table "
                        "(robustness --format csv) has every unit.")
                         .arg(2 * Ends)
                         .arg(QLocale(context.locale.language(), context.locale.territory()).toString(n))
                         .arg(Ends));
    } else {
        sections = {{0, n, 0}};
    }

    QChart *chart = newChart(titleOf(result, context), context.locale);
    const QLocale locale = numberLocale(context.locale);
    QLocale grouped = context.locale; // 1,000 draws (1.000 in Vietnamese)
    grouped.setNumberOptions(QLocale::DefaultNumberOptions);
    const auto y = [rows](int row) { return qreal(rows - 1 - row); };

    auto *names = new QCategoryAxis;
    names->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    names->setRange(-0.5, rows - 0.5);
    names->setStartValue(-0.5);
    names->setGridLineVisible(false);
    QStringList labels(rows);
    for (const Section &s : sections) {
        for (qsizetype i = s.from; i < s.to; ++i)
            labels[s.firstRow + int(i - s.from)] = rowLabel(result.units[i]);
    }
    if (sections.size() == 2)
        labels[Ends] = tr("… %1 units …").arg(grouped.toString(n - 2 * Ends));
    QSet<QString> used;
    for (int row = rows - 1; row >= 0; --row) {
        QString label = labels[row];
        while (used.contains(label)) // two units of the same name sharing a rank
            label += u' ';
        used.insert(label);
        names->append(label, y(row) + 0.5);
    }
    chart->addAxis(names, Qt::AlignLeft);

    const QString draws = grouped.toString(result.options.draws);
    const QString axisTitle = result.options.scores > Fixed()
        ? tr("Rank in %1 draws: areas ±%2%, scores ±%3% (bars: 5th to 95th percentile)")
              .arg(draws, result.options.weights.toString(locale), result.options.scores.toString(locale))
        : tr("Rank in %1 draws, each area's maximum within ±%2% (bars: 5th to 95th percentile)")
              .arg(draws, result.options.weights.toString(locale));

    auto *medians = new QScatterSeries;
    medians->setObjectName(u"median"_s);
    medians->setName(tr("Median rank"));
    medians->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    medians->setMarkerSize(9);
    medians->setColor(Qt::white);
    medians->setBorderColor(statisticColor());
    auto *real = new QScatterSeries;
    real->setObjectName(u"real"_s);
    real->setName(tr("Rank in the ranking"));
    real->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    real->setMarkerSize(5);
    real->setColor(Qt::black);
    real->setBorderColor(Qt::black);
    QSet<ClassCode> named;
    bool spreadNamed = false;

    for (qsizetype k = 0; k < sections.size(); ++k) {
        const Section &s = sections[k];
        int low = std::numeric_limits<int>::max();
        int high = 0;
        for (qsizetype i = s.from; i < s.to; ++i) {
            low = std::min({low, result.units[i].bestRank, result.units[i].rank});
            high = std::max({high, result.units[i].worstRank, result.units[i].rank});
        }
        if (sections.size() == 1 && !fitted) {
            low = 1;
            high = std::max(high, int(n));
        }
        const qreal step = niceStep(high - low + 1, 20);
        const qreal min = low - 0.5;
        const qreal max = high + 0.5;
        QValueAxis *ranks = valueAxis(min, max, step >= 2 ? std::ceil(low / step) * step : low, step,
            sections.size() == 1 || k == 1 ? axisTitle : QString());
        ranks->setGridLineVisible(false);
        chart->addAxis(ranks, sections.size() == 2 && k == 0 ? Qt::AlignTop : Qt::AlignBottom);

        // The section's own grid: vertical lines across its rows only.
        const qreal top = y(s.firstRow) + 0.5;
        const qreal bottom = y(s.firstRow + int(s.to - s.from) - 1) - 0.5;
        for (qreal v = std::ceil(low / step) * step; v <= high; v += step) {
            auto *line = new QLineSeries;
            line->setObjectName(u"grid"_s);
            line->setPen(QPen(QColor(0xe0, 0xe0, 0xe0), 1));
            line->append(v, bottom);
            line->append(v, top);
            addSeries(chart, line, {ranks, names});
            hideFromLegend(chart, line);
        }
        for (qsizetype i = s.from; i < s.to; ++i) {
            const UnitRobustness &u = result.units[i];
            const qreal at = y(s.firstRow + int(i - s.from));
            auto *spread = new QLineSeries;
            spread->setObjectName(u"spread:"_s + u.unitCode);
            spread->setName(tr("Best to worst rank"));
            spread->setPen(QPen(otherUnitColor().darker(130), 1.5));
            spread->append(u.bestRank, at);
            spread->append(u.worstRank, at);
            addSeries(chart, spread, {ranks, names});
            if (spreadNamed)
                hideFromLegend(chart, spread);
            spreadNamed = true;

            // From the 5th to the 95th percentile, each rank as wide as one unit of the axis: a unit that never
            // moves still shows a short bar at its rank.
            auto *interval = new QLineSeries;
            interval->setObjectName(u"interval:"_s + u.unitCode);
            interval->setName(context.classLabel(u.classCode));
            QPen pen(classColor(u.classCode), 9);
            pen.setCapStyle(Qt::FlatCap);
            interval->setPen(pen);
            interval->append(u.p5Rank - 0.45, at);
            interval->append(u.p95Rank + 0.45, at);
            addSeries(chart, interval, {ranks, names});
            if (named.contains(u.classCode))
                hideFromLegend(chart, interval);
            named.insert(u.classCode);

            medians->append(u.medianRank, at);
            real->append(u.rank, at);
        }
        // One scatter series per axis: the dots of this section.
        if (k + 1 < sections.size() || sections.size() == 1) {
            addSeries(chart, medians, {ranks, names});
            addSeries(chart, real, {ranks, names});
            if (k + 1 < sections.size()) {
                auto *nextMedians = new QScatterSeries;
                auto *nextReal = new QScatterSeries;
                for (auto [from, to] : {std::pair {medians, nextMedians}, std::pair {real, nextReal}}) {
                    to->setObjectName(from->objectName());
                    to->setName(from->name());
                    to->setMarkerShape(from->markerShape());
                    to->setMarkerSize(from->markerSize());
                    to->setColor(from->color());
                    to->setBorderColor(from->borderColor());
                }
                medians = nextMedians;
                real = nextReal;
            }
        } else {
            addSeries(chart, medians, {ranks, names});
            addSeries(chart, real, {ranks, names});
            hideFromLegend(chart, medians);
            hideFromLegend(chart, real);
        }
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setVisible(true);
    const int height = std::max(500, 190 + RowHeight * rows + (sections.size() == 2 ? 40 : 0));
    return RobustnessPicture {std::unique_ptr<QChart>(chart), QSize(1000, height), notes};
}

} // namespace parindex
