#include "../../common/fixtures.h"
#include "decisionfixture.h"
#include "render/decision/decisionreadiness.h"

#include <QtTest/QTest>

using namespace parindex;
using namespace parindex::fixtures;
using namespace Qt::StringLiterals;

using K = CriterionKind;

// What would make a decision wrong once issued: each problem alone, named by its field, group or unit.
class TestDecisionReadiness : public QObject
{
    Q_OBJECT

private slots:
    void problems_data();
    void problems();
    void textsOnlyLeaveTheNumber();
    void blanks_data();
    void blanks();
    void printedNote();
};

namespace {
// A decision nothing is wrong with: every blank filled, a number, a date, a signer; criteria adding up to 100.
DecisionDocument readyDecision()
{
    DecisionAnnex annex = districts();
    annex.criteria = *CriteriaTree::build(
        {crit(u"1"_s, u"60"_s, K::Group), crit(u"1.1"_s, u"60"_s, K::Score), crit(u"2"_s, u"40"_s, K::Score)});
    DecisionDocument doc = finalDecision({annex});
    DecisionTexts &t = doc.texts;
    for (QString &basis : t.bases)
        basis.replace(u"Quyết định số ……/QĐ-UBND ngày ……"_s, u"Quyết định số 12/QĐ-UBND ngày 10 tháng 01 năm 2023"_s);
    t = t.withSubmission(u"45"_s, QDate(2024, 1, 20));
    return doc;
}

using Change = std::function<void(DecisionDocument &)>;
} // namespace

Q_DECLARE_METATYPE(Change)

void TestDecisionReadiness::problems_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("nothing wrong") << Change([](DecisionDocument &) {}) << QStringList();
    QTest::newRow("criteria decision left blank")
        << Change([](DecisionDocument &d) { d.texts.bases = finalDecision({districts()}).texts.bases; })
        << QStringList {
               u"Legal bases, line 4 still holds a blank to fill in: “Căn cứ Quyết định số ……/QĐ-UBND ngày …… của…”."_s};
    QTest::newRow("proposal without its submission")
        << Change([](DecisionDocument &d) { d.texts = d.texts.withSubmission({}, {}); })
        << QStringList {u"Proposal still holds a blank to fill in: “…vụ tại Tờ trình số ……/TTr-SNV ngày …….”."_s};
    QTest::newRow("dots typed in an article")
        << Change([](DecisionDocument &d) { d.texts.articles[1] = u"Quyết định này có hiệu lực từ ngày..."_s; })
        << QStringList {u"Article 2 (Điều 2) still holds a blank to fill in: “…này có hiệu lực từ ngày...”."_s};
    QTest::newRow("empty subject") << Change([](DecisionDocument &d) { d.texts.subject.clear(); })
                                   << QStringList {u"Subject is empty."_s};
    QTest::newRow("no signer") << Change([](DecisionDocument &d) { d.texts.signature.name = u"  "_s; })
                               << QStringList {u"Signer's name is empty."_s};
    QTest::newRow("no number") << Change([](DecisionDocument &d) { d.number.clear(); })
                               << QStringList {u"The decision's number is missing."_s};
    QTest::newRow("no date") << Change([](DecisionDocument &d) { d.date = QDate(); })
                             << QStringList {u"The decision's date is missing."_s};
    QTest::newRow("annex that does not exist")
        << Change([](DecisionDocument &d) { d.texts.articles[0].append(u" Xem Phụ lục IV."_s); })
        << QStringList {u"Article 1 (Điều 1) cites Phụ lục IV, but the decision has 2 annex(es)."_s};
    QTest::newRow("criteria of 101 points")
        << Change([](DecisionDocument &d) {
               d.annexes[0].criteria = *CriteriaTree::build({crit(u"1"_s, u"61"_s, K::Group),
                   crit(u"1.1"_s, u"60"_s, K::Score), crit(u"2"_s, u"40"_s, K::Score)});
           })
        << QStringList {u"Group UBND cấp huyện, criteria: The areas add up to 101 points, not 100."_s,
               u"Group UBND cấp huyện, criteria: The sub-criteria of 1 add up to 60 points; its maximum is 61."_s};
    QTest::newRow("incomplete unit") << Change([](DecisionDocument &d) {
        UnitResult r = unitWithIndex(u"BT"_s, u"UBND huyện Bá Thước"_s, u"0"_s);
        r.missing = {u"1.1"_s, u"2"_s};
        d.annexes[0].table.incomplete.append(r);
    }) << QStringList {u"Group UBND cấp huyện: UBND huyện Bá Thước lacks the appraised score of 2 criterion(s)."_s};
    QTest::newRow("explanation awaiting the council")
        << Change([](DecisionDocument &d) {
               Explanation open {1, u"HH"_s, u"2.1"_s, u"Đã bổ sung tài liệu kiểm chứng."_s, QDate(2024, 1, 5), {}, {}};
               d.annexes[0].openExplanations.append(open);
           })
        << QStringList {u"Group UBND cấp huyện: the explanation of Hoằng Hóa for criterion 2.1 awaits the council's "
                        "conclusion."_s};
    QTest::newRow("unit without a class")
        << Change([](DecisionDocument &d) {
               UnitResult r = unitWithIndex(u"ML"_s, u"UBND huyện Mường Lát"_s, u"0"_s);
               r.max = Fixed();
               r.ranked = false;
               d.annexes[0].table.unranked.append(r);
           })
        << QStringList {u"Group UBND cấp huyện: UBND huyện Mường Lát has no index and no class: no criterion applies "
                        "to it."_s};
    QTest::newRow("class label cleared") << Change([](DecisionDocument &d) {
        d.texts.classLabels[ClassCode::Weak] = QString();
    }) << QStringList {u"Class “Weak” is empty."_s};
}

