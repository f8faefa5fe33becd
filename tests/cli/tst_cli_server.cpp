// parindex-cli with --db postgresql://...: the same steps on the throwaway server of scripts/with-postgres.sh and on
// a file give the same ranking, byte for byte; a server database that is not a store, or not empty for init, is
// refused with its address named. Each test makes databases of its own on the server and drops them afterwards.
// Skipped without a server, failed on CI without one.
#include "../common/clirun.h"
#include "../common/testserver.h"
#include "../storage/storagefixture.h"

#include "desk/publication.h"

#include <QtCore/QJsonDocument>

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUuid>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <QtTest/QTest>

#include <functional>
#include <tuple>

using namespace parindex;
using namespace Qt::StringLiterals;

using parindex::clirun::cli;
using parindex::clirun::Run;

namespace {
void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestCliServer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void sameRankingAsAFile_data();
    void sameRankingAsAFile();
    void refusesADatabaseThatIsNoStore();
    void initRefusesADatabaseWithTables();
    void demoOnAServer();
    void upgradesAnOlderStore();
    void upgradeRefusesANewerStore();
    void upgradeOfAFile();

private:
    // A store of `version` made through the program's own calls: units, a final 2022 with scores, evidence and
    // decision texts, an open 2023 with scores and evidence, and (with `member`) a unit's member for DS.
    // `published`: the final year's ranking JSON, decision texts and digest, as the program reads them then.
    QString olderStore(int version, const QString &member, QByteArray *published);
    QByteArray publishedOf(const Database &db);
    QSqlDatabase as(const QString &database, const QString &login);
    qint64 number(const QString &database, const QString &sql);
    QString newDatabase(); // its address; empty when it could not be made
    QString addressOf(const QString &database) const;
    QSqlDatabase admin();

    std::optional<ServerAddress> m_server;
    QStringList m_made; // dropped after each test
    QStringList m_logins; // dropped after each test, after the databases
    QTemporaryDir m_dir;
};

void TestCliServer::initTestCase()
{
    PARINDEX_REQUIRE_SERVER(m_server);
    QVERIFY(m_dir.isValid());
    QVERIFY2(admin().isOpen(), qPrintable(admin().lastError().text()));
}

QSqlDatabase TestCliServer::admin()
{
    return testserver::admin(*m_server);
}

QString TestCliServer::addressOf(const QString &database) const
{
    return testserver::addressOf(*m_server, database);
}

QString TestCliServer::newDatabase()
{
    // Vietnamese order, as a council's server would sort text: nothing here may depend on it.
    const QString name = testserver::newDatabase(*m_server, u"cli_"_s, testserver::VietnameseOrder);
    if (name.isEmpty())
        return {};
    m_made.append(name);
    return addressOf(name);
}

void TestCliServer::cleanup()
{
    testserver::dropDatabases(*m_server, m_made);
    QSqlQuery q(admin());
    for (const QString &login : std::as_const(m_logins))
        q.exec(u"DROP ROLE IF EXISTS \"%1\""_s.arg(login));
    m_logins.clear();
}

QSqlDatabase TestCliServer::as(const QString &database, const QString &login)
{
    return testserver::connect(*m_server, u"cli-"_s + login + database, login, database);
}

qint64 TestCliServer::number(const QString &database, const QString &sql)
{
    QSqlQuery q(as(database, m_server->user));
    if (!q.exec(sql) || !q.next())
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

void TestCliServer::cleanupTestCase()
{
    QSqlDatabase::removeDatabase(u"admin"_s);
}

void TestCliServer::sameRankingAsAFile_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("json") << u"json"_s;
    QTest::newRow("csv") << u"csv"_s;
}

