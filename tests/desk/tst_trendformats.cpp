#include "common/trendfixture.h"
#include "desk/trendformats.h"
#include "io/csvtable.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QTest>

using namespace parindex;
using namespace parindex::fixtures;
using namespace Qt::StringLiterals;

class TestTrendFormats : public QObject
{
    Q_OBJECT
private slots:
    void csv();
    void json();
    void nothingApplicable();
    void lineageCsv();
    void lineageJson();
};

void TestTrendFormats::csv()
{
    const TrendSeries series = Trends::trend(trendYears(), {u"E"_s, u"D"_s});
    const auto table = CsvReader::parse(TrendFormats::writeCsv(series), u"trend.csv"_s);
    QVERIFY2(table.ok(), qPrintable(table.error().text()));
    QCOMPARE(table->header,
        (QStringList {u"series"_s, u"code"_s, u"name"_s, u"year"_s, u"index"_s, u"rank"_s, u"class"_s, u"status"_s}));
    // The status says why a year has no index: incomplete, or not listed at all (empty).
    const QList<QStringList> expected = {
        {u"unit"_s, u"E"_s, u"Ea Súp"_s, u"2021"_s, u"88.00"_s, u"2"_s, u"good"_s, u"ranked"_s},
        // Incomplete in 2022: empty cells, never 0.
        {u"unit"_s, u"E"_s, u"Ea Súp"_s, u"2022"_s, u""_s, u""_s, u""_s, u"incomplete"_s},
        {u"unit"_s, u"E"_s, u"Ea Súp"_s, u"2023"_s, u"80.33"_s, u"5"_s, u"good"_s, u"ranked"_s},
        {u"unit"_s, u"D"_s, u"Dũng"_s, u"2021"_s, u""_s, u""_s, u""_s, u""_s},
        {u"unit"_s, u"D"_s, u"Dũng"_s, u"2022"_s, u""_s, u""_s, u""_s, u""_s},
        {u"unit"_s, u"D"_s, u"Dũng"_s, u"2023"_s, u"95.00"_s, u"1"_s, u"excellent"_s, u"ranked"_s},
        {u"average"_s, u""_s, u""_s, u"2021"_s, u"83.75"_s, u""_s, u""_s, u""_s},
        {u"average"_s, u""_s, u""_s, u"2022"_s, u"84.17"_s, u""_s, u""_s, u""_s},
        {u"average"_s, u""_s, u""_s, u"2023"_s, u"88.12"_s, u""_s, u""_s, u""_s},
        {u"median"_s, u""_s, u""_s, u"2021"_s, u"86.50"_s, u""_s, u""_s, u""_s},
        {u"median"_s, u""_s, u""_s, u"2022"_s, u"85.50"_s, u""_s, u""_s, u""_s},
        {u"median"_s, u""_s, u""_s, u"2023"_s, u"90.00"_s, u""_s, u""_s, u""_s},
    };
    QCOMPARE(table->rows, expected);
}

