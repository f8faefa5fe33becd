#include "model/fixed.h"

#include <QtTest/QTest>

#include <limits>

using namespace parindex;
using namespace Qt::StringLiterals;

class TestFixed : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void percent_data();
    void percent();
    void rounded_data();
    void rounded();
    void percentOf_data();
    void percentOf();
    void localeText();
    void shortestText_data();
    void shortestText();
};

void TestFixed::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("raw");
    QTest::newRow("integer") << u"12"_s << true << qint64(120000);
    QTest::newRow("decimal point") << u"12.5"_s << true << qint64(125000);
    QTest::newRow("decimal comma") << u"12,5"_s << true << qint64(125000);
    QTest::newRow("four decimals") << u"0.0001"_s << true << qint64(1);
    QTest::newRow("leading point") << u".25"_s << true << qint64(2500);
    QTest::newRow("trailing point") << u"3."_s << true << qint64(30000);
    QTest::newRow("spaces") << u"  7.75 "_s << true << qint64(77500);
    QTest::newRow("negative") << u"-1.5"_s << true << qint64(-15000);
    QTest::newRow("five decimals") << u"1.00001"_s << false << qint64(0);
    QTest::newRow("grouping") << u"1.234,5"_s << false << qint64(0);
    QTest::newRow("text") << u"abc"_s << false << qint64(0);
    QTest::newRow("empty") << u""_s << false << qint64(0);
    QTest::newRow("sign only") << u"-"_s << false << qint64(0);
    QTest::newRow("point only") << u"."_s << false << qint64(0);
    QTest::newRow("exponent") << u"1e3"_s << false << qint64(0);
    QTest::newRow("arabic-indic digit") << u"\u0661"_s << false << qint64(0);
}

void TestFixed::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, raw);
    const auto value = Fixed::parse(text);
    QCOMPARE(value.has_value(), valid);
    if (valid)
        QCOMPARE(value->raw(), raw);
}

void TestFixed::percent_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<QString>("whole");
    QTest::addColumn<QString>("expected");
    // Hand-checked: 68.32 / 84 = 0.813333.. -> 81.33 (domain.md's example).
    QTest::newRow("domain example") << u"68.32"_s << u"84"_s << u"81.33"_s;
    // Exactly half a hundredth rounds up; a double would give 84.99 for 84.985.
    QTest::newRow("84.995 of 100") << u"84.995"_s << u"100"_s << u"85.00"_s;
    QTest::newRow("84.985 of 100") << u"84.985"_s << u"100"_s << u"84.99"_s;
    QTest::newRow("84.9849 of 100") << u"84.9849"_s << u"100"_s << u"84.98"_s;
    // 0.145 is 0.14499999999999999 as a double: exact arithmetic must still give 0.15.
    QTest::newRow("0.145 of 100") << u"0.145"_s << u"100"_s << u"0.15"_s;
    // 67.998/80 = 84.9975 -> 85.00; 67.988/80 = 84.985 -> 84.99.
    QTest::newRow("67.998 of 80") << u"67.998"_s << u"80"_s << u"85.00"_s;
    QTest::newRow("67.988 of 80") << u"67.988"_s << u"80"_s << u"84.99"_s;
    QTest::newRow("two thirds") << u"2"_s << u"3"_s << u"66.67"_s;
    QTest::newRow("full") << u"84"_s << u"84"_s << u"100.00"_s;
    QTest::newRow("zero max") << u"0"_s << u"0"_s << u"0.00"_s;
    QTest::newRow("Dong Son 2023") << u"92.15"_s << u"100"_s << u"92.15"_s;
}

void TestFixed::percent()
{
    QFETCH(QString, part);
    QFETCH(QString, whole);
    QFETCH(QString, expected);
    QCOMPARE(Fixed::percent(*Fixed::parse(part), *Fixed::parse(whole)).toString(2), expected);
}

