// The file's entities round trip, one transaction and one audit row per action, final periods refuse
// writes in core, and `check` finds what was changed outside the program.
#include "storage/databaseprivate.h"
#include "storagefixture.h"

#include "model/criteriaedit.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <QtTest/QTest>
#include <limits>

using namespace parindex;
using namespace parindex::storagefixture;
using namespace Qt::StringLiterals;

namespace {
// Runs one statement through a connection of "another program" (the sqlite3 shell, say).
void outsideEdit(const QString &path, const QString &statement)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"outside"_s);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"outside"_s);
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void roundTrip();
    void scoresAndAudit();
    void scoreValidation_data();
    void scoreValidation();
    void importAllOrNothing();
    void importKeepsWhatTheFileLeavesEmpty();
    void bulkImportWritesEveryCell();
    void restoreScoresSetsExactCells();
    void finalPeriodRefusesWrites();
    void reopenNeedsReason();
    void replaceCriteriaKeepsScores();
    void replaceCriteriaRefusesToDropScores_data();
    void replaceCriteriaRefusesToDropScores();
    void droppedScoresAreInTheAuditAndComeBack();
    void confirmedDropMustBeWhatIsStored();
    void unitsImportCreatesGroupsWithTheUnits();
    void copyFromEarlierYear();
    void unitsTakePartByYear();
    void outsideEditsAreReported_data();
    void outsideEditsAreReported();
    void backupIsWholeAndEqual();
    void decisionTexts();
    void scoreGridHoldsTheSheets();
    void scoreGridRefusesOutsideEdits_data();
    void scoreGridRefusesOutsideEdits();
    void fastScoreSealIsTheSeal_data();
    void fastScoreSealIsTheSeal();
    void othersWritesAreSeen();
    void undoRefusesToOverwriteOthersChanges();

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_period = 0;
    std::unique_ptr<Database> m_db;
};

void TestDatabase::init()
{
    m_db.reset();
    m_path = m_dir.filePath(u"%1.parindex"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_path);
    m_db = makeProvince(m_path, &m_period);
}

void TestDatabase::roundTrip()
{
    QCOMPARE(m_db->schemaVersion(), Database::SchemaVersion);
    QCOMPARE(m_db->journalMode(), u"wal"_s);
    m_db.reset();
    auto db = Database::open(m_path);
    QVERIFY2(db.ok(), qPrintable(db.error().text()));
    QCOMPARE((*db)->groups()->size(), 1);
    QCOMPARE((*db)->groups()->first().name, u"UBND cấp huyện"_s);
    const QList<Unit> units = *(*db)->units(u"HUYEN"_s);
    QCOMPARE(units.size(), 2);
    QCOMPARE(units[0].name, u"Đông Sơn"_s);
    const Period p = *(*db)->period(2023, u"HUYEN"_s);
    QCOMPARE(p.id, m_period);
    QCOMPARE(p.status, PeriodStatus::Draft);
    QCOMPARE((*db)->criteria(p.id)->criteria(), smallTree().criteria());
    QCOMPARE(*(*db)->bands(p.id), ClassBands::defaults());
    QCOMPARE((*db)->period(2030, u"HUYEN"_s).error().kind, Error::Kind::NotFound);
}

void TestDatabase::scoresAndAudit()
{
    QVERIFY(m_db->setScore(m_period, u"DS"_s, u"1.1"_s, appraised("28.15", "29")));
    ScoreEntry e = appraised("95");
    e.note = u"Đã giải trình"_s;
    QVERIFY(m_db->setScore(m_period, u"DS"_s, u"1.2"_s, e));
    QVERIFY(m_db->setScore(m_period, u"DS"_s, u"1.1"_s, appraised("28", "29")));
    const auto sheets = *m_db->scoreSheets(m_period);
    QCOMPARE(sheets.value(u"DS"_s).entry(u"1.1"_s), appraised("28", "29"));
    QCOMPARE(sheets.value(u"DS"_s).entry(u"1.2"_s).note, u"Đã giải trình"_s);

    // An empty entry removes the cell.
    QVERIFY(m_db->setScore(m_period, u"DS"_s, u"1.2"_s, ScoreEntry {}));
    QVERIFY(!m_db->scoreSheets(m_period)->value(u"DS"_s).entries.contains(u"1.2"_s));

    const auto log = *m_db->auditLog(3);
    QCOMPARE(log.size(), 3);
    QCOMPARE(log[1].action, u"score.set"_s);
    QCOMPARE(log[1].entity, u"2023/HUYEN/DS/1.1"_s);
    QCOMPARE(log[1].oldValue, u"{\"appraised\":\"28.15\",\"self\":\"29\"}"_s);
    QCOMPARE(log[1].newValue, u"{\"appraised\":\"28\",\"self\":\"29\"}"_s);
    QCOMPARE(log[1].who, u"thư ký"_s);
    QCOMPARE(log[1].at, fixedClock());
    QVERIFY(m_db->check().ok());
}

void TestDatabase::scoreValidation_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("criterion");
    QTest::addColumn<QString>("value");
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("above max") << u"DS"_s << u"1.1"_s << u"30.01"_s << Error::Kind::BadData << u"outside 0 to 30"_s;
    QTest::newRow("negative") << u"DS"_s << u"2"_s << u"-1"_s << Error::Kind::BadData << u"outside 0 to 30"_s;
    QTest::newRow("rate above 100") << u"DS"_s << u"1.2"_s << u"100.5"_s << Error::Kind::BadData << u"0 to 100"_s;
    QTest::newRow("group criterion") << u"DS"_s << u"1"_s << u"1"_s << Error::Kind::NotFound << u"takes a value"_s;
    QTest::newRow("unknown unit") << u"XX"_s << u"1.1"_s << u"1"_s << Error::Kind::NotFound << u"does not take part"_s;
}