void TestTrendFormats::json()
{
    const TrendSeries series = Trends::trend(trendYears(), {u"E"_s, u"S"_s});
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(TrendFormats::writeJson(series), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(root[u"group"_s].toString(), u"HUYEN"_s);
    QCOMPARE(root[u"years"_s].toArray(), (QJsonArray {2021, 2022, 2023}));
    const QJsonArray units = root[u"units"_s].toArray();
    QCOMPARE(units.size(), 2);
    const QJsonObject e = units[0].toObject();
    QCOMPARE(e[u"code"_s].toString(), u"E"_s);
    QCOMPARE(e[u"name"_s].toString(), u"Ea Súp"_s);
    const QJsonArray points = e[u"points"_s].toArray();
    QCOMPARE(points[0].toObject()[u"index"_s].toDouble(), 88.0);
    QCOMPARE(points[0].toObject()[u"rank"_s].toInt(), 2);
    QCOMPARE(points[0].toObject()[u"class"_s].toString(), u"good"_s);
    // A gap is null, not 0.
    QVERIFY(points[1].toObject()[u"index"_s].isNull());
    QVERIFY(points[1].toObject()[u"rank"_s].isNull());
    QVERIFY(points[1].toObject()[u"class"_s].isNull());
    QCOMPARE(points[2].toObject()[u"year"_s].toInt(), 2023);
    QCOMPARE(points[2].toObject()[u"index"_s].toDouble(), 80.33);
    // Special status: an index without a rank.
    const QJsonObject s = units[1].toObject()[u"points"_s].toArray()[2].toObject();
    QCOMPARE(s[u"index"_s].toDouble(), 99.0);
    QVERIFY(s[u"rank"_s].isNull());
    QCOMPARE(s[u"status"_s].toString(), u"not_ranked"_s);
    QCOMPARE(points[1].toObject()[u"status"_s].toString(), u"incomplete"_s);
    QVERIFY(units[1].toObject()[u"points"_s].toArray()[0].toObject()[u"status"_s].isNull()); // not listed in 2021
    QCOMPARE(root[u"average"_s].toArray()[1].toObject()[u"index"_s].toDouble(), 84.17);
    QCOMPARE(root[u"median"_s].toArray()[0].toObject()[u"index"_s].toDouble(), 86.5);
    QCOMPARE(root[u"median"_s].toArray()[0].toObject()[u"year"_s].toInt(), 2021);
    // Two decimals in the text, as the ranking's JSON prints them (no 80.329999).
    QVERIFY(TrendFormats::writeJson(series).contains("80.33"));
    QVERIFY(!TrendFormats::writeJson(series).contains("80.3299"));
}

void TestTrendFormats::nothingApplicable()
{
    // N: every criterion not applicable in 2023, so no index: an empty cell and not_ranked, never 0.00 and weak.
    const QList<RankingTable> years = {trendYear(2022, {u"A:An:36:56"_s, u"N:Nà Hang:30:50"_s}),
        trendYear(2023, {u"A:An:38:52"_s, u"N:Nà Hang:na:na"_s})};
    const auto table = CsvReader::parse(TrendFormats::writeCsv(Trends::trend(years, {u"N"_s})), u"trend.csv"_s);
    QVERIFY2(table.ok(), qPrintable(table.error().text()));
    QCOMPARE(table->rows.toList().mid(0, 2),
        (QList<QStringList> {{u"unit"_s, u"N"_s, u"Nà Hang"_s, u"2022"_s, u"80.00"_s, u"2"_s, u"good"_s, u"ranked"_s},
            {u"unit"_s, u"N"_s, u"Nà Hang"_s, u"2023"_s, u""_s, u""_s, u""_s, u"not_ranked"_s}}));
}

void TestTrendFormats::lineageCsv()
{
    // reorganisedYears(): Sầm Sơn split into Quảng Cư and Quảng Vinh in 2025; Hoằng Quý and Hoằng Khê (a commune of
    // another group: no result here) merged into Hoằng Phú. The figures are in tests/common/trendfixture.h.
    const TrendSeries series = Trends::trend(reorganisedYears(), {u"S1"_s, u"HN"_s},
        lineageLinks({u"2025:HN<-HQ"_s, u"2025:HN<-Z"_s, u"2025:S1<-SP"_s, u"2025:S2<-SP"_s}),
        {{u"Z"_s, u"Hoằng Khê"_s}});
    const auto table = CsvReader::parse(TrendFormats::writeCsv(series), u"trend.csv"_s);
    QVERIFY2(table.ok(), qPrintable(table.error().text()));
    QCOMPARE(table->header,
        (QStringList {u"series"_s, u"code"_s, u"name"_s, u"year"_s, u"index"_s, u"rank"_s, u"class"_s, u"status"_s,
            u"for_unit"_s, u"relation"_s, u"continues_into"_s, u"from_year"_s}));
    const QList<QStringList> expected = {
        {u"unit"_s, u"S1"_s, u"Quảng Cư"_s, u"2023"_s, {}, {}, {}, {}, {}, {}, {}, {}},
        {u"unit"_s, u"S1"_s, u"Quảng Cư"_s, u"2024"_s, {}, {}, {}, {}, {}, {}, {}, {}},
        {u"unit"_s, u"S1"_s, u"Quảng Cư"_s, u"2025"_s, u"81.00"_s, u"4"_s, u"good"_s, u"ranked"_s, {}, {}, {}, {}},
        // 28 + 49 = 77 (#6 of 7), 29 + 50 = 79 (#5 of 6): fair.
        {u"predecessor"_s, u"SP"_s, u"Sầm Sơn"_s, u"2023"_s, u"77.00"_s, u"6"_s, u"fair"_s, u"ranked"_s, u"S1"_s,
            u"split"_s, u"S1;S2"_s, u"2025"_s},
        {u"predecessor"_s, u"SP"_s, u"Sầm Sơn"_s, u"2024"_s, u"79.00"_s, u"5"_s, u"fair"_s, u"ranked"_s, u"S1"_s,
            u"split"_s, u"S1;S2"_s, u"2025"_s},
        {u"unit"_s, u"HN"_s, u"Hoằng Phú"_s, u"2023"_s, {}, {}, {}, {}, {}, {}, {}, {}},
        {u"unit"_s, u"HN"_s, u"Hoằng Phú"_s, u"2024"_s, {}, {}, {}, {}, {}, {}, {}, {}},
        {u"unit"_s, u"HN"_s, u"Hoằng Phú"_s, u"2025"_s, u"88.75"_s, u"2"_s, u"good"_s, u"ranked"_s, {}, {}, {}, {}},
        {u"predecessor"_s, u"HQ"_s, u"Hoằng Quý"_s, u"2023"_s, u"70.00"_s, u"7"_s, u"fair"_s, u"ranked"_s, u"HN"_s,
            u"merge"_s, u"HN"_s, u"2025"_s},
        {u"predecessor"_s, u"HQ"_s, u"Hoằng Quý"_s, u"2024"_s, u"71.00"_s, u"6"_s, u"fair"_s, u"ranked"_s, u"HN"_s,
            u"merge"_s, u"HN"_s, u"2025"_s},
        // Named, not dropped: one row, no year.
        {u"predecessor"_s, u"Z"_s, u"Hoằng Khê"_s, {}, {}, {}, {}, u"no_result_in_group"_s, u"HN"_s, u"merge"_s,
            u"HN"_s, u"2025"_s},
        {u"average"_s, {}, {}, u"2023"_s, u"80.36"_s, {}, {}, {}, {}, {}, {}, {}}, // 562.5 / 7
        {u"average"_s, {}, {}, u"2024"_s, u"82.08"_s, {}, {}, {}, {}, {}, {}, {}}, // 492.5 / 6
        {u"average"_s, {}, {}, u"2025"_s, u"83.35"_s, {}, {}, {}, {}, {}, {}, {}}, // 416.75 / 5
        {u"median"_s, {}, {}, u"2023"_s, u"80.00"_s, {}, {}, {}, {}, {}, {}, {}},
        {u"median"_s, {}, {}, u"2024"_s, u"81.50"_s, {}, {}, {}, {}, {}, {}, {}},
        {u"median"_s, {}, {}, u"2025"_s, u"82.00"_s, {}, {}, {}, {}, {}, {}, {}},
    };
    QCOMPARE(table->rows, expected);
    // The same series without lineage is the eight columns as before.
    QCOMPARE(TrendFormats::writeCsv(Trends::trend(reorganisedYears(), {u"S1"_s, u"HN"_s}, {})),
        TrendFormats::writeCsv(Trends::trend(reorganisedYears(), {u"S1"_s, u"HN"_s})));
}

void TestTrendFormats::lineageJson()
{
    const TrendSeries series = Trends::trend(reorganisedYears(), {u"HN"_s, u"T"_s}, reorganisation());
    const QJsonObject root = QJsonDocument::fromJson(TrendFormats::writeJson(series)).object();
    const QJsonArray units = root[u"units"_s].toArray();
    QVERIFY(!units[1].toObject().contains(u"predecessors"_s)); // Thọ Lập continues nothing
    const QJsonArray pre = units[0].toObject()[u"predecessors"_s].toArray();
    QStringList seen;
    for (const QJsonValue &v : pre) {
        const QJsonObject p = v.toObject();
        QStringList points;
        for (const QJsonValue &pt : p[u"points"_s].toArray())
            points.append(QString::number(pt.toObject()[u"year"_s].toInt()) + u'='
                + QString::number(pt.toObject()[u"index"_s].toDouble()));
        seen.append(p[u"code"_s].toString() + u' ' + p[u"relation"_s].toString() + u' '
            + p[u"continues_into"_s].toArray().at(0).toString() + u' ' + QString::number(p[u"from_year"_s].toInt())
            + u" d"_s + QString::number(p[u"depth"_s].toInt()) + u' ' + points.join(u',') + u" join "_s
            + QString::number(p[u"join_index"_s].toDouble()));
        QVERIFY(p[u"has_result"_s].toBool());
    }
    QCOMPARE(seen,
        (QStringList {u"HP merge HN 2025 d1 2023=90,2024=92.5 join 88.75"_s,
            u"HQ merge HN 2025 d1 2023=70,2024=71 join 88.75"_s, u"HX merge HN 2025 d1 2023=80,2024=83 join 88.75"_s,
            u"O merge HX 2024 d2 2023=82 join 83"_s}));
}

QTEST_GUILESS_MAIN(TestTrendFormats)
#include "tst_trendformats.moc"
