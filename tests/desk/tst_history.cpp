// History never changes: a final period shows what it published whatever is edited afterwards (units, groups,
// criteria, bands, scores, texts of other years), every read and `check` find rows changed, removed or added
// outside the program, no write seals them again, and a printed digest confirms a file against the paper.
#include "demo/demoprovince.h"
#include "desk/auditanchors.h"
#include "desk/periodranking.h"
#include "desk/publication.h"
#include "io/formats.h"
#include "storage/databaseprivate.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QRegularExpression>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <QtTest/QTest>

using namespace parindex;
using namespace Qt::StringLiterals;

namespace {
// Statements run by "another program" (the sqlite3 shell, say).
void outside(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"outside"_s);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(q.lastError().text() + u" in "_s + s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"outside"_s);
}

QVariant outsideValue(const QString &path, const QString &statement)
{
    QVariant value;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"outside"_s);
        raw.setDatabaseName(path);
        raw.open();
        QSqlQuery q(raw);
        if (q.exec(statement) && q.next())
            value = q.value(0);
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"outside"_s);
    return value;
}

// Every final period's ranking as `rank --format json` prints it.
QHash<QString, QByteArray> finalRankings(const Database &db)
{
    QHash<QString, QByteArray> out;
    const auto periods = db.periods();
    for (const Period &p : *periods) {
        if (!p.isFinal())
            continue;
        const auto table = rankPeriod(db, p.year, p.groupCode);
        out.insert(u"%1/%2"_s.arg(p.year).arg(p.groupCode),
            table ? FileFormats::writeRankingJson(*table) : table.error().text().toUtf8());
    }
    return out;
}

QString problems(const CheckReport &r)
{
    return r.problems.join(u'\n');
}

bool mentions(const CheckReport &r, const QString &fragment)
{
    return std::any_of(r.problems.cbegin(), r.problems.cend(), [&](const QString &p) { return p.contains(fragment); });
}
} // namespace

class TestHistory : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void finalYearsStayAsPublished();
    void rosterOfAnOpenYear();
    void keptFromAnOlderFile();
    void removedRowsAreFound_data();
    void removedRowsAreFound();
    void cutAuditLogIsFound();
    void cutAuditLogIsFoundByThisComputer();
    void removedIdentityIsNotTakenForAKnownLog();
    void outsideEditsAreNeverSealedAgain();
    void paperDigestConfirmsTheFile();
    void damagedPageIsReportedAndRefusesWrites();

private:
    std::unique_ptr<Database> open() const
    {
        auto db = Database::open(m_path);
        if (!db)
            qFatal("%s", qPrintable(db.error().text()));
        return std::move(db).value();
    }
    qint64 periodId(const Database &db, int year, const QString &group) const { return db.period(year, group)->id; }

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_path;
};

void TestHistory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(AuditAnchors::store());
    m_demo = m_dir.filePath(u"demo.parindex"_s);
    QVERIFY(DemoProvince::createFile(m_demo)); // whole, without a log beside it: copied for each test
}

void TestHistory::init()
{
    m_path = m_dir.filePath(u"%1.parindex"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_path);
    QVERIFY(QFile::copy(m_demo, m_path));
    QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner));
}

