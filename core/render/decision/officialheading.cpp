#include "officialheading.h"

#include "decisionfonts.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
constexpr qreal bodyPt = 14;
constexpr qreal headingPt = 13;
constexpr qreal rulePt = 0.75;
} // namespace

FlowBlock OfficialHeading::layOut(PageFlow &flow) const
{
    FlowBlock block(flow.device());
    const qreal width = flow.bodyWidth();
    const QString nation = u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s;
    const QString motto = u"Độc lập - Tự do - Hạnh phúc"_s;
    // The right column is as wide as its longest line, so that the national name stays on one line.
    QFont nationFont = DecisionFonts::font(headingPt, true);
    const QFont mottoFont = DecisionFonts::font(bodyPt, true);
    const QFont dateFont = DecisionFonts::font(bodyPt, false, true);
    const qreal rightWidth = std::clamp(std::max({flow.textWidth(nation, nationFont), flow.textWidth(motto, mottoFont),
                                            flow.textWidth(placeAndDate, dateFont)})
            + flow.mm(4),
        width * 0.55, width * 0.66);
    if (flow.textWidth(nation, nationFont) > rightWidth)
        nationFont.setPointSizeF(headingPt - 1);
    FlowBlock::Column left {0, width - rightWidth, 0};
    FlowBlock::Column right {width - rightWidth, rightWidth, 0};

    const qreal ruleWidth = flow.pt(rulePt);
    block.text(left, firstLine, DecisionFonts::font(headingPt, firstLineBold));
    const QRectF issuer = block.text(left, secondLine, DecisionFonts::font(headingPt, true));
    block.rule(left, std::max(issuer.width() * 0.4, flow.mm(15)), flow.pt(3), flow.mm(4), ruleWidth);

    block.text(right, nation, nationFont);
    const QRectF mottoBox = block.text(right, motto, mottoFont);
    block.rule(right, mottoBox.width(), flow.pt(3), flow.mm(4), ruleWidth);

    left.y = right.y = std::max(left.y, right.y);
    block.text(left, numberLine, DecisionFonts::font(headingPt));
    block.text(right, placeAndDate, dateFont);
    return block;
}

} // namespace parindex
