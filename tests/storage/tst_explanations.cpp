// Explanations (giải trình) per cell: recorded, decided, taken back; refused on a final period; audit rows;
// seals; and a file of schema 5 upgraded to hold them.
#include "storagefixture.h"

#include <QtCore/QFileInfo>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace parindex;
using namespace parindex::storagefixture;

class TestExplanations : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void recordDecideRemove();
    void refused_data();
    void refused();
    void finalPeriodRefuses();
    void undoOfADecisionConflicts();
    void editOutsideIsFound();
    void upgradeFromSchema5();

private:
    Explanation sample() const
    {
        return {
            0, u"DS"_s, u"1.1"_s, u"Đã ban hành Kế hoạch số 12/KH-UBND ngày 05/01/2023."_s, QDate(2024, 3, 5), {}, {}};
    }
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_period = 0;
    std::unique_ptr<Database> m_db;
};

void TestExplanations::init()
{
    m_db.reset();
    m_path = m_dir.filePath(u"%1.parindex"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_path);
    m_db = makeProvince(m_path, &m_period);
    QVERIFY(m_db->setScore(m_period, u"DS"_s, u"1.1"_s, appraised("20", "28")));
}

void TestExplanations::recordDecideRemove()
{
    QCOMPARE(m_db->schemaVersion(), Database::SchemaVersion);
    const auto added = m_db->addExplanation(m_period, sample());
    QVERIFY2(added.ok(), qPrintable(added.error().text()));
    QVERIFY(added->id > 0);
    QVERIFY(added->isOpen());
    auto list = m_db->explanations(m_period);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first(), *added);
    QCOMPARE(m_db->explanations(m_period, u"HH"_s)->size(), 0);
    QCOMPARE(m_db->auditLog(1)->first().action, u"explanation.add"_s);
    QCOMPARE(m_db->auditLog(1)->first().entity, u"2023/HUYEN/DS/1.1"_s);

    // Decided: kept, no longer open; the conclusion is in the audit row.
    QVERIFY(m_db->decideExplanation(m_period, added->id, QDate(2024, 3, 10), u"Giữ nguyên điểm"_s, *added));
    list = m_db->explanations(m_period);
    QCOMPARE(list->size(), 1);
    QVERIFY(!list->first().isOpen());
    QCOMPARE(list->first().decided, QDate(2024, 3, 10));
    QCOMPARE(list->first().conclusion, u"Giữ nguyên điểm"_s);
    const AuditEntry decided = m_db->auditLog(1)->first();
    QCOMPARE(decided.action, u"explanation.decide"_s);
    QVERIFY(decided.newValue.contains(u"Giữ nguyên điểm"_s));
    QVERIFY(!decided.oldValue.contains(u"decided"_s));

    // Open again (the undo of the decision), then taken back (the undo of the recording), then recorded again with
    // its id (the redo).
    QVERIFY(m_db->decideExplanation(m_period, added->id, {}, {}, list->first()));
    QVERIFY(m_db->explanations(m_period)->first().isOpen());
    QVERIFY(m_db->removeExplanation(m_period, added->id, *added));
    QCOMPARE(m_db->explanations(m_period)->size(), 0);
    QCOMPARE(m_db->auditLog(1)->first().action, u"explanation.remove"_s);
    QCOMPARE(m_db->addExplanation(m_period, *added)->id, added->id);
    QCOMPARE(m_db->explanations(m_period)->first(), *added);
    QVERIFY(m_db->check().ok());
}

void TestExplanations::refused_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("criterion");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("received");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("says");
    const QDate day(2024, 3, 5);
    QTest::newRow("no text") << u"DS"_s << u"1.1"_s << u"  "_s << day << int(Error::Kind::BadData) << u"no text"_s;
    QTest::newRow("no date") << u"DS"_s << u"1.1"_s << u"x"_s << QDate() << int(Error::Kind::BadData)
                             << u"date it was received"_s;
    QTest::newRow("unknown unit") << u"XX"_s << u"1.1"_s << u"x"_s << day << int(Error::Kind::NotFound) << u"XX"_s;
    QTest::newRow("area, not a leaf") << u"DS"_s << u"1"_s << u"x"_s << day << int(Error::Kind::NotFound)
                                      << u"not a criterion that takes a value"_s;
}

