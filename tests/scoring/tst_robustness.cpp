#include "common/fixtures.h"
#include "scoring/robustness.h"
#include "scoring/sheetscore.h"

#include <QtTest/QTest>

using namespace parindex;
using namespace parindex::fixtures;
using namespace Qt::StringLiterals;

namespace {
Fixed fx(const char *text)
{
    return *Fixed::parse(QString::fromLatin1(text));
}

Unit unit(const QString &code, const QString &name)
{
    Unit u;
    u.code = code;
    u.name = name;
    u.groupCode = u"XA"_s;
    return u;
}

// Two areas of 50 points, one score leaf each. X: 50 + 30 = 80.00, Y: 30 + 49 = 79.00, Z: 10 + 10 = 20.00.
// With the areas' maxima drawn as M_A and M_B = 100 - M_A, X's index is 50/50 M_A + 30/50 M_B = 60 + 0.4 M_A and Y's
// 30/50 M_A + 49/50 M_B = 98 - 0.38 M_A: X stays ahead while 0.78 M_A > 38, M_A > 48.7179 (the weight of A falls by
// 2.56 % at most). M_A = 100 f_A / (f_A + f_B), so X stays ahead while f_A / f_B > 0.95.
RankingInput twoAreas()
{
    RankingInput in;
    in.year = 2025;
    in.groupCode = u"XA"_s;
    in.tree = makeTree({u"1|A|50|group|"_s, u"1.1|a|50|score|"_s, u"2|B|50|group|"_s, u"2.1|b|50|score|"_s});
    in.units = {unit(u"X"_s, u"Xuân Lộc"_s), unit(u"Y"_s, u"Yên Định"_s), unit(u"Z"_s, u"Zô Lăng"_s)};
    in.sheets.insert(u"X"_s, makeSheet(u"X"_s, {u"1.1=50"_s, u"2.1=30"_s}));
    in.sheets.insert(u"Y"_s, makeSheet(u"Y"_s, {u"1.1=30"_s, u"2.1=49"_s}));
    in.sheets.insert(u"Z"_s, makeSheet(u"Z"_s, {u"1.1=10"_s, u"2.1=10"_s}));
    return in;
}

// A tree with everything scoring does: a group capped to its maximum (1.1's children add up to 12 of its 10), a
// deduction, a not-applicable sub-criterion (leaves the maximum), a linear rate and a rate with thresholds, a survey
// area; units tied, a unit incomplete and a unit of special status (both left out).
RankingInput everyRule()
{
    RankingInput in;
    in.year = 2025;
    in.groupCode = u"HUYEN"_s;
    in.tree = makeTree({
        u"1|Chỉ đạo|30|group|"_s,
        u"1.1|Kế hoạch|10|group|"_s,
        u"1.1.1|a|6|score|"_s,
        u"1.1.2|b|6|score|"_s,
        u"1.2|Báo cáo|20|score|"_s,
        u"1.3|Trừ điểm|5|deduction|"_s,
        u"2|Thủ tục|40|group|"_s,
        u"2.1|Tỷ lệ đúng hạn|15|rate|linear"_s,
        u"2.2|Một cửa|15|rate|100:15;80:7.5"_s,
        u"2.3|Dịch vụ công|10|score|"_s,
        u"3|Khảo sát|30|survey|"_s,
    });
    const QList<std::pair<QString, QStringList>> sheets = {
        {u"A"_s,
            {u"1.1.1=6"_s, u"1.1.2=6"_s, u"1.2=15.5"_s, u"1.3=2"_s, u"2.1=93.37"_s, u"2.2=85"_s, u"2.3=9.25"_s,
                u"3=24.31"_s}},
        {u"B"_s, {u"1.1.1=4"_s, u"1.1.2=5.5"_s, u"1.2=19"_s, u"2.1=na"_s, u"2.2=100"_s, u"2.3=8"_s, u"3=21.7"_s}},
        {u"C"_s, {u"1.1.1=5"_s, u"1.1.2=5"_s, u"1.2=17"_s, u"1.3=0"_s, u"2=na"_s, u"3=26.02"_s}},
        {u"D"_s,
            {u"1.1.1=6"_s, u"1.1.2=4"_s, u"1.2=12"_s, u"1.3=4.5"_s, u"2.1=60"_s, u"2.2=79.99"_s, u"2.3=10"_s,
                u"3=29.9"_s}},
        // E equals B cell for cell: the two share every rank.
        {u"E"_s, {u"1.1.1=4"_s, u"1.1.2=5.5"_s, u"1.2=19"_s, u"2.1=na"_s, u"2.2=100"_s, u"2.3=8"_s, u"3=21.7"_s}},
        {u"F"_s, {u"1.1=na"_s, u"1.2=20"_s, u"2.1=100"_s, u"2.2=100"_s, u"2.3=3"_s, u"3=18"_s}},
        {u"G"_s, {u"1.1.1=6"_s, u"1.1.2=6"_s, u"1.2=20"_s, u"2.1=100"_s, u"2.2=100"_s, u"2.3=10"_s, u"3=30"_s}},
        {u"I"_s, {u"1.1.1=6"_s}}, // incomplete
        {u"S"_s, {u"1.1.1=6"_s, u"1.1.2=6"_s, u"1.2=20"_s, u"2.1=100"_s, u"2.2=100"_s, u"2.3=10"_s, u"3=30"_s}},
    };
    for (const auto &[code, entries] : sheets) {
        Unit u = unit(code, u"Đơn vị "_s + code);
        u.ranked = code != u"S";
        in.units.append(u);
        in.sheets.insert(code, makeSheet(code, entries));
    }
    return in;
}

// everyRule's tree with `count` units scored by formula (a value each rule takes, some not applicable, many ties):
// a group large enough that a draw counts the units at each index instead of sorting them.
RankingInput largeGroup(int count)
{
    RankingInput in = everyRule();
    in.units.clear();
    in.sheets.clear();
    const auto tenths = [](int i, int prime, int range) { return QString::number(double((i * prime) % range) / 10.0); };
    for (int i = 0; i < count; ++i) {
        const QString code = u"L%1"_s.arg(i, 4, 10, QChar(u'0'));
        in.units.append(unit(code, u"Xã %1"_s.arg(i % 700))); // names repeat, as communes' do across provinces
        in.sheets.insert(code,
            makeSheet(code,
                {u"1.1.1="_s + tenths(i, 37, 61), u"1.1.2="_s + tenths(i, 53, 61), u"1.2="_s + tenths(i, 91, 201),
                    u"1.3="_s + tenths(i, 13, 51),
                    i % 17 == 0 ? u"2.1=na"_s : u"2.1="_s + QString::number((i * 17) % 101),
                    u"2.2="_s + QString::number((i * 29) % 101), u"2.3="_s + tenths(i, 31, 101),
                    i % 23 == 0 ? u"3=na"_s : u"3="_s + tenths(i, 43, 301)}));
    }
    return in;
}

// The same tree with every earning leaf a score leaf (its points entered as they are earned): what a draw's changed
// points are scored with.
CriteriaTree asScoreLeaves(const CriteriaTree &tree)
{
    QList<Criterion> list = tree.criteria();
    for (Criterion &c : list) {
        if (c.kind == CriterionKind::Rate || c.kind == CriterionKind::Survey) {
            c.kind = CriterionKind::Score;
            c.rule = RateRule();
        }
    }
    return *CriteriaTree::build(list);
}

RobustnessOptions options(const char *weights, const char *scores, int draws, quint64 seed, int threads = 0)
{
    RobustnessOptions o;
    o.weights = fx(weights);
    o.scores = fx(scores);
    o.draws = draws;
    o.seed = seed;
    o.threads = threads;
    return o;
}

// Draw `draw` scored in full, without the shortcut: each unit's leaves (changed as the draw changes them) scored
// through the whole tree by scoreSheet (caps, deductions, not-applicable), each area's points and applicable maximum
// then scaled by M'_a / M_a (rounded half up to four decimals), the index as in the ranking, and the ranks given by
// assignCompetitionRanks. Returns "CODE index rank" per unit in the order of the real ranking.
QStringList scoredInFull(const RankingInput &in, const RobustnessOptions &o, int draw)
{
    const RankingTable real = computeRanking(in);
    const CriteriaTree leaves = asScoreLeaves(in.tree);
    const QList<Fixed> drawn = Robustness::drawnAreaMaxima(in.tree, o, draw);
    QList<UnitResult> results;
    for (qsizetype k = 0; k < real.ranked.size(); ++k) {
        const UnitResult &r = real.ranked[k];
        const ScoreSheet &sheet = in.sheets[r.unitCode];
        const SheetScore score = scoreSheet(in.tree, sheet);
        const QList<Fixed> points = Robustness::drawnNodePoints(in.tree, score, o, draw, k);
        ScoreSheet changed;
        for (qsizetype i = 0; i < in.tree.size(); ++i) {
            const Criterion &c = in.tree.at(i);
            ScoreEntry e;
            e.notApplicable = sheet.entry(c.code).notApplicable;
            if (!c.isGroup())
                e.appraised = points[i];
            changed.entries.insert(c.code, e);
        }
        const SheetScore s = scoreSheet(leaves, changed);
        Fixed total;
        Fixed max;
        for (qsizetype a = 0; a < in.tree.roots().size(); ++a) {
            const qsizetype root = in.tree.roots()[a];
            const qint64 realMax = in.tree.at(root).maxPoints.raw();
            total += Fixed::fromRaw(divideRounded(s.points[root].raw() * drawn[a].raw(), realMax));
            max += Fixed::fromRaw(divideRounded(s.applicableMax[root].raw() * drawn[a].raw(), realMax));
        }
        UnitResult u = r;
        u.index = Fixed::percent(total, max);
        results.append(u);
    }
    assignCompetitionRanks(results);
    QHash<QString, QString> byCode;
    for (const UnitResult &u : results)
        byCode.insert(u.unitCode, u.unitCode + u' ' + u.index.toString(2) + u' ' + QString::number(*u.rank));
    QStringList out;
    for (const UnitResult &r : real.ranked)
        out.append(byCode[r.unitCode]);
    return out;
}

QStringList kept(const RobustnessResult &result, int draw)
{
    QStringList out;
    for (qsizetype u = 0; u < result.units.size(); ++u)
        out.append(result.units[u].unitCode + u' ' + result.drawIndices[draw][u].toString(2) + u' '
            + QString::number(result.drawRanks[draw][u]));
    return out;
}
} // namespace