// Every kind of edit a council makes after a decision, through storage as every command and window does:
// the final years' rankings stay byte for byte as published.
void TestHistory::finalYearsStayAsPublished()
{
    auto db = open();
    const QHash<QString, QByteArray> published = finalRankings(*db);
    QCOMPARE(published.size(), 9);
    const auto same = [&](const char *after) {
        const QHash<QString, QByteArray> now = finalRankings(*db);
        for (auto it = published.cbegin(); it != published.cend(); ++it)
            QVERIFY2(now.value(it.key()) == it.value(),
                qPrintable(u"%1 changed after %2"_s.arg(it.key(), QString::fromLatin1(after))));
    };
    const auto sct = *db->unit(u"SCT"_s);
    QVERIFY(FileFormats::writeRankingJson(*rankPeriod(*db, 2023, u"SO"_s)).contains("\"SCT\""));

    // The department is moved to the districts (the reported case): its scores of the open year stay out of it.
    Unit moved = sct;
    moved.groupCode = u"HUYEN"_s;
    moved.name = u"Sở Công Thương (chuyển)"_s;
    const Status refused = db->saveUnit(moved);
    QCOMPARE(refused.error().kind, Error::Kind::BadData); // it has scores in SO 2024, which is open
    QVERIFY(refused.error().details.value(0).contains(u"2024"_s));
    QVERIFY(db->saveUnit(moved, std::nullopt, Database::Leaving::KeepScores));
    same("moving a unit to another group");
    QVERIFY(!FileFormats::writeRankingJson(*rankPeriod(*db, 2023, u"HUYEN"_s)).contains("\"SCT\""));
    const auto huyen2024 = *db->periodUnits(periodId(*db, 2024, u"HUYEN"_s));
    QVERIFY(std::any_of(huyen2024.cbegin(), huyen2024.cend(), [](const Unit &u) { return u.code == u"SCT"; }));

    // Renamed, listed without a rank, retired; a group renamed.
    Unit renamed = *db->unit(u"H01"_s);
    renamed.name = u"UBND thị xã mới"_s;
    renamed.ranked = false;
    QVERIFY(db->saveUnit(renamed));
    same("renaming a unit");
    Unit retired = *db->unit(u"H02"_s);
    retired.retiredYear = 2022;
    QVERIFY(db->saveUnit(retired, std::nullopt, Database::Leaving::KeepScores));
    same("retiring a unit in a final year");
    QVERIFY(db->saveGroup({u"HUYEN"_s, u"UBND các huyện, thị xã"_s, 1}));
    same("renaming a group");

    // The open year: criteria, bands, scores, texts; a new year copied from a final one.
    const qint64 open = periodId(*db, 2024, u"HUYEN"_s);
    QList<Criterion> criteria = db->criteria(open)->criteria();
    criteria[1].title += u" (sửa)"_s;
    QVERIFY(db->replaceCriteria(open, *CriteriaTree::build(criteria)));
    QVERIFY(db->setBands(open,
        *ClassBands::build({{ClassCode::Excellent, Fixed::fromInt(95)}, {ClassCode::Good, Fixed::fromInt(85)},
            {ClassCode::Fair, Fixed::fromInt(60)}, {ClassCode::Weak, Fixed()}})));
    const QString leaf = db->criteria(open)->at(db->criteria(open)->leaves().first()).code;
    QVERIFY(db->importScores(open, {{u"H03"_s, leaf, std::nullopt, Fixed(), std::nullopt, u"sửa"_s}}));
    QVERIFY(db->setDecisionTexts(open, u"{\"province\":\"Minh Hòa\",\"subject\":\"Về việc khác\"}"_s));
    QVERIFY(db->addPeriod(2025, u"HUYEN"_s, 2023));
    same("editing the open year");

    // Reopened with a reason and published again: a new version; the old one stays in the file.
    const qint64 y2023 = periodId(*db, 2023, u"SO"_s);
    QVERIFY(db->setPeriodStatus(y2023, PeriodStatus::Appraising, {}, {}, u"Sửa điểm khảo sát"_s));
    QVERIFY(Publication::finalize(*db, y2023, u"999/QĐ-UBND"_s, QDate(2024, 5, 1)));
    QCOMPARE(db->publishedVersions(y2023)->size(), 2);
    QVERIFY2(Publication::check(*db).ok(), qPrintable(problems(Publication::check(*db))));
}

// A period that is not final: its roster is edited as a whole; a unit with scores is not taken out silently.
void TestHistory::rosterOfAnOpenYear()
{
    auto db = open();
    const qint64 open = periodId(*db, 2024, u"SO"_s);
    QList<Unit> roster = *db->periodUnits(open);
    const Unit first = roster.takeFirst();
    const Status refused = db->setRoster(open, roster);
    QCOMPARE(refused.error().kind, Error::Kind::BadData);
    QVERIFY2(refused.error().details.value(0).contains(first.code), qPrintable(refused.error().text()));
    roster.prepend(first);
    roster[0].name = u"Tên năm 2024"_s;
    QVERIFY(db->setRoster(open, roster));
    QCOMPARE(db->periodUnits(open)->first().name, u"Tên năm 2024"_s);
    QCOMPARE(db->unit(first.code)->name, first.name); // the unit itself keeps its name
    QCOMPARE(db->setRoster(periodId(*db, 2023, u"SO"_s), roster).error().kind, Error::Kind::Final);
    QVERIFY(Publication::check(*db).ok());
}

// A file of the previous version: its final years keep what they show at the first read-write open.
void TestHistory::keptFromAnOlderFile()
{
    auto db = open();
    const QHash<QString, QByteArray> before = finalRankings(*db);
    db.reset();
    // As version 4 left it: no roster, no published results, no explanations, no evidence, no links between years,
    // no scenarios (dropped by hand).
    outside(m_path,
        {u"DROP TABLE scenario"_s, u"DROP TABLE unit_lineage"_s, u"DROP TABLE criterion_link"_s,
            u"DROP TABLE evidence"_s, u"DROP TABLE evidence_content"_s, u"DROP TABLE explanation"_s,
            u"DROP TABLE published"_s, u"DROP TABLE period_content"_s, u"DROP TABLE roster"_s,
            u"PRAGMA user_version = 4"_s});
    db = open();
    QCOMPARE(db->schemaVersion(), Database::SchemaVersion);
    QVERIFY(!Publication::check(*db).ok()); // final years without what they published
    QVERIFY(Publication::keepOlderFinals(*db));
    QCOMPARE(finalRankings(*db), before);
    QVERIFY2(Publication::check(*db).ok(), qPrintable(problems(Publication::check(*db))));
}

