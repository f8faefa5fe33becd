#include "rankmovementchart.h"

#include "chartstyle.h"
#include "charttips.h"
#include "pinnedlabels.h"

#include "desk/rankingtext.h"

#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
using namespace chartstyle;

QList<std::optional<QPointF>> ranksOf(const UnitRanks &unit)
{
    QList<std::optional<QPointF>> points;
    for (const TrendPoint &p : unit.points)
        points.append(p.rank ? std::optional(QPointF(p.year, *p.rank)) : std::nullopt);
    return points;
}

// "Hoằng Hóa / 2023: rank 2 (91,92%)".
std::map<int, QString> tipsOf(const UnitRanks &unit, const QLocale &locale)
{
    std::map<int, QString> tips;
    for (const TrendPoint &p : unit.points) {
        if (!p.rank)
            continue;
        QString text = RankMovementChart::tr("%1: rank %2").arg(p.year).arg(*p.rank);
        if (p.index)
            text += RankMovementChart::tr(" (%1%)").arg(number(*p.index, locale));
        tips[p.year] = unit.unitName + u'\n' + text;
    }
    return tips;
}

void setTips(const QList<QLineSeries *> &lines, const std::map<int, QString> &tips)
{
    for (QLineSeries *line : lines)
        ChartTips::setForLine(line, tips);
}

// One label per rank when they fit, else every second or fifth from rank 1.
qreal rankStep(int lowestRank)
{
    return lowestRank <= 20 ? 1 : lowestRank <= 40 ? 2 : 5;
}
} // namespace

QSize RankMovementChart::sizeFor(int lowestRank)
{
    return {DefaultSize.width(), std::max(DefaultSize.height(), 160 + 16 * lowestRank)};
}

QChart *RankMovementChart::build(const RankMovement &movement, const ChartContext &context)
{
    QString title;
    if (movement.years.size() > 1) {
        title = tr("Ranks of %1, %2–%3")
                    .arg(context.groupNameInSentence())
                    .arg(movement.years.first())
                    .arg(movement.years.last());
    } else {
        title = tr("Ranks of %1").arg(context.groupNameInSentence());
    }
    QChart *chart = newChart(title, context.locale);

    QValueAxis *years = yearAxis(movement.years, tr("Year"));
    const int lowest = std::max(movement.lowestRank, 1);
    QValueAxis *ranks = valueAxis(0.5, lowest + 0.5, 1, rankStep(lowest), tr("Rank"));
    ranks->setReverse(true); // rank 1 at the top
    chart->addAxis(years, Qt::AlignBottom);
    chart->addAxis(ranks, Qt::AlignLeft);

    const bool anyHighlighted
        = std::any_of(movement.units.cbegin(), movement.units.cend(), [](const UnitRanks &u) { return u.highlighted; });
    // Grey lines first, so that the coloured ones are drawn over them.
    for (const UnitRanks &unit : movement.units) {
        if (anyHighlighted && !unit.highlighted)
            setTips(addBrokenLine(chart, ranksOf(unit), unit.unitName, u"unit:"_s + unit.unitCode,
                        QPen(otherUnitColor(), 1.2), 0, {years, ranks}),
                tipsOf(unit, context.locale));
    }
    auto *labels = new PinnedLabels(chart);
    qsizetype colour = 0;
    for (const UnitRanks &unit : movement.units) {
        if (anyHighlighted && !unit.highlighted)
            continue;
        const QColor color = unitColor(colour++);
        const QList<QLineSeries *> lines = addBrokenLine(chart, ranksOf(unit), unit.unitName,
            u"unit:"_s + unit.unitCode, QPen(color, anyHighlighted ? 3.5 : 2), anyHighlighted ? 5 : 4, {years, ranks});
        setTips(lines, tipsOf(unit, context.locale));
        if (lines.isEmpty())
            continue;
        QString text = unit.unitName;
        if (unit.change)
            text += u"  "_s + RankingText::change(unit.change, context.locale);
        labels->add(lines.last(), lines.last()->points().last(), text, PinnedLabels::Side::Right, color.darker(120),
            anyHighlighted, 10);
    }

    // The names at the lines' ends say which line is which; a legend would repeat them.
    chart->legend()->setVisible(false);
    QMargins margins = chart->margins();
    margins.setRight(margins.right() + int(labels->widest()));
    chart->setMargins(margins);
    return chart;
}

} // namespace parindex