void TestCliServer::sameRankingAsAFile()
{
    QFETCH(QString, format);
    const QString server = newDatabase();
    QVERIFY(!server.isEmpty());
    const QString file = m_dir.filePath(u"province-%1.parindex"_s.arg(format));
    const QString units = m_dir.filePath(u"units.csv"_s);
    // Names whose order differs between code points and a collation (Đ, Ấ), a tie, and a unit with no score.
    writeFile(units,
        "code,name,group\nDS,Đông Sơn,HUYEN\nHH,Hoằng Hóa,HUYEN\nBT,Bá Thước,HUYEN\nAT,Ấp Tân,HUYEN\n"
        "ZZ,Zô Ra,HUYEN\n");
    const QString criteria = m_dir.filePath(u"criteria.csv"_s);
    writeFile(criteria,
        "code,title,max_points,kind,rule\n1,Thẩm định,70,group,\n1.1,Chỉ đạo điều hành,30,score,\n"
        "1.2,Tỷ lệ hồ sơ đúng hạn,40,rate,linear\n2,Khảo sát,30,survey,\n");
    const QString scores = m_dir.filePath(u"scores.csv"_s);
    writeFile(scores, "unit_code;1.1;1.2;2\nDS;28,15;95;26\nHH;28;94,5;26,12\nBT;28;94,5;26,12\nAT;na;80;20,5\n");
    const QList<QStringList> steps = {
        {u"init"_s},
        {u"units"_s, u"import"_s, units},
        {u"period"_s, u"add"_s, u"--year"_s, u"2023"_s, u"--group"_s, u"HUYEN"_s},
        {u"criteria"_s, u"import"_s, u"--year"_s, u"2023"_s, u"--group"_s, u"HUYEN"_s, criteria},
        {u"scores"_s, u"import"_s, u"--year"_s, u"2023"_s, u"--group"_s, u"HUYEN"_s, scores},
        {u"check"_s},
    };
    for (const QString &db : {server, file}) {
        for (const QStringList &step : steps) {
            const Run r = cli(QStringList {u"--lang"_s, u"en"_s, u"--db"_s, db} + step);
            QVERIFY2(r.exitCode == 0, qPrintable(u"%1 %2: %3"_s.arg(db, step.join(u' '), r.err)));
        }
    }
    QByteArray ranking[2];
    for (int i = 0; i < 2; ++i) {
        const QString out = m_dir.filePath(u"rank-%1-%2.%1"_s.arg(format).arg(i));
        const Run r = cli({u"--lang"_s, u"en"_s, u"--db"_s, i == 0 ? server : file, u"rank"_s, u"--year"_s, u"2023"_s,
                              u"--group"_s, u"HUYEN"_s, u"--format"_s, format},
            {out, -1, {}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        ranking[i] = fileBytes(out);
    }
    QVERIFY(ranking[1].contains("Bá Thước"));
    QCOMPARE(ranking[0], ranking[1]);
}

void TestCliServer::refusesADatabaseThatIsNoStore()
{
    const QString server = newDatabase();
    QVERIFY(!server.isEmpty());
    const Run r
        = cli({u"--lang"_s, u"en"_s, u"--db"_s, server, u"rank"_s, u"--year"_s, u"2023"_s, u"--group"_s, u"HUYEN"_s});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(server + u" holds no PAR Index store"_s), qPrintable(r.err));
    const QString missing = addressOf(u"khong_co_csdl_nay"_s);
    const Run m = cli({u"--lang"_s, u"en"_s, u"--db"_s, missing, u"check"_s});
    QVERIFY(m.exitCode != 0);
    QVERIFY2(m.err.contains(missing) && m.err.contains(u"khong_co_csdl_nay\" does not exist"_s), qPrintable(m.err));
}

void TestCliServer::initRefusesADatabaseWithTables()
{
    const QString server = newDatabase();
    QVERIFY(!server.isEmpty());
    QCOMPARE(cli({u"--lang"_s, u"en"_s, u"--db"_s, server, u"init"_s}).exitCode, 0);
    const Run again = cli({u"--lang"_s, u"en"_s, u"--db"_s, server, u"init"_s});
    QVERIFY(again.exitCode != 0);
    QVERIFY2(again.err.contains(server + u" already holds tables"_s), qPrintable(again.err));
}

// init --demo on a server: the province made in a temporary file, then copied; the same ranking as a demo file.
void TestCliServer::demoOnAServer()
{
    const QString server = newDatabase();
    QVERIFY(!server.isEmpty());
    const Run r = cli({u"--lang"_s, u"en"_s, u"--db"_s, server, u"init"_s, u"--demo"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(u"Created "_s + server), qPrintable(r.err));
    const QString file = m_dir.filePath(u"demo.parindex"_s);
    QFile::remove(file);
    QCOMPARE(cli({u"--lang"_s, u"en"_s, u"--db"_s, file, u"init"_s, u"--demo"_s}).exitCode, 0);
    for (const QString &group : {u"SO"_s, u"XA"_s}) {
        for (const QString &year : {u"2023"_s, u"2024"_s}) {
            QByteArray ranking[2];
            for (int i = 0; i < 2; ++i) {
                const QString out = m_dir.filePath(u"demo-%1-%2-%3.json"_s.arg(group, year).arg(i));
                const Run rank = cli({u"--lang"_s, u"en"_s, u"--db"_s, i == 0 ? server : file, u"rank"_s, u"--year"_s,
                                         year, u"--group"_s, group, u"--format"_s, u"json"_s},
                    {out, -1, {}});
                QVERIFY2(rank.exitCode == 0, qPrintable(rank.err));
                ranking[i] = fileBytes(out);
            }
            QVERIFY(ranking[0].size() > 100);
            QCOMPARE(ranking[0], ranking[1]);
        }
    }
    const Run checked = cli({u"--lang"_s, u"en"_s, u"--db"_s, server, u"check"_s});
    QVERIFY2(checked.exitCode == 0, qPrintable(checked.out + checked.err));
    // Only into an empty database, as copy: refused and nothing changed.
    const qint64 rows = number(server.section(u'/', -1).section(u'?', 0, 0), u"SELECT count(*) FROM audit"_s);
    const Run again = cli({u"--lang"_s, u"en"_s, u"--db"_s, server, u"init"_s, u"--demo"_s});
    QCOMPARE(again.exitCode, 3);
    QVERIFY2(again.err.contains(server + u" already holds tables"_s), qPrintable(again.err));
    QCOMPARE(number(server.section(u'/', -1).section(u'?', 0, 0), u"SELECT count(*) FROM audit"_s), rows);
}

QByteArray TestCliServer::publishedOf(const Database &db)
{
    const auto period = db.period(2022, u"HUYEN"_s);
    if (!period)
        return {};
    const auto ranking = Publication::ranking(db, *period);
    const auto texts = Publication::texts(db, *period);
    const auto record = db.published(period->id);
    if (!ranking || !*ranking || !texts || !*texts || !record || !*record)
        return {};
    return QJsonDocument(Publication::rankingJson(**ranking)).toJson() + (*texts)->json.toUtf8() + "\n"
        + (*texts)->groupName.toUtf8() + "\n" + (*record)->digest.toLatin1();
}

QString TestCliServer::olderStore(int version, const QString &member, QByteArray *published)
{
    using namespace parindex::storagefixture;
    const QString address = newDatabase();
    if (address.isEmpty())
        return {};
    qint64 open = 0;
    auto db = makeProvince(address, &open, version); // 2023/HUYEN, DS and HH, the small tree
    const auto fail = [](const QString &what, const Status &s) {
        qWarning("%s: %s", qPrintable(what), qPrintable(s.error().text()));
        return QString();
    };
    const auto last = db->addPeriod(2022, u"HUYEN"_s);
    if (!last)
        return fail(u"addPeriod"_s, last.error());
    const auto attach = [&](qint64 period, const QString &unit, const QString &code, const QString &name, char v) {
        const auto added = db->addEvidence(period, attachment(unit, code, name), samplePdf(v));
        return added ? Status() : Status(added.error());
    };
    const QList<std::function<Status()>> steps = {
        [&] { return db->replaceCriteria(last->id, smallTree()); },
        [&] {
            QList<ScoreRow> rows;
            const QList<std::tuple<const char *, const char *, const char *>> cells
                = {{"DS", "1.1", "28.15"}, {"DS", "1.2", "95"}, {"DS", "2", "26"}, {"HH", "1.1", "28"},
                    {"HH", "1.2", "94.5"}, {"HH", "2", "26.12"}};
            for (const auto &[unit, code, value] : cells) {
                ScoreRow row;
                row.unitCode = QString::fromLatin1(unit);
                row.criterionCode = QString::fromLatin1(code);
                row.appraised = Fixed::parse(QString::fromLatin1(value));
                rows.append(row);
            }
            return db->importScores(last->id, rows);
        },
        [&] { return db->setDecisionTexts(last->id, u"{\"province\":\"Minh Hòa\",\"signer\":\"Nguyễn Văn A\"}"_s); },
        [&] { return attach(last->id, u"DS"_s, u"1.1"_s, u"Báo cáo 2022.pdf"_s, 'a'); },
        [&] { return Publication::finalize(*db, last->id, u"12/QĐ-UBND"_s, QDate(2023, 3, 1)); },
        [&] { return db->setScore(open, u"DS"_s, u"1.1"_s, appraised("20", "28")); },
        [&] { return db->setScore(open, u"HH"_s, u"2"_s, appraised("24", "27")); },
        [&] { return attach(open, u"HH"_s, u"2"_s, u"Phiếu khảo sát.pdf"_s, 'b'); },
    };
    for (const auto &step : steps) {
        if (const Status s = step(); !s)
            return fail(u"fill"_s, s);
    }
    *published = publishedOf(*db);
    if (!member.isEmpty()) {
        m_logins.append(member);
        const Status s
            = db->addMember({member, Member::Role::Unit, {}, {}, u"DS"_s}, qEnvironmentVariable("PGPASSWORD"));
        if (!s)
            return fail(u"addMember"_s, s);
    }
    return address;
}

// An older store on the server: refused when opened, saying how it is upgraded; upgraded by its owner only, a failing
// step leaving the version before it; what it published unchanged, the audit chain continued, members' rights on the
// table made again.
void TestCliServer::upgradesAnOlderStore()
{
    using namespace parindex::storagefixture;
    const QString run = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString unitLogin = u"u"_s + run + u"_ds"_s;
    const QString appraiserLogin = u"u"_s + run + u"_td"_s;
    QByteArray before;
    // The version before this one: the guards and grants its first member installed name every table it has.
    const int older = Database::SchemaVersion - 1;
    const QString server = olderStore(older, unitLogin, &before);
    QVERIFY(!server.isEmpty());
    QVERIFY(before.contains("Đông Sơn"));
    const QString database = ServerAddress::parse(server)->database;
    for (const char *role : {"_secretary", "_appraiser", "_unit"})
        m_logins.append(database + QLatin1StringView(role)); // the store's group roles, made with its first member
    const auto version = [&] { return number(database, u"SELECT schema_version FROM parindex_store"_s); };
    const auto writes = [&] { return number(database, u"SELECT data_version FROM parindex_store"_s); };
    const qint64 headId = number(database, u"SELECT max(id) FROM audit"_s);
    QSqlQuery raw(as(database, m_server->user));
    QVERIFY(raw.exec(u"SELECT hash FROM audit ORDER BY id DESC LIMIT 1"_s) && raw.next());
    const QString headHash = raw.value(0).toString();
    QVERIFY(raw.exec(u"SELECT string_agg(content || digest, '|' ORDER BY period_id, version) FROM published"_s)
        && raw.next());
    const QString publishedRows = raw.value(0).toString();
    const qint64 written = writes();

    // Opened by the command line (or the window): refused, saying what to do; nothing changed.
    const Run opened
        = cli({u"--lang"_s, u"en"_s, u"--db"_s, server, u"rank"_s, u"--year"_s, u"2022"_s, u"--group"_s, u"HUYEN"_s});
    QCOMPARE(opened.exitCode, 3);
    for (const QString &said : {server, u"older version (%1)"_s.arg(older),
             u"needs version %1"_s.arg(Database::SchemaVersion), u"--db %1 upgrade"_s.arg(server), u"pg_dump"_s})
        QVERIFY2(opened.err.contains(said), qPrintable(opened.err));

    // A member's login may not upgrade it.
    ServerAddress asMember = *ServerAddress::parse(server);
    asMember.user = unitLogin;
    const Run byMember = cli({u"--lang"_s, u"en"_s, u"--db"_s, asMember.toString(), u"upgrade"_s});
    QCOMPARE(byMember.exitCode, 3);
    QVERIFY2(byMember.err.contains(u"The login %1 may not upgrade"_s.arg(unitLogin))
            && byMember.err.contains(u"version %1"_s.arg(older)) && byMember.err.contains(m_server->user),
        qPrintable(byMember.err));
    QCOMPARE(version(), older);
    QCOMPARE(writes(), written);

    // A failing step leaves the store at the version before it: the last step's table name is taken already.
    QVERIFY(raw.exec(u"CREATE TABLE period_content_v10 (x integer)"_s));
    const Run failed = cli({u"--lang"_s, u"en"_s, u"--db"_s, server, u"upgrade"_s});
    QCOMPARE(failed.exitCode, 3);
    QVERIFY2(failed.err.contains(u"to version %1 failed"_s.arg(Database::SchemaVersion))
            && failed.err.contains(u"stays at version %1"_s.arg(Database::SchemaVersion - 1)),
        qPrintable(failed.err));
    QCOMPARE(version(), Database::SchemaVersion - 1);
    QCOMPARE(number(database, u"SELECT max(id) FROM audit"_s), headId);
    QCOMPARE(number(database, u"SELECT count(*) FROM period_content WHERE part = 'evidence'"_s), 0);
    QVERIFY(raw.exec(u"DROP TABLE period_content_v10"_s));

    const Run upgraded = cli({u"--lang"_s, u"en"_s, u"--db"_s, server, u"upgrade"_s});
    QVERIFY2(upgraded.exitCode == 0, qPrintable(upgraded.err));
    QVERIFY2(upgraded.err.contains(u"Upgraded %1 from version %2 to version %3."_s.arg(server)
                                       .arg(Database::SchemaVersion - 1)
                                       .arg(Database::SchemaVersion)),
        qPrintable(upgraded.err));
    QCOMPARE(version(), Database::SchemaVersion);
    const Run checked = cli({u"--lang"_s, u"en"_s, u"--db"_s, server, u"check"_s});
    QVERIFY2(checked.exitCode == 0, qPrintable(checked.out + checked.err));
    // Current now: said, nothing written.
    const qint64 afterUpgrade = writes();
    const Run again = cli({u"--lang"_s, u"en"_s, u"--db"_s, server, u"upgrade"_s});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.err.contains(u"nothing to upgrade"_s), qPrintable(again.err));
    QCOMPARE(writes(), afterUpgrade);

    {
        auto db = Database::open(server);
        QVERIFY2(db, qPrintable(db.error().text()));
        // What it published, byte for byte; the history kept as it was.
        QCOMPARE(publishedOf(**db), before);
        QVERIFY(raw.exec(u"SELECT string_agg(content || digest, '|' ORDER BY period_id, version) FROM published"_s)
            && raw.next());
        QCOMPARE(raw.value(0).toString(), publishedRows);
        // The audit chain continues with the upgrade.
        QCOMPARE(*(*db)->auditHash(headId), headHash);
        const AuditEntry last = (*db)->auditLog(1)->first();
        QCOMPARE(last.id, headId + 1);
        QCOMPARE(last.action, u"store.upgrade"_s);
        QCOMPARE(last.who, m_server->user);
        QCOMPARE(last.oldValue, u"schema %1"_s.arg(older));
        QCOMPARE(last.newValue, u"schema %1"_s.arg(Database::SchemaVersion));
        // Every period's evidence documents counted.
        QCOMPARE(number(database, u"SELECT count(*) FROM period_content WHERE part = 'evidence'"_s), 2);
        m_logins.append(appraiserLogin);
        const Status added = (*db)->addMember(
            {appraiserLogin, Member::Role::Appraiser, u"HUYEN"_s, {u"2"_s}, {}}, qEnvironmentVariable("PGPASSWORD"));
        QVERIFY2(added, qPrintable(added.error().text()));
    }
    const auto openAs = [&](const QString &login) {
        ServerAddress a = *ServerAddress::parse(server);
        a.user = login;
        return Database::open(a.toString());
    };
    // The member added before: its rights on the table made again (the record of what a period holds).
    {
        auto unit = openAs(unitLogin);
        QVERIFY2(unit, qPrintable(unit.error().text()));
        const qint64 open = (*unit)->period(2023, u"HUYEN"_s)->id;
        const auto attached
            = (*unit)->addEvidence(open, attachment(u"DS"_s, u"1.1"_s, u"Kế hoạch.pdf"_s), samplePdf('c'));
        QVERIFY2(attached, qPrintable(attached.error().text()));
        QVERIFY(!(*unit)->addEvidence(open, attachment(u"HH"_s, u"1.1"_s, u"Kế hoạch.pdf"_s), samplePdf('d')));
        QSqlQuery byUnit(as(database, unitLogin));
        QVERIFY(!byUnit.exec(u"UPDATE period_content SET rows = rows + 1 WHERE part = 'roster'"_s));
        QVERIFY2(byUnit.lastError().text().contains(u"row-level security"_s), qPrintable(byUnit.lastError().text()));
    }
    // The member added after.
    {
        auto appraiser = openAs(appraiserLogin);
        QVERIFY2(appraiser, qPrintable(appraiser.error().text()));
        const qint64 open = (*appraiser)->period(2023, u"HUYEN"_s)->id;
        const ScoreEntry old = (*appraiser)->scoreSheet(open, u"HH"_s)->entry(u"2"_s);
        ScoreEntry entry = old;
        entry.appraised = Fixed::parse(u"23.5");
        const Status s = (*appraiser)->setScore(open, u"HH"_s, u"2"_s, entry, old);
        QVERIFY2(s, qPrintable(s.error().text()));
        QVERIFY(!(*appraiser)->setScore(open, u"HH"_s, u"1.1"_s, appraised("20")));
    }
    const Run stillClean = cli({u"--lang"_s, u"en"_s, u"--db"_s, server, u"check"_s});
    QVERIFY2(stillClean.exitCode == 0, qPrintable(stillClean.out + stillClean.err));

    // An attachment deleted behind the program's back is found, naming its period.
    QVERIFY(raw.exec(u"DELETE FROM evidence WHERE name = 'Phiếu khảo sát.pdf'"_s));
    QCOMPARE(raw.numRowsAffected(), 1);
    const Run damaged = cli({u"--lang"_s, u"en"_s, u"--db"_s, server, u"check"_s});
    QCOMPARE(damaged.exitCode, 2);
    QVERIFY2(damaged.out.contains(u"evidence documents of 2023/HUYEN (1 rows where the program wrote 2)"_s),
        qPrintable(damaged.out));
}

void TestCliServer::upgradeRefusesANewerStore()
{
    const QString server = newDatabase();
    QVERIFY(!server.isEmpty());
    QCOMPARE(cli({u"--lang"_s, u"en"_s, u"--db"_s, server, u"init"_s}).exitCode, 0);
    const QString database = ServerAddress::parse(server)->database;
    QSqlQuery raw(as(database, m_server->user));
    QVERIFY(raw.exec(u"UPDATE parindex_store SET schema_version = %1"_s.arg(Database::SchemaVersion + 1)));
    const qint64 written = number(database, u"SELECT data_version FROM parindex_store"_s);
    const Run r = cli({u"--lang"_s, u"en"_s, u"--db"_s, server, u"upgrade"_s});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(server + u" was written by a newer version"_s), qPrintable(r.err));
    QCOMPARE(number(database, u"SELECT data_version FROM parindex_store"_s), written);
    QCOMPARE(cli({u"--lang"_s, u"en"_s, u"--db"_s, server, u"upgrade"_s, u"now"_s}).exitCode, 1);
}