void TestHistory::removedRowsAreFound_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("table");
    QTest::newRow("score of a final year") << 2023 << u"score"_s;
    QTest::newRow("score of the open year") << 2024 << u"score"_s;
    QTest::newRow("roster of a final year") << 2023 << u"roster"_s;
    QTest::newRow("criterion of the open year") << 2024 << u"criterion"_s;
}

// A row deleted with sqlite3: check names the period and the part; a read of it refuses to show a ranking that
// silently lost a unit; writes are refused from then on.
void TestHistory::removedRowsAreFound()
{
    QFETCH(int, year);
    QFETCH(QString, table);
    auto db = open();
    const qint64 period = periodId(*db, year, u"HUYEN"_s);
    db.reset();
    const QString one = u"(SELECT id FROM unit WHERE code = 'H03')"_s;
    const QString where = table == u"score"_s
        ? u"(criterion_id, unit_id) = (SELECT s.criterion_id, s.unit_id FROM score s JOIN criterion c ON c.id = "
          "s.criterion_id WHERE c.period_id = %1 AND s.unit_id = %2 LIMIT 1)"_s.arg(period)
              .arg(one)
        : table == u"roster"_s
        ? u"period_id = %1 AND unit_id = %2"_s.arg(period).arg(one)
        : u"period_id = %1 AND code = (SELECT max(code) FROM criterion WHERE period_id = %1 AND kind <> 'group')"_s.arg(
            period);
    outside(m_path, {u"PRAGMA foreign_keys = OFF"_s, u"DELETE FROM %1 WHERE %2"_s.arg(table, where)});
    db = open();
    const CheckReport report = Publication::check(*db);
    QVERIFY(!report.ok());
    QVERIFY2(mentions(report, u"%1/HUYEN"_s.arg(year)), qPrintable(problems(report)));
    // Reading what the period holds fails with a message that says so, and no write follows.
    const Status read = table == u"score"_s
        ? Status(db->scoreSheets(period).ok() ? Status() : db->scoreSheets(period).error())
        : table == u"roster"_s ? (db->periodUnits(period) ? Status() : db->periodUnits(period).error())
                               : (db->criteria(period) ? Status() : db->criteria(period).error());
    QVERIFY(!read);
    QCOMPARE(read.error().kind, Error::Kind::Corrupt);
    QVERIFY2(read.error().message.contains(u"outside the program"_s), qPrintable(read.error().message));
    const Status write = db->setScore(periodId(*db, 2024, u"SO"_s), u"SCT"_s, u"1.1"_s, {});
    QCOMPARE(write.error().kind, Error::Kind::Corrupt);
}

// The newest audit rows cut together with the recorded head (as someone who knows the program would): the record
// kept by each finalisation still finds the cut.
void TestHistory::cutAuditLogIsFound()
{
    auto db = open();
    const qint64 anchor = db->published(periodId(*db, 2023, u"XA"_s))
                              ->value()
                              .content.value(u"audit"_s)
                              .toObject()
                              .value(u"id"_s)
                              .toInteger();
    QVERIFY(anchor > 3);
    db.reset();
    outside(m_path,
        {u"DELETE FROM audit WHERE id >= %1"_s.arg(anchor - 2),
            u"UPDATE meta SET value = (SELECT hash FROM audit ORDER BY id DESC LIMIT 1) WHERE key = 'audit_head'"_s});
    db = open();
    const CheckReport report = Publication::check(*db);
    QVERIFY2(mentions(report, u"no longer holds entry %1"_s.arg(anchor)), qPrintable(problems(report)));
    db.reset();

    // Cut without the recorded head: check says so, and no write continues the log as if it were whole.
    outside(m_path, {u"DELETE FROM audit WHERE id = (SELECT max(id) FROM audit)"_s});
    db = open();
    QVERIFY(mentions(Publication::check(*db), u"newest audit log entries were removed"_s));
    const qint64 open2024 = periodId(*db, 2024, u"SO"_s);
    const CriteriaTree tree = *db->criteria(open2024);
    const Status write = db->setScore(open2024, u"SCT"_s, tree.at(tree.leaves().first()).code, {});
    QCOMPARE(write.error().kind, Error::Kind::Corrupt);
    QVERIFY2(write.error().message.contains(u"audit log"_s), qPrintable(write.error().message));
}

