#include "common/trendfixture.h"
#include "scoring/trends.h"

#include <QtTest/QTest>

using namespace parindex;
using namespace parindex::fixtures;
using namespace Qt::StringLiterals;

namespace {
// "2021=85.00 #3 excellent" per year; "2022=-" where the unit has no result.
QStringList describe(const QList<TrendPoint> &points)
{
    QStringList lines;
    for (const TrendPoint &p : points) {
        QString line = QString::number(p.year) + u'=' + (p.index ? p.index->toString(2) : u"-"_s);
        if (p.rank)
            line += u" #"_s + QString::number(*p.rank);
        if (p.classCode)
            line += u' ' + classCodeName(*p.classCode);
        lines.append(line);
    }
    return lines;
}

QStringList describe(const QList<YearValue> &values)
{
    QStringList lines;
    for (const YearValue &v : values)
        lines.append(QString::number(v.year) + u'=' + (v.value ? v.value->toString(2) : u"-"_s));
    return lines;
}

QList<Fixed> fixedList(const QStringList &texts)
{
    QList<Fixed> values;
    for (const QString &t : texts)
        values.append(*Fixed::parse(t));
    return values;
}

// "HX merge->HN 2025 d1: 2023=80.00 #4 good, 2024=83.00 #3 good, join 88.75"
QStringList describe(const QList<PredecessorTrend> &predecessors)
{
    QStringList lines;
    for (const PredecessorTrend &p : predecessors) {
        lines.append(p.unitCode + u' ' + lineageRelationName(p.relation) + u"->"_s + p.intoCodes.join(u';') + u' '
            + QString::number(p.fromYear) + u" d"_s + QString::number(p.depth) + u": "_s
            + describe(p.points).join(u", "_s) + u", join "_s + (p.joinIndex ? p.joinIndex->toString(2) : u"-"_s)
            + (p.hasResult() ? QString() : u", no result"_s));
    }
    return lines;
}

const AreaLinkMap sameAreas = trendAreaLinks();

// "2=1+3" (area 2 continues areas 1 and 3 of the year before), "2=" (new); an area not listed has no link.
AreaLinkMap linkMap(const QStringList &pairs)
{
    AreaLinkMap map;
    for (const QString &p : pairs) {
        const QString earlier = p.section(u'=', 1);
        map.insert(p.section(u'=', 0, 0), earlier.isEmpty() ? QStringList() : earlier.split(u'+'));
    }
    return map;
}

// The year before the fixture's 2023 under another tree: areas 1 (20 points), 2 (20), 3 (60), one leaf each.
// "1.1=15,2.1=13,3.1=45" per unit A (An), as the ranking computes it.
RankingTable otherTreeYear(const QString &entries)
{
    RankingInput in;
    in.year = 2022;
    in.groupCode = u"HUYEN"_s;
    in.tree
        = makeTree({u"1|Chỉ đạo, điều hành|20|group|"_s, u"1.1|Kế hoạch|20|score|"_s, u"2|Cải cách thể chế|20|group|"_s,
            u"2.1|Văn bản|20|score|"_s, u"3|Cải cách thủ tục hành chính|60|group|"_s, u"3.1|Thủ tục|60|score|"_s});
    Unit unit;
    unit.code = u"A"_s;
    unit.name = u"An"_s;
    unit.groupCode = in.groupCode;
    in.units.append(unit);
    in.sheets.insert(unit.code, makeSheet(unit.code, entries.split(u',')));
    return computeRanking(in);
}

// "1<1+2 70.00", "2 new", "2 unlinked", "1<3 -" (continues, no value the year before).
QStringList describe(const AreaProfile &profile)
{
    QStringList rows;
    for (const AreaProfileRow &r : profile.areas) {
        switch (r.past) {
        case AreaPast::NoPreviousYear:
            rows.append(r.code + u" none"_s);
            break;
        case AreaPast::New:
            rows.append(r.code + u" new"_s + (r.previous ? u" ?"_s : QString()));
            break;
        case AreaPast::Unlinked:
            rows.append(r.code + u" unlinked"_s + (r.previous ? u" ?"_s : QString()));
            break;
        case AreaPast::Continues:
            rows.append(
                r.code + u'<' + r.previousCodes.join(u'+') + u' ' + (r.previous ? r.previous->toString(2) : u"-"_s));
            break;
        }
    }
    return rows;
}

const UnitTrend *unitIn(const TrendSeries &series, const QString &code)
{
    for (const UnitTrend &u : series.units) {
        if (u.unitCode == code)
            return &u;
    }
    return nullptr;
}
} // namespace

