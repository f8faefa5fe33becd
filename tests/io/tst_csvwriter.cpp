// CsvWriter: UTF-8 with BOM, commas, CRLF, quotes where a reader would split, join or trim; cells a spreadsheet
// would take for formulas neutralised (numbers stay numbers); what it writes reads back the same; writeFile puts a
// whole file or nothing.
#include "io/csvtable.h"

#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace parindex;
using namespace Qt::StringLiterals;

using Rows = QList<QStringList>;

class TestCsvWriter : public QObject
{
    Q_OBJECT
private slots:
    void fields_data();
    void fields();
    void wholeFile();
    void neutralised_data();
    void neutralised();
    void readerRestoresNeutralised_data();
    void readerRestoresNeutralised();
    void roundTrip_data();
    void roundTrip();
    void writeFile();
    void writeFileReplacesWhole();
    void writeFileFails();
};

void TestCsvWriter::fields_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("plain") << u"DS"_s << QByteArray("DS");
    QTest::newRow("Vietnamese") << u"Đông Sơn"_s << QByteArray("\xC4\x90\xC3\xB4ng S\xC6\xA1n");
    QTest::newRow("number") << u"91.92"_s << QByteArray("91.92");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("comma") << u"Chỉ đạo, điều hành"_s << QByteArray("\"Chỉ đạo, điều hành\"");
    QTest::newRow("semicolon") << u"100:2;80:1"_s << QByteArray("\"100:2;80:1\"");
    QTest::newRow("tab") << u"a\tb"_s << QByteArray("\"a\tb\"");
    QTest::newRow("quote") << u"Ghi chú \"đặc biệt\""_s << QByteArray("\"Ghi chú \"\"đặc biệt\"\"\"");
    QTest::newRow("line break") << u"dòng 1\ndòng 2"_s << QByteArray("\"dòng 1\ndòng 2\"");
    QTest::newRow("leading space") << u" DS"_s << QByteArray("\" DS\"");
    QTest::newRow("trailing space") << u"DS "_s << QByteArray("\"DS \"");
}

void TestCsvWriter::fields()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, written);
    QCOMPARE(CsvWriter::write({u"a"_s, u"b"_s}, {{value, u"x"_s}}),
        QByteArray("\xEF\xBB\xBF"
                   "a,b\r\n"
            + written + ",x\r\n"));
}

void TestCsvWriter::wholeFile()
{
    const QByteArray bytes = CsvWriter::write({u"code"_s, u"name"_s, u"group"_s},
        {{u"DS"_s, u"Đông Sơn"_s, u"HUYEN"_s}, {u"STP"_s, u"Sở Tư pháp"_s, u"SO"_s}});
    QCOMPARE(bytes,
        QByteArray("\xEF\xBB\xBF"
                   "code,name,group\r\n"
                   "DS,Đông Sơn,HUYEN\r\n"
                   "STP,Sở Tư pháp,SO\r\n"));
    QCOMPARE(CsvWriter::write({u"code"_s}, {}),
        QByteArray("\xEF\xBB\xBF"
                   "code\r\n"));
}

// OWASP: a cell that starts with =, +, -, @, tab or CR gets a leading ' unless it is a plain number.
void TestCsvWriter::neutralised_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("hyperlink") << u"=HYPERLINK(\"http://x\",\"click\")"_s
                               << QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"");
    QTest::newRow("plus") << u"+1+cmd|' /C calc'!A0"_s << QByteArray("'+1+cmd|' /C calc'!A0");
    QTest::newRow("minus") << u"-2+3"_s << QByteArray("'-2+3");
    QTest::newRow("at") << u"@SUM(A1)"_s << QByteArray("'@SUM(A1)");
    QTest::newRow("tab") << u"\t=1"_s << QByteArray("\"'\t=1\"");
    QTest::newRow("carriage return") << u"\r=1"_s << QByteArray("\"'\r=1\"");
    QTest::newRow("dash alone") << u"-"_s << QByteArray("'-");
    QTest::newRow("negative number stays a number") << u"-3"_s << QByteArray("-3");
    QTest::newRow("negative decimal stays a number") << u"-0.5"_s << QByteArray("-0.5");
    QTest::newRow("positive number") << u"+5"_s << QByteArray("+5");
    QTest::newRow("number with a letter") << u"-3x"_s << QByteArray("'-3x");
    QTest::newRow("number without decimals after the point") << u"-3."_s << QByteArray("'-3.");
    QTest::newRow("equals inside") << u"a=b"_s << QByteArray("a=b");
    QTest::newRow("quote before a formula") << u"'=1"_s << QByteArray("''=1");
    QTest::newRow("quotes before a formula") << u"''@x"_s << QByteArray("'''@x");
    QTest::newRow("quote before text") << u"'abc"_s << QByteArray("'abc");
    QTest::newRow("quote alone") << u"'"_s << QByteArray("'");
    QTest::newRow("empty") << QString() << QByteArray();
}

