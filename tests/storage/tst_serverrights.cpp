// Members and their rights on the throwaway server of scripts/with-postgres.sh: for each role (and the store's owner),
// what it may do succeeds and everything else is refused by the server, tried through the program (Database) and
// through a raw SQL connection as that login, which must meet exactly the same rights. Skipped without a server,
// failed on CI without one. The test makes a database and logins of its own and drops them afterwards.
#include "storagefixture.h"

#include "../common/testserver.h"

#include <QtCore/QRegularExpression>
#include <QtCore/QUuid>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

using namespace parindex;
using namespace parindex::storagefixture;
using namespace Qt::StringLiterals;

namespace {
const QStringList Logins = {u"owner"_s, u"secretary"_s, u"appraiser"_s, u"unit"_s};
}

class TestServerRights : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void membersAreListed();
    void throughTheProgram_data();
    void throughTheProgram();
    void throughRawSql_data();
    void throughRawSql();
    void windowRights();
    void auditNamesTheMember();
    void anAuditRowAddedBySqlContinuesTheLog();
    void aWholeSheetWritesOnlyWhatChanged();
    void onlyAnAdministratorAddsMembers();
    void aFileHasNoMembers();
    void othersWritesAreNotified();
    void evidenceContentIsItsDigest();
    void scoreReferencesAreKept();

private:
    QSqlDatabase connect(const QString &name, const QString &user, const QString &database);
    QString loginOf(const QString &who) const { return who == u"owner" ? m_server->user : m_prefix + who; }
    QString addressFor(const QString &who) const
    {
        ServerAddress a = *m_server;
        a.user = loginOf(who);
        a.database = m_database;
        return a.toString();
    }
    std::unique_ptr<Database> openAs(const QString &who);
    qint64 id(const QString &sql);

    std::optional<ServerAddress> m_server;
    QString m_database;
    QString m_prefix; // of this run's logins: the server's roles are shared by every database
    qint64 m_period = 0; // 2023/HUYEN, being appraised
    qint64 m_final = 0; // 2022/HUYEN, final
    std::unique_ptr<Database> m_owner;
};

QSqlDatabase TestServerRights::connect(const QString &name, const QString &user, const QString &database)
{
    return testserver::connect(*m_server, name, user, database);
}

std::unique_ptr<Database> TestServerRights::openAs(const QString &who)
{
    auto db = Database::open(addressFor(who));
    if (!db)
        qFatal("open as %s: %s", qPrintable(who), qPrintable(db.error().text()));
    (*db)->setClock(&fixedClock);
    return std::move(db).value();
}

qint64 TestServerRights::id(const QString &sql)
{
    QSqlQuery q(connect(u"rights-owner"_s, m_server->user, m_database));
    if (!q.exec(sql) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

void TestServerRights::initTestCase()
{
    PARINDEX_REQUIRE_SERVER(m_server);
    const QString run = QUuid::createUuid().toString(QUuid::Id128).left(10);
    m_database = u"rights_"_s + run;
    m_prefix = u"m"_s + run + u"_"_s;
    QSqlQuery admin(connect(u"rights-admin"_s, m_server->user, m_server->database));
    QVERIFY2(admin.exec(u"CREATE DATABASE %1"_s.arg(m_database)), qPrintable(admin.lastError().text()));

    // The province of the storage tests (2023/HUYEN: area 1 = 1.1 and 1.2, area 2 = the survey "2"), and a final 2022.
    ServerAddress a = *m_server;
    a.database = m_database;
    m_owner = makeProvince(a.toString(), &m_period);
    const auto last = m_owner->addPeriod(2022, u"HUYEN"_s);
    QVERIFY(last);
    m_final = last->id;
    QVERIFY(m_owner->replaceCriteria(m_final, smallTree()));
    QVERIFY(m_owner->setScore(m_final, u"DS"_s, u"1.1"_s, appraised("20", "25")));
    QVERIFY(m_owner->addEvidence(m_final, attachment(u"DS"_s, u"1.1"_s, u"2022.pdf"_s), samplePdf('o')));
    QVERIFY(m_owner->finalize(m_final, u"12/QĐ-UBND"_s, QDate(2023, 3, 1), publishNothing));
    QVERIFY(m_owner->setScore(m_period, u"DS"_s, u"1.1"_s, appraised("20", "28")));
    QVERIFY(m_owner->setScore(m_period, u"DS"_s, u"2"_s, appraised("25", "26")));
    QVERIFY(m_owner->setScore(m_period, u"HH"_s, u"2"_s, appraised("24", "27")));
    for (const QString &unit : {u"DS"_s, u"HH"_s})
        QVERIFY(m_owner->addEvidence(m_period, attachment(unit, u"2"_s, u"Phiếu khảo sát.pdf"_s), samplePdf('o')));

    const QByteArray password = qgetenv("PGPASSWORD");
    const auto add = [&](const QString &who, Member::Role role, const QString &group, const QStringList &areas,
                         const QString &unit) {
        const Status s = m_owner->addMember({loginOf(who), role, group, areas, unit}, QString::fromUtf8(password));
        QVERIFY2(s.ok(), qPrintable(s.error().text()));
    };
    add(u"secretary"_s, Member::Role::Secretary, {}, {}, {});
    add(u"appraiser"_s, Member::Role::Appraiser, u"HUYEN"_s, {u"2"_s}, {});
    add(u"unit"_s, Member::Role::Unit, {}, {}, u"DS"_s);
    QVERIFY(m_owner->check().ok());
}

void TestServerRights::cleanupTestCase()
{
    if (!m_server)
        return;
    m_owner.reset();
    for (const QString &who : Logins)
        QSqlDatabase::removeDatabase(u"rights-"_s + who);
    for (const QString &name : {u"refs-a"_s, u"refs-b"_s})
        QSqlDatabase::removeDatabase(name);
    QSqlQuery admin(connect(u"rights-admin"_s, m_server->user, m_server->database));
    if (!admin.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_database)))
        qWarning("%s", qPrintable(admin.lastError().text()));
    for (const QString &role : QStringList {m_prefix + u"secretary"_s, m_prefix + u"appraiser"_s, m_prefix + u"unit"_s,
             m_database + u"_secretary"_s, m_database + u"_appraiser"_s, m_database + u"_unit"_s})
        admin.exec(u"DROP ROLE IF EXISTS \"%1\""_s.arg(role));
}