class TestTrends : public QObject
{
    Q_OBJECT
private slots:
    void average_data();
    void average();
    void median_data();
    void median();
    void trendPoints_data();
    void trendPoints();
    void trendStatistics();
    void trendOrderAndDefaults();
    void unknownUnits();
    void comparisonOrder();
    void comparisonShares();
    void areaProfile();
    void areaProfileFollowsLinks_data();
    void areaProfileFollowsLinks();
    void areaProfileNotApplicable();
    void areaProfileErrors();
    void nothingApplicableHasNoIndex();
    void rankMovement_data();
    void rankMovement();
    void rankMovementSpan();
    void lineage_data();
    void lineage();
    void lineageDefaultUnits();
    void lineageLabels();
};

void TestTrends::average_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << QStringList {} << QString();
    QTest::newRow("one") << QStringList {u"91.92"_s} << u"91.92"_s;
    QTest::newRow("even split") << QStringList {u"92"_s, u"88"_s, u"85"_s, u"70"_s} << u"83.75"_s;
    QTest::newRow("a third, rounded down") << QStringList {u"92"_s, u"85.5"_s, u"75"_s} << u"84.17"_s;
    QTest::newRow("exact half rounds up") << QStringList {u"0.01"_s, u"0.02"_s} << u"0.02"_s;
    QTest::newRow("84.9975 rounds up") << QStringList {u"84.99"_s, u"85"_s, u"85"_s, u"85"_s} << u"85.00"_s;
    // In binary floating point 0.1 + 0.2 + 0.3 is not 0.6; here it is.
    QTest::newRow("no drift") << QStringList {u"0.1"_s, u"0.2"_s, u"0.3"_s} << u"0.20"_s;
    QTest::newRow("real: Thua Thien Hue 2023 top four departments")
        << QStringList {u"92.62"_s, u"90.91"_s, u"90.89"_s, u"90.83"_s} << u"91.31"_s; // 365.25 / 4 = 91.3125
}

void TestTrends::average()
{
    QFETCH(QStringList, values);
    QFETCH(QString, expected);
    const std::optional<Fixed> avg = Trends::average(fixedList(values));
    QCOMPARE(avg ? avg->toString(2) : QString(), expected);
}

void TestTrends::median_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << QStringList {} << QString();
    QTest::newRow("one") << QStringList {u"80.33"_s} << u"80.33"_s;
    QTest::newRow("odd, unsorted") << QStringList {u"95"_s, u"80.33"_s, u"90"_s, u"85.25"_s, u"90"_s} << u"90.00"_s;
    QTest::newRow("even: mean of the middle two") << QStringList {u"92"_s, u"70"_s, u"88"_s, u"85"_s} << u"86.50"_s;
    QTest::newRow("even, half rounds up") << QStringList {u"84.99"_s, u"85"_s} << u"85.00"_s; // 84.995
    QTest::newRow("even, 1.015 rounds up") << QStringList {u"1.01"_s, u"1.02"_s} << u"1.02"_s; // 1.015
    QTest::newRow("two equal") << QStringList {u"90"_s, u"90"_s} << u"90.00"_s;
}

void TestTrends::median()
{
    QFETCH(QStringList, values);
    QFETCH(QString, expected);
    const std::optional<Fixed> m = Trends::median(fixedList(values));
    QCOMPARE(m ? m->toString(2) : QString(), expected);
}

void TestTrends::trendPoints_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("every year") << u"A"_s << u"An"_s
                                << QStringList {u"2021=85.00 #3 good"_s, u"2022=92.00 #1 excellent"_s,
                                       u"2023=90.00 #2 excellent"_s};
    QTest::newRow("tie shares rank 2") << u"B"_s << u"Bình"_s
                                       << QStringList {u"2021=92.00 #1 excellent"_s, u"2022=85.50 #2 good"_s,
                                              u"2023=90.00 #2 excellent"_s};
    // New in 2023: gaps before, not zeros.
    QTest::newRow("new unit") << u"D"_s << u"Dũng"_s
                              << QStringList {u"2021=-"_s, u"2022=-"_s, u"2023=95.00 #1 excellent"_s};
    // Incomplete in 2022: its partial index is no result.
    QTest::newRow("incomplete year is a gap")
        << u"E"_s << u"Ea Súp"_s << QStringList {u"2021=88.00 #2 good"_s, u"2022=-"_s, u"2023=80.33 #5 good"_s};
    // Special status: an index, no rank.
    QTest::newRow("special status") << u"S"_s << u"Sở đặc thù"_s
                                    << QStringList {u"2021=-"_s, u"2022=-"_s, u"2023=99.00 excellent"_s};
}

void TestTrends::trendPoints()
{
    QFETCH(QString, unit);
    QFETCH(QString, name);
    QFETCH(QStringList, expected);
    const TrendSeries series = Trends::trend(trendYears(), {unit});
    QCOMPARE(series.years, (QList<int> {2021, 2022, 2023}));
    QCOMPARE(series.units.size(), 1);
    QCOMPARE(series.units[0].unitCode, unit);
    QCOMPARE(series.units[0].unitName, name);
    QCOMPARE(describe(series.units[0].points), expected);
}

