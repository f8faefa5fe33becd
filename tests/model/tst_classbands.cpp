#include "model/classbands.h"

#include <QtCore/QTranslator>
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
    void rangeText_data();
    void rangeText();
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

// The indexes of each class in words, generated from the bands, in English and in the Vietnamese of the
// compiled translation (as councils write them: "từ 80 đến dưới 90", never "80 – < 90").
void TestClassBands::rangeText_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QList<ClassBands::Band>>("bands");
    QTest::addColumn<QStringList>("expected"); // Excellent, Good, Fair, Average, Weak

    const QList<ClassBands::Band> five = ClassBands::defaults().bands();
    const QList<ClassBands::Band> three = {{ClassCode::Excellent, *Fixed::parse(u"85.5")},
        {ClassCode::Good, Fixed::fromInt(75)}, {ClassCode::Fair, Fixed::fromInt(0)}};
    const QList<ClassBands::Band> one = {{ClassCode::Good, Fixed::fromInt(0)}};
    QTest::newRow("en, five bands") << u"en"_s << five
                                    << QStringList {u"90 and above"_s, u"80 to under 90"_s, u"70 to under 80"_s,
                                           u"50 to under 70"_s, u"under 50"_s};
    QTest::newRow("vi, five bands") << u"vi"_s << five
                                    << QStringList {u"từ 90 trở lên"_s, u"từ 80 đến dưới 90"_s, u"từ 70 đến dưới 80"_s,
                                           u"từ 50 đến dưới 70"_s, u"dưới 50"_s};
    QTest::newRow("en, three bands, a decimal")
        << u"en"_s << three
        << QStringList {u"85.5 and above"_s, u"75 to under 85.5"_s, u"under 75"_s, QString(), QString()};
    QTest::newRow("vi, three bands, decimal comma")
        << u"vi"_s << three
        << QStringList {u"từ 85,5 trở lên"_s, u"từ 75 đến dưới 85,5"_s, u"dưới 75"_s, QString(), QString()};
    QTest::newRow("vi, one band") << u"vi"_s << one
                                  << QStringList {QString(), u"từ 0 trở lên"_s, QString(), QString(), QString()};
}

void TestClassBands::rangeText()
{
    QFETCH(QString, language);
    QFETCH(QList<ClassBands::Band>, bands);
    QFETCH(QStringList, expected);
    QTranslator vietnamese;
    const bool vi = language == u"vi";
    if (vi) {
        QVERIFY(vietnamese.load(u":/i18n/parindex_vi"_s));
        QCoreApplication::installTranslator(&vietnamese);
    }
    const QLocale locale = vi ? QLocale(QLocale::Vietnamese, QLocale::Vietnam) : QLocale(QLocale::English);
    const auto built = ClassBands::build(bands);
    QVERIFY2(built.ok(), qPrintable(built.error().text()));
    const ClassCode codes[]
        = {ClassCode::Excellent, ClassCode::Good, ClassCode::Fair, ClassCode::Average, ClassCode::Weak};
    QStringList shown;
    for (ClassCode code : codes)
        shown.append(built->rangeText(code, locale));
    QCoreApplication::removeTranslator(&vietnamese);
    QCOMPARE(shown, expected);
}

QTEST_GUILESS_MAIN(TestClassBands)
#include "tst_classbands.moc"
