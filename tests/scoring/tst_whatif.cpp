#include "common/fixtures.h"
#include "scoring/whatif.h"

#include <QtTest/QTest>

using namespace parindex;
using namespace parindex::fixtures;
using namespace Qt::StringLiterals;

namespace {
// Four districts under two areas: 1 (60 points, one score leaf) and 2 (40 points, one rate leaf, linear).
// Points = 1.1 + rate x 40 / 100; the total is 100, so the index is the points:
//   A  1.1 = 60, 2.1 =  75 %: 60 + 30 = 90.00  rank 1  excellent
//   B  1.1 = 48, 2.1 = 100 %: 48 + 40 = 88.00  rank 2  good
//   C  1.1 = 42, 2.1 =  50 %: 42 + 20 = 62.00  rank 3  average
//   D  1.1 = 30, 2.1 missing: incomplete, no rank
const QStringList realTree = {u"1|Chỉ đạo điều hành|60|group|"_s, u"1.1|Kế hoạch|60|score|"_s,
    u"2|Chính quyền số|40|group|"_s, u"2.1|Tỷ lệ hồ sơ trực tuyến|40|rate|linear"_s};

RankingInput fourDistricts()
{
    RankingInput in;
    in.year = 2024;
    in.groupCode = u"HUYEN"_s;
    in.tree = makeTree(realTree);
    const QList<std::pair<QString, QStringList>> units
        = {{u"A|Ân Thi"_s, {u"1.1=60"_s, u"2.1=75"_s}}, {u"B|Bình Lục"_s, {u"1.1=48"_s, u"2.1=100"_s}},
            {u"C|Cẩm Giàng"_s, {u"1.1=42"_s, u"2.1=50"_s}}, {u"D|Đông Sơn"_s, {u"1.1=30"_s}}};
    for (const auto &[unit, entries] : units) {
        Unit u;
        u.code = unit.section(u'|', 0, 0);
        u.name = unit.section(u'|', 1);
        u.groupCode = in.groupCode;
        in.units.append(u);
        in.sheets.insert(u.code, makeSheet(u.code, entries));
    }
    return in;
}

// "code index rank class" of every row, scenario side: "A 87.50 2 good", "D - - -" without an index.
QStringList scenarioSide(const WhatIfComparison &c)
{
    QStringList lines;
    for (const WhatIfRow &row : c.rows) {
        const UnitResult &s = row.scenario;
        const auto cls = WhatIfRow::classOf(s);
        lines.append(u"%1 %2 %3 %4"_s.arg(s.unitCode, s.hasIndex() ? s.index.toString(2) : u"-"_s,
            s.rank ? QString::number(*s.rank) : u"-"_s, cls ? classCodeName(*cls) : u"-"_s));
    }
    return lines;
}

// "code rank-change class-changed" of the rows whose rank or class changes.
QStringList changes(const QList<WhatIfRow> &rows)
{
    QStringList lines;
    for (const WhatIfRow &row : rows) {
        if (!row.rankChanged() && !row.classChanged())
            continue;
        const auto change = row.rankChange();
        lines.append(u"%1 %2 %3"_s.arg(
            row.unitCode(), change ? QString::number(*change) : u"-"_s, row.classChanged() ? u"class"_s : u"same"_s));
    }
    return lines;
}
} // namespace

class TestWhatIf : public QObject
{
    Q_OBJECT
private slots:
    void carriedValue_data();
    void carriedValue();
    void scenarios_data();
    void scenarios();
    void realTreeReproducesTheRanking();
    void bandsMoveAClassAtTheThreshold();
    void scenarioJsonRoundTrip();
    void scenarioJsonRefused_data();
    void scenarioJsonRefused();
    void doublingEveryMaximumKeepsEveryIndex();
    void refusesATreeThatDoesNotFit_data();
    void refusesATreeThatDoesNotFit();
    void corrections_data();
    void corrections();
    void refusedCorrections_data();
    void refusedCorrections();
};

