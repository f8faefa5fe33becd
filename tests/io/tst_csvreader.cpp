// CsvReader: encodings (UTF-8 with and without BOM, decomposed UTF-8, Windows-1258 built byte by byte
// from the code page, UTF-16), delimiter detection, RFC 4180 quoting, line numbers, and its errors.
#include "io/csvtable.h"
#include "io/windows1258.h"

#include <QtTest/QTest>

using namespace parindex;
using namespace Qt::StringLiterals;

using Rows = QList<QStringList>;

class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void windows1258_data();
    void windows1258();
    void encoding_data();
    void encoding();
    void delimiter_data();
    void delimiter();
    void quoting_data();
    void quoting();
    void lineNumbers_data();
    void lineNumbers();
    void unterminatedQuote_data();
    void unterminatedQuote();
    void emptyFile_data();
    void emptyFile();
    void notText_data();
    void notText();
    void memoryBudget();
    void largeFileInPieces();
    void column();
    void readFile();
    void readMissingFile();
};

void TestCsvReader::windows1258_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    // Precomposed letters of the code page.
    QTest::newRow("Đông Sơn") << QByteArray("\xD0\xF4ng S\xF5n") << u"\u0110\u00F4ng S\u01A1n"_s;
    QTest::newRow("dong (currency)") << QByteArray("1000\xFE") << u"1000\u20AB"_s;
    QTest::newRow("euro and quotes") << QByteArray("\x80 \x93x\x94") << u"\u20AC \u201Cx\u201D"_s;
    // A letter and a combining tone mark byte become one NFC letter.
    QTest::newRow("Hoằng Hóa, grave byte") << QByteArray("Ho\xE3\xCCng H\xF3"
                                                         "a")
                                           << u"Ho\u1EB1ng H\u00F3a"_s;
    QTest::newRow("Hoằng Hóa, acute byte") << QByteArray("Ho\xE3\xCCng Ho\xEC"
                                                         "a")
                                           << u"Ho\u1EB1ng H\u00F3a"_s;
    QTest::newRow("Thừa Thiên Huế") << QByteArray("Th\xFD\xCC"
                                                  "a Thi\xEAn Hu\xEA\xEC")
                                    << u"Th\u1EEBa Thi\u00EAn Hu\u1EBF"_s;
    QTest::newRow("Quảng Trị, hook and dot below") << QByteArray("Qua\xD2ng Tri\xF2") << u"Qu\u1EA3ng Tr\u1ECB"_s;
    QTest::newRow("Sở Nội vụ") << QByteArray("S\xF5\xD2 N\xF4\xF2i vu\xF2") << u"S\u1EDF N\u1ED9i v\u1EE5"_s;
    QTest::newRow("Ngã Năm, tilde") << QByteArray("Nga\xDE N\xE3m") << u"Ng\u00E3 N\u0103m"_s;
    QTest::newRow("capital Ư with tone") << QByteArray("\xDD\xEC") << u"\u1EE8"_s;
    QTest::newRow("undefined byte") << QByteArray("a\x81z") << u"a\uFFFDz"_s;
}

void TestCsvReader::windows1258()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    // The expectations are written precomposed: they are NFC themselves.
    QCOMPARE(expected.normalized(QString::NormalizationForm_C), expected);
    QCOMPARE(decodeWindows1258(bytes), expected);
}

