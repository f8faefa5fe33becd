#include "decisionfixture.h"
#include "render/decision/decisiondocument.h"
#include "render/decision/decisiontexts.h"
#include "render/decision/decisionwording.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtTest/QTest>

using namespace parindex;
using namespace parindex::fixtures;
using namespace Qt::StringLiterals;

// The words of the decision: Decree 30 dates and numbers, default texts, and their JSON form.
class TestDecisionTexts : public QObject
{
    Q_OBJECT

private slots:
    void writtenDate_data();
    void writtenDate();
    void romanNumeral_data();
    void romanNumeral();
    void groupPhrase_data();
    void groupPhrase();
    void numberLine_data();
    void numberLine();
    void blankDateOfDraft();
    void attachedTo();
    void annexLabels();
    void defaultsFollowThePeriod();
    void lawFollowsTheYear();
    void jsonRoundTrip();
    void partialJsonKeepsDefaults();
    void wrongTypesKeepDefaults();
};

void TestDecisionTexts::writtenDate_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    QTest::newRow("day and month 2 padded") << QDate(2024, 2, 2) << u"ngày 02 tháng 02 năm 2024"_s;
    QTest::newRow("march not padded") << QDate(2024, 3, 5) << u"ngày 05 tháng 3 năm 2024"_s;
    QTest::newRow("january padded") << QDate(2025, 1, 9) << u"ngày 09 tháng 01 năm 2025"_s;
    QTest::newRow("two-digit day") << QDate(2024, 9, 10) << u"ngày 10 tháng 9 năm 2024"_s;
    QTest::newRow("october") << QDate(2023, 10, 31) << u"ngày 31 tháng 10 năm 2023"_s;
    QTest::newRow("december") << QDate(2024, 12, 15) << u"ngày 15 tháng 12 năm 2024"_s;
    QTest::newRow("invalid") << QDate() << QString();
}

void TestDecisionTexts::writtenDate()
{
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QCOMPARE(DecisionWording::writtenDate(date), expected);
}

void TestDecisionTexts::romanNumeral_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1") << 1 << u"I"_s;
    QTest::newRow("3") << 3 << u"III"_s;
    QTest::newRow("4") << 4 << u"IV"_s;
    QTest::newRow("9") << 9 << u"IX"_s;
    QTest::newRow("14") << 14 << u"XIV"_s;
    QTest::newRow("40") << 40 << u"XL"_s;
}

void TestDecisionTexts::romanNumeral()
{
    QFETCH(int, number);
    QFETCH(QString, expected);
    QCOMPARE(DecisionWording::romanNumeral(number), expected);
}

void TestDecisionTexts::groupPhrase_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("departments") << u"Sở, ban, ngành cấp tỉnh"_s << u"các sở, ban, ngành cấp tỉnh"_s;
    QTest::newRow("acronym kept") << u"UBND cấp huyện"_s << u"UBND cấp huyện"_s;
    QTest::newRow("communes") << u"Ủy ban nhân dân cấp xã"_s << u"các ủy ban nhân dân cấp xã"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestDecisionTexts::groupPhrase()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(DecisionWording::groupPhrase(name), expected);
}

void TestDecisionTexts::numberLine_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("expected");
    QTest::newRow("full") << u"600/QĐ-UBND"_s << u"Số: 600/QĐ-UBND"_s;
    QTest::newRow("number only takes the symbol") << u"600"_s << u"Số: 600/QĐ-UBND"_s;
    QTest::newRow("spaces trimmed") << u" 45/QĐ-UBND "_s << u"Số: 45/QĐ-UBND"_s;
    QTest::newRow("blank for a draft") << QString() << u"Số:        /QĐ-UBND"_s;
}

void TestDecisionTexts::numberLine()
{
    QFETCH(QString, number);
    QFETCH(QString, expected);
    DecisionDocument doc = DecisionDocument::withDefaultTexts(2023, {districts()}, u"Minh Hòa"_s);
    doc.number = number;
    QCOMPARE(doc.numberLine(), expected);
}

void TestDecisionTexts::blankDateOfDraft()
{
    DecisionDocument doc = DecisionDocument::withDefaultTexts(2023, {districts()}, u"Minh Hòa"_s);
    // Not signed yet: blanks for day and month, the year after the one measured.
    QCOMPARE(doc.placeAndDate(), u"Minh Hòa, ngày      tháng      năm 2024"_s);
    doc.date = QDate(2024, 3, 5);
    QCOMPARE(doc.placeAndDate(), u"Minh Hòa, ngày 05 tháng 3 năm 2024"_s);
}

void TestDecisionTexts::attachedTo()
{
    const DecisionDocument doc = finalDecision({districts()});
    QCOMPARE(doc.attachedTo(),
        u"(Kèm theo Quyết định số 600/QĐ-UBND ngày 02 tháng 02 năm 2024 của Ủy ban nhân dân tỉnh Minh Hòa)"_s);
    QCOMPARE(doc.documentTitle(),
        u"Quyết định số 600/QĐ-UBND về việc công bố Chỉ số cải cách hành chính năm 2023 của UBND cấp huyện"_s);
}

void TestDecisionTexts::annexLabels()
{
    DecisionDocument doc = finalDecision({districts(), districts()});
    QCOMPARE(doc.annexCount(), 3);
    QCOMPARE(doc.annexLabel(0), u"Phụ lục I"_s);
    QCOMPARE(doc.annexLabel(2), u"Phụ lục III"_s);
    QVERIFY(doc.texts.articles.first().contains(u"Phụ lục I và Phụ lục II kèm theo"_s));
    QVERIFY(doc.texts.articles.first().contains(u"tại Phụ lục III kèm theo"_s));
    // A single annex is "Phụ lục", without a numeral (Decree 30).
    doc.texts.methodologyAnnex = false;
    doc.annexes.removeLast();
    QCOMPARE(doc.annexLabel(0), u"Phụ lục"_s);
}

