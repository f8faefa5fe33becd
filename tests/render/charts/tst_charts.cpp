#include "common/trendfixture.h"
#include "render/charts/areaprofilechart.h"
#include "render/charts/chartkey.h"
#include "render/charts/comparisonchart.h"
#include "render/charts/pinnedlabels.h"
#include "render/charts/rankmovementchart.h"
#include "render/charts/trendchart.h"

#include <QtCharts/QAreaSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>
#include <QtCore/QSet>
#include <QtCore/QTranslator>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QGraphicsScene>

#include <memory>

using namespace parindex;
using namespace parindex::fixtures;
using namespace Qt::StringLiterals;

namespace {
QLocale vietnamese()
{
    return QLocale(QLocale::Vietnamese, QLocale::Vietnam);
}

ChartContext context(const QLocale &locale = vietnamese())
{
    return {locale, u"UBND cấp huyện"_s, ClassBands::defaults(), {}};
}

// The series named `name`, in drawing order.
template<typename Series = QLineSeries> QList<Series *> seriesNamed(QChart *chart, const QString &name)
{
    QList<Series *> found;
    for (QAbstractSeries *s : chart->series()) {
        if (s->objectName() == name)
            found.append(qobject_cast<Series *>(s));
    }
    return found;
}

QStringList pointsOf(const QList<QLineSeries *> &lines)
{
    QStringList runs;
    for (QLineSeries *line : lines) {
        QStringList points;
        for (const QPointF &p : line->points())
            points.append(QString::number(p.x()) + u':' + QString::number(p.y(), 'f', 2));
        runs.append(points.join(u' '));
    }
    return runs;
}

QValueAxis *valueAxis(QChart *chart, Qt::Alignment alignment)
{
    for (QAbstractAxis *axis : chart->axes()) {
        if (axis->alignment() == alignment)
            return qobject_cast<QValueAxis *>(axis);
    }
    return nullptr;
}

int visibleLegendEntries(QChart *chart)
{
    int n = 0;
    for (QLegendMarker *m : chart->legend()->markers())
        n += m->isVisible() ? 1 : 0;
    return n;
}

// Lays the chart out as an export would, so that pinned labels and keys have their places.
void layOut(QChart *chart, QGraphicsScene &scene, QSize size)
{
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(), size));
}
} // namespace

class TestCharts : public QObject
{
    Q_OBJECT
private slots:
    void trendYearAxis_data();
    void trendYearAxis();
    void trendLines_data();
    void trendLines();
    void trendStatisticsAndBands();
    void trendLegendAndLabels();
    void trendLocale();
    void trendPredecessors();
    void comparisonBars();
    void titlesInVietnamese_data();
    void titlesInVietnamese();
    void comparisonThresholds();
    void comparisonByArea();
    void comparisonSize();
    void areaProfile();
    void areaProfileAcrossNewTree();
    void rankMovement();
    void rankMovementWithoutHighlight();
};

void TestCharts::trendYearAxis_data()
{
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("years");
    QTest::newRow("three years") << 2021 << 3;
    QTest::newRow("one year") << 2023 << 1;
    QTest::newRow("two years") << 2022 << 2;
}

void TestCharts::trendYearAxis()
{
    QFETCH(int, first);
    QFETCH(int, years);
    const QList<RankingTable> tables = trendYears().mid(first - 2021, years);
    std::unique_ptr<QChart> chart(TrendChart::build(Trends::trend(tables), context()));
    QValueAxis *x = valueAxis(chart.get(), Qt::AlignBottom);
    QVERIFY(x);
    // Integer years only: one tick a year from the first year, half a year of room each side, "%.0f".
    QCOMPARE(x->tickType(), QValueAxis::TicksDynamic);
    QCOMPARE(x->tickAnchor(), qreal(first));
    QCOMPARE(x->tickInterval(), 1.0);
    QCOMPARE(x->min(), first - 0.5);
    QCOMPARE(x->max(), first + years - 1 + 0.5);
    QCOMPARE(x->labelFormat(), u"%.0f"_s);
    QCOMPARE(x->minorTickCount(), 0);
    // With these settings the axis has exactly one tick per year.
    int ticks = 0;
    for (qreal t = x->tickAnchor(); t <= x->max(); t += x->tickInterval())
        ticks += t >= x->min() ? 1 : 0;
    QCOMPARE(ticks, years);
    QCOMPARE(x->titleText(), u"Year"_s);
}

