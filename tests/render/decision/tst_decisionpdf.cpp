#include "decisionfixture.h"
#include "render/decision/decisionfonts.h"
#include "render/decision/decisionprint.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtGui/QGuiApplication>
#include <QtGui/QPdfWriter>
#include <QtPrintSupport/QPrintPreviewWidget>
#include <QtPrintSupport/QPrinter>
#include <QtTest/QTest>

Q_DECLARE_METATYPE(parindex::DecisionAnnex)

using namespace parindex;
using namespace parindex::fixtures;
using namespace Qt::StringLiterals;

namespace {
const QString popplerMissing = u"poppler-utils (pdftotext, pdffonts, pdfinfo) are not installed"_s;

QStringList nonEmptyLines(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line);
    }
    return lines;
}

// The first line at or after `from` that contains a match.
qsizetype lineWith(const QStringList &lines, const QRegularExpression &pattern, qsizetype from = 0)
{
    for (qsizetype i = from; i < lines.size(); ++i) {
        if (lines[i].contains(pattern))
            return i;
    }
    return -1;
}

// The text of pages [first, last] (1-based), laid out as on the page.
std::optional<QString> pageText(const QString &pdf, int first, int last)
{
    return poppler(
        u"pdftotext"_s, {u"-layout"_s, u"-f"_s, QString::number(first), u"-l"_s, QString::number(last), pdf, u"-"_s});
}

// The 1-based page numbers of the layout that belong to a section.
QList<int> pagesOf(const DecisionLayout &layout, int section)
{
    QList<int> pages;
    for (qsizetype i = 0; i < layout.pages().size(); ++i) {
        if (layout.pages()[i].section == section)
            pages.append(int(i + 1));
    }
    return pages;
}
} // namespace

// The printed decision read back from its PDF: what a council member sees, and what Decree 30 asks.
class TestDecisionPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void headingAndTexts();
    void centrallyRunCity();
    void unitsInRankOrder_data();
    void unitsInRankOrder();
    void unrankedUnitsLastWithoutRank();
    void fontsEmbedded();
    void a4PagesAndLandscapeAnnex();
    void pageNumbers();
    void draftMark_data();
    void draftMark();
    void pdfA();
    void writesWholeOrNothing();
    void longAnnexNeverSplitsARow();
    void printerAndPreviewUseTheSamePages();
    void landscapeTurnedWhereTheDeviceRefuses();
    void draftSaysCriteriaDoNotAddUp_data();
    void draftSaysCriteriaDoNotAddUp();

private:
    // Writes the document and returns its path, or fails the test.
    QString write(const DecisionDocument &doc, const QString &name, DecisionLayout *layout = nullptr);
    QTemporaryDir m_dir;
};

void TestDecisionPdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Status fonts = DecisionFonts::ensureLoaded();
    QVERIFY2(fonts.ok(), qPrintable(fonts.error().text()));
}

QString TestDecisionPdf::write(const DecisionDocument &doc, const QString &name, DecisionLayout *layout)
{
    const QString path = m_dir.filePath(name);
    if (!layout) {
        const Status s = DecisionPrint::writePdf(doc, path);
        if (!s)
            qWarning("%s", qPrintable(s.error().text()));
        return s ? path : QString();
    }
    // Rendered here, as writePdf() does, to keep the layout the file was painted from.
    QPdfWriter writer(path);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setResolution(1200);
    auto rendered = DecisionPrint::render(doc, &writer);
    if (!rendered) {
        qWarning("%s", qPrintable(rendered.error().text()));
        return QString();
    }
    *layout = std::move(rendered).value();
    return path;
}

