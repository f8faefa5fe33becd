#include "desk/movementreport.h"
#include "desk/movementtext.h"
#include "scoring/movement.h"
#include "scoring/ranking.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTranslator>
#include <QtTest/QTest>

using namespace parindex;
using namespace Qt::StringLiterals;

namespace {
// "code:points:max" or "code:points:max:title"; the unit's points, maximum and index follow from its areas as the
// ranking computes them.
UnitResult unitResult(const QString &code, const QString &name, const QStringList &areas)
{
    UnitResult r;
    r.unitCode = code;
    r.unitName = name;
    for (const QString &spec : areas) {
        const QStringList f = spec.split(u':');
        AreaResult a;
        a.code = f[0];
        a.points = *Fixed::parse(f[1]);
        a.max = *Fixed::parse(f[2]);
        a.title = f.size() > 3 ? f[3] : u"Lĩnh vực "_s + f[0];
        a.index = Fixed::percent(a.points, a.max);
        r.points += a.points;
        r.max += a.max;
        r.areas.append(a);
    }
    r.index = Fixed::percent(r.points, r.max);
    return r;
}

// A unit of one area worth 100, so that its index is `index`: "code:name:index".
UnitResult filler(const QString &spec)
{
    const QStringList f = spec.split(u':');
    return unitResult(f[0], f[1], {u"1:"_s + f[2] + u":100"_s});
}

RankingTable table(int year, QList<UnitResult> results)
{
    RankingTable t;
    t.year = year;
    t.groupCode = u"HUYEN"_s;
    t.totalMax = Fixed::fromInt(100);
    assignCompetitionRanks(results);
    t.ranked = results;
    return t;
}

// "later=earlier", or "later=" for a new area.
AreaContinuation continuation(const QStringList &pairs)
{
    AreaContinuation map;
    for (const QString &p : pairs) {
        const QString later = p.section(u'=', 0, 0);
        const QString earlier = p.section(u'=', 1);
        map.insert(later, earlier.isEmpty() ? std::nullopt : std::optional<QString>(earlier));
    }
    return map;
}

// "2<3 -5.00": the later code (or '-' for a removed area), the earlier one (or "new"), the contribution.
QStringList describe(const IndexMovement &m)
{
    QStringList rows;
    for (const AreaMovement &a : m.areas) {
        rows.append((a.isRemoved() ? u"-"_s : a.code) + u'<' + (a.isNew() ? u"new"_s : a.previousCode) + u' '
            + a.contribution.toString(2));
    }
    return rows;
}

QStringList names(const QList<UnitPlace> &units)
{
    QStringList out;
    for (const UnitPlace &u : units)
        out.append(u.code + u' ' + QString::number(u.previousRank) + u'>' + QString::number(u.rank));
    return out;
}

// The program's own Vietnamese (translations/parindex_vi.ts), as the window and the command line load it.
class Vietnamese : public QTranslator
{
public:
    Vietnamese()
    {
        if (!load(u":/i18n/parindex_vi"_s))
            qFatal("the Vietnamese translation is not among the resources");
    }
};
} // namespace

class TestMovement : public QObject
{
    Q_OBJECT
private slots:
    void contributions_data();
    void contributions();
    void passing();
    void refusals_data();
    void refusals();
    void reportRefusals_data();
    void reportRefusals();
    void sentence_data();
    void sentence();
    void sentenceOfAFall_data();
    void sentenceOfAFall();
    void json();
};