void TestWhatIf::carriedValue_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("realMax");
    QTest::addColumn<QString>("scenarioMax");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    // value x scenario max / real max, rounded half away from zero to four decimals.
    QTest::newRow("1.5 of 2 is 2.25 of 3") << u"score"_s << u"2"_s << u"3"_s << u"1.5"_s << u"2.25"_s;
    // 1 x 2 / 3 = 0.66666... -> 0.6667
    QTest::newRow("1 of 3 is 0.6667 of 2") << u"score"_s << u"3"_s << u"2"_s << u"1"_s << u"0.6667"_s;
    // 0.0001 x 1 / 3 = 0.0000333 -> 0
    QTest::newRow("below half a ten-thousandth") << u"score"_s << u"3"_s << u"1"_s << u"0.0001"_s << u"0"_s;
    // 0.0003 x 1 / 2 = 0.00015: an exact half, away from zero -> 0.0002
    QTest::newRow("an exact half rounds up") << u"score"_s << u"2"_s << u"1"_s << u"0.0003"_s << u"0.0002"_s;
    // 24 x 32 / 30 = 25.6
    QTest::newRow("survey points keep their share") << u"survey"_s << u"30"_s << u"32"_s << u"24"_s << u"25.6"_s;
    // 1 x 3 / 2 = 1.5
    QTest::newRow("a deduction keeps its share") << u"deduction"_s << u"2"_s << u"3"_s << u"1"_s << u"1.5"_s;
    QTest::newRow("a rate keeps its rate") << u"rate"_s << u"40"_s << u"50"_s << u"70"_s << u"70"_s;
    QTest::newRow("same maximum: the value as entered") << u"score"_s << u"2"_s << u"2"_s << u"1.2345"_s << u"1.2345"_s;
    QTest::newRow("a maximum of 0 gives 0") << u"score"_s << u"0"_s << u"5"_s << u"0"_s << u"0"_s;
    QTest::newRow("full marks stay full") << u"score"_s << u"7"_s << u"9.5"_s << u"7"_s << u"9.5"_s;
}

void TestWhatIf::carriedValue()
{
    QFETCH(QString, kind);
    QFETCH(QString, realMax);
    QFETCH(QString, scenarioMax);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const auto k = *criterionKindFromCode(kind);
    const QString rule = k == CriterionKind::Rate ? u"linear"_s : QString();
    const Fixed carried = WhatIf::carriedValue(
        crit(u"1.1"_s, realMax, k, rule), crit(u"1.1"_s, scenarioMax, k, rule), *Fixed::parse(value));
    QCOMPARE(carried, *Fixed::parse(expected));
}