void TestCsvReader::encoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QStringList>("row");

    const QByteArray header = "code,name\n";
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF" + header + "DS,\xC4\x90\xC3\xB4ng S\xC6\xA1n\n")
                                    << u"UTF-8"_s << QStringList {u"DS"_s, u"Đông Sơn"_s};
    QTest::newRow("UTF-8 without BOM") << QByteArray(header + "DS,\xC4\x90\xC3\xB4ng S\xC6\xA1n\n") << u"UTF-8"_s
                                       << QStringList {u"DS"_s, u"Đông Sơn"_s};
    QTest::newRow("ASCII") << QByteArray(header + "DS,Dong Son\n") << u"UTF-8"_s
                           << QStringList {u"DS"_s, u"Dong Son"_s};
    // NFD: a, combining breve U+0306, combining grave U+0300; o, combining acute U+0301.
    QTest::newRow("UTF-8 decomposed (NFD)") << QByteArray(header
        + "HH,Hoa\xCC\x86\xCC\x80ng Ho\xCC\x81"
          "a\n") << u"UTF-8"_s << QStringList {u"HH"_s, u"Hoằng Hóa"_s};
    QTest::newRow("Windows-1258") << QByteArray(header + "DS,\xD0\xF4ng S\xF5n\n") << u"windows-1258"_s
                                  << QStringList {u"DS"_s, u"Đông Sơn"_s};
    QTest::newRow("Windows-1258 with tone mark bytes") << QByteArray(header
        + "HH,Ho\xE3\xCCng Ho\xEC"
          "a\n") << u"windows-1258"_s << QStringList {u"HH"_s, u"Hoằng Hóa"_s};
    // Ă (0xC3 in Windows-1258) at the very end is a UTF-8 sequence cut off: not UTF-8.
    QTest::newRow("UTF-8 cut off at the end")
        << QByteArray(header + "T,\xC3") << u"windows-1258"_s << QStringList {u"T"_s, u"\u0102"_s};
    const QString text = u"code,name\nHH,Hoằng Hóa\n"_s;
    QByteArray le("\xFF\xFE");
    for (QChar c : text)
        le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
    QTest::newRow("UTF-16LE with BOM") << le << u"UTF-16LE"_s << QStringList {u"HH"_s, u"Hoằng Hóa"_s};
    // Without a byte order mark, UTF-16 shows itself by the zero bytes of its ASCII characters.
    QTest::newRow("UTF-16LE without BOM") << le.mid(2) << u"UTF-16LE"_s << QStringList {u"HH"_s, u"Hoằng Hóa"_s};
    QByteArray be;
    for (QChar c : text)
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    QTest::newRow("UTF-16BE without BOM") << be << u"UTF-16BE"_s << QStringList {u"HH"_s, u"Hoằng Hóa"_s};
}

void TestCsvReader::encoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QStringList, row);
    for (const QString &cell : row)
        QCOMPARE(cell.normalized(QString::NormalizationForm_C), cell);

    const auto table = CsvReader::parse(bytes, u"units.csv"_s);
    QVERIFY2(table.ok(), qPrintable(table.error().text()));
    QCOMPARE(table->encoding, encoding);
    QCOMPARE(table->fileName, u"units.csv"_s);
    QCOMPARE(table->header, (QStringList {u"code"_s, u"name"_s}));
    QCOMPARE(table->rows, Rows {row});
}

void TestCsvReader::delimiter_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<Rows>("rows");

    const Rows one = {{u"DS"_s, u"Đông Sơn"_s, u"HUYEN"_s}};
    QTest::newRow("comma") << QByteArray("code,name,group\nDS,Đông Sơn,HUYEN\n") << QChar(u',') << one;
    QTest::newRow("semicolon") << QByteArray("code;name;group\nDS;Đông Sơn;HUYEN\n") << QChar(u';') << one;
    QTest::newRow("tab") << QByteArray("code\tname\tgroup\nDS\tĐông Sơn\tHUYEN\n") << QChar(u'\t') << one;
    QTest::newRow("most frequent wins") << QByteArray("code;name;group,x\nDS;Đông Sơn;HUYEN\n") << QChar(u';') << one;
    QTest::newRow("quoted delimiters do not count")
        << QByteArray("\"code,a\";\"name,b\";group\nDS;Đông Sơn;HUYEN\n") << QChar(u';') << one;
    QTest::newRow("blank lines before the header")
        << QByteArray("\n  \ncode;name;group\nDS;Đông Sơn;HUYEN\n") << QChar(u';') << one;
    QTest::newRow("one column") << QByteArray("code\nDS\n") << QChar(u',') << Rows {{u"DS"_s}};
    QTest::newRow("semicolon file keeps commas in values")
        << QByteArray("unit_code;appraised\nDS;1,5\n") << QChar(u';') << Rows {{u"DS"_s, u"1,5"_s}};
}

void TestCsvReader::delimiter()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, delimiter);
    QFETCH(Rows, rows);
    const auto table = CsvReader::parse(bytes, u"t.csv"_s);
    QVERIFY2(table.ok(), qPrintable(table.error().text()));
    QCOMPARE(table->delimiter, delimiter);
    QCOMPARE(table->rows, rows);
}