void TestTrends::trendStatistics()
{
    const TrendSeries series = Trends::trend(trendYears(), {u"A"_s});
    QCOMPARE(series.groupCode, u"HUYEN"_s);
    // Ranked units only: not E in 2022 (incomplete), not S in 2023 (special status).
    QCOMPARE(describe(series.average), (QStringList {u"2021=83.75"_s, u"2022=84.17"_s, u"2023=88.12"_s}));
    QCOMPARE(describe(series.median), (QStringList {u"2021=86.50"_s, u"2022=85.50"_s, u"2023=90.00"_s}));
}

void TestTrends::trendOrderAndDefaults()
{
    // Tables in any order come out oldest first.
    QList<RankingTable> shuffled = trendYears();
    std::swap(shuffled[0], shuffled[2]);
    const TrendSeries series = Trends::trend(shuffled);
    QCOMPARE(series.years, (QList<int> {2021, 2022, 2023}));
    // No units asked: all, in the latest ranking's order, the special unit after the ranked ones.
    QStringList codes;
    for (const UnitTrend &u : series.units)
        codes.append(u.unitCode);
    QCOMPARE(codes, (QStringList {u"D"_s, u"A"_s, u"B"_s, u"C"_s, u"E"_s, u"S"_s}));
    QCOMPARE(Trends::unitsOf(shuffled), codes);
    QCOMPARE(describe(unitIn(series, u"C"_s)->points),
        (QStringList {u"2021=70.00 #4 fair"_s, u"2022=75.00 #3 fair"_s, u"2023=85.25 #4 good"_s}));

    // A unit that left the group before the last year still appears, after the others.
    const QList<RankingTable> twoYears
        = {trendYear(2021, {u"A:An:30:55"_s, u"X:Xã cũ:20:40"_s}), trendYear(2022, {u"A:An:36:56"_s})};
    QCOMPARE(Trends::unitsOf(twoYears), (QStringList {u"A"_s, u"X"_s}));
    const TrendSeries left = Trends::trend(twoYears, {u"X"_s});
    QCOMPARE(describe(left.units[0].points), (QStringList {u"2021=60.00 #2 average"_s, u"2022=-"_s}));
    QCOMPARE(left.units[0].unitName, u"Xã cũ"_s);

    const TrendSeries empty = Trends::trend({}, {u"A"_s});
    QVERIFY(empty.years.isEmpty());
    QVERIFY(empty.units[0].points.isEmpty());
}

void TestTrends::unknownUnits()
{
    QCOMPARE(Trends::unknownUnits(trendYears(), {u"A"_s, u"Z"_s, u"D"_s, u"Q"_s}), (QStringList {u"Z"_s, u"Q"_s}));
    QVERIFY(Trends::unknownUnits(trendYears(), {}).isEmpty());
    // An unknown code asked for anyway is a line of gaps, never of zeros.
    const TrendSeries series = Trends::trend(trendYears(), {u"Z"_s});
    QCOMPARE(describe(series.units[0].points), (QStringList {u"2021=-"_s, u"2022=-"_s, u"2023=-"_s}));
}

void TestTrends::comparisonOrder()
{
    const ComparisonData data = Trends::comparison(trendYears()[2]);
    QCOMPARE(data.year, 2023);
    QCOMPARE(data.groupCode, u"HUYEN"_s);
    QStringList bars;
    for (const ComparisonBar &b : data.bars) {
        bars.append(b.unitCode + u' ' + b.index.toString(2) + u' ' + (b.rank ? QString::number(*b.rank) : u"-"_s) + u' '
            + classCodeName(b.classCode));
    }
    // Highest index first; the special unit slots in by its index without a rank; A before B in the tie.
    QCOMPARE(bars,
        (QStringList {u"S 99.00 - excellent"_s, u"D 95.00 1 excellent"_s, u"A 90.00 2 excellent"_s,
            u"B 90.00 2 excellent"_s, u"C 85.25 4 good"_s, u"E 80.33 5 good"_s}));
    QCOMPARE(data.areas,
        (QList<ComparisonData::Area> {{u"1"_s, u"Chỉ đạo, điều hành"_s}, {u"2"_s, u"Cải cách thủ tục hành chính"_s}}));
    // Incomplete units have no bar.
    const ComparisonData withIncomplete = Trends::comparison(trendYears()[1]);
    QCOMPARE(withIncomplete.bars.size(), 3);
}