void TestCharts::trendLines_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QStringList>("runs");
    QTest::newRow("every year: one line") << u"A"_s << QStringList {u"2021:85.00 2022:92.00 2023:90.00"_s};
    // A missing year breaks the line into two runs; there is no point at 2022 and no zero.
    QTest::newRow("incomplete in 2022: a gap") << u"E"_s << QStringList {u"2021:88.00"_s, u"2023:80.33"_s};
    QTest::newRow("new in 2023: one point") << u"D"_s << QStringList {u"2023:95.00"_s};
    QTest::newRow("special status: its index") << u"S"_s << QStringList {u"2023:99.00"_s};
}

void TestCharts::trendLines()
{
    QFETCH(QString, unit);
    QFETCH(QStringList, runs);
    QGraphicsScene scene;
    QChart *chart = TrendChart::build(Trends::trend(trendYears()), context());
    layOut(chart, scene, TrendChart::DefaultSize);
    const QList<QLineSeries *> lines = seriesNamed(chart, u"unit:"_s + unit);
    QCOMPARE(pointsOf(lines), runs);
    for (QLineSeries *line : lines) {
        QVERIFY(line->pointsVisible()); // markers on every year
        QCOMPARE(line->pen().color(), lines.first()->pen().color());
        QCOMPARE(line->attachedAxes().size(), 2);
    }
    // One legend entry per unit, however many runs its line has.
    int entries = 0;
    for (QLineSeries *line : lines) {
        for (QLegendMarker *m : chart->legend()->markers(line))
            entries += m->isVisible() ? 1 : 0;
    }
    QCOMPARE(entries, 1);
}

void TestCharts::trendStatisticsAndBands()
{
    std::unique_ptr<QChart> chart(TrendChart::build(Trends::trend(trendYears(), {u"A"_s, u"C"_s}), context()));
    QCOMPARE(pointsOf(seriesNamed(chart.get(), u"average"_s)), QStringList {u"2021:83.75 2022:84.17 2023:88.12"_s});
    QCOMPARE(pointsOf(seriesNamed(chart.get(), u"median"_s)), QStringList {u"2021:86.50 2022:85.50 2023:90.00"_s});
    QCOMPARE(seriesNamed(chart.get(), u"average"_s).first()->pen().style(), Qt::DashLine);
    QCOMPARE(seriesNamed(chart.get(), u"median"_s).first()->pen().style(), Qt::DotLine);

    // The index axis starts on the ten below the lowest value shown (C's 70 - 3 -> 60) and ends at 100.
    QValueAxis *y = valueAxis(chart.get(), Qt::AlignLeft);
    QCOMPARE(y->min(), 60.0);
    QCOMPARE(y->max(), 100.0);
    QCOMPARE(y->labelFormat(), u"%.0f"_s);

    // Bands from 60 up: Trung bình 60-70 (cut at the axis), Khá 70-80, Tốt 80-90, Xuất sắc 90-100.
    for (const auto &[code, from, to] : {std::tuple {u"average"_s, 60.0, 70.0}, std::tuple {u"fair"_s, 70.0, 80.0},
             std::tuple {u"good"_s, 80.0, 90.0}, std::tuple {u"excellent"_s, 90.0, 100.0}}) {
        const auto bands = seriesNamed<QAreaSeries>(chart.get(), u"band:"_s + code);
        QCOMPARE(bands.size(), 1);
        QCOMPARE(bands[0]->lowerSeries()->at(0).y(), from);
        QCOMPARE(bands[0]->upperSeries()->at(0).y(), to);
        QCOMPARE(bands[0]->lowerSeries()->at(0).x(), 2020.5);
        QCOMPARE(bands[0]->upperSeries()->at(1).x(), 2023.5);
        QVERIFY(bands[0]->brush().color().alphaF() < 0.3); // light, behind the lines
    }
    QVERIFY(seriesNamed<QAreaSeries>(chart.get(), u"band:weak"_s).isEmpty());
    // The band names on the right, centred in their bands.
    QCategoryAxis *names = nullptr;
    for (QAbstractAxis *axis : chart->axes()) {
        if (axis->alignment() == Qt::AlignRight)
            names = qobject_cast<QCategoryAxis *>(axis);
    }
    QVERIFY(names);
    QCOMPARE(names->categoriesLabels(), (QStringList {u"Average"_s, u"Fair"_s, u"Good"_s, u"Excellent"_s}));
    QCOMPARE(names->min(), 60.0);
    QCOMPARE(names->max(), 100.0);

    std::unique_ptr<QChart> plain(TrendChart::build(Trends::trend(trendYears(), {u"A"_s}), context(), {false, false}));
    QVERIFY(seriesNamed(plain.get(), u"average"_s).isEmpty());
    QVERIFY(seriesNamed(plain.get(), u"median"_s).isEmpty());
}