void TestServerRights::membersAreListed()
{
    const auto list = m_owner->members();
    QVERIFY(list);
    QCOMPARE(list->size(), 3);
    QCOMPARE(list->at(0), (Member {loginOf(u"appraiser"_s), Member::Role::Appraiser, u"HUYEN"_s, {u"2"_s}, {}}));
    QCOMPARE(list->at(2), (Member {loginOf(u"unit"_s), Member::Role::Unit, {}, {}, u"DS"_s}));
    // A login becomes a member once; what it is assigned changes by removing it first.
    QCOMPARE(m_owner->addMember({loginOf(u"unit"_s), Member::Role::Unit, {}, {}, u"HH"_s}).error().kind,
        Error::Kind::BadData);
    QCOMPARE(m_owner->addMember({u"x"_s, Member::Role::Unit, {}, {}, u"NOPE"_s}).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_owner->addMember({m_server->user, Member::Role::Unit, {}, {}, u"DS"_s}).error().kind,
        Error::Kind::BadData); // the owner may do everything already
}

// Each action through the program, as each login: done, or refused with nothing changed.
void TestServerRights::throughTheProgram_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("allowed");
    // secretary, appraiser (HUYEN, area 2), unit (DS)
    const QList<std::tuple<const char *, bool, bool, bool>> table = {
        {"appraise DS area 2", true, true, false},
        {"appraise DS area 1", true, false, false},
        {"self-assess DS", true, false, true},
        {"self-assess HH", true, false, false},
        {"rename a unit", true, false, false},
        {"change the bands", true, false, false},
        {"explain for DS", true, false, true},
        {"explain for HH", true, false, false},
        {"attach evidence for DS", true, false, true},
        {"attach evidence for HH", true, false, false},
        {"attach evidence in the final year", false, false, false},
        {"write the final year", false, false, false},
        // An import writes all its cells in one statement (a server's bulk write): the rights hold for each row.
        {"import appraisals of DS area 2", true, true, false},
        {"import appraisals of DS areas 1 and 2", true, false, false},
        {"import a new appraisal of HH area 1", true, false, false},
        {"import into the final year", false, false, false},
    };
    for (const auto &[action, secretary, appraiser, unit] : table) {
        QTest::addRow("secretary: %s", action) << u"secretary"_s << QString::fromUtf8(action) << secretary;
        QTest::addRow("appraiser: %s", action) << u"appraiser"_s << QString::fromUtf8(action) << appraiser;
        QTest::addRow("unit: %s", action) << u"unit"_s << QString::fromUtf8(action) << unit;
    }
}

