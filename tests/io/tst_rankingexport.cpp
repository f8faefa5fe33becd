// rank --format csv|json: the exact text for a small hand-made ranking with a tie (2, 2, 4), a unit
// without a previous rank, a unit listed without a rank, one to which no criterion applies and an incomplete one.
// Each row says its status; a unit without an index has no points, index or class (never a 0.00 or a partial 67.50).
// The ranking for people (the window's export): a title line, headers and class names in the UI's language, the
// index of each area, why a unit has no rank; in English as written and in Vietnamese through a translator.
#include "io/formats.h"

#include <QtCore/QFile>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTranslator>
#include <QtTest/QTest>

using namespace parindex;
using namespace Qt::StringLiterals;

namespace {
Fixed fx(const char *text)
{
    return *Fixed::parse(QString::fromLatin1(text));
}

AreaResult area(const QString &code, const char *points, const char *max)
{
    return {code, u"Lĩnh vực "_s + code, fx(points), fx(max), Fixed::percent(fx(points), fx(max))};
}

UnitResult result(const QString &code, const QString &name, const char *points, const char *max, ClassCode classCode,
    std::optional<int> rank, std::optional<int> previousRank, std::optional<int> rankChange,
    QList<AreaResult> areas = {})
{
    UnitResult r;
    r.unitCode = code;
    r.unitName = name;
    r.points = fx(points);
    r.max = fx(max);
    r.index = Fixed::percent(r.points, r.max);
    r.classCode = classCode;
    r.rank = rank;
    r.previousRank = previousRank;
    r.rankChange = rankChange;
    r.areas = std::move(areas);
    return r;
}

// HH: 81.25 of 95 = 85.526... -> 85.53, the same index as TX's 85.53 of 100: both rank 2, the next is 4.
RankingTable sampleRanking()
{
    RankingTable t;
    t.year = 2023;
    t.groupCode = u"HUYEN"_s;
    t.totalMax = Fixed::fromInt(100);
    t.ranked = {result(u"DS"_s, u"Đông Sơn"_s, "92.4", "100", ClassCode::Excellent, 1, 3, 2,
                    {area(u"1"_s, "6.5", "7"), area(u"2"_s, "85.9", "93")}),
        result(u"HH"_s, u"Hoằng Hóa"_s, "81.25", "95", ClassCode::Good, 2, 1, -1,
            {area(u"1"_s, "5.25", "7"), area(u"2"_s, "76", "88")}),
        result(u"TX"_s, u"Thọ Xuân"_s, "85.53", "100", ClassCode::Good, 2, std::nullopt, std::nullopt,
            {area(u"1"_s, "7", "7")}),
        result(u"NS"_s, u"Nga Sơn"_s, "70", "100", ClassCode::Fair, 4, 4, 0)};
    UnitResult special = result(u"KKT"_s, u"Ban Quản lý Khu kinh tế"_s, "88", "100", ClassCode::Good, std::nullopt,
        std::nullopt, std::nullopt, {area(u"1"_s, "8", "10")});
    special.ranked = false;
    // Every criterion not applicable: no maximum, no index. Ranked 5th last year.
    UnitResult nothing = result(
        u"ML"_s, u"Mường Lát"_s, "0", "0", ClassCode::Weak, std::nullopt, 5, std::nullopt, {area(u"1"_s, "0", "0")});
    t.unranked = {special, nothing};
    UnitResult incomplete
        = result(u"QX"_s, u"Quảng Xương"_s, "40.5", "60", ClassCode::Weak, std::nullopt, std::nullopt, std::nullopt);
    incomplete.missing = {u"1.2.1"_s, u"3.4"_s};
    t.incomplete = {incomplete};
    return t;
}
// The Vietnamese of the people's export, as the lead's parindex_vi.ts gives it (the test does not depend on it).
class Vietnamese : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return m_words.value(QString::fromUtf8(context) + u'|' + QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }

private:
    QHash<QString, QString> m_words {
        {u"FileFormats|Ranking of the PAR Index %1 of %2"_s, u"Xếp hạng Chỉ số CCHC năm %1 của %2"_s},
        {u"FileFormats|Rank"_s, u"Xếp hạng"_s},
        {u"FileFormats|Code"_s, u"Mã"_s},
        {u"FileFormats|Unit"_s, u"Cơ quan, đơn vị"_s},
        {u"FileFormats|Total points"_s, u"Tổng điểm đạt được"_s},
        {u"FileFormats|Maximum points"_s, u"Điểm tối đa"_s},
        {u"FileFormats|PAR Index (%)"_s, u"Chỉ số CCHC (%)"_s},
        {u"FileFormats|Class"_s, u"Xếp loại"_s},
        {u"FileFormats|Area %1. %2 (index, %)"_s, u"Lĩnh vực %1. %2 (chỉ số thành phần, %)"_s},
        {u"FileFormats|Rank last year"_s, u"Hạng năm trước"_s},
        {u"FileFormats|Rank change"_s, u"Tăng/giảm bậc"_s},
        {u"FileFormats|Note"_s, u"Ghi chú"_s},
        {u"ClassBands|Excellent"_s, u"Xuất sắc"_s},
        {u"ClassBands|Good"_s, u"Tốt"_s},
        {u"ClassBands|Fair"_s, u"Khá"_s},
        {u"StandingText|a unit of special status, listed without a rank"_s,
            u"đơn vị đặc thù, có tên trong danh sách nhưng không xếp hạng"_s},
    };
};
} // namespace

