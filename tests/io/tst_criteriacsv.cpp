// criteria.csv: code,title,max_points,kind,rule; the cells' problems with line and column, the tree's
// problems on the line of the criterion they concern; write -> parse gives the same tree.
#include "iofixture.h"

#include "io/formats.h"

#include <QtTest/QTest>

using namespace parindex;
using namespace parindex::iotest;
using namespace Qt::StringLiterals;

namespace {
const QString header = u"code,title,max_points,kind,rule\n"_s;

QString withHeader(const QString &rows)
{
    return header + rows;
}
} // namespace

class TestCriteriaCsv : public QObject
{
    Q_OBJECT
private slots:
    void valid();
    void numbers_data();
    void numbers();
    void problems_data();
    void problems();
    void treeProblemsAfterCellProblems();
    void roundTrip();
    void writtenText();
};

void TestCriteriaCsv::valid()
{
    const auto tree = FileFormats::parseCriteria(table(header
            + u"1,\"Chỉ đạo, điều hành\",10,group,\n"
              "1.1,Kế hoạch CCHC,4,GROUP,\n"
              "1.1.1,Ban hành kế hoạch,2,score,\n"
              "1.1.2,Tỷ lệ hoàn thành kế hoạch,2,rate,100:2;80:1\n"
              "1.2,Báo cáo đúng hạn,6,score,\n"
              "1.3,Chậm báo cáo,1,deduction,\n"
              "2,Khảo sát sự hài lòng,90,survey,\n"_s,
        u"criteria.csv"_s));
    QVERIFY2(tree.ok(), qPrintable(tree.error().text()));
    QCOMPARE(tree->criteria(), sampleCriteria());
    QCOMPARE(tree->leaves(), (QList<qsizetype> {2, 3, 4, 5, 6}));
    QCOMPARE(tree->totalMax(), Fixed::fromInt(100));
    QCOMPARE(tree->at(3).rule.toString(), u"100:2;80:1"_s);
}

void TestCriteriaCsv::numbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("max");
    QTest::newRow("decimal point") << u"code,title,max_points,kind,rule\n1,Khảo sát,2.5,score,\n"_s << u"2.5"_s;
    QTest::newRow("decimal comma with ;") << u"code;title;max_points;kind;rule\n1;Khảo sát;2,5;score;\n"_s << u"2.5"_s;
    QTest::newRow("decimal comma with tab")
        << u"code\ttitle\tmax_points\tkind\trule\n1\tKhảo sát\t2,5\tscore\t\n"_s << u"2.5"_s;
    QTest::newRow("four decimals") << u"code,title,max_points,kind,rule\n1,Khảo sát,0.1234,score,\n"_s << u"0.1234"_s;
}

void TestCriteriaCsv::numbers()
{
    QFETCH(QString, text);
    QFETCH(QString, max);
    const auto tree = FileFormats::parseCriteria(table(text, u"criteria.csv"_s));
    QVERIFY2(tree.ok(), qPrintable(tree.error().text()));
    QCOMPARE(tree->at(0).maxPoints.toString(), max);
}