void TestCharts::trendLegendAndLabels()
{
    // Six units and two statistics: eight entries, in a column on the right.
    QGraphicsScene scene;
    QChart *all = TrendChart::build(Trends::trend(trendYears()), context());
    layOut(all, scene, TrendChart::DefaultSize);
    QCOMPARE(visibleLegendEntries(all), 8);
    QCOMPARE(all->legend()->alignment(), Qt::AlignRight);
    QVERIFY(!all->findChild<PinnedLabels *>()); // too many lines for values on the points

    // One unit: the values on the points, in the locale's format; a legend below.
    QChart *one = TrendChart::build(Trends::trend(trendYears(), {u"E"_s}), context());
    layOut(one, scene, TrendChart::DefaultSize);
    QCOMPARE(one->legend()->alignment(), Qt::AlignBottom);
    QCOMPARE(visibleLegendEntries(one), 3);
    auto *labels = one->findChild<PinnedLabels *>();
    QVERIFY(labels);
    QCOMPARE(labels->texts(), (QStringList {u"88,00"_s, u"80,33"_s}));
    QCOMPARE(one->title(), u"PAR Index of UBND cấp huyện, 2021–2023"_s);
}

void TestCharts::trendLocale()
{
    std::unique_ptr<QChart> vi(TrendChart::build(Trends::trend(trendYears()), context()));
    QVERIFY(vi->localizeNumbers());
    QCOMPARE(vi->locale().language(), QLocale::Vietnamese);
    // Years print as 2024, never 2.024.
    QVERIFY(vi->locale().numberOptions() & QLocale::OmitGroupSeparator);
    QCOMPARE(vi->locale().toString(2024.0, 'f', 0), u"2024"_s);
    QCOMPARE(vi->animationOptions(), QChart::NoAnimation);

    std::unique_ptr<QChart> en(TrendChart::build(Trends::trend(trendYears()), context(QLocale(QLocale::English))));
    QCOMPARE(en->locale().language(), QLocale::English);
    QVERIFY(en->locale().numberOptions() & QLocale::OmitGroupSeparator);
}

