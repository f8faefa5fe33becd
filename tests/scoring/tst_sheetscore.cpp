#include "common/fixtures.h"
#include "scoring/sheetscore.h"

#include <QtTest/QTest>

using namespace parindex;
using namespace parindex::fixtures;
using namespace Qt::StringLiterals;

namespace {
// 100 points: area 1 (10) with a nested group, a threshold rate and a deduction; area 2 (20) with a
// linear rate; area 3 the survey (70).
const QStringList standardTree = {
    u"1|Chỉ đạo, điều hành|10|group|"_s,
    u"1.1|Kế hoạch CCHC|4|group|"_s,
    u"1.1.1|Ban hành kế hoạch|2|score|"_s,
    u"1.1.2|Tỷ lệ hoàn thành kế hoạch|2|rate|100:2;80:1"_s,
    u"1.2|Báo cáo định kỳ|6|score|"_s,
    u"1.3|Trừ điểm sai phạm|3|deduction|"_s,
    u"2|Thủ tục hành chính|20|group|"_s,
    u"2.1|Công khai TTHC|12|score|"_s,
    u"2.2|Tỷ lệ hồ sơ đúng hạn|8|rate|linear"_s,
    u"3|Khảo sát sự hài lòng|70|survey|"_s,
};
// Children may add up to more than the parent: the parent is capped.
const QStringList cappedTree = {
    u"1|Lĩnh vực|5|group|"_s,
    u"1.1|Tiêu chí a|3|score|"_s,
    u"1.2|Tiêu chí b|3|score|"_s,
    u"2|Khảo sát|95|survey|"_s,
};
} // namespace

class TestSheetScore : public QObject
{
    Q_OBJECT
private slots:
    void totals_data();
    void totals();
    void areaOfNotApplicableLeaf();
    void rangeCheck();
};

void TestSheetScore::totals_data()
{
    QTest::addColumn<QStringList>("tree");
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QString>("points");
    QTest::addColumn<QString>("max");
    QTest::addColumn<QString>("index");
    QTest::addColumn<QStringList>("missing");

    QTest::newRow("everything full") << standardTree
                                     << QStringList {u"1.1.1=2"_s, u"1.1.2=100"_s, u"1.2=6"_s, u"2.1=12"_s,
                                            u"2.2=100"_s, u"3=70"_s}
                                     << u"100"_s << u"100"_s << u"100.00"_s << QStringList {};
    // Area 1: 1 + 1 (85% -> 1) + 0 - 3 = -1 -> 0; area 2: 12 + 4 (50% of 8); survey 60.
    QTest::newRow("deduction never below zero")
        << standardTree
        << QStringList {u"1.1.1=1"_s, u"1.1.2=85"_s, u"1.2=0"_s, u"1.3=3"_s, u"2.1=12"_s, u"2.2=50"_s, u"3=60"_s}
        << u"76"_s << u"100"_s << u"76.00"_s << QStringList {};
    // Area 1: 2 + 2 + 6 - 1.5 = 8.5.
    QTest::newRow("deduction subtracts") << standardTree
                                         << QStringList {u"1.1.1=2"_s, u"1.1.2=100"_s, u"1.2=6"_s, u"1.3=1.5"_s,
                                                u"2.1=12"_s, u"2.2=100"_s, u"3=70"_s}
                                         << u"98.5"_s << u"100"_s << u"98.50"_s << QStringList {};
    // Whole area 2 not applicable: 2 + 1 (90% -> 1) + 5 + 63 = 71 of 80 = 88.75.
    QTest::newRow("area not applicable") << standardTree
                                         << QStringList {u"1.1.1=2"_s, u"1.1.2=90"_s, u"1.2=5"_s, u"2=na"_s, u"3=63"_s}
                                         << u"71"_s << u"80"_s << u"88.75"_s << QStringList {};
    // 2.1 not applicable: area 2 max 8, 87.5% of 8 = 7; area 1: 1.5 + 0 (79.99%) + 6 = 7.5; survey 68.32.
    // 82.82 / 88 = 94.1136.. -> 94.11.
    QTest::newRow("leaf not applicable shrinks the denominator")
        << standardTree
        << QStringList {u"1.1.1=1.5"_s, u"1.1.2=79.99"_s, u"1.2=6"_s, u"2.1=na"_s, u"2.2=87.5"_s, u"3=68.32"_s}
        << u"82.82"_s << u"88"_s << u"94.11"_s << QStringList {};
    QTest::newRow("84.995 rounds up to 85.00")
        << standardTree
        << QStringList {u"1.1.1=2"_s, u"1.1.2=100"_s, u"1.2=0.995"_s, u"2.1=10"_s, u"2.2=0"_s, u"3=70"_s} << u"84.995"_s
        << u"100"_s << u"85.00"_s << QStringList {};
    QTest::newRow("84.985 rounds up to 84.99")
        << standardTree
        << QStringList {u"1.1.1=2"_s, u"1.1.2=100"_s, u"1.2=0.985"_s, u"2.1=10"_s, u"2.2=0"_s, u"3=70"_s} << u"84.985"_s
        << u"100"_s << u"84.99"_s << QStringList {};
    QTest::newRow("84.9849 rounds down to 84.98")
        << standardTree
        << QStringList {u"1.1.1=2"_s, u"1.1.2=100"_s, u"1.2=0.9849"_s, u"2.1=10"_s, u"2.2=0"_s, u"3=70"_s}
        << u"84.9849"_s << u"100"_s << u"84.98"_s << QStringList {};
    QTest::newRow("parent capped at its max") << cappedTree << QStringList {u"1.1=3"_s, u"1.2=3"_s, u"2=90"_s}
                                              << u"95"_s << u"100"_s << u"95.00"_s << QStringList {};
    // Deductions may stay empty; a self-assessed value alone does not count.
    QTest::newRow("incomplete: missing and self only")
        << standardTree << QStringList {u"1.1.1=/2"_s, u"1.1.2=100"_s, u"1.2=6"_s, u"2.1=12"_s, u"3=70"_s} << u"90"_s
        << u"100"_s << u"90.00"_s << QStringList {u"1.1.1"_s, u"2.2"_s};
    QTest::newRow("nothing entered") << standardTree << QStringList {} << u"0"_s << u"100"_s << u"0.00"_s
                                     << QStringList {u"1.1.1"_s, u"1.1.2"_s, u"1.2"_s, u"2.1"_s, u"2.2"_s, u"3"_s};
    QTest::newRow("not applicable is not missing") << standardTree << QStringList {u"1=na"_s, u"2=na"_s, u"3=35"_s}
                                                   << u"35"_s << u"70"_s << u"50.00"_s << QStringList {};
}

