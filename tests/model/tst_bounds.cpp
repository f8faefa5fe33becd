// The method's bounds (model/bounds.h): a tree of at most 1,000 points, each maximum and value within it, rates
// 0 to 100, at most 10,000 criteria, survey counts up to 10,000,000 per answer; refused beyond them with a
// message that names the bound, and exact arithmetic at them (hand-checked).
#include "../common/fixtures.h"
#include "model/bounds.h"
#include "model/criteriatree.h"
#include "model/survey.h"

#include <QtTest/QTest>

using namespace parindex;
using namespace Qt::StringLiterals;

using fixtures::crit;
using K = CriterionKind;

class TestBounds : public QObject
{
    Q_OBJECT
private slots:
    void refusedTrees_data();
    void refusedTrees();
    void treesAtTheBounds();
    void treeOfTooManyCriteria();
    void valueRanges_data();
    void valueRanges();
    void percentAtTheBounds_data();
    void percentAtTheBounds();
    void rateRulesAtTheBounds_data();
    void rateRulesAtTheBounds();
    void surveyAtTheBounds_data();
    void surveyAtTheBounds();
};

void TestBounds::refusedTrees_data()
{
    QTest::addColumn<QList<Criterion>>("criteria");
    QTest::addColumn<QString>("problem");
    // The tree: a maximum of 99999999999 overflowed Fixed::percent (a full score ranked at -84.47 %).
    QTest::newRow("the issue's maximum")
        << QList<Criterion> {crit(u"1"_s, u"99999999999"_s, K::Score)}
        << u"Criterion 1: the maximum points 99999999999 are above 1000, the most a criteria tree can have."_s;
    QTest::newRow("a ten-thousandth above")
        << QList<Criterion> {crit(u"1"_s, u"1000.0001"_s, K::Group), crit(u"1.1"_s, u"1"_s, K::Score)}
        << u"Criterion 1: the maximum points 1000.0001 are above 1000, the most a criteria tree can have."_s;
    QTest::newRow("a leaf above, under an area within")
        << QList<Criterion> {crit(u"1"_s, u"10"_s, K::Group), crit(u"1.1"_s, u"5000"_s, K::Score)}
        << u"Criterion 1.1: the maximum points 5000 are above 1000, the most a criteria tree can have."_s;
    QTest::newRow("a deduction above")
        << QList<Criterion> {crit(u"1"_s, u"10"_s, K::Group), crit(u"1.1"_s, u"10"_s, K::Score),
               crit(u"1.2"_s, u"1001"_s, K::Deduction)}
        << u"Criterion 1.2: the maximum points 1001 are above 1000, the most a criteria tree can have."_s;
    QTest::newRow("areas adding up above")
        << QList<Criterion> {crit(u"1"_s, u"600"_s, K::Score), crit(u"2"_s, u"400"_s, K::Score),
               crit(u"3"_s, u"0.0001"_s, K::Score)}
        << u"Area 3 brings the areas' maxima to 1000.0001 points, above 1000, the most a criteria tree can have."_s;
}

void TestBounds::refusedTrees()
{
    QFETCH(QList<Criterion>, criteria);
    QFETCH(QString, problem);
    const auto tree = CriteriaTree::build(criteria);
    QVERIFY(!tree.ok());
    QCOMPARE(tree.error().kind, Error::Kind::BadData);
    QCOMPARE(tree.error().details, QStringList {problem});
}

void TestBounds::treesAtTheBounds()
{
    // One criterion of 1,000 points, and ten areas of 100 each: exactly the bound.
    const auto single = CriteriaTree::build({crit(u"1"_s, u"1000"_s, K::Score)});
    QVERIFY2(single.ok(), qPrintable(single.error().text()));
    QCOMPARE(single->totalMax(), Bounds::MaxPoints);
    QList<Criterion> areas;
    for (int i = 1; i <= 10; ++i)
        areas.append(crit(QString::number(i), u"100"_s, K::Score));
    const auto ten = CriteriaTree::build(areas);
    QVERIFY2(ten.ok(), qPrintable(ten.error().text()));
    QCOMPARE(ten->totalMax().toString(), u"1000"_s);
    // A deduction does not count towards the areas' total: 1,000 of areas and a 1,000-point deduction.
    const auto withDeduction = CriteriaTree::build({crit(u"1"_s, u"1000"_s, K::Group),
        crit(u"1.1"_s, u"1000"_s, K::Score), crit(u"1.2"_s, u"1000"_s, K::Deduction)});
    QVERIFY2(withDeduction.ok(), qPrintable(withDeduction.error().text()));
}