void TestTrends::comparisonShares()
{
    // Area shares: points / the unit's applicable max x 100, adding up exactly to the index.
    const ComparisonData data = Trends::comparison(trendYears()[2]);
    const ComparisonBar &e = data.bars.last();
    QCOMPARE(e.unitCode, u"E"_s);
    QCOMPARE(e.areas.size(), 2);
    QCOMPARE(e.areas[0].share.toString(2), u"30.00"_s);
    QCOMPARE(e.areas[1].share.toString(2), u"50.33"_s);

    // Three areas of 3 points, 2 points each: 22.222…% each, 66.67% in all. Rounding each share alone
    // gives 22.22 x 3 = 66.66; the shares are differences of rounded running totals: 22.22, 22.22, 22.23.
    RankingInput in;
    in.year = 2023;
    in.groupCode = u"SO"_s;
    in.tree = makeTree({u"1|A|3|group|"_s, u"1.1|a|3|score|"_s, u"2|B|3|group|"_s, u"2.1|b|3|score|"_s,
        u"3|C|3|group|"_s, u"3.1|c|3|score|"_s});
    Unit u;
    u.code = u"T"_s;
    u.name = u"Sở Tư pháp"_s;
    in.units = {u};
    in.sheets.insert(u"T"_s, makeSheet(u"T"_s, {u"1.1=2"_s, u"2.1=2"_s, u"3.1=2"_s}));
    const ComparisonData thirds = Trends::comparison(computeRanking(in));
    QCOMPARE(thirds.bars[0].index.toString(2), u"66.67"_s);
    QStringList shares;
    Fixed sum;
    for (const AreaContribution &c : thirds.bars[0].areas) {
        shares.append(c.share.toString(2));
        sum += c.share;
    }
    QCOMPARE(shares, (QStringList {u"22.22"_s, u"22.22"_s, u"22.23"_s}));
    QCOMPARE(sum, thirds.bars[0].index);
}

void TestTrends::areaProfile()
{
    const QList<RankingTable> years = trendYears();
    const auto profile = Trends::areaProfile(years[2], &years[1], u"A"_s, sameAreas);
    QVERIFY2(profile.ok(), qPrintable(profile.error().text()));
    QCOMPARE(profile->unitName, u"An"_s);
    QCOMPARE(profile->year, 2023);
    QCOMPARE(profile->previousYear, 2022);
    QCOMPARE(profile->areas.size(), 2);

    // Area 1 (max 40): A 38/40 = 95.00; ranked units D 100, A 95, B 82.5, C 75, E 75 -> 85.50; 2022: 36/40.
    const AreaProfileRow &one = profile->areas[0];
    QCOMPARE(one.code, u"1"_s);
    QCOMPARE(one.title, u"Chỉ đạo, điều hành"_s);
    QCOMPARE(one.unit->toString(2), u"95.00"_s);
    QCOMPARE(one.groupAverage->toString(2), u"85.50"_s);
    QCOMPARE(one.previous->toString(2), u"90.00"_s);
    // Area 2 (max 60): A 52/60 = 86.67; D 91.67, A 86.67, B 95.00, C 92.08, E 83.88 -> 449.30 / 5 = 89.86.
    const AreaProfileRow &two = profile->areas[1];
    QCOMPARE(two.unit->toString(2), u"86.67"_s);
    QCOMPARE(two.groupAverage->toString(2), u"89.86"_s);
    QCOMPARE(two.previous->toString(2), u"93.33"_s);

    // No previous table: no previous values. A unit new this year: none either, but a previous year.
    const auto first = Trends::areaProfile(years[2], nullptr, u"A"_s, sameAreas);
    QCOMPARE(first->previousYear, std::nullopt);
    QCOMPARE(first->areas[0].previous, std::nullopt);
    const auto newcomer = Trends::areaProfile(years[2], &years[1], u"D"_s, sameAreas);
    QCOMPARE(newcomer->previousYear, 2022);
    QCOMPARE(newcomer->areas[0].previous, std::nullopt);
    QCOMPARE(newcomer->areas[0].unit->toString(2), u"100.00"_s);
    // Incomplete the year before: no previous values.
    const auto afterGap = Trends::areaProfile(years[2], &years[1], u"E"_s, sameAreas);
    QCOMPARE(afterGap->areas[1].previous, std::nullopt);
}

