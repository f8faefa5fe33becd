// The news of a ranking (summary): the facts read from three years of a group (tests/common/threeyearfile.h, where
// every expected number is worked out by hand), and the sentences a press office writes from them.
#include "common/threeyearfile.h"
#include "desk/periodranking.h"
#include "desk/publication.h"
#include "desk/rankingsummary.h"
#include "desk/rankingtext.h"
#include "desk/summarytext.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <cstdlib>
#include <tuple>

using namespace parindex;
using namespace Qt::StringLiterals;

namespace {
QString text(const std::optional<Fixed> &v)
{
    return v ? v->toString(2) : u"-"_s;
}

QString text(const std::optional<int> &v)
{
    return v ? QString::number(*v) : u"-"_s;
}

// "A+2,D+2" (code and change against the year compared)
QString moves(const QList<SummaryEntry> &entries)
{
    QStringList out;
    for (const SummaryEntry &e : entries)
        out.append(
            e.code + (e.rank < *e.earlierRank ? u"+"_s : u"-"_s) + QString::number(std::abs(*e.earlierRank - e.rank)));
    return out.join(u',');
}

QString codes(const QList<SummaryEntry> &entries)
{
    QStringList out;
    for (const SummaryEntry &e : entries)
        out.append(e.code);
    return out.join(u',');
}
} // namespace

class TestRankingSummary : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void groupFacts_data();
    void groupFacts();
    void unitFacts_data();
    void unitFacts();
    void exampleSentences_data();
    void exampleSentences();
    void wholeText_data();
    void wholeText();
    void json();
    void everyGroupOfTheYear();
    void refusals_data();
    void refusals();
    void mergerOfThreeCommunes();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestRankingSummary::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = test::threeYears(m_dir.filePath(u"three.parindex"_s));
}

void TestRankingSummary::groupFacts_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("published"); // this year, the year before, two years before: 1 final, 0 not, - none
    QTest::addColumn<QString>("averages"); // this year, the year before, two years before
    QTest::addColumn<QString>("changes"); // on the year before, on two years before
    QTest::addColumn<QString>("classes");
    QTest::addColumn<QString>("firstLast");
    QTest::addColumn<QString>("oneYear"); // risers | fallers
    QTest::addColumn<QString>("twoYears");
    // Hand-checked in tests/common/threeyearfile.h.
    QTest::newRow("2023: provisional, ties among the two-year risers")
        << 2023 << u"0 1 1"_s << u"84.70 84.13 72.42"_s << u"0.57 12.28"_s
        << u"excellent=2 good=3 fair=2 average=0 weak=0"_s << u"A | B"_s << u"A+2 | B-5"_s << u"A+2,D+2,G+2 | C-5"_s;
    QTest::newRow("2022: published, a tie at the bottom, no 2020")
        << 2022 << u"1 1 -"_s << u"84.13 72.42 -"_s << u"11.71 -"_s << u"excellent=1 good=2 fair=2 average=0 weak=0"_s
        << u"E | C,D"_s << u"B+2 | C-3"_s << u"not compared"_s;
    QTest::newRow("2021: no Xuất sắc, nothing before")
        << 2021 << u"1 - -"_s << u"72.42 - -"_s << u"- -"_s << u"excellent=0 good=3 fair=1 average=2 weak=0"_s
        << u"C | G"_s << u"not compared"_s << u"not compared"_s;
}

