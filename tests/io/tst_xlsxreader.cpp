// XlsxReader: workbooks saved by LibreOffice Calc (shared strings with rich text, a formula, a date, empty
// cells, a blank row, a second sheet), the same file with inline strings and in strict OOXML, and crafted
// workbooks for each cell type, sparse rows, the relationships, and every limit and refusal.
#include "io/xlsx/xlsxreader.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QtCore/QBuffer>
#include <QtTest/QTest>

using namespace parindex;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(parindex::XlsxLimits)

using Rows = QList<QStringList>;
using Parts = QMap<QString, QByteArray>;

namespace {
const QString dataDir = QStringLiteral(PARINDEX_TEST_DATA);

QByteArray readData(const QString &name)
{
    QFile f(dataDir + u'/' + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    return f.readAll();
}

// A zip of the given parts, as a workbook is.
QByteArray zip(const Parts &parts)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip z(&buffer);
    if (!z.open(QuaZip::mdCreate))
        qFatal("cannot create zip");
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        QuaZipFile f(&z);
        f.open(QIODevice::WriteOnly, QuaZipNewInfo(it.key()));
        f.write(it.value());
        f.close();
    }
    z.close();
    return bytes;
}

const QByteArray mainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const QByteArray relNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// A one-sheet workbook around the given <sheetData> content, with optional shared strings and styles.
QByteArray workbook(const QByteArray &sheetData, const QByteArray &sharedStrings = {}, const QByteArray &styles = {},
    const QByteArray &workbookPr = {}, const QByteArray &prolog = {})
{
    Parts parts;
    parts[u"[Content_Types].xml"_s] = "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
    parts[u"_rels/.rels"_s] = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                              "<Relationship Id=\"rId1\" Type=\""
        + relNs + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
    parts[u"xl/workbook.xml"_s] = "<workbook xmlns=\"" + mainNs + "\" xmlns:r=\"" + relNs + "\">" + workbookPr
        + "<sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId7\"/></sheets></workbook>";
    QByteArray rels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                      "<Relationship Id=\"rId7\" Type=\""
        + relNs + "/worksheet\" Target=\"sheets/data.xml\"/>";
    if (!sharedStrings.isEmpty()) {
        rels += "<Relationship Id=\"rId8\" Type=\"" + relNs + "/sharedStrings\" Target=\"/xl/strings.xml\"/>";
        parts[u"xl/strings.xml"_s] = prolog + "<sst xmlns=\"" + mainNs + "\">" + sharedStrings + "</sst>";
    }
    if (!styles.isEmpty()) {
        rels += "<Relationship Id=\"rId9\" Type=\"" + relNs + "/styles\" Target=\"styles.xml\"/>";
        parts[u"xl/styles.xml"_s] = "<styleSheet xmlns=\"" + mainNs + "\">" + styles + "</styleSheet>";
    }
    parts[u"xl/_rels/workbook.xml.rels"_s] = rels + "</Relationships>";
    parts[u"xl/sheets/data.xml"_s]
        = prolog + "<worksheet xmlns=\"" + mainNs + "\"><sheetData>" + sheetData + "</sheetData></worksheet>";
    return zip(parts);
}

CsvTable parsed(const QByteArray &bytes, const QString &sheet = {})
{
    auto t = XlsxReader::parse(bytes, u"book.xlsx"_s, sheet);
    if (!t)
        qFatal("%s", qPrintable(t.error().text()));
    return *t;
}

const QStringList scoresHeader = {u"unit_code"_s, u"criterion_code"_s, u"self"_s, u"appraised"_s, u"note"_s};
const Rows scoresRows = {
    {u"DS"_s, u"1.1.1"_s, u"2"_s, u"1.5"_s, u"Đủ hồ sơ kiểm chứng"_s},
    {u"DS"_s, u"1.1.2"_s, u"90"_s, u"85.5"_s},
    {u"DS"_s, u"1.2"_s, u"6"_s, u"5.25"_s, u"2024-01-15"_s},
    {u"HH"_s, u"1.1.1"_s, u""_s, u"1"_s},
    {u"HH"_s, u"1.3"_s, u""_s, u"0.5"_s, u"Chậm 2 báo cáo"_s},
    {u"TX"_s, u"1.2"_s, u"na"_s, u""_s, u"Đủ hồ sơ kiểm chứng"_s},
    {u"TX"_s, u"2"_s, u""_s, u"72"_s},
};
} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT
private slots:
    void savedByLibreOffice_data();
    void savedByLibreOffice();
    void firstSheetByDefault();
    void cellTypes_data();
    void cellTypes();
    void sparseRows();
    void headerIsFirstRowWithValues();
    void refused_data();
    void refused();
    void limits_data();
    void limits();
    void cancel();
    void progress();
    void problemNamesCell();
};