void TestDatabase::scoreValidation()
{
    QFETCH(QString, unit);
    QFETCH(QString, criterion);
    QFETCH(QString, value);
    QFETCH(Error::Kind, kind);
    QFETCH(QString, fragment);
    ScoreEntry e;
    e.appraised = Fixed::parse(value);
    const qsizetype before = m_db->auditLog()->size();
    const Status s = m_db->setScore(m_period, unit, criterion, e);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, kind);
    QVERIFY2(s.error().message.contains(fragment), qPrintable(s.error().message));
    QCOMPARE(m_db->auditLog()->size(), before);
    QVERIFY(m_db->scoreSheets(m_period)->isEmpty());
}

void TestDatabase::importAllOrNothing()
{
    const QList<ScoreRow> rows = {
        {u"DS"_s, u"1.1"_s, std::nullopt, Fixed::fromInt(28), std::nullopt, std::nullopt},
        {u"HH"_s, u"1.1"_s, std::nullopt, Fixed::fromInt(31), std::nullopt, std::nullopt}, // above 30
        {u"HH"_s, u"9.9"_s, std::nullopt, Fixed::fromInt(1), std::nullopt, std::nullopt}, // no such criterion
    };
    const qsizetype before = m_db->auditLog()->size();
    const Status s = m_db->importScores(m_period, rows);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, Error::Kind::BadData);
    QCOMPARE(s.error().details.size(), 2);
    QVERIFY(s.error().details[0].contains(u"Row 2 (unit HH, criterion 1.1)"_s));
    QVERIFY(s.error().details[1].contains(u"Row 3 (unit HH, criterion 9.9)"_s));
    QVERIFY(m_db->scoreSheets(m_period)->isEmpty());
    QCOMPARE(m_db->auditLog()->size(), before);

    QVERIFY(m_db->importScores(m_period, {rows[0]}));
    QCOMPARE(m_db->auditLog(1)->first().action, u"scores.import"_s);
}

void TestDatabase::importKeepsWhatTheFileLeavesEmpty()
{
    ScoreEntry e = appraised("20", "25");
    e.note = u"ghi chú"_s;
    QVERIFY(m_db->setScore(m_period, u"DS"_s, u"1.1"_s, e));
    QVERIFY(m_db->importScores(m_period,
        {{u"DS"_s, u"1.1"_s, std::nullopt, Fixed::fromInt(21), std::nullopt, std::nullopt},
            {u"DS"_s, u"2"_s, std::nullopt, std::nullopt, true, std::nullopt}}));
    const ScoreSheet sheet = m_db->scoreSheets(m_period)->value(u"DS"_s);
    QCOMPARE(sheet.entry(u"1.1"_s).appraised, Fixed::fromInt(21));
    QCOMPARE(sheet.entry(u"1.1"_s).selfValue, Fixed::fromInt(25));
    QCOMPARE(sheet.entry(u"1.1"_s).note, u"ghi chú"_s);
    QVERIFY(sheet.entry(u"2"_s).notApplicable);
}

// 68 units x 3 leaves: three full batches of the bulk writer and a remainder, merged with cells already
// there; every cell reads back, every seal verifies, the audit digest is the one of the rows' text, and the
// connection enforces foreign keys again afterwards.
void TestDatabase::bulkImportWritesEveryCell()
{
    QList<Unit> more;
    for (int k = 0; k < 66; ++k)
        more.append({0, u"X%1"_s.arg(k, 2, 10, QChar(u'0')), u"Xã %1"_s.arg(k), u"HUYEN"_s, {}, {}, true});
    QVERIFY(m_db->importUnits(more));
    ScoreEntry kept = appraised("20", "25");
    kept.note = u"giữ nguyên"_s;
    QVERIFY(m_db->setScore(m_period, u"DS"_s, u"1.1"_s, kept));
    QVERIFY(m_db->setScore(m_period, u"X05"_s, u"2"_s, appraised("3")));

    QStringList units = {u"DS"_s, u"HH"_s};
    for (const Unit &u : more)
        units.append(u.code);
    QList<ScoreRow> rows;
    QHash<QPair<QString, QString>, ScoreEntry> expected;
    for (qsizetype k = 0; k < units.size(); ++k) {
        const QString &unit = units[k];
        for (const QString &leaf : {u"2"_s, u"1.2"_s, u"1.1"_s}) {
            ScoreRow r {unit, leaf, std::nullopt, Fixed::fromRaw(10000 + 37 * k), std::nullopt, std::nullopt};
            ScoreEntry e;
            if (unit == u"DS" && leaf == u"1.1") {
                e = kept; // the file gives only the appraised value: self and note stay
            } else if (k % 7 == 3) {
                r.appraised.reset();
                r.notApplicable = true;
            } else if (k % 5 == 1) {
                r.note = u"ghi chú %1 – đạt"_s.arg(k);
                r.selfValue = Fixed::fromRaw(20000 + k);
            }
            e.appraised = r.appraised;
            if (r.selfValue)
                e.selfValue = r.selfValue;
            e.notApplicable = r.notApplicable.value_or(false);
            if (r.note)
                e.note = *r.note;
            rows.append(r);
            expected.insert({unit, leaf}, e);
        }
    }
    QCOMPARE(rows.size(), 204);
    const Status s = m_db->importScores(m_period, rows);
    QVERIFY2(s.ok(), qPrintable(s.error().text()));

    const auto sheets = *m_db->scoreSheets(m_period);
    qsizetype cells = 0;
    for (const ScoreSheet &sheet : sheets)
        cells += sheet.entries.size();
    QCOMPARE(cells, 204);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(sheets.value(it.key().first).entry(it.key().second), it.value());
    QVERIFY(m_db->check().ok());

    QCryptographicHash digest(QCryptographicHash::Sha256);
    for (const ScoreRow &r : rows) {
        const auto text = [](const std::optional<Fixed> &v) { return v ? v->toString() : QString(); };
        digest.addData((r.unitCode + u'|' + r.criterionCode + u'|' + text(r.selfValue) + u'|' + text(r.appraised) + u'|'
            + (r.notApplicable ? QString::number(*r.notApplicable) : QString()) + u'|' + r.note.value_or(QString())
            + u'\n')
                           .toUtf8());
    }
    const AuditEntry last = m_db->auditLog(1)->first();
    QCOMPARE(last.action, u"scores.import"_s);
    QVERIFY2(last.newValue.contains(QString::fromLatin1(digest.result().toHex().left(16))), qPrintable(last.newValue));

    // Replacing the tree deletes its criteria and cascades to their cells before writing them back: with
    // foreign keys left off, the cells would stay behind and the write back would collide with them.
    QVERIFY(m_db->replaceCriteria(m_period, smallTree()));
    QCOMPARE(m_db->scoreSheets(m_period)->value(u"X10"_s).entry(u"1.2"_s), expected.value({u"X10"_s, u"1.2"_s}));
    QVERIFY(m_db->check().ok());
}

