#include "decisionlayout.h"

#include "decisionfonts.h"
#include "decisionreadiness.h"
#include "decisionwording.h"
#include "officialheading.h"
#include "pageflow.h"

#include <QtGui/QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {

constexpr qreal bodyPt = 14;
constexpr qreal headingPt = 13;
constexpr qreal annexTablePt = 12;
constexpr qreal methodTablePt = 12;
constexpr qreal paragraphIndentMm = 12.7; // Decree 30: a new paragraph starts 1 to 1.27 cm in
constexpr qreal rulePt = 0.75;
// The unit column needs room for a name on two or three lines; below this the annex turns landscape.
constexpr qreal minUnitColumnMm = 55;
// With room to spare, the unit column keeps this much and the summary columns grow up to their width.
constexpr qreal roomyUnitColumnMm = 80;
constexpr qreal roomySummaryColumnMm = 19;

const QLocale vietnamese(QLocale::Vietnamese, QLocale::Vietnam);

QString number(Fixed value)
{
    return value.toString(vietnamese, 2);
}

// Decree 30: a provincial People's Committee has no superior body: "ỦY BAN NHÂN DÂN / TỈNH ..." is the issuing
// body on two lines, both bold (appendix I).
FlowBlock heading(const DecisionDocument &doc, PageFlow &flow)
{
    const DecisionTexts &t = doc.texts;
    return OfficialHeading {t.superiorBody, true, t.issuingBody, doc.numberLine(), doc.placeAndDate()}.layOut(flow);
}

// "QUYẾT ĐỊNH", the subject and its rule, then the issuer's title.
FlowBlock title(const DecisionDocument &doc, PageFlow &flow)
{
    FlowBlock block(flow.device());
    FlowBlock::Column column {flow.mm(10), flow.bodyWidth() - flow.mm(20), 0};
    const QFont bold = DecisionFonts::font(bodyPt, true);
    block.text(column, u"QUYẾT ĐỊNH"_s, bold);
    const QRectF subject = block.balancedText(column, doc.texts.subject, bold);
    block.rule(
        column, std::clamp(subject.width() / 3, flow.mm(25), flow.mm(60)), flow.pt(5), flow.mm(6), flow.pt(rulePt));
    block.balancedText(column, doc.texts.issuerTitle, bold);
    return block;
}

// "Nơi nhận:" and the recipients on the left, the signature on the right, side by side on one page.
FlowBlock signature(const DecisionDocument &doc, PageFlow &flow)
{
    const DecisionSignature &s = doc.texts.signature;
    FlowBlock block(flow.device());
    const qreal width = flow.bodyWidth();
    FlowBlock::Column left {0, width * 0.5, 0};
    FlowBlock::Column right {width * 0.45, width * 0.55, 0};
    block.text(left, u"Nơi nhận:"_s, DecisionFonts::font(12, true, true), Qt::AlignLeft);
    const QFont small = DecisionFonts::font(11);
    for (const QString &recipient : doc.texts.recipients)
        block.text(left, u"- "_s + recipient, small, Qt::AlignLeft);

    const QFont bold = DecisionFonts::font(bodyPt, true);
    for (const QString &line : {s.authority, s.capacity, s.title}) {
        if (!line.trimmed().isEmpty())
            block.text(right, line, bold);
    }
    right.y += flow.mm(28); // room for the signature and the seal
    block.text(right, s.name.trimmed().isEmpty() ? QString(u' ') : s.name, bold);
    return block;
}

