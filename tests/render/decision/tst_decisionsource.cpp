#include "demo/demoprovince.h"
#include "render/decision/decisionsource.h"
#include "storage/database.h"

#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace parindex;
using namespace Qt::StringLiterals;

// A decision built from the file: the demo province's periods, their rankings and the stored texts.
// In the demo, the years before 2024 are final, each group with its own decision; 2024 is being appraised.
class TestDecisionSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void draftOfAllGroups();
    void draftTakesNumberDateAndSigner();
    void finalPrintsItsStoredNumber();
    void finalRefusesAnotherNumber();
    void separateDecisionsNeedAGroup();
    void unknownGroupOrYear();
    void textsDefaultThenStored();
    void partialStoredTexts();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestDecisionSource::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto db = Database::create(m_dir.filePath(u"demo.sqlite"_s));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    const Status filled = DemoProvince::fill(*m_db);
    QVERIFY2(filled.ok(), qPrintable(filled.error().text()));
}

void TestDecisionSource::draftOfAllGroups()
{
    const auto doc = DecisionSource::load(*m_db, {2024, {}, {}, {}, {}});
    QVERIFY2(doc.ok(), qPrintable(doc.error().text()));
    QVERIFY(doc->draft);
    QVERIFY(doc->number.isEmpty());
    QVERIFY(!doc->date.isValid());
    QCOMPARE(doc->year, 2024);
    QCOMPARE(doc->annexes.size(), 3);
    QCOMPARE(doc->annexes[0].group.code, u"SO"_s);
    QCOMPARE(doc->annexes[1].group.code, u"HUYEN"_s);
    QCOMPARE(doc->annexes[2].group.code, u"XA"_s);
    for (const DecisionAnnex &a : doc->annexes) {
        QCOMPARE(a.areas.size(), 8);
        QVERIFY(!a.table.ranked.isEmpty());
        QCOMPARE(a.table.year, 2024);
    }
    // The commune still being appraised is listed apart.
    QCOMPARE(doc->annexes[2].table.incomplete.size(), 1);
    QVERIFY(doc->texts.subject.contains(u"năm 2024"_s));
}

void TestDecisionSource::draftTakesNumberDateAndSigner()
{
    const auto doc
        = DecisionSource::load(*m_db, {2024, u"HUYEN"_s, u"600/QĐ-UBND"_s, QDate(2025, 2, 2), u"Nguyễn Văn An"_s});
    QVERIFY(doc.ok());
    QVERIFY(doc->draft);
    QCOMPARE(doc->numberLine(), u"Số: 600/QĐ-UBND"_s);
    QCOMPARE(doc->writtenDate(), u"ngày 02 tháng 02 năm 2025"_s);
    QCOMPARE(doc->texts.signature.name, u"Nguyễn Văn An"_s);
    QCOMPARE(doc->annexes.size(), 1);
}

void TestDecisionSource::finalPrintsItsStoredNumber()
{
    const auto period = m_db->period(2023, u"HUYEN"_s);
    QVERIFY(period.ok() && period->isFinal());
    const auto doc = DecisionSource::load(*m_db, {2023, u"HUYEN"_s, {}, {}, {}});
    QVERIFY(doc.ok());
    QVERIFY(!doc->draft);
    QCOMPARE(doc->number, period->decisionNumber);
    QCOMPARE(doc->date, period->decisionDate);
    // Giving the stored values again is no conflict.
    QVERIFY(DecisionSource::load(*m_db, {2023, u"HUYEN"_s, period->decisionNumber, period->decisionDate, {}}).ok());
}

void TestDecisionSource::finalRefusesAnotherNumber()
{
    const auto doc = DecisionSource::load(*m_db, {2023, u"HUYEN"_s, u"999/QĐ-UBND"_s, {}, {}});
    QVERIFY(!doc.ok());
    QCOMPARE(doc.error().kind, Error::Kind::Final);
    QVERIFY(doc.error().message.contains(m_db->period(2023, u"HUYEN"_s)->decisionNumber));
}

void TestDecisionSource::separateDecisionsNeedAGroup()
{
    const auto doc = DecisionSource::load(*m_db, {2023, {}, {}, {}, {}});
    QVERIFY(!doc.ok());
    QCOMPARE(doc.error().kind, Error::Kind::BadData);
    QVERIFY(doc.error().message.contains(u"--group"_s));
}

void TestDecisionSource::unknownGroupOrYear()
{
    QCOMPARE(DecisionSource::load(*m_db, {2024, u"NOPE"_s, {}, {}, {}}).error().kind, Error::Kind::NotFound);
    QCOMPARE(DecisionSource::load(*m_db, {2030, {}, {}, {}, {}}).error().kind, Error::Kind::NotFound);
    QCOMPARE(DecisionSource::load(*m_db, {2030, u"SO"_s, {}, {}, {}}).error().kind, Error::Kind::NotFound);
}

void TestDecisionSource::textsDefaultThenStored()
{
    const auto defaults = DecisionSource::loadTexts(*m_db, 2024, {});
    QVERIFY(defaults.ok());
    QCOMPARE(defaults->issuingBody, u"TỈNH MINH HÒA"_s); // the demo stores its province for the decision

    DecisionTexts edited = *defaults;
    edited.province = u"Minh Hòa"_s;
    edited.issuingBody = u"TỈNH MINH HÒA"_s;
    edited.proposal = u"Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 15/TTr-SNV."_s;
    QVERIFY(DecisionSource::saveTexts(*m_db, 2024, {}, edited).ok());
    // Stored in every period of the decision: each group's view of it reads the same texts.
    for (const QString &group : {u"SO"_s, u"HUYEN"_s, u"XA"_s}) {
        const auto back = DecisionSource::loadTexts(*m_db, 2024, group);
        QVERIFY(back.ok());
        QCOMPARE(back->proposal, edited.proposal);
    }
    const auto doc = DecisionSource::load(*m_db, {2024, {}, {}, {}, {}});
    QCOMPARE(doc->texts, edited);
    // A final period keeps the texts it was issued with.
    QCOMPARE(DecisionSource::saveTexts(*m_db, 2023, u"SO"_s, edited).error().kind, Error::Kind::Final);
}

void TestDecisionSource::partialStoredTexts()
{
    const auto period = m_db->period(2024, u"XA"_s);
    QVERIFY(m_db->setDecisionTexts(period->id, uR"({"province": "Minh Hòa"})"_s).ok());
    const auto texts = DecisionSource::loadTexts(*m_db, 2024, u"XA"_s);
    QVERIFY(texts.ok());
    QCOMPARE(texts->place, u"Minh Hòa"_s);
    QCOMPARE(texts->issuerTitle, u"ỦY BAN NHÂN DÂN TỈNH MINH HÒA"_s);

    QVERIFY(m_db->setDecisionTexts(period->id, u"{not json"_s).ok());
    const auto broken = DecisionSource::loadTexts(*m_db, 2024, u"XA"_s);
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().kind, Error::Kind::BadData);
}

QTEST_GUILESS_MAIN(TestDecisionSource)
#include "tst_decisionsource.moc"