void TestDecisionPdf::headingAndTexts()
{
    const QString pdf = write(finalDecision({districts()}), u"heading.pdf"_s);
    QVERIFY(!pdf.isEmpty());
    const auto text = pageText(pdf, 1, 2);
    if (!text)
        QSKIP(qPrintable(popplerMissing));
    const QString simplified = text->simplified();
    for (const QString &expected :
        {u"ỦY BAN NHÂN DÂN"_s, u"TỈNH MINH HÒA"_s, u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s,
            u"Độc lập - Tự do - Hạnh phúc"_s, u"Số: 600/QĐ-UBND"_s, u"Minh Hòa, ngày 02 tháng 02 năm 2024"_s,
            u"QUYẾT ĐỊNH"_s,
            u"Về việc phê duyệt và công bố Chỉ số cải cách hành chính năm 2023 của UBND các huyện, thị xã, thành phố"_s,
            u"ỦY BAN NHÂN DÂN TỈNH MINH HÒA"_s, u"Căn cứ Luật Tổ chức chính quyền địa phương"_s,
            u"Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số"_s, u"QUYẾT ĐỊNH:"_s,
            u"Điều 1. Phê duyệt và công bố Chỉ số cải cách hành chính"_s,
            u"được quy định tại Phụ lục II kèm theo Quyết định này."_s, u"Chủ tịch UBND các huyện, thị xã, thành phố"_s,
            u"Điều 2."_s, u"Điều 3."_s, u"Nơi nhận:"_s, u"- Như Điều 3;"_s, u"TM. ỦY BAN NHÂN DÂN"_s, u"KT. CHỦ TỊCH"_s,
            u"PHÓ CHỦ TỊCH"_s, u"Nguyễn Văn Thắng"_s}) {
        QVERIFY2(simplified.contains(expected), qPrintable(u"missing: "_s + expected));
    }
    // The heading's two columns share their lines: issuer beside the national name, number beside the date.
    const QStringList lines = nonEmptyLines(*text);
    QVERIFY(lines[0].contains(u"ỦY BAN NHÂN DÂN"_s) && lines[0].contains(u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s));
    QVERIFY(lines[1].contains(u"TỈNH MINH HÒA"_s) && lines[1].contains(u"Độc lập - Tự do - Hạnh phúc"_s));
    QVERIFY(lines[2].contains(u"Số: 600/QĐ-UBND"_s) && lines[2].contains(u"Minh Hòa, ngày 02 tháng 02 năm 2024"_s));
}

void TestDecisionPdf::centrallyRunCity()
{
    DecisionDocument doc = finalDecision({districts()});
    DecisionContext context = DecisionDocument::contextFor(doc.year, doc.annexes, u"Hải Phòng"_s);
    context.city = true;
    doc.texts = DecisionTexts::defaults(context);
    doc.texts.signature.name = u"Nguyễn Văn Thắng"_s;
    const QString pdf = write(doc, u"city.pdf"_s);
    QVERIFY(!pdf.isEmpty());
    if (const QString keep = qEnvironmentVariable("PARINDEX_KEEP_PDF"); !keep.isEmpty())
        QFile::copy(pdf, QDir(keep).filePath(u"decision-city.pdf"_s));
    const auto text = pageText(pdf, 1, 3);
    if (!text)
        QSKIP(qPrintable(popplerMissing));
    const QString simplified = text->simplified();
    for (const QString &expected : {u"THÀNH PHỐ HẢI PHÒNG"_s, u"ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG"_s,
             u"Hải Phòng, ngày 02 tháng 02 năm 2024"_s, u"Chánh Văn phòng Ủy ban nhân dân thành phố"_s,
             u"Thường trực Thành ủy (để báo cáo);"_s, u"của Ủy ban nhân dân thành phố Hải Phòng"_s}) {
        QVERIFY2(simplified.contains(expected), qPrintable(u"missing: "_s + expected));
    }
    QVERIFY2(!simplified.contains(u"TỈNH"_s) && !simplified.contains(u"Tỉnh ủy"_s), qPrintable(simplified));
}