void body(const DecisionDocument &doc, PageFlow &flow)
{
    const DecisionTexts &t = doc.texts;
    flow.startSection(QPageLayout::Portrait);
    flow.place(heading(doc, flow));
    flow.space(flow.mm(8));
    flow.place(title(doc, flow));
    flow.space(flow.mm(5));

    ParagraphStyle basis;
    basis.italic = true;
    basis.firstLineIndentMm = paragraphIndentMm;
    for (const QString &b : t.bases)
        flow.paragraph(b, basis);
    if (!t.proposal.trimmed().isEmpty())
        flow.paragraph(t.proposal, basis);

    ParagraphStyle decides;
    decides.bold = true;
    decides.alignment = Qt::AlignHCenter;
    decides.spaceBeforePt = 6;
    decides.spaceAfterPt = 12;
    flow.keepRoom(flow.pt(bodyPt * 5));
    flow.paragraph(u"QUYẾT ĐỊNH:"_s, decides);

    ParagraphStyle article;
    article.firstLineIndentMm = paragraphIndentMm;
    const FlowBlock signatures = signature(doc, flow);
    const qreal signatureGap = flow.mm(4);
    for (int i = 0; i < t.articles.size(); ++i) {
        const QStringList paragraphs = t.articles[i].split(u'\n');
        for (int p = 0; p < paragraphs.size(); ++p) {
            QList<TextRun> runs;
            if (p == 0)
                runs.append({u"Điều %1. "_s.arg(i + 1), true});
            runs.append({paragraphs[p]});
            // The signature never stands alone on its page: the last paragraph goes with it.
            if (i + 1 == t.articles.size() && p + 1 == paragraphs.size())
                flow.keepRoom(flow.paragraphHeight(runs, article) + signatureGap + signatures.height());
            flow.paragraph(runs, article);
        }
    }
    flow.space(signatureGap);
    flow.place(signatures);
}

// "Phụ lục I", its title in capitals, "(Kèm theo Quyết định số ...)", a short rule.
FlowBlock annexHeading(const DecisionDocument &doc, int index, const QString &titleText, PageFlow &flow)
{
    FlowBlock block(flow.device());
    FlowBlock::Column column {flow.mm(15), flow.bodyWidth() - flow.mm(30), 0};
    const QFont bold = DecisionFonts::font(bodyPt, true);
    block.text(column, doc.annexLabel(index), bold);
    block.balancedText(column, titleText, bold);
    block.balancedText(column, doc.attachedTo(), DecisionFonts::font(bodyPt, false, true));
    block.rule(column, flow.mm(30), flow.pt(5), flow.mm(5), flow.pt(rulePt));
    return block;
}

// The summary columns of an annex table, after the area columns.
const QString pointsHeader = u"Tổng điểm đạt được"_s;
const QString maxHeader = u"Điểm tối đa"_s;
const QString indexHeader = u"Chỉ số CCHC (%)"_s;
const QString rankHeader = u"Xếp hạng"_s;
const QString classHeader = u"Xếp loại"_s;

qreal fitted(PageFlow &flow, const QStringList &texts, const QFont &font)
{
    qreal width = 0;
    for (const QString &text : texts) {
        for (const QString &word : text.split(u' '))
            width = std::max(width, flow.textWidth(word, font));
    }
    return width + flow.mm(2 * 1.2 + 1);
}

QString areaCell(const UnitResult &r, const DecisionArea &area)
{
    for (const AreaResult &a : r.areas) {
        if (a.code == area.code)
            return a.max == Fixed() ? u"–"_s : number(a.points);
    }
    return u"–"_s;
}

bool showsApplicableMax(const RankingTable &table)
{
    for (const QList<UnitResult> *list : {&table.ranked, &table.unranked}) {
        for (const UnitResult &r : *list) {
            if (r.hasIndex() && r.max != table.totalMax)
                return true;
        }
    }
    return false;
}

// "Ghi chú: LV1: ... (tối đa 9 điểm); LV2: ...", kept in one piece under the table.
FlowBlock areaLegend(const DecisionAnnex &annex, PageFlow &flow)
{
    QList<TextRun> runs {{u"Ghi chú: "_s, true, true}};
    for (const DecisionArea &a : annex.areas) {
        runs.append({a.columnLabel(), true});
        runs.append({u": %1 (tối đa %2 điểm); "_s.arg(a.title, a.maxPoints.toString(vietnamese))});
    }
    runs.append({u"dấu “–”: lĩnh vực không áp dụng đối với cơ quan, đơn vị, không tính vào tổng điểm tối đa."_s});
    FlowBlock block(flow.device());
    FlowBlock::Column column {0, flow.bodyWidth(), flow.mm(3)};
    block.text(column, runs, DecisionFonts::font(annexTablePt - 1), Qt::AlignJustify);
    return block;
}