void TestDatabase::restoreScoresSetsExactCells()
{
    QVERIFY(m_db->setScore(m_period, u"DS"_s, u"1.1"_s, appraised("20", "25")));
    QVERIFY(m_db->setScore(m_period, u"HH"_s, u"1.1"_s, appraised("10")));
    const qsizetype before = m_db->auditLog()->size();
    // DS 1.1 loses its self value, HH 1.1 goes (an empty entry), DS 2 is created.
    ScoreEntry na;
    na.notApplicable = true;
    const QList<ScoreCell> cells
        = {{u"DS"_s, u"1.1"_s, appraised("21")}, {u"HH"_s, u"1.1"_s, {}}, {u"DS"_s, u"2"_s, na}};
    QVERIFY(m_db->restoreScores(m_period, cells));
    const auto sheets = *m_db->scoreSheets(m_period);
    QCOMPARE(sheets.value(u"DS"_s).entries, (QHash<QString, ScoreEntry> {{u"1.1"_s, appraised("21")}, {u"2"_s, na}}));
    QVERIFY(!sheets.contains(u"HH"_s));
    QCOMPARE(m_db->auditLog()->size(), before + 1);
    QCOMPARE(m_db->auditLog(1)->first().action, u"scores.restore"_s);
    QVERIFY(m_db->check().ok());

    // A bad cell refuses all of them.
    const Status s
        = m_db->restoreScores(m_period, {{u"DS"_s, u"1.1"_s, appraised("22")}, {u"DS"_s, u"1.1"_s, appraised("31")}});
    QVERIFY(!s);
    QCOMPARE(s.error().details.size(), 1);
    QCOMPARE(m_db->scoreSheets(m_period)->value(u"DS"_s).entry(u"1.1"_s), appraised("21"));
}

void TestDatabase::finalPeriodRefusesWrites()
{
    QVERIFY(m_db->setScore(m_period, u"DS"_s, u"1.1"_s, appraised("10")));
    QCOMPARE(m_db->finalize(m_period, {}, {}, publishNothing).error().kind, Error::Kind::BadData); // no number
    // Finalising goes through finalize(), which keeps what the period publishes.
    QCOMPARE(m_db->setPeriodStatus(m_period, PeriodStatus::Final, u"600/QĐ-UBND"_s, QDate(2024, 2, 2)).error().kind,
        Error::Kind::Usage);
    QVERIFY(m_db->finalize(m_period, u"600/QĐ-UBND"_s, QDate(2024, 2, 2), publishNothing));
    const Period p = *m_db->period(2023, u"HUYEN"_s);
    QCOMPARE(p.decisionNumber, u"600/QĐ-UBND"_s);
    QCOMPARE(p.decisionDate, QDate(2024, 2, 2));

    const QList<Status> refused = {
        m_db->setScore(m_period, u"DS"_s, u"1.1"_s, appraised("11")),
        m_db->importScores(
            m_period, {{u"DS"_s, u"1.1"_s, std::nullopt, Fixed::fromInt(1), std::nullopt, std::nullopt}}),
        m_db->replaceCriteria(m_period, smallTree()),
        m_db->setBands(m_period, ClassBands::defaults()),
        m_db->setDecisionTexts(m_period, u"{}"_s),
    };
    for (const Status &s : refused) {
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, Error::Kind::Final);
        QVERIFY2(s.error().message.contains(u"600/QĐ-UBND"_s), qPrintable(s.error().message));
    }
    QCOMPARE(m_db->scoreSheets(m_period)->value(u"DS"_s).entry(u"1.1"_s).appraised, Fixed::fromInt(10));
}

void TestDatabase::reopenNeedsReason()
{
    QVERIFY(m_db->finalize(m_period, u"600/QĐ-UBND"_s, QDate(2024, 2, 2), publishNothing));
    QCOMPARE(m_db->setPeriodStatus(m_period, PeriodStatus::Appraising).error().kind, Error::Kind::BadData);
    QVERIFY(m_db->setPeriodStatus(m_period, PeriodStatus::Appraising, {}, {}, u"Sai sót điểm khảo sát"_s));
    const AuditEntry last = m_db->auditLog(1)->first();
    QCOMPARE(last.action, u"period.reopen"_s);
    QVERIFY(last.newValue.contains(u"Sai sót điểm khảo sát"_s));
    QVERIFY(m_db->setScore(m_period, u"DS"_s, u"1.1"_s, appraised("12")));
}