void TestXlsxReader::savedByLibreOffice_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("shared strings, rich text (LibreOffice)") << u"scores-libreoffice.xlsx"_s;
    QTest::newRow("inline strings") << u"scores-inline.xlsx"_s;
    QTest::newRow("strict OOXML") << u"scores-strict.xlsx"_s;
}

void TestXlsxReader::savedByLibreOffice()
{
    QFETCH(QString, file);
    const QByteArray bytes = readData(file);
    const auto names = XlsxReader::sheetNames(bytes, file);
    QVERIFY2(names, qPrintable(names.error().text()));
    QCOMPARE(*names, QStringList({u"Ghi chú"_s, u"Điểm"_s}));

    const auto table = XlsxReader::parse(bytes, file, u"Điểm"_s);
    QVERIFY2(table, qPrintable(table.error().text()));
    QCOMPARE(table->sheet, u"Điểm"_s);
    QCOMPARE(table->header, scoresHeader);
    QCOMPARE(table->headerLine, 1);
    QCOMPARE(table->rows, scoresRows);
    // Row 5 is blank in the sheet: the numbers stay those the spreadsheet shows.
    QCOMPARE(table->lines, QList<int>({2, 3, 4, 6, 7, 8, 9}));
    // A sheet name ignoring case.
    QVERIFY(XlsxReader::parse(bytes, file, u"điểm"_s));
}

void TestXlsxReader::firstSheetByDefault()
{
    const CsvTable t = parsed(readData(u"scores-libreoffice.xlsx"_s));
    QCOMPARE(t.sheet, u"Ghi chú"_s);
    QCOMPARE(t.header, QStringList({u"Điểm tự đánh giá và thẩm định năm 2023, nhóm UBND cấp huyện"_s}));
    QCOMPARE(t.rows, Rows({{u"Bảng điểm ở trang tính \"Điểm\"."_s}}));
}