void TestServerRights::throughTheProgram()
{
    QFETCH(QString, who);
    QFETCH(QString, action);
    QFETCH(bool, allowed);
    const auto db = openAs(who);
    const qint64 before = id(u"SELECT count(*) FROM audit"_s);
    // The cell as it is, with one field changed: what the score form writes.
    const auto edit = [&](qint64 period, const QString &unit, const QString &code, auto change) {
        const auto sheet = db->scoreSheet(period, unit);
        if (!sheet)
            return Status(sheet.error());
        const ScoreEntry old = sheet->entry(code);
        ScoreEntry entry = old;
        change(entry);
        return db->setScore(period, unit, code, entry, old);
    };
    // A value of each login's own, so that every allowed edit changes the cell.
    const QString value = QString::number(20 + Logins.indexOf(who)) + u".5"_s;
    const auto appraise = [&](ScoreEntry &e) { e.appraised = Fixed::parse(value); };
    const auto self = [&](ScoreEntry &e) { e.selfValue = Fixed::parse(value); };
    Status done;
    if (action == u"appraise DS area 2")
        done = edit(m_period, u"DS"_s, u"2"_s, appraise);
    else if (action == u"appraise DS area 1")
        done = edit(m_period, u"DS"_s, u"1.1"_s, appraise);
    else if (action == u"self-assess DS")
        done = edit(m_period, u"DS"_s, u"2"_s, self);
    else if (action == u"self-assess HH")
        done = edit(m_period, u"HH"_s, u"2"_s, self);
    else if (action == u"rename a unit")
        done = db->saveUnit({0, u"HH"_s, u"Hoằng Hóa (%1)"_s.arg(who), u"HUYEN"_s, {}, {}, true});
    else if (action == u"change the bands") {
        QList<ClassBands::Band> bands = db->bands(m_period)->bands();
        bands.first().minIndex = Fixed::parse(QString::number(90 + Logins.indexOf(who))).value();
        done = db->setBands(m_period, *ClassBands::build(bands));
    } else if (action.startsWith(u"explain for ")) {
        const auto added = db->addExplanation(
            m_period, {0, action.mid(12), u"2"_s, u"Giải trình của %1"_s.arg(who), QDate(2024, 3, 5), {}, {}});
        done = added ? Status() : Status(added.error());
    } else if (action.startsWith(u"attach evidence ")) {
        // A document of each login's own, so that none is refused as already attached.
        const bool final = action.endsWith(u"final year"_s);
        const auto added = db->addEvidence(final ? m_final : m_period,
            attachment(final ? u"DS"_s : action.right(2), u"1.2"_s, u"Minh chứng của %1.pdf"_s.arg(who)),
            samplePdf(char('a' + Logins.indexOf(who))));
        done = added ? Status() : Status(added.error());
    } else if (action == u"write the final year")
        done = edit(m_final, u"DS"_s, u"1.1"_s, appraise);
    else if (action == u"import appraisals of DS area 2")
        done = db->importScores(m_period, {{u"DS"_s, u"2"_s, {}, Fixed::parse(value), {}, {}}});
    else if (action == u"import appraisals of DS areas 1 and 2")
        done = db->importScores(m_period,
            {{u"DS"_s, u"2"_s, {}, Fixed::parse(value), {}, {}}, {u"DS"_s, u"1.1"_s, {}, Fixed::parse(value), {}, {}}});
    else if (action == u"import a new appraisal of HH area 1")
        done = db->importScores(m_period, {{u"HH"_s, u"1.2"_s, {}, Fixed::parse(value), {}, {}}});
    else if (action == u"import into the final year")
        done = db->importScores(m_final, {{u"DS"_s, u"1.1"_s, {}, Fixed::parse(value), {}, {}}});
    else
        QFAIL("unknown action");

    if (allowed) {
        QVERIFY2(done.ok(), qPrintable(done.error().text()));
        QCOMPARE(id(u"SELECT count(*) FROM audit"_s), before + 1);
    } else {
        QVERIFY2(!done.ok(), "accepted");
        QVERIFY2(done.error().kind == Error::Kind::ReadOnly || done.error().kind == Error::Kind::Final,
            qPrintable(done.error().text()));
        QCOMPARE(id(u"SELECT count(*) FROM audit"_s), before);
    }
    QVERIFY(m_owner->check().ok());
    // The raw SQL cases below insert that cell themselves.
    if (action == u"import a new appraisal of HH area 1" && allowed)
        QVERIFY(m_owner->restoreScores(m_period, {{u"HH"_s, u"1.2"_s, ScoreEntry()}}));
}