void TestCsvReader::quoting_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Rows>("rows");

    QTest::newRow("quoted delimiter") << QByteArray("a,b\n\"Chỉ đạo, điều hành\",2\n")
                                      << Rows {{u"Chỉ đạo, điều hành"_s, u"2"_s}};
    QTest::newRow("doubled quotes") << QByteArray("a,b\n\"Ghi chú \"\"đặc biệt\"\"\",x\n")
                                    << Rows {{u"Ghi chú \"đặc biệt\""_s, u"x"_s}};
    QTest::newRow("LF inside quotes") << QByteArray("a,b\n\"dòng 1\ndòng 2\",x\n")
                                      << Rows {{u"dòng 1\ndòng 2"_s, u"x"_s}};
    QTest::newRow("CRLF inside quotes") << QByteArray("a,b\r\n\"dòng 1\r\ndòng 2\",x\r\n")
                                        << Rows {{u"dòng 1\r\ndòng 2"_s, u"x"_s}};
    QTest::newRow("semicolon quoted in semicolon file")
        << QByteArray("a;b\n\"100:2;80:1\";x\n") << Rows {{u"100:2;80:1"_s, u"x"_s}};
    QTest::newRow("unquoted spaces trimmed") << QByteArray("a,b\n  DS  , 2 \n") << Rows {{u"DS"_s, u"2"_s}};
    QTest::newRow("quoted spaces kept") << QByteArray("a,b\n\"  DS \",x\n") << Rows {{u"  DS "_s, u"x"_s}};
    QTest::newRow("spaces around quotes") << QByteArray("a,b\n  \"DS\"  ,x\n") << Rows {{u"DS"_s, u"x"_s}};
    QTest::newRow("empty quoted value") << QByteArray("a,b\n\"\",x\n") << Rows {{QString(), u"x"_s}};
    QTest::newRow("empty cells") << QByteArray("a,b,c\n,x,\n") << Rows {{QString(), u"x"_s, QString()}};
    QTest::newRow("quote inside an unquoted value") << QByteArray("a,b\n12\"5,x\n") << Rows {{u"12\"5"_s, u"x"_s}};
    QTest::newRow("no line break at the end") << QByteArray("a,b\nDS,2") << Rows {{u"DS"_s, u"2"_s}};
    QTest::newRow("short row") << QByteArray("a,b,c\nDS\n") << Rows {{u"DS"_s}};
    QTest::newRow("quoted header") << QByteArray("\"a\",\" b \"\nx,y\n") << Rows {{u"x"_s, u"y"_s}};
}

void TestCsvReader::quoting()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Rows, rows);
    const auto table = CsvReader::parse(bytes, u"t.csv"_s);
    QVERIFY2(table.ok(), qPrintable(table.error().text()));
    QCOMPARE(table->rows.size(), rows.size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QCOMPARE(table->rows[r].size(), rows[r].size());
        for (qsizetype c = 0; c < rows[r].size(); ++c)
            QCOMPARE(table->rows[r][c], rows[r][c]);
    }
}

void TestCsvReader::lineNumbers_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("headerLine");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QStringList>("firstCells");

    QTest::newRow("LF") << QByteArray("a,b\nx,1\ny,2\n") << 1 << QList<int> {2, 3} << QStringList {u"x"_s, u"y"_s};
    QTest::newRow("CRLF") << QByteArray("a,b\r\nx,1\r\ny,2\r\n") << 1 << QList<int> {2, 3}
                          << QStringList {u"x"_s, u"y"_s};
    QTest::newRow("CR alone") << QByteArray("a,b\rx,1\ry,2\r") << 1 << QList<int> {2, 3}
                              << QStringList {u"x"_s, u"y"_s};
    QTest::newRow("blank lines skipped, lines still counted")
        << QByteArray("a,b\n\nx,1\n   \n\ny,2\n\n") << 1 << QList<int> {3, 6} << QStringList {u"x"_s, u"y"_s};
    QTest::newRow("lines of delimiters only skipped")
        << QByteArray("a,b\n,\nx,1\n , \ny,2\n") << 1 << QList<int> {3, 5} << QStringList {u"x"_s, u"y"_s};
    QTest::newRow("a row starts where its quote opens")
        << QByteArray("a,b\n\"x\nstill x\nand x\",1\ny,2\n") << 1 << QList<int> {2, 5}
        << QStringList {u"x\nstill x\nand x"_s, u"y"_s};
    QTest::newRow("CRLF inside quotes counts once")
        << QByteArray("a,b\r\n\"x\r\nx\",1\r\ny,2\r\n") << 1 << QList<int> {2, 4} << QStringList {u"x\r\nx"_s, u"y"_s};
    QTest::newRow("header after blank lines")
        << QByteArray("\r\n\r\na,b\r\nx,1\r\n") << 3 << QList<int> {4} << QStringList {u"x"_s};
}

