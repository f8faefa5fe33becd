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
    void centrallyRunCity();
    void jsonRoundTrip();
    void partialJsonKeepsDefaults();
    void wrongTypesKeepDefaults();
    void groupsMakeTheTexts_data();
    void groupsMakeTheTexts();
    void textsFollowTheGroups_data();
    void textsFollowTheGroups();
    void submissionMakesTheProposal();
    void actionArticle();
    void methodologyAnnexFollows();
};

namespace {
const QString so = u"Sở, ban, ngành cấp tỉnh"_s;
const QString huyen = u"UBND cấp huyện"_s;
const QString xa = u"UBND cấp xã"_s;
const QString soPrinted = u"các sở, ban, ngành cấp tỉnh"_s;
const QString huyenPrinted = u"UBND các huyện, thị xã, thành phố"_s;
const QString xaPrinted = u"UBND các xã, phường, thị trấn"_s;

DecisionContext contextOf(const QStringList &groups, bool methodology = true)
{
    return DecisionContext {u"Minh Hòa"_s, 2024, groups, methodology};
}
} // namespace

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
    QTest::newRow("districts as printed") << u"UBND cấp huyện"_s << u"UBND các huyện, thị xã, thành phố"_s;
    QTest::newRow("communes as printed") << u"UBND cấp xã"_s << u"UBND các xã, phường, thị trấn"_s;
    QTest::newRow("communes spelt out") << u"Ủy ban nhân dân cấp xã"_s << u"Ủy ban nhân dân các xã, phường, thị trấn"_s;
    QTest::newRow("other acronym kept") << u"UBND các quận"_s << u"UBND các quận"_s;
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
        u"Quyết định số 600/QĐ-UBND về việc phê duyệt và công bố Chỉ số cải cách hành chính năm 2023 của UBND các "
        "huyện, thị xã, thành phố"_s);
}

void TestDecisionTexts::annexLabels()
{
    DecisionDocument doc = finalDecision({districts(), districts()});
    QCOMPARE(doc.annexCount(), 3);
    QCOMPARE(doc.annexLabel(0), u"Phụ lục I"_s);
    QCOMPARE(doc.annexLabel(2), u"Phụ lục III"_s);
    QVERIFY(doc.texts.articles.first().contains(u"Phụ lục I và Phụ lục II kèm theo"_s));
    QVERIFY(doc.texts.articles.first().contains(u"được quy định tại Phụ lục III kèm theo Quyết định này."_s));
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
        u"Về việc phê duyệt và công bố Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành cấp tỉnh; UBND các "
        "huyện, thị xã, thành phố"_s);
    QCOMPARE(t.issuerTitle, u"ỦY BAN NHÂN DÂN TỈNH MINH HÒA"_s);
    QCOMPARE(t.articles.size(), 3);
    QVERIFY(t.articles[1].contains(u"hiệu lực thi hành kể từ ngày ký"_s));
    QVERIFY(t.articles[2].endsWith(u"./."_s));
    QCOMPARE(t.proposal, u"Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số ……/TTr-SNV ngày ……."_s);
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