// The same rights for a login that connects with any SQL client: each statement in a transaction rolled back.
void TestServerRights::throughRawSql_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("allowed");
    const QString cell = u"criterion_id = (SELECT id FROM criterion WHERE period_id = %1 AND code = '%2') AND unit_id "
                         "= (SELECT id FROM unit WHERE code = '%3')"_s;
    const auto at = [&](qint64 period, const char *code, const char *unit) {
        return cell.arg(period).arg(QLatin1StringView(code), QLatin1StringView(unit));
    };
    // An attachment of the content the owner attached, as a SQL client would write one.
    const QByteArray sample = samplePdf('o');
    const auto evidenceOf = [&](qint64 period, const char *unit) {
        return u"INSERT INTO evidence (id, period_id, unit_id, criterion_code, name, media_type, sha256, size, added, "
               "added_by, seal) SELECT 950, %1, id, '1.2', 'x.pdf', 'application/pdf', '%2', %3, '', '', 'x' FROM unit "
               "WHERE code = '%4'"_s.arg(period)
                   .arg(evidence::digestOf(sample))
                   .arg(sample.size())
                   .arg(QLatin1StringView(unit));
    };
    // An audit row that continues the chain, computed by the server's own function (the program's writes, which
    // compute it in C++, are checked by the same guard in every other test).
    const auto appendAudit = [](const QString &who) {
        return u"INSERT INTO audit (at, who, action, entity, old_value, new_value, prev_hash, hash) SELECT '', %1, "
               u"'x', "
               "'', '', '', h, parindex_chain(h, '', (%1)::text, 'x', '', '', '') FROM (SELECT coalesce((SELECT hash "
               "FROM audit ORDER BY id DESC LIMIT 1), '') AS h) head"_s.arg(who);
    };
    const QString dsArea2 = at(m_period, "2", "DS");
    const QString dsArea1 = at(m_period, "1.1", "DS");
    const QString hhArea2 = at(m_period, "2", "HH");
    // owner, secretary, appraiser (HUYEN, area 2), unit (DS)
    const QList<std::tuple<const char *, QString, std::array<bool, 4>>> table = {
        {"appraise DS area 2", u"UPDATE score SET appraised = 1 WHERE "_s + dsArea2, {true, true, true, false}},
        {"appraise DS area 1", u"UPDATE score SET appraised = 1 WHERE "_s + dsArea1, {true, true, false, false}},
        {"note on DS area 2", u"UPDATE score SET note = 'x' WHERE "_s + dsArea2, {true, true, true, false}},
        {"self-assess DS", u"UPDATE score SET self_value = 1 WHERE "_s + dsArea2, {true, true, false, true}},
        {"self-assess HH", u"UPDATE score SET self_value = 1 WHERE "_s + hhArea2, {true, true, false, false}},
        {"insert an appraisal of HH 1.2",
            u"INSERT INTO score (criterion_id, unit_id, appraised, seal) SELECT c.id, u.id, 1, 'x' FROM criterion c, "
            "unit u WHERE c.period_id = %1 AND c.code = '1.2' AND u.code = 'HH'"_s.arg(m_period),
            {true, true, false, false}},
        {"insert a self-assessment of DS 1.2",
            u"INSERT INTO score (criterion_id, unit_id, self_value, seal) SELECT c.id, u.id, 1, 'x' FROM criterion c, "
            "unit u WHERE c.period_id = %1 AND c.code = '1.2' AND u.code = 'DS'"_s.arg(m_period),
            {true, true, false, true}},
        {"delete the year's scores",
            u"DELETE FROM score WHERE criterion_id IN (SELECT id FROM criterion WHERE period_id = %1)"_s.arg(m_period),
            {true, true, false, false}},
        {"move a score", u"UPDATE score SET unit_id = (SELECT id FROM unit WHERE code = 'HH') WHERE "_s + dsArea1,
            {true, true, false, false}},
        {"write the final year",
            u"UPDATE score SET appraised = 1 WHERE criterion_id IN (SELECT id FROM criterion WHERE period_id = %1)"_s
                .arg(m_final),
            {false, false, false, false}},
        {"change the final year's criteria", u"UPDATE criterion SET title = 'x' WHERE period_id = %1"_s.arg(m_final),
            {false, false, false, false}},
        {"reopen the final year", u"UPDATE period SET status = 'appraising' WHERE id = %1"_s.arg(m_final),
            {true, true, false, false}},
        {"rename a unit", u"UPDATE unit SET name = 'x' WHERE code = 'HH'"_s, {true, true, false, false}},
        {"change the criteria", u"UPDATE criterion SET title = 'x' WHERE period_id = %1"_s.arg(m_period),
            {true, true, false, false}},
        {"explain for DS",
            u"INSERT INTO explanation (id, period_id, unit_id, criterion_code, content, received, seal) SELECT 900, "
            "%1, id, '2', 't', '2024-03-05', 'x' FROM unit WHERE code = 'DS'"_s.arg(m_period),
            {true, true, false, true}},
        {"explain for HH",
            u"INSERT INTO explanation (id, period_id, unit_id, criterion_code, content, received, seal) SELECT 901, "
            "%1, id, '2', 't', '2024-03-05', 'x' FROM unit WHERE code = 'HH'"_s.arg(m_period),
            {true, true, false, false}},
        {"decide an explanation", u"UPDATE explanation SET decided = '2024-03-06'"_s, {true, true, false, false}},
        {"attach evidence for DS", evidenceOf(m_period, "DS"), {true, true, false, true}},
        {"attach evidence for HH", evidenceOf(m_period, "HH"), {true, true, false, false}},
        {"attach evidence in the final year", evidenceOf(m_final, "DS"), {false, false, false, false}},
        {"take DS's evidence away",
            u"DELETE FROM evidence WHERE unit_id = (SELECT id FROM unit WHERE code = 'DS')"
            " AND period_id = %1"_s.arg(m_period),
            {true, true, false, true}},
        {"take HH's evidence away", u"DELETE FROM evidence WHERE unit_id = (SELECT id FROM unit WHERE code = 'HH')"_s,
            {true, true, false, false}},
        {"take the final year's evidence away", u"DELETE FROM evidence WHERE period_id = %1"_s.arg(m_final),
            {false, false, false, false}},
        {"rename an evidence document", u"UPDATE evidence SET name = 'x.pdf' WHERE period_id = %1"_s.arg(m_period),
            {true, true, false, false}},
        {"rename the final year's evidence document",
            u"UPDATE evidence SET name = 'x.pdf' WHERE period_id = %1"_s.arg(m_final), {false, false, false, false}},
        {"append an audit row as oneself", appendAudit(u"current_user"_s), {true, true, true, true}},
        {"append an audit row as someone else", appendAudit(u"'someone else'"_s), {true, false, false, false}},
        {"append an audit row off the chain",
            u"INSERT INTO audit (at, who, action, entity, old_value, new_value, prev_hash, hash) VALUES ('', "
            "current_user, 'x', '', '', '', '', '')"_s,
            {false, false, false, false}},
        {"append an audit row with a wrong hash",
            appendAudit(u"current_user"_s).replace(u"parindex_chain(h,"_s, u"parindex_chain('x',"_s),
            {false, false, false, false}},
        {"change the audit log", u"UPDATE audit SET who = who"_s, {false, false, false, false}},
        {"delete the audit log", u"DELETE FROM audit"_s, {false, false, false, false}},
        {"truncate the audit log", u"TRUNCATE audit"_s, {false, false, false, false}},
        {"change what was published", u"UPDATE published SET content = content"_s, {false, false, false, false}},
        {"move the audit head", u"UPDATE meta SET value = value WHERE key = 'audit_head'"_s, {true, true, true, true}},
        {"move the audit head elsewhere", u"UPDATE meta SET value = 'x' WHERE key = 'audit_head'"_s,
            {false, false, false, false}},
        {"change the store's identity", u"UPDATE meta SET value = value WHERE key = 'file_id'"_s,
            {true, true, false, false}},
        {"change the final year's record",
            u"UPDATE period_content SET rows = rows WHERE part = 'scores' AND period_id = %1"_s.arg(m_final),
            {false, false, false, false}},
        {"delete the final year's record", u"DELETE FROM period_content WHERE period_id = %1"_s.arg(m_final),
            {false, false, false, false}},
        {"count a write", u"UPDATE parindex_store SET data_version = data_version + 1"_s, {true, true, true, true}},
        {"count writes that were not made", u"UPDATE parindex_store SET data_version = data_version + 100"_s,
            {false, false, false, false}},
        {"change the schema version", u"UPDATE parindex_store SET schema_version = 99"_s, {true, false, false, false}},
        {"change one's assignment", u"UPDATE parindex_member SET areas = '{}'"_s, {true, false, false, false}},
    };
    for (const auto &[name, sql, allowed] : table) {
        for (qsizetype i = 0; i < Logins.size(); ++i)
            QTest::addRow("%s: %s", qPrintable(Logins[i]), name) << Logins[i] << sql << allowed[size_t(i)];
    }
}