void TestCharts::trendPredecessors()
{
    // Hoằng Phú made of three communes in 2025 (tests/common/trendfixture.h), with Hoằng Cát in Hoằng Xuân in 2024.
    QGraphicsScene scene;
    QChart *chart = TrendChart::build(Trends::trend(reorganisedYears(), {u"HN"_s}, reorganisation()), context());
    layOut(chart, scene, TrendChart::DefaultSize);
    const QList<QLineSeries *> own = seriesNamed(chart, u"unit:HN"_s);
    QCOMPARE(pointsOf(own), QStringList {u"2025:88.75"_s});
    // Each predecessor up to 2024, joined to the point of the unit it went into (HN's 88.75; Hoằng Xuân's 83 in 2024).
    for (const auto &[code, points] : {std::pair {u"HP"_s, u"2023:90.00 2024:92.50 2025:88.75"_s},
             std::pair {u"HQ"_s, u"2023:70.00 2024:71.00 2025:88.75"_s},
             std::pair {u"HX"_s, u"2023:80.00 2024:83.00 2025:88.75"_s},
             std::pair {u"O"_s, u"2023:82.00 2024:83.00"_s}}) {
        const QList<QLineSeries *> lines = seriesNamed(chart, u"predecessor:HN:"_s + code);
        QCOMPARE(pointsOf(lines), QStringList {points});
        // Drawn differently: dashed, lighter and thinner than the unit's own line.
        QVERIFY(lines.first()->pen().style() != Qt::SolidLine);
        QVERIFY(lines.first()->pen().color().lightness() > own.first()->pen().color().lightness());
        QVERIFY(lines.first()->pen().widthF() < own.first()->pen().widthF());
    }
    // Three merged communes are told apart by their dash patterns.
    QSet<int> styles;
    for (const QString &code : {u"HP"_s, u"HQ"_s, u"HX"_s})
        styles.insert(int(seriesNamed(chart, u"predecessor:HN:"_s + code).first()->pen().style()));
    QCOMPARE(styles.size(), 3);
    // Labelled in the legend with the relation (English source; the program shows "(hợp nhất vào Hoằng Phú)").
    QStringList names;
    for (QLegendMarker *m : chart->legend()->markers()) {
        if (m->isVisible() && m->series()->objectName().startsWith(u"predecessor:"_s))
            names.append(m->label());
    }
    QCOMPARE(names,
        (QStringList {u"Hoằng Phượng (merged into Hoằng Phú)"_s, u"Hoằng Quý (merged into Hoằng Phú)"_s,
            u"Hoằng Xuân (merged into Hoằng Phú)"_s, u"Hoằng Cát (merged into Hoằng Xuân)"_s}));
    // A single unit: its values on its points and the predecessors' names where their lines start.
    auto *labels = chart->findChild<PinnedLabels *>();
    QVERIFY(labels);
    QCOMPARE(labels->texts(),
        (QStringList {u"Hoằng Phượng"_s, u"Hoằng Quý"_s, u"Hoằng Xuân"_s, u"Hoằng Cát"_s, u"88,75"_s}));
    // The axis reaches down to the lowest predecessor (Hoằng Quý's 70 - 3 -> 60).
    QCOMPARE(valueAxis(chart, Qt::AlignLeft)->min(), 60.0);

    // A predecessor without a result in the group: a legend entry that names it, no line.
    QChart *other
        = TrendChart::build(Trends::trend(reorganisedYears(), {u"HN"_s},
                                lineageLinks({u"2025:HN<-HQ"_s, u"2025:HN<-Z"_s}), {{u"Z"_s, u"Hoằng Khê"_s}}),
            context());
    layOut(other, scene, TrendChart::DefaultSize);
    const QList<QLineSeries *> z = seriesNamed(other, u"predecessor:HN:Z"_s);
    QCOMPARE(z.size(), 1);
    QCOMPARE(z.first()->count(), 0);
    QCOMPARE(z.first()->name(), u"Hoằng Khê (merged into Hoằng Phú; no result in group XA)"_s);
}

