#include "../common/fixtures.h"
#include "model/criteriatree.h"

#include <QtTest/QTest>

using namespace parindex;
using namespace Qt::StringLiterals;

using fixtures::crit;
using K = CriterionKind;

class TestCriteriaTree : public QObject
{
    Q_OBJECT
private slots:
    void structure();
    void problems_data();
    void problems();
    void warnings();
};

void TestCriteriaTree::structure()
{
    const auto tree = CriteriaTree::build({crit(u"1"_s, u"60"_s, K::Group), crit(u"1.1"_s, u"40"_s, K::Group),
        crit(u"1.1.1"_s, u"40"_s, K::Score), crit(u"1.2"_s, u"20"_s, K::Rate, u"linear"_s),
        crit(u"1.3"_s, u"5"_s, K::Deduction), crit(u"2"_s, u"40"_s, K::Survey)});
    QVERIFY2(tree.ok(), qPrintable(tree.error().text()));
    QCOMPARE(tree->size(), 6);
    QCOMPARE(tree->roots(), (QList<qsizetype> {0, 5}));
    QCOMPARE(tree->leaves(), (QList<qsizetype> {2, 3, 4, 5}));
    QCOMPARE(tree->childrenOf(0), (QList<qsizetype> {1, 3, 4}));
    QCOMPARE(tree->parentOf(2), 1);
    QCOMPARE(tree->areaOf(2), 0);
    QCOMPARE(tree->depthOf(2), 2);
    QCOMPARE(tree->indexOf(u"1.2"_s), 3);
    QCOMPARE(tree->indexOf(u"9"_s), -1);
    QCOMPARE(tree->totalMax(), Fixed::fromInt(100));
    QVERIFY2(tree->warnings().isEmpty(), qPrintable(tree->warnings().join(u'\n')));
}

void TestCriteriaTree::problems_data()
{
    QTest::addColumn<QList<Criterion>>("criteria");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("bad code") << QList<Criterion> {crit(u"1.a"_s, u"1"_s, K::Score)} << u"numbers joined by dots"_s;
    QTest::newRow("leading zero") << QList<Criterion> {crit(u"01"_s, u"1"_s, K::Score)} << u"numbers joined by dots"_s;
    QTest::newRow("duplicate") << QList<Criterion> {crit(u"1"_s, u"1"_s, K::Score), crit(u"1"_s, u"1"_s, K::Score)}
                               << u"more than once"_s;
    QTest::newRow("parent missing") << QList<Criterion> {crit(u"1.1"_s, u"1"_s, K::Score)} << u"parent 1 is missing"_s;
    QTest::newRow("parent after child") << QList<Criterion> {crit(u"1.1"_s, u"1"_s, K::Score),
        crit(u"1"_s, u"1"_s, K::Group)} << u"comes after"_s;
    QTest::newRow("parent not a group") << QList<Criterion> {crit(u"1"_s, u"1"_s, K::Score),
        crit(u"1.1"_s, u"1"_s, K::Score)}
                                        << u"not of kind group"_s;
    QTest::newRow("rate without rule") << QList<Criterion> {crit(u"1"_s, u"1"_s, K::Rate)} << u"has no rule"_s;
    QTest::newRow("rule on a score") << QList<Criterion> {crit(u"1"_s, u"1"_s, K::Score, u"linear"_s)}
                                     << u"not a rate criterion"_s;
    QTest::newRow("rule above max") << QList<Criterion> {crit(u"1"_s, u"1"_s, K::Rate, u"100:2"_s)}
                                    << u"more than its maximum"_s;
    QTest::newRow("deduction at the root") << QList<Criterion> {crit(u"1"_s, u"1"_s, K::Deduction)} << u"must belong"_s;
    QTest::newRow("negative max") << QList<Criterion> {crit(u"1"_s, u"-1"_s, K::Score)} << u"negative"_s;
}

void TestCriteriaTree::problems()
{
    QFETCH(QList<Criterion>, criteria);
    QFETCH(QString, fragment);
    const auto tree = CriteriaTree::build(criteria);
    QVERIFY(!tree.ok());
    QCOMPARE(tree.error().kind, Error::Kind::BadData);
    QVERIFY2(tree.error().details.join(u'\n').contains(fragment), qPrintable(tree.error().text()));
}

void TestCriteriaTree::warnings()
{
    const auto tree = CriteriaTree::build({crit(u"1"_s, u"8"_s, K::Group), crit(u"1.1"_s, u"3"_s, K::Score),
        crit(u"1.2"_s, u"4.5"_s, K::Score), crit(u"1.3"_s, u"2"_s, K::Deduction), crit(u"2"_s, u"5"_s, K::Group)});
    QVERIFY(tree.ok());
    const QStringList w = tree->warnings();
    QCOMPARE(w.size(), 3);
    QVERIFY(w.contains(u"The areas add up to 13 points, not 100."_s));
    QVERIFY(w.contains(u"The sub-criteria of 1 add up to 7.5 points; its maximum is 8."_s));
    QVERIFY(w.contains(u"Criterion 2 is a group without sub-criteria."_s));
}

QTEST_APPLESS_MAIN(TestCriteriaTree)
#include "tst_criteriatree.moc"
