#include "common/trendfixture.h"
#include "render/charts/comparisonchart.h"
#include "render/charts/groupcharts.h"
#include "render/charts/rankmovementchart.h"
#include "render/charts/trendchart.h"

#include <QtCharts/QAbstractSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QValueAxis>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>

#include <QtCore/QSet>

using namespace parindex;
using namespace parindex::fixtures;
using namespace Qt::StringLiterals;

namespace {
// Each year's areas continue their namesakes of the year before, as copy-forward records them.
GroupHistory history(QList<RankingTable> tables = trendYears())
{
    QHash<int, AreaLinks> links;
    for (qsizetype i = 1; i < tables.size(); ++i) {
        AreaLinks l;
        l.year = tables[i].year;
        l.fromYear = tables[i - 1].year;
        l.continues = trendAreaLinks();
        links.insert(l.year, l);
    }
    return {u"HUYEN"_s, u"UBND cấp huyện"_s, std::move(tables), ClassBands::defaults(), {}, {}, links};
}

ChartRequest request(ChartKind kind, QStringList units = {})
{
    ChartRequest r;
    r.kind = kind;
    r.groupCode = u"HUYEN"_s;
    r.units = std::move(units);
    return r;
}

// The units drawn as lines: "unit:<code>" series, each code once.
QStringList unitLines(QChart *chart)
{
    QStringList codes;
    for (QAbstractSeries *s : chart->series()) {
        if (s->objectName().startsWith(u"unit:") && !codes.contains(s->objectName().mid(5)))
            codes.append(s->objectName().mid(5));
    }
    return codes;
}

const QLocale vietnamese(QLocale::Vietnamese, QLocale::Vietnam);
} // namespace

class TestGroupCharts : public QObject
{
    Q_OBJECT
private slots:
    void kindNames();
    void trend();
    void trendOfManyUnits();
    void trendSpan();
    void trendFollowsLineage();
    void comparison();
    void largeComparisonIsAList_data();
    void largeComparisonIsAList();
    void areaProfile();
    void rankMovement();
    void unknownUnits();
};

void TestGroupCharts::kindNames()
{
    for (ChartKind k : {ChartKind::Trend, ChartKind::Comparison, ChartKind::AreaProfile, ChartKind::RankMovement})
        QCOMPARE(chartKindFromName(chartKindName(k)), k);
    QCOMPARE(chartKindName(ChartKind::Comparison), u"compare"_s);
    QCOMPARE(chartKindName(ChartKind::AreaProfile), u"areas"_s);
    QCOMPARE(chartKindFromName(u"pie"), std::nullopt);
}

void TestGroupCharts::trend()
{
    const auto picture = GroupCharts::build(history(), request(ChartKind::Trend), vietnamese);
    QVERIFY2(picture.ok(), qPrintable(picture.error().text()));
    QCOMPARE(unitLines(picture->chart.get()), (QStringList {u"D"_s, u"A"_s, u"B"_s, u"C"_s, u"E"_s, u"S"_s}));
    QCOMPARE(picture->size, TrendChart::DefaultSize);
    QVERIFY(picture->notes.isEmpty());
    QCOMPARE(picture->chart->title(), u"PAR Index of UBND cấp huyện, 2021–2023"_s);

    ChartRequest two = request(ChartKind::Trend, {u"C"_s, u"A"_s});
    two.median = false;
    const auto chosen = GroupCharts::build(history(), two, vietnamese);
    QCOMPARE(unitLines(chosen->chart.get()), (QStringList {u"C"_s, u"A"_s}));
    bool median = false;
    for (QAbstractSeries *s : chosen->chart->series())
        median = median || s->objectName() == u"median";
    QVERIFY(!median);
}

void TestGroupCharts::trendOfManyUnits()
{
    // Twelve units and no choice: the first ten of the latest ranking, and a note that says so.
    QStringList rows;
    for (int i = 1; i <= 12; ++i)
        rows.append(u"U%1:Xã %1:30:%2"_s.arg(i).arg(30 + i));
    const auto picture = GroupCharts::build(history({trendYear(2024, rows)}), request(ChartKind::Trend), vietnamese);
    QVERIFY(picture.ok());
    const QStringList lines = unitLines(picture->chart.get());
    QCOMPARE(lines.size(), GroupCharts::DefaultTrendUnits);
    QCOMPARE(lines.first(), u"U12"_s); // the best of 2024
    QCOMPARE(picture->notes.size(), 1);
    QVERIFY(picture->notes.first().contains(u"10"_s));
}