void TestCharts::comparisonBars()
{
    QGraphicsScene scene;
    QChart *chart = ComparisonChart::build(Trends::comparison(trendYears()[2]), context());
    layOut(chart, scene, ComparisonChart::sizeFor(6));
    QCOMPARE(chart->title(), u"PAR Index of UBND cấp huyện, 2023"_s);

    // The highest at the top: Qt draws the first category at the bottom.
    QBarCategoryAxis *units = nullptr;
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
        if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
            units = c;
    }
    QVERIFY(units);
    QCOMPARE(units->categories(),
        (QStringList {
            u"5. Ea Súp"_s, u"4. Cao"_s, u"2. Bình"_s, u"2. An"_s, u"1. Dũng"_s, u"Sở đặc thù (not ranked)"_s}));

    // One bar set per class present; a unit's value only in its class.
    const auto bars = seriesNamed<QHorizontalStackedBarSeries>(chart, u"bars"_s);
    QCOMPARE(bars.size(), 1);
    QCOMPARE(bars[0]->count(), 2);
    QBarSet *excellent = bars[0]->barSets()[0];
    QBarSet *good = bars[0]->barSets()[1];
    QCOMPARE(excellent->label(), u"Excellent"_s);
    QCOMPARE(good->label(), u"Good"_s);
    QCOMPARE(excellent->color(), QColor(0x1a, 0x96, 0x41));
    const QList<qreal> expectedExcellent = {0, 0, 90, 90, 95, 99};
    const QList<qreal> expectedGood = {80.33, 85.25, 0, 0, 0, 0};
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(excellent->at(i), expectedExcellent[i]);
        QCOMPARE(good->at(i), expectedGood[i]);
    }
    QCOMPARE(visibleLegendEntries(chart), 2); // by class

    // The value at the end of each bar, in the locale's format.
    auto *labels = chart->findChild<PinnedLabels *>();
    QVERIFY(labels);
    QCOMPARE(labels->texts(), (QStringList {u"80,33"_s, u"85,25"_s, u"90,00"_s, u"90,00"_s, u"95,00"_s, u"99,00"_s}));
    QValueAxis *x = valueAxis(chart, Qt::AlignBottom);
    QCOMPARE(x->min(), 0.0); // bars start at zero
    QVERIFY(x->max() > 100); // room for "100,00" at the end of a full bar
    QCOMPARE(x->labelFormat(), u"%.0f"_s);
}

// Titles as councils write them: the year first, the group's name lower-cased mid-sentence unless it
// starts with an initialism ("UBND …").
void TestCharts::titlesInVietnamese_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("comparison");
    QTest::addColumn<QString>("trend");
    QTest::newRow("departments") << u"Các sở, ban, ngành cấp tỉnh"_s
                                 << u"Chỉ số CCHC năm 2023 của các sở, ban, ngành cấp tỉnh"_s
                                 << u"Chỉ số CCHC giai đoạn 2021–2023 của các sở, ban, ngành cấp tỉnh"_s;
    QTest::newRow("initialism kept") << u"UBND các huyện, thị xã, thành phố"_s
                                     << u"Chỉ số CCHC năm 2023 của UBND các huyện, thị xã, thành phố"_s
                                     << u"Chỉ số CCHC giai đoạn 2021–2023 của UBND các huyện, thị xã, thành phố"_s;
    QTest::newRow("one letter") << u"X"_s << u"Chỉ số CCHC năm 2023 của X"_s
                                << u"Chỉ số CCHC giai đoạn 2021–2023 của X"_s;
}

void TestCharts::titlesInVietnamese()
{
    QFETCH(QString, group);
    QFETCH(QString, comparison);
    QFETCH(QString, trend);
    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/parindex_vi"_s));
    QCoreApplication::installTranslator(&translator);
    ChartContext named = context();
    named.groupName = group;
    std::unique_ptr<QChart> bars(ComparisonChart::build(Trends::comparison(trendYears()[2]), named));
    std::unique_ptr<QChart> lines(TrendChart::build(Trends::trend(trendYears()), named));
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(bars->title(), comparison);
    QCOMPARE(lines->title(), trend);
}