void TestSheetScore::totals()
{
    QFETCH(QStringList, tree);
    QFETCH(QStringList, entries);
    QFETCH(QString, points);
    QFETCH(QString, max);
    QFETCH(QString, index);
    QFETCH(QStringList, missing);
    const SheetScore s = scoreSheet(makeTree(tree), makeSheet(u"U"_s, entries));
    QCOMPARE(s.totalPoints.toString(), points);
    QCOMPARE(s.totalMax.toString(), max);
    QCOMPARE(s.index().toString(2), index);
    QCOMPARE(s.missing, missing);
}

void TestSheetScore::areaOfNotApplicableLeaf()
{
    const CriteriaTree tree = makeTree(standardTree);
    const SheetScore s = scoreSheet(tree,
        makeSheet(u"U"_s, {u"1.1.1=1.5"_s, u"1.1.2=79.99"_s, u"1.2=6"_s, u"2.1=na"_s, u"2.2=87.5"_s, u"3=68.32"_s}));
    const qsizetype area2 = tree.indexOf(u"2"_s);
    QCOMPARE(s.points[area2].toString(), u"7"_s);
    QCOMPARE(s.applicableMax[area2].toString(), u"8"_s);
    QVERIFY(s.notApplicable[tree.indexOf(u"2.1"_s)]);
    QCOMPARE(s.points[tree.indexOf(u"1.1"_s)].toString(), u"1.5"_s);
    QCOMPARE(s.applicableMax[tree.indexOf(u"1.3"_s)], Fixed());
}

void TestSheetScore::rangeCheck()
{
    const CriteriaTree tree = makeTree(standardTree);
    const Criterion &score = tree.at(tree.indexOf(u"1.1.1"_s));
    const Criterion &rate = tree.at(tree.indexOf(u"2.2"_s));
    QVERIFY(score.isValueInRange(Fixed::fromInt(2)));
    QVERIFY(!score.isValueInRange(*Fixed::parse(u"2.0001")));
    QVERIFY(!score.isValueInRange(*Fixed::parse(u"-0.5")));
    QVERIFY(rate.isValueInRange(Fixed::fromInt(100)));
    QVERIFY(!rate.isValueInRange(*Fixed::parse(u"100.01")));
}

QTEST_APPLESS_MAIN(TestSheetScore)
#include "tst_sheetscore.moc"