void TestMovement::contributions_data()
{
    QTest::addColumn<QStringList>("earlier");
    QTest::addColumn<QStringList>("later");
    QTest::addColumn<QStringList>("map");
    QTest::addColumn<QString>("change");
    QTest::addColumn<QStringList>("expected");

    // The acceptance case. Maximum 100 both years, so an area's share is its points.
    // 2023: 15 + 25 + 40 = 80 -> 80.00. 2024: 16.005 + 26.005 + 41.005 = 83.015 -> 83.02 (half up). Change 3.02.
    // Exact contributions 1.005 each (sum 3.015): rounded one by one they give 1.01 x 3 = 3.03, off by 0.01.
    // Largest remainder: floors 1.00 x 3 = 3.00, 2 hundredths missing, the three remainders are equal (0.5), so the
    // first two areas get one each: 1.01 + 1.01 + 1.00 = 3.02.
    QTest::newRow("naive rounding off by +0.01") << QStringList {u"1:15:20"_s, u"2:25:30"_s, u"3:40:50"_s}
                                                 << QStringList {u"1:16.005:20"_s, u"2:26.005:30"_s, u"3:41.005:50"_s}
                                                 << QStringList {u"1=1"_s, u"2=2"_s, u"3=3"_s} << u"3.02"_s
                                                 << QStringList {u"1<1 1.01"_s, u"2<2 1.01"_s, u"3<3 1.00"_s};

    // The indices' rounding goes the other way. 2023: 40.004 + 40 = 80.004 -> 80.00; 2024: 40.498 + 40.498 =
    // 80.996 -> 81.00; change 1.00. Exact 0.494 + 0.498 = 0.992: one by one 0.49 + 0.50 = 0.99, off by -0.01.
    // Floors 0.49 + 0.49 = 0.98, 2 missing, one to each: 0.50 + 0.50 = 1.00.
    QTest::newRow("naive rounding off by -0.01")
        << QStringList {u"1:40.004:50"_s, u"2:40:50"_s} << QStringList {u"1:40.498:50"_s, u"2:40.498:50"_s}
        << QStringList {u"1=1"_s, u"2=2"_s} << u"1.00"_s << QStringList {u"1<1 0.50"_s, u"2<2 0.50"_s};

    // Different maxima (area 3 not applicable in 2023) and falls. 2023: (20 + 25) / 60 = 75.00; 2024: (25 + 22 +
    // 30) / 100 = 77.00; change 2.00. Shares 2023: 33.333…, 41.666…, 0; 2024: 25, 22, 30.
    // Exact: -8.333…, -19.666…, +30 (sum 2). Floors (towards minus infinity) -8.34 (remainder 0.667 hundredths),
    // -19.67 (0.333), 30.00 (0): sum 1.99, one missing, to area 1: -8.33 - 19.67 + 30.00 = 2.00.
    QTest::newRow("falls, maxima differ")
        << QStringList {u"1:20:30"_s, u"2:25:30"_s, u"3:0:0"_s}
        << QStringList {u"1:25:30"_s, u"2:22:30"_s, u"3:30:40"_s} << QStringList {u"1=1"_s, u"2=2"_s, u"3=3"_s}
        << u"2.00"_s << QStringList {u"1<1 -8.33"_s, u"2<2 -19.67"_s, u"3<3 30.00"_s};

    // Thirds that add up to a whole: 2023 10 / 30 + 10 / 30 + 10 / 30 = 100.00, 2024 (9 + 10 + 10) / 30 = 96.67
    // (96.666…). Shares 33.333… each in 2023; 30, 33.333…, 33.333… in 2024. Exact -3.333…, 0, 0 (sum -3.333…);
    // change -3.33. Floors -3.34 (remainder 0.667), 0, 0: sum -3.34, one missing, to area 1: -3.33.
    QTest::newRow("thirds") << QStringList {u"1:10:10"_s, u"2:10:10"_s, u"3:10:10"_s}
                            << QStringList {u"1:9:10"_s, u"2:10:10"_s, u"3:10:10"_s}
                            << QStringList {u"1=1"_s, u"2=2"_s, u"3=3"_s} << u"-3.33"_s
                            << QStringList {u"1<1 -3.33"_s, u"2<2 0.00"_s, u"3<3 0.00"_s};

    // Renumbered, new and removed areas: 2024's area 2 continues 2023's area 3 (not its area 2, which is dropped)
    // and area 3 is new. 2023 (max 100): 15 + 24 + 41 = 80 -> 80.00. 2024 (max 20 + 40 + 20 = 80): 16 + 36 + 12 =
    // 64 -> 80.00; change 0. Shares 2024: 20, 45, 15. Contributions: 20 - 15 = +5; 45 - 41 (area 3 of 2023) = +4;
    // new: +15; dropped area 2: -24. Sum 0.
    QTest::newRow("new and removed") << QStringList {u"1:15:20"_s, u"2:24:30"_s, u"3:41:50"_s}
                                     << QStringList {u"1:16:20"_s, u"2:36:40"_s, u"3:12:20"_s}
                                     << QStringList {u"1=1"_s, u"2=3"_s, u"3="_s} << u"0.00"_s
                                     << QStringList {u"1<1 5.00"_s, u"2<3 4.00"_s, u"3<new 15.00"_s, u"-<2 -24.00"_s};

    // Extra codes in the map (criteria below the areas) are not areas and change nothing.
    // 2023 7/9 = 77.78 (77.777…), 2024 8/9 = 88.89 (88.888…): change 11.11; exact 11.111…, floor 11.11, none missing.
    QTest::newRow("one area, map with criteria")
        << QStringList {u"1:7:9"_s} << QStringList {u"1:8:9"_s} << QStringList {u"1=1"_s, u"1.1=1.1"_s} << u"11.11"_s
        << QStringList {u"1<1 11.11"_s};
}