void TestServerRights::throughRawSql()
{
    QFETCH(QString, who);
    QFETCH(QString, sql);
    QFETCH(bool, allowed);
    QSqlDatabase db = connect(u"rights-"_s + who, loginOf(who), m_database);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    QSqlQuery q(db);
    QVERIFY(q.exec(u"BEGIN"_s));
    const bool done = q.exec(sql);
    const QSqlError error = q.lastError();
    const int rows = q.numRowsAffected();
    QSqlQuery(db).exec(u"ROLLBACK"_s);
    if (allowed) {
        QVERIFY2(done, qPrintable(error.text()));
        // Never skipped in silence: the statement reached its rows.
        QVERIFY2(rows > 0 || sql.startsWith(u"TRUNCATE"_s), qPrintable(u"%1 rows"_s.arg(rows)));
    } else {
        QVERIFY2(!done, "accepted");
        QCOMPARE(error.nativeErrorCode(), u"42501"_s); // insufficient_privilege: grants, policies and guards alike
    }
}

// What the window shows as editable.
void TestServerRights::windowRights()
{
    const Rights owner = *openAs(u"owner"_s)->rights();
    QVERIFY(owner.isSecretary());
    QVERIFY(openAs(u"secretary"_s)->rights()->isSecretary());
    const Rights appraiser = *openAs(u"appraiser"_s)->rights();
    QVERIFY(!appraiser.isSecretary());
    QVERIFY(appraiser.mayAppraise(u"HUYEN"_s, u"2"_s, u"DS"_s));
    QVERIFY(!appraiser.mayAppraise(u"HUYEN"_s, u"1.1"_s, u"DS"_s));
    QVERIFY(!appraiser.mayAppraise(u"SO"_s, u"2.1"_s, u"SNV"_s));
    QVERIFY(!appraiser.maySelfAssess(u"DS"_s));
    const Rights unit = *openAs(u"unit"_s)->rights();
    QVERIFY(unit.maySelfAssess(u"DS"_s));
    QVERIFY(!unit.maySelfAssess(u"HH"_s));
    QVERIFY(!unit.mayAppraise(u"HUYEN"_s, u"2"_s, u"DS"_s));
    QVERIFY2(unit.description().contains(u"DS"_s), qPrintable(unit.description()));
}

void TestServerRights::auditNamesTheMember()
{
    const auto db = openAs(u"appraiser"_s);
    const ScoreEntry old = db->scoreSheet(m_period, u"HH"_s)->entry(u"2"_s);
    ScoreEntry entry = old;
    entry.note = u"Đã xác minh"_s;
    QVERIFY(db->setScore(m_period, u"HH"_s, u"2"_s, entry, old));
    db->setUserName(u"someone else"_s); // not on a server: the login is who writes
    entry.note = u"Đã xác minh lại"_s;
    const Status again
        = db->setScore(m_period, u"HH"_s, u"2"_s, entry, *db->scoreSheet(m_period, u"HH"_s)->entries.constFind(u"2"_s));
    QVERIFY2(again.ok(), qPrintable(again.error().text()));
    const auto log = m_owner->auditLog(2);
    QCOMPARE(log->at(0).who, loginOf(u"appraiser"_s));
    QCOMPARE(log->at(1).who, loginOf(u"appraiser"_s));
    QCOMPARE(log->at(0).action, u"score.set"_s);
    QVERIFY(m_owner->check().ok());
}

// A refused write's statements are freed after its rollback: QPSQL says nothing on stderr.
void TestServerRights::init()
{
    QTest::failOnWarning(QRegularExpression(u"Unable to free statement"_s));
}

// A member who appends a row to the audit log by SQL alone, as the server lets them (the row names them and
// continues the chain), leaves the log whole: the server moved its recorded head, so the program's next write and
// `check` go on, and the row is there, naming its author.
void TestServerRights::anAuditRowAddedBySqlContinuesTheLog()
{
    {
        QSqlQuery q(connect(u"rights-appraiser"_s, loginOf(u"appraiser"_s), m_database));
        QVERIFY2(
            q.exec(u"INSERT INTO audit (at, who, action, entity, old_value, new_value, prev_hash, hash) SELECT "
                   "'2024-03-05T08:00:00.000Z', current_user, 'note', 'by psql', '', 'Ghi chú', h, parindex_chain(h, "
                   "'2024-03-05T08:00:00.000Z', current_user::text, 'note', 'by psql', '', 'Ghi chú') FROM (SELECT "
                   "coalesce((SELECT hash FROM audit ORDER BY id DESC LIMIT 1), '') AS h) head"_s),
            qPrintable(q.lastError().text()));
    }
    const auto entries = m_owner->auditLog(1);
    QVERIFY(entries);
    QCOMPARE(entries->first().who, loginOf(u"appraiser"_s));
    QCOMPARE(entries->first().entity, u"by psql"_s);
    QVERIFY(m_owner->setScore(m_period, u"HH"_s, u"1.1"_s, appraised("18", "19")));
    const CheckReport report = m_owner->check();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
}

