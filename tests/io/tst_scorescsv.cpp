// scores.csv, long and wide form: values, `na`, empty cells, decimal commas; every kind of bad cell gives
// a message with file, line, column and value; all problems of a file are listed; write -> parse -> the
// same sheets, in both forms.
#include "iofixture.h"

#include "io/formats.h"

#include <QtTest/QTest>

using namespace parindex;
using namespace parindex::iotest;
using namespace Qt::StringLiterals;

namespace {
const QString longHeader = u"unit_code,criterion_code,self,appraised,note\n"_s;

QString withLongHeader(const QString &rows)
{
    return longHeader + rows;
}

// "DS 1.1.1 self=1.5 appraised=2 na=no note=x"; absent parts are left out. Readable when a test fails.
QString describe(const ScoreRow &r)
{
    QStringList parts = {r.unitCode, r.criterionCode};
    if (r.selfValue)
        parts.append(u"self="_s + r.selfValue->toString());
    if (r.appraised)
        parts.append(u"appraised="_s + r.appraised->toString());
    if (r.notApplicable)
        parts.append(*r.notApplicable ? u"na=yes"_s : u"na=no"_s);
    if (r.note)
        parts.append(u"note="_s + *r.note);
    return parts.join(u' ');
}

QStringList describe(const QList<ScoreRow> &rows)
{
    QStringList list;
    for (const ScoreRow &r : rows)
        list.append(describe(r));
    return list;
}

// What an import does to the stored sheets (Database::importScores): given parts replace, absent ones stay.
QHash<QString, ScoreSheet> applied(const QList<ScoreRow> &rows)
{
    QHash<QString, ScoreSheet> sheets;
    for (const ScoreRow &r : rows) {
        ScoreSheet &sheet = sheets[r.unitCode];
        sheet.unitCode = r.unitCode;
        ScoreEntry &e = sheet.entries[r.criterionCode];
        if (r.selfValue)
            e.selfValue = r.selfValue;
        if (r.appraised)
            e.appraised = r.appraised;
        if (r.notApplicable)
            e.notApplicable = *r.notApplicable;
        if (r.note)
            e.note = *r.note;
    }
    return sheets;
}

ScoreSheet sheet(const QString &unitCode, const QHash<QString, ScoreEntry> &entries)
{
    return {unitCode, entries};
}

Result<QList<ScoreRow>> parse(const QString &text)
{
    return FileFormats::parseScores(table(text, u"scores.csv"_s), sampleTree(), sampleUnits());
}
} // namespace

class TestScoresCsv : public QObject
{
    Q_OBJECT
private slots:
    void valid_data();
    void valid();
    void badCells_data();
    void badCells();
    void allProblemsListed();
    void roundTripLong();
    void roundTripWide();
    void writtenLong();
    void writtenWide();
};