void TestXlsxReader::cellTypes_data()
{
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QByteArray>("workbookPr");
    const QByteArray none;
    QTest::newRow("number") << QByteArray("<c r=\"A2\"><v>91.92</v></c>") << u"91.92"_s << none;
    QTest::newRow("number with type n") << QByteArray("<c r=\"A2\" t=\"n\"><v>7</v></c>") << u"7"_s << none;
    QTest::newRow("binary noise cut to 15 digits")
        << QByteArray("<c r=\"A2\"><f>0.1+0.2</f><v>0.30000000000000004</v></c>") << u"0.3"_s << none;
    QTest::newRow("exponent") << QByteArray("<c r=\"A2\"><v>1.5E-3</v></c>") << u"0.0015"_s << none;
    QTest::newRow("large exponent") << QByteArray("<c r=\"A2\"><v>1E+16</v></c>") << u"10000000000000000"_s << none;
    QTest::newRow("negative zero") << QByteArray("<c r=\"A2\"><v>-0</v></c>") << u"0"_s << none;
    QTest::newRow("negative") << QByteArray("<c r=\"A2\"><v>-2.5</v></c>") << u"-2.5"_s << none;
    // A truth value is not a number: a score's cell refuses TRUE rather than reading 1 point.
    QTest::newRow("boolean true") << QByteArray("<c r=\"A2\" t=\"b\"><v>1</v></c>") << u"TRUE"_s << none;
    QTest::newRow("boolean false") << QByteArray("<c r=\"A2\" t=\"b\"><v>0</v></c>") << u"FALSE"_s << none;
    QTest::newRow("shared formula with its value")
        << QByteArray("<c r=\"A2\"><f t=\"shared\" si=\"0\"/><v>4.5</v></c>") << u"4.5"_s << none;
    QTest::newRow("formula with an empty text result")
        << QByteArray("<c r=\"A2\" t=\"str\"><f>\"\"</f><v></v></c><c r=\"B2\"><v>1</v></c>") << u""_s << none;
    QTest::newRow("formula text") << QByteArray("<c r=\"A2\" t=\"str\"><f>A1&amp;\"x\"</f><v>ax</v></c>") << u"ax"_s
                                  << none;
    QTest::newRow("inline string, runs") << QByteArray(
        "<c r=\"A2\" t=\"inlineStr\"><is><r><t>Sở </t></r><r><rPr><b/></rPr><t>Tư pháp</t></r>"
        "<rPh><t>x</t></rPh></is></c>") << u"Sở Tư pháp"_s
                                         << none;
    QTest::newRow("inline string, trimmed")
        << QByteArray("<c r=\"A2\" t=\"inlineStr\"><is><t> DS </t></is></c>") << u"DS"_s << none;
    // NFD "Hoằng" (o + breve-a as a + U+0306 + U+0300) comes out NFC.
    QTest::newRow("decomposed text to NFC")
        << QByteArray("<c r=\"A2\" t=\"inlineStr\"><is><t>Hoa\xCC\x86\xCC\x80ng</t></is></c>") << u"Hoằng"_s << none;
    QTest::newRow("shared string") << QByteArray("<c r=\"A2\" t=\"s\"><v>1</v></c>") << u"Đông Sơn"_s << none;
    QTest::newRow("shared rich text, phonetic left out")
        << QByteArray("<c r=\"A2\" t=\"s\"><v>2</v></c>") << u"Thọ Xuân"_s << none;
    QTest::newRow("date by built-in format 14")
        << QByteArray("<c r=\"A2\" s=\"1\"><v>45306</v></c>") << u"2024-01-15"_s << none;
    QTest::newRow("date by custom format")
        << QByteArray("<c r=\"A2\" s=\"2\"><v>45306.5</v></c>") << u"2024-01-15 12:00:00"_s << none;
    QTest::newRow("number format with quoted d is no date")
        << QByteArray("<c r=\"A2\" s=\"3\"><v>12.5</v></c>") << u"12.5"_s << none;
    QTest::newRow("1900: day 59 is 28 Feb 1900")
        << QByteArray("<c r=\"A2\" s=\"1\"><v>59</v></c>") << u"1900-02-28"_s << none;
    QTest::newRow("1900: day 61 is 1 Mar 1900")
        << QByteArray("<c r=\"A2\" s=\"1\"><v>61</v></c>") << u"1900-03-01"_s << none;
    QTest::newRow("1904 date system") << QByteArray("<c r=\"A2\" s=\"1\"><v>43844</v></c>") << u"2024-01-15"_s
                                      << QByteArray("<workbookPr date1904=\"1\"/>");
    QTest::newRow("ISO date cell (t=d)") << QByteArray("<c r=\"A2\" t=\"d\"><v>2024-01-15T00:00:00</v></c>")
                                         << u"2024-01-15"_s << none;
}

void TestXlsxReader::cellTypes()
{
    QFETCH(QByteArray, cell);
    QFETCH(QString, expected);
    QFETCH(QByteArray, workbookPr);
    const QByteArray strings = "<si><t>unused</t></si><si><t>Đông Sơn</t></si>"
                               "<si><r><t>Thọ</t></r><r><rPr><i/></rPr><t xml:space=\"preserve\"> Xuân</t></r>"
                               "<rPh sb=\"0\" eb=\"1\"><t>ト</t></rPh></si>";
    const QByteArray styles = "<numFmts><numFmt numFmtId=\"170\" formatCode=\"dd/mm/yyyy\\ hh:mm\"/>"
                              "<numFmt numFmtId=\"171\" formatCode=\"0.00&quot; d&quot;\"/></numFmts>"
                              "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"170\"/>"
                              "<xf numFmtId=\"171\"/></cellXfs>";
    const CsvTable t = parsed(
        workbook("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row><row r=\"2\">" + cell + "</row>",
            strings, styles, workbookPr));
    QCOMPARE(t.rows.value(0).value(0), expected);
    QCOMPARE(t.rows.size(), 1);
}

void TestXlsxReader::sparseRows()
{
    // Rows and cells without r follow the one before; empty cells fill the gaps.
    const CsvTable t = parsed(workbook("<row><c t=\"inlineStr\"><is><t>a</t></is></c><c r=\"C1\"><v>3</v></c></row>"
                                       "<row r=\"4\"><c r=\"B4\"><v>2</v></c><c><v>5</v></c></row>"
                                       "<row><c r=\"A5\" t=\"inlineStr\"><is><t/></is></c></row>"
                                       "<row r=\"7\"><c r=\"D7\"><v>1</v></c></row>"));
    QCOMPARE(t.header, QStringList({u"a"_s, QString(), u"3"_s}));
    QCOMPARE(t.rows, Rows({{QString(), u"2"_s, u"5"_s}, {QString(), QString(), QString(), u"1"_s}}));
    QCOMPARE(t.lines, QList<int>({4, 7}));
    QCOMPARE(t.cellName(1, 4), u"B4"_s);
}