void TestDecisionPdf::unitsInRankOrder_data()
{
    QTest::addColumn<DecisionAnnex>("annex");
    QTest::addColumn<QStringList>("expected"); // "name|index|rank|class", in the printed order

    QTest::newRow("Thanh Hóa districts 2023, with a tie")
        << districts()
        << QStringList {u"Đông Sơn|92,15|1|Xuất sắc"_s, u"Hoằng Hóa|91,92|2|Xuất sắc"_s, u"Nông Cống|88,40|3|Tốt"_s,
               u"Thọ Xuân|88,40|3|Tốt"_s, u"Quảng Xương|79,99|5|Khá"_s, u"Mường Lát|64,50|6|Trung bình"_s};
    QTest::newRow("Thừa Thiên Huế departments 2023")
        << annexOf(u"SO"_s, u"Sở, ban, ngành cấp tỉnh"_s,
               {u"NV:Sở Ngoại vụ:90.83"_s, u"TP:Sở Tư pháp:92.62"_s, u"VP:Văn phòng UBND tỉnh:90.89"_s,
                   u"NN:Sở NN&PTNT:90.91"_s})
        << QStringList {u"Sở Tư pháp|92,62|1|Xuất sắc"_s, u"Sở NN&PTNT|90,91|2|Xuất sắc"_s,
               u"Văn phòng UBND tỉnh|90,89|3|Xuất sắc"_s, u"Sở Ngoại vụ|90,83|4|Xuất sắc"_s};
    QTest::newRow("Thừa Thiên Huế districts 2023, none excellent")
        << annexOf(u"HUYEN"_s, u"UBND cấp huyện"_s,
               {u"PV:Phú Vang:84.86"_s, u"PD:Phong Điền:86.19"_s, u"QD:Quảng Điền:85.77"_s, u"AL:A Lưới:49.99"_s})
        << QStringList {u"Phong Điền|86,19|1|Tốt"_s, u"Quảng Điền|85,77|2|Tốt"_s, u"Phú Vang|84,86|3|Tốt"_s,
               u"A Lưới|49,99|4|Yếu"_s};
}

void TestDecisionPdf::unitsInRankOrder()
{
    QFETCH(DecisionAnnex, annex);
    QFETCH(QStringList, expected);
    DecisionLayout layout;
    const QString pdf = write(finalDecision({annex}), u"order.pdf"_s, &layout);
    QVERIFY(!pdf.isEmpty());
    const QList<int> annexPages = pagesOf(layout, 1);
    QVERIFY(!annexPages.isEmpty());
    const auto text = pageText(pdf, annexPages.first(), annexPages.last());
    if (!text)
        QSKIP(qPrintable(popplerMissing));
    QVERIFY(text->contains(u"CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023 CỦA"_s));
    const QStringList lines = nonEmptyLines(*text);
    qsizetype previous = -1;
    for (const QString &e : expected) {
        const QStringList f = e.split(u'|');
        const qsizetype at
            = lineWith(lines, QRegularExpression(u"\\d+\\s+"_s + QRegularExpression::escape(f[0]) + u"\\s"_s));
        QVERIFY2(at > previous, qPrintable(u"%1 is not after the unit before it"_s.arg(f[0])));
        // Index, rank and class close the row (the index also follows the total when the maximum is 100).
        const QRegularExpression tail(QRegularExpression::escape(f[1]) + u"\\s+"_s + f[2] + u"\\s+"_s
            + QRegularExpression::escape(f[3]) + u"\\s*$"_s);
        QVERIFY2(lines[at].contains(tail), qPrintable(lines[at]));
        previous = at;
    }
}