class TestRobustness : public QObject
{
    Q_OBJECT
private slots:
    void zeroGivesTheRealRanking_data();
    void zeroGivesTheRealRanking();
    void twoUnitsThatFlip_data();
    void twoUnitsThatFlip();
    void classShares();
    void areaMaximaAddUpToTheTotal_data();
    void areaMaximaAddUpToTheTotal();
    void scoringCommutesWithScaling_data();
    void scoringCommutesWithScaling();
    void shortcutEqualsFullScoring_data();
    void shortcutEqualsFullScoring();
    void sameSeedSameResultWhateverTheThreads();
    void scoresStayWithinTheirMaxima();
    void refusals_data();
    void refusals();
    void cancel();
};

void TestRobustness::zeroGivesTheRealRanking_data()
{
    QTest::addColumn<int>("draws");
    QTest::addColumn<int>("threads");
    QTest::newRow("one draw") << 1 << 1;
    QTest::newRow("7 draws, 2 threads") << 7 << 2;
    QTest::newRow("200 draws, 3 threads") << 200 << 3;
}

// ±0 %: every area keeps M_a (M_a x 10000 x T / (T x 10000), exact), every unit its real index, so every draw is the
// real ranking: a zero-width interval at the real rank (ties included: B and E share rank 3) and every draw in the
// real class.
void TestRobustness::zeroGivesTheRealRanking()
{
    QFETCH(int, draws);
    QFETCH(int, threads);
    const RankingInput in = everyRule();
    const RankingTable real = computeRanking(in);
    const auto result = Robustness::run(in, options("0", "0", draws, 42, threads));
    QVERIFY(result);
    QCOMPARE(result->units.size(), real.ranked.size());
    QCOMPARE(result->units.size(), 7); // I (incomplete) and S (special status) are left out
    for (qsizetype u = 0; u < real.ranked.size(); ++u) {
        const UnitRobustness &r = result->units[u];
        QCOMPARE(r.unitCode, real.ranked[u].unitCode);
        QCOMPARE(r.rank, *real.ranked[u].rank);
        QCOMPARE(r.medianRank, r.rank);
        QCOMPARE(r.p5Rank, r.rank);
        QCOMPARE(r.p95Rank, r.rank);
        QCOMPARE(r.bestRank, r.rank);
        QCOMPARE(r.worstRank, r.rank);
        QCOMPARE(r.classDraws[size_t(r.classCode)], draws);
        QCOMPARE(result->share(r, r.classCode), Fixed::fromInt(1));
    }
    // By hand (everyRule):
    //   G: 10 + 20 | 15 + 15 + 10 | 30 = 100 of 100                                   = 100.00, 1st
    //   C: min(10, 5 + 5) + 17 - 0 | area 2 not applicable | 26.02 = 53.02 of 60       =  88.37, 2nd
    //   B = E: 9.5 + 19 | 2.1 n/a: 15 + 8 of 25 | 21.7 = 73.2 of 85 (86.1176)          =  86.12, 3rd and 3rd
    //   F: 1.1 n/a: 20 of 20 | 15 + 15 + 3 | 18 = 71 of 90 (78.888)                    =  78.89, 5th
    //   A: min(10, 12) + 15.5 - 2 | 93.37% x 15 = 14.0055 + 7.5 + 9.25 | 24.31 = 78.5655 =  78.57, 6th
    //   D: 10 + 12 - 4.5 | 60% x 15 = 9 + 0 (79.99 < 80) + 10 | 29.9 = 66.4             =  66.40, 7th
    QStringList got;
    for (const UnitRobustness &r : result->units)
        got.append(u"%1 %2 %3"_s.arg(r.unitCode, r.index.toString(2)).arg(r.rank));
    QCOMPARE(got,
        (QStringList {u"G 100.00 1"_s, u"C 88.37 2"_s, u"B 86.12 3"_s, u"E 86.12 3"_s, u"F 78.89 5"_s, u"A 78.57 6"_s,
            u"D 66.40 7"_s}));
}