void TestXlsxReader::headerIsFirstRowWithValues()
{
    const CsvTable t = parsed(workbook("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t> </t></is></c></row>"
                                       "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>code</t></is></c></row>"
                                       "<row r=\"4\"><c r=\"B4\"><v>1</v></c></row>"));
    QCOMPARE(t.headerLine, 3);
    QCOMPARE(t.header, QStringList({QString(), u"code"_s}));
    QCOMPARE(t.lines, QList<int>({4}));
}

void TestXlsxReader::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not a zip") << QByteArray("unit_code,appraised\nDS,1\n") << QString()
                               << u"book.xlsx – the file is not an .xlsx workbook (it is not a zip archive)."_s;
    QTest::newRow("Excel 97-2003") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest") << QString()
                                   << u"book.xlsx – this is an Excel 97-2003 workbook (.xls): expected an .xlsx "
                                      "workbook. Save it as \"Excel Workbook (.xlsx)\" and import that file."_s;
    QTest::newRow("a zip, not a workbook") << zip({{u"a.txt"_s, "hello"}}) << QString()
                                           << u"book.xlsx – the workbook lacks its part xl/workbook.xml: expected a "
                                              "complete .xlsx file."_s;
    QTest::newRow("unknown sheet") << workbook("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>") << u"Điểm"_s
                                   << u"book.xlsx – there is no sheet named \"Điểm\": expected one of Data."_s;
    QTest::newRow("empty sheet") << workbook({}) << QString()
                                 << u"book.xlsx, sheet Data – the sheet Data is empty: expected a header row with the "
                                    "column names."_s;
    QTest::newRow("shared string out of range")
        << workbook("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>5</v></c></row>", "<si><t>a</t></si>") << QString()
        << u"book.xlsx, sheet Data, row 1 – cell A1 refers to shared string 5, which the workbook does not have: "
           "expected a complete .xlsx file."_s;
    QTest::newRow("bad cell reference") << workbook("<row r=\"2\"><c r=\"2B\"><v>1</v></c></row>") << QString()
                                        << u"book.xlsx, sheet Data, row 2 – the cell reference \"2B\" is not valid: "
                                           "expected a column letter and a row number such as D7."_s;
    QTest::newRow("cells out of order")
        << workbook("<row r=\"2\"><c r=\"C2\"><v>1</v></c><c r=\"B2\"><v>1</v></c></row>") << QString()
        << u"book.xlsx, sheet Data, row 2 – the cell B2 is out of place: expected the cells of row 2 from left to "
           "right."_s;
    QTest::newRow("rows out of order")
        << workbook("<row r=\"3\"><c r=\"A3\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>1</v></c></row>")
        << QString() << u"book.xlsx, sheet Data, row 2 – row 2 comes after row 3: expected rows in ascending order."_s;
    QTest::newRow("formula without its computed value")
        << workbook("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"7\"><c r=\"D7\"><f>SUM(A1:C1)</f></c></row>")
        << QString()
        << u"book.xlsx, sheet Data, row 7 – cell D7: the formula has no computed value – open and save the workbook in "
           "Excel or LibreOffice so that formulas are computed."_s;
    QTest::newRow("shared formula without its computed value")
        << workbook("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"B2\" t=\"str\">"
                    "<f t=\"shared\" si=\"0\"/></c></row>")
        << QString()
        << u"book.xlsx, sheet Data, row 2 – cell B2: the formula has no computed value – open and save the workbook in "
           "Excel or LibreOffice so that formulas are computed."_s;
    QTest::newRow("error value")
        << workbook("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"C2\" t=\"e\"><f>1/0</f>"
                    "<v>#DIV/0!</v></c></row>")
        << QString()
        << u"book.xlsx, sheet Data, row 2 – cell C2 holds the error #DIV/0!: expected a value. Correct the cell or its "
           "formula, then save the workbook again."_s;
    QTest::newRow("#N/A")
        << workbook("<row r=\"1\"><c r=\"A1\" t=\"e\"><v>#N/A</v></c></row>") << QString()
        << u"book.xlsx, sheet Data, row 1 – cell A1 holds the error #N/A: expected a value. Correct the cell or its "
           "formula, then save the workbook again."_s;
    QTest::newRow("external entity in a cell")
        << workbook("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"B2\" t=\"inlineStr\">"
                    "<is><t>&ext;</t></is></c></row>",
               {}, {}, {}, "<!DOCTYPE worksheet [<!ENTITY ext SYSTEM \"file:///etc/hostname\">]>")
        << QString()
        << u"book.xlsx – the part sheet Data of the workbook declares entities (<!ENTITY>), which Excel and "
           "LibreOffice never write and which could read as nothing: open and save the workbook in Excel or "
           "LibreOffice."_s;
    QTest::newRow("undefined entity")
        << workbook("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&undefined;</t></is></c></row>") << QString()
        << u"book.xlsx – the part sheet Data of the workbook is damaged (Entity 'undefined' not declared., line 1): "
           "expected well-formed XML."_s;
    QTest::newRow("external entity in a shared string")
        << workbook("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"3\"><c r=\"E3\" t=\"s\"><v>1</v></c></row>",
               "<si><t>a</t></si><si><t>&ext;</t></si>", {}, {},
               "<!DOCTYPE sst [<!ENTITY ext SYSTEM \"file:///etc/hostname\">]>")
        << QString()
        << u"book.xlsx – the part xl/strings.xml of the workbook declares entities (<!ENTITY>), which Excel and "
           "LibreOffice never write and which could read as nothing: open and save the workbook in Excel or "
           "LibreOffice."_s;
    QTest::newRow("number cell that holds text")
        << workbook("<row r=\"1\"><c r=\"A1\" t=\"n\"><v>abc</v></c></row>") << QString()
        << u"book.xlsx, sheet Data, row 1 – cell A1 is marked as a number but holds \"abc\": expected a complete .xlsx "
           "file."_s;
    QTest::newRow("unknown cell type")
        << workbook("<row r=\"1\"><c r=\"A1\" t=\"x\"><v>1</v></c></row>") << QString()
        << u"book.xlsx, sheet Data, row 1 – cell A1 has the type \"x\", which is not a type of SpreadsheetML: expected "
           "a complete .xlsx file."_s;
}