// A file: upgraded as opening it does, after its copy FILE.vN.bak; then current.
void TestCliServer::upgradeOfAFile()
{
    using namespace parindex::storagefixture;
    const QString file = m_dir.filePath(u"older.parindex"_s);
    QFile::remove(file);
    qint64 period = 0;
    {
        auto db = makeProvince(file, &period, Database::SchemaVersion - 1);
        QVERIFY(db->addEvidence(period, attachment(u"DS"_s, u"1.1"_s, u"a.pdf"_s), samplePdf()));
    }
    const Run r = cli({u"--lang"_s, u"en"_s, u"--db"_s, file, u"upgrade"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString backup = u"%1.v%2.bak"_s.arg(file).arg(Database::SchemaVersion - 1);
    QVERIFY2(
        r.err.contains(u"from version %1 to version %2; the copy taken before is %3"_s.arg(Database::SchemaVersion - 1)
                           .arg(Database::SchemaVersion)
                           .arg(backup)),
        qPrintable(r.err));
    QVERIFY(QFile::exists(backup));
    const QByteArray upgraded = fileBytes(file);
    const Run again = cli({u"--lang"_s, u"en"_s, u"--db"_s, file, u"upgrade"_s});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.err.contains(u"nothing to upgrade"_s), qPrintable(again.err));
    QCOMPARE(fileBytes(file), upgraded);
    QCOMPARE(cli({u"--lang"_s, u"en"_s, u"--db"_s, file, u"check"_s}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliServer)
#include "tst_cli_server.moc"