class TestRankingExport : public QObject
{
    Q_OBJECT
private slots:
    void csv();
    void csvEmpty();
    void json();
    void jsonFields();
    void rankingTitle_data();
    void rankingTitle();
    void peopleCsv();
    void peopleVietnamese();
};

void TestRankingExport::csv()
{
    QCOMPARE(FileFormats::writeRankingCsv(sampleRanking()),
        QByteArray("\xEF\xBB\xBF"
                   "rank,code,name,points,max,index,class,previous_rank,rank_change,status,reason,lineage\r\n"
                   "1,DS,Đông Sơn,92.4,100,92.40,excellent,3,2,ranked,,\r\n"
                   "2,HH,Hoằng Hóa,81.25,95,85.53,good,1,-1,ranked,,\r\n"
                   "2,TX,Thọ Xuân,85.53,100,85.53,good,,,ranked,,\r\n"
                   "4,NS,Nga Sơn,70,100,70.00,fair,4,0,ranked,,\r\n"
                   ",KKT,Ban Quản lý Khu kinh tế,88,100,88.00,good,,,not_ranked,"
                   "\"a unit of special status, listed without a rank\",\r\n"
                   ",ML,Mường Lát,,0,,,5,,not_ranked,"
                   "every criterion is not applicable to this unit (its applicable maximum is 0),\r\n"
                   ",QX,Quảng Xương,,60,,,,,incomplete,\"appraised scores missing: 1.2.1, 3.4\",\r\n"));
    // A unit merged from two: no rank change, and what it continues in the lineage column and the JSON.
    RankingTable merged = sampleRanking();
    merged.ranked[2].origin = UnitOrigin {UnitOrigin::Kind::Merged, {u"TX1"_s, u"TX2"_s}, {u"Xuân A"_s, u"Xuân B"_s}};
    QVERIFY(FileFormats::writeRankingCsv(merged).contains(
        "2,TX,Thọ Xuân,85.53,100,85.53,good,,,ranked,,\"merge:TX1;TX2\"\r\n"));
    const QJsonObject tx = QJsonDocument::fromJson(FileFormats::writeRankingJson(merged))
                               .object()
                               .value(u"units"_s)
                               .toArray()
                               .at(2)
                               .toObject();
    QCOMPARE(tx.value(u"lineage"_s).toObject(),
        (QJsonObject {{u"kind"_s, u"merge"_s}, {u"from"_s, QJsonArray {u"TX1"_s, u"TX2"_s}},
            {u"names"_s, QJsonArray {u"Xuân A"_s, u"Xuân B"_s}}}));
    QCOMPARE(tx.value(u"rank_change"_s), QJsonValue(QJsonValue::Null));
}

void TestRankingExport::csvEmpty()
{
    RankingTable t;
    t.year = 2024;
    t.groupCode = u"XA"_s;
    QCOMPARE(FileFormats::writeRankingCsv(t),
        QByteArray("\xEF\xBB\xBF"
                   "rank,code,name,points,max,index,class,previous_rank,rank_change,status,reason,lineage\r\n"));
}

void TestRankingExport::json()
{
    QFile expected(QStringLiteral(PARINDEX_TEST_DATA "/ranking-2023-huyen.json"));
    QVERIFY(expected.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(FileFormats::writeRankingJson(sampleRanking())), QString::fromUtf8(expected.readAll()));
}

