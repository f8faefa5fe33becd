// Searching names as people type them (model/textsearch.h): without accents and case, đ as d, composed or
// decomposed input alike, any part of the name, every word in any order.
#include "model/textsearch.h"

#include <QtTest/QTest>

using namespace parindex;
using namespace Qt::StringLiterals;

class TestTextSearch : public QObject
{
    Q_OBJECT
private slots:
    void folded_data();
    void folded();
    void matches_data();
    void matches();
};

void TestTextSearch::folded_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("plain") << u"UBND"_s << u"ubnd"_s;
    QTest::newRow("tones") << u"Tường Vân"_s << u"tuong van"_s;
    QTest::newRow("every vowel mark") << u"ăâêôơư áàảãạ ÁÀẢÃẠ"_s << u"aaeoou aaaaa aaaaa"_s;
    QTest::newRow("d with stroke, small") << u"đông"_s << u"dong"_s;
    QTest::newRow("d with stroke, capital") << u"Đức Thắng"_s << u"duc thang"_s;
    QTest::newRow("eth for Đ") << u"\u00D0ông"_s << u"dong"_s;
    // ằ composed (U+1EB1) and as a + breve (U+0306) + grave (U+0300); ó as o + acute (U+0301).
    QTest::newRow("composed") << u"Ho\u1EB1ng H\u00F3a"_s << u"hoang hoa"_s;
    QTest::newRow("decomposed") << u"Hoa\u0306\u0300ng Ho\u0301a"_s << u"hoang hoa"_s;
    QTest::newRow("old and new tone place") << u"Hoá Hòa"_s << u"hoa hoa"_s;
    QTest::newRow("white space") << u"  UBND\t huyện \n Hoằng  Hóa "_s << u"ubnd huyen hoang hoa"_s;
    QTest::newRow("punctuation kept") << u"Lao động - Thương binh"_s << u"lao dong - thuong binh"_s;
    QTest::newRow("codes") << u"H10"_s << u"h10"_s;
}

void TestTextSearch::folded()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(TextSearch::folded(text), expected);
}

void TestTextSearch::matches_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("found");
    QTest::newRow("nothing typed") << QString() << u"UBND huyện Tường Vân"_s << true;
    QTest::newRow("spaces only") << u"   "_s << u"UBND huyện Tường Vân"_s << true;
    QTest::newRow("part without accents") << u"tuong"_s << u"UBND huyện Tường Vân"_s << true;
    QTest::newRow("part with accents") << u"Tường"_s << u"UBND huyện Tường Vân"_s << true;
    QTest::newRow("inside a word") << u"ong v"_s << u"UBND huyện Tường Vân"_s << true;
    QTest::newRow("capitals") << u"TUONG VAN"_s << u"UBND huyện Tường Vân"_s << true;
    QTest::newRow("two words") << u"hoang hoa"_s << u"UBND huyện Hoằng Hóa"_s << true;
    QTest::newRow("words in any order") << u"hoa hoang"_s << u"UBND huyện Hoằng Hóa"_s << true;
    QTest::newRow("a word missing") << u"hoang son"_s << u"UBND huyện Hoằng Hóa"_s << false;
    QTest::newRow("d finds đ") << u"dong giang"_s << u"UBND huyện Đông Giang"_s << true;
    QTest::newRow("đ finds d") << u"đong"_s << u"Dong Hai"_s << true;
    QTest::newRow("Đ finds đ") << u"ĐÔNG"_s << u"phường đông thọ"_s << true;
    QTest::newRow("decomposed query") << u"Ho\u0301a"_s << u"UBND huyện Hoằng H\u00F3a"_s << true;
    QTest::newRow("composed query, decomposed name") << u"h\u00F3a"_s << u"Hoằng Ho\u0301a"_s << true;
    QTest::newRow("other name") << u"tuong"_s << u"UBND huyện Đông Giang"_s << false;
    QTest::newRow("longer than the name") << u"dong giang xyz"_s << u"Đông Giang"_s << false;
}

void TestTextSearch::matches()
{
    QFETCH(QString, typed);
    QFETCH(QString, name);
    QFETCH(bool, found);
    const SearchQuery query(typed);
    QCOMPARE(query.isEmpty(), typed.trimmed().isEmpty());
    QCOMPARE(query.matches(name), found);
    QCOMPARE(query.matchesFolded(TextSearch::folded(name)), found);
}

QTEST_APPLESS_MAIN(TestTextSearch)
#include "tst_textsearch.moc"