void TestRobustness::twoUnitsThatFlip_data()
{
    QTest::addColumn<QString>("weights");
    QTest::addColumn<QStringList>("expected"); // per unit: median p5 p95 best worst
    // ±2.5 %: f_A / f_B >= 0.975 / 1.025 = 0.9512 > 0.95: X is never passed.
    QTest::newRow("2.5%: never flips") << u"2.5"_s
                                       << QStringList {u"X 1 1 1 1 1"_s, u"Y 2 2 2 2 2"_s, u"Z 3 3 3 3 3"_s};
    // ±3 %: the corner f_A < 0.95 f_B of [0.97, 1.03]^2 is a triangle 0.00895 wide and 0.0085 high: 1.06 % of the
    // draws. Y passes X in some of the 1,000 draws (worst 2), fewer than 5 % (p95 still 1).
    QTest::newRow("3%: flips now and then")
        << u"3"_s << QStringList {u"X 1 1 1 1 2"_s, u"Y 2 2 2 1 2"_s, u"Z 3 3 3 3 3"_s};
    // ±20 %: f_A < 0.95 f_B on the part of [0.8, 1.2]^2 from y = 0.8421 to 1.2 under x = 0.95 y: the integral of
    // (0.95 y - 0.8) dy = 0.06084, 38 % of the square's 0.16. X is second in about 38 % of the draws: median 1, p95 2.
    QTest::newRow("20%: flips often") << u"20"_s << QStringList {u"X 1 1 2 1 2"_s, u"Y 2 1 2 1 2"_s, u"Z 3 3 3 3 3"_s};
}