void TestScoresCsv::valid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("rows");

    QTest::newRow("long form") << withLongHeader(
        u"DS,1.1.1,1.5,2,\nDS,1.1.2,95,87.5,Đạt\nHH,1.2,,5.25,\nHH,1.3,,0.5,\nTX,2,,81.2345,\n"_s)
                               << QStringList {u"DS 1.1.1 self=1.5 appraised=2 na=no"_s,
                                      u"DS 1.1.2 self=95 appraised=87.5 na=no note=Đạt"_s,
                                      u"HH 1.2 appraised=5.25 na=no"_s, u"HH 1.3 appraised=0.5 na=no"_s,
                                      u"TX 2 appraised=81.2345 na=no"_s};
    QTest::newRow("bounds are in range") << withLongHeader(
        u"DS,1.1.1,0,2,\nDS,1.1.2,0,100,\nDS,1.3,1,0,\nDS,2,90,90,\n"_s)
                                         << QStringList {u"DS 1.1.1 self=0 appraised=2 na=no"_s,
                                                u"DS 1.1.2 self=0 appraised=100 na=no"_s,
                                                u"DS 1.3 self=1 appraised=0 na=no"_s,
                                                u"DS 2 self=90 appraised=90 na=no"_s};
    QTest::newRow("na in appraised, self, any case")
        << withLongHeader(u"DS,1.1.1,1,na,Không phát sinh\nHH,1.1.1,NA,,\nTX,1.1.1,,Na,\n"_s)
        << QStringList {u"DS 1.1.1 self=1 na=yes note=Không phát sinh"_s, u"HH 1.1.1 na=yes"_s, u"TX 1.1.1 na=yes"_s};
    QTest::newRow("empty cells change nothing") << withLongHeader(u"DS,1.1.1,,,\nDS,1.2,,,Chờ số liệu\nHH,1.2,4,,\n"_s)
                                                << QStringList {u"DS 1.2 note=Chờ số liệu"_s, u"HH 1.2 self=4 na=no"_s};
    QTest::newRow("decimal comma with semicolons")
        << u"unit_code;criterion_code;self;appraised;note\r\nDS;1.1.1;1,5;1.75;\"ghi chú; có dấu chấm phẩy\"\r\n"_s
        << QStringList {u"DS 1.1.1 self=1.5 appraised=1.75 na=no note=ghi chú; có dấu chấm phẩy"_s};
    QTest::newRow("decimal comma with tabs")
        << u"unit_code\tcriterion_code\tappraised\nDS\t1.2\t5,5\n"_s << QStringList {u"DS 1.2 appraised=5.5 na=no"_s};
    QTest::newRow("columns in any order, no self, no note")
        << u"appraised,criterion_code,unit_code\n2,1.1.1,DS\n"_s << QStringList {u"DS 1.1.1 appraised=2 na=no"_s};
    QTest::newRow("self only") << u"unit_code,criterion_code,self\nDS,1.2,6\n"_s
                               << QStringList {u"DS 1.2 self=6 na=no"_s};
    QTest::newRow("wide form") << u"unit_code,1.1.1,1.1.2,1.2,1.3,2\nDS,2,95,na,,80.5\nHH,,,,,\nTX,0,0,6,1,90\n"_s
                               << QStringList {u"DS 1.1.1 appraised=2 na=no"_s, u"DS 1.1.2 appraised=95 na=no"_s,
                                      u"DS 1.2 na=yes"_s, u"DS 2 appraised=80.5 na=no"_s,
                                      u"TX 1.1.1 appraised=0 na=no"_s, u"TX 1.1.2 appraised=0 na=no"_s,
                                      u"TX 1.2 appraised=6 na=no"_s, u"TX 1.3 appraised=1 na=no"_s,
                                      u"TX 2 appraised=90 na=no"_s};
    QTest::newRow("wide form, some leaves, semicolons")
        << u"unit_code;2;1.2\nHH;85,25;NA\n"_s << QStringList {u"HH 2 appraised=85.25 na=no"_s, u"HH 1.2 na=yes"_s};
    QTest::newRow("header only") << longHeader << QStringList {};
    QTest::newRow("self-assessment template returned")
        << u"unit_code,criterion_code,title,kind,max,self,note\nDS,1.2,Báo cáo đúng hạn,score,6,5.5,\n"_s
        << QStringList {u"DS 1.2 self=5.5 na=no"_s};
}

void TestScoresCsv::valid()
{
    QFETCH(QString, text);
    QFETCH(QStringList, rows);
    const auto parsed = parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().text()));
    QCOMPARE(describe(*parsed), rows);
}