void TestWhatIf::scenarios_data()
{
    QTest::addColumn<QStringList>("tree");
    QTest::addColumn<QString>("excellentFrom"); // empty: the default bands
    QTest::addColumn<QStringList>("expected"); // in the real ranking's order
    QTest::addColumn<QStringList>("changed");

    QTest::newRow("the real tree") << realTree << QString()
                                   << QStringList {u"A 90.00 1 excellent"_s, u"B 88.00 2 good"_s,
                                          u"C 62.00 3 average"_s, u"D - - -"_s}
                                   << QStringList();
    // 50/50: A 60 x 50/60 = 50 + 75 % x 50 = 37.5 -> 87.50; B 48 x 50/60 = 40 + 50 = 90.00;
    // C 42 x 50/60 = 35 + 25 = 60.00. A and B swap ranks and classes.
    QTest::newRow("weights 50/50 swap two ranks and classes")
        << QStringList {u"1|Chỉ đạo điều hành|50|group|"_s, u"1.1|Kế hoạch|50|score|"_s,
               u"2|Chính quyền số|50|group|"_s, u"2.1|Tỷ lệ hồ sơ trực tuyến|50|rate|linear"_s}
        << QString()
        << QStringList {u"A 87.50 2 good"_s, u"B 90.00 1 excellent"_s, u"C 60.00 3 average"_s, u"D - - -"_s}
        << QStringList {u"A -1 class"_s, u"B 1 class"_s};
    // Thresholds instead of linear: 100 % -> 40, >= 80 % -> 20, else 0. A 60 + 0 = 60.00; B 48 + 40 = 88.00;
    // C 42 + 0 = 42.00.
    QTest::newRow("another rate rule") << QStringList {u"1|Chỉ đạo điều hành|60|group|"_s, u"1.1|Kế hoạch|60|score|"_s,
        u"2|Chính quyền số|40|group|"_s, u"2.1|Tỷ lệ hồ sơ trực tuyến|40|rate|100:40;80:20"_s}
                                       << QString()
                                       << QStringList {u"A 60.00 2 average"_s, u"B 88.00 1 good"_s, u"C 42.00 3 weak"_s,
                                              u"D - - -"_s}
                                       << QStringList {u"A -1 class"_s, u"B 1 same"_s, u"C 0 class"_s};
    // Excellent from 85: B's 88.00 becomes excellent; nothing moves.
    QTest::newRow("other bands") << realTree << u"85"_s
                                 << QStringList {u"A 90.00 1 excellent"_s, u"B 88.00 2 excellent"_s,
                                        u"C 62.00 3 average"_s, u"D - - -"_s}
                                 << QStringList {u"B 0 class"_s};
    // 1.1 from 60 to 45 and area 2 from 40 to 55 (total 100): A 45 + 41.25 = 86.25; B 36 + 55 = 91.00;
    // C 31.5 + 27.5 = 59.00.
    QTest::newRow("weights 45/55") << QStringList {u"1|Chỉ đạo điều hành|45|group|"_s, u"1.1|Kế hoạch|45|score|"_s,
        u"2|Chính quyền số|55|group|"_s, u"2.1|Tỷ lệ hồ sơ trực tuyến|55|rate|linear"_s}
                                   << QString()
                                   << QStringList {u"A 86.25 2 good"_s, u"B 91.00 1 excellent"_s,
                                          u"C 59.00 3 average"_s, u"D - - -"_s}
                                   << QStringList {u"A -1 class"_s, u"B 1 class"_s};
}

void TestWhatIf::scenarios()
{
    QFETCH(QStringList, tree);
    QFETCH(QString, excellentFrom);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, changed);
    const RankingInput real = fourDistricts();
    WhatIfScenario scenario {u"thử"_s, makeTree(tree), ClassBands::defaults()};
    if (!excellentFrom.isEmpty()) {
        scenario.bands = *ClassBands::build({{ClassCode::Excellent, *Fixed::parse(excellentFrom)},
            {ClassCode::Good, Fixed::fromInt(80)}, {ClassCode::Fair, Fixed::fromInt(70)},
            {ClassCode::Average, Fixed::fromInt(50)}, {ClassCode::Weak, Fixed()}});
    }
    const auto c = WhatIf::compare(real, scenario);
    QVERIFY2(c, qPrintable(c.error().text()));
    QCOMPARE(c->scenarioName, u"thử"_s);
    QCOMPARE(c->real.ranked, computeRanking(real).ranked);
    QCOMPARE(scenarioSide(*c), expected);
    QCOMPARE(changes(c->rows), changed);
    // The real side in the real order: A, B, C ranked, D incomplete.
    QStringList order;
    for (const WhatIfRow &row : c->rows)
        order.append(row.unitCode());
    QCOMPARE(order, (QStringList {u"A"_s, u"B"_s, u"C"_s, u"D"_s}));
}