// Widths of the annex columns: the numbers and the header words decide, the unit column takes the rest; the page
// turns landscape when the unit names would not have room beside the area columns.
struct AnnexColumns
{
    QList<qreal> widths; // STT, unit, areas..., total, [max], index, rank, class
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
};

AnnexColumns annexColumns(const DecisionDocument &doc, const DecisionAnnex &annex, bool withMax, PageFlow &flow)
{
    const RankingTable &table = annex.table;
    const QFont font = DecisionFonts::font(annexTablePt);
    const QFont bold = DecisionFonts::font(annexTablePt, true);
    const QString lastRow = QString::number(table.ranked.size() + table.unranked.size() + table.incomplete.size());
    QStringList areaLabels;
    for (const DecisionArea &a : annex.areas)
        areaLabels.append(a.columnLabel());
    const qreal areaWidth = std::max(fitted(flow, areaLabels, bold), fitted(flow, {u"00,00"_s}, font));
    const qreal numberWidth = fitted(flow, {u"100,00"_s}, font);
    qreal classWidth = fitted(flow, {classHeader}, bold);
    for (const QString &label : doc.texts.classLabels)
        classWidth = std::max(classWidth, flow.textWidth(label, font) + flow.mm(2 * 1.2 + 1));

    AnnexColumns columns;
    QList<qreal> &widths = columns.widths;
    widths = {std::max(fitted(flow, {u"STT"_s}, bold), fitted(flow, {lastRow}, font)), 0};
    for (qsizetype i = 0; i < annex.areas.size(); ++i)
        widths.append(areaWidth);
    const qsizetype firstSummary = widths.size();
    widths.append(std::max(fitted(flow, {pointsHeader}, bold), numberWidth));
    if (withMax)
        widths.append(std::max(fitted(flow, {maxHeader}, bold), numberWidth));
    widths.append(std::max(fitted(flow, {indexHeader}, bold), numberWidth));
    widths.append(std::max(fitted(flow, {rankHeader}, bold), fitted(flow, {lastRow}, font)));
    widths.append(classWidth);
    qreal fixedWidth = 0;
    for (qreal w : widths)
        fixedWidth += w;
    const bool portrait = flow.bodyWidth(QPageLayout::Portrait) - fixedWidth >= flow.mm(minUnitColumnMm);
    columns.orientation = portrait ? QPageLayout::Portrait : QPageLayout::Landscape;
    // Room to spare goes first to the summary columns, so that their headers take fewer lines.
    const qreal spare = flow.bodyWidth(columns.orientation) - fixedWidth - flow.mm(roomyUnitColumnMm);
    const qsizetype summaries = widths.size() - firstSummary;
    for (qsizetype i = firstSummary; i < widths.size() && spare > 0; ++i) {
        const qreal grown = std::min(widths[i] + spare / summaries, std::max(widths[i], flow.mm(roomySummaryColumnMm)));
        fixedWidth += grown - widths[i];
        widths[i] = grown;
    }
    widths[1] = flow.bodyWidth(columns.orientation) - fixedWidth;
    return columns;
}

