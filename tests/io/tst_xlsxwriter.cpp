// XlsxWriter: what it writes reads back through XlsxReader cell for cell; numbers are number cells with their
// format; sheet names Excel would refuse are made acceptable; a failed write leaves neither the target nor a
// temporary file, and an existing target is replaced whole; text that looks like a formula stays text; a new
// workbook follows the umask and a read-only one is refused. A title (a table for people) goes above the header,
// which stays frozen under it.
#include "io/xlsx/xlsxreader.h"
#include "io/xlsx/xlsxwriter.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QtCore/QDir>
#include <QtCore/QTemporaryDir>

#include <QtTest/QTest>
#include <sys/stat.h>

using namespace parindex;
using namespace Qt::StringLiterals;

namespace {
QByteArray part(const QString &path, const QString &name)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name))
        return {};
    QuaZipFile f(&zip);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

mode_t modeOf(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode : 0;
}

SheetData sample()
{
    SheetData s {u"Xếp hạng"_s, {u"code"_s, u"name"_s, u"index"_s, u"points"_s}, {}, {8, 30}};
    s.rows.append({SheetCell::textCell(u"1.10"_s), SheetCell::textCell(u"Sở Tư pháp"_s),
        SheetCell::numberCell(*Fixed::parse(u"92.62"), 2), SheetCell::numberCell(*Fixed::parse(u"0.1234"))});
    s.rows.append({SheetCell::textCell(u"TX"_s), SheetCell::textCell(u" khoảng trắng "_s),
        SheetCell::numberCell(Fixed::fromInt(90), 2), SheetCell::textCell({})});
    return s;
}
} // namespace

class TestXlsxWriter : public QObject
{
    Q_OBJECT
private slots:
    void readsBack();
    void numberCells();
    void sheetNames_data();
    void sheetNames();
    void failedWriteLeavesNothing();
    void replacesWhole();
    void formulaLikeTextStaysText();
    void newFileFollowsUmask();
    void readOnlyTargetRefused();
    void cellLimitNamesTheCell();
    void titleAboveHeader();
};

void TestXlsxWriter::readsBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"book.xlsx"_s);
    QVERIFY(XlsxWriter::writeFile(path, {sample()}));
    const auto t = XlsxReader::readFile(path);
    QVERIFY2(t, qPrintable(t.error().text()));
    QCOMPARE(t->sheet, u"Xếp hạng"_s);
    QCOMPARE(t->header, sample().header);
    // Text is kept as text (1.10 is no number 1.1); the reader trims like the CSV reader.
    QCOMPARE(t->rows,
        QList<QStringList>(
            {{u"1.10"_s, u"Sở Tư pháp"_s, u"92.62"_s, u"0.1234"_s}, {u"TX"_s, u"khoảng trắng"_s, u"90"_s}}));
}

void TestXlsxWriter::numberCells()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"book.xlsx"_s);
    QVERIFY(XlsxWriter::writeFile(path, {sample()}));
    const QByteArray sheet = part(path, u"xl/worksheets/sheet1.xml"_s);
    const QByteArray styles = part(path, u"xl/styles.xml"_s);
    // C2 is a number with the style of "0.00"; D2 a number in General; A2 a shared string.
    QVERIFY2(sheet.contains("<c r=\"C2\" s=\"2\"><v>92.62</v></c>"), sheet.constData());
    QVERIFY(sheet.contains("<c r=\"D2\"><v>0.1234</v></c>"));
    QVERIFY(sheet.contains("<c r=\"A2\" t=\"s\">"));
    QVERIFY(styles.contains("formatCode=\"0.00\""));
    // The header row is frozen.
    QVERIFY(sheet.contains("<pane ySplit=\"1\""));
}

void TestXlsxWriter::sheetNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Vietnamese") << u"Điểm 2023"_s << u"Điểm 2023"_s;
    QTest::newRow("characters Excel refuses") << u"a/b:c*d?e[f]g\\h"_s << u"a-b-c-d-e-f-g-h"_s;
    QTest::newRow("31 characters at most")
        << u"Kết quả thẩm định chỉ số cải cách hành chính"_s << u"Kết quả thẩm định chỉ số cải cá"_s;
    QTest::newRow("empty") << QString() << u"Sheet1"_s;
}

void TestXlsxWriter::sheetNames()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"book.xlsx"_s);
    SheetData s = sample();
    s.name = name;
    const Status written = XlsxWriter::writeFile(path, {s});
    QVERIFY2(written, qPrintable(written.error().text()));
    QCOMPARE(*XlsxReader::readSheetNames(path), QStringList({expected}));
}

void TestXlsxWriter::failedWriteLeavesNothing()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"no-such-folder/book.xlsx"_s);
    const Status s = XlsxWriter::writeFile(missing, {sample()});
    QVERIFY(!s);
    QCOMPARE(s.error().kind, Error::Kind::CannotOpen);
    // Two sheets of one name: libxlsxwriter refuses the second; neither target nor temporary file remains.
    const QString path = dir.filePath(u"twice.xlsx"_s);
    const Status twice = XlsxWriter::writeFile(path, {sample(), sample()});
    QVERIFY(!twice);
    QVERIFY2(twice.error().message.contains(u"Xếp hạng"_s), qPrintable(twice.error().message));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