void TestScoresCsv::badCells_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("detail");

    QTest::newRow("text, decimal comma file")
        << u"unit_code;criterion_code;self;appraised;note\nDS;1.1.1;;12,7x;\n"_s
        << u"scores.csv, line 2, column appraised: \"12,7x\" – expected a number from 0 to 2 (criterion 1.1.1 of Đông Sơn)."_s;
    QTest::newRow("text")
        << withLongHeader(u"DS,1.2,,năm,\n"_s)
        << u"scores.csv, line 2, column appraised: \"năm\" – expected a number from 0 to 6 (criterion "
           "1.2 of Đông Sơn)."_s;
    QTest::newRow("negative self") << withLongHeader(u"DS,1.2,-1,5,\n"_s)
                                   << u"scores.csv, line 2, column self: \"-1\" – expected a number from 0 to 6 "
                                      "(criterion 1.2 of Đông Sơn)."_s;
    QTest::newRow("above max") << withLongHeader(u"DS,1.1.1,,2.5,\n"_s)
                               << u"scores.csv, line 2, column appraised: \"2.5\" – expected a number from 0 to 2 "
                                  "(criterion 1.1.1 of Đông Sơn)."_s;
    QTest::newRow("deduction above its max")
        << withLongHeader(u"DS,1.3,,1.5,\n"_s)
        << u"scores.csv, line 2, column appraised: \"1.5\" – expected a number from 0 to 1 (criterion 1.3 of Đông Sơn)."_s;
    QTest::newRow("rate above 100")
        << withLongHeader(u"DS,1.1.2,,100.5,\n"_s)
        << u"scores.csv, line 2, column appraised: \"100.5\" – expected a rate in percent from 0 to 100 (criterion "
           "1.1.2 of Đông Sơn)."_s;
    QTest::newRow("too many decimals")
        << withLongHeader(u"DS,1.1.1,,1.23456,\n"_s)
        << u"scores.csv, line 2, column appraised: \"1.23456\" – expected a number from 0 to 2 with at most 4 decimals "
           "(criterion 1.1.1 of Đông Sơn)."_s;
    QTest::newRow("rate with too many decimals")
        << withLongHeader(u"DS,1.1.2,95.123456,,\n"_s)
        << u"scores.csv, line 2, column self: \"95.123456\" – expected a rate in percent from 0 to 100 with at most 4 "
           "decimals (criterion 1.1.2 of Đông Sơn)."_s;
    QTest::newRow("decimal comma in a comma file")
        << withLongHeader(u"DS,1.1.1,,\"1,5\",\n"_s)
        << u"scores.csv, line 2, column appraised: \"1,5\" – expected a number from 0 to 2 with '.' as decimal point "
           "(criterion 1.1.1 of Đông Sơn)."_s;
    QTest::newRow("grouping separators")
        << u"unit_code;criterion_code;appraised\nTX;2;1.000,5\n"_s
        << u"scores.csv, line 2, column appraised: \"1.000,5\" – expected a number from 0 to 90 (criterion 2 of Thọ Xuân)."_s;
    QTest::newRow("exponent") << withLongHeader(u"TX,2,,1e1,\n"_s)
                              << u"scores.csv, line 2, column appraised: \"1e1\" – expected a number from 0 to 90 "
                                 "(criterion 2 of Thọ Xuân)."_s;
    QTest::newRow("unknown unit")
        << withLongHeader(u"XX,1.2,,5,\n"_s)
        << u"scores.csv, line 2, column unit_code: \"XX\" – expected the code of a unit that takes part in this period."_s;
    QTest::newRow("empty unit")
        << withLongHeader(u",1.2,,5,\n"_s)
        << u"scores.csv, line 2, column unit_code: \"\" – expected the code of a unit that takes part in this period."_s;
    QTest::newRow("unknown criterion")
        << withLongHeader(u"DS,9.9,,5,\n"_s)
        << u"scores.csv, line 2, column criterion_code: \"9.9\" – expected the code of a leaf criterion of this period."_s;
    QTest::newRow("group criterion") << withLongHeader(u"DS,1.1,,2,\n"_s)
                                     << u"scores.csv, line 2, column criterion_code: \"1.1\" – expected a leaf "
                                        u"criterion: 1.1 is a group, its values "
                                        "go to its sub-criteria."_s;
    QTest::newRow("no self nor appraised column")
        << u"unit_code,criterion_code,note\nDS,1.2,x\n"_s
        << u"scores.csv, line 1, column appraised – expected a column self or appraised, or both (this file has "
           "unit_code,criterion_code,note)."_s;
    QTest::newRow("no unit_code column")
        << u"unit,criterion_code,appraised\nDS,1.2,5\n"_s
        << u"scores.csv, line 1, column unit_code – expected a column named unit_code in the header (this file has "
           "unit,criterion_code,appraised)."_s;
    QTest::newRow("wide: unknown column")
        << u"unit_code,1.1.1,9.9\nDS,2,1\n"_s
        << u"scores.csv, line 1, column 9.9 – expected the code of a leaf criterion of this period. The wide form has "
           "unit_code and one column per leaf criterion; the long form has the columns "
           "unit_code,criterion_code,self,appraised,note."_s;
    QTest::newRow("wide: group column")
        << u"unit_code,1.1\nDS,2\n"_s
        << u"scores.csv, line 1, column 1.1 – expected a leaf criterion: 1.1 is a group, its values go to its "
           "sub-criteria. The wide form has unit_code and one column per leaf criterion; the long form has the "
           "columns unit_code,criterion_code,self,appraised,note."_s;
    QTest::newRow("misspelt column")
        << u"unit_code,criterion_code,self,apraised,note\nDS,1.2,6,5,\n"_s
        << u"scores.csv, line 1, column apraised – the column \"apraised\" is not one of unit_code, criterion_code, "
           "self, appraised, note – did you mean \"appraised\"?"_s;
    QTest::newRow("unknown column")
        << u"unit_code,criterion_code,appraised,stt\nDS,1.2,5,1\n"_s
        << u"scores.csv, line 1, column stt – the column \"stt\" is not one of unit_code, criterion_code, self, "
           "appraised, note."_s;
    QTest::newRow("appraised twice")
        << u"unit_code,criterion_code,appraised,appraised\nDS,1.2,5,6\n"_s
        << u"scores.csv, line 1, column appraised – expected each column once; this one is column 3 and 4."_s;
    QTest::newRow("blank header over a value")
        << u"unit_code,criterion_code,appraised,\nDS,1.2,5,6\n"_s
        << u"scores.csv, line 1 – column 4 has no name but holds a value on line 2: expected a column name."_s;
    QTest::newRow("wide: misspelt criterion_code")
        << u"unit_code,criterion_cod,1.2\nDS,1.2,5\n"_s
        << u"scores.csv, line 1, column criterion_cod – expected the code of a leaf criterion of this period. The "
           "wide form has unit_code and one column per leaf criterion; the long form has the columns "
           "unit_code,criterion_code,self,appraised,note. – did you mean \"criterion_code\"?"_s;
    QTest::newRow("wide: value above max")
        << u"unit_code,1.1.1,1.2\nDS,2,6.5\n"_s
        << u"scores.csv, line 2, column 1.2: \"6.5\" – expected a number from 0 to 6 (criterion 1.2 of Đông Sơn)."_s;
    QTest::newRow("wide: unknown unit")
        << u"unit_code,1.2\nĐS,6\n"_s
        << u"scores.csv, line 2, column unit_code: \"ĐS\" – expected the code of a unit that takes part in this period."_s;
    QTest::newRow("wide: column twice")
        << u"unit_code,1.2,1.2\nDS,6,5\n"_s
        << u"scores.csv, line 1, column 1.2 – expected each column once; this one is column 2 and 3."_s;
}