// STT | Cơ quan, đơn vị | LV1..LVn under "Điểm đạt được theo lĩnh vực" | Tổng điểm | [Điểm tối đa] | Chỉ số | Xếp
// hạng | Xếp loại; the ranked units, then those without a rank under their own title row.
TableSpec annexTable(const DecisionDocument &doc, const DecisionAnnex &annex, const AnnexColumns &columns, bool withMax)
{
    const RankingTable &table = annex.table;
    const int columnCount = int(columns.widths.size());
    QList<TableCell> top {{u"STT"_s, 1, 2, true}, {u"Cơ quan, đơn vị"_s, 1, 2, true}};
    QList<TableCell> second;
    if (!annex.areas.isEmpty())
        top.append({u"Điểm đạt được theo lĩnh vực"_s, int(annex.areas.size()), 1, true});
    for (const DecisionArea &a : annex.areas)
        second.append({a.columnLabel(), 1, 1, true});
    top.append({pointsHeader, 1, 2, true});
    if (withMax)
        top.append({maxHeader, 1, 2, true});
    top += QList<TableCell> {{indexHeader, 1, 2, true}, {rankHeader, 1, 2, true}, {classHeader, 1, 2, true}};

    TableSpec spec;
    spec.columnWidths = columns.widths;
    spec.pointSize = annexTablePt;
    spec.header = {top, second};
    int stt = 0;
    const auto unitRow = [&](const UnitResult &r, const QString &rank) {
        QList<TableCell> row {{QString::number(++stt)}, {r.unitName, 1, 1, false, false, Qt::AlignLeft}};
        for (const DecisionArea &a : annex.areas)
            row.append({areaCell(r, a)});
        row.append({number(r.points)});
        if (withMax)
            row.append({number(r.max)});
        row.append({number(r.index)});
        row.append({rank});
        row.append({doc.texts.classLabel(r.classCode)});
        spec.rows.append(row);
    };
    for (const UnitResult &r : table.ranked)
        unitRow(r, r.rank ? QString::number(*r.rank) : QString());
    if (table.unranked.isEmpty() && table.incomplete.isEmpty())
        return spec;
    spec.keepWithNext.insert(int(spec.rows.size()));
    spec.rows.append({{u"Cơ quan, đơn vị không xếp hạng"_s, columnCount, 1, true, true, Qt::AlignLeft}});
    for (const UnitResult &r : table.unranked) {
        if (r.hasIndex()) {
            unitRow(r, u"–"_s);
            continue;
        }
        // Nothing applies to the unit: no points, index or class to print, only why.
        spec.rows.append({{QString::number(++stt)}, {r.unitName, 1, 1, false, false, Qt::AlignLeft},
            {u"Không xếp hạng: tất cả tiêu chí đều không áp dụng đối với cơ quan, đơn vị"_s, columnCount - 2, 1, false,
                true}});
    }
    for (const UnitResult &r : table.incomplete) {
        spec.rows.append({{QString::number(++stt)}, {r.unitName, 1, 1, false, false, Qt::AlignLeft},
            {u"Chưa xếp hạng: còn thiếu điểm thẩm định của %1 tiêu chí"_s.arg(r.missing.size()), columnCount - 2, 1,
                false, true}});
    }
    return spec;
}

void groupAnnex(const DecisionDocument &doc, int index, PageFlow &flow)
{
    const DecisionAnnex &annex = doc.annexes[index];
    const bool withMax = showsApplicableMax(annex.table);
    const AnnexColumns columns = annexColumns(doc, annex, withMax, flow);
    flow.startSection(columns.orientation);
    const QString group = annex.group.name.isEmpty() ? annex.group.code : annex.group.name;
    const QString title
        = u"Chỉ số cải cách hành chính năm %1 của %2"_s.arg(doc.year).arg(DecisionWording::groupPhrase(group));
    flow.place(annexHeading(doc, index, title.toUpper(), flow));
    const FlowBlock legend = areaLegend(annex, flow);
    flow.table(annexTable(doc, annex, columns, withMax), legend.height());
    flow.place(legend);
    // A draft computed on criteria whose maxima do not add up says so on paper; a final decision is never issued so.
    if (const QString note = DecisionReadiness::printedCriteriaNote(annex.criteria); doc.draft && !note.isEmpty()) {
        FlowBlock warning(flow.device());
        FlowBlock::Column column {0, flow.bodyWidth(), flow.mm(2)};
        warning.text(column, QList<TextRun> {{note, true, true}}, DecisionFonts::font(annexTablePt - 1), Qt::AlignLeft);
        flow.place(warning);
    }
    if (!annex.digest.isEmpty()) {
        FlowBlock digest(flow.device());
        FlowBlock::Column column {0, flow.bodyWidth(), flow.mm(2)};
        digest.text(column, QList<TextRun> {{u"Mã kiểm tra kết quả đã công bố: "_s, false, true}, {annex.digest, true}},
            DecisionFonts::font(annexTablePt - 1), Qt::AlignLeft);
        flow.place(digest);
    }
    if (annex.chart) {
        flow.space(flow.mm(6));
        flow.figure(*annex.chart);
    }
}

