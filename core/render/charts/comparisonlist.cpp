#include "comparisonlist.h"

#include "chartstyle.h"
#include "comparisonchart.h"

#include <QtCore/QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parindex {

using namespace chartstyle;

ComparisonList ComparisonList::build(
    const ComparisonData &data, const ChartContext &context, bool stackByArea, const QStringList &highlighted)
{
    ComparisonList list;
    list.title = ComparisonChart::titleOf(data, context);
    list.indexAxis = ComparisonChart::indexAxisOf(context);

    QStringList areaNames;
    if (stackByArea) {
        for (qsizetype a = 0; a < data.areas.size(); ++a) {
            areaNames.append(ComparisonChart::areaName(data.areas[a]));
            list.key.append(KeyEntry {areaColor(a), areaNames.last()});
        }
    } else {
        for (ClassCode code :
            {ClassCode::Excellent, ClassCode::Good, ClassCode::Fair, ClassCode::Average, ClassCode::Weak}) {
            if (std::any_of(
                    data.bars.cbegin(), data.bars.cend(), [&](const ComparisonBar &b) { return b.classCode == code; }))
                list.key.append(KeyEntry {classColor(code), context.classLabel(code)});
        }
    }

    double end = 100;
    for (const ClassBands::Band &band : context.bands.bands()) {
        const double from = band.minIndex.toDouble();
        list.bands.append(Band {from, end, context.classLabel(band.code)});
        if (from > 0)
            list.thresholds.append(from);
        end = from;
    }

    const QSet<QString> marked(highlighted.cbegin(), highlighted.cend());
    list.rows.reserve(data.bars.size());
    for (const ComparisonBar &bar : data.bars) {
        ComparisonRow row;
        row.unitCode = bar.unitCode;
        row.rank = bar.rank ? QString::number(*bar.rank) : QString();
        row.name = bar.rank ? bar.unitName : ComparisonChart::unrankedName(bar, context);
        row.value = number(bar.index, context.locale);
        row.index = bar.index.toDouble();
        row.color = classColor(bar.classCode);
        row.tip = ComparisonChart::tipOf(bar, context);
        row.highlighted = marked.contains(bar.unitCode);
        if (stackByArea) {
            for (qsizetype a = 0; a < data.areas.size(); ++a) {
                for (const AreaContribution &c : bar.areas) {
                    if (c.code != data.areas[a].code)
                        continue;
                    row.segments.append(std::pair(c.share.toDouble(), areaColor(a)));
                    row.tip += u"\n%1: %2"_s.arg(areaNames[a], number(c.share, context.locale));
                }
            }
        }
        list.rows.append(std::move(row));
    }
    return list;
}

} // namespace parindex