// The newest entries cut, and the cut log's head recorded as if nothing had happened, after the last finalisation:
// nothing in the file can tell, but this computer saw the log before.
void TestHistory::cutAuditLogIsFoundByThisComputer()
{
    auto db = open();
    QVERIFY(!AuditAnchors::problem(*db));
    AuditAnchors::remember(*db);
    const qint64 newest = db->auditHead()->first;
    db.reset();
    outside(m_path,
        {u"DELETE FROM audit WHERE id > %1"_s.arg(newest - 2),
            u"UPDATE meta SET value = (SELECT hash FROM audit ORDER BY id DESC LIMIT 1) WHERE key = 'audit_head'"_s});
    db = open();
    QVERIFY(Publication::check(*db).ok()); // the file alone cannot tell
    const auto problem = AuditAnchors::problem(*db);
    QVERIFY(problem);
    QVERIFY2(problem->contains(u"ends before entry %1"_s.arg(newest)), qPrintable(*problem));
    // A copy elsewhere is a record of its own.
    const QString copy = m_dir.filePath(u"copy-of-cut.parindex"_s);
    QFile::remove(copy);
    QVERIFY(db->backupTo(copy));
    QVERIFY(!AuditAnchors::problem(**Database::open(copy)));
}

// The log cut as above, and the file's identity removed so that this computer finds no record of it: said, never
// taken for a file whose log is as it was seen.
void TestHistory::removedIdentityIsNotTakenForAKnownLog()
{
    auto db = open();
    AuditAnchors::remember(*db);
    const qint64 newest = db->auditHead()->first;
    db.reset();
    outside(m_path,
        {u"DELETE FROM audit WHERE id > %1"_s.arg(newest - 2),
            u"UPDATE meta SET value = (SELECT hash FROM audit ORDER BY id DESC LIMIT 1) WHERE key = 'audit_head'"_s,
            u"DELETE FROM meta WHERE key = 'file_id'"_s});
    db = open();
    const auto problem = AuditAnchors::problem(*db);
    QVERIFY(problem);
    QVERIFY2(problem->contains(u"identity"_s), qPrintable(*problem));
}

// A value changed with sqlite3, then an import that touches only the self-assessment or the note of that row:
// refused (sealing it again would bless the outside change), and check still reports the change.
void TestHistory::outsideEditsAreNeverSealedAgain()
{
    auto db = open();
    const qint64 openYear = periodId(*db, 2024, u"HUYEN"_s);
    const QString leaf = db->criteria(openYear)->at(db->criteria(openYear)->leaves().first()).code;
    db.reset();
    outside(m_path,
        {u"UPDATE score SET appraised = 0 WHERE unit_id = (SELECT id FROM unit WHERE code = 'H03') "
         "AND criterion_id = (SELECT id FROM criterion WHERE period_id = %1 AND code = '%2')"_s.arg(openYear)
                .arg(leaf)});
    db = open();
    const QList<Status> writes = {
        db->importScores(openYear, {{u"H03"_s, leaf, Fixed(), std::nullopt, std::nullopt, std::nullopt}}),
        db->importScores(openYear, {{u"H03"_s, leaf, std::nullopt, std::nullopt, std::nullopt, u"ghi chú"_s}}),
        db->setScore(openYear, u"H03"_s, leaf, {}),
        db->restoreScores(openYear, {{u"H03"_s, leaf, {}}}),
    };
    for (const Status &s : writes) {
        QVERIFY(!s);
        QVERIFY2(s.error().kind == Error::Kind::Corrupt, qPrintable(s.error().text()));
        QVERIFY2(s.error().text().contains(u"check"_s), qPrintable(s.error().text()));
    }
    db.reset();
    db = open();
    QVERIFY2(mentions(Publication::check(*db), u"H03"_s), qPrintable(problems(Publication::check(*db))));
}