void TestRankingSummary::groupFacts()
{
    QFETCH(int, year);
    QFETCH(QString, published);
    QFETCH(QString, averages);
    QFETCH(QString, changes);
    QFETCH(QString, classes);
    QFETCH(QString, firstLast);
    QFETCH(QString, oneYear);
    QFETCH(QString, twoYears);
    const auto all = RankingSummary::load(*m_db, year, u"HUYEN"_s);
    QVERIFY2(all, qPrintable(all.error().text()));
    QCOMPARE(all->size(), 1);
    const GroupSummary &s = all->first();
    const auto flag = [](const SummaryYear &y) { return y.exists ? (y.published ? u"1"_s : u"0"_s) : u"-"_s; };
    QCOMPARE(QStringList({flag(s.now), flag(s.earlier[0]), flag(s.earlier[1])}).join(u' '), published);
    QCOMPARE(QStringList({text(s.now.average), text(s.earlier[0].average), text(s.earlier[1].average)}).join(u' '),
        averages);
    QCOMPARE(QStringList({text(s.averageChange(0)), text(s.averageChange(1))}).join(u' '), changes);
    QStringList counted;
    for (const auto &[code, n] : s.classes)
        counted.append(classCodeName(code) + u'=' + QString::number(n));
    QCOMPARE(counted.join(u' '), classes);
    QCOMPARE(codes(s.first) + u" | "_s + codes(s.last), firstLast);
    const auto movers = [](const SummaryMovers &m) {
        return m.compared ? moves(m.risers) + u" | "_s + moves(m.fallers) : u"not compared"_s;
    };
    QCOMPARE(movers(s.movers[0]), oneYear);
    QCOMPARE(movers(s.movers[1]), twoYears);
}

void TestRankingSummary::unitFacts_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("now"); // rank/of index class
    QTest::addColumn<QString>("earlier"); // rank/of index, for the year before and two years before; - not ranked
    QTest::addColumn<QString>("changes"); // on the year before, on two years before
    QTest::newRow("Hoằng Hóa 2023") << 2023 << u"E"_s << u"2/7 91.92 excellent"_s << u"1/5 92.14; 2/6 85.00"_s
                                    << u"-1 0"_s;
    QTest::newRow("Ngọc Lặc: not in 2022") << 2023 << u"G"_s << u"4/7 84.00 good"_s << u"-; 6/6 50.00"_s << u"- 2"_s;
    QTest::newRow("Mê Linh: new in 2023") << 2023 << u"F"_s << u"5/7 80.00 good"_s << u"-; -"_s << u"- -"_s;
    QTest::newRow("Đông Sơn 2022: tied") << 2022 << u"D"_s << u"4/5 79.00 fair"_s << u"5/6 60.00; -"_s << u"1 -"_s;
}

void TestRankingSummary::unitFacts()
{
    QFETCH(int, year);
    QFETCH(QString, unit);
    QFETCH(QString, now);
    QFETCH(QString, earlier);
    QFETCH(QString, changes);
    const auto all = RankingSummary::load(*m_db, year, u"HUYEN"_s, unit);
    QVERIFY2(all, qPrintable(all.error().text()));
    QVERIFY(all->first().unit);
    const UnitSummary &u = *all->first().unit;
    QCOMPARE(u"%1/%2 %3 %4"_s.arg(text(u.rank)).arg(u.of).arg(text(u.index), classCodeName(*u.classCode)), now);
    QStringList then;
    for (const SummaryUnitYear &y : u.earlier)
        then.append(y.rank ? u"%1/%2 %3"_s.arg(*y.rank).arg(y.of).arg(text(y.index)) : u"-"_s);
    QCOMPARE(then.join(u"; "_s), earlier);
    QCOMPARE(text(u.change(0)) + u' ' + text(u.change(1)), changes);
    QVERIFY(u.formedFrom.isEmpty()); // lineage is not in the file yet
}