void TestScoresCsv::badCells()
{
    QFETCH(QString, text);
    QFETCH(QString, detail);
    const auto parsed = parse(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, Error::Kind::BadData);
    QCOMPARE(parsed.error().message, u"scores.csv: 1 problem; nothing was imported."_s);
    QCOMPARE(parsed.error().details, QStringList {detail});
}

void TestScoresCsv::allProblemsListed()
{
    const QString longForm = withLongHeader(u"DS,1.1.1,1.5,2,tốt\n"
                                            "DS,1.1.1,,1,lặp lại\n"
                                            "\n"
                                            "XX,1.2,abc,7,\n"
                                            "HH,1.1,,1,\n"
                                            "TX,1.1.2,,101,\n"
                                            "TX,2,,90,\n"_s);
    const auto parsed = parse(longForm);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().message, u"scores.csv: 6 problems; nothing was imported."_s);
    QCOMPARE(parsed.error().details,
        (QStringList {
            u"scores.csv, line 3, column criterion_code: \"1.1.1\" – expected one row per unit and criterion; "
            "line 2 has unit DS and this criterion already."_s,
            u"scores.csv, line 5, column unit_code: \"XX\" – expected the code of a unit that takes part in this "
            "period."_s,
            u"scores.csv, line 5, column self: \"abc\" – expected a number from 0 to 6 (criterion 1.2)."_s,
            u"scores.csv, line 5, column appraised: \"7\" – expected a number from 0 to 6 (criterion 1.2)."_s,
            u"scores.csv, line 6, column criterion_code: \"1.1\" – expected a leaf criterion: 1.1 is a group, its "
            "values go to its sub-criteria."_s,
            u"scores.csv, line 7, column appraised: \"101\" – expected a rate in percent from 0 to 100 (criterion "
            "1.1.2 of Thọ Xuân)."_s}));

    const auto wide = parse(u"unit_code;1.1.1;1.1.2;1.2\n"
                            "DS;2;95;x\n"
                            "HH;-0,5;;6\n"
                            "DS;1;90;5\n"
                            "ZZ;3;;\n"_s);
    QVERIFY(!wide.ok());
    QCOMPARE(wide.error().message, u"scores.csv: 5 problems; nothing was imported."_s);
    QCOMPARE(wide.error().details,
        (QStringList {
            u"scores.csv, line 2, column 1.2: \"x\" – expected a number from 0 to 6 (criterion 1.2 of Đông Sơn)."_s,
            u"scores.csv, line 3, column 1.1.1: \"-0,5\" – expected a number from 0 to 2 (criterion 1.1.1 of Hoằng Hóa)."_s,
            u"scores.csv, line 4, column unit_code: \"DS\" – expected one row per unit; line 2 has this unit "
            "already."_s,
            u"scores.csv, line 5, column unit_code: \"ZZ\" – expected the code of a unit that takes part in this "
            "period."_s,
            u"scores.csv, line 5, column 1.1.1: \"3\" – expected a number from 0 to 2 (criterion 1.1.1)."_s}));
}