// An appraiser imports the sheet of the whole period (every cell, as exported), having changed one value of their
// area: only that cell is written, so the server lets it through; a change outside their areas in the same sheet is
// refused whole. An import that changes nothing writes nothing but its audit row.
void TestServerRights::aWholeSheetWritesOnlyWhatChanged()
{
    const auto db = openAs(u"appraiser"_s);
    QList<ScoreRow> sheet;
    const auto sheets = db->scoreSheets(m_period);
    QVERIFY(sheets);
    for (const ScoreSheet &unit : *sheets) {
        for (auto e = unit.entries.cbegin(); e != unit.entries.cend(); ++e)
            sheet.append({unit.unitCode, e.key(), e->selfValue, e->appraised, e->notApplicable, e->note});
    }
    QVERIFY(sheet.size() >= 4);
    QVERIFY2(db->importScores(m_period, sheet), "the same sheet again");
    const auto area2 = std::find_if(
        sheet.begin(), sheet.end(), [](const ScoreRow &r) { return r.unitCode == u"HH" && r.criterionCode == u"2"; });
    QVERIFY(area2 != sheet.end());
    area2->appraised = Fixed::fromInt(23);
    const Status mine = db->importScores(m_period, sheet);
    QVERIFY2(mine.ok(), qPrintable(mine.error().text()));
    QCOMPARE(db->scoreSheet(m_period, u"HH"_s)->entry(u"2"_s).appraised, Fixed::fromInt(23));
    const auto area1 = std::find_if(
        sheet.begin(), sheet.end(), [](const ScoreRow &r) { return r.unitCode == u"DS" && r.criterionCode == u"1.1"; });
    QVERIFY(area1 != sheet.end());
    area1->appraised = Fixed::fromInt(1);
    area2->appraised = Fixed::fromInt(22);
    const Status other = db->importScores(m_period, sheet);
    QCOMPARE(other.error().kind, Error::Kind::ReadOnly);
    QCOMPARE(db->scoreSheet(m_period, u"HH"_s)->entry(u"2"_s).appraised, Fixed::fromInt(23)); // nothing written
    QVERIFY(m_owner->check().ok());
}

void TestServerRights::onlyAnAdministratorAddsMembers()
{
    const auto db = openAs(u"secretary"_s);
    const Status s = db->addMember({m_prefix + u"x"_s, Member::Role::Unit, {}, {}, u"HH"_s});
    QCOMPARE(s.error().kind, Error::Kind::ReadOnly);
    QVERIFY2(s.error().message.contains(u"create roles"_s), qPrintable(s.error().message));
    QCOMPARE(openAs(u"unit"_s)->removeMember(loginOf(u"appraiser"_s)).error().kind, Error::Kind::ReadOnly);
    QCOMPARE(m_owner->members()->size(), 3);
    // The owner ends a membership; the login made for it goes too.
    QVERIFY(m_owner->addMember({m_prefix + u"x"_s, Member::Role::Unit, {}, {}, u"HH"_s}));
    QCOMPARE(m_owner->members()->size(), 4);
    QVERIFY(m_owner->removeMember(m_prefix + u"x"_s));
    QCOMPARE(m_owner->members()->size(), 3);
    QCOMPARE(id(u"SELECT count(*) FROM pg_roles WHERE rolname = '%1x'"_s.arg(m_prefix)), 0);
    QCOMPARE(m_owner->auditLog(1)->first().action, u"member.remove"_s);
}

void TestServerRights::aFileHasNoMembers()
{
    QTemporaryDir dir;
    qint64 period = 0;
    const auto file = makeProvince(dir.filePath(u"p.parindex"_s), &period);
    QVERIFY(file->rights()->isSecretary());
    QCOMPARE(file->members().error().kind, Error::Kind::Usage);
    QCOMPARE(file->addMember({u"x"_s, Member::Role::Unit, {}, {}, u"DS"_s}).error().kind, Error::Kind::Usage);
}

// LISTEN/NOTIFY: a window hears of another member's commit, not of its own writes nor of a write rolled back.
void TestServerRights::othersWritesAreNotified()
{
    const auto listener = openAs(u"appraiser"_s);
    int heard = 0;
    QObject context;
    QVERIFY(listener->watchChanges(&context, [&heard] { ++heard; }));
    const auto writer = openAs(u"secretary"_s);
    QVERIFY(writer->setScore(m_period, u"HH"_s, u"1.1"_s, appraised("11", "12")));
    QTRY_COMPARE_WITH_TIMEOUT(heard, 1, 10000);
    const qint64 version = *listener->dataVersion();
    // Its own write is not news; a refused one commits nothing and says nothing.
    const ScoreEntry old = listener->scoreSheet(m_period, u"HH"_s)->entry(u"2"_s);
    ScoreEntry mine = old;
    mine.note = u"Đã đối chiếu hồ sơ"_s;
    QVERIFY(listener->setScore(m_period, u"HH"_s, u"2"_s, mine, old));
    QVERIFY(!writer->setScore(m_final, u"DS"_s, u"1.1"_s, appraised("1")));
    QVERIFY(writer->setScore(m_period, u"HH"_s, u"1.1"_s, appraised("12", "12")));
    QTRY_COMPARE_WITH_TIMEOUT(heard, 2, 10000);
    QCOMPARE(*listener->dataVersion(), version + 1);
    // A file cannot tell: its windows look at dataVersion().
    QTemporaryDir dir;
    qint64 period = 0;
    QVERIFY(!makeProvince(dir.filePath(u"p.parindex"_s), &period)->watchChanges(&context, [] {}));
}