void TestDecisionPdf::unrankedUnitsLastWithoutRank()
{
    UnitResult special = unitWithIndex(u"BQL"_s, u"Ban Quản lý đặc thù"_s, u"95.5"_s, false);
    UnitResult incomplete = unitWithIndex(u"EA"_s, u"Ea Súp"_s, u"70"_s);
    incomplete.missing = {u"1.2.1"_s, u"3.4"_s};
    // Every criterion not applicable to Mường Lát: no maximum, so no index, and never "0,00 ... Yếu".
    UnitResult nothing = unitWithIndex(u"ML"_s, u"Mường Lát"_s, u"0"_s);
    nothing.max = Fixed();
    for (AreaResult &a : nothing.areas)
        a.max = Fixed();
    const DecisionAnnex annex = annexOf(
        u"HUYEN"_s, u"UBND cấp huyện"_s, {u"A:An Nhơn:80"_s, u"B:Bình Sơn:75"_s}, {special, nothing}, {incomplete});
    DecisionLayout layout;
    const QString pdf = write(finalDecision({annex}), u"unranked.pdf"_s, &layout);
    const auto text = pageText(pdf, pagesOf(layout, 1).first(), pagesOf(layout, 1).last());
    if (!text)
        QSKIP(qPrintable(popplerMissing));
    const QStringList lines = nonEmptyLines(*text);
    const auto lineOf
        = [&](const QString &name) { return lineWith(lines, QRegularExpression(QRegularExpression::escape(name))); };
    QVERIFY(lineOf(u"Bình Sơn"_s) < lineOf(u"Cơ quan, đơn vị không xếp hạng"_s));
    QVERIFY(lineOf(u"Cơ quan, đơn vị không xếp hạng"_s) < lineOf(u"Ban Quản lý đặc thù"_s));
    QVERIFY(lineOf(u"Ban Quản lý đặc thù"_s) < lineOf(u"Ea Súp"_s));
    // The special unit keeps its index and class but has no rank; the incomplete one says why.
    QVERIFY2(lines[lineOf(u"Ban Quản lý đặc thù"_s)].contains(QRegularExpression(u"95,50\\s+–\\s+Xuất sắc"_s)),
        qPrintable(lines[lineOf(u"Ban Quản lý đặc thù"_s)]));
    QVERIFY(lines[lineOf(u"Ea Súp"_s)].contains(u"Chưa xếp hạng: còn thiếu điểm thẩm định của 2 tiêu chí"_s));
    QVERIFY(!lines[lineOf(u"Ea Súp"_s)].contains(u"70,00"_s));
    QVERIFY(lineOf(u"Ban Quản lý đặc thù"_s) < lineOf(u"Mường Lát"_s));
    const QString ml = lines[lineOf(u"Mường Lát"_s)];
    QVERIFY2(
        ml.contains(u"Không xếp hạng: tất cả tiêu chí đều không áp dụng đối với cơ quan, đơn vị"_s), qPrintable(ml));
    QVERIFY2(!ml.contains(u"0,00"_s) && !ml.contains(u"Yếu"_s), qPrintable(ml));
}

void TestDecisionPdf::fontsEmbedded()
{
    const QString pdf = write(finalDecision({districts()}), u"fonts.pdf"_s);
    const auto fonts = poppler(u"pdffonts"_s, {pdf});
    if (!fonts)
        QSKIP(qPrintable(popplerMissing));
    const QStringList lines = nonEmptyLines(*fonts);
    QVERIFY(lines.size() > 2);
    QVERIFY(lines[0].contains(u"emb"_s));
    const qsizetype embColumn = lines[0].indexOf(u"emb"_s);
    QSet<QString> names;
    for (const QString &line : lines.mid(2)) {
        names.insert(line.section(u' ', 0, 0));
        QCOMPARE(line.mid(embColumn, 3), u"yes"_s);
    }
    QVERIFY(names.contains(u"LiberationSerif"_s));
    QVERIFY(names.contains(u"LiberationSerif-Bold"_s));
    QVERIFY(names.contains(u"LiberationSerif-Italic"_s));
    QVERIFY(names.contains(u"LiberationSerif-BoldItalic"_s));
}

void TestDecisionPdf::a4PagesAndLandscapeAnnex()
{
    DecisionLayout layout;
    const QString pdf = write(finalDecision({districts()}), u"a4.pdf"_s, &layout);
    const auto info = poppler(u"pdfinfo"_s, {u"-f"_s, u"1"_s, u"-l"_s, u"99"_s, pdf});
    if (!info)
        QSKIP(qPrintable(popplerMissing));
    QVERIFY(info->contains(u"Pages:           %1\n"_s.arg(layout.pages().size())));
    // Eight area columns do not fit a portrait page beside the unit names: the group annex is landscape,
    // the decision and the methodology annex are portrait.
    for (qsizetype i = 0; i < layout.pages().size(); ++i) {
        const DecisionPage &page = layout.pages()[i];
        const QString size
            = page.orientation == QPageLayout::Portrait ? u"595 x 842 pts (A4)"_s : u"842 x 595 pts (A4)"_s;
        const QRegularExpression line(u"Page\\s+%1 size:\\s+%2"_s.arg(i + 1).arg(QRegularExpression::escape(size)));
        QVERIFY2(info->contains(line), qPrintable(*info));
        QCOMPARE(page.orientation, page.section == 1 ? QPageLayout::Landscape : QPageLayout::Portrait);
    }
}