// The sentences of the issue, from facts made by hand (a group of 30, as in the newspaper).
void TestRankingSummary::exampleSentences_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QList<int>>("ranks"); // this year, the year before, two years before; 0: not ranked
    QTest::addColumn<QStringList>("indices");
    QTest::addColumn<QList<bool>>("published");
    QTest::addColumn<int>("language");
    QTest::addColumn<QStringList>("expected");
    const int vi = int(SummaryText::Language::Vietnamese);
    const int en = int(SummaryText::Language::English);
    QTest::newRow("Hoằng Hóa") << u"Hoằng Hóa"_s << QList<int> {2, 2, 3}
                               << QStringList {u"91.92"_s, u"92.14"_s, u"90"_s} << QList<bool> {true, true, true} << vi
                               << QStringList {u"Hoằng Hóa xếp thứ 2/30, giữ nguyên thứ hạng so với năm 2022 và tăng "
                                               u"1 bậc so với năm 2021."_s,
                                      u"Hoằng Hóa xếp thứ 2 với 91,92%, năm 2022 cũng xếp thứ 2 với 92,14%, năm 2021 "
                                      u"xếp thứ 3 với 90,00%."_s,
                                      u"Năm 2023 Hoằng Hóa đạt loại Xuất sắc."_s};
    QTest::newRow("Mê Linh") << u"Mê Linh"_s << QList<int> {13, 19, 23} << QStringList {u"85.4"_s, u"82.1"_s, u"80"_s}
                             << QList<bool> {true, true, true} << vi
                             << QStringList {u"Mê Linh xếp thứ 13/30, tăng 6 bậc so với năm 2022 và 10 bậc so với năm "
                                             u"2021."_s,
                                    u"Mê Linh xếp thứ 13 với 85,40%, năm 2022 xếp thứ 19 với 82,10%, năm 2021 xếp thứ "
                                    u"23 với 80,00%."_s,
                                    u"Năm 2023 Mê Linh đạt loại Tốt."_s};
    QTest::newRow("up then down, this year provisional")
        << u"Mê Linh"_s << QList<int> {13, 15, 12} << QStringList {u"85.4"_s, u"82.1"_s, u"80"_s}
        << QList<bool> {false, true, true} << vi
        << QStringList {
               u"Mê Linh xếp thứ 13/30 (tạm tính), tăng 2 bậc so với năm 2022 và giảm 1 bậc so với năm 2021."_s,
               u"Mê Linh xếp thứ 13 với 85,40% (tạm tính), năm 2022 xếp thứ 15 với 82,10%, năm 2021 xếp thứ 12 với "
               u"80,00%."_s,
               u"Năm 2023 Mê Linh đạt loại Tốt (tạm tính)."_s};
    QTest::newRow("not ranked the year before")
        << u"Mê Linh"_s << QList<int> {13, 0, 23} << QStringList {u"85.4"_s, u""_s, u"80"_s}
        << QList<bool> {true, true, true} << vi
        << QStringList {u"Mê Linh xếp thứ 13/30, năm 2022 chưa được xếp hạng và "
                        u"tăng 10 bậc so với năm 2021."_s,
               u"Mê Linh xếp thứ 13 với 85,40%, năm 2021 xếp thứ 23 với 80,00%."_s,
               u"Năm 2023 Mê Linh đạt loại Tốt."_s};
    QTest::newRow("English")
        << u"Mê Linh"_s << QList<int> {13, 19, 13} << QStringList {u"85.4"_s, u"82.1"_s, u"80"_s}
        << QList<bool> {true, false, true} << en
        << QStringList {u"Mê Linh ranks 13/30, up 6 places on 2022 (provisional) and unchanged on "
                        u"2021."_s,
               u"Mê Linh ranks 13th with 85.40%; in 2022 (provisional) it ranked 19th with 82.10%; "
               u"in 2021 it also ranked 13th with 80.00%."_s,
               u"In 2023 Mê Linh is classed Good."_s};
}

void TestRankingSummary::exampleSentences()
{
    QFETCH(QString, name);
    QFETCH(QList<int>, ranks);
    QFETCH(QStringList, indices);
    QFETCH(QList<bool>, published);
    QFETCH(int, language);
    QFETCH(QStringList, expected);
    GroupSummary s;
    s.now.year = 2023;
    s.now.exists = true;
    s.now.published = published[0];
    UnitSummary u;
    u.name = name;
    u.rank = ranks[0];
    u.of = 30;
    u.index = Fixed::parse(indices[0]);
    u.classCode = ClassBands::defaults().classify(*u.index);
    for (int i : {1, 2}) {
        SummaryUnitYear y {2023 - i, true, published[i], {}, 30, {}, {}};
        if (ranks[i] > 0) {
            y.rank = ranks[i];
            y.index = Fixed::parse(indices[i]);
        }
        u.earlier.append(y);
    }
    s.unit = u;
    QCOMPARE(SummaryText::unitSentences(s, SummaryText::Language(language)), expected);
}

