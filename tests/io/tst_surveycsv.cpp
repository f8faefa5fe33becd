// survey.csv: points and answer counts (A 100 %, B 60 %, C 20 %, D and E 0 %), hand-computed; every bad
// cell named with its line and column; a workbook's problems name the cell.
#include "iofixture.h"

#include "io/formats.h"
#include "model/survey.h"

#include <QtTest/QTest>

using namespace parindex;
using namespace parindex::iotest;
using namespace Qt::StringLiterals;

class TestSurveyCsv : public QObject
{
    Q_OBJECT
private slots:
    void surveyPoints_data();
    void surveyPoints();
    void parse_data();
    void parse();
    void problems_data();
    void problems();
    void sheetProblemsNameCells();
};

void TestSurveyCsv::surveyPoints_data()
{
    QTest::addColumn<QString>("max");
    QTest::addColumn<QList<qint64>>("counts");
    QTest::addColumn<QString>("expected");
    // max x (100a + 60b + 20c) / (100 n)
    QTest::newRow("all A") << u"2"_s << QList<qint64> {10, 0, 0, 0, 0} << u"2"_s;
    QTest::newRow("all B") << u"2"_s << QList<qint64> {0, 7, 0, 0, 0} << u"1.2"_s;
    QTest::newRow("all C") << u"2"_s << QList<qint64> {0, 0, 3, 0, 0} << u"0.4"_s;
    QTest::newRow("all D") << u"2"_s << QList<qint64> {0, 0, 0, 5, 0} << u"0"_s;
    QTest::newRow("E counts as an answer worth 0") << u"2"_s << QList<qint64> {1, 0, 0, 0, 1} << u"1"_s;
    QTest::newRow("30/10/5/3/2 of 2 points") << u"2"_s << QList<qint64> {30, 10, 5, 3, 2} << u"1.48"_s;
    // 1.5 x 160 / 300 = 0.8
    QTest::newRow("one each of A, B, D") << u"1.5"_s << QList<qint64> {1, 1, 0, 1, 0} << u"0.8"_s;
    // 1 x 100 / 300 = 0.33333... -> 0.3333; 2 x 200 / 300 = 1.33333 -> 1.3333; 1 x 260 / 300 = 0.866666 -> 0.8667
    QTest::newRow("thirds round half up to 4 decimals") << u"1"_s << QList<qint64> {1, 0, 0, 2, 0} << u"0.3333"_s;
    QTest::newRow("two thirds of 1") << u"1"_s << QList<qint64> {2, 0, 0, 1, 0} << u"0.6667"_s;
    QTest::newRow("A, B, E of 1") << u"1"_s << QList<qint64> {1, 1, 0, 0, 1} << u"0.5333"_s;
}

void TestSurveyCsv::surveyPoints()
{
    QFETCH(QString, max);
    QFETCH(QList<qint64>, counts);
    QFETCH(QString, expected);
    const auto points = Survey::points(*Fixed::parse(max), {counts[0], counts[1], counts[2], counts[3], counts[4]});
    QVERIFY(points);
    QCOMPARE(points->toString(), expected);
    QVERIFY(!Survey::points(*Fixed::parse(max), {0, 0, 0, 0, 0}));
}

void TestSurveyCsv::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // "unit criterion appraised"
    QTest::newRow("points") << u"unit_code,criterion_code,points\nDS,2,80.5\nHH,2,0\n"_s
                            << QStringList({u"DS 2 80.5"_s, u"HH 2 0"_s});
    QTest::newRow("points, decimal comma")
        << u"unit_code;criterion_code;points\nDS;2;80,25\n"_s << QStringList({u"DS 2 80.25"_s});
    // 90 x 3700 / 5000 = 66.6; 90 x 180 / 300 = 54
    QTest::newRow("counts") << u"unit_code,criterion_code,a,b,c,d,e\nDS,2,30,10,5,3,2\nHH,2,1,1,1,,\n"_s
                            << QStringList({u"DS 2 66.6"_s, u"HH 2 54"_s});
    // Only A and D given: 90 x 100 x 3 / (100 x 4) = 67.5
    QTest::newRow("some count columns") << u"d,unit_code,a,criterion_code\n1,TX,3,2\n"_s
                                        << QStringList({u"TX 2 67.5"_s});
    QTest::newRow("no rows") << u"unit_code,criterion_code,points\n"_s << QStringList();
}