void TestCharts::comparisonThresholds()
{
    std::unique_ptr<QChart> chart(ComparisonChart::build(Trends::comparison(trendYears()[2]), context()));
    // A dashed line where each class begins, across every row, without a legend entry.
    for (const auto &[code, at] : {std::pair {u"excellent"_s, 90.0}, std::pair {u"good"_s, 80.0},
             std::pair {u"fair"_s, 70.0}, std::pair {u"average"_s, 50.0}}) {
        const QList<QLineSeries *> lines = seriesNamed(chart.get(), u"threshold:"_s + code);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines[0]->at(0), QPointF(at, -0.5));
        QCOMPARE(lines[0]->at(1), QPointF(at, 5.5));
        QCOMPARE(lines[0]->pen().style(), Qt::DashLine);
    }
    QVERIFY(seriesNamed(chart.get(), u"threshold:weak"_s).isEmpty());
    QCategoryAxis *names = nullptr;
    for (QAbstractAxis *axis : chart->axes()) {
        if (axis->alignment() == Qt::AlignTop)
            names = qobject_cast<QCategoryAxis *>(axis);
    }
    QVERIFY(names);
    QCOMPARE(names->categoriesLabels(), (QStringList {u"Weak"_s, u"Average"_s, u"Fair"_s, u"Good"_s, u"Excellent"_s}));
    QCOMPARE(names->endValue(u"Average"_s), 70.0);

    // A document's own words (the decision's): its class names, on two lines over the narrow bands.
    ChartContext own = context();
    own.wording.classLabels = {{ClassCode::Excellent, u"Xuất sắc"_s}, {ClassCode::Good, u"Tốt"_s},
        {ClassCode::Fair, u"Khá"_s}, {ClassCode::Average, u"Trung bình"_s}, {ClassCode::Weak, u"Yếu"_s}};
    own.wording.classNamesOnTwoLines = true;
    std::unique_ptr<QChart> printed(ComparisonChart::build(Trends::comparison(trendYears()[2]), own));
    for (QAbstractAxis *axis : printed->axes()) {
        if (axis->alignment() == Qt::AlignTop)
            names = qobject_cast<QCategoryAxis *>(axis);
    }
    QCOMPARE(
        names->categoriesLabels(), (QStringList {u"Yếu"_s, u"Trung<br>bình"_s, u"Khá"_s, u"Tốt"_s, u"Xuất<br>sắc"_s}));
    QCOMPARE(seriesNamed(printed.get(), u"threshold:excellent"_s).first()->name(), u"Xuất sắc"_s);
}

void TestCharts::comparisonByArea()
{
    QGraphicsScene scene;
    QChart *chart = ComparisonChart::build(Trends::comparison(trendYears()[2]), context(), {true});
    layOut(chart, scene, ComparisonChart::sizeFor(6));
    const auto bars = seriesNamed<QHorizontalStackedBarSeries>(chart, u"bars"_s);
    QCOMPARE(bars[0]->count(), 2);
    QCOMPARE(bars[0]->barSets()[0]->label(), u"1. Chỉ đạo, điều hành"_s);
    // E (bottom row): 30 + 50.33; the special unit (top row): 40 + 59.
    QCOMPARE(bars[0]->barSets()[0]->at(0), 30.0);
    QCOMPARE(bars[0]->barSets()[1]->at(0), 50.33);
    QCOMPARE(bars[0]->barSets()[0]->at(5), 40.0);
    QCOMPARE(bars[0]->barSets()[1]->at(5), 59.0);
    // Area titles are long: a key below the chart that wraps them, instead of Qt's one-row legend.
    QVERIFY(!chart->legend()->isVisible());
    auto *key = chart->findChild<ChartKey *>();
    QVERIFY(key);
    QCOMPARE(key->texts(), (QStringList {u"1. Chỉ đạo, điều hành"_s, u"2. Cải cách thủ tục hành chính"_s}));
    QVERIFY(chart->margins().bottom() > 20);
    QCOMPARE(chart->findChild<PinnedLabels *>()->texts().last(), u"99,00"_s);
}

void TestCharts::comparisonSize()
{
    // Forty communes: every row keeps its height; a handful of units keep the usual size.
    QCOMPARE(ComparisonChart::sizeFor(5), QSize(1000, 650));
    QVERIFY(ComparisonChart::sizeFor(40).height() >= 40 * 22);
    QVERIFY(ComparisonChart::sizeFor(41).height() > ComparisonChart::sizeFor(40).height());
    // Stacked by area, the key below the bars takes a row for every two areas.
    QVERIFY(ComparisonChart::sizeFor(40, 8).height() > ComparisonChart::sizeFor(40).height());
    QCOMPARE(ComparisonChart::sizeFor(40, 8).height(), ComparisonChart::sizeFor(40, 7).height());
}