void TestRankingSummary::wholeText_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("2023 vi, Hoằng Hóa")
        << 2023 << u"E"_s << int(SummaryText::Language::Vietnamese)
        << u"Chỉ số cải cách hành chính năm 2023 – UBND cấp huyện (7 đơn vị được xếp hạng)\n"
           "DỰ THẢO: kỳ đánh giá năm 2023 chưa chốt kết quả, các số liệu năm 2023 là tạm tính.\n"
           "- Chỉ số bình quân đạt 84,70% (tạm tính), tăng 0,57 điểm so với năm 2022 (84,13%) và tăng 12,28 điểm so "
           "với năm 2021 (72,42%).\n"
           "- Xếp loại: 2 đơn vị đạt loại Xuất sắc, 3 đơn vị đạt loại Tốt, 2 đơn vị đạt loại Khá; không có đơn vị nào "
           "đạt loại Trung bình hoặc Yếu.\n"
           "- Dẫn đầu là An Lão với 95,00%; đứng cuối là Bá Thước (thứ 7/7) với 75,00%.\n"
           "- So với năm 2022: tăng nhiều bậc nhất là An Lão (tăng 2 bậc, từ thứ 3 lên thứ 1); giảm nhiều bậc nhất là "
           "Bá Thước (giảm 5 bậc, từ thứ 2 xuống thứ 7).\n"
           "- So với năm 2021: tăng nhiều bậc nhất là An Lão, Đông Sơn và Ngọc Lặc (cùng tăng 2 bậc: An Lão từ thứ 3 "
           "lên thứ 1, Đông Sơn từ thứ 5 lên thứ 3, Ngọc Lặc từ thứ 6 lên thứ 4); giảm nhiều bậc nhất là Cẩm Thủy "
           "(giảm "
           "5 bậc, từ thứ 1 xuống thứ 6).\n"
           "Hoằng Hóa xếp thứ 2/7 (tạm tính), giảm 1 bậc so với năm 2022 và giữ nguyên thứ hạng so với năm 2021.\n"
           "Hoằng Hóa xếp thứ 2 với 91,92% (tạm tính), năm 2022 xếp thứ 1 với 92,14%, năm 2021 cũng xếp thứ 2 với "
           "85,00%.\n"
           "Năm 2023 Hoằng Hóa đạt loại Xuất sắc (tạm tính).\n"_s;
    QTest::newRow("2021 vi: no Xuất sắc, no earlier years")
        << 2021 << QString() << int(SummaryText::Language::Vietnamese)
        << u"Chỉ số cải cách hành chính năm 2021 – UBND cấp huyện (6 đơn vị được xếp hạng)\n"
           "- Chỉ số bình quân đạt 72,42%, năm 2020 và năm 2019 chưa có kỳ đánh giá.\n"
           "- Xếp loại: 3 đơn vị đạt loại Tốt, 1 đơn vị đạt loại Khá, 2 đơn vị đạt loại Trung bình; không có đơn vị "
           "nào đạt loại Xuất sắc hoặc Yếu.\n"
           "- Dẫn đầu là Cẩm Thủy với 89,50%; đứng cuối là Ngọc Lặc (thứ 6/6) với 50,00%.\n"
           "- So với năm 2020: không có kết quả xếp hạng năm 2020 để so sánh.\n"
           "- So với năm 2019: không có kết quả xếp hạng năm 2019 để so sánh.\n"_s;
    QTest::newRow("2022 en, Ngọc Lặc not listed, Đông Sơn tied last")
        << 2022 << u"D"_s << int(SummaryText::Language::English)
        << u"PAR Index 2022 – UBND cấp huyện (5 units ranked)\n"
           "- The average index is 84.13%, up 11.71 points on 2021 (72.42%) and 2020 has no period.\n"
           "- Classes: 1 unit Excellent, 2 units Good, 2 units Fair; no unit Average or Weak.\n"
           "- First: Hoằng Hóa with 92.14%; last: Cẩm Thủy and Đông Sơn (joint 4th of 5) with 79.00%.\n"
           "- Against 2021: the largest rise Bá Thước (up 2 places, from 4th to 2nd); the largest fall Cẩm Thủy (down "
           "3 places, from 1st to 4th).\n"
           "- Against 2020: there is no ranking of 2020 to compare with.\n"
           "Đông Sơn ranks 4/5, up 1 place on 2021 and 2020 has no period.\n"
           "Đông Sơn ranks 4th with 79.00%; in 2021 it ranked 5th with 60.00%.\n"
           "In 2022 Đông Sơn is classed Fair.\n"_s;
}