// A period with every kind of criterion, a tie, a unit of special status, an incomplete one and a not-applicable
// area: the scenario that is the real tree and bands gives the real ranking, result for result.
void TestWhatIf::realTreeReproducesTheRanking()
{
    RankingInput in;
    in.year = 2023;
    in.groupCode = u"SO"_s;
    in.tree = makeTree({u"1|Chỉ đạo|10|group|"_s, u"1.1|Kế hoạch|4|score|"_s, u"1.2|Tỷ lệ|6|rate|100:6;80:3"_s,
        u"1.3|Trừ điểm|2|deduction|"_s, u"2|Thủ tục hành chính|20|group|"_s, u"2.1|Công khai|10|score|"_s,
        u"2.2|Khảo sát|10|survey|"_s});
    in.bands = *ClassBands::build({{ClassCode::Excellent, Fixed::fromInt(85)}, {ClassCode::Good, Fixed::fromInt(70)},
        {ClassCode::Average, Fixed::fromInt(50)}, {ClassCode::Weak, Fixed()}});
    const QList<std::pair<QString, QStringList>> units
        = {{u"TP|Sở Tư pháp"_s, {u"1.1=4"_s, u"1.2=100"_s, u"1.3=0.5"_s, u"2.1=9.25"_s, u"2.2=8.125"_s}},
            {u"NV|Sở Nội vụ"_s, {u"1.1=3"_s, u"1.2=85"_s, u"2.1=8"_s, u"2.2=7.5"_s}},
            {u"YT|Sở Y tế"_s, {u"1.1=3.5"_s, u"1.2=80"_s, u"1.3=0.5"_s, u"2.1=8"_s, u"2.2=7.5"_s}},
            {u"NG|Sở Ngoại vụ"_s, {u"1.1=2"_s, u"1.2=50"_s, u"2=na"_s}},
            {u"VP|Văn phòng UBND tỉnh"_s, {u"1.1=4"_s, u"1.2=100"_s, u"2.1=10"_s, u"2.2=10"_s}},
            {u"TC|Sở Tài chính"_s, {u"1.1=4"_s, u"2.1=10"_s, u"2.2=10"_s}}};
    for (const auto &[unit, entries] : units) {
        Unit u;
        u.code = unit.section(u'|', 0, 0);
        u.name = unit.section(u'|', 1);
        u.groupCode = in.groupCode;
        u.ranked = u.code != u"VP";
        in.units.append(u);
        in.sheets.insert(u.code, makeSheet(u.code, entries));
    }
    in.previousRanks = QHash<QString, int> {{u"TP"_s, 2}, {u"NV"_s, 1}, {u"YT"_s, 3}};

    const RankingTable expected = computeRanking(in);
    // NV 3 + 3 + 8 + 7.5 = 21.5 and YT 3.5 + 3 - 0.5 + 8 + 7.5 = 21.5: a tie at 71.67, shared rank 2.
    QCOMPARE(expected.ranked.size(), 4);
    QCOMPARE(expected.ranked[1].rank, std::optional<int>(2));
    QCOMPARE(expected.ranked[2].rank, std::optional<int>(2));
    const auto c = WhatIf::compare(in, WhatIf::realScenario(in));
    QVERIFY2(c, qPrintable(c.error().text()));
    QCOMPARE(c->real.ranked, expected.ranked);
    QCOMPARE(c->scenario.ranked, expected.ranked);
    QCOMPARE(c->scenario.unranked, expected.unranked);
    QCOMPARE(c->scenario.incomplete, expected.incomplete);
    QCOMPARE(c->rows.size(), in.units.size());
    for (const WhatIfRow &row : c->rows) {
        QCOMPARE(row.scenario, row.real);
        QVERIFY(!row.rankChanged() && !row.classChanged() && !row.indexChanged());
    }
}

// Bands without Fair whose Good starts at 62: C's 62.00 is now Good (a band's minimum belongs to it), A's 90.00 and
// B's 88.00 keep theirs; no rank moves.
void TestWhatIf::bandsMoveAClassAtTheThreshold()
{
    const RankingInput real = fourDistricts();
    WhatIfScenario scenario = WhatIf::realScenario(real, u"Tốt từ 62"_s);
    scenario.bands = *ClassBands::build({{ClassCode::Excellent, Fixed::fromInt(90)},
        {ClassCode::Good, Fixed::fromInt(62)}, {ClassCode::Average, Fixed::fromInt(50)}, {ClassCode::Weak, Fixed()}});
    const auto c = WhatIf::compare(real, scenario);
    QVERIFY2(c, qPrintable(c.error().text()));
    QCOMPARE(scenarioSide(*c),
        (QStringList {u"A 90.00 1 excellent"_s, u"B 88.00 2 good"_s, u"C 62.00 3 good"_s, u"D - - -"_s}));
    QCOMPARE(changes(c->rows), QStringList {u"C 0 class"_s});
    // 61.99 would stay Average: the threshold is inclusive, not rounded.
    scenario.bands
        = *ClassBands::build({{ClassCode::Excellent, Fixed::fromInt(90)}, {ClassCode::Good, *Fixed::parse(u"62.01")},
            {ClassCode::Average, Fixed::fromInt(50)}, {ClassCode::Weak, Fixed()}});
    QCOMPARE(changes(WhatIf::compare(real, scenario)->rows), QStringList());
}