void TestMovement::contributions()
{
    QFETCH(QStringList, earlier);
    QFETCH(QStringList, later);
    QFETCH(QStringList, map);
    QFETCH(QString, change);
    QFETCH(QStringList, expected);

    const RankingTable before = table(2023, {unitResult(u"U"_s, u"Mê Linh"_s, earlier)});
    const RankingTable after = table(2024, {unitResult(u"U"_s, u"Mê Linh"_s, later)});
    const auto m = Movement::explain(before, after, u"U"_s, continuation(map));
    QVERIFY2(m, qPrintable(m.error().text()));
    QCOMPARE(m->change.toString(2), change);
    QCOMPARE(describe(*m), expected);
    Fixed sum;
    for (const AreaMovement &a : m->areas)
        sum += a.contribution;
    QCOMPARE(sum, m->change);
    QCOMPARE(m->change, m->index - m->previousIndex);
}

void TestMovement::passing()
{
    // 2023: A 90 #1, B 85 #2, C 80 #3, U 80 #3 (tie), D 75 #5, G 72 #6, E 70 #7.
    // 2024: A 95 #1, F 93 #2 (new), E 92 #3, C 91 #4, D 90 #5, U 90 #5 (tie), B 89 #7.
    // U falls from 3/7 to 5/7 (-2). Passed: B (ahead, 2, now behind, 7). Passed by: E (7 -> 3). Not listed: C (level
    // in 2023), D (level in 2024), A (ahead both years), F and G (ranked in one year only).
    const RankingTable before = table(2023,
        {filler(u"A:An Lão:90"_s), filler(u"B:Bình Lục:85"_s), filler(u"C:Cẩm Giàng:80"_s), filler(u"U:Mê Linh:80"_s),
            filler(u"D:Duy Tiên:75"_s), filler(u"G:Gia Lâm:72"_s), filler(u"E:Ea Súp:70"_s)});
    const RankingTable after = table(2024,
        {filler(u"A:An Lão:95"_s), filler(u"F:Phú Xuyên:93"_s), filler(u"E:Ea Súp:92"_s), filler(u"C:Cẩm Giàng:91"_s),
            filler(u"D:Duy Tiên:90"_s), filler(u"U:Mê Linh:90"_s), filler(u"B:Bình Lục:89"_s)});
    const auto m = Movement::explain(before, after, u"U"_s, continuation({u"1=1"_s}));
    QVERIFY2(m, qPrintable(m.error().text()));
    QCOMPARE(m->previousRank, 3);
    QCOMPARE(m->rank, 5);
    QCOMPARE(m->rankChange, -2);
    QCOMPARE(m->previousRankedUnits, 7);
    QCOMPARE(m->rankedUnits, 7);
    QCOMPARE(names(m->passed), QStringList {u"B 2>7"_s});
    QCOMPARE(names(m->passedBy), QStringList {u"E 7>3"_s});
    QCOMPARE(m->change.toString(2), u"10.00"_s);

    QCOMPARE(MovementText::sentence(*m, QLocale(QLocale::English)),
        u"Rank down 2 since 2023 (from 3/7 to 5/7), index up 10.00 points (from 80.00% to 90.00%), mainly thanks to "
        "area Lĩnh vực 1 (+10.00 points). Passed: Bình Lục; passed by: Ea Súp."_s);
}