// Whoever writes a content, through the program or not, it is kept under its own SHA-256 and never changed.
void TestServerRights::evidenceContentIsItsDigest()
{
    for (const QString &who : {u"owner"_s, u"unit"_s}) {
        QSqlDatabase db = connect(u"rights-"_s + who, loginOf(who), m_database);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        const auto tryIt = [&](const QString &sql) {
            QSqlQuery q(db);
            q.exec(u"BEGIN"_s);
            const bool done = q.exec(sql);
            const QString state = q.lastError().nativeErrorCode();
            QSqlQuery(db).exec(u"ROLLBACK"_s);
            return done ? QString() : state;
        };
        const QString right = u"INSERT INTO evidence_content (sha256, size, content) VALUES "
                              "(encode(sha256('abc'::bytea), 'hex'), 3, 'abc'::bytea)"_s;
        QCOMPARE(tryIt(right), QString());
        // check_violation
        QCOMPARE(tryIt(u"INSERT INTO evidence_content (sha256, size, content) VALUES (repeat('0', 64), 3, "
                       "'abc'::bytea)"_s),
            u"23514"_s);
        QCOMPARE(tryIt(u"INSERT INTO evidence_content (sha256, size, content) VALUES "
                       "(encode(sha256('abc'::bytea), 'hex'), 4, 'abc'::bytea)"_s),
            u"23514"_s);
        QCOMPARE(
            tryIt(u"UPDATE evidence_content SET content = 'x'::bytea"_s), who == u"owner" ? u"23514"_s : u"42501"_s);
    }
}