// A scenario as the file keeps it: its JSON read back is the same scenario (maxima, thresholds with decimals, bands
// without a class) and gives the same comparison; the text is the same for the same scenario.
void TestWhatIf::scenarioJsonRoundTrip()
{
    const RankingInput real = fourDistricts();
    WhatIfScenario scenario {u"Trọng số 2025"_s,
        makeTree({u"1|Chỉ đạo điều hành|45.5|group|"_s, u"1.1|Kế hoạch|45.5|score|"_s,
            u"2|Chính quyền số|54.5|group|"_s, u"2.1|Tỷ lệ hồ sơ trực tuyến|54.5|rate|95.5:54.5;80:27.25"_s}),
        *ClassBands::build({{ClassCode::Excellent, *Fixed::parse(u"87.5")}, {ClassCode::Good, Fixed::fromInt(75)},
            {ClassCode::Average, Fixed::fromInt(50)}, {ClassCode::Weak, Fixed()}})};
    const QString json = WhatIf::scenarioJson(scenario);
    QVERIFY2(json.contains(u"\"max_points\":\"45.5\""_s), qPrintable(json));
    QVERIFY2(json.contains(u"\"rule\":\"95.5:54.5;80:27.25\""_s), qPrintable(json));
    QVERIFY2(json.contains(u"{\"class\":\"excellent\",\"min_index\":\"87.5\"}"_s), qPrintable(json));
    const auto back = WhatIf::scenarioFromJson(u"Trọng số 2025"_s, json);
    QVERIFY2(back, qPrintable(back.error().text()));
    QCOMPARE(back->name, scenario.name);
    QCOMPARE(back->tree.criteria(), scenario.tree.criteria());
    QCOMPARE(back->bands, scenario.bands);
    QCOMPARE(WhatIf::scenarioJson(*back), json);
    const auto before = WhatIf::compare(real, scenario);
    const auto after = WhatIf::compare(real, *back);
    QVERIFY(before && after);
    QCOMPARE(scenarioSide(*after), scenarioSide(*before));
    QCOMPARE(after->scenario.ranked, before->scenario.ranked);
}

void TestWhatIf::scenarioJsonRefused_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("not JSON") << u"{\"criteria\": ["_s << u"cannot be read"_s;
    QTest::newRow("a maximum that is not a number")
        << u"{\"criteria\":[{\"code\":\"1\",\"kind\":\"score\",\"max_points\":\"x\",\"rule\":\"\",\"title\":\"A\"}],"
           "\"bands\":[{\"class\":\"weak\",\"min_index\":\"0\"}]}"_s
        << u"criterion 1"_s;
    QTest::newRow("an unknown class")
        << u"{\"criteria\":[{\"code\":\"1\",\"kind\":\"score\",\"max_points\":\"1\",\"rule\":\"\",\"title\":\"A\"}],"
           "\"bands\":[{\"class\":\"best\",\"min_index\":\"0\"}]}"_s
        << u"best"_s;
    QTest::newRow("no bands")
        << u"{\"criteria\":[{\"code\":\"1\",\"kind\":\"score\",\"max_points\":\"1\",\"rule\":\"\",\"title\":\"A\"}],"
           "\"bands\":[]}"_s
        << u"at least one band"_s;
}

void TestWhatIf::scenarioJsonRefused()
{
    QFETCH(QString, json);
    QFETCH(QString, fragment);
    const auto read = WhatIf::scenarioFromJson(u"x"_s, json);
    QVERIFY(!read);
    QCOMPARE(read.error().kind, Error::Kind::BadData);
    QVERIFY2(read.error().text().contains(fragment), qPrintable(read.error().text()));
}