void TestMovement::refusals_data()
{
    QTest::addColumn<QStringList>("earlier"); // empty: the unit is incomplete that year
    QTest::addColumn<QStringList>("map");
    QTest::addColumn<QString>("message");

    QTest::newRow("incomplete the year before")
        << QStringList {} << QStringList {u"1=1"_s}
        << u"Mê Linh (U) has no rank in 2023 (appraised scores missing: 1.2): its movement cannot be explained."_s;
    QTest::newRow("area not mapped") << QStringList {u"1:7:9"_s, u"2:1:1"_s} << QStringList {u"2=2"_s}
                                     << u"Area 1 of 2024 has no entry in the mapping of areas to 2023."_s;
    QTest::newRow("mapped to a missing area")
        << QStringList {u"1:7:9"_s, u"2:1:1"_s} << QStringList {u"1=1"_s, u"2=5"_s}
        << u"Area 2 of 2024 continues area 5, which 2023 does not have."_s;
    QTest::newRow("split area")
        << QStringList {u"1:7:9"_s, u"2:1:1"_s} << QStringList {u"1=1"_s, u"2=1"_s}
        << u"Areas 1 and 2 of 2024 both continue area 1 of 2023: a split area has no contribution of its own."_s;
}

void TestMovement::refusals()
{
    QFETCH(QStringList, earlier);
    QFETCH(QStringList, map);
    QFETCH(QString, message);

    UnitResult before = unitResult(u"U"_s, u"Mê Linh"_s, earlier.isEmpty() ? QStringList {u"1:7:9"_s} : earlier);
    if (earlier.isEmpty())
        before.missing = QStringList {u"1.2"_s};
    RankingTable beforeTable = table(2023, {});
    if (before.isComplete())
        beforeTable = table(2023, {before});
    else
        beforeTable.incomplete = {before};
    const RankingTable after = table(2024, {unitResult(u"U"_s, u"Mê Linh"_s, {u"1:8:9"_s, u"2:1:1"_s})});
    const auto m = Movement::explain(beforeTable, after, u"U"_s, continuation(map));
    QVERIFY(!m);
    QCOMPARE(m.error().message, message);

    const auto unlisted = Movement::explain(table(2023, {}), after, u"U"_s, continuation(map));
    QVERIFY(!unlisted);
    QCOMPARE(unlisted.error().message, u"Mê Linh (U) is not listed in 2023: there is nothing to compare with."_s);
}

void TestMovement::reportRefusals_data()
{
    // What MovementReport refuses before the arithmetic: a unit without a rank in one of the years (its reason
    // named), and an area of the earlier year split between areas of the later one (named).
    QTest::addColumn<QString>("earlierStanding"); // ranked, special, incomplete
    QTest::addColumn<QString>("laterStanding");
    QTest::addColumn<QStringList>("continues"); // "later=earlier+earlier", "later=" for a new area
    QTest::addColumn<QString>("message");

    const QStringList same {u"1=1"_s, u"2=2"_s};
    QTest::newRow("special status this year")
        << u"ranked"_s << u"special"_s << same
        << u"Mê Linh (U) has no rank in 2024 (a unit of special status, listed without a rank): its movement cannot "
           "be explained."_s;
    QTest::newRow("special status the year before")
        << u"special"_s << u"ranked"_s << same
        << u"Mê Linh (U) has no rank in 2023 (a unit of special status, listed without a rank): its movement cannot "
           "be explained."_s;
    // Refused for its standing, not for partial areas, although area 1 would join areas 1 and 2 of 2023.
    QTest::newRow("incomplete the year before, merged areas")
        << u"incomplete"_s << u"ranked"_s << QStringList {u"1=1+2"_s, u"2="_s}
        << u"Mê Linh (U) has no rank in 2023 (appraised scores missing: 1.2): its movement cannot be explained."_s;
    QTest::newRow("split area") << u"ranked"_s << u"ranked"_s << QStringList {u"1=1"_s, u"2=1"_s}
                                << u"Area 1 of 2023 is split between areas 1, 2 of 2024: the change of a split area "
                                   "cannot be divided between them, so the movement cannot be explained by area."_s;
    // Area 2 of 2023 goes partly into 2024's area 1 (with area 1) and partly into its area 2.
    QTest::newRow("split and merged") << u"ranked"_s << u"ranked"_s << QStringList {u"1=1+2"_s, u"2=2"_s}
                                      << u"Area 2 of 2023 is split between areas 1, 2 of 2024: the change of a split "
                                         "area cannot be divided between them, so the movement cannot be explained "
                                         "by area."_s;
}