void TestRankingSummary::wholeText()
{
    QFETCH(int, year);
    QFETCH(QString, unit);
    QFETCH(int, language);
    QFETCH(QString, expected);
    const auto all = RankingSummary::load(*m_db, year, u"HUYEN"_s, unit);
    QVERIFY2(all, qPrintable(all.error().text()));
    const QString text = SummaryText::format(*all, SummaryText::Language(language));
    QVERIFY2(text == expected, qPrintable(u"\n"_s + text));
}

void TestRankingSummary::json()
{
    const auto all = RankingSummary::load(*m_db, 2023, u"HUYEN"_s, u"G"_s);
    QVERIFY(all);
    const QJsonObject o = QJsonDocument::fromJson(SummaryText::writeJson(*all, true)).object();
    QCOMPARE(o.value(u"group"_s).toString(), u"HUYEN"_s);
    QCOMPARE(o.value(u"year"_s).toInt(), 2023);
    QCOMPARE(o.value(u"published"_s).toBool(), false);
    QCOMPARE(o.value(u"units"_s).toInt(), 7);
    QCOMPARE(o.value(u"average"_s).toDouble(), 84.70);
    QCOMPARE(o.value(u"previous_average"_s).toDouble(), 84.13);
    QCOMPARE(o.value(u"average_change"_s).toDouble(), 0.57);
    QCOMPARE(o.value(u"average_change_2y"_s).toDouble(), 12.28);
    QCOMPARE(o.value(u"previous_published"_s).toBool(), true);
    QCOMPARE(o.value(u"classes"_s).toObject().value(u"excellent"_s).toInt(), 2);
    QCOMPARE(o.value(u"classes"_s).toObject().value(u"average"_s).toInt(), 0);
    QCOMPARE(o.value(u"risers_2y"_s).toArray().size(), 3);
    QCOMPARE(o.value(u"fallers"_s).toArray().first().toObject().value(u"code"_s).toString(), u"B"_s);
    QCOMPARE(o.value(u"fallers"_s).toArray().first().toObject().value(u"rank_change"_s).toInt(), -5);
    QCOMPARE(o.value(u"fallers"_s).toArray().first().toObject().value(u"rank_change_2y"_s).toInt(), -3);
    const QJsonObject unit = o.value(u"unit"_s).toObject();
    QCOMPARE(unit.value(u"rank"_s).toInt(), 4);
    QCOMPARE(unit.value(u"of"_s).toInt(), 7);
    QVERIFY(unit.value(u"rank_change"_s).isNull()); // not ranked in 2022: no number against nothing
    QCOMPARE(unit.value(u"rank_change_2y"_s).toInt(), 2);
    QVERIFY(unit.value(u"lineage"_s).isNull());

    const auto y2021 = RankingSummary::load(*m_db, 2021, u"HUYEN"_s);
    const QJsonObject first = QJsonDocument::fromJson(SummaryText::writeJson(*y2021, true)).object();
    QVERIFY(first.value(u"risers"_s).isNull()); // no 2020: not compared, not "nobody rose"
    QVERIFY(first.value(u"previous_average"_s).isNull());
}

void TestRankingSummary::everyGroupOfTheYear()
{
    const auto all = RankingSummary::load(*m_db, 2023);
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).groupCode, u"SO"_s);
    QCOMPARE(text(all->at(0).now.average), u"91.77"_s); // (92.62 + 90.91) / 2 = 91.765 -> 91.77
    QCOMPARE(all->at(1).groupCode, u"HUYEN"_s);
    // Only HUYEN has 2022.
    QCOMPARE(RankingSummary::load(*m_db, 2022)->size(), 1);
    // A unit without a group: the group that lists it that year.
    const auto byUnit = RankingSummary::load(*m_db, 2023, {}, u"S2"_s);
    QVERIFY(byUnit);
    QCOMPARE(byUnit->size(), 1);
    QCOMPARE(byUnit->first().groupCode, u"SO"_s);
    QCOMPARE(text(byUnit->first().unit->rank), u"2"_s);
}

