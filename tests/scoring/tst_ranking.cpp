#include "common/fixtures.h"
#include "scoring/ranking.h"

#include <QtTest/QTest>

using namespace parindex;
using namespace parindex::fixtures;
using namespace Qt::StringLiterals;

namespace {
// One survey leaf of 100 points: a unit's index is the value it is given.
const QStringList oneLeafTree = {u"1|Khảo sát|100|survey|"_s};

// "code:name:value" (value empty: nothing entered; "*": a unit of special status with 50 points).
RankingInput input(const QStringList &units)
{
    RankingInput in;
    in.year = 2023;
    in.groupCode = u"HUYEN"_s;
    in.tree = makeTree(oneLeafTree);
    for (const QString &u : units) {
        const QStringList f = u.split(u':');
        Unit unit;
        unit.code = f[0];
        unit.name = f[1];
        unit.groupCode = in.groupCode;
        QString value = f[2];
        if (value == u"*") {
            unit.ranked = false;
            value = u"50"_s;
        }
        in.units.append(unit);
        if (!value.isEmpty())
            in.sheets.insert(unit.code, makeSheet(unit.code, {u"1="_s + value}));
    }
    return in;
}

QStringList describe(const QList<UnitResult> &results)
{
    QStringList lines;
    for (const UnitResult &r : results)
        lines.append(QString::number(r.rank.value_or(0)) + u' ' + r.unitCode);
    return lines;
}
} // namespace

class TestRanking : public QObject
{
    Q_OBJECT
private slots:
    void ranks_data();
    void ranks();
    void previousYear();
    void noPreviousYear();
    void incompleteAndSpecialUnits();
    void classesAndAreas();
};

void TestRanking::ranks_data()
{
    QTest::addColumn<QStringList>("units");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("distinct") << QStringList {u"A:An:70"_s, u"B:Bình:90"_s, u"C:Cao:80"_s}
                              << QStringList {u"1 B"_s, u"2 C"_s, u"3 A"_s};
    QTest::newRow("tie shares a rank and the next skips") << QStringList {u"A:An:90"_s, u"B:Bình:85"_s, u"C:Cao:85"_s,
        u"D:Dũng:80"_s} << QStringList {u"1 A"_s, u"2 B"_s, u"2 C"_s, u"4 D"_s};
    QTest::newRow("three-way tie at the top") << QStringList {u"A:An:90"_s, u"B:Bình:90"_s, u"C:Cao:90"_s,
        u"D:Dũng:80"_s} << QStringList {u"1 A"_s, u"1 B"_s, u"1 C"_s, u"4 D"_s};
    // Equal after rounding to two decimals: 85.004 and 84.996 both show 85.00 and share the rank.
    QTest::newRow("tie decided on the rounded index") << QStringList {u"A:An:85.004"_s, u"B:Bình:84.996"_s,
        u"C:Cao:84.994"_s} << QStringList {u"1 A"_s, u"1 B"_s, u"3 C"_s};
    // Inside a tie, Vietnamese order: A < Â < B < D < Đ < U < Ư < Z (code points put Â, Đ, Ư after Z).
    QTest::newRow("Vietnamese collation inside a tie")
        << QStringList {u"Z:Zét:88"_s, u"U2:Ưng Hòa:88"_s, u"D2:Đông Sơn:88"_s, u"A2:Ân Thi:88"_s,
               u"D1:Dương Kinh:88"_s, u"A1:An Lão:88"_s, u"U1:Uông Bí:88"_s, u"B:Bình Lục:88"_s}
        << QStringList {u"1 A1"_s, u"1 A2"_s, u"1 B"_s, u"1 D1"_s, u"1 D2"_s, u"1 U1"_s, u"1 U2"_s, u"1 Z"_s};
    QTest::newRow("real: Thanh Hoa 2023 districts") << QStringList {u"HH:Hoằng Hóa:91.92"_s, u"DS:Đông Sơn:92.15"_s,
        u"X:Huyện khác:88.5"_s} << QStringList {u"1 DS"_s, u"2 HH"_s, u"3 X"_s};
    QTest::newRow("single unit") << QStringList {u"A:An:12"_s} << QStringList {u"1 A"_s};
    QTest::newRow("no unit") << QStringList {} << QStringList {};
}