void TestCharts::areaProfile()
{
    const QList<RankingTable> years = trendYears();
    const auto profile = Trends::areaProfile(years[2], &years[1], u"A"_s, trendAreaLinks());
    QGraphicsScene scene;
    QChart *chart = AreaProfileChart::build(*profile, context());
    layOut(chart, scene, AreaProfileChart::sizeFor(2));
    QCOMPARE(chart->title(), u"An: index by area, 2023"_s);

    const auto series = seriesNamed<QHorizontalBarSeries>(chart, u"areas"_s);
    QCOMPARE(series.size(), 1);
    QStringList sets;
    for (QBarSet *set : series[0]->barSets())
        sets.append(set->objectName() + u'=' + set->label());
    // Drawn from the bottom: the previous year, the group average, the unit on top.
    QCOMPARE(sets, (QStringList {u"previous=An, 2022"_s, u"average=Group average, 2023"_s, u"unit=An, 2023"_s}));
    // Categories from the bottom: area 2, then area 1 (the first area at the top).
    QBarSet *unit = series[0]->barSets()[2];
    QCOMPARE(unit->at(0), 86.67);
    QCOMPARE(unit->at(1), 95.0);
    QCOMPARE(series[0]->barSets()[1]->at(1), 85.5);
    QCOMPARE(series[0]->barSets()[0]->at(1), 90.0);
    QCOMPARE(chart->findChild<PinnedLabels *>()->texts(),
        (QStringList {u"93,33"_s, u"90,00"_s, u"89,86"_s, u"85,50"_s, u"86,67"_s, u"95,00"_s}));

    // An area that does not apply is an empty bar that says so; no previous year, no previous bars.
    const RankingTable table = trendYear(2023, {u"A:An:38:52"_s, u"N:Nông nghiệp:na:45"_s});
    std::unique_ptr<QChart> na(AreaProfileChart::build(*Trends::areaProfile(table, nullptr, u"N"_s, {}), context()));
    const auto naSeries = seriesNamed<QHorizontalBarSeries>(na.get(), u"areas"_s);
    QCOMPARE(naSeries[0]->count(), 2);
    QCOMPARE(naSeries[0]->barSets()[1]->at(1), 0.0);
    QVERIFY(na->findChild<PinnedLabels *>()->texts().contains(u"not applicable"_s));
}

void TestCharts::areaProfileAcrossNewTree()
{
    // 2023's area 1 continues 2022's areas 1 and 2 (merged), area 2 is new, area 3's link is not recorded.
    AreaProfile profile;
    profile.unitCode = u"A"_s;
    profile.unitName = u"An"_s;
    profile.year = 2023;
    profile.previousYear = 2022;
    profile.areas = {
        {u"1"_s, u"Chỉ đạo"_s, Fixed::fromInt(95), Fixed::fromInt(85), Fixed::fromInt(70), AreaPast::Continues,
            {u"1"_s, u"2"_s}},
        {u"2"_s, u"Thủ tục"_s, Fixed::fromInt(80), Fixed::fromInt(90), std::nullopt, AreaPast::New, {}},
        {u"3"_s, u"Số hóa"_s, Fixed::fromInt(60), Fixed::fromInt(65), std::nullopt, AreaPast::Unlinked, {}},
    };
    QGraphicsScene scene;
    QChart *chart = AreaProfileChart::build(profile, context());
    layOut(chart, scene, AreaProfileChart::sizeFor(3));
    const auto series = seriesNamed<QHorizontalBarSeries>(chart, u"areas"_s);
    QCOMPARE(series[0]->barSets()[0]->objectName(), u"previous"_s);
    // No mark of the year before for the new and the unlinked area (categories from the bottom: 3, 2, 1).
    QCOMPARE(series[0]->barSets()[0]->at(0), 0.0);
    QCOMPARE(series[0]->barSets()[0]->at(1), 0.0);
    QCOMPARE(series[0]->barSets()[0]->at(2), 70.0);
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).first());
    QVERIFY(axis);
    QCOMPARE(axis->categories(),
        (QStringList {u"3. Số hóa<br>(link to 2022 not recorded)"_s, u"2. Thủ tục<br>(new)"_s,
            u"1. Chỉ đạo<br>(2022: area 1 + 2)"_s}));
    const QStringList labels = chart->findChild<PinnedLabels *>()->texts();
    QCOMPARE(labels.mid(0, 3), (QStringList {u"not linked"_s, u"new"_s, u"70,00"_s}));
}