void TestScoresCsv::roundTripLong()
{
    const QHash<QString, ScoreSheet> sheets
        = {{u"DS"_s,
               sheet(u"DS"_s,
                   {{u"1.1.1"_s, entry("2", "1.5", false, u"Đủ hồ sơ, \"đúng hạn\"\nxem phụ lục"_s)},
                       {u"1.1.2"_s, entry("87.5", "95")}, {u"1.2"_s, entry("5.25")}, {u"1.3"_s, entry("0.5")},
                       {u"2"_s, entry("81.2345")}})},
            {u"HH"_s,
                sheet(u"HH"_s,
                    {{u"1.1.1"_s, entry(nullptr, "1", true, u"Không phát sinh"_s)},
                        {u"1.1.2"_s, entry(nullptr, nullptr, false, u"Chờ số liệu"_s)}, {u"1.2"_s, entry("0", "0")},
                        {u"2"_s, entry(nullptr, nullptr, true)}})}};
    const QByteArray bytes = FileFormats::writeScoresLong(sampleTree(), sampleUnits(), sheets);
    const auto parsed
        = FileFormats::parseScores(*CsvReader::parse(bytes, u"scores.csv"_s), sampleTree(), sampleUnits());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().text()));
    QCOMPARE(applied(*parsed), sheets);
}

void TestScoresCsv::roundTripWide()
{
    // The wide form carries appraised values and `na`.
    const QHash<QString, ScoreSheet> sheets
        = {{u"DS"_s,
               sheet(u"DS"_s,
                   {{u"1.1.1"_s, entry("2")}, {u"1.1.2"_s, entry("87.5")}, {u"1.2"_s, entry(nullptr, nullptr, true)},
                       {u"1.3"_s, entry("0")}, {u"2"_s, entry("81.2345")}})},
            {u"TX"_s, sheet(u"TX"_s, {{u"1.2"_s, entry("6")}})}};
    const QByteArray bytes = FileFormats::writeScoresWide(sampleTree(), sampleUnits(), sheets);
    const auto parsed
        = FileFormats::parseScores(*CsvReader::parse(bytes, u"scores.csv"_s), sampleTree(), sampleUnits());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().text()));
    QCOMPARE(applied(*parsed), sheets);
}

void TestScoresCsv::writtenLong()
{
    const QHash<QString, ScoreSheet> sheets
        = {{u"HH"_s,
               sheet(u"HH"_s,
                   {{u"1.2"_s, entry("5.5", "6", false, u"bổ sung, muộn"_s)}, {u"1.1.1"_s, entry("2", "1.5", true)}})},
            {u"DS"_s, sheet(u"DS"_s, {{u"2"_s, entry("90.0000")}})}};
    // Units in the given order, leaves in tree order, empty entries left out.
    QCOMPARE(FileFormats::writeScoresLong(sampleTree(), sampleUnits(), sheets),
        QByteArray("\xEF\xBB\xBF"
                   "unit_code,criterion_code,self,appraised,note\r\n"
                   "DS,2,,90,\r\n"
                   "HH,1.1.1,1.5,na,\r\n"
                   "HH,1.2,6,5.5,\"bổ sung, muộn\"\r\n"));
}

void TestScoresCsv::writtenWide()
{
    const QHash<QString, ScoreSheet> sheets
        = {{u"DS"_s, sheet(u"DS"_s, {{u"1.1.2"_s, entry("87.5")}, {u"1.3"_s, entry(nullptr, nullptr, true)}})}};
    QCOMPARE(FileFormats::writeScoresWide(sampleTree(), sampleUnits(), sheets),
        QByteArray("\xEF\xBB\xBF"
                   "unit_code,1.1.1,1.1.2,1.2,1.3,2\r\n"
                   "DS,,87.5,,na,\r\n"
                   "HH,,,,,\r\n"
                   "TX,,,,,\r\n"));
}

QTEST_GUILESS_MAIN(TestScoresCsv)
#include "tst_scorescsv.moc"