// The decision prints a digest of what the period published; someone who knows the program can change a value
// and compute every seal, digest and record again inside the file, but not the paper.
void TestHistory::paperDigestConfirmsTheFile()
{
    auto db = open();
    const qint64 period = periodId(*db, 2023, u"HUYEN"_s);
    const PublishedRecord record = db->published(period)->value();
    const QString paper = record.printedDigest();
    QVERIFY(QRegularExpression(u"^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$"_s).match(paper).hasMatch());
    CheckReport match = Publication::checkDigest(*db, paper.toLower().replace(u'0', u'o'));
    QVERIFY2(match.ok(), qPrintable(problems(match)));
    QVERIFY(match.notes.value(0).contains(u"2023/HUYEN"_s));
    QVERIFY(!Publication::checkDigest(*db, u"1234"_s).ok());

    // The forger: H05's index published as 99.99, every seal and digest made again as the program would.
    QJsonObject content = record.content;
    QJsonObject result = content.value(u"result"_s).toObject();
    QJsonObject ranking = result.value(u"ranking"_s).toObject();
    QJsonArray ranked = ranking.value(u"ranked"_s).toArray();
    QJsonObject last = ranked.last().toObject();
    last.insert(u"index"_s, 999900);
    ranked.replace(ranked.size() - 1, last);
    ranking.insert(u"ranked"_s, ranked);
    result.insert(u"ranking"_s, ranking);
    content.insert(u"result"_s, result);
    const QString forged = QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact));
    sql::Sha256 sha;
    sha.addData(forged.toUtf8());
    const QString digest = QString::fromLatin1(sha.result().toHex());
    const QString at = outsideValue(m_path, u"SELECT at FROM published WHERE period_id = %1"_s.arg(period)).toString();
    const QString date = record.decisionDate.toString(Qt::ISODate);
    db.reset();
    QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"forger"_s);
    {
        raw.setDatabaseName(m_path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        q.prepare(u"UPDATE published SET content = ?, digest = ?, seal = ? WHERE period_id = ?"_s);
        q.addBindValue(forged);
        q.addBindValue(digest);
        q.addBindValue(seals::published(period, 1, at, record.decisionNumber, date, forged, digest));
        q.addBindValue(period);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        raw.close();
    }
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"forger"_s);
    db = open();
    QVERIFY(db->published(period)); // the forged record reads as sealed
    match = Publication::checkDigest(*db, paper);
    QVERIFY(!match.ok());
    QVERIFY2(match.problems.value(0).contains(u"does not match the paper"_s), qPrintable(problems(match)));
    QVERIFY(std::any_of(
        match.notes.cbegin(), match.notes.cend(), [](const QString &n) { return n.contains(u"2023/HUYEN"_s); }));
    match = Publication::checkDigest(*db, paper, 2023, u"HUYEN"_s);
    QVERIFY(!match.ok());
    // And check, which computes the ranking again from the cells, finds the forged index too.
    QVERIFY2(mentions(Publication::check(*db), u"2023/HUYEN: the ranking computed now"_s),
        qPrintable(problems(Publication::check(*db))));
}

// A page of the score table damaged on disk, in a file large enough that opening does not read every page: the
// ranking is refused with a message (never computed from what the damage left), and no write goes into the file.
void TestHistory::damagedPageIsReportedAndRefusesWrites()
{
    auto db = open();
    const qint64 openYear = periodId(*db, 2024, u"XA"_s);
    db.reset();
    const int pageSize = outsideValue(m_path, u"PRAGMA page_size"_s).toInt();
    outside(m_path, {u"PRAGMA wal_checkpoint(TRUNCATE)"_s});
    // The last leaf page of the score cells: a value in it is changed, as a bad sector or a bad copy would.
    const qint64 page
        = outsideValue(m_path, u"SELECT max(pageno) FROM dbstat WHERE name = 'score' AND pagetype = 'leaf'"_s)
              .toLongLong();
    QVERIFY2(page > 0, "dbstat is needed to find a page of the score table");
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek((page - 1) * pageSize + pageSize - 40));
    QByteArray bytes = file.read(8);
    for (char &b : bytes)
        b = char(b ^ 0x5a);
    QVERIFY(file.seek((page - 1) * pageSize + pageSize - 40));
    file.write(bytes);
    file.close();
    auto damaged = Database::open(m_path, Database::Access::ReadWrite, Database::Verify::Structure);
    QVERIFY2(damaged, qPrintable(damaged ? QString() : damaged.error().text()));
    bool anyFailed = false;
    const auto periods = (*damaged)->periods(u"XA"_s);
    for (const Period &p : *periods) {
        const auto table = rankPeriod(**damaged, p.year, p.groupCode);
        if (!table) {
            anyFailed = true;
            QCOMPARE(table.error().kind, Error::Kind::Corrupt);
        }
    }
    QVERIFY2(anyFailed, "a ranking was computed from a damaged page without a word");
    const Status write = (*damaged)->setScore(openYear, u"X01"_s, u"1.1"_s, {});
    QCOMPARE(write.error().kind, Error::Kind::Corrupt);
    QVERIFY(!Publication::check(**damaged).ok());
}

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
