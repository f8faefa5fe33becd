// The parts of Database (units, periods, criteria, scores, audit) over the engine interface, once per engine: the
// contract every engine must keep for the method to hold unchanged. The PostgreSQL row runs beside the throwaway
// server of scripts/with-postgres.sh, each test on a database of its own that is dropped afterwards.
#include "storage/databaseprivate.h"
#include "storage/postgresengine.h"
#include "storage/sqliteengine.h"
#include "storagefixture.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUuid>
#include <QtSql/QSqlError>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace parindex;
using namespace parindex::storagefixture;

namespace {
// The server of scripts/with-postgres.sh, on which each test makes a database of its own and drops it afterwards.
class TestServer
{
public:
    explicit TestServer(const ServerAddress &address) : m_address(address) { }
    ~TestServer() { QSqlDatabase::removeDatabase(u"parts-admin"_s); }

    // A new, empty database's address; empty when it could not be made.
    std::optional<ServerAddress> makeDatabase()
    {
        const QString name = u"parts_"_s + QUuid::createUuid().toString(QUuid::Id128);
        QSqlQuery q(admin());
        // Vietnamese order, as a council's server would sort text ("Đ" after "D"): the store must not depend on it.
        if (!q.exec(
                u"CREATE DATABASE %1 LOCALE_PROVIDER icu ICU_LOCALE 'vi-VN' LOCALE 'C.UTF-8' TEMPLATE template0"_s.arg(
                    name))) {
            qWarning("%s", qPrintable(q.lastError().text()));
            return std::nullopt;
        }
        ServerAddress a = m_address;
        a.database = name;
        return a;
    }
    ServerAddress addressOf(const QString &name) const
    {
        ServerAddress a = m_address;
        a.database = name;
        return a;
    }
    // Runs `sql` on the test database `name` as the server's administrator.
    bool exec(const QString &name, const QStringList &sql)
    {
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"parts-owner"_s);
            db.setHostName(m_address.host);
            db.setPort(m_address.port);
            db.setUserName(m_address.user);
            db.setDatabaseName(name);
            db.setConnectOptions(m_address.connectOptions());
            ok = db.open();
            QSqlQuery q(db);
            for (const QString &statement : sql) {
                if (ok && !q.exec(statement)) {
                    qWarning("%s", qPrintable(q.lastError().text()));
                    ok = false;
                }
            }
        }
        QSqlDatabase::removeDatabase(u"parts-owner"_s);
        return ok;
    }
    void dropDatabase(const QString &name)
    {
        QSqlQuery q(admin());
        if (!q.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name)))
            qWarning("%s", qPrintable(q.lastError().text()));
    }

private:
    QSqlDatabase admin()
    {
        QSqlDatabase db = QSqlDatabase::database(u"parts-admin"_s);
        if (db.isValid() && db.isOpen())
            return db;
        db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"parts-admin"_s);
        db.setHostName(m_address.host);
        db.setPort(m_address.port);
        db.setUserName(m_address.user);
        db.setDatabaseName(m_address.database);
        db.setConnectOptions(m_address.connectOptions());
        if (!db.open())
            qWarning("%s", qPrintable(db.lastError().text()));
        return db;
    }

    ServerAddress m_address;
};

// A new, empty store of the engine named by a row of initTestCase_data(); null when it cannot be made.
std::unique_ptr<StorageEngine> newEngine(
    const QString &kind, const QTemporaryDir &dir, TestServer *server, QString *serverDatabase)
{
    if (kind == u"sqlite") {
        auto engine = SqliteEngine::create(dir.filePath(u"parts.parindex"_s));
        if (!engine)
            qWarning("%s", qPrintable(engine.error().text()));
        return engine ? std::unique_ptr<StorageEngine>(std::move(engine).value()) : nullptr;
    }
    if (kind == u"postgres" && server) {
        const auto address = server->makeDatabase();
        if (!address)
            return nullptr;
        *serverDatabase = address->database;
        auto engine = PostgresEngine::create(*address);
        if (!engine)
            qWarning("%s", qPrintable(engine.error().text()));
        return engine ? std::unique_ptr<StorageEngine>(std::move(engine).value()) : nullptr;
    }
    return nullptr;
}

qint64 countOf(const StorageEngine &engine, const char *sql)
{
    const auto q = engine.statement(sql);
    if (q->next())
        return q->integer(0);
    qWarning("%s", qPrintable(q->error().text()));
    return -1;
}

QStringList codesOf(const QList<Unit> &units)
{
    QStringList codes;
    for (const Unit &u : units)
        codes.append(u.code);
    return codes;
}
} // namespace