void TestCsvWriter::neutralised()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, written);
    QCOMPARE(CsvWriter::write({u"a"_s, u"b"_s}, {{value, u"x"_s}}),
        QByteArray("\xEF\xBB\xBF"
                   "a,b\r\n"
            + written + ",x\r\n"));
    // Header cells too: nothing we write is read as a formula.
    QVERIFY(CsvWriter::write({value, u"b"_s}, {}).startsWith(QByteArray("\xEF\xBB\xBF" + written + ",b\r\n")));
}

// The reader takes back exactly one ' where quotes are followed by what starts a formula, nothing else.
void TestCsvWriter::readerRestoresNeutralised_data()
{
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<QString>("read");
    QTest::newRow("equals") << QByteArray("'=1+2") << u"=1+2"_s;
    QTest::newRow("minus") << QByteArray("'-x") << u"-x"_s;
    QTest::newRow("at") << QByteArray("'@a") << u"@a"_s;
    QTest::newRow("tab") << QByteArray("\"'\tx\"") << u"\tx"_s;
    QTest::newRow("two quotes") << QByteArray("''=1") << u"'=1"_s;
    QTest::newRow("quote before text") << QByteArray("'abc") << u"'abc"_s;
    QTest::newRow("quote before a number") << QByteArray("'12") << u"'12"_s;
    QTest::newRow("quote alone") << QByteArray("'") << u"'"_s;
    QTest::newRow("quote inside") << QByteArray("a'=b") << u"a'=b"_s;
}

void TestCsvWriter::readerRestoresNeutralised()
{
    QFETCH(QByteArray, cell);
    QFETCH(QString, read);
    const auto table = CsvReader::parse("name,x\r\n" + cell + ",1\r\n", u"t.csv"_s);
    QVERIFY2(table, qPrintable(table.error().text()));
    QCOMPARE(table->rows.value(0).value(0), read);
}

void TestCsvWriter::roundTrip_data()
{
    QTest::addColumn<Rows>("rows");
    QTest::newRow("plain") << Rows {{u"DS"_s, u"Đông Sơn"_s, u"1.5"_s}, {u"HH"_s, u"Hoằng Hóa"_s, QString()}};
    QTest::newRow("everything that needs quotes") << Rows {
        {u"a,b"_s, u"c;d"_s, u"e\tf"_s}, {u"\"q\""_s, u"l1\r\nl2"_s, u"  padded  "_s}, {u"\n"_s, u","_s, u"\""_s}};
    QTest::newRow("formulas and numbers") << Rows {{u"=HYPERLINK(\"http://x\",\"click\")"_s, u"@note"_s, u"-3"_s},
        {u"'=kept"_s, u"''-twice"_s, u"'plain"_s}, {u"\t=1"_s, u"+"_s, u"-0.25"_s}};
}

void TestCsvWriter::roundTrip()
{
    QFETCH(Rows, rows);
    const QStringList header = {u"one"_s, u"two"_s, u"three"_s};
    const auto table = CsvReader::parse(CsvWriter::write(header, rows), u"t.csv"_s);
    QVERIFY2(table.ok(), qPrintable(table.error().text()));
    QCOMPARE(table->encoding, u"UTF-8"_s);
    QCOMPARE(table->delimiter, QChar(u','));
    QCOMPARE(table->header, header);
    QCOMPARE(table->rows.size(), rows.size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        for (qsizetype c = 0; c < rows[r].size(); ++c)
            QCOMPARE(table->rows[r].value(c), rows[r][c]);
    }
}

void TestCsvWriter::writeFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"ranking.csv"_s);
    const QByteArray bytes = CsvWriter::write({u"a"_s}, {{u"Đông Sơn"_s}});
    const Status s = CsvWriter::writeFile(path, bytes);
    QVERIFY2(s.ok(), qPrintable(s.error().text()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {u"ranking.csv"_s});
}

void TestCsvWriter::writeFileReplacesWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"scores.csv"_s);
    QVERIFY(CsvWriter::writeFile(path, QByteArray(4096, 'x')).ok());
    QVERIFY(CsvWriter::writeFile(path, "short\r\n").ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("short\r\n"));
}

void TestCsvWriter::writeFileFails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing-folder/ranking.csv"_s);
    const Status s = CsvWriter::writeFile(path, "a\r\n");
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, Error::Kind::CannotOpen);
    QVERIFY2(s.error().message.contains(u"ranking.csv"_s), qPrintable(s.error().message));
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
