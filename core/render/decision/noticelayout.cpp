#include "noticelayout.h"

#include "decisionfonts.h"
#include "officialheading.h"
#include "pageflow.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {

constexpr qreal bodyPt = 14;
constexpr qreal headingPt = 13;
constexpr qreal tablePt = 11;
constexpr qreal rulePt = 0.75;
constexpr qreal paragraphIndentMm = 12.7;

const QLocale vietnamese(QLocale::Vietnamese, QLocale::Vietnam);

QString points(Fixed value)
{
    return value.toString(vietnamese, 2);
}

QString percent(Fixed value) // a rate as entered: "85%", "72,5%"
{
    return value.toString(vietnamese) + u'%';
}

QString indexText(Fixed value) // as the decision prints an index: "80,67%"
{
    return value.toString(vietnamese, 2) + u'%';
}

// The council is a body under the provincial People's Committee: the committee above, the council in bold.
FlowBlock heading(const NoticeDocument &doc, PageFlow &flow)
{
    return OfficialHeading {doc.superiorLine(), false, doc.issuerLine(), doc.numberLine(), doc.placeAndDate()}.layOut(
        flow);
}

FlowBlock title(const NoticeDocument &doc, const UnitNotice &unit, PageFlow &flow)
{
    FlowBlock block(flow.device());
    FlowBlock::Column column {flow.mm(10), flow.bodyWidth() - flow.mm(20), 0};
    const QFont bold = DecisionFonts::font(bodyPt, true);
    block.text(column, u"THÔNG BÁO"_s, bold);
    const QRectF subject = block.balancedText(column, doc.subject(unit), bold);
    block.rule(
        column, std::clamp(subject.width() / 3, flow.mm(25), flow.mm(60)), flow.pt(5), flow.mm(4), flow.pt(rulePt));
    return block;
}

FlowBlock signature(PageFlow &flow)
{
    FlowBlock block(flow.device());
    const qreal width = flow.bodyWidth();
    FlowBlock::Column left {0, width * 0.5, 0};
    FlowBlock::Column right {width * 0.45, width * 0.55, 0};
    block.text(left, u"Nơi nhận:"_s, DecisionFonts::font(12, true, true), Qt::AlignLeft);
    const QFont small = DecisionFonts::font(11);
    for (const QString &recipient : {u"Như trên;"_s, u"Thành viên Hội đồng thẩm định;"_s, u"Lưu: VT, HĐTĐ."_s})
        block.text(left, u"- "_s + recipient, small, Qt::AlignLeft);
    const QFont bold = DecisionFonts::font(bodyPt, true);
    block.text(right, u"TM. HỘI ĐỒNG THẨM ĐỊNH"_s, bold);
    block.text(right, u"CHỦ TỊCH"_s, bold);
    right.y += flow.mm(28);
    return block;
}

// "tổng điểm đạt được 85,5/100 điểm; Chỉ số CCHC 85,5%; xếp thứ 3/12": where the unit stands now.
QString standingSentence(const NoticeDocument &doc, const UnitNotice &unit)
{
    const UnitResult &r = unit.result;
    switch (r.standing()) {
    case Standing::Incomplete:
        return u"Chưa đủ điểm thẩm định của các tiêu chí %1, nên chưa có Chỉ số và thứ hạng."_s.arg(
            r.missing.join(u", "_s));
    case Standing::NothingApplicable:
        return u"Không có tiêu chí nào áp dụng đối với đơn vị, nên không tính Chỉ số."_s;
    case Standing::SpecialStatus:
        return u"Tổng điểm đạt được %1/%2 điểm; Chỉ số cải cách hành chính %3; đơn vị không tham gia xếp hạng."_s.arg(
            points(r.points), points(r.max), indexText(r.index));
    case Standing::Ranked:
        break;
    }
    return u"Tổng điểm đạt được %1/%2 điểm; Chỉ số cải cách hành chính %3; xếp hạng tạm thời %4/%5 trong %6."_s.arg(
        points(r.points), points(r.max), indexText(r.index), QString::number(r.rank.value_or(0)),
        QString::number(unit.rankedUnits), doc.groupName);
}