void TestDecisionTexts::defaultsFollowThePeriod()
{
    DecisionContext context;
    context.province = u"Minh Hòa"_s;
    context.year = 2023;
    context.groupNames = {u"Sở, ban, ngành cấp tỉnh"_s, u"UBND cấp huyện"_s};
    const DecisionTexts t = DecisionTexts::defaults(context);
    QCOMPARE(t.superiorBody, u"ỦY BAN NHÂN DÂN"_s);
    QCOMPARE(t.issuingBody, u"TỈNH MINH HÒA"_s);
    QCOMPARE(t.place, u"Minh Hòa"_s);
    QCOMPARE(t.subject,
        u"Về việc công bố Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành cấp tỉnh và UBND cấp huyện"_s);
    QCOMPARE(t.issuerTitle, u"ỦY BAN NHÂN DÂN TỈNH MINH HÒA"_s);
    QCOMPARE(t.articles.size(), 3);
    QVERIFY(t.articles[1].contains(u"hiệu lực thi hành kể từ ngày ký"_s));
    QVERIFY(t.articles[2].endsWith(u"./."_s));
    for (const QString &basis : t.bases)
        QVERIFY2(basis.startsWith(u"Căn cứ "_s) && basis.endsWith(u';'), qPrintable(basis));
    QCOMPARE(t.recipients.first(), u"Như Điều 3;"_s);
    QVERIFY(t.recipients.last().startsWith(u"Lưu: VT"_s));
    QCOMPARE(t.signature.authority, u"TM. ỦY BAN NHÂN DÂN"_s);
    QCOMPARE(t.signature.capacity, u"KT. CHỦ TỊCH"_s);
    QCOMPARE(t.signature.title, u"PHÓ CHỦ TỊCH"_s);
    QCOMPARE(t.classLabel(ClassCode::Excellent), u"Xuất sắc"_s);
    QCOMPARE(t.classLabel(ClassCode::Average), u"Trung bình"_s);

    // A province nobody has named yet leaves a blank to fill in, not a wrong name.
    context.province.clear();
    QCOMPARE(DecisionTexts::defaults(context).issuingBody, u"TỈNH ……"_s);
}

void TestDecisionTexts::lawFollowsTheYear()
{
    DecisionContext context;
    context.year = 2024;
    QVERIFY(DecisionTexts::defaults(context).bases.first().contains(u"ngày 19 tháng 6 năm 2015"_s));
    context.year = 2025; // signed in 2026, under the law of 16 June 2025
    QVERIFY(DecisionTexts::defaults(context).bases.first().contains(u"ngày 16 tháng 6 năm 2025"_s));
}

void TestDecisionTexts::jsonRoundTrip()
{
    DecisionContext context {u"Minh Hòa"_s, 2023, {u"UBND cấp huyện"_s}, true};
    DecisionTexts t = DecisionTexts::defaults(context);
    t.bases.append(u"Căn cứ Tờ trình số 12/TTr-SNV ngày 20 tháng 01 năm 2024 của Sở Nội vụ;"_s);
    t.signature.name = u"Lê Thị Hà"_s;
    t.classLabels[ClassCode::Good] = u"Tốt (B)"_s;
    t.methodologyAnnex = false;
    t.annexCharts = true;
    const QByteArray bytes = QJsonDocument(t.toJson()).toJson(QJsonDocument::Compact);
    const DecisionTexts back = DecisionTexts::fromJson(QJsonDocument::fromJson(bytes).object(), context);
    QCOMPARE(back, t);
}

void TestDecisionTexts::partialJsonKeepsDefaults()
{
    // What a file stores when only the province was set: everything else follows from it.
    const DecisionContext context {QString(), 2023, {u"UBND cấp huyện"_s}, true};
    const DecisionTexts t = DecisionTexts::fromJson(QJsonObject {{u"province"_s, u"Thừa Thiên Huế"_s}}, context);
    QCOMPARE(t.issuingBody, u"TỈNH THỪA THIÊN HUẾ"_s);
    QCOMPARE(t.place, u"Thừa Thiên Huế"_s);
    QCOMPARE(t.annexAttribution, u"của Ủy ban nhân dân tỉnh Thừa Thiên Huế"_s);
    QCOMPARE(t.articles.size(), 3);
    QVERIFY(!t.annexCharts); // an older file has no charts in its annexes
}

void TestDecisionTexts::wrongTypesKeepDefaults()
{
    const DecisionContext context {u"Minh Hòa"_s, 2023, {u"UBND cấp huyện"_s}, true};
    const DecisionTexts defaults = DecisionTexts::defaults(context);
    const QJsonObject json {{u"subject"_s, 12}, {u"bases"_s, QJsonArray {u"Căn cứ một;"_s, 3}},
        {u"signature"_s, u"not an object"_s}, {u"classLabels"_s, QJsonObject {{u"excellent"_s, u"A"_s}}}};
    const DecisionTexts t = DecisionTexts::fromJson(json, context);
    QCOMPARE(t.subject, defaults.subject);
    QCOMPARE(t.bases, defaults.bases);
    QCOMPARE(t.signature, defaults.signature);
    QCOMPARE(t.classLabel(ClassCode::Excellent), u"A"_s);
    QCOMPARE(t.classLabel(ClassCode::Weak), u"Yếu"_s);
}

QTEST_GUILESS_MAIN(TestDecisionTexts)
#include "tst_decisiontexts.moc"