void TestGroupCharts::trendSpan()
{
    ChartRequest r = request(ChartKind::Trend, {u"A"_s});
    r.fromYear = 2022;
    const auto picture = GroupCharts::build(history(), r, vietnamese);
    QValueAxis *years = nullptr;
    for (QAbstractAxis *axis : picture->chart->axes(Qt::Horizontal))
        years = qobject_cast<QValueAxis *>(axis);
    QCOMPARE(years->min(), 2021.5);
    QCOMPARE(years->max(), 2023.5);
    QCOMPARE(picture->chart->title(), u"PAR Index of UBND cấp huyện, 2022–2023"_s);
}

// The Charts tab draws from the GroupHistory it loaded (TrendTables::groupHistory carries the file's lineage):
// the same predecessors as `chart trend`.
void TestGroupCharts::trendFollowsLineage()
{
    GroupHistory reorganised {u"XA"_s, u"UBND cấp xã"_s, reorganisedYears(), ClassBands::defaults()};
    reorganised.lineage = reorganisation();
    // No units chosen: the communes that ended into others are drawn under them, not as lines of their own.
    const auto all = GroupCharts::build(reorganised, request(ChartKind::Trend), vietnamese);
    QVERIFY2(all.ok(), qPrintable(all.error().text()));
    QCOMPARE(unitLines(all->chart.get()), (QStringList {u"T"_s, u"HN"_s, u"RN"_s, u"S1"_s, u"S2"_s}));
    QStringList predecessors;
    for (QAbstractSeries *s : all->chart->series()) {
        if (s->objectName().startsWith(u"predecessor:") && !predecessors.contains(s->objectName()))
            predecessors.append(s->objectName());
    }
    QCOMPARE(predecessors,
        (QStringList {u"predecessor:HN:HP"_s, u"predecessor:HN:HQ"_s, u"predecessor:HN:HX"_s, u"predecessor:HN:O"_s,
            u"predecessor:RN:R"_s, u"predecessor:S1:SP"_s, u"predecessor:S2:SP"_s}));
    QVERIFY(all->notes.isEmpty());
    // Without the lineage the same history draws every unit on its own, as before: the first ten of eleven.
    reorganised.lineage.clear();
    const auto plain = GroupCharts::build(reorganised, request(ChartKind::Trend), vietnamese);
    QCOMPARE(unitLines(plain->chart.get()).size(), GroupCharts::DefaultTrendUnits);
    QCOMPARE(plain->notes.size(), 1);
}

void TestGroupCharts::largeComparisonIsAList_data()
{
    QTest::addColumn<int>("units");
    QTest::addColumn<bool>("list");
    QTest::newRow("200 units: a chart") << 200 << false;
    QTest::newRow("201 units: a list") << 201 << true;
}

void TestGroupCharts::largeComparisonIsAList()
{
    QFETCH(int, units);
    QFETCH(bool, list);
    QStringList rows;
    for (int i = 1; i <= units; ++i)
        rows.append(u"U%1:Xã Hòa %1:%2:%3"_s.arg(i).arg(20 + i % 30).arg(30 + i % 37));
    const auto picture
        = GroupCharts::build(history({trendYear(2024, rows)}), request(ChartKind::Comparison, {u"U7"_s}), vietnamese);
    QVERIFY(picture.ok());
    QCOMPARE(picture->list.has_value(), list);
    QCOMPARE(picture->chart == nullptr, list);
    if (!list)
        return;
    const ComparisonList &l = *picture->list;
    QCOMPARE(l.rows.size(), units);
    QCOMPARE(l.title, u"PAR Index of UBND cấp huyện, 2024"_s);
    int marked = 0;
    for (qsizetype i = 0; i < l.rows.size(); ++i) {
        const ComparisonRow &row = l.rows[i];
        // The chart's tip, the value with a decimal comma; the ranking's order.
        QCOMPARE(row.tip.left(row.tip.indexOf(u':')), row.rank + u". "_s + row.name);
        QVERIFY2(row.tip.contains(row.value + u"% – "_s) && row.value.contains(u','), qPrintable(row.tip));
        if (i > 0)
            QVERIFY(row.index <= l.rows[i - 1].index);
        marked += row.highlighted ? 1 : 0;
        QCOMPARE(row.highlighted, row.unitCode == u"U7"_s);
    }
    QCOMPARE(marked, 1);
}