// The criterion and the unit of a score cell are checked once per statement by the store's guards, not by foreign keys
// (one look-up per cell): what the foreign keys did holds, concurrent writers included, and `check` finds cells whose
// criterion or unit is gone when the guards were bypassed.
void TestServerRights::scoreReferencesAreKept()
{
    QSqlDatabase a = connect(u"refs-a"_s, m_server->user, m_database);
    QSqlDatabase b = connect(u"refs-b"_s, m_server->user, m_database);
    QVERIFY2(a.isOpen() && b.isOpen(), qPrintable(a.lastError().text() + b.lastError().text()));
    // The SQLSTATE of a statement (empty when done), and its message.
    QString message;
    const auto run = [&](QSqlDatabase &db, const QString &sql) {
        QSqlQuery q(db);
        const bool done = q.exec(sql);
        message = q.lastError().databaseText();
        return done ? QString() : q.lastError().nativeErrorCode();
    };
    QCOMPARE(run(a, u"SET lock_timeout = '5s'"_s), QString()); // never a test that hangs
    const qint64 criterion = id(u"SELECT id FROM criterion WHERE period_id = %1 AND code = '1.2'"_s.arg(m_period));
    const qint64 ds = id(u"SELECT id FROM unit WHERE code = 'DS'"_s);
    const qint64 nowhere = id(u"SELECT greatest((SELECT max(id) FROM criterion), (SELECT max(id) FROM unit)) + 1000"_s);
    QCOMPARE(id(u"SELECT count(*) FROM pg_constraint WHERE conrelid = 'score'::regclass AND contype = 'f'"_s), 0);

    // A cell of a criterion or a unit that does not exist: refused (foreign_key_violation), naming the id; also a cell
    // moved to one.
    const QString cell = u"INSERT INTO score (criterion_id, unit_id, appraised, seal) VALUES (%1, %2, 1, 'x')"_s;
    QCOMPARE(run(a, cell.arg(nowhere).arg(ds)), u"23503"_s);
    QVERIFY2(message.contains(QString::number(nowhere)) && message.contains(u"criterion"_s), qPrintable(message));
    QCOMPARE(run(a, cell.arg(criterion).arg(nowhere)), u"23503"_s);
    QVERIFY2(message.contains(QString::number(nowhere)) && message.contains(u"unit"_s), qPrintable(message));
    const qint64 dsCell = id(u"SELECT criterion_id FROM score WHERE unit_id = %1 AND criterion_id IN (SELECT id FROM "
                             "criterion WHERE period_id = %2) ORDER BY 1 LIMIT 1"_s.arg(ds)
                                 .arg(m_period));
    const QString moved = u"UPDATE score SET %1 = %2 WHERE unit_id = %3 AND criterion_id = %4"_s;
    QCOMPARE(run(a, moved.arg(u"unit_id"_s).arg(nowhere).arg(ds).arg(dsCell)), u"23503"_s);
    QCOMPARE(run(a, moved.arg(u"criterion_id"_s).arg(nowhere).arg(ds).arg(dsCell)), u"23503"_s);

    // A criterion removed takes its cells with it (a period of its own, in a transaction rolled back). A period is not
    // removed on a server: its published rankings, kept even when none is there, are never removed.
    const auto spare = m_owner->addPeriod(2030, u"HUYEN"_s);
    QVERIFY(spare);
    QVERIFY(m_owner->replaceCriteria(spare->id, smallTree()));
    QVERIFY(m_owner->setScore(spare->id, u"DS"_s, u"1.1"_s, appraised("20", "25")));
    QVERIFY(m_owner->setScore(spare->id, u"HH"_s, u"2"_s, appraised("24", "27")));
    const QString cellsOfPeriod
        = u"SELECT count(*) FROM score WHERE criterion_id IN (SELECT id FROM criterion WHERE period_id = %1)"_s.arg(
            spare->id);
    QCOMPARE(id(cellsOfPeriod), 2);
    const qint64 allCells = id(u"SELECT count(*) FROM score"_s);
    const auto countIn = [&](QSqlDatabase &db, const QString &sql) {
        QSqlQuery q(db);
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    };
    QCOMPARE(run(a, u"BEGIN"_s), QString());
    QCOMPARE(run(a, u"DELETE FROM criterion WHERE period_id = %1"_s.arg(spare->id)), QString());
    QCOMPARE(countIn(a, u"SELECT count(*) FROM score"_s), allCells - 2);
    QCOMPARE(countIn(a,
                 u"SELECT count(*) FROM score s WHERE NOT EXISTS (SELECT 1 FROM criterion c WHERE c.id = "
                 "s.criterion_id)"_s),
        0);
    QCOMPARE(run(a, u"ROLLBACK"_s), QString());
    QCOMPARE(id(cellsOfPeriod), 2);
    // Only in READ COMMITTED, where each statement sees what others committed.
    QCOMPARE(run(a, u"BEGIN ISOLATION LEVEL REPEATABLE READ"_s), QString());
    QCOMPARE(run(a, u"DELETE FROM criterion WHERE period_id = %1"_s.arg(spare->id)), u"0A000"_s);
    QCOMPARE(run(a, u"ROLLBACK"_s), QString());

    // A unit that only score cells name: not removed while they do, nor given another id; and the table of units is
    // not emptied.
    QCOMPARE(run(a, u"INSERT INTO unit (code, name, group_code, seal) VALUES ('ZZ', 'z', 'HUYEN', 'x')"_s), QString());
    const qint64 zz = id(u"SELECT id FROM unit WHERE code = 'ZZ'"_s);
    QCOMPARE(run(a, cell.arg(criterion).arg(zz)), QString());
    QCOMPARE(run(a, u"DELETE FROM unit WHERE id = %1"_s.arg(zz)), u"23503"_s);
    QVERIFY2(message.contains(u"ZZ"_s), qPrintable(message));
    QCOMPARE(run(a, u"UPDATE unit SET id = %1 WHERE id = %2"_s.arg(nowhere).arg(zz)), u"23503"_s);
    QCOMPARE(run(a, u"TRUNCATE criterion"_s), u"23503"_s);
    QCOMPARE(run(a, u"DELETE FROM score WHERE unit_id = %1"_s.arg(zz)), QString());

    // Concurrent writers. A cell being added holds its unit: removing the unit waits for that transaction (here it
    // gives up after its lock_timeout), and once the cell is committed the removal is refused.
    QCOMPARE(run(b, u"SET lock_timeout = '200ms'"_s), QString());
    QCOMPARE(run(a, u"SET lock_timeout = '5s'"_s), QString());
    QCOMPARE(run(a, u"BEGIN"_s), QString());
    QCOMPARE(run(a, cell.arg(criterion).arg(zz)), QString());
    QCOMPARE(run(b, u"DELETE FROM unit WHERE id = %1"_s.arg(zz)), u"55P03"_s); // lock_not_available
    QCOMPARE(run(a, u"COMMIT"_s), QString());
    QCOMPARE(run(b, u"DELETE FROM unit WHERE id = %1"_s.arg(zz)), u"23503"_s);
    QCOMPARE(run(a, u"DELETE FROM score WHERE unit_id = %1"_s.arg(zz)), QString());
    // A unit being removed: a cell of it waits for that transaction, and is refused once the removal is committed.
    QCOMPARE(run(a, u"SET lock_timeout = '200ms'"_s), QString());
    QCOMPARE(run(b, u"BEGIN"_s), QString());
    QCOMPARE(run(b, u"DELETE FROM unit WHERE id = %1"_s.arg(zz)), QString());
    QCOMPARE(run(a, cell.arg(criterion).arg(zz)), u"55P03"_s);
    QCOMPARE(run(b, u"COMMIT"_s), QString());
    QCOMPARE(run(a, cell.arg(criterion).arg(zz)), u"23503"_s);
    QCOMPARE(run(a, u"RESET lock_timeout"_s), QString());
    QCOMPARE(id(u"SELECT count(*) FROM score WHERE unit_id = %1"_s.arg(zz)), 0);

    // With the guards bypassed by the server's administrator, `check` finds the cell whose criterion is gone.
    QVERIFY(m_owner->check().ok());
    QCOMPARE(run(a, u"SET session_replication_role = replica"_s), QString());
    QCOMPARE(run(a, cell.arg(nowhere).arg(ds)), QString());
    QCOMPARE(run(a, u"RESET session_replication_role"_s), QString());
    const CheckReport report = m_owner->check();
    QVERIFY(!report.ok());
    QVERIFY2(report.problems.filter(u"refer to rows that no longer exist"_s).size() == 1,
        qPrintable(report.problems.join(u'\n')));
    QCOMPARE(run(a, u"DELETE FROM score WHERE criterion_id = %1"_s.arg(nowhere)), QString());
    QVERIFY(m_owner->check().ok());
}

QTEST_GUILESS_MAIN(TestServerRights)
#include "tst_serverrights.moc"
