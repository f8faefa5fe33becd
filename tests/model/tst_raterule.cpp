#include "model/raterule.h"

#include <QtTest/QTest>

using namespace parindex;
using namespace Qt::StringLiterals;

class TestRateRule : public QObject
{
    Q_OBJECT
private slots:
    void points_data();
    void points();
    void invalid_data();
    void invalid();
    void textRoundTrip();
};

void TestRateRule::points_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("max");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("expected");
    QTest::newRow("linear 87.5% of 2") << u"linear"_s << u"2"_s << u"87.5"_s << u"1.75"_s;
    QTest::newRow("linear 100%") << u"linear"_s << u"1.5"_s << u"100"_s << u"1.5"_s;
    QTest::newRow("linear 0%") << u"linear"_s << u"1.5"_s << u"0"_s << u"0"_s;
    QTest::newRow("threshold exactly at the top") << u"100:1;80:0.5"_s << u"1"_s << u"100"_s << u"1"_s;
    QTest::newRow("threshold between") << u"100:1;80:0.5"_s << u"1"_s << u"99.99"_s << u"0.5"_s;
    QTest::newRow("threshold exactly at the lower") << u"100:1;80:0.5"_s << u"1"_s << u"80"_s << u"0.5"_s;
    QTest::newRow("threshold below all") << u"100:1;80:0.5"_s << u"1"_s << u"79.99"_s << u"0"_s;
    QTest::newRow("thresholds given in any order") << u"50:0.25;90:1;70:0.5"_s << u"1"_s << u"75"_s << u"0.5"_s;
    QTest::newRow("decimal comma in rule") << u"95,5:2;0:0,5"_s << u"2"_s << u"10"_s << u"0.5"_s;
}

void TestRateRule::points()
{
    QFETCH(QString, rule);
    QFETCH(QString, max);
    QFETCH(QString, rate);
    QFETCH(QString, expected);
    const auto r = RateRule::parse(rule);
    QVERIFY2(r.ok(), qPrintable(r.error().text()));
    QCOMPARE(r->points(*Fixed::parse(rate), *Fixed::parse(max)).toString(), expected);
}

void TestRateRule::invalid_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("no colon") << u"100-1"_s << u"rate:points"_s;
    QTest::newRow("rate above 100") << u"120:1"_s << u"outside 0 to 100"_s;
    QTest::newRow("negative points") << u"80:-1"_s << u"negative"_s;
    QTest::newRow("duplicate rate") << u"80:1;80:0.5"_s << u"twice"_s;
    QTest::newRow("word") << u"proportional"_s << u"rate:points"_s;
}

void TestRateRule::invalid()
{
    QFETCH(QString, rule);
    QFETCH(QString, fragment);
    const auto r = RateRule::parse(rule);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(fragment), qPrintable(r.error().message));
}

void TestRateRule::textRoundTrip()
{
    const auto r = RateRule::parse(u"80:0.5;100:1");
    QVERIFY(r.ok());
    QCOMPARE(r->toString(), u"100:1;80:0.5"_s);
    QCOMPARE(*RateRule::parse(r->toString()), *r);
    QCOMPARE(RateRule::parse(u"LINEAR")->type(), RateRule::Type::Linear);
    QCOMPARE(RateRule::parse(u"")->type(), RateRule::Type::None);
}

QTEST_APPLESS_MAIN(TestRateRule)
#include "tst_raterule.moc"