void TestSurveyCsv::parse()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const auto rows = FileFormats::parseSurvey(table(text, u"survey.csv"_s), sampleTree(), sampleUnits());
    QVERIFY2(rows, qPrintable(rows.error().text()));
    QStringList got;
    for (const ScoreRow &r : *rows) {
        QVERIFY(!r.selfValue && !r.notApplicable && !r.note);
        got.append(u"%1 %2 %3"_s.arg(r.unitCode, r.criterionCode, r.appraised->toString()));
    }
    QCOMPARE(got, expected);
}

void TestSurveyCsv::problems_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("neither points nor counts")
        << u"unit_code,criterion_code,x\nDS,2,1\n"_s
        << QStringList({u"survey.csv, line 1, column x – the column \"x\" is not one of unit_code, criterion_code, "
                        "points, a, b, c, d, e."_s,
               u"survey.csv, line 1, column points – expected a column points, or the answer counts a, b, c, "
               "d, e (this file has unit_code,criterion_code,x)."_s});
    QTest::newRow("misspelt count column")
        << u"unit_code,criterion_code,a,b,c,dd,e\nDS,2,1,1,1,1,1\n"_s
        << QStringList({u"survey.csv, line 1, column dd – the column \"dd\" is not one of unit_code, criterion_code, "
                        "points, a, b, c, d, e – did you mean \"d\"?"_s});
    QTest::newRow("misspelt points")
        << u"unit_code,criterion_code,point\nDS,2,1\n"_s
        << QStringList({u"survey.csv, line 1, column point – the column \"point\" is not one of unit_code, "
                        "criterion_code, points, a, b, c, d, e – did you mean \"points\"?"_s,
               u"survey.csv, line 1, column points – expected a column points, or the answer counts a, b, c, "
               "d, e (this file has unit_code,criterion_code,point)."_s});
    QTest::newRow("both") << u"unit_code,criterion_code,points,a\nDS,2,1,1\n"_s
                          << QStringList({u"survey.csv, line 1, column points – expected either points or the answer "
                                          "counts a, b, c, d, e, not both."_s});
    QTest::newRow("every bad cell")
        << u"unit_code,criterion_code,points\nXX,2,1\nDS,1.2,1\nDS,9,1\nHH,2,91\nTX,2,abc\nDS,2,1\nDS,2,2\n"_s
        << QStringList({
               u"survey.csv, line 2, column unit_code: \"XX\" – expected the code of a unit that takes part in this "
               "period."_s,
               u"survey.csv, line 3, column criterion_code: \"1.2\" – expected a survey criterion: 1.2 is of kind "
               "score."_s,
               u"survey.csv, line 4, column criterion_code: \"9\" – expected the code of a survey criterion of this "
               "period."_s,
               u"survey.csv, line 5, column points: \"91\" – expected the survey points, a number from 0 to 90 "
               "(criterion 2 of Hoằng Hóa)."_s,
               u"survey.csv, line 6, column points: \"abc\" – expected the survey points, a number from 0 to 90 "
               "(criterion 2 of Thọ Xuân)."_s,
               u"survey.csv, line 8, column criterion_code: \"2\" – expected one row per unit and criterion; line 7 "
               "has unit DS and this criterion already."_s,
           });
    QTest::newRow("bad counts")
        << u"unit_code,criterion_code,a,b\nDS,2,-1,x\nHH,2,0,0\n"_s
        << QStringList({
               u"survey.csv, line 2, column a: \"-1\" – expected how many people gave answer A, a whole number from 0 "
               "to 10000000."_s,
               u"survey.csv, line 2, column b: \"x\" – expected how many people gave answer B, a whole number from 0 "
               "to 10000000."_s,
               u"survey.csv, line 3 – no answers counted for unit HH, criterion 2: expected at least one answer A to "
               "E."_s,
           });
}

void TestSurveyCsv::problems()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const auto rows = FileFormats::parseSurvey(table(text, u"survey.csv"_s), sampleTree(), sampleUnits());
    QVERIFY(!rows);
    QCOMPARE(rows.error().details, expected);
}

void TestSurveyCsv::sheetProblemsNameCells()
{
    CsvTable t = table(u"unit_code,criterion_code,points\nDS,2,95\n"_s, u"survey.xlsx"_s);
    t.sheet = u"Khảo sát"_s;
    t.lines = {7};
    const auto rows = FileFormats::parseSurvey(t, sampleTree(), sampleUnits());
    QVERIFY(!rows);
    QCOMPARE(rows.error().details,
        QStringList({u"survey.xlsx, sheet Khảo sát, cell C7 (points): \"95\" – expected the survey points, a number "
                     "from 0 to 90 (criterion 2 of Đông Sơn)."_s}));
}

QTEST_GUILESS_MAIN(TestSurveyCsv)
#include "tst_surveycsv.moc"