void TestDatabase::replaceCriteriaKeepsScores()
{
    QVERIFY(m_db->setScore(m_period, u"DS"_s, u"1.1"_s, appraised("20")));
    QVERIFY(m_db->setScore(m_period, u"DS"_s, u"2"_s, appraised("25")));
    // 1.1 becomes 1.2 and the old 1.2 becomes 1.1; survey 2 stays.
    QList<Criterion> list = smallTree().criteria();
    std::swap(list[1], list[2]);
    list[1].code = u"1.1"_s;
    list[2].code = u"1.2"_s;
    const CriteriaTree renumbered = *CriteriaTree::build(list);
    QVERIFY(m_db->replaceCriteria(m_period, renumbered, {{u"1.1"_s, u"1.2"_s}, {u"1.2"_s, u"1.1"_s}}));
    const ScoreSheet sheet = m_db->scoreSheets(m_period)->value(u"DS"_s);
    QCOMPARE(sheet.entry(u"1.2"_s).appraised, Fixed::fromInt(20));
    QVERIFY(!sheet.entry(u"1.1"_s).appraised);
    QCOMPARE(sheet.entry(u"2"_s).appraised, Fixed::fromInt(25));
    QCOMPARE(m_db->criteria(m_period)->at(1).title, u"Tỷ lệ hồ sơ đúng hạn"_s);

    // A leaf that becomes a group loses its cells (values live on leaves only).
    QList<Criterion> grouped = smallTree().criteria();
    grouped[4 - 1].kind = CriterionKind::Group;
    grouped.append({u"2.1"_s, u"Hài lòng"_s, Fixed::fromInt(30), CriterionKind::Survey, {}});
    Database::CriteriaWrite dropAny;
    dropAny.dropping.allow = Database::Dropping::Allow::Any;
    QVERIFY(m_db->replaceCriteria(m_period, *CriteriaTree::build(grouped), dropAny));
    QVERIFY(!m_db->scoreSheets(m_period)->value(u"DS"_s).entries.contains(u"2"_s));
    QVERIFY(m_db->check().ok());
}

namespace {
// The values of the small province used by the tests of dropped scores: DS and HH on every leaf.
void enterValues(Database &db, qint64 period)
{
    ScoreEntry full = appraised("20", "25");
    full.note = u"Đủ hồ sơ"_s;
    ScoreEntry na;
    na.notApplicable = true;
    na.note = u"Không phát sinh"_s;
    const auto must = [](const Status &s) { QVERIFY2(s.ok(), qPrintable(s.error().text())); };
    must(db.setScore(period, u"DS"_s, u"1.1"_s, full));
    must(db.setScore(period, u"HH"_s, u"1.1"_s, na));
    must(db.setScore(period, u"DS"_s, u"1.2"_s, appraised("95", "100")));
    must(db.setScore(period, u"DS"_s, u"2"_s, appraised("25")));
    must(db.setScore(period, u"HH"_s, u"2"_s, appraised("28.5")));
}

Database::CriteriaWrite allowAny()
{
    Database::CriteriaWrite write;
    write.dropping.allow = Database::Dropping::Allow::Any;
    return write;
}
} // namespace

void TestDatabase::replaceCriteriaRefusesToDropScores_data()
{
    QTest::addColumn<QList<Criterion>>("criteria");
    QTest::addColumn<QString>("summary"); // what the refusal says
    QTest::addColumn<QStringList>("dropped"); // unit/criterion of the cells touched

    const QList<Criterion> base = smallTree().criteria();
    QList<Criterion> without11 = base;
    without11.removeAt(1);
    QTest::newRow("leaf removed") << without11 << u"2 score(s) of 2 unit(s) in criterion 1.1"_s
                                  << QStringList {u"DS/1.1"_s, u"HH/1.1"_s};
    QList<Criterion> grouped = base;
    grouped[3].kind = CriterionKind::Group;
    grouped.append({u"2.1"_s, u"Hài lòng"_s, Fixed::fromInt(30), CriterionKind::Survey, {}});
    QTest::newRow("leaf made a group") << grouped << u"2 score(s) of 2 unit(s) in criterion 2"_s
                                       << QStringList {u"DS/2"_s, u"HH/2"_s};
    QList<Criterion> lowered = base;
    lowered[3].maxPoints = Fixed::fromInt(26); // HH's 28.5 is above, DS's 25 is not
    QTest::newRow("maximum below a value")
        << lowered << u"1 score(s) of 1 unit(s) in criterion 2"_s << QStringList {u"HH/2"_s};
    QList<Criterion> points = base;
    points[2].kind = CriterionKind::Score; // 1.2 was a rate (95 %), now at most 40 points... then 10
    points[2].rule = RateRule();
    points[2].maxPoints = Fixed::fromInt(10);
    points[1].maxPoints = Fixed::fromInt(60);
    QTest::newRow("rate made points below its values")
        << points << u"1 score(s) of 1 unit(s) in criterion 1.2"_s << QStringList {u"DS/1.2"_s};
}

// The reported case: a tree without a leaf that has scores used to delete them without a word.
void TestDatabase::replaceCriteriaRefusesToDropScores()
{
    QFETCH(QList<Criterion>, criteria);
    QFETCH(QString, summary);
    QFETCH(QStringList, dropped);

    enterValues(*m_db, m_period);
    const auto sheets = *m_db->scoreSheets(m_period);
    const auto tree = CriteriaTree::build(criteria);
    QVERIFY2(tree.ok(), qPrintable(tree.error().text()));
    const qint64 logBefore = m_db->auditHead()->first;

    const Status refused = m_db->replaceCriteria(m_period, *tree);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::BadData);
    QVERIFY2(refused.error().message.contains(u"would delete "_s + summary), qPrintable(refused.error().text()));
    QCOMPARE(*m_db->scoreSheets(m_period), sheets);
    QCOMPARE(m_db->criteria(m_period)->criteria(), smallTree().criteria());
    QCOMPARE(m_db->auditHead()->first, logBefore);

    // The same rule as the editor's question.
    const DroppedValues asked = CriteriaEdit::droppedValues(*tree, sheets);
    QStringList touched;
    for (const ScoreCell &c : asked.before)
        touched.append(c.unitCode + u'/' + c.criterionCode);
    QCOMPARE(touched, dropped);

    // Allowed, they go; values still in range stay.
    QVERIFY(m_db->replaceCriteria(m_period, *tree, allowAny()));
    const auto after = *m_db->scoreSheets(m_period);
    for (const ScoreCell &c : asked.after)
        QCOMPARE(after.value(c.unitCode).entry(c.criterionCode), c.entry);
    QCOMPARE(CriteriaEdit::droppedValues(*tree, after).isEmpty(), true);
    QVERIFY(m_db->check().ok());
}