void TestRankingSummary::refusals_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown group") << 2023 << u"XA"_s << QString() << u"There is no group XA in the file."_s;
    QTest::newRow("no period") << 2020 << u"HUYEN"_s << QString() << u"Group HUYEN has no period of 2020."_s;
    QTest::newRow("no period at all") << 2030 << QString() << QString() << u"No group has a period of 2030."_s;
    QTest::newRow("unit of another group")
        << 2023 << u"HUYEN"_s << u"S1"_s << u"S1 (Sở Tư pháp) is not among the units of HUYEN in 2023."_s;
    QTest::newRow("unit not in that year")
        << 2022 << u"HUYEN"_s << u"F"_s << u"F (Mê Linh) is not among the units of HUYEN in 2022."_s;
    QTest::newRow("unknown unit") << 2023 << u"HUYEN"_s << u"ZZ"_s << u"There is no unit ZZ in the file."_s;
    QTest::newRow("unit in no group that year")
        << 2022 << QString() << u"G"_s << u"G (Ngọc Lặc) is not in the ranking of any group in 2022."_s;
}

void TestRankingSummary::refusals()
{
    QFETCH(int, year);
    QFETCH(QString, group);
    QFETCH(QString, unit);
    QFETCH(QString, message);
    const auto all = RankingSummary::load(*m_db, year, group, unit);
    QVERIFY(!all);
    QCOMPARE(all.error().kind, Error::Kind::NotFound);
    QCOMPARE(all.error().text(), message);
}

namespace {
// Group XA, one criterion of 100 points (a unit's index is its value):
//   2024 (final)                          2025 (appraising; lineage of 2025)
//   D Xã Đông Tiến   90  #1               R Xã Rạng Đông  92  #1  renamed from D: was #1, "="
//   X Xã Xuân Lâm    85  #2               N Xã Nam Tiến   88  #2  merged from A, B, C: new, no number
//   A Xã An Hòa      80  #3               X Xã Xuân Lâm   84  #3  was #2: down 1
//   B Xã Bình Minh   70  #4
//   C Xã Cẩm Tân     60  #5
std::unique_ptr<Database> mergerFile(const QString &path, qint64 *y2025)
{
    auto db = Database::create(path);
    if (!db)
        qFatal("%s", qPrintable(db.error().text()));
    const auto must = [](const Status &s) {
        if (!s)
            qFatal("%s", qPrintable(s.error().text()));
    };
    must((*db)->saveGroup({u"XA"_s, u"UBND cấp xã"_s, 0}));
    QList<Unit> units;
    for (const auto &[code, name, since, retired] : QList<std::tuple<QString, QString, int, int>> {
             {u"A"_s, u"Xã An Hòa"_s, 0, 2025}, {u"B"_s, u"Xã Bình Minh"_s, 0, 2025},
             {u"C"_s, u"Xã Cẩm Tân"_s, 0, 2025}, {u"D"_s, u"Xã Đông Tiến"_s, 0, 2025}, {u"X"_s, u"Xã Xuân Lâm"_s, 0, 0},
             {u"N"_s, u"Xã Nam Tiến"_s, 2025, 0}, {u"R"_s, u"Xã Rạng Đông"_s, 2025, 0}}) {
        Unit u;
        u.code = code;
        u.name = name;
        u.groupCode = u"XA"_s;
        if (since)
            u.sinceYear = since;
        if (retired)
            u.retiredYear = retired;
        units.append(u);
    }
    must((*db)->importUnits(units));
    Criterion area;
    area.code = u"1"_s;
    area.title = u"Cải cách hành chính"_s;
    area.maxPoints = Fixed::fromInt(100);
    area.kind = CriterionKind::Group;
    Criterion leaf = area;
    leaf.code = u"1.1"_s;
    leaf.title = u"Kết quả"_s;
    leaf.kind = CriterionKind::Score;
    const CriteriaTree tree = *CriteriaTree::build({area, leaf});
    const auto period = [&](int year, const QList<std::pair<QString, QString>> &values) {
        const auto p = (*db)->addPeriod(year, u"XA"_s);
        must(p ? Status() : Status(p.error()));
        must((*db)->replaceCriteria(p->id, tree));
        QList<ScoreRow> rows;
        for (const auto &[code, value] : values)
            rows.append({code, u"1.1"_s, std::nullopt, Fixed::parse(value), std::nullopt, std::nullopt});
        must((*db)->importScores(p->id, rows));
        return p->id;
    };
    const qint64 y2024
        = period(2024, {{u"A"_s, u"80"_s}, {u"B"_s, u"70"_s}, {u"C"_s, u"60"_s}, {u"D"_s, u"90"_s}, {u"X"_s, u"85"_s}});
    must(Publication::finalize(**db, y2024, u"10/QĐ-UBND"_s, QDate(2025, 2, 10)));
    *y2025 = period(2025, {{u"N"_s, u"88"_s}, {u"R"_s, u"92"_s}, {u"X"_s, u"84"_s}});
    must((*db)->setLineage(
        {{2025, u"N"_s, u"A"_s}, {2025, u"N"_s, u"B"_s}, {2025, u"N"_s, u"C"_s}, {2025, u"R"_s, u"D"_s}}));
    return std::move(db).value();
}

QString changes(const RankingTable &t)
{
    QStringList out;
    for (const UnitResult &r : t.ranked)
        out.append(u"%1 #%2 %3"_s.arg(r.unitCode).arg(*r.rank).arg(RankingText::change(r, QLocale::c())));
    return out.join(u" | "_s);
}
} // namespace