void TestMovement::reportRefusals()
{
    QFETCH(QString, earlierStanding);
    QFETCH(QString, laterStanding);
    QFETCH(QStringList, continues);
    QFETCH(QString, message);

    // The unit U and a ranked neighbour, in a table as the ranking lays it out for the standing asked for.
    const auto tableOf = [](int year, const QStringList &areas, const QString &standing) {
        UnitResult unit = unitResult(u"U"_s, u"Mê Linh"_s, areas);
        RankingTable t = table(year, {filler(u"V:Vân Hồ:50"_s)});
        if (standing == u"special") {
            unit.ranked = false;
            t.unranked.append(unit);
        } else if (standing == u"incomplete") {
            unit.missing = QStringList {u"1.2"_s};
            t.incomplete.append(unit);
        } else {
            t = table(year, {filler(u"V:Vân Hồ:50"_s), unit});
        }
        return t;
    };
    MovementFrame frame;
    frame.groupCode = u"HUYEN"_s;
    frame.fromYear = 2023;
    frame.year = 2024;
    frame.earlier = tableOf(2023, {u"1:7:9"_s, u"2:1:1"_s}, earlierStanding);
    frame.later = tableOf(2024, {u"1:8:9"_s, u"2:1:1"_s}, laterStanding);
    for (const QString &p : continues) {
        const QString earlier = p.section(u'=', 1);
        frame.continues.insert(p.section(u'=', 0, 0), earlier.isEmpty() ? QStringList() : earlier.split(u'+'));
    }
    const auto m = MovementReport::explain(frame, u"U"_s);
    QVERIFY(!m);
    QCOMPARE(m.error().kind, Error::Kind::BadData);
    QCOMPARE(m.error().message, message);

    // The same unit ranked in both years with its areas continuing their namesakes is explained.
    frame.earlier = tableOf(2023, {u"1:7:9"_s, u"2:1:1"_s}, u"ranked"_s);
    frame.later = tableOf(2024, {u"1:8:9"_s, u"2:1:1"_s}, u"ranked"_s);
    frame.continues = {{u"1"_s, {u"1"_s}}, {u"2"_s, {u"2"_s}}};
    QVERIFY(MovementReport::explain(frame, u"U"_s).ok());
}

void TestMovement::sentence_data()
{
    QTest::addColumn<bool>("vietnamese");
    QTest::addColumn<QString>("expected");

    // Ranks 2023 3/4 -> 2024 1/4 (up 2), index 80.00 -> 83.02, contributions (see sentence()) +1.01 (area 1), +1.01
    // (area 2), +1.50 (area 3), -0.50 (area 4, dropped). The two largest rises are named, area 3 then area 1 (equal
    // to area 2, listed first); the one fall after them. Passed: An Lão (1 -> 2), Bình Lục (2 -> 3); Duy Tiên stays
    // behind (4 -> 4).
    QTest::newRow("vi") << true
                        << u"Tăng 2 bậc so với năm 2023 (từ 3/4 lên 1/4), chỉ số tăng 3,02 điểm (từ 80,00% lên "
                           "83,02%), chủ yếu nhờ lĩnh vực Cải cách thủ tục hành chính (+1,50 điểm) và lĩnh vực Chỉ "
                           "đạo, điều hành (+1,01 điểm); giảm ở lĩnh vực Tổ chức bộ máy (đã bỏ, -0,50 điểm). Vượt "
                           "qua: An Lão, Bình Lục."_s;
    QTest::newRow("en") << false
                        << u"Rank up 2 since 2023 (from 3/4 to 1/4), index up 3.02 points (from 80.00% to 83.02%), "
                           "mainly thanks to area Cải cách thủ tục hành chính (+1.50 points) and area Chỉ đạo, "
                           "điều hành (+1.01 points); down in area Tổ chức bộ máy (dropped, -0.50 points). Passed: An "
                           "Lão, Bình Lục."_s;
}