void TestCsvReader::lineNumbers()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, headerLine);
    QFETCH(QList<int>, lines);
    QFETCH(QStringList, firstCells);
    const auto table = CsvReader::parse(bytes, u"t.csv"_s);
    QVERIFY2(table.ok(), qPrintable(table.error().text()));
    QCOMPARE(table->header, (QStringList {u"a"_s, u"b"_s}));
    QCOMPARE(table->headerLine, headerLine);
    QCOMPARE(table->lines, lines);
    QStringList first;
    for (const QStringList &row : table->rows)
        first.append(row.value(0));
    QCOMPARE(first, firstCells);
}

void TestCsvReader::unterminatedQuote_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("detail");
    QTest::newRow("last value") << QByteArray("a,b\nx,1\ny,\"2\n")
                                << u"scores.csv, line 3 – a value opens with a "
                                   "quote here that is never closed: expected a "
                                   "closing \"."_s;
    QTest::newRow("swallows the following lines")
        << QByteArray("a,b\nx,\"1\ny,2\nz,3\n")
        << u"scores.csv, line 2 – a value opens with a quote here that is never closed: expected a closing \"."_s;
}

void TestCsvReader::unterminatedQuote()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, detail);
    const auto table = CsvReader::parse(bytes, u"scores.csv"_s);
    QVERIFY(!table.ok());
    QCOMPARE(table.error().kind, Error::Kind::BadData);
    QCOMPARE(table.error().message, u"scores.csv: 1 problem; nothing was imported."_s);
    QCOMPARE(table.error().details, QStringList {detail});
}

void TestCsvReader::emptyFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("blank lines") << QByteArray("\r\n  \r\n\n");
}

void TestCsvReader::emptyFile()
{
    QFETCH(QByteArray, bytes);
    const auto table = CsvReader::parse(bytes, u"units.csv"_s);
    QVERIFY(!table.ok());
    QCOMPARE(table.error().kind, Error::Kind::BadData);
    QCOMPARE(table.error().details,
        QStringList {u"units.csv – the file is empty: expected a header line with the column names."_s});
}

void TestCsvReader::notText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("detail");
    QTest::newRow("NUL byte in a note")
        << QByteArray("unit_code,criterion_code,appraised,note\nDS,1.2,5,ghi\0chu\n", 57)
        << u"scores.csv, line 2 – the file holds a NUL byte here: expected text. A binary file or a UTF-16 file "
           "cannot be read as CSV; save the table as CSV (UTF-8)."_s;
    QTest::newRow("control character")
        << QByteArray("unit_code,appraised\nDS,\x01\n")
        << u"scores.csv, line 2 – the file holds the control character U+0001 here: expected text; save the table as "
           "CSV (UTF-8)."_s;
    QTest::newRow("an .xlsx workbook") << QByteArray("PK\x03\x04\x14\0\0\0\x08\0binary", 16)
                                       << u"scores.csv – the file is a zip archive (an .xlsx workbook, say), not a CSV "
                                          "file: give an .xlsx workbook its extension .xlsx, or save the sheet as CSV "
                                          "(UTF-8)."_s;
    QTest::newRow("an .xls workbook") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0binary", 16)
                                      << u"scores.csv – the file is an Excel 97-2003 workbook (.xls), not a CSV file: "
                                         "save it as .xlsx or .csv and import that file."_s;
    QTest::newRow("a PNG image") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16)
                                 << u"scores.csv, line 2 – the file holds the control character U+001a here: expected "
                                    "text; save the table as CSV (UTF-8)."_s;
}

void TestCsvReader::notText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, detail);
    const auto table = CsvReader::parse(bytes, u"scores.csv"_s);
    QVERIFY(!table.ok());
    QCOMPARE(table.error().kind, Error::Kind::BadData);
    QCOMPARE(table.error().details, QStringList {detail});
}