void TestXlsxReader::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, sheet);
    QFETCH(QString, expected);
    const auto t = XlsxReader::parse(bytes, u"book.xlsx"_s, sheet);
    QVERIFY(!t);
    QCOMPARE(t.error().kind, Error::Kind::BadData);
    QCOMPARE(t.error().details, QStringList({expected}));
}

void TestXlsxReader::limits_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<XlsxLimits>("limits");
    QTest::addColumn<QString>("expected");
    // 20 MB of one repeated byte packs to about 20 KB: what a zip bomb looks like.
    const QByteArray bomb = workbook(
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + QByteArray(20'000'000, 'a') + "</t></is></c></row>");
    XlsxLimits small;
    small.maxPartBytes = 1024 * 1024;
    QTest::newRow("zip bomb: one part") << bomb << small
                                        << u"book.xlsx – the part xl/sheets/data.xml unpacks to more than 1 MB: "
                                           "expected a workbook of score sheets (this file may be a zip bomb)."_s;
    XlsxLimits total;
    total.maxTotalBytes = 2 * 1024 * 1024;
    QTest::newRow("zip bomb: all parts") << bomb << total
                                         << u"book.xlsx – the part xl/sheets/data.xml unpacks to more than 2 MB: "
                                            "expected a workbook of score sheets (this file may be a zip bomb)."_s;
    XlsxLimits file;
    file.maxFileBytes = 100;
    QTest::newRow("file size") << workbook({}) << file
                               << u"book.xlsx – the file is larger than 1 MB: expected a workbook of score sheets."_s;
    XlsxLimits rows;
    rows.maxRows = 10;
    QTest::newRow("rows") << workbook("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"11\"><c><v>1</v></c></row>")
                          << rows
                          << u"book.xlsx, sheet Data, row 11 – the sheet has more than 10 rows: expected a sheet of "
                             "score rows."_s;
    XlsxLimits columns;
    columns.maxColumns = 26;
    QTest::newRow("columns") << workbook("<row r=\"1\"><c r=\"AA1\"><v>1</v></c></row>") << columns
                             << u"book.xlsx, sheet Data, row 1 – the sheet has more than 26 columns: expected a sheet "
                                "of score rows."_s;
    QTest::newRow("Excel's last column XFD is too many")
        << workbook("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>") << XlsxLimits()
        << u"book.xlsx, sheet Data, row 1 – the sheet has more than 16384 columns: expected a sheet of score rows."_s;
    // Fifty thousand empty shared strings in a few kilobytes: each costs memory however small its text.
    QByteArray manyStrings;
    for (int i = 0; i < 50'000; ++i)
        manyStrings += "<si><t/></si>";
    XlsxLimits memory;
    memory.maxMemoryBytes = 100 * 1024;
    QTest::newRow("memory: shared strings")
        << workbook("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>", manyStrings) << memory
        << u"book.xlsx – reading the workbook would take more than 1 MB of memory: expected a workbook of score sheets "
           "(it holds too many strings or cells)."_s;
    QByteArray manyCells;
    for (int r = 1; r <= 5000; ++r)
        manyCells += "<row r=\"" + QByteArray::number(r) + "\"><c><v>1</v></c><c><v>2</v></c><c><v>3</v></c></row>";
    QTest::newRow("memory: cells") << workbook(manyCells) << memory
                                   << u"book.xlsx – reading the workbook would take more than 1 MB of memory: expected "
                                      "a workbook of score sheets (it holds too many strings or cells)."_s;
    XlsxLimits cells;
    cells.maxCells = 3;
    QTest::newRow("cells") << workbook("<row r=\"1\"><c><v>1</v></c><c><v>1</v></c></row><row r=\"2\"><c><v>1</v></c>"
                                       "<c><v>1</v></c></row>")
                           << cells
                           << u"book.xlsx, sheet Data, row 2 – the sheet has more than 3 cells with values: expected a "
                              "sheet of score rows."_s;
}