void TestRankingExport::jsonFields()
{
    // What a script reads, field by field as formats.md names them.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(FileFormats::writeRankingJson(sampleRanking()), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(
        root.keys(), (QStringList {u"group"_s, u"incomplete"_s, u"total_max"_s, u"units"_s, u"unranked"_s, u"year"_s}));
    QCOMPARE(root[u"year"].toInt(), 2023);
    QCOMPARE(root[u"group"].toString(), u"HUYEN"_s);
    QCOMPARE(root[u"total_max"].toDouble(), 100.0);

    const QJsonArray units = root[u"units"].toArray();
    QCOMPARE(units.size(), 4);
    QStringList ranks;
    for (const QJsonValue &u : units)
        ranks.append(QString::number(u[u"rank"].toInt()));
    QCOMPARE(ranks, (QStringList {u"1"_s, u"2"_s, u"2"_s, u"4"_s}));
    const QJsonObject hh = units[1].toObject();
    QCOMPARE(hh.keys(),
        (QStringList {u"areas"_s, u"class"_s, u"code"_s, u"index"_s, u"max"_s, u"name"_s, u"points"_s,
            u"previous_rank"_s, u"rank"_s, u"rank_change"_s, u"status"_s}));
    QCOMPARE(hh[u"status"].toString(), u"ranked"_s);
    QCOMPARE(hh[u"index"].toDouble(), 85.53);
    QCOMPARE(hh[u"rank_change"].toInt(), -1);
    QCOMPARE(hh[u"areas"][1][u"points"].toDouble(), 76.0);
    QVERIFY(units[2][u"previous_rank"].isNull());
    QVERIFY(units[2][u"rank_change"].isNull());

    const QJsonArray unranked = root[u"unranked"].toArray();
    QCOMPARE(unranked.size(), 2);
    QVERIFY(unranked[0][u"rank"].isNull());
    QCOMPARE(unranked[0][u"class"].toString(), u"good"_s);
    QCOMPARE(unranked[0][u"index"].toDouble(), 88.0);
    QCOMPARE(unranked[0][u"status"].toString(), u"not_ranked"_s);
    QCOMPARE(unranked[0][u"reason"].toString(), u"a unit of special status, listed without a rank"_s);
    // No criterion applies to ML: null points, index and class, not 0 and "weak".
    const QJsonObject ml = unranked[1].toObject();
    QCOMPARE(ml[u"code"].toString(), u"ML"_s);
    QVERIFY(ml[u"points"].isNull());
    QVERIFY(ml[u"index"].isNull());
    QVERIFY(ml[u"class"].isNull());
    QVERIFY(ml[u"rank"].isNull());
    QCOMPARE(ml[u"max"].toDouble(), 0.0);
    QCOMPARE(ml[u"previous_rank"].toInt(), 5);
    QCOMPARE(ml[u"status"].toString(), u"not_ranked"_s);
    QCOMPARE(
        ml[u"reason"].toString(), u"every criterion is not applicable to this unit (its applicable maximum is 0)"_s);

    const QJsonArray incomplete = root[u"incomplete"].toArray();
    QCOMPARE(incomplete.size(), 1);
    QCOMPARE(
        incomplete[0].toObject().keys(), (QStringList {u"code"_s, u"missing"_s, u"name"_s, u"reason"_s, u"status"_s}));
    QCOMPARE(incomplete[0][u"missing"].toArray(), (QJsonArray {u"1.2.1"_s, u"3.4"_s}));
    QCOMPARE(incomplete[0][u"status"].toString(), u"incomplete"_s);
    QCOMPARE(incomplete[0][u"reason"].toString(), u"appraised scores missing: 1.2.1, 3.4"_s);
}

void TestRankingExport::rankingTitle_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("title");
    QTest::newRow("lower-case mid-sentence")
        << u"Sở, ban, ngành cấp tỉnh"_s << u"Ranking of the PAR Index 2024 of sở, ban, ngành cấp tỉnh"_s;
    QTest::newRow("abbreviation kept") << u"UBND cấp huyện"_s << u"Ranking of the PAR Index 2024 of UBND cấp huyện"_s;
    QTest::newRow("trimmed") << u" Xã "_s << u"Ranking of the PAR Index 2024 of xã"_s;
}