void TestGroupCharts::comparison()
{
    // No year: the latest.
    const auto latest = GroupCharts::build(history(), request(ChartKind::Comparison), vietnamese);
    QVERIFY(latest.ok());
    QCOMPARE(latest->chart->title(), u"PAR Index of UBND cấp huyện, 2023"_s);
    QCOMPARE(latest->size, ComparisonChart::sizeFor(6));

    ChartRequest r = request(ChartKind::Comparison);
    r.year = 2022;
    r.stackByArea = true;
    const auto stacked = GroupCharts::build(history(), r, vietnamese);
    QVERIFY(stacked.ok());
    // E was incomplete in 2022: three bars, two areas in the key, and a note that names E.
    QCOMPARE(stacked->size, ComparisonChart::sizeFor(3, 2));
    QCOMPARE(stacked->notes, QStringList {u"Not shown, scores missing: Ea Súp."_s});
    QVERIFY(latest->notes.isEmpty());

    r.year = 2019;
    const auto missing = GroupCharts::build(history(), r, vietnamese);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    QVERIFY(missing.error().message.contains(u"2019"_s));
}

void TestGroupCharts::areaProfile()
{
    const auto none = GroupCharts::build(history(), request(ChartKind::AreaProfile), vietnamese);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().kind, Error::Kind::Usage);
    const auto two = GroupCharts::build(history(), request(ChartKind::AreaProfile, {u"A"_s, u"B"_s}), vietnamese);
    QCOMPARE(two.error().kind, Error::Kind::Usage);

    // The latest year against the year before, which the history holds.
    const auto profile = GroupCharts::build(history(), request(ChartKind::AreaProfile, {u"A"_s}), vietnamese);
    QVERIFY2(profile.ok(), qPrintable(profile.error().text()));
    QCOMPARE(profile->chart->title(), u"An: index by area, 2023"_s);
    auto *series = qobject_cast<QHorizontalBarSeries *>(profile->chart->series().first());
    QCOMPARE(series->count(), 3); // previous, average, unit

    QVERIFY(profile->notes.isEmpty());

    // 2023's area 2 is new, area 1's link is not recorded: neither is compared with 2022's namesake, and the
    // notes say how to record the missing link.
    GroupHistory relinked = history();
    relinked.areaLinks[2023].continues = {{u"1"_s, {u"1"_s}}, {u"2"_s, {}}};
    relinked.areaLinks[2023].unlinkedAreas = {u"1"_s};
    const auto across = GroupCharts::build(relinked, request(ChartKind::AreaProfile, {u"A"_s}), vietnamese);
    QVERIFY2(across.ok(), qPrintable(across.error().text()));
    auto *sets = qobject_cast<QHorizontalBarSeries *>(across->chart->series().first());
    QCOMPARE(sets->count(), 2); // no value of the year before at all: average and unit only
    QCOMPARE(across->notes.size(), 1);
    QVERIFY2(across->notes.first().startsWith(u"Areas 1 of 2023 are not compared with 2022: what they continue is "
                                              "not recorded. Record what they continue with: parindex-cli criteria "
                                              "map --year 2023 --group HUYEN"_s),
        qPrintable(across->notes.first()));
    // A year without links to a year before (a group's first period): nothing compared, nothing matched by code.
    GroupHistory unrecorded = history();
    unrecorded.areaLinks.remove(2023);
    const auto alone = GroupCharts::build(unrecorded, request(ChartKind::AreaProfile, {u"A"_s}), vietnamese);
    QCOMPARE(qobject_cast<QHorizontalBarSeries *>(alone->chart->series().first())->count(), 2);

    // Incomplete that year: no profile.
    ChartRequest r = request(ChartKind::AreaProfile, {u"E"_s});
    r.year = 2022;
    const auto incomplete = GroupCharts::build(history(), r, vietnamese);
    QCOMPARE(incomplete.error().kind, Error::Kind::NotFound);
}

void TestGroupCharts::rankMovement()
{
    const auto picture = GroupCharts::build(history(), request(ChartKind::RankMovement, {u"E"_s}), vietnamese);
    QVERIFY(picture.ok());
    QCOMPARE(unitLines(picture->chart.get()), (QStringList {u"D"_s, u"A"_s, u"B"_s, u"C"_s, u"E"_s}));
    QCOMPARE(picture->size, RankMovementChart::sizeFor(5));
}

void TestGroupCharts::unknownUnits()
{
    for (ChartKind kind : {ChartKind::Trend, ChartKind::RankMovement, ChartKind::AreaProfile}) {
        const auto picture = GroupCharts::build(history(), request(kind, {u"ZZ"_s}), vietnamese);
        QVERIFY(!picture.ok());
        QCOMPARE(picture.error().kind, Error::Kind::NotFound);
        QVERIFY(picture.error().message.contains(u"ZZ"_s));
    }
}

QTEST_MAIN(TestGroupCharts)
#include "tst_groupcharts.moc"