void TestRankingSummary::mergerOfThreeCommunes()
{
    QTemporaryDir dir;
    qint64 y2025 = 0;
    const auto db = mergerFile(dir.filePath(u"merger.parindex"_s), &y2025);
    const QString expected = u"R #1 = | N #2 new (merged from Xã An Hòa, Xã Bình Minh and Xã Cẩm Tân) | X #3 ▼ 1"_s;
    const auto now = rankFromCells(*db, 2025, u"XA"_s);
    QVERIFY2(now.ok(), qPrintable(now.error().text()));
    QCOMPARE(changes(*now), expected);
    QCOMPARE(now->find(u"R"_s)->previousRank, 1); // D's rank
    QCOMPARE(now->find(u"N"_s)->previousRank, std::nullopt);
    // The same through the window's way (the sheets kept) and the summary: N is new, never compared with a number.
    const auto input = loadRankingInput(*db, 2025, u"XA"_s);
    QVERIFY(input.ok());
    QCOMPARE(changes(computeRanking(*input)), expected);
    const auto summary = RankingSummary::load(*db, 2025, u"XA"_s, u"N"_s);
    QVERIFY2(summary.ok(), qPrintable(summary.error().text()));
    QCOMPARE(summary->first().unit->formedFrom, (QStringList {u"Xã An Hòa"_s, u"Xã Bình Minh"_s, u"Xã Cẩm Tân"_s}));
    QVERIFY2(SummaryText::format(summary->first(), SummaryText::Language::Vietnamese)
                 .contains(u"là đơn vị mới (hợp nhất từ Xã An Hòa, Xã Bình Minh và Xã Cẩm Tân)"_s),
        qPrintable(SummaryText::format(summary->first(), SummaryText::Language::Vietnamese)));

    // Published: the record keeps it, check finds it the same, and the lineage of 2025 no longer changes.
    QVERIFY(Publication::finalize(*db, y2025, u"20/QĐ-UBND"_s, QDate(2026, 2, 10)).ok());
    const auto period = db->period(2025, u"XA"_s);
    const auto kept = Publication::ranking(*db, *period);
    QVERIFY(kept.ok() && kept->has_value());
    QCOMPARE(changes(**kept), expected);
    QCOMPARE((*kept)->find(u"N"_s)->origin->codes, (QStringList {u"A"_s, u"B"_s, u"C"_s}));
    const CheckReport report = Publication::check(*db);
    QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
    const auto before = db->lineage();
    const Status refused = db->setLineage({{2025, u"N"_s, u"A"_s}, {2025, u"N"_s, u"B"_s}, {2025, u"R"_s, u"D"_s}});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QVERIFY2(refused.error().text().contains(u"2025/XA is final (decision 20/QĐ-UBND) and lists unit N"_s),
        qPrintable(refused.error().text()));
    QCOMPARE(*db->lineage(), *before);
    // A link of another year, which no final period reads, is still recorded.
    QVERIFY(db->setLineage(*before + QList<LineageLink> {{2026, u"X"_s, u"R"_s}}).ok());
}

QTEST_GUILESS_MAIN(TestRankingSummary)
#include "tst_rankingsummary.moc"