class TestStorageParts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void init();
    void cleanup();

    void engineTransactions();
    void engineBulkStatement();
    void unitsAndRosters_data();
    void unitsAndRosters();
    void criteriaAndBands();
    void scores_data();
    void scores();
    void scoresImportAndRestore();
    void scoresReimportOverStoredCells();
    void scoresImportRefusesBadRows();
    void cellChangedOutsideIsNamed();
    void finalPeriodRefusesWrites();
    void auditChain();
    void textInByteOrder();
    void explanations();
    void evidence();
    void dataVersionSeesOtherWriters();
    void writeLockHeldFromTheStart();
    void readOnlyLoginOnTheServer();

private:
    void makeProvince(); // group HUYEN with DS and HH, period 2023 with smallTree()
    std::unique_ptr<StorageEngine> secondConnection(); // another program on the same store

    std::unique_ptr<TestServer> m_server; // when PARINDEX_TEST_PG names one
    QString m_serverDatabase; // the current test's database on it

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Database::Private *m_d = nullptr;
    qint64 m_period = 0;
};

void TestStorageParts::initTestCase_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << u"sqlite"_s;
    // Beside the throwaway server of scripts/with-postgres.sh: skipped without it, failed on CI without it.
    QTest::newRow("postgres") << u"postgres"_s;
    const QString url = qEnvironmentVariable("PARINDEX_TEST_PG");
    if (!url.isEmpty()) {
        const auto address = ServerAddress::parse(url);
        if (!address)
            qFatal("PARINDEX_TEST_PG: %s", qPrintable(address.error().text()));
        m_server = std::make_unique<TestServer>(*address);
    }
}

void TestStorageParts::init()
{
    QFETCH_GLOBAL(QString, engine);
    if (engine == u"postgres" && !m_server) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("CI runs the tests beside a PostgreSQL server (scripts/with-postgres.sh): PARINDEX_TEST_PG is unset");
        QSKIP("no PostgreSQL server: run the tests through scripts/run-tests.sh or scripts/with-postgres.sh");
    }
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto storage = newEngine(engine, *m_dir, m_server.get(), &m_serverDatabase);
    QVERIFY(storage);
    QCOMPARE(storage->kind(), engine);
    auto db = Database::Private::create(std::move(storage), Database::SchemaVersion);
    QVERIFY2(db, db ? "" : qPrintable(db.error().text()));
    m_db = std::move(db).value();
    m_db->setClock(&fixedClock);
    m_db->setUserName(u"thư ký"_s);
    m_d = &Database::Private::of(*m_db);
    QCOMPARE(m_d->engine->storedSchemaVersion(), Database::SchemaVersion);
}

void TestStorageParts::cleanup()
{
    m_d = nullptr;
    m_db.reset();
    m_dir.reset();
    if (m_server && !m_serverDatabase.isEmpty())
        m_server->dropDatabase(m_serverDatabase);
    m_serverDatabase.clear();
}

void TestStorageParts::makeProvince()
{
    QVERIFY(m_d->units.saveGroup({u"HUYEN"_s, u"UBND cấp huyện"_s, 1}, std::nullopt));
    QVERIFY(m_d->units.importUnits(
        {{0, u"DS"_s, u"Đông Sơn"_s, u"HUYEN"_s, {}, {}, true}, {0, u"HH"_s, u"Hoằng Hóa"_s, u"HUYEN"_s, {}, {}, true}},
        std::nullopt, Database::Leaving::Refuse, {}));
    const auto period = m_d->periods.addPeriod(2023, u"HUYEN"_s, std::nullopt);
    QVERIFY(period);
    m_period = period->id;
    QVERIFY(m_d->criteria.replaceCriteria(m_period, smallTree(), {}));
}

void TestStorageParts::engineTransactions()
{
    StorageEngine &engine = *m_d->engine;
    const char *groups = "SELECT count(*) FROM unit_group";
    const auto insert = [&](const QString &code) {
        QSqlQuery q(engine.connection());
        q.prepare(u"INSERT INTO unit_group (code, name, position, seal) VALUES (?, 'n', 0, 'x')"_s);
        q.addBindValue(code);
        return q.exec();
    };
    QVERIFY(engine.beginWrite());
    QVERIFY(insert(u"A"_s));
    QCOMPARE(countOf(engine, groups), 1); // inside its own transaction
    engine.rollback();
    QCOMPARE(countOf(engine, groups), 0);
    QVERIFY(engine.beginWrite());
    QVERIFY(insert(u"B"_s));
    QVERIFY(engine.commit());
    QCOMPARE(countOf(engine, groups), 1);
    QSqlQuery q(engine.connection());
    if (engine.kind() == u"sqlite") {
        // A reference the body vouches for is taken only inside a CheckedByBody write; the engine's check finds it.
        QVERIFY(engine.beginWrite(StorageEngine::Keys::CheckedByBody));
        QVERIFY(q.exec(u"INSERT INTO unit (code, name, group_code, seal) VALUES ('X', 'x', 'NOPE', 'x')"_s));
        QVERIFY(engine.commit());
        QCOMPARE(engine.brokenReferences(), std::optional<int>(1));
    } else {
        // The server checks every reference, also in a CheckedByBody write.
        QVERIFY(engine.beginWrite(StorageEngine::Keys::CheckedByBody));
        QVERIFY(!q.exec(u"INSERT INTO unit (code, name, group_code, seal) VALUES ('X', 'x', 'NOPE', 'x')"_s));
        QCOMPARE(engine.error(q.lastError(), u"f"_s).kind, Error::Kind::BadData);
        engine.rollback();
        QCOMPARE(engine.brokenReferences(), std::optional<int>(0));
    }
    QVERIFY(engine.beginWrite());
    QVERIFY(!q.exec(u"INSERT INTO unit (code, name, group_code, seal) VALUES ('Y', 'y', 'NOPE', 'x')"_s));
    QCOMPARE(engine.error(q.lastError(), u"f"_s).kind, Error::Kind::BadData);
    engine.rollback();
    const auto structure = engine.structureProblems();
    QVERIFY(structure);
    QCOMPARE(*structure, QStringList());
}