void TestMovement::sentence()
{
    QFETCH(bool, vietnamese);
    QFETCH(QString, expected);
    Vietnamese words;
    if (vietnamese)
        QCoreApplication::installTranslator(&words);
    const auto untranslate = qScopeGuard([&] { QCoreApplication::removeTranslator(&words); });

    // 2023 (max 100): 15 + 25 + 39.5 + 0.5 = 80 -> 80.00; 2024 (max 100, area 4 dropped, its 0.5 of 0.5 gone):
    // 16.005 + 26.005 + 41.005 = 83.015 -> 83.02; change 3.02.
    // Exact: +1.005, +1.005, 41.005 - 39.5 = +1.505, dropped -0.5 (sum 3.015). Floors 1.00, 1.00, 1.50, -0.50 =
    // 3.00, 2 missing: remainders 0.5, 0.5, 0.5, 0 -> areas 1 and 2: 1.01, 1.01, 1.50, -0.50 = 3.02 (rounded one by
    // one: 1.01 + 1.01 + 1.51 - 0.50 = 3.03). 2024: U 83.02 #1, A 83.01 #2, B 83 #3, D 70 #4.
    const QStringList earlier = {u"1:15:20:Chỉ đạo, điều hành"_s, u"2:25:30:Cải cách thể chế"_s,
        u"3:39.5:49.5:Cải cách thủ tục hành chính"_s, u"4:0.5:0.5:Tổ chức bộ máy"_s};
    const QStringList later = {u"1:16.005:20:Chỉ đạo, điều hành"_s, u"2:26.005:30:Cải cách thể chế"_s,
        u"3:41.005:50:Cải cách thủ tục hành chính"_s};
    const RankingTable before = table(2023,
        {filler(u"A:An Lão:90"_s), filler(u"B:Bình Lục:85"_s), unitResult(u"U"_s, u"Mê Linh"_s, earlier),
            filler(u"D:Duy Tiên:70"_s)});
    const RankingTable after = table(2024,
        {filler(u"A:An Lão:83.01"_s), filler(u"B:Bình Lục:83"_s), unitResult(u"U"_s, u"Mê Linh"_s, later),
            filler(u"D:Duy Tiên:70"_s)});
    const auto m = Movement::explain(before, after, u"U"_s, continuation({u"1=1"_s, u"2=2"_s, u"3=3"_s}));
    QVERIFY2(m, qPrintable(m.error().text()));
    QCOMPARE(describe(*m), (QStringList {u"1<1 1.01"_s, u"2<2 1.01"_s, u"3<3 1.50"_s, u"-<4 -0.50"_s}));
    const QLocale locale = vietnamese ? QLocale(QLocale::Vietnamese, QLocale::Vietnam) : QLocale(QLocale::English);
    QCOMPARE(MovementText::sentence(*m, locale), expected);
}

void TestMovement::sentenceOfAFall_data()
{
    QTest::addColumn<bool>("vietnamese");
    QTest::addColumn<QString>("expected");
    // The "thirds" case: alone in its group both years (1/1), 100.00 -> 96.67, area 1 -3.33, areas 2 and 3 0.00
    // (neither a rise nor a fall: not named).
    QTest::newRow("vi") << true
                        << u"Giữ nguyên thứ hạng so với năm 2023 (1/1), chỉ số giảm 3,33 điểm (từ 100,00% xuống "
                           "96,67%), chủ yếu do lĩnh vực Lĩnh vực 1 (-3,33 điểm)."_s;
    QTest::newRow("en") << false
                        << u"Same rank as in 2023 (1/1), index down 3.33 points (from 100.00% to 96.67%), mainly "
                           "because of area Lĩnh vực 1 (-3.33 points)."_s;
}