void TestBounds::treeOfTooManyCriteria()
{
    // Groups 1.k of 99 sub-criteria each, until one criterion more than the bound.
    QList<Criterion> tree {crit(u"1"_s, u"100"_s, K::Group)};
    for (int k = 1; tree.size() <= Bounds::MaxCriteria; ++k) {
        tree.append(crit(u"1."_s + QString::number(k), u"1"_s, K::Group));
        for (int j = 1; j <= 99 && tree.size() <= Bounds::MaxCriteria; ++j)
            tree.append(crit(u"1.%1.%2"_s.arg(k).arg(j), u"0.01"_s, K::Score));
    }
    QCOMPARE(tree.size(), Bounds::MaxCriteria + 1);
    const auto refused = CriteriaTree::build(tree);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().details.last().startsWith(u"A criteria tree can have at most 10000 criteria; "_s),
        qPrintable(refused.error().text()));
    tree.removeLast();
    const auto largest = CriteriaTree::build(tree);
    QVERIFY2(largest.ok(), qPrintable(largest.error().text()));
    QCOMPARE(largest->size(), Bounds::MaxCriteria);
}

void TestBounds::valueRanges_data()
{
    QTest::addColumn<Criterion>("criterion");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("inRange");
    const Criterion score = crit(u"1"_s, u"1000"_s, K::Score);
    const Criterion rate = crit(u"1"_s, u"2"_s, K::Rate, u"linear"_s);
    const Criterion deduction = crit(u"1.2"_s, u"5"_s, K::Deduction);
    QTest::newRow("0") << score << u"0"_s << true;
    QTest::newRow("the largest maximum") << score << u"1000"_s << true;
    QTest::newRow("above the maximum") << score << u"1000.0001"_s << false;
    QTest::newRow("negative") << score << u"-0.0001"_s << false;
    QTest::newRow("rate 100") << rate << u"100"_s << true;
    QTest::newRow("rate above 100") << rate << u"100.0001"_s << false;
    QTest::newRow("rate negative") << rate << u"-1"_s << false;
    QTest::newRow("deduction at its maximum") << deduction << u"5"_s << true;
    QTest::newRow("deduction above") << deduction << u"5.0001"_s << false;
    QTest::newRow("deduction negative") << deduction << u"-0.5"_s << false;
}

void TestBounds::valueRanges()
{
    QFETCH(Criterion, criterion);
    QFETCH(QString, value);
    QFETCH(bool, inRange);
    QCOMPARE(criterion.isValueInRange(*Fixed::parse(value)), inRange);
}

void TestBounds::percentAtTheBounds_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<QString>("whole");
    QTest::addColumn<QString>("expected");
    QTest::newRow("all of 1000") << u"1000"_s << u"1000"_s << u"100"_s;
    // 999.9999 / 1000 = 99.99999 %: half up to two decimals is 100.00.
    QTest::newRow("a ten-thousandth short of 1000") << u"999.9999"_s << u"1000"_s << u"100"_s;
    // 999.9 / 1000 = 99.99 % exactly.
    QTest::newRow("999.9 of 1000") << u"999.9"_s << u"1000"_s << u"99.99"_s;
    // 0.0001 / 1000 = 0.00001 %: 0.00.
    QTest::newRow("a ten-thousandth of 1000") << u"0.0001"_s << u"1000"_s << u"0"_s;
    // 0.05 / 1000 = 0.005 %: half up is 0.01.
    QTest::newRow("0.05 of 1000") << u"0.05"_s << u"1000"_s << u"0.01"_s;
    // 1000 / 0.0001 = 10^9 %: a part as large as the bound over the smallest whole still fits.
    QTest::newRow("1000 of a ten-thousandth") << u"1000"_s << u"0.0001"_s << u"1000000000"_s;
}

void TestBounds::percentAtTheBounds()
{
    QFETCH(QString, part);
    QFETCH(QString, whole);
    QFETCH(QString, expected);
    QCOMPARE(Fixed::percent(*Fixed::parse(part), *Fixed::parse(whole)).toString(), expected);
}