void TestStorageParts::engineBulkStatement()
{
    makeProvince();
    const auto q = m_d->engine->statement("SELECT code, max_points, rule FROM criterion WHERE period_id = ? AND "
                                          "kind <> 'group' ORDER BY position");
    QVERIFY(q->isValid());
    q->bind(1, m_period);
    QStringList rows;
    while (q->next())
        rows.append(u"%1=%2"_s.arg(q->text(0)).arg(q->integer(1)));
    QVERIFY(q->ok());
    // Maxima as ten-thousandths (model/fixed.h): 30, 40 and 30 points.
    QCOMPARE(rows, (QStringList {u"1.1=300000"_s, u"1.2=400000"_s, u"2=300000"_s}));
    const auto bad = m_d->engine->statement("SELECT nothing FROM nowhere");
    QVERIFY(!bad->isValid());
    QCOMPARE(bad->error().kind, Error::Kind::Internal);
}

void TestStorageParts::unitsAndRosters_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QStringList>("roster");
    // A starts before every year; B from 2024 on; C no longer from 2023 on (its retired year is its first out).
    QTest::newRow("2022") << 2022 << QStringList {u"A"_s, u"C"_s};
    QTest::newRow("2023") << 2023 << QStringList {u"A"_s};
    QTest::newRow("2024") << 2024 << QStringList {u"A"_s, u"B"_s};
}

void TestStorageParts::unitsAndRosters()
{
    QFETCH(int, year);
    QFETCH(QStringList, roster);
    QVERIFY(m_d->units.importUnits(
        {{0, u"C"_s, u"Cẩm Thủy"_s, u"HUYEN"_s, {}, 2023, true}, {0, u"B"_s, u"Bá Thước"_s, u"HUYEN"_s, 2024, {}, true},
            {0, u"A"_s, u"An Định"_s, u"HUYEN"_s, {}, {}, true}},
        std::nullopt, Database::Leaving::Refuse, {{u"HUYEN"_s, u"UBND cấp huyện"_s, 1}}));
    const auto groups = m_d->units.groups();
    QVERIFY(groups);
    QCOMPARE(groups->size(), 1);
    const auto units = m_d->units.units(u"HUYEN"_s);
    QVERIFY(units);
    QCOMPARE(codesOf(*units), (QStringList {u"A"_s, u"B"_s, u"C"_s}));
    const auto period = m_d->periods.addPeriod(year, u"HUYEN"_s, std::nullopt);
    QVERIFY(period);
    const auto ranked = m_d->units.periodUnits(period->id);
    QVERIFY(ranked);
    QCOMPARE(codesOf(*ranked), roster);
    QCOMPARE(countOf(*m_d->engine, "SELECT count(*) FROM roster"), roster.size());
    // A unit off the roster has no id there.
    const auto off = m_d->units.rosterUnitId(*period, u"Z"_s);
    QVERIFY(!off);
    QCOMPARE(off.error().kind, Error::Kind::NotFound);
    // Every row's seal verifies as read back from the engine (years that are NULL included).
    const CheckReport report = m_d->audit.check();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
}

void TestStorageParts::criteriaAndBands()
{
    makeProvince();
    const auto tree = m_d->criteria.criteria(m_period);
    QVERIFY(tree);
    QCOMPARE(tree->size(), 4);
    QStringList leaves;
    for (qsizetype i : tree->leaves())
        leaves.append(tree->at(i).code);
    QCOMPARE(leaves, (QStringList {u"1.1"_s, u"1.2"_s, u"2"_s}));
    const auto bands = m_d->criteria.bands(m_period);
    QVERIFY(bands);
    QVERIFY(*bands == ClassBands::defaults());
    QCOMPARE(countOf(*m_d->engine, "SELECT count(*) FROM band"), 5);
    // Copying a year copies its criteria and bands through the criteria part.
    const auto next = m_d->periods.addPeriod(2024, u"HUYEN"_s, 2023);
    QVERIFY(next);
    const auto copied = m_d->criteria.criteria(next->id);
    QVERIFY(copied);
    QCOMPARE(copied->size(), 4);
}