void TestRobustness::twoUnitsThatFlip()
{
    QFETCH(QString, weights);
    QFETCH(QStringList, expected);
    RobustnessOptions o = options("0", "0", 1000, 7);
    o.weights = *Fixed::parse(weights);
    const auto result = Robustness::run(twoAreas(), o);
    QVERIFY(result);
    QStringList got;
    for (const UnitRobustness &r : result->units)
        got.append(u"%1 %2 %3 %4 %5 %6"_s.arg(r.unitCode)
                       .arg(r.medianRank)
                       .arg(r.p5Rank)
                       .arg(r.p95Rank)
                       .arg(r.bestRank)
                       .arg(r.worstRank));
    QCOMPARE(got, expected);
}

// ±20 %: M_A in [40, 60]. X = 60 + 0.4 M_A is Tốt (>= 80) when M_A >= 50, when f_A >= f_B: half of the draws (and
// the 1 in 40,001 that are equal). Y = 98 - 0.38 M_A is Tốt when M_A <= 47.37, when f_A / f_B <= 0.9; that corner of
// [0.8, 1.2]^2 under x = 0.9 y from y = 0.8889: the integral of (0.9 y - 0.8) = 0.04356, 27 % of 0.16. Z is Yếu.
void TestRobustness::classShares()
{
    const auto result = Robustness::run(twoAreas(), options("20", "0", 1000, 3));
    QVERIFY(result);
    const UnitRobustness &x = result->units[0];
    const UnitRobustness &y = result->units[1];
    const UnitRobustness &z = result->units[2];
    QCOMPARE(x.classDraws[size_t(ClassCode::Good)] + x.classDraws[size_t(ClassCode::Fair)], 1000);
    QVERIFY2(qAbs(x.classDraws[size_t(ClassCode::Good)] - 500) < 50, qPrintable(QString::number(x.classDraws[1])));
    QCOMPARE(y.classDraws[size_t(ClassCode::Good)] + y.classDraws[size_t(ClassCode::Fair)], 1000);
    QVERIFY2(qAbs(y.classDraws[size_t(ClassCode::Good)] - 272) < 45, qPrintable(QString::number(y.classDraws[1])));
    QCOMPARE(z.classDraws[size_t(ClassCode::Weak)], 1000);
    QCOMPARE(result->share(z, ClassCode::Weak), Fixed::fromInt(1));
    // A share is count / draws, four decimals: 1000 draws give exact thousandths.
    QCOMPARE(result->share(x, ClassCode::Good), Fixed::fromRaw(qint64(x.classDraws[1]) * 10));
}