void TestTrends::areaProfileFollowsLinks_data()
{
    QTest::addColumn<QString>("before"); // A's entries the year before (areas 1: 20, 2: 20, 3: 60)
    QTest::addColumn<QStringList>("links"); // what 2023's areas 1 (40) and 2 (60) continue
    QTest::addColumn<QStringList>("expected");

    // A in 2023: 38/40 = 95.00 and 52/60 = 86.67 (trendYears). The year before: 15/20 = 75.00, 13/20 = 65.00,
    // 45/60 = 75.00. By code, area 2 would have met 2022's area 2 (65.00): the links say otherwise.
    const QString before = u"1.1=15,2.1=13,3.1=45"_s;
    QTest::newRow("renumbered") << before << QStringList {u"1=1"_s, u"2=3"_s}
                                << QStringList {u"1<1 75.00"_s, u"2<3 75.00"_s};
    // Areas 1 and 2 merged: (15 + 13) / (20 + 20) x 100 = 28 / 40 x 100 = 70.00.
    QTest::newRow("merged") << before << QStringList {u"1=1+2"_s, u"2=3"_s}
                            << QStringList {u"1<1+2 70.00"_s, u"2<3 75.00"_s};
    // Half up on the sum: (10.01 + 10) / (20 + 20) x 100 = 20.01 / 40 x 100 = 50.025 -> 50.03.
    QTest::newRow("merged, rounded half up") << u"1.1=10.01,2.1=10,3.1=45"_s << QStringList {u"1=1+2"_s, u"2=3"_s}
                                             << QStringList {u"1<1+2 50.03"_s, u"2<3 75.00"_s};
    // Area 2 did not apply the year before: its maximum leaves the sum, 15 / (20 + 0) x 100 = 75.00.
    QTest::newRow("merged, a part not applicable") << u"1.1=15,2.1=na,3.1=45"_s << QStringList {u"1=1+2"_s, u"2=3"_s}
                                                   << QStringList {u"1<1+2 75.00"_s, u"2<3 75.00"_s};
    // Nothing of the merged areas applied: no value, not 0.
    QTest::newRow("merged, nothing applicable") << u"1.1=na,2.1=na,3.1=45"_s << QStringList {u"1=1+2"_s, u"2=3"_s}
                                                << QStringList {u"1<1+2 -"_s, u"2<3 75.00"_s};
    // Area 2 is new: no value of the year before, though 2022 had an area 2.
    QTest::newRow("new area") << before << QStringList {u"1=1"_s, u"2="_s} << QStringList {u"1<1 75.00"_s, u"2 new"_s};
    // No link recorded for area 2: not compared, not matched by code.
    QTest::newRow("unlinked area") << before << QStringList {u"1=1"_s} << QStringList {u"1<1 75.00"_s, u"2 unlinked"_s};
    QTest::newRow("nothing recorded") << before << QStringList {} << QStringList {u"1 unlinked"_s, u"2 unlinked"_s};
    // A link to an area the year before does not have: nothing to compare with.
    QTest::newRow("link to a missing area")
        << before << QStringList {u"1=9"_s, u"2=3"_s} << QStringList {u"1<9 -"_s, u"2<3 75.00"_s};
}

void TestTrends::areaProfileFollowsLinks()
{
    QFETCH(QString, before);
    QFETCH(QStringList, links);
    QFETCH(QStringList, expected);
    const RankingTable earlier = otherTreeYear(before);
    const RankingTable later = trendYears()[2];
    const auto profile = Trends::areaProfile(later, &earlier, u"A"_s, linkMap(links));
    QVERIFY2(profile.ok(), qPrintable(profile.error().text()));
    QCOMPARE(profile->previousYear, 2022);
    QCOMPARE(describe(*profile), expected);
    QCOMPARE(profile->areas[1].isNew(), links.contains(u"2="_s));
    // This year's own values do not depend on the links.
    QCOMPARE(profile->areas[0].unit->toString(2), u"95.00"_s);
    QCOMPARE(profile->areas[1].unit->toString(2), u"86.67"_s);
    // Without a year before, nothing is compared, whatever the links.
    const auto alone = Trends::areaProfile(later, nullptr, u"A"_s, linkMap(links));
    QCOMPARE(describe(*alone), (QStringList {u"1 none"_s, u"2 none"_s}));
}

void TestTrends::areaProfileNotApplicable()
{
    // Area 1 does not apply to N: no value for N, and N is left out of that area's average.
    const RankingTable table = trendYear(2023, {u"A:An:38:52"_s, u"N:Nông nghiệp:na:45"_s, u"B:Bình:30:57"_s});
    const auto profile = Trends::areaProfile(table, nullptr, u"N"_s, {});
    QVERIFY(profile.ok());
    QCOMPARE(profile->areas[0].unit, std::nullopt);
    QCOMPARE(profile->areas[0].groupAverage->toString(2), u"85.00"_s); // (95 + 75) / 2
    QCOMPARE(profile->areas[1].unit->toString(2), u"75.00"_s);
    QCOMPARE(profile->areas[1].groupAverage->toString(2), u"85.56"_s); // (86.67 + 75 + 95) / 3 = 85.5566…
}