void TestRankingExport::rankingTitle()
{
    QFETCH(QString, group);
    QFETCH(QString, title);
    QCOMPARE(FileFormats::rankingTitle(2024, group), title);
}

void TestRankingExport::peopleCsv()
{
    // Numbers by hand: HH 81.25 / 95 = 85.526 -> 85.53; DS's areas 6.5 / 7 = 92.857 -> 92.86 and 85.9 / 93 =
    // 92.365 -> 92.37; HH's 5.25 / 7 = 75.00 and 76 / 88 = 86.364 -> 86.36. TX has no area 2: empty, not 0.
    const SheetData sheet = FileFormats::rankingSheetForPeople(sampleRanking(), u"UBND cấp huyện"_s);
    QCOMPARE(sheet.title, QStringList {u"Ranking of the PAR Index 2023 of UBND cấp huyện"_s});
    QCOMPARE(CsvWriter::write(sheet),
        QByteArray(
            "\xEF\xBB\xBF"
            "Ranking of the PAR Index 2023 of UBND cấp huyện\r\n"
            "\r\n"
            "Rank,Code,Unit,Total points,Maximum points,PAR Index (%),Class,"
            "\"Area 1. Lĩnh vực 1 (index, %)\",\"Area 2. Lĩnh vực 2 (index, %)\",Rank last year,Rank change,Note\r\n"
            "1,DS,Đông Sơn,92.40,100.00,92.40,Excellent,92.86,92.37,3,2,\r\n"
            "2,HH,Hoằng Hóa,81.25,95.00,85.53,Good,75.00,86.36,1,-1,\r\n"
            "2,TX,Thọ Xuân,85.53,100.00,85.53,Good,100.00,,,,\r\n"
            "4,NS,Nga Sơn,70.00,100.00,70.00,Fair,,,4,0,\r\n"
            ",KKT,Ban Quản lý Khu kinh tế,88.00,100.00,88.00,Good,80.00,,,,"
            "\"a unit of special status, listed without a rank\"\r\n"
            ",ML,Mường Lát,,0.00,,,,,5,,"
            "every criterion is not applicable to this unit (its applicable maximum is 0)\r\n"
            ",QX,Quảng Xương,,60.00,,,,,,,\"appraised scores missing: 1.2.1, 3.4\"\r\n"));
    // Numbers stay numbers for a workbook (Excel shows 92,40 to a Vietnamese reader).
    QCOMPARE(sheet.rows[0][5].number, std::optional<Fixed>(fx("92.4")));
    QCOMPARE(sheet.rows[0][5].decimals, 2);
}

void TestRankingExport::peopleVietnamese()
{
    Vietnamese vietnamese;
    QCoreApplication::installTranslator(&vietnamese);
    const SheetData sheet = FileFormats::rankingSheetForPeople(sampleRanking(), u"Sở, ban, ngành cấp tỉnh"_s);
    QCoreApplication::removeTranslator(&vietnamese);
    QCOMPARE(sheet.title, QStringList {u"Xếp hạng Chỉ số CCHC năm 2023 của sở, ban, ngành cấp tỉnh"_s});
    QCOMPARE(sheet.header,
        (QStringList {u"Xếp hạng"_s, u"Mã"_s, u"Cơ quan, đơn vị"_s, u"Tổng điểm đạt được"_s, u"Điểm tối đa"_s,
            u"Chỉ số CCHC (%)"_s, u"Xếp loại"_s, u"Lĩnh vực 1. Lĩnh vực 1 (chỉ số thành phần, %)"_s,
            u"Lĩnh vực 2. Lĩnh vực 2 (chỉ số thành phần, %)"_s, u"Hạng năm trước"_s, u"Tăng/giảm bậc"_s,
            u"Ghi chú"_s}));
    QStringList classes;
    for (const QList<SheetCell> &row : sheet.rows)
        classes.append(row[6].text);
    QCOMPARE(classes, (QStringList {u"Xuất sắc"_s, u"Tốt"_s, u"Tốt"_s, u"Khá"_s, u"Tốt"_s, {}, {}}));
    QCOMPARE(sheet.rows[4].last().text, u"đơn vị đặc thù, có tên trong danh sách nhưng không xếp hạng"_s);
    QCOMPARE(sheet.header.size(), sheet.rows[0].size());
}

QTEST_GUILESS_MAIN(TestRankingExport)
#include "tst_rankingexport.moc"