void TestStorageParts::scores_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("criterion");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("refused"); // -1: written; else the Error::Kind
    QTest::newRow("within the maximum") << u"DS"_s << u"1.1"_s << u"25,5"_s << -1;
    QTest::newRow("at the maximum") << u"HH"_s << u"1.1"_s << u"30"_s << -1;
    QTest::newRow("above the maximum") << u"DS"_s << u"1.1"_s << u"30,5"_s << int(Error::Kind::BadData);
    QTest::newRow("a group takes no value") << u"DS"_s << u"1"_s << u"5"_s << int(Error::Kind::NotFound);
    QTest::newRow("a unit off the roster") << u"XX"_s << u"1.1"_s << u"5"_s << int(Error::Kind::NotFound);
}

void TestStorageParts::scores()
{
    QFETCH(QString, unit);
    QFETCH(QString, criterion);
    QFETCH(QString, value);
    QFETCH(int, refused);
    makeProvince();
    ScoreEntry entry;
    entry.appraised = Fixed::parse(QString(value).replace(u',', u'.'));
    QVERIFY(entry.appraised);
    const Status s = m_d->scores.setScore(m_period, unit, criterion, entry, std::nullopt);
    if (refused >= 0) {
        QVERIFY(!s);
        QCOMPARE(int(s.error().kind), refused);
        QCOMPARE(countOf(*m_d->engine, "SELECT count(*) FROM score"), 0);
        return;
    }
    QVERIFY2(s, s ? "" : qPrintable(s.error().text()));
    QCOMPARE(countOf(*m_d->engine, "SELECT count(*) FROM score"), 1);
    const auto sheet = m_d->scores.scoreSheet(m_period, unit);
    QVERIFY(sheet);
    QCOMPARE(sheet->entries.value(criterion).appraised, entry.appraised);
    QCOMPARE(countOf(*m_d->engine, "SELECT appraised FROM score"), entry.appraised->raw());
}

void TestStorageParts::scoresImportAndRestore()
{
    makeProvince();
    QVERIFY(m_d->scores.importScores(m_period,
        {{u"DS"_s, u"1.1"_s, Fixed::fromInt(20), Fixed::fromInt(18), {}, {}},
            {u"HH"_s, u"1.1"_s, {}, Fixed::fromInt(27), {}, u"muộn"_s}}));
    const auto sheets = m_d->scores.scoreSheets(m_period);
    QVERIFY(sheets);
    QCOMPARE(sheets->size(), 2);
    QCOMPARE(sheets->value(u"DS"_s).entries.value(u"1.1"_s), appraised("18", "20"));
    QCOMPARE(sheets->value(u"HH"_s).entries.value(u"1.1"_s).note, u"muộn"_s);
    // One import, one audit row; a restore that empties a cell removes its row.
    QCOMPARE(countOf(*m_d->engine, "SELECT count(*) FROM audit WHERE action = 'scores.import'"), 1);
    QVERIFY(m_d->scores.restoreScores(m_period, {{u"HH"_s, u"1.1"_s, ScoreEntry()}}, std::nullopt));
    QCOMPARE(countOf(*m_d->engine, "SELECT count(*) FROM score"), 1);
    QVERIFY(m_d->audit.check().ok());
}

