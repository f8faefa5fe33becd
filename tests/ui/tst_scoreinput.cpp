// What a score cell accepts: core's range, both decimal separators, what text can still become a value, and the mark on
// an appraised value that differs from the self-assessment without a note.
#include "scores/scoreinput.h"

#include <QtTest/QTest>
#include <QtWidgets/QApplication>

using namespace parindex;
using namespace Qt::StringLiterals;

class TestScoreInput : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void display_data();
    void display();
    void canBecomeValue_data();
    void canBecomeValue();
    void needsNote_data();
    void needsNote();
};

namespace {
Criterion criterion(const QString &code, int max, CriterionKind kind)
{
    Criterion c;
    c.code = code;
    c.title = u"Tiêu chí"_s;
    c.maxPoints = Fixed::fromInt(max);
    c.kind = kind;
    if (kind == CriterionKind::Rate)
        c.rule = RateRule::linear();
    return c;
}
const QLocale vietnamese(QLocale::Vietnamese, QLocale::Vietnam);
} // namespace

void TestScoreInput::parse_data()
{
    QTest::addColumn<int>("max");
    QTest::addColumn<bool>("rate");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("expected"); // the value in plain text, empty for none; or part of the error
    QTest::newRow("comma") << 2 << false << u"1,5"_s << true << u"1.5"_s;
    QTest::newRow("dot") << 2 << false << u"1.5"_s << true << u"1.5"_s;
    QTest::newRow("max itself") << 2 << false << u"2"_s << true << u"2"_s;
    QTest::newRow("zero") << 2 << false << u"0"_s << true << u"0"_s;
    QTest::newRow("four decimals") << 5 << false << u"3,1416"_s << true << u"3.1416"_s;
    QTest::newRow("spaces around") << 20 << false << u" 12,5 "_s << true << u"12.5"_s;
    QTest::newRow("empty clears") << 2 << false << u""_s << true << u""_s;
    QTest::newRow("above max") << 2 << false << u"2,5"_s << false
                               << u"Criterion 1.2.3 takes a value from 0 to 2 points."_s;
    QTest::newRow("just above max") << 2 << false << u"2,0001"_s << false << u"from 0 to 2 points"_s;
    QTest::newRow("negative") << 2 << false << u"-1"_s << false << u"from 0 to 2 points"_s;
    QTest::newRow("letters") << 2 << false << u"hai"_s << false << u"“hai” is not a number."_s;
    QTest::newRow("five decimals") << 2 << false << u"1,23456"_s << false << u"is not a number"_s;
    QTest::newRow("grouping") << 20 << false << u"1.000,5"_s << false << u"is not a number"_s;
    QTest::newRow("rate 100") << 4 << true << u"100"_s << true << u"100"_s;
    QTest::newRow("rate 85,5") << 4 << true << u"85,5"_s << true << u"85.5"_s;
    QTest::newRow("rate 101") << 4 << true << u"101"_s << false << u"Criterion 1.2.3 takes a rate from 0 to 100 %."_s;
}

void TestScoreInput::parse()
{
    QFETCH(int, max);
    QFETCH(bool, rate);
    QFETCH(QString, typed);
    QFETCH(bool, ok);
    QFETCH(QString, expected);
    const Criterion c = criterion(u"1.2.3"_s, max, rate ? CriterionKind::Rate : CriterionKind::Score);
    const auto result = ScoreInput::parse(c, typed, vietnamese);
    QCOMPARE(result.ok(), ok);
    if (ok)
        QCOMPARE(*result ? (*result)->toString() : QString(), expected);
    else
        QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
}

void TestScoreInput::display_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<bool>("rate");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("edit");
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("vi points") << vietnamese << false << u"91.92"_s << u"91,92"_s << u"91,92"_s;
    QTest::newRow("en points") << english << false << u"91.92"_s << u"91.92"_s << u"91.92"_s;
    QTest::newRow("vi no group separator") << vietnamese << false << u"1234.5"_s << u"1234,5"_s << u"1234,5"_s;
    QTest::newRow("vi rate") << vietnamese << true << u"85.5"_s << u"85,5 %"_s << u"85,5"_s;
    QTest::newRow("whole number") << vietnamese << false << u"12.0000"_s << u"12"_s << u"12"_s;
}