void TestTrends::areaProfileErrors()
{
    const QList<RankingTable> years = trendYears();
    const auto unknown = Trends::areaProfile(years[2], nullptr, u"Z"_s, {});
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().kind, Error::Kind::NotFound);
    QVERIFY(unknown.error().message.contains(u"Z"_s));
    QVERIFY(unknown.error().message.contains(u"2023"_s));
    // Incomplete that year: its areas would be partial.
    const auto incomplete = Trends::areaProfile(years[1], &years[0], u"E"_s, sameAreas);
    QVERIFY(!incomplete.ok());
    QCOMPARE(incomplete.error().kind, Error::Kind::NotFound);
}

void TestTrends::nothingApplicableHasNoIndex()
{
    // No criterion applies to N in 2023: it has no index, so no point in the trend, no bar and no profile, rather
    // than a 0.00 % "weak" that reads as a result.
    const RankingTable table = trendYear(2023, {u"A:An:38:52"_s, u"N:Nà Hang:na:na"_s, u"B:Bình:30:57"_s});
    const TrendSeries series = Trends::trend({table}, {u"N"_s, u"A"_s});
    const TrendPoint n = series.units[0].points[0];
    QCOMPARE(n.index, std::nullopt);
    QCOMPARE(n.rank, std::nullopt);
    QCOMPARE(n.classCode, std::nullopt);
    QCOMPARE(n.standing, Standing::NothingApplicable);
    QCOMPARE(series.units[1].points[0].standing, Standing::Ranked);
    QCOMPARE(series.average[0].value->toString(2), u"88.50"_s); // (90 + 87) / 2: N is not an index of 0
    QStringList bars;
    for (const ComparisonBar &bar : Trends::comparison(table).bars)
        bars.append(bar.unitCode);
    QCOMPARE(bars, (QStringList {u"A"_s, u"B"_s}));
    const auto profile = Trends::areaProfile(table, nullptr, u"N"_s, {});
    QVERIFY(!profile.ok());
    QCOMPARE(profile.error().kind, Error::Kind::NotFound);
    const RankMovement movement = Trends::rankMovement({table});
    for (const UnitRanks &u : movement.units)
        QVERIFY(u.unitCode != u"N"_s);
}

void TestTrends::rankMovement_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QStringList>("ranks");
    QTest::addColumn<std::optional<int>>("change");
    QTest::newRow("up one place since 2021") << u"A"_s << QStringList {u"3"_s, u"1"_s, u"2"_s} << std::optional(1);
    QTest::newRow("down one") << u"B"_s << QStringList {u"1"_s, u"2"_s, u"2"_s} << std::optional(-1);
    QTest::newRow("back where it was") << u"C"_s << QStringList {u"4"_s, u"3"_s, u"4"_s} << std::optional(0);
    QTest::newRow("new: one ranked year, no change")
        << u"D"_s << QStringList {u"-"_s, u"-"_s, u"1"_s} << std::optional<int>();
    QTest::newRow("gap in the middle") << u"E"_s << QStringList {u"2"_s, u"-"_s, u"5"_s} << std::optional(-3);
}

void TestTrends::rankMovement()
{
    QFETCH(QString, unit);
    QFETCH(QStringList, ranks);
    QFETCH(std::optional<int>, change);
    const RankMovement movement = Trends::rankMovement(trendYears(), {u"A"_s, u"E"_s});
    QCOMPARE(movement.years, (QList<int> {2021, 2022, 2023}));
    QCOMPARE(movement.lowestRank, 5);
    // The special unit is never ranked: it has no line.
    QStringList order;
    for (const UnitRanks &u : movement.units)
        order.append(u.unitCode);
    QCOMPARE(order, (QStringList {u"D"_s, u"A"_s, u"B"_s, u"C"_s, u"E"_s}));

    const UnitRanks &found = movement.units[order.indexOf(unit)];
    QStringList actual;
    for (const TrendPoint &p : found.points)
        actual.append(p.rank ? QString::number(*p.rank) : u"-"_s);
    QCOMPARE(actual, ranks);
    QCOMPARE(found.change, change);
    QCOMPARE(found.highlighted, unit == u"A" || unit == u"E");
}

void TestTrends::rankMovementSpan()
{
    // Two years only: the change is counted over them.
    const QList<RankingTable> years = trendYears().mid(1);
    const RankMovement movement = Trends::rankMovement(years);
    QCOMPARE(movement.years, (QList<int> {2022, 2023}));
    QCOMPARE(movement.units[1].unitCode, u"A"_s);
    QCOMPARE(movement.units[1].change, -1);
    for (const UnitRanks &u : movement.units)
        QVERIFY(!u.highlighted);
    QCOMPARE(Trends::rankMovement({}).lowestRank, 0);
}