void TestRobustness::areaMaximaAddUpToTheTotal_data()
{
    QTest::addColumn<QStringList>("maxima");
    QTest::addColumn<QString>("weights");
    QTest::newRow("8 areas of the national frame, 20%")
        << QStringList {u"9"_s, u"9"_s, u"12.5"_s, u"7.5"_s, u"10.5"_s, u"8.5"_s, u"10"_s, u"33"_s} << u"20"_s;
    QTest::newRow("thirds, 33.33%") << QStringList {u"33.3333"_s, u"33.3333"_s, u"33.3334"_s} << u"33.33"_s;
    QTest::newRow("100%: an area may weigh 0") << QStringList {u"40"_s, u"60"_s} << u"100"_s;
    QTest::newRow("an area of 0 points") << QStringList {u"0"_s, u"100"_s} << u"50"_s;
}

// Largest remainders: the drawn maxima add up to the real total exactly, each within its stretch of the total.
void TestRobustness::areaMaximaAddUpToTheTotal()
{
    QFETCH(QStringList, maxima);
    QFETCH(QString, weights);
    QStringList rows;
    for (qsizetype a = 0; a < maxima.size(); ++a)
        rows.append(u"%1|Lĩnh vực %1|%2|score|"_s.arg(a + 1).arg(maxima[a]));
    const CriteriaTree tree = makeTree(rows);
    RobustnessOptions o = options("0", "0", 1, 11);
    o.weights = *Fixed::parse(weights);
    for (int d = 0; d < 200; ++d) {
        const QList<Fixed> drawn = Robustness::drawnAreaMaxima(tree, o, d);
        Fixed sum;
        for (Fixed m : drawn) {
            QVERIFY(m >= Fixed());
            sum += m;
        }
        QCOMPARE(sum, tree.totalMax());
        if (tree.at(0).maxPoints == Fixed())
            QCOMPARE(drawn[0], Fixed());
    }
}