void TestScoreInput::display()
{
    QFETCH(QLocale, locale);
    QFETCH(bool, rate);
    QFETCH(QString, value);
    QFETCH(QString, display);
    QFETCH(QString, edit);
    const Criterion c = criterion(u"1"_s, 4, rate ? CriterionKind::Rate : CriterionKind::Score);
    QCOMPARE(ScoreInput::displayText(c, Fixed::parse(value), locale), display);
    QCOMPARE(ScoreInput::editText(Fixed::parse(value), locale), edit);
    QCOMPARE(ScoreInput::displayText(c, std::nullopt, locale), QString());
}

void TestScoreInput::canBecomeValue_data()
{
    QTest::addColumn<int>("max");
    QTest::addColumn<bool>("rate");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("reachable");
    QTest::newRow("comma") << 20 << false << u"12,5"_s << true;
    QTest::newRow("dot") << 20 << false << u"12.5"_s << true;
    QTest::newRow("four decimals") << 5 << false << u"3,1416"_s << true;
    QTest::newRow("trailing separator") << 20 << false << u"12,"_s << true;
    QTest::newRow("leading separator") << 2 << false << u",5"_s << true;
    QTest::newRow("lone separator") << 2 << false << u","_s << true;
    QTest::newRow("empty") << 2 << false << u""_s << true;
    QTest::newRow("the maximum") << 2 << false << u"2"_s << true;
    QTest::newRow("the maximum, waiting for decimals") << 2 << false << u"2,"_s << true;
    QTest::newRow("rate 100") << 2 << true << u"100"_s << true;
    QTest::newRow("above the maximum") << 2 << false << u"2,0001"_s << false;
    QTest::newRow("a digit too many") << 2 << false << u"10"_s << false;
    QTest::newRow("rate above 100") << 2 << true << u"100,5"_s << false;
    QTest::newRow("five decimals") << 5 << false << u"3,14159"_s << false;
    QTest::newRow("two separators") << 20 << false << u"1,2,3"_s << false;
    QTest::newRow("two separators at the end") << 20 << false << u"1,,"_s << false;
    QTest::newRow("mixed separators") << 20 << false << u"1.2,3"_s << false;
    QTest::newRow("letters") << 20 << false << u"12a"_s << false;
    QTest::newRow("minus") << 2 << false << u"-"_s << false;
    QTest::newRow("minus zero") << 2 << false << u"-0"_s << false;
    QTest::newRow("space inside") << 20 << false << u"1 2"_s << false;
}

void TestScoreInput::canBecomeValue()
{
    QFETCH(int, max);
    QFETCH(bool, rate);
    QFETCH(QString, text);
    QFETCH(bool, reachable);
    const Criterion c = criterion(u"1"_s, max, rate ? CriterionKind::Rate : CriterionKind::Score);
    QCOMPARE(ScoreInput::canBecomeValue(c, text), reachable);
}

void TestScoreInput::needsNote_data()
{
    QTest::addColumn<QString>("self");
    QTest::addColumn<QString>("appraised");
    QTest::addColumn<QString>("note");
    QTest::addColumn<bool>("marked");
    QTest::newRow("equal") << u"3"_s << u"3"_s << u""_s << false;
    QTest::newRow("differs, no note") << u"3"_s << u"2,5"_s << u""_s << true;
    QTest::newRow("differs, blank note") << u"3"_s << u"2,5"_s << u"  "_s << true;
    QTest::newRow("differs, with note") << u"3"_s << u"2,5"_s << u"Thiếu tài liệu kiểm chứng"_s << false;
    QTest::newRow("no self value") << u""_s << u"2,5"_s << u""_s << false;
    QTest::newRow("not appraised yet") << u"3"_s << u""_s << u""_s << false;
}

void TestScoreInput::needsNote()
{
    QFETCH(QString, self);
    QFETCH(QString, appraised);
    QFETCH(QString, note);
    QFETCH(bool, marked);
    ScoreEntry entry;
    entry.selfValue = Fixed::parse(self);
    entry.appraised = Fixed::parse(appraised);
    entry.note = note;
    QCOMPARE(ScoreInput::needsNote(entry), marked);
}

QTEST_MAIN(TestScoreInput)
#include "tst_scoreinput.moc"