void TestDecisionPdf::pageNumbers()
{
    DecisionLayout layout;
    const QString pdf = write(finalDecision({districts()}), u"numbers.pdf"_s, &layout);
    const QList<int> body = pagesOf(layout, 0);
    QVERIFY2(body.size() >= 2, "the default texts fill more than one page");
    // Decree 30: none on page 1, then 2, 3...; each annex numbered on its own.
    QCOMPARE(layout.pages()[0].number, 0);
    QCOMPARE(layout.pages()[1].number, 2);
    QCOMPARE(layout.pages()[pagesOf(layout, 1).first() - 1].number, 0);

    const auto first = pageText(pdf, 1, 1);
    const auto second = pageText(pdf, 2, 2);
    if (!first || !second)
        QSKIP(qPrintable(popplerMissing));
    QVERIFY(nonEmptyLines(*first).first().contains(u"ỦY BAN NHÂN DÂN"_s));
    for (const QString &line : nonEmptyLines(*first))
        QVERIFY2(!QRegularExpression(u"^\\s*\\d+\\s*$"_s).match(line).hasMatch(), qPrintable(line));
    QCOMPARE(nonEmptyLines(*second).first().trimmed(), u"2"_s);
    // Centred over the text: about as far from the text's left edge as from its right one.
    const QString numberLine = nonEmptyLines(*second).first();
    QVERIFY(numberLine.indexOf(u'2') > 20);
}

void TestDecisionPdf::draftMark_data()
{
    QTest::addColumn<bool>("draft");
    QTest::newRow("draft") << true;
    QTest::newRow("final") << false;
}

void TestDecisionPdf::draftMark()
{
    QFETCH(bool, draft);
    DecisionDocument doc = finalDecision({districts()});
    doc.draft = draft;
    if (draft) {
        doc.number.clear();
        doc.date = QDate();
    }
    DecisionLayout layout;
    const QString pdf = write(doc, u"draft.pdf"_s, &layout);
    for (int page = 1; page <= layout.pages().size(); ++page) {
        const auto text = pageText(pdf, page, page);
        if (!text)
            QSKIP(qPrintable(popplerMissing));
        QCOMPARE(text->contains(u"DỰ THẢO"_s), draft);
    }
    const auto first = pageText(pdf, 1, 1);
    // A draft leaves the number and the day and month blank for the office; a final one prints them.
    QCOMPARE(first->contains(u"Số: 600/QĐ-UBND"_s), !draft);
    QCOMPARE(first->simplified().contains(u"Minh Hòa, ngày tháng năm 2024"_s), draft);
}

void TestDecisionPdf::pdfA()
{
    const QString pdf = write(finalDecision({districts()}), u"pdfa.pdf"_s);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    // Qt 6.4 writes the PDF/A-1b identification and an sRGB output intent.
    QVERIFY(bytes.contains("pdfaid:part"));
    QVERIFY(bytes.contains("/OutputIntents"));
    const auto info = poppler(u"pdfinfo"_s, {pdf});
    if (!info)
        QSKIP(qPrintable(popplerMissing));
    QVERIFY(info->contains(u"Title:           Quyết định số 600/QĐ-UBND về việc phê duyệt và công bố"_s));
}

void TestDecisionPdf::writesWholeOrNothing()
{
    const QString path = m_dir.filePath(u"whole/decision.pdf"_s);
    QVERIFY(QDir(m_dir.path()).mkpath(u"whole"_s));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older file");
    }
    QVERIFY(DecisionPrint::writePdf(finalDecision({districts()}), path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("%PDF-"));
    QCOMPARE(QDir(m_dir.filePath(u"whole"_s)).entryList(QDir::Files | QDir::Hidden), QStringList {u"decision.pdf"_s});

    const Status refused = DecisionPrint::writePdf(finalDecision({districts()}), m_dir.filePath(u"missing/d.pdf"_s));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(u"missing"_s));
    QVERIFY(!QFile::exists(m_dir.filePath(u"missing/d.pdf"_s)));
}