void TestXlsxReader::limits()
{
    QFETCH(QByteArray, bytes);
    QFETCH(XlsxLimits, limits);
    QFETCH(QString, expected);
    const auto t = XlsxReader::parse(bytes, u"book.xlsx"_s, {}, {}, limits);
    QVERIFY(!t);
    QCOMPARE(t.error().details, QStringList({expected}));
}

void TestXlsxReader::cancel()
{
    QByteArray rows;
    for (int r = 1; r <= 20000; ++r)
        rows += "<row r=\"" + QByteArray::number(r) + "\"><c><v>" + QByteArray::number(r) + "</v></c></row>";
    const QByteArray bytes = workbook(rows);
    std::atomic_bool stop = false;
    int calls = 0;
    ReadControl control;
    control.cancel = &stop;
    control.progress = [&](int) {
        if (++calls == 50)
            stop = true;
    };
    const auto t = XlsxReader::parse(bytes, u"book.xlsx"_s, {}, control);
    QVERIFY(!t);
    QCOMPARE(t.error().kind, Error::Kind::Cancelled);
    QCOMPARE(calls, 50);
}

void TestXlsxReader::progress()
{
    QByteArray rows;
    for (int r = 1; r <= 1000; ++r)
        rows += "<row r=\"" + QByteArray::number(r) + "\"><c><v>" + QByteArray::number(r) + "</v></c></row>";
    QList<int> seen;
    ReadControl control;
    control.progress = [&](int percent) { seen.append(percent); };
    const auto t = XlsxReader::parse(workbook(rows), u"book.xlsx"_s, {}, control);
    QVERIFY(t);
    QCOMPARE(t->rows.size(), 999);
    QCOMPARE(seen.first(), 0);
    QCOMPARE(seen.last(), 100);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QVERIFY(seen.size() > 100);
}

void TestXlsxReader::problemNamesCell()
{
    CsvTable t = parsed(readData(u"scores-libreoffice.xlsx"_s), u"Điểm"_s);
    QCOMPARE(t.cellName(3, 7), u"D7"_s);
    QCOMPARE(t.cellName(t.column(u"note"), 2), u"E2"_s);
    // After a column mapping left columns out, the letters stay those of the sheet.
    t.sourceColumns = {0, 3};
    t.header = {u"unit_code"_s, u"appraised"_s};
    QCOMPARE(t.cellName(1, 9), u"D9"_s);
    QCOMPARE(columnLetters(0), u"A"_s);
    QCOMPARE(columnLetters(25), u"Z"_s);
    QCOMPARE(columnLetters(26), u"AA"_s);
    QCOMPARE(columnLetters(701), u"ZZ"_s);
    QCOMPARE(columnLetters(702), u"AAA"_s);
    QCOMPARE(columnLetters(16383), u"XFD"_s);
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