QString bandsSentence(const ClassBands &bands, const DecisionTexts &texts)
{
    QStringList parts;
    const QList<ClassBands::Band> &list = bands.bands();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString low = list[i].minIndex.toString(vietnamese);
        const QString label = texts.classLabel(list[i].code);
        if (i == 0)
            parts.append(u"%1: từ %2% trở lên"_s.arg(label, low));
        else if (i + 1 == list.size())
            parts.append(u"%1: dưới %2%"_s.arg(label, list[i - 1].minIndex.toString(vietnamese)));
        else
            parts.append(u"%1: từ %2% đến dưới %3%"_s.arg(label, low, list[i - 1].minIndex.toString(vietnamese)));
    }
    return parts.join(u"; "_s) + u'.';
}

void methodologyAnnex(const DecisionDocument &doc, PageFlow &flow)
{
    const int index = int(doc.annexes.size());
    flow.startSection(QPageLayout::Portrait);
    flow.place(
        annexHeading(doc, index, u"PHƯƠNG PHÁP XÁC ĐỊNH, XẾP HẠNG VÀ XẾP LOẠI CHỈ SỐ CẢI CÁCH HÀNH CHÍNH"_s, flow));
    ParagraphStyle text;
    text.firstLineIndentMm = paragraphIndentMm;
    QStringList rules = {
        u"Chỉ số cải cách hành chính của mỗi cơ quan, đơn vị bằng tổng điểm đạt được chia cho tổng điểm tối đa của "
        "các tiêu chí áp dụng đối với cơ quan, đơn vị đó, nhân với 100; kết quả được làm tròn đến hai chữ số thập "
        "phân, chữ số thứ ba từ 5 trở lên thì làm tròn lên (ví dụ: đạt 68,32 điểm trên tổng điểm tối đa áp dụng 84 "
        "điểm thì Chỉ số là 81,33%)."_s,
        u"Tiêu chí, tiêu chí thành phần không áp dụng đối với cơ quan, đơn vị (ví dụ cơ quan không có thủ tục hành "
        "chính) thì không tính điểm và điểm tối đa của tiêu chí đó không tính vào tổng điểm tối đa của cơ quan, đơn "
        "vị."_s,
        u"Điểm của một tiêu chí bằng tổng điểm các tiêu chí thành phần, không vượt quá điểm tối đa của tiêu chí; điểm "
        "trừ được trừ vào tiêu chí tương ứng, điểm sau khi trừ không thấp hơn 0."_s,
        u"Các cơ quan, đơn vị được xếp hạng trong từng nhóm theo Chỉ số đã làm tròn, từ cao xuống thấp. Các cơ quan, "
        "đơn vị có Chỉ số bằng nhau được xếp cùng thứ hạng và thứ hạng kế tiếp được bỏ qua tương ứng (ví dụ: 1, 2, 2, "
        "4); trong cùng một thứ hạng, tên cơ quan, đơn vị được sắp xếp theo thứ tự chữ cái tiếng Việt."_s,
        u"Cơ quan, đơn vị chưa có đủ điểm thẩm định hoặc thuộc diện không xếp hạng được liệt kê sau các cơ quan, đơn "
        "vị được xếp hạng và không có thứ hạng."_s,
    };
    bool sameBands = true;
    for (const DecisionAnnex &a : doc.annexes)
        sameBands = sameBands && a.bands == doc.annexes.first().bands;
    if (sameBands) {
        rules.append(u"Xếp loại theo Chỉ số: "_s + bandsSentence(doc.annexes.first().bands, doc.texts));
    } else {
        QStringList perGroup;
        for (const DecisionAnnex &a : doc.annexes)
            perGroup.append(u"đối với %1: %2"_s.arg(
                DecisionWording::groupPhrase(a.group.name), bandsSentence(a.bands, doc.texts).chopped(1)));
        rules.append(u"Xếp loại theo Chỉ số, "_s + perGroup.join(u"; "_s) + u'.');
    }
    rules.append(u"Cơ cấu điểm của bộ tiêu chí theo từng nhóm cơ quan, đơn vị như sau:"_s);
    for (int i = 0; i < rules.size(); ++i)
        flow.paragraph({TextRun {u"%1. "_s.arg(i + 1), true}, TextRun {rules[i]}}, text);

    const QFont bold = DecisionFonts::font(methodTablePt, true);
    const qreal codeWidth = fitted(flow, {u"Mã số"_s, u"10.10"_s}, bold);
    const qreal maxWidth = fitted(flow, {u"Điểm tối đa"_s}, bold);
    for (qsizetype g = 0; g < doc.annexes.size(); ++g) {
        const DecisionAnnex &a = doc.annexes[g];
        int criteria = 0;
        int subCriteria = 0;
        for (qsizetype n = 0; n < a.criteria.size(); ++n) {
            const int depth = a.criteria.depthOf(n);
            criteria += depth == 1;
            subCriteria += depth >= 2;
        }
        QString summary = u"%1 lĩnh vực"_s.arg(a.areas.size());
        if (!a.criteria.isEmpty())
            summary += u", %1 tiêu chí, %2 tiêu chí thành phần"_s.arg(criteria).arg(subCriteria);
        flow.keepRoom(flow.pt(methodTablePt * 8));
        flow.paragraph({TextRun {u"%1) "_s.arg(QChar(char16_t(u'a' + g))), true},
                           TextRun {u"%1: %2; tổng điểm tối đa %3 điểm."_s.arg(
                               a.group.name, summary, a.table.totalMax.toString(vietnamese))}},
            text);
        TableSpec spec;
        spec.pointSize = methodTablePt;
        spec.columnWidths = {codeWidth, flow.bodyWidth() - codeWidth - maxWidth, maxWidth};
        spec.header
            = {{{u"Mã số"_s, 1, 1, true}, {u"Lĩnh vực, tiêu chí"_s, 1, 1, true}, {u"Điểm tối đa"_s, 1, 1, true}}};
        if (a.criteria.isEmpty()) {
            for (const DecisionArea &area : a.areas)
                spec.rows.append({{area.code, 1, 1, true}, {area.title, 1, 1, true, false, Qt::AlignLeft},
                    {area.maxPoints.toString(vietnamese), 1, 1, true}});
        }
        for (qsizetype n = 0; n < a.criteria.size(); ++n) {
            const int depth = a.criteria.depthOf(n);
            if (depth > 1)
                continue;
            const Criterion &c = a.criteria.at(n);
            const bool area = depth == 0;
            const QString max
                = c.isDeduction() ? u"−"_s + c.maxPoints.toString(vietnamese) : c.maxPoints.toString(vietnamese);
            if (area)
                spec.keepWithNext.insert(int(spec.rows.size()));
            spec.rows.append({{c.code, 1, 1, area}, {c.title, 1, 1, area, false, Qt::AlignLeft}, {max, 1, 1, area}});
        }
        flow.table(spec);
        flow.space(flow.mm(4));
    }
}