// An import over cells already stored: what the file gives replaces, what it leaves empty stays, new cells are added,
// in one transaction with one audit row; the period's record follows (the cells read back, check clean). Notes with
// the characters that the bulk writes of an engine quote or escape come back as written.
void TestStorageParts::scoresReimportOverStoredCells()
{
    makeProvince();
    const QString odd = u"\"trích\" \\ {1,2} NULL\t,\nhết"_s;
    QVERIFY(m_d->scores.importScores(m_period,
        {{u"DS"_s, u"1.1"_s, Fixed::fromInt(20), Fixed::fromInt(18), {}, {}},
            {u"DS"_s, u"1.2"_s, {}, Fixed::fromInt(60), {}, u"NULL"_s},
            {u"HH"_s, u"1.1"_s, {}, Fixed::fromInt(27), {}, odd}}));
    // The note "NULL" is text, not a missing value.
    QCOMPARE(countOf(*m_d->engine, "SELECT count(*) FROM score WHERE note = 'NULL'"), 1);
    const Status again = m_d->scores.importScores(m_period,
        {{u"DS"_s, u"1.1"_s, {}, Fixed::fromInt(19), {}, {}}, // the self-assessment stays
            {u"DS"_s, u"1.2"_s, {}, {}, true, u""_s}, // the value stays, marked not applicable, the note emptied
            {u"HH"_s, u"2"_s, Fixed::fromInt(25), Fixed::fromInt(24), {}, u"mới"_s}, // a new cell
            {u"HH"_s, u"1.1"_s, {}, {}, {}, {}}}); // changes nothing
    QVERIFY2(again, again ? "" : qPrintable(again.error().text()));
    const auto sheets = m_d->scores.scoreSheets(m_period);
    QVERIFY2(sheets, sheets ? "" : qPrintable(sheets.error().text()));
    QCOMPARE(sheets->value(u"DS"_s).entries.value(u"1.1"_s), appraised("19", "20"));
    ScoreEntry marked = appraised("60");
    marked.notApplicable = true;
    QCOMPARE(sheets->value(u"DS"_s).entries.value(u"1.2"_s), marked);
    ScoreEntry added = appraised("24", "25");
    added.note = u"mới"_s;
    QCOMPARE(sheets->value(u"HH"_s).entries.value(u"2"_s), added);
    QCOMPARE(sheets->value(u"HH"_s).entries.value(u"1.1"_s).note, odd);
    QCOMPARE(sheets->value(u"HH"_s).entries.value(u"1.1"_s).appraised, Fixed::fromInt(27));
    QCOMPARE(countOf(*m_d->engine, "SELECT count(*) FROM score"), 4);
    QCOMPARE(countOf(*m_d->engine, "SELECT count(*) FROM audit WHERE action = 'scores.import'"), 2);
    QVERIFY(m_d->audit.check().ok());
    QCOMPARE(countOf(*m_d->engine, "SELECT count(*) FROM score WHERE note = 'NULL'"), 0); // emptied by the second
    const auto grid = m_d->scores.scoreGrid(m_period, {u"DS"_s, u"HH"_s}, {u"1.1"_s, u"1.2"_s, u"2"_s});
    QVERIFY2(grid, grid ? "" : qPrintable(grid.error().text()));
}

// Every bad row is named, and nothing is written: not the good rows, not an audit row.
void TestStorageParts::scoresImportRefusesBadRows()
{
    makeProvince();
    QVERIFY(m_d->scores.importScores(m_period, {{u"DS"_s, u"1.1"_s, {}, Fixed::fromInt(18), {}, {}}}));
    const qint64 audits = countOf(*m_d->engine, "SELECT count(*) FROM audit");
    const Status s = m_d->scores.importScores(m_period,
        {{u"DS"_s, u"1.1"_s, {}, Fixed::fromInt(25), {}, {}}, // good, and would replace 18
            {u"XX"_s, u"1.1"_s, {}, Fixed::fromInt(5), {}, {}}, // a unit off the roster
            {u"HH"_s, u"1"_s, {}, Fixed::fromInt(5), {}, {}}, // a group takes no value
            {u"HH"_s, u"1.1"_s, {}, Fixed::fromInt(31), {}, {}}, // above the maximum
            {u"HH"_s, u"2"_s, {}, Fixed::fromInt(20), {}, {}}, {u"HH"_s, u"2"_s, {}, Fixed::fromInt(21), {}, {}}});
    QVERIFY(!s);
    QCOMPARE(s.error().kind, Error::Kind::BadData);
    QCOMPARE(s.error().details.size(), 4);
    for (const QString &row : {u"Row 2 "_s, u"Row 3 "_s, u"Row 4 "_s, u"Row 6 "_s})
        QVERIFY2(s.error().details.join(u'\n').contains(row), qPrintable(s.error().details.join(u'\n')));
    QCOMPARE(countOf(*m_d->engine, "SELECT count(*) FROM score"), 1);
    QCOMPARE(countOf(*m_d->engine, "SELECT appraised FROM score"), Fixed::fromInt(18).raw());
    QCOMPARE(countOf(*m_d->engine, "SELECT count(*) FROM audit"), audits);
    QVERIFY(m_d->audit.check().ok());
}

// A cell changed outside the program is found by every reading of the period's cells and named (the reading stops in
// the middle of the period's cells: on a server, what it had asked for in advance is taken back), and the connection
// serves the next reading.
void TestStorageParts::cellChangedOutsideIsNamed()
{
    makeProvince();
    QVERIFY(m_d->scores.importScores(m_period,
        {{u"DS"_s, u"1.1"_s, {}, Fixed::fromInt(18), {}, {}}, {u"DS"_s, u"1.2"_s, {}, Fixed::fromInt(50), {}, {}},
            {u"HH"_s, u"1.1"_s, {}, Fixed::fromInt(27), {}, {}}, {u"HH"_s, u"2"_s, {}, Fixed::fromInt(20), {}, {}}}));
    QSqlQuery q(m_d->engine->connection());
    QVERIFY(q.exec(
        u"UPDATE score SET appraised = appraised + 1 WHERE unit_id = (SELECT id FROM unit WHERE code = "
        "'HH') AND criterion_id = (SELECT id FROM criterion WHERE code = '1.1' AND period_id = %1)"_s.arg(m_period)));
    const auto sheets = m_d->scores.scoreSheets(m_period);
    QVERIFY(!sheets);
    QCOMPARE(sheets.error().kind, Error::Kind::Corrupt);
    QVERIFY2(sheets.error().text().contains(u"HH"_s), qPrintable(sheets.error().text()));
    const Status imported = m_d->scores.importScores(m_period, {{u"DS"_s, u"2"_s, {}, Fixed::fromInt(9), {}, {}}});
    QVERIFY(!imported);
    QCOMPARE(imported.error().kind, Error::Kind::Corrupt);
    QCOMPARE(countOf(*m_d->engine, "SELECT count(*) FROM score"), 4);
    QVERIFY(m_d->scores.scoreSheet(m_period, u"DS"_s));
}