// What a change took away is in its audit row, and writing the tree back with those cells restores every value
// exactly (self-assessed, appraised, not applicable, note), in one transaction.
void TestDatabase::droppedScoresAreInTheAuditAndComeBack()
{
    enterValues(*m_db, m_period);
    const auto sheets = *m_db->scoreSheets(m_period);
    QList<Criterion> without11 = smallTree().criteria();
    without11.removeAt(1);
    without11[1].code = u"1.1"_s; // the rate 1.2 becomes 1.1
    without11[0].maxPoints = Fixed::fromInt(40);
    const CriteriaTree smaller = *CriteriaTree::build(without11);
    Database::CriteriaWrite write = allowAny();
    write.renamedCodes = {{u"1.1"_s, QString()}, {u"1.2"_s, u"1.1"_s}};
    QVERIFY(m_db->replaceCriteria(m_period, smaller, write));
    QCOMPARE(m_db->scoreSheets(m_period)->value(u"DS"_s).entry(u"1.1"_s), appraised("95", "100"));

    const AuditEntry row = m_db->auditLog(1)->first();
    QCOMPARE(row.action, u"criteria.replace"_s);
    const qsizetype line = row.oldValue.indexOf(u'\n');
    QVERIFY2(line > 0, qPrintable(row.oldValue));
    const QJsonArray cells
        = QJsonDocument::fromJson(row.oldValue.mid(line + 1).toUtf8()).object().value(u"scores"_s).toArray();
    QList<ScoreCell> logged;
    for (const QJsonValue &v : cells) {
        const QJsonObject o = v.toObject();
        ScoreEntry e;
        if (o.contains(u"self"_s))
            e.selfValue = Fixed::parse(o.value(u"self"_s).toString());
        if (o.contains(u"appraised"_s))
            e.appraised = Fixed::parse(o.value(u"appraised"_s).toString());
        e.notApplicable = o.value(u"na"_s).toBool();
        e.note = o.value(u"note"_s).toString();
        logged.append({o.value(u"unit"_s).toString(), o.value(u"criterion"_s).toString(), e});
    }
    QCOMPARE(logged.size(), 2);
    QCOMPARE(logged[0], (ScoreCell {u"DS"_s, u"1.1"_s, sheets[u"DS"_s].entry(u"1.1"_s)}));
    QCOMPARE(logged[1], (ScoreCell {u"HH"_s, u"1.1"_s, sheets[u"HH"_s].entry(u"1.1"_s)}));

    // The way back (an undo): the old tree, the codes renamed back, the logged cells written as they were.
    Database::CriteriaWrite back;
    back.renamedCodes = {{u"1.1"_s, u"1.2"_s}};
    back.expected = smaller;
    back.restored = logged;
    QVERIFY(m_db->replaceCriteria(m_period, smallTree(), back));
    QCOMPARE(*m_db->scoreSheets(m_period), sheets);
    QVERIFY(m_db->check().ok());
}

// A person confirmed deleting some values; when the file holds others by the time of the write, nothing is written.
void TestDatabase::confirmedDropMustBeWhatIsStored()
{
    enterValues(*m_db, m_period);
    QList<Criterion> without11 = smallTree().criteria();
    without11.removeAt(1);
    const CriteriaTree tree = *CriteriaTree::build(without11);
    const DroppedValues asked = CriteriaEdit::droppedValues(tree, *m_db->scoreSheets(m_period));
    QCOMPARE(asked.scoreCount(), 2);
    QVERIFY(m_db->setScore(m_period, u"HH"_s, u"1.1"_s, appraised("12"))); // another window, meanwhile
    const auto sheets = *m_db->scoreSheets(m_period);
    Database::CriteriaWrite write;
    write.dropping = {Database::Dropping::Allow::Exactly, asked.before};
    const Status s = m_db->replaceCriteria(m_period, tree, write);
    QCOMPARE(s.error().kind, Error::Kind::Conflict);
    QCOMPARE(*m_db->scoreSheets(m_period), sheets);
    QCOMPARE(m_db->criteria(m_period)->size(), smallTree().size());
}

// A units import that names a new group creates it with the units, in their transaction: refused, it leaves none.
void TestDatabase::unitsImportCreatesGroupsWithTheUnits()
{
    QVERIFY(m_db->setScore(m_period, u"DS"_s, u"1.1"_s, appraised("20")));
    const QList<UnitGroup> groups = *m_db->groups();
    const QList<Unit> units = *m_db->units();
    // DS moves to the new group XA while it has scores in the open 2023 period: refused.
    const QList<Unit> file
        = {{0, u"X01"_s, u"Xã Một"_s, u"XA"_s, {}, {}, true}, {0, u"DS"_s, u"Đông Sơn"_s, u"XA"_s, {}, {}, true}};
    const Status s = m_db->importUnits(file, std::nullopt, Database::Leaving::Refuse, {{u"XA"_s, u"XA"_s, 1}});
    QVERIFY(!s);
    QCOMPARE(*m_db->groups(), groups);
    QCOMPARE(*m_db->units(), units);
    // Without DS it goes through: the group and its unit, one audit row.
    const qint64 head = m_db->auditHead()->first;
    QVERIFY(m_db->importUnits(file.mid(0, 1), std::nullopt, Database::Leaving::Refuse, {{u"XA"_s, u"XA"_s, 1}}));
    QCOMPARE(m_db->groups()->size(), 2);
    QCOMPARE(m_db->unit(u"X01"_s)->groupCode, u"XA"_s);
    QCOMPARE(m_db->auditHead()->first, head + 1);
    QVERIFY(m_db->check().ok());
}