void TestDecisionTexts::centrallyRunCity()
{
    // Hải Phòng is a thành phố trực thuộc trung ương: no text may call it a tỉnh.
    DecisionContext context;
    context.province = u"Hải Phòng"_s;
    context.city = true;
    context.year = 2024;
    context.groupNames = {u"Sở, ban, ngành thành phố"_s, u"UBND cấp huyện"_s};
    const DecisionTexts t = DecisionTexts::defaults(context);
    QCOMPARE(t.issuingBody, u"THÀNH PHỐ HẢI PHÒNG"_s);
    QCOMPARE(t.issuerTitle, u"ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG"_s);
    QCOMPARE(t.place, u"Hải Phòng"_s);
    QCOMPARE(t.annexAttribution, u"của Ủy ban nhân dân thành phố Hải Phòng"_s);
    QCOMPARE(t.bases.at(t.bases.size() - 2),
        u"Căn cứ Quyết định số ……/QĐ-UBND ngày …… của Ủy ban nhân dân thành phố Hải Phòng ban hành Bộ tiêu chí xác "
        "định Chỉ số cải cách hành chính năm 2024 của các cơ quan, đơn vị trên địa bàn thành phố;"_s);
    QCOMPARE(t.bases.last(),
        u"Căn cứ kết quả thẩm định của Hội đồng thẩm định Chỉ số cải cách hành chính năm 2024 thành phố Hải Phòng;"_s);
    QVERIFY2(t.articles.last().startsWith(u"Chánh Văn phòng Ủy ban nhân dân thành phố, Giám đốc Sở Nội vụ"_s),
        qPrintable(t.articles.last()));
    QCOMPARE(t.recipients.mid(2, 4),
        QStringList({u"Thường trực Thành ủy (để báo cáo);"_s, u"Thường trực HĐND thành phố (để báo cáo);"_s,
            u"Chủ tịch, các Phó Chủ tịch UBND thành phố;"_s, u"Cổng Thông tin điện tử thành phố;"_s}));
    const QString all = QStringList {t.issuingBody, t.issuerTitle, t.annexAttribution, t.bases.join(u'\n'),
        t.articles.join(u'\n'), t.recipients.join(u'\n')}
                            .join(u'\n');
    // "các tỉnh, thành phố trực thuộc trung ương" (the ministry's scheme) is the only tỉnh left.
    QCOMPARE(all.count(u"tỉnh"_s, Qt::CaseInsensitive), 1);
    QVERIFY(all.contains(u"Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"_s));

    // Kept in the stored texts, and the default for a document that does not say (a province).
    const DecisionTexts back = DecisionTexts::fromJson(t.toJson(), DecisionContext {});
    QVERIFY(back.city);
    QCOMPARE(back.issuingBody, u"THÀNH PHỐ HẢI PHÒNG"_s);
    const DecisionTexts fromName
        = DecisionTexts::fromJson(QJsonObject {{u"province"_s, u"Hải Phòng"_s}, {u"city"_s, true}}, DecisionContext {});
    QCOMPARE(fromName.issuerTitle, u"ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG"_s);
    QCOMPARE(fromName.contextFor(2024, {}).city, true);
    const DecisionTexts older
        = DecisionTexts::fromJson(QJsonObject {{u"province"_s, u"Minh Hòa"_s}}, DecisionContext {});
    QVERIFY(!older.city);
    QCOMPARE(older.issuingBody, u"TỈNH MINH HÒA"_s);
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

// The subject, Điều 1's annexes and Điều 3's addressees follow the groups the decision covers, in any combination.
void TestDecisionTexts::groupsMakeTheTexts_data()
{
    QTest::addColumn<QStringList>("groups");
    QTest::addColumn<bool>("methodology");
    QTest::addColumn<QString>("subjectGroups");
    QTest::addColumn<QString>("articleOne");
    QTest::addColumn<QString>("addressees");

    const QString method = u"\nPhương pháp xác định, xếp hạng và xếp loại Chỉ số cải cách hành chính được quy định tại "
                           "%1 kèm theo Quyết định này."_s;
    const QString publish = u"Phê duyệt và công bố Chỉ số cải cách hành chính năm 2024 của %1 (chi tiết tại %2 kèm "
                            "theo Quyết định này)."_s;
    const QString so3 = u"Thủ trưởng các sở, ban, ngành cấp tỉnh"_s;
    const QString huyen3 = u"Chủ tịch UBND các huyện, thị xã, thành phố"_s;
    const QString xa3 = u"Chủ tịch UBND các xã, phường, thị trấn"_s;
    QTest::newRow("districts only") << QStringList {huyen} << true << huyenPrinted
                                    << publish.arg(huyenPrinted, u"Phụ lục I"_s) + method.arg(u"Phụ lục II"_s)
                                    << huyen3;
    QTest::newRow("departments only") << QStringList {so} << true << soPrinted
                                      << publish.arg(soPrinted, u"Phụ lục I"_s) + method.arg(u"Phụ lục II"_s) << so3;
    QTest::newRow("communes only") << QStringList {xa} << true << xaPrinted
                                   << publish.arg(xaPrinted, u"Phụ lục I"_s) + method.arg(u"Phụ lục II"_s) << xa3;
    QTest::newRow("districts, no method")
        << QStringList {huyen} << false << huyenPrinted << publish.arg(huyenPrinted, u"Phụ lục"_s) << huyen3;
    QTest::newRow("departments and districts")
        << QStringList {so, huyen} << true << soPrinted + u"; "_s + huyenPrinted
        << publish.arg(soPrinted + u"; "_s + huyenPrinted, u"Phụ lục I và Phụ lục II"_s) + method.arg(u"Phụ lục III"_s)
        << so3 + u", "_s + huyen3;
    QTest::newRow("districts and communes")
        << QStringList {huyen, xa} << true << huyenPrinted + u"; "_s + xaPrinted
        << publish.arg(huyenPrinted + u"; "_s + xaPrinted, u"Phụ lục I và Phụ lục II"_s) + method.arg(u"Phụ lục III"_s)
        << huyen3 + u", "_s + xa3;
    QTest::newRow("departments and communes, no method")
        << QStringList {so, xa} << false << soPrinted + u"; "_s + xaPrinted
        << publish.arg(soPrinted + u"; "_s + xaPrinted, u"Phụ lục I và Phụ lục II"_s) << so3 + u", "_s + xa3;
    QTest::newRow("all three") << QStringList {so, huyen, xa} << true
                               << soPrinted + u"; "_s + huyenPrinted + u"; "_s + xaPrinted
                               << publish.arg(soPrinted + u"; "_s + huyenPrinted + u"; "_s + xaPrinted,
                                      u"Phụ lục I, Phụ lục II và Phụ lục III"_s)
            + method.arg(u"Phụ lục IV"_s)
                               << so3 + u", "_s + huyen3 + u", "_s + xa3;
}

void TestDecisionTexts::groupsMakeTheTexts()
{
    QFETCH(QStringList, groups);
    QFETCH(bool, methodology);
    QFETCH(QString, subjectGroups);
    QFETCH(QString, articleOne);
    QFETCH(QString, addressees);
    const DecisionTexts t = DecisionTexts::defaults(contextOf(groups, methodology));
    QCOMPARE(t.subject, u"Về việc phê duyệt và công bố Chỉ số cải cách hành chính năm 2024 của "_s + subjectGroups);
    QCOMPARE(t.articles.size(), 3);
    QCOMPARE(t.articles[0], articleOne);
    QCOMPARE(t.articles[2],
        u"Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, %1 và các cơ quan, đơn vị có liên quan chịu trách "
        "nhiệm thi hành Quyết định này./."_s.arg(addressees));
    QCOMPARE(t.scope, groups);
}

// Texts written for the whole year (and stored in every period of it) print right in a decision of fewer groups,
// and back; the council's own words stay.
void TestDecisionTexts::textsFollowTheGroups_data()
{
    QTest::addColumn<QStringList>("written");
    QTest::addColumn<bool>("scoped"); // the texts say which groups they were written for
    QTest::addColumn<QStringList>("printed");
    QTest::addColumn<bool>("edited"); // the council changed the subject's opening and Điều 1's first words

    const QStringList all {so, huyen, xa};
    QTest::newRow("all to districts") << all << true << QStringList {huyen} << false;
    QTest::newRow("all to districts, edited") << all << true << QStringList {huyen} << true;
    QTest::newRow("all to districts, older texts") << all << false << QStringList {huyen} << false;
    QTest::newRow("all to departments and communes") << all << true << QStringList {so, xa} << false;
    QTest::newRow("districts to all") << QStringList {huyen} << true << all << false;
    QTest::newRow("districts to all, edited") << QStringList {huyen} << true << all << true;
    QTest::newRow("communes to districts and communes") << QStringList {xa} << true << QStringList {huyen, xa} << true;
}

void TestDecisionTexts::textsFollowTheGroups()
{
    QFETCH(QStringList, written);
    QFETCH(bool, scoped);
    QFETCH(QStringList, printed);
    QFETCH(bool, edited);
    DecisionTexts stored = DecisionTexts::defaults(contextOf(written));
    if (edited) {
        stored.subject.replace(u"Về việc phê duyệt và công bố"_s, u"Về việc công bố"_s);
        stored.articles[0].replace(u"Phê duyệt và công bố"_s, u"Công bố"_s);
    }
    QJsonObject json = stored.toJson();
    if (!scoped)
        json.remove(u"scope"_s);
    const DecisionContext context = contextOf(printed);
    const DecisionTexts t
        = DecisionTexts::fromJson(json, contextOf(written)).adaptedTo(context, {QStringList {so, huyen, xa}});
    DecisionTexts expected = DecisionTexts::defaults(context);
    if (edited) {
        expected.subject.replace(u"Về việc phê duyệt và công bố"_s, u"Về việc công bố"_s);
        expected.articles[0].replace(u"Phê duyệt và công bố"_s, u"Công bố"_s);
    }
    QCOMPARE(t.subject, expected.subject);
    QCOMPARE(t.articles, expected.articles);
    QCOMPARE(t.recipients, expected.recipients);
    QCOMPARE(t.scope, printed);
    const int annexes = int(printed.size()) + 1;
    for (int n = annexes + 1; n <= 5; ++n) {
        const QString label = u"Phụ lục "_s + DecisionWording::romanNumeral(n);
        QVERIFY2(!t.articles.join(u' ').contains(label + u' '), qPrintable(label));
    }
}

void TestDecisionTexts::submissionMakesTheProposal()
{
    const DecisionTexts t = DecisionTexts::defaults(contextOf({huyen}));
    const DecisionTexts given = t.withSubmission(u"45"_s, QDate(2025, 1, 20));
    QCOMPARE(
        given.proposal, u"Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 20 tháng 01 năm 2025."_s);
    QCOMPARE(given.withSubmission(u"46/TTr-SNV"_s, QDate(2025, 3, 2)).proposal,
        u"Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 46/TTr-SNV ngày 02 tháng 3 năm 2025."_s);
    // A proposal the council wrote itself stays.
    DecisionTexts own = given;
    own.proposal = u"Theo đề nghị của Chủ tịch Hội đồng thẩm định."_s;
    QCOMPARE(own.withSubmission(u"47"_s, QDate(2025, 3, 3)).proposal, own.proposal);
    // And the fields round-trip.
    const DecisionTexts back = DecisionTexts::fromJson(given.toJson(), contextOf({huyen}));
    QCOMPARE(back.submissionNumber, u"45"_s);
    QCOMPARE(back.submissionDate, QDate(2025, 1, 20));
    QCOMPARE(back, given);
}

void TestDecisionTexts::actionArticle()
{
    const DecisionContext context = contextOf({so, huyen});
    const DecisionTexts t = DecisionTexts::defaults(context);
    QCOMPARE(t.recipients.first(), u"Như Điều 3;"_s);
    const DecisionTexts with = t.withActionArticle(true, context);
    QCOMPARE(with.articles.size(), 4);
    QCOMPARE(with.articles[1],
        u"Các cơ quan, đơn vị có tên tại các Phụ lục I và Phụ lục II căn cứ kết quả Chỉ số cải cách hành chính năm "
        "2024 có giải pháp đẩy mạnh cải cách hành chính, cải thiện Chỉ số cải cách hành chính của cơ quan, đơn vị "
        "mình trong những năm tiếp theo."_s);
    QCOMPARE(with.recipients.first(), u"Như Điều 4;"_s);
    QVERIFY(with.articles[3].contains(u"chịu trách nhiệm thi hành"_s));
    DecisionContext withArticle = context;
    withArticle.actionArticle = true;
    QCOMPARE(DecisionTexts::defaults(withArticle), with);
    QCOMPARE(with.withActionArticle(false, context), t);
    // It follows the groups too: a districts-only decision cites its one annex.
    const DecisionTexts districts = with.adaptedTo(contextOf({huyen}));
    QVERIFY(districts.articles[1].startsWith(u"Các cơ quan, đơn vị có tên tại Phụ lục I căn cứ"_s));
    QCOMPARE(districts.recipients.first(), u"Như Điều 4;"_s);
}

void TestDecisionTexts::methodologyAnnexFollows()
{
    const DecisionContext context = contextOf({so, huyen});
    const DecisionTexts t = DecisionTexts::defaults(context);
    const DecisionTexts without = t.withMethodologyAnnex(false, context);
    QVERIFY(!without.methodologyAnnex);
    QCOMPARE(without.articles, DecisionTexts::defaults(contextOf({so, huyen}, false)).articles);
    QVERIFY(!without.articles[0].contains(u"Phương pháp"_s));
    QCOMPARE(without.withMethodologyAnnex(true, context).articles, t.articles);
    // An Điều 1 the council reworded loses its paragraph on the method all the same.
    DecisionTexts edited = t;
    edited.articles[0].replace(u"Phê duyệt và công bố"_s, u"Công bố"_s);
    QCOMPARE(edited.withMethodologyAnnex(false, context).articles[0],
        u"Công bố Chỉ số cải cách hành chính năm 2024 của các sở, ban, ngành cấp tỉnh; UBND các huyện, thị xã, thành "
        "phố (chi tiết tại Phụ lục I và Phụ lục II kèm theo Quyết định này)."_s);
}

QTEST_GUILESS_MAIN(TestDecisionTexts)
#include "tst_decisiontexts.moc"