void TestRobustness::scoringCommutesWithScaling_data()
{
    QTest::addColumn<int>("k");
    QTest::newRow("x2") << 2;
    QTest::newRow("x3") << 3;
    QTest::newRow("x7") << 7;
}

// Why a draw only scales each unit's area points and applicable maximum: scoring every node of an area scaled by k
// (maxima, and every point earned: a rate's points as its rule gives them) gives every node k times its points and
// applicable maximum, caps, deductions and not-applicable nodes included. So with s_a = M'_a / M_a, and scoring
// exact in fractions, an area's points in a draw are s_a times its real points.
void TestRobustness::scoringCommutesWithScaling()
{
    QFETCH(int, k);
    const RankingInput in = everyRule();
    const CriteriaTree leaves = asScoreLeaves(in.tree);
    QList<Criterion> scaled = leaves.criteria();
    for (Criterion &c : scaled)
        c.maxPoints = Fixed::fromRaw(c.maxPoints.raw() * k);
    const CriteriaTree bigger = *CriteriaTree::build(scaled);
    for (const Unit &u : in.units) {
        const ScoreSheet &sheet = in.sheets[u.code];
        const SheetScore real = scoreSheet(in.tree, sheet);
        ScoreSheet times;
        for (qsizetype i = 0; i < in.tree.size(); ++i) {
            const Criterion &c = in.tree.at(i);
            ScoreEntry e = sheet.entry(c.code);
            if (!c.isGroup() && e.appraised)
                e.appraised = Fixed::fromRaw(leafPoints(c, *e.appraised).raw() * k);
            if (!e.isEmpty())
                times.entries.insert(c.code, e);
        }
        const SheetScore s = scoreSheet(bigger, times);
        for (qsizetype i = 0; i < in.tree.size(); ++i) {
            QCOMPARE(s.points[i].raw(), real.points[i].raw() * k);
            QCOMPARE(s.applicableMax[i].raw(), real.applicableMax[i].raw() * k);
        }
    }
}

void TestRobustness::shortcutEqualsFullScoring_data()
{
    QTest::addColumn<QString>("weights");
    QTest::addColumn<QString>("scores");
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("large"); // 0: everyRule's units; N: largeGroup(N)
    QTest::addColumn<int>("draws");
    QTest::newRow("weights 30%, seed 1") << u"30"_s << u"0"_s << quint64(1) << 0 << 40;
    QTest::newRow("weights 30%, seed 2") << u"30"_s << u"0"_s << quint64(2) << 0 << 40;
    QTest::newRow("weights 100%, seed 3") << u"100"_s << u"0"_s << quint64(3) << 0 << 40;
    QTest::newRow("weights 20% and scores 10%, seed 4") << u"20"_s << u"10"_s << quint64(4) << 0 << 40;
    QTest::newRow("scores 25% alone, seed 5") << u"0"_s << u"25"_s << quint64(5) << 0 << 40;
    QTest::newRow("1,500 units, weights 20%, seed 6") << u"20"_s << u"0"_s << quint64(6) << 1500 << 4;
    QTest::newRow("1,500 units, weights 10% and scores 5%, seed 7") << u"10"_s << u"5"_s << quint64(7) << 1500 << 3;
}

// Every draw of run() (the shortcut: area points x s_a, groups scored again only when scores change) against the
// same draw scored in full.
void TestRobustness::shortcutEqualsFullScoring()
{
    QFETCH(QString, weights);
    QFETCH(QString, scores);
    QFETCH(quint64, seed);
    QFETCH(int, large);
    QFETCH(int, draws);
    const RankingInput in = large > 0 ? largeGroup(large) : everyRule();
    RobustnessOptions o = options("0", "0", draws, seed, 2);
    o.weights = *Fixed::parse(weights);
    o.scores = *Fixed::parse(scores);
    o.keepDraws = true;
    const auto result = Robustness::run(in, o);
    QVERIFY(result);
    int changed = 0;
    for (int d = 0; d < o.draws; ++d) {
        const QStringList full = scoredInFull(in, o, d);
        QCOMPARE(kept(*result, d), full);
        for (qsizetype u = 0; u < result->units.size(); ++u)
            changed += result->drawIndices[d][u] != result->units[u].index ? 1 : 0;
    }
    QVERIFY(changed > 0); // the draws did change indices
}