void TestFixed::rounded_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expected");
    QTest::newRow("half up") << u"2.345"_s << 2 << u"2.35"_s;
    QTest::newRow("below half") << u"2.3449"_s << 2 << u"2.34"_s;
    QTest::newRow("negative half away from zero") << u"-2.345"_s << 2 << u"-2.35"_s;
    QTest::newRow("to integer") << u"91.5"_s << 0 << u"92"_s;
    QTest::newRow("no change") << u"91.92"_s << 2 << u"91.92"_s;
    QTest::newRow("trimmed text") << u"91.9200"_s << -1 << u"91.92"_s;
    QTest::newRow("integer text") << u"100"_s << -1 << u"100"_s;
}

void TestFixed::rounded()
{
    QFETCH(QString, value);
    QFETCH(int, decimals);
    QFETCH(QString, expected);
    QCOMPARE(Fixed::parse(value)->toString(decimals), expected);
}

void TestFixed::percentOf_data()
{
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("whole");
    QTest::addColumn<QString>("expected");
    QTest::newRow("87.5% of 2") << u"87.5"_s << u"2"_s << u"1.75"_s;
    QTest::newRow("33.33% of 1.5") << u"33.33"_s << u"1.5"_s << u"0.5"_s; // 0.49995 -> 0.5000
    QTest::newRow("100% of 0.75") << u"100"_s << u"0.75"_s << u"0.75"_s;
    QTest::newRow("0%") << u"0"_s << u"3"_s << u"0"_s;
}

void TestFixed::percentOf()
{
    QFETCH(QString, rate);
    QFETCH(QString, whole);
    QFETCH(QString, expected);
    QCOMPARE(Fixed::percentOf(*Fixed::parse(rate), *Fixed::parse(whole)).toString(), expected);
}

void TestFixed::localeText()
{
    const Fixed v = *Fixed::parse(u"91.92");
    QCOMPARE(v.toString(QLocale(QLocale::Vietnamese, QLocale::Vietnam), 2), u"91,92"_s);
    QCOMPARE(v.toString(QLocale(QLocale::English, QLocale::UnitedStates), 2), u"91.92"_s);
    QCOMPARE(Fixed::fromInt(1234).toString(QLocale(QLocale::Vietnamese, QLocale::Vietnam), 2), u"1234,00"_s);
}

void TestFixed::shortestText_data()
{
    QTest::addColumn<qint64>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << u"0"_s;
    QTest::newRow("one ten-thousandth") << qint64(1) << u"0.0001"_s;
    QTest::newRow("negative small") << qint64(-5) << u"-0.0005"_s;
    QTest::newRow("trailing zeros dropped") << qint64(919200) << u"91.92"_s;
    QTest::newRow("inner zeros kept") << qint64(10005) << u"1.0005"_s;
    QTest::newRow("whole") << qint64(1000000) << u"100"_s;
    QTest::newRow("negative whole and half") << qint64(-25000) << u"-2.5"_s;
    QTest::newRow("largest") << std::numeric_limits<qint64>::max() << u"922337203685477.5807"_s;
    QTest::newRow("most negative") << std::numeric_limits<qint64>::min() << u"-922337203685477.5808"_s;
}

// toChars (the bulk paths' text) and toString() give the same shortest exact text.
void TestFixed::shortestText()
{
    QFETCH(qint64, raw);
    QFETCH(QString, expected);
    const Fixed v = Fixed::fromRaw(raw);
    char text[Fixed::MaxChars];
    const int n = v.toChars(text);
    QVERIFY(n <= Fixed::MaxChars);
    QCOMPARE(QString::fromLatin1(text, n), expected);
    QCOMPARE(v.toString(), expected);
    if (raw > -1'000'000'000'000 && raw < 1'000'000'000'000)
        QCOMPARE(Fixed::parse(expected), std::optional<Fixed>(v));
}

QTEST_APPLESS_MAIN(TestFixed)
#include "tst_fixed.moc"