void TestRanking::ranks()
{
    QFETCH(QStringList, units);
    QFETCH(QStringList, expected);
    const RankingTable table = computeRanking(input(units));
    QCOMPARE(describe(table.ranked), expected);
    QVERIFY(table.incomplete.isEmpty());
}

void TestRanking::previousYear()
{
    RankingInput in = input({u"A:An:90"_s, u"B:Bình:85"_s, u"C:Cao:80"_s, u"N:Mới:95"_s});
    // Last year C was first and A third; N did not exist.
    in.previousRanks = QHash<QString, int> {{u"A"_s, 3}, {u"B"_s, 2}, {u"C"_s, 1}};
    const RankingTable table = computeRanking(in);
    QCOMPARE(describe(table.ranked), (QStringList {u"1 N"_s, u"2 A"_s, u"3 B"_s, u"4 C"_s}));
    QCOMPARE(table.ranked[0].previousRank, std::nullopt);
    QCOMPARE(table.ranked[0].rankChange, std::nullopt);
    QCOMPARE(table.ranked[1].previousRank, 3);
    QCOMPARE(table.ranked[1].rankChange, 1); // up one place
    QCOMPARE(table.ranked[2].rankChange, -1);
    QCOMPARE(table.ranked[3].rankChange, -3); // down three places
}

void TestRanking::noPreviousYear()
{
    const RankingTable table = computeRanking(input({u"A:An:90"_s, u"B:Bình:85"_s}));
    for (const UnitResult &r : table.ranked) {
        QCOMPARE(r.previousRank, std::nullopt);
        QCOMPARE(r.rankChange, std::nullopt);
    }
}

void TestRanking::incompleteAndSpecialUnits()
{
    RankingInput in = input({u"A:An:90"_s, u"E:Ea Súp:"_s, u"S:Đặc thù:*"_s, u"B:Bình:85"_s});
    const RankingTable table = computeRanking(in);
    QCOMPARE(describe(table.ranked), (QStringList {u"1 A"_s, u"2 B"_s}));
    QCOMPARE(table.incomplete.size(), 1);
    QCOMPARE(table.incomplete[0].unitCode, u"E"_s);
    QCOMPARE(table.incomplete[0].missing, QStringList {u"1"_s});
    QCOMPARE(table.incomplete[0].rank, std::nullopt);
    QCOMPARE(table.unranked.size(), 1);
    QCOMPARE(table.unranked[0].unitCode, u"S"_s);
    QCOMPARE(table.unranked[0].rank, std::nullopt);
    QCOMPARE(table.unranked[0].index.toString(2), u"50.00"_s);
    QVERIFY(table.find(u"E"_s));
    QVERIFY(!table.find(u"nobody"_s));
}

void TestRanking::classesAndAreas()
{
    // Thua Thien Hue 2023: departments all Xuat sac, the best district Tot.
    RankingInput in = input({u"STP:Sở Tư pháp:92.62"_s, u"PD:Phong Điền:86.19"_s, u"W:Yếu:49.99"_s});
    const RankingTable table = computeRanking(in);
    QCOMPARE(table.ranked[0].classCode, ClassCode::Excellent);
    QCOMPARE(table.ranked[1].classCode, ClassCode::Good);
    QCOMPARE(table.ranked[2].classCode, ClassCode::Weak);
    QCOMPARE(table.ranked[1].areas.size(), 1);
    QCOMPARE(table.ranked[1].areas[0].code, u"1"_s);
    QCOMPARE(table.ranked[1].areas[0].points.toString(), u"86.19"_s);
    QCOMPARE(table.ranked[1].areas[0].index.toString(2), u"86.19"_s);
    QCOMPARE(table.totalMax, Fixed::fromInt(100));
}

QTEST_APPLESS_MAIN(TestRanking)
#include "tst_ranking.moc"