void TestStorageParts::finalPeriodRefusesWrites()
{
    makeProvince();
    QVERIFY(m_d->scores.setScore(m_period, u"DS"_s, u"1.1"_s, appraised("10"), std::nullopt));
    QVERIFY(m_d->periods.finalize(m_period, u"12/QĐ-UBND"_s, QDate(2024, 3, 1), &publishNothing, {}));
    const auto period = m_d->periods.byId(m_period);
    QVERIFY(period);
    QVERIFY(period->isFinal());
    QCOMPARE(period->decisionNumber, u"12/QĐ-UBND"_s);
    const auto record = m_d->periods.published(m_period);
    QVERIFY(record && *record);
    QCOMPARE((*record)->version, 1);
    QCOMPARE((*record)->content.value(u"holds"_s).toObject().value(u"scores"_s).toObject().value(u"rows"_s).toInt(), 1);
    const Status s = m_d->scores.setScore(m_period, u"DS"_s, u"1.1"_s, appraised("11"), std::nullopt);
    QVERIFY(!s);
    QCOMPARE(s.error().kind, Error::Kind::Final);
    QCOMPARE(m_d->criteria.setBands(m_period, ClassBands::defaults(), std::nullopt).error().kind, Error::Kind::Final);
    QCOMPARE(m_d->units.setRoster(m_period, {}).error().kind, Error::Kind::Final);
}

void TestStorageParts::auditChain()
{
    makeProvince();
    const auto log = m_d->audit.auditLog(10);
    QVERIFY(log);
    QStringList actions;
    for (const AuditEntry &e : *log)
        actions.append(e.action);
    QCOMPARE(actions, (QStringList {u"criteria.replace"_s, u"period.add"_s, u"units.import"_s, u"group.save"_s}));
    const AuditEntry &first = log->last();
    // On a server, the login that wrote (which the server checks), whatever name the program was given.
    QCOMPARE(first.who, m_d->engine->kind() == u"postgres" ? m_d->engine->login() : u"thư ký"_s);
    QVERIFY(!first.who.isEmpty());
    QCOMPARE(first.at, fixedClock());
    QVERIFY(first.own);
    QCOMPARE(first.entity, u"HUYEN"_s);
    // Each hash follows from the previous one and the row's fields; the first from an empty one.
    QCOMPARE(first.hash,
        sql::chainHash({QString(), u"2024-02-02T08:30:00.000Z"_s, first.who, first.action, first.entity, first.oldValue,
            first.newValue}));
    const auto head = m_d->audit.auditHead();
    QVERIFY(head);
    QCOMPARE(head->first, log->first().id);
    QCOMPARE(head->second, log->first().hash);
    const auto after = m_d->audit.auditAfter(first.id);
    QVERIFY(after);
    QCOMPARE(after->size(), 3);
    QVERIFY(m_d->audit.check().ok());
    // A row taken away outside the program breaks the chain, and check says which.
    QSqlQuery q(m_d->engine->connection());
    QVERIFY(q.exec(u"DELETE FROM audit WHERE id = %1"_s.arg(log->at(2).id)));
    const CheckReport report = m_d->audit.check();
    QVERIFY(!report.ok());
    QVERIFY2(report.problems.first().contains(QString::number(log->at(1).id)), qPrintable(report.problems.join(u'\n')));
}

void TestStorageParts::textInByteOrder()
{
    // Codes sort by their bytes on every engine, as SQLite compares text: upper case before lower case, "Đ" last.
    QVERIFY(m_d->units.importUnits(
        {{0, u"b"_s, u"Bé"_s, u"HUYEN"_s, {}, {}, true}, {0, u"Đ"_s, u"Đê"_s, u"HUYEN"_s, {}, {}, true},
            {0, u"B"_s, u"Bê"_s, u"HUYEN"_s, {}, {}, true}, {0, u"a"_s, u"A"_s, u"HUYEN"_s, {}, {}, true},
            {0, u"D"_s, u"Dê"_s, u"HUYEN"_s, {}, {}, true}, {0, u"E"_s, u"E"_s, u"HUYEN"_s, {}, {}, true}},
        std::nullopt, Database::Leaving::Refuse, {{u"HUYEN"_s, u"UBND cấp huyện"_s, 1}}));
    const auto units = m_d->units.units(u"HUYEN"_s);
    QVERIFY(units);
    QCOMPARE(codesOf(*units), (QStringList {u"B"_s, u"D"_s, u"E"_s, u"a"_s, u"b"_s, u"Đ"_s}));
}

