#include "model/classbands.h"

#include <QtTest/QTest>

using namespace parindex;
using namespace Qt::StringLiterals;

class TestClassBands : public QObject
{
    Q_OBJECT
private slots:
    void classify_data();
    void classify();
    void fourBands();
    void invalid();
};

void TestClassBands::classify_data()
{
    QTest::addColumn<QString>("index");
    QTest::addColumn<ClassCode>("expected");
    QTest::newRow("100") << u"100"_s << ClassCode::Excellent;
    QTest::newRow("90.00 is excellent") << u"90"_s << ClassCode::Excellent;
    QTest::newRow("89.99 is good") << u"89.99"_s << ClassCode::Good;
    QTest::newRow("Phong Dien 86.19") << u"86.19"_s << ClassCode::Good;
    QTest::newRow("80.00 is good") << u"80"_s << ClassCode::Good;
    QTest::newRow("79.99 is fair") << u"79.99"_s << ClassCode::Fair;
    QTest::newRow("70 is fair") << u"70"_s << ClassCode::Fair;
    QTest::newRow("50 is average") << u"50"_s << ClassCode::Average;
    QTest::newRow("49.99 is weak") << u"49.99"_s << ClassCode::Weak;
    QTest::newRow("0 is weak") << u"0"_s << ClassCode::Weak;
}

void TestClassBands::classify()
{
    QFETCH(QString, index);
    QFETCH(ClassCode, expected);
    QCOMPARE(ClassBands::defaults().classify(*Fixed::parse(index)), expected);
}

void TestClassBands::fourBands()
{
    const auto bands = ClassBands::build({{ClassCode::Fair, Fixed::fromInt(0)},
        {ClassCode::Excellent, Fixed::fromInt(85)}, {ClassCode::Good, Fixed::fromInt(75)}});
    QVERIFY2(bands.ok(), qPrintable(bands.error().text()));
    QCOMPARE(bands->bands().first().code, ClassCode::Excellent);
    QCOMPARE(bands->classify(*Fixed::parse(u"84.99")), ClassCode::Good);
    QCOMPARE(bands->classify(*Fixed::parse(u"12")), ClassCode::Fair);
}

void TestClassBands::invalid()
{
    const auto notDecreasing = ClassBands::build({{ClassCode::Excellent, Fixed::fromInt(80)},
        {ClassCode::Good, Fixed::fromInt(85)}, {ClassCode::Weak, Fixed::fromInt(0)}});
    QVERIFY(!notDecreasing.ok());
    QVERIFY(notDecreasing.error().details.join(u'\n').contains(u"must start below"_s));
    const auto noZero
        = ClassBands::build({{ClassCode::Excellent, Fixed::fromInt(90)}, {ClassCode::Good, Fixed::fromInt(10)}});
    QVERIFY(!noZero.ok());
    QVERIFY(noZero.error().details.join(u'\n').contains(u"must start at 0"_s));
    QVERIFY(!ClassBands::build({}).ok());
}

QTEST_APPLESS_MAIN(TestClassBands)
#include "tst_classbands.moc"