TableSpec sheetTable(const UnitNotice &unit, PageFlow &flow)
{
    TableSpec spec;
    spec.pointSize = tablePt;
    const qreal width = flow.bodyWidth();
    const qreal code = flow.mm(14);
    const qreal number = flow.mm(17);
    const qreal note = flow.mm(44);
    spec.columnWidths = {code, width - code - 3 * number - note, number, number, number, note};
    spec.header = {{
        {u"Mã"_s, 1, 1, true},
        {u"Lĩnh vực, tiêu chí"_s, 1, 1, true},
        {u"Điểm tối đa"_s, 1, 1, true},
        {u"Điểm tự đánh giá"_s, 1, 1, true},
        {u"Điểm thẩm định"_s, 1, 1, true},
        {u"Ý kiến của Hội đồng thẩm định"_s, 1, 1, true},
    }};
    const Qt::Alignment left = Qt::AlignLeft | Qt::AlignVCenter;
    for (const NoticeRow &r : unit.rows) {
        const bool area = r.depth == 0;
        QList<TableCell> row;
        row.append({r.code, 1, 1, area, false, left});
        row.append({r.title, 1, 1, area, false, left});
        row.append({r.kind == CriterionKind::Deduction ? QString(u"-"_s + points(r.maxPoints)) : points(r.maxPoints), 1,
            1, area});
        QStringList notes;
        if (r.notApplicable) {
            row.append({u"Không áp dụng"_s, 2, 1, area, true});
        } else {
            const auto value = [&](const std::optional<Fixed> &p, const std::optional<Fixed> &rate) {
                if (!p)
                    return QString();
                const QString shown = r.kind == CriterionKind::Deduction ? QString(u"-"_s + points(*p)) : points(*p);
                return rate ? u"%1\n(%2)"_s.arg(shown, percent(*rate)) : shown;
            };
            row.append({value(r.selfPoints, r.selfRate), 1, 1, area});
            row.append({value(r.appraisedPoints, r.appraisedRate), 1, 1, area});
        }
        if (!r.note.isEmpty())
            notes.append(r.note);
        notes.append(r.explanations);
        if (!r.evidence.isEmpty())
            notes.append(u"Tài liệu kiểm chứng: %1."_s.arg(r.evidence.join(u"; "_s)));
        row.append({notes.join(u'\n'), 1, 1, false, false, left});
        spec.rows.append(row);
    }
    const UnitResult &result = unit.result;
    const QList<TableCell> total = {
        {u"Tổng điểm"_s, 2, 1, true},
        {points(result.max), 1, 1, true},
        {unit.selfTotal ? points(*unit.selfTotal) : QString(), 1, 1, true},
        {result.isComplete() ? points(result.points) : QString(), 1, 1, true},
        {QString(), 1, 1},
    };
    spec.rows.append(total);
    return spec;
}

void notice(const NoticeDocument &doc, const UnitNotice &unit, PageFlow &flow)
{
    flow.startSection(QPageLayout::Portrait);
    flow.place(heading(doc, flow));
    flow.space(flow.mm(6));
    flow.place(title(doc, unit, flow));
    ParagraphStyle addressee;
    addressee.alignment = Qt::AlignHCenter;
    addressee.spaceAfterPt = 6;
    flow.paragraph(u"Kính gửi: %1."_s.arg(unit.unitName), addressee);

    ParagraphStyle text;
    text.firstLineIndentMm = paragraphIndentMm;
    text.spaceAfterPt = 4;
    const QString place = doc.texts.province.isEmpty()
        ? QString()
        : QString((doc.texts.city ? u" thành phố "_s : u" tỉnh "_s) + doc.texts.province);
    flow.paragraph(u"Hội đồng thẩm định Chỉ số cải cách hành chính%1 thông báo kết quả thẩm định Chỉ số cải cách "
                   "hành chính năm %2 của %3 như sau:"_s.arg(place, QString::number(doc.year), unit.unitName),
        text);
    flow.paragraph({TextRun {u"1. Kết quả tạm thời: "_s, true}, TextRun {standingSentence(doc, unit)}}, text);
    if (unit.selfTotal)
        flow.paragraph(u"Tổng điểm tự đánh giá của đơn vị: %1 điểm."_s.arg(points(*unit.selfTotal)), text);
    flow.paragraph(
        {TextRun {u"2. Điểm thẩm định từng tiêu chí: "_s, true}, TextRun {u"chi tiết tại bảng dưới đây."_s}}, text);
    flow.table(sheetTable(unit, flow), flow.mm(20));
    flow.space(flow.mm(3));
    flow.paragraph(
        {TextRun {u"3. Giải trình: "_s, true},
            TextRun {u"đề nghị %1 rà soát kết quả trên; trường hợp có ý kiến khác, gửi văn bản giải trình "
                     "kèm tài liệu kiểm chứng về Hội đồng thẩm định (qua Sở Nội vụ) trước %2. Quá thời "
                     "hạn trên, Hội đồng thẩm định tổng hợp kết quả, trình Ủy ban nhân dân %3 xem xét, "
                     "công bố."_s.arg(unit.unitName, doc.deadlineText(), doc.texts.city ? u"thành phố"_s : u"tỉnh"_s)}},
        text);
    ParagraphStyle provisional = text;
    provisional.italic = true;
    flow.paragraph(u"Kết quả trên là kết quả tạm thời, chưa phải kết quả chính thức."_s, provisional);
    flow.space(flow.mm(4));
    flow.place(signature(flow));
}

} // namespace

DecisionLayout NoticeLayout::build(const NoticeDocument &document, QPaintDevice *device)
{
    PageFlow flow(device);
    for (const UnitNotice &unit : document.units)
        notice(document, unit, flow);
    return DecisionLayout::fromContent(flow.finish(false));
}

} // namespace parindex