void paintOp(QPainter &painter, const PaintOp &op)
{
    if (const auto *line = std::get_if<LineOp>(&op)) {
        painter.setPen(QPen(Qt::black, line->width, Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(line->line);
    } else if (const auto *text = std::get_if<TextLineOp>(&op)) {
        painter.setPen(Qt::black);
        text->layout->lineAt(text->line).draw(&painter, text->origin);
    } else if (const auto *box = std::get_if<BoxTextOp>(&op)) {
        painter.setPen(Qt::black);
        painter.setFont(box->font);
        if (box->advance < 0) {
            painter.drawText(box->box, box->flags, box->text);
        } else {
            // One line that fits: at the place the text engine would give it, without wrapping it again.
            const QRectF &r = box->box;
            qreal x = r.left();
            if (box->flags & Qt::AlignRight)
                x = r.right() - box->advance;
            else if (box->flags & Qt::AlignHCenter)
                x = r.left() + (r.width() - box->advance) / 2;
            const qreal y = r.top() + (r.height() - box->height) / 2 + box->ascent;
            painter.drawText(QPointF(x, y), box->text);
        }
    } else if (const auto *figure = std::get_if<FigureOp>(&op)) {
        painter.save();
        figure->figure.paint(painter, figure->box);
        painter.restore();
    }
}

} // namespace

DecisionLayout DecisionLayout::build(const DecisionDocument &document, QPaintDevice *device)
{
    PageFlow flow(device);
    body(document, flow);
    for (int i = 0; i < document.annexes.size(); ++i)
        groupAnnex(document, i, flow);
    if (document.hasMethodologyAnnex())
        methodologyAnnex(document, flow);
    DecisionLayout layout;
    layout.m_content = flow.finish(document.draft);
    return layout;
}

DecisionLayout DecisionLayout::fromContent(std::shared_ptr<const Content> content)
{
    DecisionLayout layout;
    layout.m_content = std::move(content);
    return layout;
}

const QList<DecisionPage> &DecisionLayout::pages() const
{
    return m_content->pages;
}

qreal DecisionLayout::unitsPerMm() const
{
    return m_content->unitsPerMm;
}

void DecisionLayout::paintPage(QPainter &painter, qsizetype index) const
{
    const DecisionPage &page = m_content->pages[index];
    const qreal perPt = m_content->unitsPerMm * 25.4 / 72.0;
    painter.save();
    if (m_content->draft) {
        // Under the text, in opaque light grey (PDF/A-1 allows no transparency), and level, so that the text
        // of the PDF reads "DỰ THẢO" as one word pair.
        painter.setFont(DecisionFonts::font(110, true));
        painter.setPen(QColor(0xd6, 0xd6, 0xd6));
        painter.drawText(page.pageRect, Qt::AlignCenter, u"DỰ THẢO"_s);
    }
    if (page.number > 0) {
        painter.setFont(DecisionFonts::font(bodyPt));
        painter.setPen(Qt::black);
        const QRectF margin(page.bodyRect.left(), page.pageRect.top() + 8 * m_content->unitsPerMm,
            page.bodyRect.width(), bodyPt * perPt * 1.5);
        painter.drawText(margin, Qt::AlignHCenter | Qt::AlignTop, QString::number(page.number));
    }
    // The rules first, one stroke per line width, then the rest in order: a PDF writer sets its pen and path once
    // for a page's hundreds of table rules instead of once per rule (rules and texts never overlap).
    QList<std::pair<qreal, QList<QLineF>>> rules;
    for (const PaintOp &op : m_content->ops[index]) {
        if (const auto *line = std::get_if<LineOp>(&op)) {
            auto same = std::find_if(rules.begin(), rules.end(), [&](const auto &r) { return r.first == line->width; });
            if (same == rules.end())
                same = rules.insert(rules.end(), {line->width, {}});
            same->second.append(line->line);
        }
    }
    for (const auto &[width, lines] : std::as_const(rules)) {
        painter.setPen(QPen(Qt::black, width, Qt::SolidLine, Qt::FlatCap));
        painter.drawLines(lines);
    }
    for (const PaintOp &op : m_content->ops[index]) {
        if (!std::holds_alternative<LineOp>(op))
            paintOp(painter, op);
    }
    painter.restore();
}

} // namespace parindex