void TestTrends::lineage_data()
{
    // reorganisedYears() (tests/common/trendfixture.h) has every figure by hand: index = area 1 + area 2.
    QTest::addColumn<QStringList>("links");
    QTest::addColumn<int>("fromYear");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QStringList>("own");
    QTest::addColumn<QStringList>("expected");
    const QStringList all {u"2024:HX<-O"_s, u"2025:HN<-HP"_s, u"2025:HN<-HQ"_s, u"2025:HN<-HX"_s, u"2025:RN<-R"_s,
        u"2025:S1<-SP"_s, u"2025:S2<-SP"_s};
    // The acceptance case: three communes merged into Hoằng Phú in 2025; their 2023 and 2024 results, joined to
    // Hoằng Phú's 88.75 (37 + 51.75). Hoằng Xuân had absorbed Hoằng Cát in 2024: Hoằng Cát's 2023 (31 + 51 = 82),
    // joined to Hoằng Xuân's 2024 (31 + 52 = 83), follows it at depth 2.
    QTest::newRow("merger of three communes")
        << all << 2023 << u"HN"_s << QStringList {u"2023=-"_s, u"2024=-"_s, u"2025=88.75 #2 good"_s}
        << QStringList {u"HP merge->HN 2025 d1: 2023=90.00 #1 excellent, 2024=92.50 #1 excellent, join 88.75"_s,
               u"HQ merge->HN 2025 d1: 2023=70.00 #7 fair, 2024=71.00 #6 fair, join 88.75"_s,
               u"HX merge->HN 2025 d1: 2023=80.00 #4 good, 2024=83.00 #3 good, join 88.75"_s,
               u"O merge->HX 2024 d2: 2023=82.00 #3 good, join 83.00"_s};
    // One link into a unit that had no result before, from a unit with none after: a rename.
    QTest::newRow("rename") << all << 2023 << u"RN"_s << QStringList {u"2023=-"_s, u"2024=-"_s, u"2025=82.00 #3 good"_s}
                            << QStringList {
                                   u"R rename->RN 2025 d1: 2023=78.50 #5 fair, 2024=80.00 #4 good, join 82.00"_s};
    // Sầm Sơn (28 + 49 = 77, 29 + 50 = 79) is the history of both parts; each line joins its own part.
    QTest::newRow("split, first part")
        << all << 2023 << u"S1"_s << QStringList {u"2023=-"_s, u"2024=-"_s, u"2025=81.00 #4 good"_s}
        << QStringList {u"SP split->S1;S2 2025 d1: 2023=77.00 #6 fair, 2024=79.00 #5 fair, join 81.00"_s};
    QTest::newRow("split, second part")
        << all << 2023 << u"S2"_s << QStringList {u"2023=-"_s, u"2024=-"_s, u"2025=76.00 #5 fair"_s}
        << QStringList {u"SP split->S2;S1 2025 d1: 2023=77.00 #6 fair, 2024=79.00 #5 fair, join 76.00"_s};
    QTest::newRow("no lineage of its own")
        << all << 2023 << u"T"_s
        << QStringList {u"2023=85.00 #2 good"_s, u"2024=87.00 #2 good"_s, u"2025=89.00 #1 good"_s} << QStringList {};
    // Thọ Lập keeps its code and absorbs Hoằng Quý: its own line stays, Hoằng Quý's joins its 2025 (34 + 55 = 89).
    QTest::newRow("keeps its code, absorbs one")
        << QStringList {u"2025:T<-HQ"_s} << 2023 << u"T"_s
        << QStringList {u"2023=85.00 #2 good"_s, u"2024=87.00 #2 good"_s, u"2025=89.00 #1 good"_s}
        << QStringList {u"HQ merge->T 2025 d1: 2023=70.00 #7 fair, 2024=71.00 #6 fair, join 89.00"_s};
    // A unit of another group merged in too: named, with no result in this group, never dropped.
    QTest::newRow("predecessor without a result in the group")
        << QStringList {u"2025:HN<-HQ"_s, u"2025:HN<-Z"_s} << 2023 << u"HN"_s
        << QStringList {u"2023=-"_s, u"2024=-"_s, u"2025=88.75 #2 good"_s}
        << QStringList {u"HQ merge->HN 2025 d1: 2023=70.00 #7 fair, 2024=71.00 #6 fair, join 88.75"_s,
               u"Z merge->HN 2025 d1: 2023=-, 2024=-, join 88.75, no result"_s};
    // Only 2024 and 2025: Hoằng Cát's 2024 link has no year before it in the span, so it is not followed.
    QTest::newRow("span from 2024") << all << 2024 << u"HN"_s << QStringList {u"2024=-"_s, u"2025=88.75 #2 good"_s}
                                    << QStringList {u"HP merge->HN 2025 d1: 2024=92.50 #1 excellent, join 88.75"_s,
                                           u"HQ merge->HN 2025 d1: 2024=71.00 #6 fair, join 88.75"_s,
                                           u"HX merge->HN 2025 d1: 2024=83.00 #3 good, join 88.75"_s};
    // Only 2025: no year before the merger to show.
    QTest::newRow("span of the merger year only")
        << all << 2025 << u"HN"_s << QStringList {u"2025=88.75 #2 good"_s} << QStringList {};
    // A link recorded the other way round by mistake would make a loop: each unit is followed once on a path.
    QTest::newRow("loop is followed once")
        << QStringList {u"2024:HX<-HP"_s, u"2025:HP<-HX"_s} << 2023 << u"HX"_s
        << QStringList {u"2023=80.00 #4 good"_s, u"2024=83.00 #3 good"_s, u"2025=-"_s}
        << QStringList {u"HP merge->HX 2024 d1: 2023=90.00 #1 excellent, join 83.00"_s};
}