void TestExplanations::refused()
{
    QFETCH(QString, unit);
    QFETCH(QString, criterion);
    QFETCH(QString, text);
    QFETCH(QDate, received);
    QFETCH(int, kind);
    QFETCH(QString, says);
    const qsizetype audit = m_db->auditLog()->size();
    const auto added = m_db->addExplanation(m_period, {0, unit, criterion, text, received, {}, {}});
    QVERIFY(!added.ok());
    QCOMPARE(int(added.error().kind), kind);
    QVERIFY2(added.error().message.contains(says), qPrintable(added.error().message));
    QCOMPARE(m_db->explanations(m_period)->size(), 0);
    QCOMPARE(m_db->auditLog()->size(), audit);
}

void TestExplanations::finalPeriodRefuses()
{
    const auto added = m_db->addExplanation(m_period, sample());
    QVERIFY(added.ok());
    QVERIFY(m_db->finalize(m_period, u"600/QĐ-UBND"_s, QDate(2024, 4, 2), publishNothing));
    for (const Error &e : {m_db->addExplanation(m_period, sample()).error(),
             m_db->decideExplanation(m_period, added->id, QDate(2024, 3, 9), {}).error(),
             m_db->removeExplanation(m_period, added->id).error()}) {
        QCOMPARE(e.kind, Error::Kind::Final);
        QVERIFY2(e.message.contains(u"Reopen"_s), qPrintable(e.message));
    }
    QCOMPARE(m_db->explanations(m_period)->size(), 1); // history stays readable
}

void TestExplanations::undoOfADecisionConflicts()
{
    const auto added = m_db->addExplanation(m_period, sample());
    QVERIFY(m_db->decideExplanation(m_period, added->id, QDate(2024, 3, 10), u"Chấp nhận"_s));
    // An undo that expects it open finds it decided: nothing is written.
    const Status s = m_db->decideExplanation(m_period, added->id, QDate(2024, 3, 11), {}, *added);
    QCOMPARE(s.error().kind, Error::Kind::Conflict);
    QCOMPARE(m_db->explanations(m_period)->first().decided, QDate(2024, 3, 10));
    // A decision dated before the explanation arrived is refused.
    QCOMPARE(m_db->decideExplanation(m_period, added->id, QDate(2024, 3, 1), {}).error().kind, Error::Kind::BadData);
}

void TestExplanations::editOutsideIsFound()
{
    QVERIFY(m_db->addExplanation(m_period, sample()).ok());
    m_db.reset();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(m_path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY2(q.exec(u"UPDATE explanation SET content = 'khác'"_s), qPrintable(q.lastError().text()));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    auto db = Database::open(m_path);
    QVERIFY(db.ok());
    QCOMPARE((*db)->explanations(m_period).error().kind, Error::Kind::Corrupt);
    const CheckReport report = (*db)->check();
    QVERIFY(!report.ok());
    QVERIFY2(report.problems.join(u'\n').contains(u"explanation of unit DS for criterion 1.1"_s),
        qPrintable(report.problems.join(u'\n')));
}

void TestExplanations::upgradeFromSchema5()
{
    const QString file = m_dir.filePath(u"v5.parindex"_s);
    QFile::remove(file);
    qint64 period = 0;
    {
        auto v5 = makeProvince(file, &period, 5);
        QCOMPARE(v5->schemaVersion(), 5);
        QVERIFY(v5->setScore(period, u"HH"_s, u"1.1"_s, appraised("25", "30")));
        QCOMPARE(v5->explanations(period)->size(), 0); // no table yet, nothing to show
        QCOMPARE(v5->addExplanation(period, sample()).error().kind, Error::Kind::ReadOnly);
    }
    auto db = Database::open(file);
    QVERIFY2(db.ok(), qPrintable(db.error().text()));
    QCOMPARE((*db)->schemaVersion(), Database::SchemaVersion);
    QVERIFY(QFileInfo::exists(file + u".v5.bak"_s));
    QCOMPARE((*db)->scoreSheets(period)->value(u"HH"_s).entry(u"1.1"_s), appraised("25", "30"));
    QVERIFY((*db)->check().ok());
    Explanation e = sample();
    e.unitCode = u"HH"_s;
    QVERIFY((*db)->addExplanation(period, e).ok());
    QCOMPARE((*db)->explanations(period)->size(), 1);
    QVERIFY((*db)->check().ok());
}

QTEST_GUILESS_MAIN(TestExplanations)
#include "tst_explanations.moc"