void TestBounds::rateRulesAtTheBounds_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("expected");
    QTest::newRow("linear, 100 % of 1000") << u"linear"_s << u"100"_s << u"1000"_s;
    // 33.3333 % of 1000 = 333.333.
    QTest::newRow("linear, a third of 1000") << u"linear"_s << u"33.3333"_s << u"333.333"_s;
    // 0.0001 % of 1000 = 0.001.
    QTest::newRow("linear, a ten-thousandth percent") << u"linear"_s << u"0.0001"_s << u"0.001"_s;
    // A rate above 100 (a database changed outside the program) earns what 100 % earns, without overflow.
    QTest::newRow("linear, 10^11 %") << u"linear"_s << u"99999999999"_s << u"1000"_s;
    QTest::newRow("linear, negative") << u"linear"_s << u"-50"_s << u"0"_s;
    QTest::newRow("thresholds, 100") << u"100:1000;80:500"_s << u"100"_s << u"1000"_s;
    QTest::newRow("thresholds, 80") << u"100:1000;80:500"_s << u"80"_s << u"500"_s;
    QTest::newRow("thresholds, 79.9999") << u"100:1000;80:500"_s << u"79.9999"_s << u"0"_s;
}

void TestBounds::rateRulesAtTheBounds()
{
    QFETCH(QString, rule);
    QFETCH(QString, rate);
    QFETCH(QString, expected);
    QCOMPARE(RateRule::parse(rule)->points(*Fixed::parse(rate), Bounds::MaxPoints).toString(), expected);
}

void TestBounds::surveyAtTheBounds_data()
{
    QTest::addColumn<QString>("max");
    QTest::addColumn<QList<qint64>>("counts");
    QTest::addColumn<QString>("expected"); // empty: no points
    const qint64 most = Bounds::MaxAnswers;
    // max x (100a + 60b + 20c) / (100 (a + b + c + d + e))
    QTest::newRow("all A at the most, 1000") << u"1000"_s << QList<qint64> {most, 0, 0, 0, 0} << u"1000"_s;
    // 1000 x 180 x 10^7 / (100 x 5 x 10^7) = 1000 x 0.36 = 360.
    QTest::newRow("every answer at the most, 1000")
        << u"1000"_s << QList<qint64> {most, most, most, most, most} << u"360"_s;
    // 1000 x (100 x 10^7 + 20) / (100 x (10^7 + 1)) = 1000 x 0.9999999200000... = 999.99992 -> 999.9999.
    QTest::newRow("one C among the most A") << u"1000"_s << QList<qint64> {most, 0, 1, 0, 0} << u"999.9999"_s;
    // 0.0001 x 60 / 100 = 0.00006 -> 0.0001 (half up).
    QTest::newRow("all B of a ten-thousandth") << u"0.0001"_s << QList<qint64> {0, most, 0, 0, 0} << u"0.0001"_s;
    QTest::newRow("a count above the most") << u"1000"_s << QList<qint64> {most + 1, 0, 0, 0, 0} << QString();
    QTest::newRow("a negative count") << u"1000"_s << QList<qint64> {5, -1, 0, 0, 0} << QString();
    QTest::newRow("a maximum above the bound") << u"1000.0001"_s << QList<qint64> {1, 0, 0, 0, 0} << QString();
    QTest::newRow("nobody answered") << u"1000"_s << QList<qint64> {0, 0, 0, 0, 0} << QString();
}

void TestBounds::surveyAtTheBounds()
{
    QFETCH(QString, max);
    QFETCH(QList<qint64>, counts);
    QFETCH(QString, expected);
    const auto points = Survey::points(*Fixed::parse(max), {counts[0], counts[1], counts[2], counts[3], counts[4]});
    QCOMPARE(points.has_value(), !expected.isEmpty());
    if (points)
        QCOMPARE(points->toString(), expected);
    QVERIFY(Survey::isCountInRange(Bounds::MaxAnswers));
    QVERIFY(!Survey::isCountInRange(Bounds::MaxAnswers + 1));
}

QTEST_APPLESS_MAIN(TestBounds)
#include "tst_bounds.moc"