void TestTrends::lineage()
{
    QFETCH(QStringList, links);
    QFETCH(int, fromYear);
    QFETCH(QString, unit);
    QFETCH(QStringList, own);
    QFETCH(QStringList, expected);
    QList<RankingTable> years;
    for (const RankingTable &t : reorganisedYears()) {
        if (t.year >= fromYear)
            years.append(t);
    }
    const TrendSeries series = Trends::trend(years, {unit}, lineageLinks(links), {{u"Z"_s, u"Hoằng Khê"_s}});
    QCOMPARE(series.units.size(), 1);
    QCOMPARE(describe(series.units[0].points), own);
    QCOMPARE(describe(series.units[0].predecessors), expected);
    // The group's statistics are those of the rankings, whatever the lineage.
    QCOMPARE(describe(Trends::trend(reorganisedYears(), {unit}, lineageLinks(links)).average),
        (QStringList {u"2023=80.36"_s, u"2024=82.08"_s, u"2025=83.35"_s}));
    QCOMPARE(describe(Trends::trend(reorganisedYears(), {unit}, lineageLinks(links)).median),
        (QStringList {u"2023=80.00"_s, u"2024=81.50"_s, u"2025=82.00"_s}));
}

void TestTrends::lineageDefaultUnits()
{
    // Without lineage every unit with a result is a line: the latest ranking's order, then earlier units.
    const QStringList every {
        u"T"_s, u"HN"_s, u"RN"_s, u"S1"_s, u"S2"_s, u"HP"_s, u"HX"_s, u"R"_s, u"SP"_s, u"HQ"_s, u"O"_s};
    QStringList codes;
    for (const UnitTrend &u : Trends::trend(reorganisedYears()).units)
        codes.append(u.unitCode);
    QCOMPARE(codes, every);
    // With it, a unit that ended into another is drawn under that one, not a second time on its own.
    codes.clear();
    for (const UnitTrend &u : Trends::trend(reorganisedYears(), {}, reorganisation()).units)
        codes.append(u.unitCode);
    QCOMPARE(codes, (QStringList {u"T"_s, u"HN"_s, u"RN"_s, u"S1"_s, u"S2"_s}));
    // Asked for by code, a predecessor is still a line of its own.
    const TrendSeries asked = Trends::trend(reorganisedYears(), {u"HX"_s, u"HN"_s}, reorganisation());
    QCOMPARE(asked.units.size(), 2);
    QCOMPARE(asked.units[0].predecessors.size(), 1); // Hoằng Cát, 2024
    QCOMPARE(asked.units[1].predecessors.size(), 4);
    // No lineage: the same series as before, no predecessors.
    const TrendSeries plain = Trends::trend(reorganisedYears(), {u"HN"_s}, {});
    QVERIFY(plain.units[0].predecessors.isEmpty());
}

void TestTrends::lineageLabels()
{
    const TrendSeries series = Trends::trend(reorganisedYears(), {u"HN"_s, u"RN"_s, u"S1"_s},
        reorganisation() + lineageLinks({u"2025:HN<-Z"_s}), {{u"Z"_s, u"Hoằng Khê"_s}});
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    QStringList labels;
    for (const UnitTrend &u : series.units) {
        for (const PredecessorTrend &p : u.predecessors)
            labels.append(Trends::predecessorLabel(p, series.groupCode, en));
    }
    QCOMPARE(labels,
        (QStringList {u"Hoằng Phượng (merged into Hoằng Phú)"_s, u"Hoằng Quý (merged into Hoằng Phú)"_s,
            u"Hoằng Xuân (merged into Hoằng Phú)"_s, u"Hoằng Cát (merged into Hoằng Xuân)"_s,
            u"Hoằng Khê (merged into Hoằng Phú; no result in group XA)"_s,
            u"Quảng Tiến (renamed to Phường Quảng Tiến)"_s, u"Sầm Sơn (split into Quảng Cư and Quảng Vinh)"_s}));
}

QTEST_GUILESS_MAIN(TestTrends)
#include "tst_trends.moc"