void TestDatabase::copyFromEarlierYear()
{
    const auto bands = ClassBands::build({{ClassCode::Excellent, Fixed::fromInt(85)}, {ClassCode::Fair, Fixed()}});
    QVERIFY(m_db->setBands(m_period, *bands));
    const auto next = m_db->addPeriod(2024, u"HUYEN"_s, 2023);
    QVERIFY2(next.ok(), qPrintable(next.error().text()));
    QCOMPARE(m_db->criteria(next->id)->criteria(), smallTree().criteria());
    QCOMPARE(*m_db->bands(next->id), *bands);
    QCOMPARE(m_db->addPeriod(2024, u"HUYEN"_s).error().kind, Error::Kind::BadData); // exists
    QCOMPARE(m_db->addPeriod(2025, u"HUYEN"_s, 2019).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_db->periods(u"HUYEN"_s)->size(), 2);
}

void TestDatabase::unitsTakePartByYear()
{
    Unit merged {0, u"NX"_s, u"Nghi Sơn"_s, u"HUYEN"_s, 2024, {}, true};
    Unit retired {0, u"HH"_s, u"Hoằng Hóa"_s, u"HUYEN"_s, {}, 2024, true};
    QVERIFY(m_db->saveUnit(merged));
    QVERIFY(m_db->saveUnit(retired));
    const auto p2024 = m_db->addPeriod(2024, u"HUYEN"_s, 2023);
    QVERIFY2(p2024.ok(), qPrintable(p2024.error().text()));
    QStringList codes2023, codes2024;
    const QList<Unit> units2023 = *m_db->periodUnits(m_period);
    const QList<Unit> units2024 = *m_db->periodUnits(p2024->id);
    for (const Unit &u : units2023)
        codes2023.append(u.code);
    for (const Unit &u : units2024)
        codes2024.append(u.code);
    QCOMPARE(codes2023, (QStringList {u"DS"_s, u"HH"_s}));
    QCOMPARE(codes2024, (QStringList {u"DS"_s, u"NX"_s}));
    QCOMPARE(m_db->saveUnit({0, u"ZZ"_s, u"Không nhóm"_s, u"NOPE"_s, {}, {}, true}).error().kind, Error::Kind::BadData);
}

void TestDatabase::outsideEditsAreReported_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("score changed") << u"UPDATE score SET appraised = 300000"_s
                                   << u"score of unit DS for criterion 1.1"_s;
    QTest::newRow("criterion max raised")
        << u"UPDATE criterion SET max_points = 990000 WHERE code = '1.1'"_s << u"Criterion 1.1 of 2023/HUYEN"_s;
    QTest::newRow("unit renamed") << u"UPDATE unit SET name = 'Khác' WHERE code = 'HH'"_s << u"Unit HH"_s;
    QTest::newRow("period finalised by hand") << u"UPDATE period SET status = 'final'"_s << u"Period 2023/HUYEN"_s;
    QTest::newRow("newest audit rows deleted")
        << u"DELETE FROM audit WHERE id = (SELECT max(id) FROM audit)"_s << u"newest audit log entries were removed"_s;
    QTest::newRow("audit row rewritten") << u"UPDATE audit SET new_value = 'x' WHERE id = 2"_s
                                         << u"Audit log entry 2 was changed"_s;
}

void TestDatabase::outsideEditsAreReported()
{
    QFETCH(QString, statement);
    QFETCH(QString, fragment);
    QVERIFY(m_db->setScore(m_period, u"DS"_s, u"1.1"_s, appraised("20")));
    QVERIFY(m_db->check().ok());
    m_db.reset();
    outsideEdit(m_path, statement);
    auto db = Database::open(m_path, Database::Access::ReadOnly);
    QVERIFY(db.ok());
    const CheckReport report = (*db)->check();
    QVERIFY(!report.ok());
    QVERIFY2(report.problems.join(u'\n').contains(fragment), qPrintable(report.problems.join(u'\n')));
}

void TestDatabase::backupIsWholeAndEqual()
{
    QVERIFY(m_db->setScore(m_period, u"DS"_s, u"1.1"_s, appraised("20")));
    const QString target = m_dir.filePath(u"backup-copy.parindex"_s);
    QVERIFY(m_db->backupTo(target));
    QVERIFY(m_db->backupTo(target)); // replaces the earlier copy
    QCOMPARE(m_db->backupTo(m_path).error().kind, Error::Kind::Usage);
    auto copy = Database::open(target, Database::Access::ReadOnly);
    QVERIFY2(copy.ok(), qPrintable(copy.error().text()));
    QCOMPARE(*(*copy)->scoreSheets(m_period), *m_db->scoreSheets(m_period));
    QVERIFY((*copy)->check().ok());
    const QStringList leftovers = QDir(m_dir.path()).entryList({u".backup-copy*"_s}, QDir::Files | QDir::Hidden);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u", "_s)));
}

void TestDatabase::decisionTexts()
{
    QCOMPARE(*m_db->decisionTexts(m_period), QString());
    QVERIFY(m_db->setDecisionTexts(m_period, u"{\"number\":\"600/QĐ-UBND\"}"_s));
    QCOMPARE(*m_db->decisionTexts(m_period), u"{\"number\":\"600/QĐ-UBND\"}"_s);
    QVERIFY(m_db->check().ok());
}