// Every maximum (and the thresholds' points) doubled: each leaf keeps its share exactly, so every index, rank and
// class stays; the total is 60.
void TestWhatIf::doublingEveryMaximumKeepsEveryIndex()
{
    RankingInput in = fourDistricts();
    in.sheets[u"C"_s].entries[u"1.1"_s].appraised = *Fixed::parse(u"41.9375"_s);
    const WhatIfScenario doubled {u"x2"_s,
        makeTree({u"1|Chỉ đạo điều hành|120|group|"_s, u"1.1|Kế hoạch|120|score|"_s, u"2|Chính quyền số|80|group|"_s,
            u"2.1|Tỷ lệ hồ sơ trực tuyến|80|rate|linear"_s}),
        in.bands};
    const auto c = WhatIf::compare(in, doubled);
    QVERIFY2(c, qPrintable(c.error().text()));
    QCOMPARE(c->scenario.totalMax, Fixed::fromInt(200));
    for (const WhatIfRow &row : c->rows) {
        QCOMPARE(row.scenario.index, row.real.index);
        QCOMPARE(row.scenario.rank, row.real.rank);
        QVERIFY(!row.classChanged());
    }
    // C: 41.9375 x 2 = 83.875 + 50 % x 80 = 40 -> 123.875 of 200 = 61.9375 -> 61.94, as 61.9375 of 100.
    QCOMPARE(c->rows[2].scenario.points, *Fixed::parse(u"123.875"_s));
    QCOMPARE(c->rows[2].scenario.index, *Fixed::parse(u"61.94"_s));
}

void TestWhatIf::refusesATreeThatDoesNotFit_data()
{
    QTest::addColumn<QStringList>("tree");
    QTest::addColumn<QStringList>("details");
    QTest::newRow("a leaf missing") << QStringList {u"1|Chỉ đạo điều hành|100|group|"_s, u"1.1|Kế hoạch|100|score|"_s}
                                    << QStringList {u"criterion 2 of the period is missing"_s,
                                           u"criterion 2.1 of the period is missing"_s};
    QTest::newRow("an extra leaf") << QStringList {u"1|Chỉ đạo điều hành|60|group|"_s, u"1.1|Kế hoạch|50|score|"_s,
        u"1.2|Mới|10|score|"_s, u"2|Chính quyền số|40|group|"_s, u"2.1|Tỷ lệ|40|rate|linear"_s}
                                   << QStringList {u"criterion 1.2 is not a criterion of the period"_s};
    QTest::newRow("a kind changed") << QStringList {u"1|Chỉ đạo điều hành|60|group|"_s, u"1.1|Kế hoạch|60|score|"_s,
        u"2|Chính quyền số|40|group|"_s, u"2.1|Tỷ lệ|40|score|"_s}
                                    << QStringList {u"criterion 2.1 is of kind rate in the period and score"_s};
}

void TestWhatIf::refusesATreeThatDoesNotFit()
{
    QFETCH(QStringList, tree);
    QFETCH(QStringList, details);
    const auto c = WhatIf::compare(fourDistricts(), {u"x"_s, makeTree(tree), ClassBands::defaults()});
    QVERIFY(!c);
    QCOMPARE(c.error().kind, Error::Kind::BadData);
    QCOMPARE(c.error().details.size(), details.size());
    for (qsizetype i = 0; i < details.size(); ++i)
        QVERIFY2(c.error().details[i].contains(details[i]), qPrintable(c.error().details[i]));
}