void TestRobustness::sameSeedSameResultWhateverTheThreads()
{
    const RankingInput in = everyRule();
    const auto one = Robustness::run(in, options("25", "5", 300, 99, 1));
    QVERIFY(one);
    for (int threads : {2, 3, 8}) {
        const auto many = Robustness::run(in, options("25", "5", 300, 99, threads));
        QVERIFY(many);
        QCOMPARE(many->units, one->units);
    }
    const auto again = Robustness::run(in, options("25", "5", 300, 99, 2));
    QCOMPARE(again->units, one->units);
    const auto other = Robustness::run(in, options("25", "5", 300, 100, 2));
    QVERIFY(other->units != one->units);
}

// A leaf's points move by at most its maximum x q / 100 and stay within [0, maximum]; not-applicable leaves and
// deductions do not move.
void TestRobustness::scoresStayWithinTheirMaxima()
{
    const RankingInput in = everyRule();
    const RobustnessOptions o = options("0", "10", 1, 8);
    for (const QString &code : {u"A"_s, u"B"_s, u"C"_s, u"F"_s}) {
        const SheetScore s = scoreSheet(in.tree, in.sheets[code]);
        for (int d = 0; d < 50; ++d) {
            const QList<Fixed> points = Robustness::drawnNodePoints(in.tree, s, o, d, 0);
            for (qsizetype i : in.tree.leaves()) {
                const Criterion &c = in.tree.at(i);
                if (c.isDeduction() || s.notApplicable[i]) {
                    QCOMPARE(points[i], s.points[i]);
                    continue;
                }
                QVERIFY(points[i] >= Fixed() && points[i] <= c.maxPoints);
                QVERIFY(qAbs(points[i].raw() - s.points[i].raw()) <= c.maxPoints.raw() / 10);
            }
        }
    }
}

void TestRobustness::refusals_data()
{
    QTest::addColumn<QString>("weights");
    QTest::addColumn<QString>("scores");
    QTest::addColumn<int>("draws");
    QTest::addColumn<QString>("named");
    QTest::newRow("weights above 100") << u"100.01"_s << u"0"_s << 10 << u"--weights"_s;
    QTest::newRow("weights negative") << u"-1"_s << u"0"_s << 10 << u"--weights"_s;
    QTest::newRow("weights with three decimals") << u"20.005"_s << u"0"_s << 10 << u"--weights"_s;
    QTest::newRow("scores above 100") << u"10"_s << u"101"_s << 10 << u"--scores"_s;
    QTest::newRow("no draw") << u"10"_s << u"0"_s << 0 << u"--draws"_s;
    QTest::newRow("too many draws") << u"10"_s << u"0"_s << 100001 << u"--draws"_s;
}

void TestRobustness::refusals()
{
    QFETCH(QString, weights);
    QFETCH(QString, scores);
    QFETCH(int, draws);
    QFETCH(QString, named);
    RobustnessOptions o;
    o.weights = *Fixed::parse(weights);
    o.scores = *Fixed::parse(scores);
    o.draws = draws;
    const auto result = Robustness::run(twoAreas(), o);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, Error::Kind::Usage);
    QVERIFY2(result.error().message.contains(named), qPrintable(result.error().message));
}

void TestRobustness::cancel()
{
    int calls = 0;
    // One thread: the calling thread runs every block and asks after each (with two, the other may finish first).
    const auto result = Robustness::run(twoAreas(), options("20", "0", 5000, 1, 1), [&](int done) {
        ++calls;
        return done < 100;
    });
    QVERIFY(!result);
    QCOMPARE(result.error().kind, Error::Kind::Cancelled);
    QVERIFY(calls > 0);
}

QTEST_GUILESS_MAIN(TestRobustness)
#include "tst_robustness.moc"
