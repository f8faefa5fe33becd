#include "common/fixtures.h"
#include "scoring/ranking.h"
#include "scoring/succession.h"

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
    void succession_data();
    void succession();
    void mergedUnitHasNoRankChange();
    void incompleteAndSpecialUnits();
    void everyCriterionNotApplicable();
    void largestTreeAtTheBounds();
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

namespace {
// 2024 ranks of nine units; the lineage of 2025 (and one link of 2024, which 2025 does not read):
//   N <- A, B, C    three communes merged into a new one
//   R <- D          D renamed R
//   S1, S2 <- E     E split in two
//   K <- L          K kept its code and took L in
//   M <- F          a part of F became M, F kept its code
const QList<LineageLink> lineage2025 {{2024, u"Z"_s, u"Y"_s}, {2025, u"N"_s, u"A"_s}, {2025, u"N"_s, u"B"_s},
    {2025, u"N"_s, u"C"_s}, {2025, u"R"_s, u"D"_s}, {2025, u"S1"_s, u"E"_s}, {2025, u"S2"_s, u"E"_s},
    {2025, u"K"_s, u"L"_s}, {2025, u"M"_s, u"F"_s}};
const QStringList units2025 {u"N"_s, u"R"_s, u"S1"_s, u"S2"_s, u"K"_s, u"M"_s, u"F"_s, u"X"_s};

Succession::LastYear lastYear2024()
{
    Succession::LastYear last;
    last.ranks = QHash<QString, int> {{u"A"_s, 1}, {u"B"_s, 2}, {u"C"_s, 3}, {u"D"_s, 4}, {u"E"_s, 5}, {u"K"_s, 6},
        {u"L"_s, 7}, {u"F"_s, 8}, {u"X"_s, 9}};
    for (const QString &code : last.ranks->keys())
        last.names.insert(code, u"Xã "_s + code);
    return last;
}
} // namespace

void TestRanking::succession_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<int>("kind"); // -1: continues only itself
    QTest::addColumn<QStringList>("from");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<int>("previousRank"); // 0: none

    const auto merged = int(UnitOrigin::Kind::Merged);
    const auto split = int(UnitOrigin::Kind::Split);
    const auto renamed = int(UnitOrigin::Kind::Renamed);
    QTest::newRow("three communes merged") << u"N"_s << merged << QStringList {u"A"_s, u"B"_s, u"C"_s}
                                           << QStringList {u"Xã A"_s, u"Xã B"_s, u"Xã C"_s} << 0;
    QTest::newRow("renamed: D's rank 4") << u"R"_s << renamed << QStringList {u"D"_s} << QStringList {u"Xã D"_s} << 4;
    QTest::newRow("split, first part") << u"S1"_s << split << QStringList {u"E"_s} << QStringList {u"Xã E"_s} << 0;
    QTest::newRow("split, second part") << u"S2"_s << split << QStringList {u"E"_s} << QStringList {u"Xã E"_s} << 0;
    // K's own rank 6 was that of a smaller unit: not compared.
    QTest::newRow("kept its code, took one in")
        << u"K"_s << merged << QStringList {u"K"_s, u"L"_s} << QStringList {u"Xã K"_s, u"Xã L"_s} << 0;
    QTest::newRow("part of a unit that goes on")
        << u"M"_s << split << QStringList {u"F"_s} << QStringList {u"Xã F"_s} << 0;
    QTest::newRow("the unit that lost a part")
        << u"F"_s << split << QStringList {u"F"_s} << QStringList {u"Xã F"_s} << 0;
    QTest::newRow("untouched: its own rank 9") << u"X"_s << -1 << QStringList() << QStringList() << 9;
}

void TestRanking::succession()
{
    QFETCH(QString, unit);
    QFETCH(int, kind);
    QFETCH(QStringList, from);
    QFETCH(QStringList, names);
    QFETCH(int, previousRank);
    const Succession::LastYear last = lastYear2024();
    const auto origins = Succession::origins(lineage2025, 2025, units2025, last);
    const auto ranks = Succession::ranksFor(last.ranks, origins);
    QVERIFY(ranks);
    if (kind < 0) {
        QVERIFY(!origins.contains(unit));
    } else {
        QVERIFY(origins.contains(unit));
        QCOMPARE(int(origins[unit].kind), kind);
        QCOMPARE(origins[unit].codes, from);
        QCOMPARE(origins[unit].names, names);
    }
    QCOMPARE(ranks->value(unit, 0), previousRank);
    // Nothing of 2025 reads the 2024 link; no link of 2026 exists.
    QVERIFY(!Succession::anyOf(lineage2025, 2026));
    QVERIFY(Succession::origins(lineage2025, 2026, units2025, last).isEmpty());
}