void TestCsvReader::memoryBudget()
{
    QByteArray bytes = "unit_code,criterion_code,appraised\n";
    for (int i = 0; i < 20'000; ++i)
        bytes += "DS,1.2," + QByteArray::number(i % 7) + "\n";
    CsvLimits limits;
    limits.maxMemoryBytes = 256 * 1024;
    const auto refused = CsvReader::parse(bytes, u"scores.csv"_s, limits);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().details,
        QStringList {u"scores.csv – the file is too large: reading it would take more than 1 MB of memory. Expected a "
                     "table of units, criteria or scores; split a larger file into several."_s});
    limits.maxMemoryBytes = 4 * 1024 * 1024;
    const auto read = CsvReader::parse(bytes, u"scores.csv"_s, limits);
    QVERIFY2(read.ok(), qPrintable(read.error().text()));
    QCOMPARE(read->rows.size(), 20'000);
    QVERIFY(read->rows.memoryBytes() < 1024 * 1024);
}

void TestCsvReader::largeFileInPieces()
{
    // More than one piece of 1 MiB: CRLF, quoted line breaks and two-byte letters land on every offset of a cut.
    const QByteArray header = "unit_code,note\r\n";
    const QByteArray row = "ĐS,\"Đông Sơn\r\nghi chú\"\r\n";
    QByteArray bytes = header;
    const int count = 3 * 1024 * 1024 / int(row.size());
    for (int i = 0; i < count; ++i)
        bytes += (i % 3 == 0 ? "x" : "") + row;
    const QString text = QString::fromUtf8(bytes);
    QByteArray utf16("\xFF\xFE");
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2); // little endian, as x86 holds it
    const QList<std::pair<QByteArray, QString>> files = {{bytes, u"UTF-8"_s}, {utf16, u"UTF-16LE"_s}};
    for (const auto &[data, encoding] : files) {
        const auto table = CsvReader::parse(data, u"notes.csv"_s);
        QVERIFY2(table.ok(), qPrintable(table.error().text()));
        QCOMPARE(table->encoding, encoding);
        QCOMPARE(table->rows.size(), count);
        for (qsizetype r = 0; r < table->rows.size(); ++r) {
            QCOMPARE(table->rows[r].value(0), r % 3 == 0 ? u"xĐS"_s : u"ĐS"_s);
            QCOMPARE(table->rows[r].value(1), u"Đông Sơn\r\nghi chú"_s);
            QCOMPARE(table->lines[r], 2 + 2 * int(r));
        }
    }
}

void TestCsvReader::column()
{
    const auto table = CsvReader::parse("Unit_Code, APPRAISED ,note\n", u"t.csv"_s);
    QVERIFY(table.ok());
    QCOMPARE(table->column(u"unit_code"), 0);
    QCOMPARE(table->column(u"appraised"), 1);
    QCOMPARE(table->column(u"note"), 2);
    QCOMPARE(table->column(u"self"), -1);
    QVERIFY(table->rows.isEmpty());
}

void TestCsvReader::readFile()
{
    // Saved by a Vietnamese Windows spreadsheet: Windows-1258, ';' and decimal commas, CRLF.
    const auto table = CsvReader::readFile(QStringLiteral(PARINDEX_TEST_DATA "/scores-windows1258.csv"));
    QVERIFY2(table.ok(), qPrintable(table.error().text()));
    QCOMPARE(table->fileName, u"scores-windows1258.csv"_s);
    QCOMPARE(table->encoding, u"windows-1258"_s);
    QCOMPARE(table->delimiter, QChar(u';'));
    QCOMPARE(table->header, (QStringList {u"unit_code"_s, u"criterion_code"_s, u"self"_s, u"appraised"_s, u"note"_s}));
    QCOMPARE(table->rows,
        (Rows {{u"DS"_s, u"1.1.1"_s, u"1,5"_s, u"2"_s, u"Đủ hồ sơ; đúng hạn"_s},
            {u"HH"_s, u"1.2"_s, QString(), u"5,25"_s, u"Hoằng Hóa bổ sung"_s}}));
    QCOMPARE(table->lines, (QList<int> {2, 3}));
}

void TestCsvReader::readMissingFile()
{
    const auto table = CsvReader::readFile(QStringLiteral(PARINDEX_TEST_DATA "/no-such-file.csv"));
    QVERIFY(!table.ok());
    QCOMPARE(table.error().kind, Error::Kind::CannotOpen);
    QVERIFY2(table.error().message.contains(u"no-such-file.csv"_s), qPrintable(table.error().message));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