void TestWhatIf::corrections_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("criterion");
    QTest::addColumn<QString>("value"); // "na": not applicable
    QTest::addColumn<QString>("previous"); // "-": nothing entered
    QTest::addColumn<QStringList>("changed");
    // C 1.1 42 -> 60: 60 + 20 = 80.00, good; still third.
    QTest::newRow("a class changes") << u"C"_s << u"1.1"_s << u"60"_s << u"42"_s << QStringList {u"C 0 class"_s};
    // A 2.1 75 % -> 40 %: 60 + 16 = 76.00, fair, below B's 88.00.
    QTest::newRow("two units swap") << u"A"_s << u"2.1"_s << u"40"_s << u"75"_s
                                    << QStringList {u"A -1 class"_s, u"B 1 same"_s};
    // D's missing 2.1 entered as 100 %: 30 + 40 = 70.00, fair, third; C falls to fourth.
    QTest::newRow("an incomplete unit is ranked")
        << u"D"_s << u"2.1"_s << u"100"_s << u"-"_s << QStringList {u"C -1 same"_s, u"D - class"_s};
    // C 1.1 not applicable: 20 of 40 = 50.00, average as before, third as before.
    QTest::newRow("not applicable, nothing changes") << u"C"_s << u"1.1"_s << u"na"_s << u"42"_s << QStringList();
    // B 1.1 48 -> 48.5: 88.50, nothing changes.
    QTest::newRow("a small correction") << u"B"_s << u"1.1"_s << u"48.5"_s << u"48"_s << QStringList();
}

void TestWhatIf::corrections()
{
    QFETCH(QString, unit);
    QFETCH(QString, criterion);
    QFETCH(QString, value);
    QFETCH(QString, previous);
    QFETCH(QStringList, changed);
    const RankingInput real = fourDistricts();
    const ScoreCorrection correction {
        unit, criterion, value == u"na" ? std::nullopt : std::optional<Fixed>(*Fixed::parse(value))};
    const auto impact = WhatIf::correct(real, correction);
    QVERIFY2(impact, qPrintable(impact.error().text()));
    QCOMPARE(changes(impact->changedRows()), changed);
    QCOMPARE(impact->changedRows().size(), changed.size());
    QCOMPARE(
        impact->previous.appraised, previous == u"-" ? std::nullopt : std::optional<Fixed>(*Fixed::parse(previous)));
    QVERIFY(impact->correctedRow());
    QCOMPARE(impact->correctedRow()->unitCode(), unit);
    QCOMPARE(impact->comparison.real.ranked, computeRanking(real).ranked);
}

void TestWhatIf::refusedCorrections_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("criterion");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("unknown unit") << u"X"_s << u"1.1"_s << u"1"_s << int(Error::Kind::NotFound)
                                  << u"Unit X does not take part in 2024/HUYEN"_s;
    QTest::newRow("unknown criterion") << u"A"_s << u"9.9"_s << u"1"_s << int(Error::Kind::NotFound)
                                       << u"2024/HUYEN has no criterion 9.9"_s;
    QTest::newRow("a group") << u"A"_s << u"1"_s << u"1"_s << int(Error::Kind::NotFound)
                             << u"Criterion 1 of 2024/HUYEN is a group"_s;
    QTest::newRow("points above the maximum")
        << u"A"_s << u"1.1"_s << u"60.5"_s << int(Error::Kind::BadData)
        << u"The value 60.5 is out of range for criterion 1.1: points from 0 to 60"_s;
    QTest::newRow("a rate above 100") << u"A"_s << u"2.1"_s << u"101"_s << int(Error::Kind::BadData)
                                      << u"a rate in percent from 0 to 100"_s;
    QTest::newRow("negative points") << u"A"_s << u"1.1"_s << u"-1"_s << int(Error::Kind::BadData) << u"out of range"_s;
}

void TestWhatIf::refusedCorrections()
{
    QFETCH(QString, unit);
    QFETCH(QString, criterion);
    QFETCH(QString, value);
    QFETCH(int, kind);
    QFETCH(QString, fragment);
    const auto impact = WhatIf::correct(fourDistricts(), {unit, criterion, *Fixed::parse(value)});
    QVERIFY(!impact);
    QCOMPARE(int(impact.error().kind), kind);
    QVERIFY2(impact.error().text().contains(fragment), qPrintable(impact.error().text()));
}

QTEST_GUILESS_MAIN(TestWhatIf)
#include "tst_whatif.moc"