void TestRanking::mergedUnitHasNoRankChange()
{
    RankingInput in = input({u"N:Nam Tiến:95"_s, u"R:Rạng Đông:90"_s, u"X:Xuân:85"_s});
    const Succession::LastYear last = lastYear2024();
    in.origins = Succession::origins(lineage2025, 2025, {u"N"_s, u"R"_s, u"X"_s}, last);
    in.previousRanks = Succession::ranksFor(last.ranks, in.origins);
    const RankingTable table = computeRanking(in);
    QCOMPARE(describe(table.ranked), (QStringList {u"1 N"_s, u"2 R"_s, u"3 X"_s}));
    QCOMPARE(table.ranked[0].previousRank, std::nullopt); // merged: new, never a number
    QCOMPARE(table.ranked[0].rankChange, std::nullopt);
    QCOMPARE(table.ranked[0].origin->kind, UnitOrigin::Kind::Merged);
    QCOMPARE(table.ranked[1].previousRank, 4); // R was D, 4th: up 2
    QCOMPARE(table.ranked[1].rankChange, 2);
    QCOMPARE(table.ranked[2].previousRank, 9); // X: 9th, now 3rd: up 6
    QCOMPARE(table.ranked[2].rankChange, 6);
    QVERIFY(!table.ranked[2].origin);
    QCOMPARE(StandingText::origin(*table.ranked[0].origin), u"merged from Xã A, Xã B and Xã C"_s);
    QCOMPARE(StandingText::origin(*table.ranked[1].origin), u"formerly Xã D"_s);
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

void TestRanking::everyCriterionNotApplicable()
{
    // N's only criterion is not applicable: no maximum, so no index. It is not ranked last at 0.00 % "Yếu": it is
    // listed without a rank, with the reason.
    RankingInput in = input({u"A:An:90"_s, u"N:Nà Hang:na"_s, u"B:Bình:85"_s, u"S:Đặc thù:*"_s});
    in.previousRanks = QHash<QString, int> {{u"N"_s, 1}};
    const RankingTable table = computeRanking(in);
    QCOMPARE(describe(table.ranked), (QStringList {u"1 A"_s, u"2 B"_s}));
    QVERIFY(table.incomplete.isEmpty());
    QCOMPARE(table.unranked.size(), 2);
    const UnitResult *n = table.find(u"N"_s);
    QVERIFY(n);
    QCOMPARE(n->rank, std::nullopt);
    QCOMPARE(n->rankChange, std::nullopt);
    QCOMPARE(n->previousRank, 1);
    QCOMPARE(n->max, Fixed());
    QVERIFY(n->isComplete());
    QVERIFY(!n->hasIndex());
    QCOMPARE(n->standing(), Standing::NothingApplicable);
    QCOMPARE(StandingText::code(n->standing()), u"not_ranked"_s);
    QCOMPARE(
        StandingText::reason(*n), u"every criterion is not applicable to this unit (its applicable maximum is 0)"_s);
    const UnitResult *s = table.find(u"S"_s);
    QCOMPARE(s->standing(), Standing::SpecialStatus);
    QVERIFY(s->hasIndex());
    QCOMPARE(StandingText::reason(*s), u"a unit of special status, listed without a rank"_s);
    QCOMPARE(table.ranked[0].standing(), Standing::Ranked);
    QCOMPARE(StandingText::reason(table.ranked[0]), QString());
}

void TestRanking::largestTreeAtTheBounds()
{
    // 1,000 points, the most a tree can have: points, a linear rate, thresholds, a deduction and the survey.
    RankingInput in;
    in.year = 2024;
    in.groupCode = u"XA"_s;
    in.tree = makeTree({u"1|Điều hành|250|group|"_s, u"1.1|Điểm|150|score|"_s, u"1.2|Tỷ lệ|100|rate|linear"_s,
        u"1.3|Điểm trừ|250|deduction|"_s, u"2|Thủ tục|250|group|"_s, u"2.1|Ngưỡng|250|rate|100:250;80:125"_s,
        u"3|Khảo sát|500|group|"_s, u"3.1|Điều tra|500|survey|"_s});
    QCOMPARE(in.tree.totalMax(), Bounds::MaxPoints);
    const QList<std::pair<QString, QStringList>> units = {
        // 150 + 100 + 250 + 500 = 1000 of 1000: 100.00.
        {u"FULL"_s, {u"1.1=150"_s, u"1.2=100"_s, u"1.3=0"_s, u"2.1=100"_s, u"3.1=500"_s}},
        // 999.9999 of 1000 = 99.99999 %: 100.00 half up, tied with FULL.
        {u"NEAR"_s, {u"1.1=149.9999"_s, u"1.2=100"_s, u"1.3=0"_s, u"2.1=100"_s, u"3.1=500"_s}},
        // Area 1: 250 earned less 250 deducted = 0; 0 + 250 + 500 = 750: 75.00.
        {u"DED"_s, {u"1.1=150"_s, u"1.2=100"_s, u"1.3=250"_s, u"2.1=100"_s, u"3.1=500"_s}},
        // 75 + 50 % of 100 + 125 (80 % threshold) + 250 = 500: 50.00.
        {u"HALF"_s, {u"1.1=75"_s, u"1.2=50"_s, u"1.3=0"_s, u"2.1=80"_s, u"3.1=250"_s}},
        // Nothing earned, the whole deduction, a rate just below the lowest threshold: 0.00.
        {u"ZERO"_s, {u"1.1=0"_s, u"1.2=0"_s, u"1.3=250"_s, u"2.1=79.9999"_s, u"3.1=0"_s}},
    };
    for (const auto &[code, entries] : units) {
        Unit unit;
        unit.code = code;
        unit.name = code;
        unit.groupCode = in.groupCode;
        in.units.append(unit);
        in.sheets.insert(code, makeSheet(code, entries));
    }
    const RankingTable table = computeRanking(in);
    QStringList lines;
    for (const UnitResult &r : table.ranked) {
        lines.append(u"%1 %2 %3/%4 %5 %6"_s.arg(QString::number(*r.rank), r.unitCode, r.points.toString(),
            r.max.toString(), r.index.toString(2), classCodeName(r.classCode)));
    }
    QCOMPARE(lines,
        (QStringList {u"1 FULL 1000/1000 100.00 excellent"_s, u"1 NEAR 999.9999/1000 100.00 excellent"_s,
            u"3 DED 750/1000 75.00 fair"_s, u"4 HALF 500/1000 50.00 average"_s, u"5 ZERO 0/1000 0.00 weak"_s}));
    const UnitResult *full = table.find(u"FULL"_s);
    QCOMPARE(full->areas[2].index.toString(2), u"100.00"_s);
    QCOMPARE(table.find(u"HALF"_s)->areas[1].points.toString(), u"125"_s);
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