void TestMovement::sentenceOfAFall()
{
    QFETCH(bool, vietnamese);
    QFETCH(QString, expected);
    Vietnamese words;
    if (vietnamese)
        QCoreApplication::installTranslator(&words);
    const auto untranslate = qScopeGuard([&] { QCoreApplication::removeTranslator(&words); });
    const RankingTable before
        = table(2023, {unitResult(u"U"_s, u"Mê Linh"_s, {u"1:10:10"_s, u"2:10:10"_s, u"3:10:10"_s})});
    const RankingTable after
        = table(2024, {unitResult(u"U"_s, u"Mê Linh"_s, {u"1:9:10"_s, u"2:10:10"_s, u"3:10:10"_s})});
    const auto m = Movement::explain(before, after, u"U"_s, continuation({u"1=1"_s, u"2=2"_s, u"3=3"_s}));
    QVERIFY2(m, qPrintable(m.error().text()));
    const QLocale locale = vietnamese ? QLocale(QLocale::Vietnamese, QLocale::Vietnam) : QLocale(QLocale::English);
    QCOMPARE(MovementText::sentence(*m, locale), expected);
}

void TestMovement::json()
{
    // The "new and removed" case above: 2024 area 2 continues 2023 area 3, area 3 is new, 2023 area 2 dropped.
    const RankingTable before
        = table(2023, {unitResult(u"U"_s, u"Mê Linh"_s, {u"1:15:20"_s, u"2:24:30"_s, u"3:41:50"_s})});
    const RankingTable after
        = table(2024, {unitResult(u"U"_s, u"Mê Linh"_s, {u"1:16:20"_s, u"2:36:40"_s, u"3:12:20"_s})});
    const auto m = Movement::explain(before, after, u"U"_s, continuation({u"1=1"_s, u"2=3"_s, u"3="_s}));
    QVERIFY2(m, qPrintable(m.error().text()));
    const QJsonObject o = QJsonDocument::fromJson(MovementText::json(*m)).object();
    QCOMPARE(o.value(u"unit"_s).toString(), u"U"_s);
    QCOMPARE(o.value(u"year"_s).toInt(), 2024);
    QCOMPARE(o.value(u"from"_s).toInt(), 2023);
    QCOMPARE(o.value(u"index"_s).toDouble(), 80.0);
    QCOMPARE(o.value(u"change"_s).toDouble(), 0.0);
    QCOMPARE(o.value(u"rank_change"_s).toInt(), 0);
    QCOMPARE(o.value(u"rounding"_s).toString(), u"largest_remainder"_s);
    const QJsonArray areas = o.value(u"areas"_s).toArray();
    QCOMPARE(areas.size(), 4);
    const QJsonObject renumbered = areas[1].toObject();
    QCOMPARE(renumbered.value(u"code"_s).toString(), u"2"_s);
    QCOMPARE(renumbered.value(u"previous_code"_s).toString(), u"3"_s);
    QCOMPARE(renumbered.value(u"status"_s).toString(), u"continued"_s);
    QCOMPARE(renumbered.value(u"previous_points"_s).toDouble(), 41.0);
    QCOMPARE(renumbered.value(u"contribution"_s).toDouble(), 4.0);
    const QJsonObject added = areas[2].toObject();
    QCOMPARE(added.value(u"status"_s).toString(), u"new"_s);
    QVERIFY(added.value(u"previous_code"_s).isNull());
    QVERIFY(added.value(u"previous_points"_s).isNull());
    const QJsonObject dropped = areas[3].toObject();
    QCOMPARE(dropped.value(u"status"_s).toString(), u"removed"_s);
    QVERIFY(dropped.value(u"code"_s).isNull());
    QVERIFY(dropped.value(u"points"_s).isNull());
    QCOMPARE(dropped.value(u"previous_code"_s).toString(), u"2"_s);
    QCOMPARE(dropped.value(u"contribution"_s).toDouble(), -24.0);
    QCOMPARE(o.value(u"passed"_s).toArray().size(), 0);

    // The text form: the sentence and the table.
    const QString text = MovementText::text(*m, QLocale(QLocale::English));
    QVERIFY2(text.contains(u"3. Lĩnh vực 3 (new)"_s), qPrintable(text));
    QVERIFY2(text.contains(u"2. Lĩnh vực 2 (dropped)"_s), qPrintable(text));
    QVERIFY2(text.contains(u"2. Lĩnh vực 2 (was 3)"_s), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestMovement)
#include "tst_movement.moc"
