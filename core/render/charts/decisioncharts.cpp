#include "decisioncharts.h"

#include "chartexport.h"
#include "comparisonchart.h"

#include "scoring/trends.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
constexpr int PrintWidth = 720;
} // namespace

void DecisionCharts::attach(DecisionDocument &document)
{
    const QLocale locale(QLocale::Vietnamese, QLocale::Vietnam);
    for (DecisionAnnex &annex : document.annexes) {
        const ComparisonData data = Trends::comparison(annex.table);
        if (data.bars.isEmpty()) {
            annex.chart.reset(); // nothing ranked yet: no empty chart on paper
            continue;
        }
        ChartContext context {
            locale, annex.group.name.isEmpty() ? annex.group.code : annex.group.name, annex.bands, {}};
        // The decision is Vietnamese whatever the program's language, and names the classes its own way.
        context.wording.title = u"Chỉ số CCHC năm %1 của %2"_s.arg(data.year).arg(context.groupNameInSentence());
        context.wording.indexAxis = u"Chỉ số CCHC (%)"_s;
        context.wording.notRanked = u"%1 (không xếp hạng)"_s;
        context.wording.classNamesOnTwoLines = true; // printed 16 cm wide: "Tốt" and "Xuất sắc" would overlap
        for (ClassCode code :
            {ClassCode::Excellent, ClassCode::Good, ClassCode::Fair, ClassCode::Average, ClassCode::Weak})
            context.wording.classLabels.insert(code, document.texts.classLabel(code));
        const std::shared_ptr<QChart> chart(ComparisonChart::build(data, context));
        chart->setBackgroundVisible(false); // the draft mark stays visible under it
        // Narrower than on screen: on a page 16 cm wide the labels then print at about 8 pt.
        const QSize size(PrintWidth, ComparisonChart::sizeFor(data.bars.size(), 0).height());
        annex.chart = DecisionFigure {QSizeF(size), [chart, size](QPainter &painter, const QRectF &target) {
                                          ChartExport::paint(chart.get(), &painter, target, QSizeF(size));
                                      }};
    }
}

} // namespace parindex