void TestDecisionPdf::longAnnexNeverSplitsARow()
{
    // The country's 3,321 communes in one annex.
    constexpr int units = 3321;
    DecisionAnnex annex = annexOf(u"XA"_s, u"UBND cấp xã"_s, {});
    annex.table.ranked = communes(units);
    DecisionDocument doc = finalDecision({annex});
    doc.texts.methodologyAnnex = false;
    DecisionLayout layout;
    const QString pdf = write(doc, u"communes.pdf"_s, &layout);
    QVERIFY(!pdf.isEmpty());

    QList<int> seen(units, 0);
    int annexPages = 0;
    for (const DecisionPage &page : layout.pages()) {
        if (page.section != 1)
            continue;
        ++annexPages;
        // Every page of the table starts with its two header rows.
        QVERIFY(page.rows.size() > 2);
        QVERIFY(page.rows[0].header && page.rows[1].header);
        qreal bottom = page.bodyRect.top();
        for (const DecisionPage::Row &row : page.rows) {
            // Whole rows only, inside the body, one under the other.
            QVERIFY2(page.bodyRect.adjusted(-0.5, -0.5, 0.5, 0.5).contains(row.rect),
                qPrintable(u"row %1 leaves the page body"_s.arg(row.row)));
            QVERIFY(row.rect.top() >= bottom - 0.5);
            bottom = row.rect.bottom();
            if (!row.header)
                ++seen[row.row];
        }
    }
    QCOMPARE(seen.count(1), units);
    // A landscape body holds about 22 one-line rows under the header; the names average 1.6 lines (three
    // of five names take one line, one two, one three), so about 15 rows, some 220 pages.
    QVERIFY2(annexPages >= 190 && annexPages <= 270, qPrintable(QString::number(annexPages)));
    const auto info = poppler(u"pdfinfo"_s, {pdf});
    if (!info)
        QSKIP(qPrintable(popplerMissing));
    QVERIFY(info->contains(u"Pages:           %1\n"_s.arg(layout.pages().size())));
    // The last commune is printed, on the last page.
    const auto last = pageText(pdf, int(layout.pages().size()), int(layout.pages().size()));
    QVERIFY(last->contains(u"số 3321"_s));
}

void TestDecisionPdf::printerAndPreviewUseTheSamePages()
{
    // The print dialog's printer and the preview paint through the same render(): same pages, same words.
    const DecisionDocument doc = finalDecision({districts()});
    DecisionLayout fromWriter;
    const QString viaWriter = write(doc, u"writer.pdf"_s, &fromWriter);

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString viaPrinter = m_dir.filePath(u"printer.pdf"_s);
    printer.setOutputFileName(viaPrinter);
    const auto fromPrinter = DecisionPrint::render(doc, &printer);
    QVERIFY(fromPrinter.ok());
    QCOMPARE(fromPrinter->pages().size(), fromWriter.pages().size());
    for (qsizetype i = 0; i < fromWriter.pages().size(); ++i)
        QCOMPARE(fromPrinter->pages()[i].orientation, fromWriter.pages()[i].orientation);

    QPrintPreviewWidget preview;
    int painted = 0;
    connect(&preview, &QPrintPreviewWidget::paintRequested, this, [&](QPrinter *p) {
        ++painted;
        QVERIFY(DecisionPrint::render(doc, p).ok());
    });
    preview.updatePreview();
    QCOMPARE(painted, 1);
    QCOMPARE(preview.pageCount(), int(fromWriter.pages().size()));

    const auto a = poppler(u"pdftotext"_s, {viaWriter, u"-"_s});
    const auto b = poppler(u"pdftotext"_s, {viaPrinter, u"-"_s});
    if (!a || !b)
        QSKIP(qPrintable(popplerMissing));
    QCOMPARE(b->simplified(), a->simplified());
}