void TestCharts::rankMovement()
{
    QGraphicsScene scene;
    QChart *chart = RankMovementChart::build(Trends::rankMovement(trendYears(), {u"A"_s, u"E"_s}), context());
    layOut(chart, scene, RankMovementChart::DefaultSize);
    QCOMPARE(chart->title(), u"Ranks of UBND cấp huyện, 2021–2023"_s);

    // Rank 1 at the top, one tick per rank, integer labels; years as on the trend.
    QValueAxis *y = valueAxis(chart, Qt::AlignLeft);
    QVERIFY(y->isReverse());
    QCOMPARE(y->min(), 0.5);
    QCOMPARE(y->max(), 5.5);
    QCOMPARE(y->tickAnchor(), 1.0);
    QCOMPARE(y->tickInterval(), 1.0);
    QCOMPARE(y->labelFormat(), u"%.0f"_s);
    QValueAxis *x = valueAxis(chart, Qt::AlignBottom);
    QCOMPARE(x->tickInterval(), 1.0);
    QCOMPARE(x->labelFormat(), u"%.0f"_s);

    QCOMPARE(pointsOf(seriesNamed(chart, u"unit:A"_s)), QStringList {u"2021:3.00 2022:1.00 2023:2.00"_s});
    QCOMPARE(pointsOf(seriesNamed(chart, u"unit:E"_s)), (QStringList {u"2021:2.00"_s, u"2023:5.00"_s}));
    QCOMPARE(pointsOf(seriesNamed(chart, u"unit:D"_s)), QStringList {u"2023:1.00"_s});
    QVERIFY(seriesNamed(chart, u"unit:S"_s).isEmpty()); // never ranked

    // Highlighted: thick and coloured, named at the end with the change; the others thin and grey.
    const QLineSeries *a = seriesNamed(chart, u"unit:A"_s).first();
    const QLineSeries *b = seriesNamed(chart, u"unit:B"_s).first();
    QVERIFY(a->pen().widthF() > 2 * b->pen().widthF());
    QCOMPARE(b->pen().color(), QColor(0xc4, 0xc4, 0xc4));
    QVERIFY(a->pen().color() != b->pen().color());
    QCOMPARE(chart->findChild<PinnedLabels *>()->texts(), (QStringList {u"An  ▲ 1"_s, u"Ea Súp  ▼ 3"_s}));
    // Grey lines are drawn first, under the coloured ones.
    QVERIFY(chart->series().indexOf(seriesNamed(chart, u"unit:B"_s).first())
        < chart->series().indexOf(seriesNamed(chart, u"unit:A"_s).first()));
    QVERIFY(!chart->legend()->isVisible());
}

void TestCharts::rankMovementWithoutHighlight()
{
    std::unique_ptr<QChart> chart(RankMovementChart::build(Trends::rankMovement(trendYears()), context()));
    // Nobody chosen: every line coloured and named at its end (D has one ranked year: no change).
    QCOMPARE(chart->findChild<PinnedLabels *>()->texts(),
        (QStringList {u"Dũng"_s, u"An  ▲ 1"_s, u"Bình  ▼ 1"_s, u"Cao  ="_s, u"Ea Súp  ▼ 3"_s}));
    QVERIFY(seriesNamed(chart.get(), u"unit:B"_s).first()->pen().color() != QColor(0xc4, 0xc4, 0xc4));
    QCOMPARE(RankMovementChart::sizeFor(5), RankMovementChart::DefaultSize);
    QVERIFY(RankMovementChart::sizeFor(40).height() > RankMovementChart::DefaultSize.height());
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