// The grid a ranking reads holds, cell for cell, what scoring reads of the sheets; rows and columns follow the codes
// asked for, cells of other units or criteria are left out, and codes that have no cell give empty cells.
void TestDatabase::scoreGridHoldsTheSheets()
{
    ScoreEntry noted = appraised("28.15", "29");
    noted.note = u"đã giải trình"_s;
    QVERIFY(m_db->setScore(m_period, u"DS"_s, u"1.1"_s, noted));
    QVERIFY(m_db->setScore(m_period, u"HH"_s, u"1.1"_s, appraised("12")));
    ScoreEntry na;
    na.notApplicable = true;
    QVERIFY(m_db->setScore(m_period, u"HH"_s, u"1.2"_s, na));
    QVERIFY(m_db->setScore(m_period, u"DS"_s, u"1.2"_s, appraised("87.5")));

    const QStringList units = {u"HH"_s, u"XX"_s, u"DS"_s};
    const QStringList columns = {u"1.2"_s, u"1"_s, u"1.1"_s, u"9.9"_s};
    const auto grid = m_db->scoreGrid(m_period, units, columns);
    QVERIFY2(grid.ok(), qPrintable(grid.error().text()));
    QCOMPARE(grid->rows(), 3);
    QCOMPARE(grid->columns(), 4);
    const auto sheets = *m_db->scoreSheets(m_period);
    int cells = 0;
    for (qsizetype row = 0; row < units.size(); ++row) {
        for (qsizetype column = 0; column < columns.size(); ++column) {
            ScoreEntry e;
            const bool present = grid->get(row, column, e);
            const auto sheet = sheets.constFind(units[row]);
            const bool stored = sheet != sheets.cend() && sheet->entries.contains(columns[column]);
            QCOMPARE(present, stored);
            if (stored) {
                QCOMPARE(e.appraised, sheet->entries.value(columns[column]).appraised);
                QCOMPARE(e.notApplicable, sheet->entries.value(columns[column]).notApplicable);
                ++cells;
            }
        }
    }
    QCOMPARE(cells, 4);
    ScoreEntry e; // what scoring reads: the appraised value and not-applicable
    QVERIFY(grid->get(2, 2, e));
    QCOMPARE(e, appraised("28.15"));
    QVERIFY(grid->get(0, 0, e));
    QCOMPARE(e, na);

    // Only one unit asked for: the other's cells are still checked, not kept.
    const auto one = m_db->scoreGrid(m_period, {u"DS"_s}, {u"1.1"_s});
    QVERIFY(one.ok());
    e = {};
    QVERIFY(one->get(0, 0, e));
    QCOMPARE(e, appraised("28.15"));
}

void TestDatabase::scoreGridRefusesOutsideEdits_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("value changed") << u"UPDATE score SET appraised = 300000 WHERE unit_id = (SELECT id FROM unit "
                                      "WHERE code = 'HH')"_s
                                   << u"score of unit HH for criterion 1.1"_s;
    QTest::newRow("row removed") << u"DELETE FROM score WHERE unit_id = (SELECT id FROM unit WHERE code = 'HH')"_s
                                 << u"1 rows where the program wrote 2"_s;
    QTest::newRow("row re-sealed elsewhere")
        << u"UPDATE score SET seal = (SELECT seal FROM score WHERE unit_id = (SELECT id FROM unit WHERE code = 'DS')) "
           "WHERE unit_id = (SELECT id FROM unit WHERE code = 'HH')"_s
        << u"score of unit HH for criterion 1.1"_s;
}

// A grid is read as the sheets are: a cell changed, removed or added outside the program refuses the read.
void TestDatabase::scoreGridRefusesOutsideEdits()
{
    QFETCH(QString, statement);
    QFETCH(QString, fragment);
    QVERIFY(m_db->setScore(m_period, u"DS"_s, u"1.1"_s, appraised("20")));
    QVERIFY(m_db->setScore(m_period, u"HH"_s, u"1.1"_s, appraised("10")));
    m_db.reset();
    outsideEdit(m_path, statement);
    auto db = Database::open(m_path, Database::Access::ReadOnly);
    QVERIFY(db.ok());
    const auto grid = (*db)->scoreGrid(m_period, {u"DS"_s}, {u"1.1"_s});
    QVERIFY(!grid.ok());
    QCOMPARE(grid.error().kind, Error::Kind::Corrupt);
    QVERIFY2(grid.error().text().contains(fragment), qPrintable(grid.error().text()));
}

void TestDatabase::fastScoreSealIsTheSeal_data()
{
    QTest::addColumn<QVariant>("self");
    QTest::addColumn<QVariant>("appraised");
    QTest::addColumn<bool>("na");
    QTest::addColumn<QString>("note");
    const QVariant null(QMetaType(QMetaType::LongLong));
    QTest::newRow("appraised only") << null << QVariant(qint64(92150)) << false << QString();
    QTest::newRow("both, note") << QVariant(qint64(0)) << QVariant(qint64(-5)) << false << u"giải trình"_s;
    QTest::newRow("not applicable") << null << null << true << u"không áp dụng"_s;
    QTest::newRow("large") << QVariant(qint64(9223372036854775807LL)) << QVariant(qint64(1)) << true << u"x"_s;
    // The message of a cell without a note is built in a fixed buffer: its longest numbers.
    QTest::newRow("extremes, no note") << QVariant(std::numeric_limits<qint64>::min())
                                       << QVariant(std::numeric_limits<qint64>::max()) << true << QString();
    QTest::newRow("nothing") << null << null << false << QString();
}

// Files written before the fast seal carry the generic seal: both must give the same text.
void TestDatabase::fastScoreSealIsTheSeal()
{
    QFETCH(QVariant, self);
    QFETCH(QVariant, appraised);
    QFETCH(bool, na);
    QFETCH(QString, note);
    const auto raw
        = [](const QVariant &v) { return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong()); };
    const QString expected = seals::score(4711, 12, self, appraised, na, note);
    QCOMPARE(sql::scoreSeal(4711, 12, raw(self), raw(appraised), na, note), expected);
    QCOMPARE(sql::scoreSeal(std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min(), raw(self),
                 raw(appraised), na, note),
        seals::score(
            std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min(), self, appraised, na, note));
    // A read adds the seal's 16 bytes to the period's record; a write its 32 hex digits: the same set.
    unsigned char bytes[16];
    sql::scoreSealBytes(bytes, 4711, 12, raw(self), raw(appraised), na, note);
    SealSet fromBytes;
    fromBytes.add(bytes);
    SealSet fromHex;
    QVERIFY(fromHex.add(QStringView(expected)));
    QCOMPARE(fromBytes, fromHex);
    QCOMPARE(fromBytes.digest(), expected);
    QVERIFY(!SealSet().toggle(QStringView(QString(32, u'A'))));
    QVERIFY(!SealSet().toggle(QStringView(QString(expected.left(31) + u'g'))));
}