namespace {
// A device that keeps its page layout once painting has begun, as the print preview's printer does.
class FixedLayoutWriter : public QPdfWriter
{
public:
    using QPdfWriter::QPdfWriter;
    bool setPageLayout(const QPageLayout &layout) override
    {
        return !paintingActive() && QPdfWriter::setPageLayout(layout);
    }
};

// The box of the first word `word` on a page, from pdftotext -bbox.
QRectF wordBox(const QString &pdf, int page, const QString &word)
{
    const auto html = poppler(
        u"pdftotext"_s, {u"-bbox"_s, u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), pdf, u"-"_s});
    if (!html)
        return {};
    const QRegularExpression box(u"<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">"_s
        + QRegularExpression::escape(word) + u"</word>"_s);
    const auto m = box.match(*html);
    if (!m.hasMatch())
        return {};
    return QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
        QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()));
}
} // namespace

// The landscape annex on a device that cannot turn its sheet: drawn turned on the portrait sheet, every word of it
// still there (its heading reads down the page instead of across it).
void TestDecisionPdf::landscapeTurnedWhereTheDeviceRefuses()
{
    const DecisionDocument doc = finalDecision({districts()});
    DecisionLayout turned;
    const QString pdf = m_dir.filePath(u"turned.pdf"_s);
    {
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        FixedLayoutWriter writer(&file);
        writer.setResolution(1200);
        const auto layout = DecisionPrint::render(doc, &writer);
        QVERIFY(layout.ok());
        turned = *layout;
    }
    const QList<int> annex = pagesOf(turned, 1);
    QVERIFY(!annex.isEmpty());
    QCOMPARE(turned.pages()[annex.first() - 1].orientation, QPageLayout::Landscape);
    const auto info = poppler(u"pdfinfo"_s, {u"-f"_s, u"1"_s, u"-l"_s, u"99"_s, pdf});
    if (!info)
        QSKIP(qPrintable(popplerMissing));
    QCOMPARE(int(info->count(u"595 x 842 pts (A4)"_s)), int(turned.pages().size())); // every sheet portrait
    const QRectF across = wordBox(write(doc, u"upright.pdf"_s), annex.first(), u"CHỈ"_s);
    const QRectF down = wordBox(pdf, annex.first(), u"CHỈ"_s);
    QVERIFY2(!across.isEmpty() && across.width() > across.height(), "the upright heading reads across");
    QVERIFY2(!down.isEmpty() && down.height() > down.width(), "the turned heading reads down the sheet");
    const auto text = pageText(pdf, annex.first(), annex.last());
    QVERIFY(text && text->contains(u"Phụ lục I"_s));
}

// A draft computed on criteria of 101 points says so under the annex table; a draft on a sound tree and an issued
// decision say nothing. The annex header reads "Tổng điểm đạt được".
void TestDecisionPdf::draftSaysCriteriaDoNotAddUp_data()
{
    QTest::addColumn<bool>("draft");
    QTest::addColumn<bool>("sound");
    QTest::addColumn<bool>("noted");
    QTest::newRow("draft, 101 points") << true << false << true;
    QTest::newRow("draft, 100 points") << true << true << false;
    QTest::newRow("issued") << false << false << false;
}

void TestDecisionPdf::draftSaysCriteriaDoNotAddUp()
{
    QFETCH(bool, draft);
    QFETCH(bool, sound);
    QFETCH(bool, noted);
    DecisionAnnex annex = districts();
    Criterion area;
    area.code = u"1"_s;
    area.title = u"Lĩnh vực một"_s;
    area.maxPoints = Fixed::fromInt(sound ? 100 : 101);
    area.kind = CriterionKind::Score;
    annex.criteria = *CriteriaTree::build({area});
    DecisionDocument doc = finalDecision({annex});
    doc.draft = draft;
    const QString pdf = write(doc, u"sums.pdf"_s);
    const auto text = poppler(u"pdftotext"_s, {pdf, u"-"_s}); // in reading order: the header's words follow each other
    if (!text)
        QSKIP(qPrintable(popplerMissing));
    const QString simplified = text->simplified();
    QCOMPARE(simplified.contains(u"Lưu ý: điểm tối đa của bộ tiêu chí chưa khớp (các lĩnh vực cộng lại 101 điểm, không "
                                 "phải 100 điểm)"_s),
        noted);
    QVERIFY(simplified.contains(u"Tổng điểm đạt được"_s));
}

QTEST_MAIN(TestDecisionPdf)
#include "tst_decisionpdf.moc"
