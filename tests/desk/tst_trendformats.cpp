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

QTEST_GUILESS_MAIN(TestTrendFormats)
#include "tst_trendformats.moc"