// A window learns that another program wrote (data_version), and what it wrote (the audit rows after the last
// it saw, its own told apart).
void TestDatabase::othersWritesAreSeen()
{
    const qint64 version = *m_db->dataVersion();
    QVERIFY(m_db->setScore(m_period, u"DS"_s, u"1.1"_s, appraised("10")));
    QCOMPARE(*m_db->dataVersion(), version); // its own write does not count
    const qint64 seen = m_db->auditLog(1)->first().id;
    QVERIFY(m_db->auditLog(1)->first().own);
    {
        qint64 period = 0;
        auto other = Database::open(m_path);
        QVERIFY(other);
        (*other)->setUserName(u"parindex-cli"_s);
        period = (*other)->period(2023, u"HUYEN"_s)->id;
        QVERIFY((*other)->setScore(period, u"HH"_s, u"1.1"_s, appraised("12")));
    }
    QVERIFY(*m_db->dataVersion() != version);
    const auto after = m_db->auditAfter(seen);
    QVERIFY(after);
    QCOMPARE(after->size(), 1);
    QCOMPARE(after->first().who, u"parindex-cli"_s);
    QCOMPARE(after->first().entity, u"2023/HUYEN/HH/1.1"_s);
    QVERIFY(!after->first().own);
}

// An undo names the value it wrote: when someone changed it since, the undo is refused with who did it and
// what the value is now, and their change stays.
void TestDatabase::undoRefusesToOverwriteOthersChanges()
{
    QVERIFY(m_db->setScore(m_period, u"DS"_s, u"1.1"_s, appraised("10")));
    QVERIFY(m_db->setScore(m_period, u"DS"_s, u"1.1"_s, appraised("20"), appraised("10")));
    {
        auto other = Database::open(m_path);
        QVERIFY(other);
        (*other)->setUserName(u"parindex-cli"_s);
        QVERIFY((*other)->importScores(
            m_period, {{u"DS"_s, u"1.1"_s, std::nullopt, Fixed::fromInt(25), std::nullopt, std::nullopt}}));
    }
    const Status undo = m_db->setScore(m_period, u"DS"_s, u"1.1"_s, appraised("10"), appraised("20"));
    QVERIFY(!undo);
    QCOMPARE(undo.error().kind, Error::Kind::Conflict);
    QVERIFY2(undo.error().message.contains(u"parindex-cli"_s), qPrintable(undo.error().message));
    QVERIFY2(undo.error().message.contains(u"appraised 25"_s), qPrintable(undo.error().message));
    QCOMPARE(m_db->scoreSheet(m_period, u"DS"_s)->entry(u"1.1"_s), appraised("25"));

    // The undo of an import: every cell it wrote must still hold what it wrote.
    const QList<ScoreCell> wrote = {{u"DS"_s, u"1.1"_s, appraised("20")}};
    const Status restore = m_db->restoreScores(m_period, {{u"DS"_s, u"1.1"_s, appraised("10")}}, wrote);
    QCOMPARE(restore.error().kind, Error::Kind::Conflict);
    QVERIFY(m_db->restoreScores(
        m_period, {{u"DS"_s, u"1.1"_s, appraised("10")}}, QList<ScoreCell> {{u"DS"_s, u"1.1"_s, appraised("25")}}));

    // Criteria, bands, units, groups and decision texts alike.
    const CriteriaTree tree = *m_db->criteria(m_period);
    QList<Criterion> changed = tree.criteria();
    changed[1].title = u"Đổi tên"_s;
    QCOMPARE(
        m_db->replaceCriteria(m_period, tree, {}, *CriteriaTree::build(changed)).error().kind, Error::Kind::Conflict);
    QVERIFY(m_db->replaceCriteria(m_period, *CriteriaTree::build(changed), {}, tree));
    QVERIFY(m_db->setBands(m_period, ClassBands::defaults()));
    const auto four = ClassBands::build({{ClassCode::Excellent, Fixed::fromInt(95)},
        {ClassCode::Good, Fixed::fromInt(80)}, {ClassCode::Fair, Fixed::fromInt(60)}, {ClassCode::Weak, Fixed()}});
    QVERIFY(four);
    QCOMPARE(m_db->setBands(m_period, ClassBands::defaults(), *four).error().kind, Error::Kind::Conflict);
    const Unit ds = *m_db->unit(u"DS"_s);
    Unit renamed = ds;
    renamed.name = u"Huyện Đông Sơn"_s;
    QCOMPARE(m_db->saveUnit(ds, renamed).error().kind, Error::Kind::Conflict);
    QVERIFY(m_db->saveUnit(renamed, ds));
    const UnitGroup group = m_db->groups()->first();
    UnitGroup renamedGroup = group;
    renamedGroup.name = u"Các huyện"_s;
    QCOMPARE(m_db->saveGroup(group, renamedGroup).error().kind, Error::Kind::Conflict);
    QVERIFY(m_db->setDecisionTexts({m_period}, u"{\"subject\":\"a\"}"_s));
    QCOMPARE(m_db->setDecisionTexts({m_period}, u"{}"_s, u"{\"subject\":\"b\"}"_s).error().kind, Error::Kind::Conflict);
    QVERIFY(m_db->setDecisionTexts({m_period}, u"{}"_s, u"{\"subject\":\"a\"}"_s));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