void TestXlsxWriter::replacesWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"book.xlsx"_s);
    QVERIFY(XlsxWriter::writeFile(path, {sample()}));
    SheetData other {u"Khác"_s, {u"x"_s}, {{SheetCell::numberCell(Fixed::fromInt(1))}}, {}};
    QVERIFY(XlsxWriter::writeFile(path, {other}));
    QCOMPARE(*XlsxReader::readSheetNames(path), QStringList({u"Khác"_s}));
    QCOMPARE(
        QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList({u"book.xlsx"_s}));
}

// A name that looks like a formula is a string cell (shared string, no <f>), and reads back as it was.
void TestXlsxWriter::formulaLikeTextStaysText()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"book.xlsx"_s);
    const QString name = u"=HYPERLINK(\"http://x\",\"click\")"_s;
    SheetData s {u"Units"_s, {u"code"_s, u"name"_s, u"note"_s}, {}, {}};
    s.rows.append({SheetCell::textCell(u"X1"_s), SheetCell::textCell(name), SheetCell::textCell(u"@note"_s)});
    QVERIFY(XlsxWriter::writeFile(path, {s}));
    const QByteArray sheet = part(path, u"xl/worksheets/sheet1.xml"_s);
    QVERIFY2(sheet.contains("<c r=\"B2\" t=\"s\">"), sheet.constData());
    QVERIFY2(!sheet.contains("<f>"), sheet.constData());
    QVERIFY(part(path, u"xl/sharedStrings.xml"_s).contains("<t>=HYPERLINK(\"http://x\",\"click\")</t>"));
    const auto t = XlsxReader::readFile(path);
    QVERIFY2(t, qPrintable(t.error().text()));
    QCOMPARE(t->rows, QList<QStringList>({{u"X1"_s, name, u"@note"_s}}));
}

// A new workbook gets 0666 less the umask, as the CSV files do (libxlsxwriter's temporary files were 0600).
void TestXlsxWriter::newFileFollowsUmask()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"book.xlsx"_s);
    const mode_t saved = ::umask(022);
    const Status s = XlsxWriter::writeFile(path, {sample()});
    ::umask(saved);
    QVERIFY2(s, qPrintable(s.error().text()));
    QCOMPARE(modeOf(path) & 07777, mode_t(0644));
}

// A read-only workbook is refused (root too) and stays as it was.
void TestXlsxWriter::readOnlyTargetRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"book.xlsx"_s);
    QVERIFY(XlsxWriter::writeFile(path, {sample()}));
    const QByteArray before = part(path, u"xl/worksheets/sheet1.xml"_s);
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    SheetData other {u"Khác"_s, {u"x"_s}, {{SheetCell::numberCell(Fixed::fromInt(1))}}, {}};
    const Status s = XlsxWriter::writeFile(path, {other});
    QVERIFY(!s);
    QVERIFY2(s.error().message.contains(u"can only be read"_s), qPrintable(s.error().message));
    QCOMPARE(part(path, u"xl/worksheets/sheet1.xml"_s), before);
    QCOMPARE(modeOf(path) & 07777, mode_t(0444));
}

// Excel's limits are named with the cell, in our words, not libxlsxwriter's.
void TestXlsxWriter::cellLimitNamesTheCell()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"book.xlsx"_s);
    SheetData s {u"Điểm"_s, {u"unit_code"_s, u"note"_s}, {}, {}};
    s.rows.append({SheetCell::textCell(u"DS"_s), SheetCell::textCell(QString(40000, u'x'))});
    const Status written = XlsxWriter::writeFile(path, {s});
    QVERIFY(!written);
    QCOMPARE(written.error().message,
        u"%1 cannot be written: sheet Điểm, cell B2 holds more than the 32,767 characters a cell of a workbook takes; "
        "export as CSV instead."_s.arg(QDir::toNativeSeparators(path)));
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_GUILESS_MAIN(TestXlsxWriter)
void TestXlsxWriter::titleAboveHeader()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"book.xlsx"_s);
    SheetData titled = sample();
    titled.title = {u"Xếp hạng Chỉ số CCHC năm 2024 của sở, ban, ngành cấp tỉnh"_s};
    QVERIFY(XlsxWriter::writeFile(path, {titled}));
    const QByteArray sheet = part(path, u"xl/worksheets/sheet1.xml"_s);
    // A1 the title (bold, as the header), row 2 empty, the header in row 3 frozen, the first unit in row 4.
    QVERIFY2(sheet.contains("<c r=\"A1\" s=\"1\" t=\"s\">"), sheet.constData());
    QVERIFY(!sheet.contains("r=\"A2\""));
    QVERIFY(sheet.contains("<c r=\"A3\" s=\"1\" t=\"s\">"));
    QVERIFY(sheet.contains("<c r=\"C4\" s=\"2\"><v>92.62</v></c>"));
    QVERIFY(sheet.contains("<pane ySplit=\"3\""));
    const QByteArray strings = part(path, u"xl/sharedStrings.xml"_s);
    QVERIFY(strings.contains(u"Xếp hạng Chỉ số CCHC năm 2024 của sở, ban, ngành cấp tỉnh"_s.toUtf8()));
}

#include "tst_xlsxwriter.moc"