void TestCriteriaCsv::problems_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("details");

    QTest::newRow("missing columns")
        << u"code,title,max\n1,A,10\n"_s
        << QStringList {u"criteria.csv, line 1, column max_points – expected a column named max_points in the header "
                        "(this file has code,title,max)."_s,
               u"criteria.csv, line 1, column kind – expected a column named kind in the header (this file has "
               "code,title,max)."_s,
               u"criteria.csv, line 1, column rule – expected a column named rule in the header (this file has "
               "code,title,max)."_s};
    QTest::newRow("unknown column")
        << u"code,title,max_points,kind,rule,ghi_chu\n1,A,10,score,,x\n"_s
        << QStringList {u"criteria.csv, line 1, column ghi_chu – the column \"ghi_chu\" is not one of code, title, "
                        "max_points, kind, rule."_s};
    QTest::newRow("misspelt column beside the required ones")
        << u"code,title,max_points,kind,rule,kinds\n1,A,10,score,,x\n"_s
        << QStringList {u"criteria.csv, line 1, column kinds – the column \"kinds\" is not one of code, title, "
                        "max_points, kind, rule – did you mean \"kind\"?"_s};
    QTest::newRow("max not a number")
        << withHeader(u"1,Chỉ đạo,mười,group,\n"_s)
        << QStringList {
               u"criteria.csv, line 2, column max_points: \"mười\" – expected the maximum points, a number such "
               "as 2 or 1.5."_s};
    QTest::newRow("max negative")
        << withHeader(u"1,Chỉ đạo,-1,score,\n"_s)
        << QStringList {
               u"criteria.csv, line 2, column max_points: \"-1\" – expected the maximum points, a number such as "
               "2 or 1.5."_s};
    QTest::newRow("max with five decimals")
        << withHeader(u"1,Chỉ đạo,1.23456,score,\n"_s)
        << QStringList {
               u"criteria.csv, line 2, column max_points: \"1.23456\" – expected the maximum points with at most "
               "4 decimals, a number such as 2 or 1.5."_s};
    QTest::newRow("max with a decimal comma in a comma file")
        << withHeader(u"1,Chỉ đạo,\"2,5\",score,\n"_s)
        << QStringList {u"criteria.csv, line 2, column max_points: \"2,5\" – expected the maximum points with '.' as "
                        "decimal point, a number such as 2 or 1.5."_s};
    QTest::newRow("max with grouping")
        << u"code;title;max_points;kind;rule\n1;Chỉ đạo;1.000,5;score;\n"_s
        << QStringList {
               u"criteria.csv, line 2, column max_points: \"1.000,5\" – expected the maximum points, a number such "
               "as 2 or 1.5."_s};
    QTest::newRow("unknown kind")
        << withHeader(u"1,Chỉ đạo,10,điểm,\n"_s)
        << QStringList {
               u"criteria.csv, line 2, column kind: \"điểm\" – expected group, score, rate, survey or deduction."_s};
    QTest::newRow("bad rule")
        << withHeader(u"1,Tỷ lệ,2,rate,100-2\n"_s)
        << QStringList {
               u"criteria.csv, line 2, column rule: \"100-2\" – expected linear, thresholds such as 100:2;80:1, "
               "or nothing. Rate rule \"100-2\": \"100-2\" is not of the form rate:points (e.g. 80:1.5)."_s};
    QTest::newRow("parent missing, on its line")
        << withHeader(u"1,Chỉ đạo,10,group,\n1.1,Kế hoạch,4,score,\n2.1,Khảo sát,90,score,\n"_s)
        << QStringList {u"criteria.csv, line 4 – Criterion 2.1: its parent 2 is missing or comes after it."_s};
    QTest::newRow("parent after its child")
        << withHeader(u"1.1,Kế hoạch,4,score,\n1,Chỉ đạo,4,group,\n"_s)
        << QStringList {u"criteria.csv, line 2 – Criterion 1.1: its parent 1 is missing or comes after it."_s};
    QTest::newRow("parent not a group")
        << withHeader(u"1,Chỉ đạo,10,score,\n1.1,Kế hoạch,4,score,\n"_s)
        << QStringList {u"criteria.csv, line 3 – Criterion 1.1: its parent 1 is not of kind group."_s};
    QTest::newRow("code twice, bad code, rate without rule")
        << withHeader(u"1,Chỉ đạo,10,group,\n1,Lại,10,group,\n1.a,Sai,1,score,\n1.2,Tỷ lệ,2,rate,\n"_s)
        << QStringList {u"criteria.csv, line 3 – Criterion 1 appears more than once."_s,
               u"criteria.csv, line 4 – Criterion \"1.a\": the code must be numbers joined by dots, such as 1, "
               "1.2 or 1.2.3."_s,
               u"criteria.csv, line 5 – Criterion 1.2 is a rate but has no rule (linear, or thresholds such as "
               "100:2;80:1)."_s};
    QTest::newRow("rule on a score criterion, no title")
        << withHeader(u"1,,2,score,linear\n"_s)
        << QStringList {u"criteria.csv, line 2 – Criterion 1 has no title."_s,
               u"criteria.csv, line 2 – Criterion 1 has a rate rule but is not a rate criterion."_s};
    QTest::newRow("no criteria") << header
                                 << QStringList {
                                        u"criteria.csv, line 1 – expected at least one criterion below the header."_s};
}

void TestCriteriaCsv::problems()
{
    QFETCH(QString, text);
    QFETCH(QStringList, details);
    const auto tree = FileFormats::parseCriteria(table(text, u"criteria.csv"_s));
    QVERIFY(!tree.ok());
    QCOMPARE(tree.error().kind, Error::Kind::BadData);
    QCOMPARE(tree.error().details, details);
}

void TestCriteriaCsv::treeProblemsAfterCellProblems()
{
    // The tree is checked once every cell is right: a bad kind would make its children's parent look wrong.
    const auto tree = FileFormats::parseCriteria(
        table(header + u"1,Chỉ đạo,10,nhóm,\n1.1,Kế hoạch,x,score,\n1.2,Báo cáo,6,score,\n"_s, u"criteria.csv"_s));
    QVERIFY(!tree.ok());
    QCOMPARE(tree.error().message, u"criteria.csv: 2 problems; nothing was imported."_s);
    QCOMPARE(tree.error().details,
        (QStringList {u"criteria.csv, line 2, column kind: \"nhóm\" – expected group, score, rate, survey or "
                      "deduction."_s,
            u"criteria.csv, line 3, column max_points: \"x\" – expected the maximum points, a number such "
            "as 2 or 1.5."_s}));
}

void TestCriteriaCsv::roundTrip()
{
    QList<Criterion> criteria = sampleCriteria();
    criteria.append(criterion(u"3"_s, u"Tiêu chí \"mới\";\ncó xuống dòng"_s, "0.1234", CriterionKind::Group));
    criteria.append(criterion(u"3.1"_s, u"  Tỷ lệ tuyến tính  "_s, "0.1234", CriterionKind::Rate, u"linear"_s));
    const auto tree = CriteriaTree::build(criteria);
    QVERIFY2(tree.ok(), qPrintable(tree.error().text()));

    const auto parsed = FileFormats::parseCriteria(*CsvReader::parse(FileFormats::writeCriteria(*tree), u"c.csv"_s));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().text()));
    QCOMPARE(parsed->criteria(), criteria);
}

void TestCriteriaCsv::writtenText()
{
    const auto tree = CriteriaTree::build({criterion(u"1"_s, u"Chỉ đạo, điều hành"_s, "2.5", CriterionKind::Group),
        criterion(u"1.1"_s, u"Tỷ lệ hoàn thành"_s, "2.5", CriterionKind::Rate, u"80:1;100:2.5"_s)});
    QVERIFY(tree.ok());
    QCOMPARE(FileFormats::writeCriteria(*tree),
        QByteArray("\xEF\xBB\xBF"
                   "code,title,max_points,kind,rule\r\n"
                   "1,\"Chỉ đạo, điều hành\",2.5,group,\r\n"
                   "1.1,Tỷ lệ hoàn thành,2.5,rate,\"100:2.5;80:1\"\r\n"));
}

QTEST_GUILESS_MAIN(TestCriteriaCsv)
#include "tst_criteriacsv.moc"