void TestDecisionReadiness::problems()
{
    QFETCH(Change, change);
    QFETCH(QStringList, expected);
    DecisionDocument doc = readyDecision();
    change(doc);
    QCOMPARE(DecisionReadiness::problems(doc), expected);
}

void TestDecisionReadiness::textsOnlyLeaveTheNumber()
{
    // The Decision tab lists what the texts and results lack; the number and date come with finalising.
    DecisionDocument doc = readyDecision();
    doc.number.clear();
    doc.date = QDate();
    QCOMPARE(DecisionReadiness::problems(doc, DecisionReadiness::Scope::Texts), QStringList());
    QCOMPARE(DecisionReadiness::problems(doc).size(), 2);
}

void TestDecisionReadiness::blanks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("blank");
    QTest::newRow("ellipsis") << u"số ……/QĐ-UBND"_s << true;
    QTest::newRow("one ellipsis character") << u"ngày …"_s << true;
    QTest::newRow("three dots") << u"ngày ..."_s << true;
    QTest::newRow("underscores") << u"số ___"_s << true;
    QTest::newRow("end of sentence") << u"Quyết định này./."_s << false;
    QTest::newRow("two dots") << u"a.."_s << false;
    QTest::newRow("number") << u"12.5"_s << false;
}

void TestDecisionReadiness::blanks()
{
    QFETCH(QString, text);
    QFETCH(bool, blank);
    QCOMPARE(DecisionReadiness::holdsBlank(text), blank);
}

void TestDecisionReadiness::printedNote()
{
    const CriteriaTree good = *CriteriaTree::build({crit(u"1"_s, u"100"_s, K::Score)});
    QCOMPARE(DecisionReadiness::printedCriteriaNote(good), QString());
    const CriteriaTree bad = *CriteriaTree::build(
        {crit(u"1"_s, u"61"_s, K::Group), crit(u"1.1"_s, u"60"_s, K::Score), crit(u"2"_s, u"40"_s, K::Score)});
    QCOMPARE(DecisionReadiness::printedCriteriaNote(bad),
        u"Lưu ý: điểm tối đa của bộ tiêu chí chưa khớp (các lĩnh vực cộng lại 101 điểm, không phải 100 điểm; các tiêu "
        "chí thành phần của 1 cộng lại 60 điểm, điểm tối đa của tiêu chí là 61 điểm); kết quả trong dự thảo này được "
        "tính trên bộ tiêu chí đó."_s);
}

QTEST_GUILESS_MAIN(TestDecisionReadiness)
#include "tst_decisionreadiness.moc"