void TestStorageParts::explanations()
{
    makeProvince();
    const auto first
        = m_db->addExplanation(m_period, {0, u"DS"_s, u"1.1"_s, u"Đã nộp bổ sung"_s, QDate(2024, 3, 5), {}, {}});
    QVERIFY2(first, first ? "" : qPrintable(first.error().text()));
    const auto second
        = m_db->addExplanation(m_period, {0, u"HH"_s, u"1.2"_s, u"Số liệu đúng hạn"_s, QDate(2024, 3, 6), {}, {}});
    QVERIFY(second);
    QCOMPARE(second->id, first->id + 1);
    QVERIFY(m_db->decideExplanation(m_period, first->id, QDate(2024, 3, 10), u"Giữ nguyên điểm"_s, *first));
    const auto list = m_db->explanations(m_period, u"DS"_s);
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().decided, QDate(2024, 3, 10));
    QVERIFY(m_db->removeExplanation(m_period, second->id, *second));
    const CheckReport report = m_d->audit.check();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
}

void TestStorageParts::evidence()
{
    makeProvince();
    const QByteArray pdf = samplePdf();
    const auto first = m_db->addEvidence(m_period, attachment(u"DS"_s, u"1.1"_s, u"Kế hoạch 12.pdf"_s), pdf);
    QVERIFY2(first, first ? "" : qPrintable(first.error().text()));
    QCOMPARE(first->mediaType, u"application/pdf"_s);
    QCOMPARE(first->size, pdf.size());
    QCOMPARE(first->sha256, QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
    // The same content on another cell is kept once; on the same cell it is refused, not kept twice.
    const auto second = m_db->addEvidence(m_period, attachment(u"HH"_s, u"1.2"_s, u"bản sao.PDF"_s), pdf);
    QVERIFY2(second, second ? "" : qPrintable(second.error().text()));
    QCOMPARE(second->id, first->id + 1);
    QCOMPARE(countOf(*m_d->engine, "SELECT count(*) FROM evidence_content"), 1);
    const auto twice = m_db->addEvidence(m_period, attachment(u"DS"_s, u"1.1"_s, u"lại.pdf"_s), pdf);
    QVERIFY(!twice);
    QCOMPARE(twice.error().kind, Error::Kind::BadData);
    QVERIFY2(twice.error().message.contains(u"Kế hoạch 12.pdf"_s), qPrintable(twice.error().message));
    const auto list = m_db->evidence(m_period, u"DS"_s);
    QVERIFY(list);
    QCOMPARE(*list, QList<Evidence> {*first});
    QCOMPARE(m_db->evidence(m_period)->size(), 2);
    // Byte for byte, whatever the bytes.
    const auto content = m_db->evidenceContent(m_period, second->id);
    QVERIFY2(content, content ? "" : qPrintable(content.error().text()));
    QCOMPARE(*content, pdf);
    QCOMPARE(m_db->auditLog(1)->first().action, u"evidence.add"_s);
    QCOMPARE(m_db->auditLog(1)->first().entity, u"2023/HUYEN/HH/1.2"_s);

    // A content goes with the last attachment that needs it; the redo of an undone one keeps its id.
    QVERIFY(m_db->removeEvidence(m_period, first->id, *first));
    QCOMPARE(countOf(*m_d->engine, "SELECT count(*) FROM evidence_content"), 1);
    QVERIFY(m_db->removeEvidence(m_period, second->id, *second));
    QCOMPARE(countOf(*m_d->engine, "SELECT count(*) FROM evidence_content"), 0);
    QCOMPARE(m_db->auditLog(1)->first().action, u"evidence.remove"_s);
    const auto again = m_db->addEvidence(m_period, *first, pdf);
    QVERIFY(again);
    QCOMPARE(again->id, first->id);
    // Taken away by someone else meanwhile: the undo says so.
    QCOMPARE(m_db->removeEvidence(m_period, second->id, *second).error().kind, Error::Kind::NotFound);
    Evidence stale = *again;
    stale.name = u"khác.pdf"_s;
    QCOMPARE(m_db->removeEvidence(m_period, again->id, stale).error().kind, Error::Kind::Conflict);

    const CheckReport report = m_d->audit.check();
    QVERIFY2(report.ok(), qPrintable(report.problems.join(u'\n')));
    // A final period's evidence never changes.
    QVERIFY(m_d->periods.finalize(m_period, u"12/QĐ-UBND"_s, QDate(2024, 3, 1), &publishNothing, {}));
    QCOMPARE(m_db->addEvidence(m_period, attachment(u"HH"_s, u"1.1"_s, u"muộn.pdf"_s), samplePdf('b')).error().kind,
        Error::Kind::Final);
    QCOMPARE(m_db->removeEvidence(m_period, again->id, *again).error().kind, Error::Kind::Final);
    QCOMPARE(*m_db->evidenceContent(m_period, again->id), pdf);
}

std::unique_ptr<StorageEngine> TestStorageParts::secondConnection()
{
    if (m_d->engine->kind() == u"sqlite") {
        auto e = SqliteEngine::open(m_d->engine->location(), Database::Access::ReadWrite, Database::Verify::Auto);
        return e ? std::unique_ptr<StorageEngine>(std::move(e).value()) : nullptr;
    }
    auto e = PostgresEngine::open(m_server->addressOf(m_serverDatabase), Database::Access::ReadWrite);
    if (!e)
        qWarning("%s", qPrintable(e.error().text()));
    return e ? std::unique_ptr<StorageEngine>(std::move(e).value()) : nullptr;
}

void TestStorageParts::dataVersionSeesOtherWriters()
{
    const auto before = m_d->engine->dataVersion();
    QVERIFY(before);
    QVERIFY(m_d->units.saveGroup({u"HUYEN"_s, u"UBND cấp huyện"_s, 1}, std::nullopt));
    const auto own = m_d->engine->dataVersion();
    QVERIFY(own);
    QCOMPARE(*own, *before); // this connection's own write is not news to it
    const auto other = secondConnection();
    QVERIFY(other);
    QVERIFY(other->beginWrite());
    QSqlQuery q(other->connection());
    QVERIFY(q.exec(u"INSERT INTO meta (key, value) VALUES ('probe', 'x')"_s));
    QCOMPARE(m_d->engine->dataVersion().value(), *own); // not yet committed
    QVERIFY(other->commit());
    const auto after = m_d->engine->dataVersion();
    QVERIFY(after);
    QVERIFY(*after != *own);
}

void TestStorageParts::writeLockHeldFromTheStart()
{
    // A write holds the store from its BEGIN, before it has written anything: a second writer is told it is busy
    // (after the engine's 5 s wait) instead of reading what the first is about to change.
    const auto other = secondConnection();
    QVERIFY(other);
    QVERIFY(m_d->engine->beginWrite());
    const Status second = other->beginWrite();
    QVERIFY(!second);
    QCOMPARE(second.error().kind, Error::Kind::Locked);
    QVERIFY2(second.error().message.contains(m_d->engine->location()), qPrintable(second.error().message));
    m_d->engine->rollback();
    QVERIFY(other->beginWrite());
    other->rollback();
}

void TestStorageParts::readOnlyLoginOnTheServer()
{
    if (m_d->engine->kind() != u"postgres")
        QSKIP("a login the server lets only read: PostgreSQL only");
    makeProvince();
    // The role gets the administrator's password (libpq's PGPASSWORD), so that it logs in as the tests' server asks.
    const QString password = qEnvironmentVariable("PGPASSWORD");
    const QString role = u"reader_"_s + m_serverDatabase.right(8);
    QVERIFY(m_server->exec(m_serverDatabase,
        {u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(role, QString(password).replace(u'\'', u"''"_s)),
            u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1"_s.arg(role)}));
    ServerAddress address = m_server->addressOf(m_serverDatabase);
    address.user = role;
    const QString url = address.toString();
    {
        auto db = Database::open(url);
        QVERIFY2(db, db ? "" : qPrintable(db.error().text()));
        QVERIFY((*db)->isReadOnly());
        const Status s = (*db)->saveGroup({u"XA"_s, u"UBND cấp xã"_s, 2});
        QVERIFY(!s);
        QCOMPARE(s.error().kind, Error::Kind::ReadOnly);
        QVERIFY2(s.error().message.contains(url), qPrintable(s.error().message));
        const auto groups = (*db)->groups();
        QVERIFY(groups);
        QCOMPARE(groups->size(), 1);
        // Past the program's own refusal, the server refuses too, and says so.
        auto &d = Database::Private::of(**db);
        QSqlQuery q(d.db());
        QVERIFY(q.exec(u"SET default_transaction_read_only = off"_s));
        QVERIFY(!q.exec(u"INSERT INTO meta (key, value) VALUES ('probe', 'x')"_s));
        const Error e = d.engine->error(q.lastError(), url);
        QCOMPARE(e.kind, Error::Kind::ReadOnly);
        QVERIFY2(e.message.contains(url) && e.message.contains(u"permission denied"_s), qPrintable(e.message));
    }
    QVERIFY(m_server->exec(m_serverDatabase, {u"DROP OWNED BY %1"_s.arg(role), u"DROP ROLE %1"_s.arg(role)}));
}

QTEST_GUILESS_MAIN(TestStorageParts)
#include "tst_storageparts.moc"
