// parindex-cli copy --from SOURCE --to TARGET between files and the throwaway server of scripts/with-postgres.sh: a
// store copied to the server and back holds every row of every table as it was (ids, seals, the audit chain), checks
// clean, ranks and prints its decision alike, and takes new rows afterwards; a target that exists or holds tables, a
// source of another version and a damaged source are refused, and nothing of the copy is left behind. Each test makes
// databases of its own on the server and drops them afterwards. Skipped without a server, failed on CI without one.
#include "../common/clirun.h"
#include "../common/testserver.h"
#include "storage/database.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUuid>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <QtSql/QSqlRecord>
#include <QtTest/QTest>

using namespace parindex;
using namespace Qt::StringLiterals;

using parindex::clirun::cli;
using parindex::clirun::Run;

namespace {
QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

class TestCliCopy : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void toTheServerAndBack();
    void archivesOneFinalPeriod();
    void backupOfAServer();
    void leavesTheServersOwnTables();
    void refusesAnExistingFile();
    void refusesAServerDatabaseWithTables();
    void refusesASourceOfAnotherVersion_data();
    void refusesASourceOfAnotherVersion();
    void refusesADamagedSource_data();
    void refusesADamagedSource();

private:
    QString newDatabase(); // its address; empty when it could not be made
    QString addressOf(const QString &database) const;
    QSqlDatabase admin();
    QSqlDatabase connect(const QString &location); // a file or an address, as the test's administrator
    // Every row of every table, as stored: table -> its rows, each its values in text ("NULL" for none), sorted.
    QMap<QString, QStringList> rowsOf(const QString &location);
    QString makeStore(); // the demonstration's four years (three final), with explanations, as a file
    static QList<QStringList> cliRuns(const QString &db);

    std::optional<ServerAddress> m_server;
    QStringList m_made; // dropped after each test
    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestCliCopy::initTestCase()
{
    PARINDEX_REQUIRE_SERVER(m_server);
    QVERIFY(m_dir.isValid());
    QVERIFY2(admin().isOpen(), qPrintable(admin().lastError().text()));
}

QSqlDatabase TestCliCopy::admin()
{
    return testserver::admin(*m_server);
}

QString TestCliCopy::addressOf(const QString &database) const
{
    return testserver::addressOf(*m_server, database);
}

QString TestCliCopy::newDatabase()
{
    // Vietnamese order, as a council's server would sort text: nothing here may depend on it.
    const QString name = testserver::newDatabase(*m_server, u"copy_"_s, testserver::VietnameseOrder);
    if (name.isEmpty())
        return {};
    m_made.append(name);
    return addressOf(name);
}

void TestCliCopy::cleanup()
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(u"rows-"_s))
            QSqlDatabase::removeDatabase(name);
    }
    testserver::dropDatabases(*m_server, m_made);
}

void TestCliCopy::cleanupTestCase()
{
    QSqlDatabase::removeDatabase(u"admin"_s);
}

QSqlDatabase TestCliCopy::connect(const QString &location)
{
    const QString name = u"rows-"_s + QUuid::createUuid().toString(QUuid::Id128);
    if (!ServerAddress::isAddress(location)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(location);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        db.open();
        return db;
    }
    const auto address = ServerAddress::parse(location);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(address->host);
    db.setPort(address->port);
    db.setUserName(address->user);
    db.setDatabaseName(address->database);
    db.setConnectOptions(address->connectOptions());
    db.open();
    return db;
}

QMap<QString, QStringList> TestCliCopy::rowsOf(const QString &location)
{
    QMap<QString, QStringList> rows;
    const QSqlDatabase db = connect(location);
    if (!db.isOpen())
        return rows;
    QSqlQuery q(db);
    // The tables of the store: a file's all, a server's but the engine's own (parindex_store, parindex_member...).
    q.exec(ServerAddress::isAddress(location)
            ? u"SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
              "AND tablename NOT LIKE 'parindex\\_%'"_s
            : u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%'"_s);
    QStringList tables;
    while (q.next())
        tables.append(q.value(0).toString());
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery r(db);
        if (!r.exec(u"SELECT * FROM %1"_s.arg(table))) {
            rows.insert(table, {r.lastError().text()});
            continue;
        }
        QStringList values;
        while (r.next()) {
            QStringList row;
            for (int c = 0; c < r.record().count(); ++c)
                row.append(r.value(c).isNull() ? u"NULL"_s
                        : r.value(c).typeId() == QMetaType::QByteArray
                        ? QString::fromLatin1(r.value(c).toByteArray().toHex())
                        : r.value(c).toString());
            values.append(row.join(u'\t'));
        }
        values.sort();
        rows.insert(table, values);
    }
    return rows;
}

QString TestCliCopy::makeStore()
{
    const QString file = m_dir.filePath(u"province-%1.parindex"_s.arg(++m_files));
    const Run init = cli({u"--lang"_s, u"en"_s, u"--db"_s, file, u"init"_s, u"--demo"_s});
    if (init.exitCode != 0) {
        qWarning("%s", qPrintable(init.err));
        return {};
    }
    // Explanations of the year being appraised: one decided, one open (their ids are in their seals).
    auto db = Database::open(file);
    if (!db)
        return {};
    const auto period = (*db)->period(2024, u"SO"_s);
    const auto units = (*db)->periodUnits(period ? period->id : 0);
    const auto tree = (*db)->criteria(period ? period->id : 0);
    if (!period || !units || !tree || units->size() < 2)
        return {};
    const QString criterion = tree->at(tree->leaves().first()).code;
    const auto decided = (*db)->addExplanation(period->id,
        {0, units->at(0).code, criterion, u"Đã bổ sung Kế hoạch số 12/KH-UBND"_s, QDate(2025, 1, 5), {}, {}});
    const auto open = (*db)->addExplanation(period->id,
        {0, units->at(1).code, criterion, u"Tab\there, line\nthere, \\ too; \r\b\f\v\x01 as COPY writes them"_s,
            QDate(2025, 1, 6), {}, {}});
    if (!decided || !open
        || !(*db)->decideExplanation(period->id, decided->id, QDate(2025, 1, 20), u"Chấp nhận, cộng 0,5 điểm"_s))
        return {};
    // Evidence documents: every byte value, and what COPY escapes; one content attached twice (kept once).
    QByteArray pdf("%PDF-1.4\n");
    for (int i = 0; i < 256; ++i)
        pdf += char(i);
    pdf += QByteArray("\\x00\t\\N\r\n", 9);
    Evidence e;
    e.criterionCode = criterion;
    for (const auto &[unit, name, content] :
        {std::tuple {units->at(0).code, u"Kế hoạch.pdf"_s, pdf}, std::tuple {units->at(1).code, u"bản sao.pdf"_s, pdf},
            std::tuple {units->at(1).code, u"ảnh.png"_s, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)}}) {
        e.unitCode = unit;
        e.name = name;
        if (const auto added = (*db)->addEvidence(period->id, e, content); !added) {
            qWarning("%s", qPrintable(added.error().text()));
            return {};
        }
    }
    return file;
}

// What the test reads of a store through the program: rankings of every group, final and not, and the check.
QList<QStringList> TestCliCopy::cliRuns(const QString &db)
{
    QList<QStringList> runs;
    for (const QString &group : {u"SO"_s, u"HUYEN"_s, u"XA"_s}) {
        for (const QString &year : {u"2023"_s, u"2024"_s})
            runs.append({u"--lang"_s, u"en"_s, u"--db"_s, db, u"rank"_s, u"--year"_s, year, u"--group"_s, group,
                u"--format"_s, u"json"_s});
    }
    return runs;
}

void TestCliCopy::toTheServerAndBack()
{
    const QString file = makeStore();
    QVERIFY(!file.isEmpty());
    const QString server = newDatabase();
    const QString second = newDatabase();
    QVERIFY(!server.isEmpty() && !second.isEmpty());
    const QString back = m_dir.filePath(u"back.parindex"_s);
    const QString again = m_dir.filePath(u"again.parindex"_s);
    // File to server, server to server, server to file, file to file.
    const QList<QPair<QString, QString>> copies = {{file, server}, {server, second}, {second, back}, {back, again}};
    for (const auto &[from, to] : copies) {
        const Run r = cli({u"--lang"_s, u"en"_s, u"copy"_s, u"--from"_s, from, u"--to"_s, to});
        QVERIFY2(r.exitCode == 0, qPrintable(u"%1 -> %2: %3"_s.arg(from, to, r.err)));
        QVERIFY2(r.err.contains(u"Copied "_s) && r.err.contains(to), qPrintable(r.err));
    }
    const QStringList stores = {file, server, second, back, again};

    // Every row of every table, as stored.
    const QMap<QString, QStringList> original = rowsOf(file);
    QCOMPARE(original.size(), 18);
    QVERIFY(original.value(u"scenario"_s).isEmpty()); // the demo saves no what-if scenario
    // What the demo's criteria continue of their year before (copied forward), and no unit lineage.
    QVERIFY(original.value(u"criterion_link"_s).size() > 100);
    QVERIFY(original.value(u"unit_lineage"_s).isEmpty());
    // The demo's 8 in SO (2023 and 2024, 6 contents), and the 3 above (2 contents).
    QCOMPARE(original.value(u"evidence"_s).size(), 11);
    QCOMPARE(original.value(u"evidence_content"_s).size(), 8);
    QVERIFY(original.value(u"audit"_s).size() > 10);
    QCOMPARE(original.value(u"explanation"_s).size(), 2);
    QVERIFY(original.value(u"published"_s).size() >= 9);
    for (const QString &store : stores.mid(1)) {
        const QMap<QString, QStringList> copied = rowsOf(store);
        QCOMPARE(copied.keys(), original.keys());
        for (auto table = original.cbegin(); table != original.cend(); ++table)
            QVERIFY2(copied.value(table.key()) == table.value(), qPrintable(u"%1 in %2"_s.arg(table.key(), store)));
    }

    // The same through the program: check of every copy; the rankings and the printed decision of a final year from
    // each engine and after the round trip (the server-to-server and file-to-file copies hold the same rows, above,
    // as those they were copied from: the program reads nothing else).
    QList<QByteArray> outputs[5];
    QString decisions[5];
    for (int i = 0; i < stores.size(); ++i) {
        const Run check = cli({u"--lang"_s, u"en"_s, u"--db"_s, stores[i], u"check"_s});
        QVERIFY2(check.exitCode == 0 && check.out.contains(u"No problems found."_s),
            qPrintable(stores[i] + u": "_s + check.out + check.err));
        if (stores[i] == second || stores[i] == again) {
            outputs[i] = outputs[i - 1];
            decisions[i] = decisions[i - 1];
            continue;
        }
        for (const QStringList &run : cliRuns(stores[i])) {
            const Run r = cli(run);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            outputs[i].append(r.out.toUtf8());
        }
        for (const QString &group : {u"SO"_s, u"HUYEN"_s, u"XA"_s}) {
            const QString pdf = m_dir.filePath(u"decision-%1-%2.pdf"_s.arg(i).arg(group));
            const Run d = cli({u"--lang"_s, u"vi"_s, u"--db"_s, stores[i], u"decision"_s, u"--year"_s, u"2023"_s,
                u"--group"_s, group, u"--out"_s, pdf});
            QVERIFY2(d.exitCode == 0, qPrintable(d.err));
            decisions[i] += pdfText(pdf);
        }
    }
    QVERIFY(outputs[0].first().contains("\"rank\""));
    QVERIFY(decisions[0].contains(u"QUYẾT ĐỊNH"_s));
    for (int i = 1; i < stores.size(); ++i) {
        QCOMPARE(outputs[i], outputs[0]);
        QCOMPARE(decisions[i], decisions[0]);
    }

    // A copy takes new rows with new ids (the server's sequences past the largest id copied) and still checks clean.
    for (const QString &store : {server, back}) {
        const Run add = cli({u"--lang"_s, u"en"_s, u"--db"_s, store, u"period"_s, u"add"_s, u"--year"_s, u"2025"_s,
            u"--group"_s, u"SO"_s, u"--copy-from"_s, u"2024"_s});
        QVERIFY2(add.exitCode == 0, qPrintable(store + u": "_s + add.err));
        const Run check = cli({u"--lang"_s, u"en"_s, u"--db"_s, store, u"check"_s});
        QVERIFY2(check.exitCode == 0, qPrintable(store + u": "_s + check.out));
    }
    QCOMPARE(rowsOf(server).value(u"criterion"_s), rowsOf(back).value(u"criterion"_s));
}

// One final period archived into a file, from a server and from a file: the period's rows as stored (its evidence
// and explanations too) with the earlier years of its group (its ranks are compared with them), every unit, the whole
// audit log and one entry more that names the source; the same ranking, decision and printed digest; nothing of the
// other groups or of later years. A period that is not final, a server target, an existing
// file, half of --year/--group: refused, nothing written.
void TestCliCopy::archivesOneFinalPeriod()
{
    const QString file = makeStore();
    QVERIFY(!file.isEmpty());
    const QString server = newDatabase();
    QVERIFY(!server.isEmpty());
    QCOMPARE(cli({u"--lang"_s, u"en"_s, u"copy"_s, u"--from"_s, file, u"--to"_s, server}).exitCode, 0);
    const QMap<QString, QStringList> source = rowsOf(file);
    const auto rankOf = [](const QString &db) {
        return cli({u"--lang"_s, u"en"_s, u"--db"_s, db, u"rank"_s, u"--year"_s, u"2023"_s, u"--group"_s, u"SO"_s,
            u"--format"_s, u"json"_s});
    };
    const auto decisionOf = [this](const QString &db, const QString &name) {
        const QString pdf = m_dir.filePath(name + u".pdf"_s);
        const Run d = cli({u"--lang"_s, u"vi"_s, u"--db"_s, db, u"decision"_s, u"--year"_s, u"2023"_s, u"--group"_s,
            u"SO"_s, u"--out"_s, pdf});
        return d.exitCode == 0 ? pdfText(pdf) : d.err;
    };
    const Run sourceRank = rankOf(file);
    QCOMPARE(sourceRank.exitCode, 0);
    const QString sourceDecision = decisionOf(file, u"source"_s);
    QVERIFY(sourceDecision.contains(u"QUYẾT ĐỊNH"_s));
    const Run sourceCheck = cli({u"--lang"_s, u"en"_s, u"--db"_s, file, u"check"_s});
    static const QRegularExpression printed(
        u"2023/SO: final, decision [^ ]+ of [0-9/]+, printed digest ([0-9A-Z-]+)"_s);
    const QString digest = printed.match(sourceCheck.out).captured(1);
    QVERIFY2(!digest.isEmpty(), qPrintable(sourceCheck.out));

    for (const QString &from : {server, file}) {
        const QString archive = m_dir.filePath(u"archive-2023-SO-%1.parindex"_s.arg(++m_files));
        const Run r = cli({u"--lang"_s, u"en"_s, u"copy"_s, u"--from"_s, from, u"--to"_s, archive, u"--year"_s,
            u"2023"_s, u"--group"_s, u"SO"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.startsWith(u"Archived 2023/SO of "_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"with the earlier years of SO that its ranks are compared with (2021, 2022)"_s),
            qPrintable(r.err));
        const QMap<QString, QStringList> rows = rowsOf(archive);
        QCOMPARE(rows.keys(), source.keys());
        QCOMPARE(rows.value(u"period"_s).size(), 3); // 2021, 2022 and 2023 of SO
        QCOMPARE(rows.value(u"unit"_s), source.value(u"unit"_s));
        QCOMPARE(rows.value(u"unit_group"_s), source.value(u"unit_group"_s));
        // The source's log whole, then the archive's own entry, which names the newest entry copied.
        qint64 newest = 0;
        for (const QString &row : source.value(u"audit"_s))
            newest = std::max(newest, row.section(u'\t', 0, 0).toLongLong());
        const QStringList audit = rows.value(u"audit"_s);
        QCOMPARE(audit.size(), source.value(u"audit"_s).size() + 1);
        int archived = 0;
        for (const QString &row : audit) {
            if (row.contains(u"period.archive"_s)) {
                ++archived;
                QVERIFY2(row.contains(u"2023/SO"_s) && row.contains(from) && row.contains(u"[2021,2022]"_s)
                        && row.contains(u"\"audit_head\":%1,"_s.arg(newest)),
                    qPrintable(row));
            } else {
                QVERIFY2(source.value(u"audit"_s).contains(row), qPrintable(row));
            }
        }
        QCOMPARE(archived, 1);
        // Every row of the period's own tables is one of the source's; the demo's evidence of 2023/SO came along.
        for (const QString &table : {u"criterion"_s, u"score"_s, u"roster"_s, u"published"_s, u"period_content"_s,
                 u"evidence"_s, u"evidence_content"_s, u"decision_text"_s, u"band"_s}) {
            QVERIFY2(!rows.value(table).isEmpty(), qPrintable(table));
            for (const QString &row : rows.value(table))
                QVERIFY2(source.value(table).contains(row), qPrintable(table + u": "_s + row));
            QVERIFY(rows.value(table).size() < source.value(table).size());
        }
        // The program reads the same period from it.
        const Run check = cli({u"--lang"_s, u"en"_s, u"--db"_s, archive, u"check"_s});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out));
        QVERIFY2(check.out.contains(u"3 periods"_s), qPrintable(check.out));
        QVERIFY2(check.out.contains(u"printed digest %1"_s.arg(digest)), qPrintable(check.out));
        QCOMPARE(cli({u"--lang"_s, u"en"_s, u"--db"_s, archive, u"check"_s, u"--digest"_s, digest}).exitCode, 0);
        const Run rank = rankOf(archive);
        QCOMPARE(rank.exitCode, 0);
        QCOMPARE(rank.out, sourceRank.out);
        QCOMPARE(decisionOf(archive, u"archive-%1"_s.arg(m_files)), sourceDecision);
        for (const auto &[year, group] : {std::pair {u"2024"_s, u"SO"_s}, std::pair {u"2023"_s, u"HUYEN"_s}}) {
            const Run other
                = cli({u"--lang"_s, u"en"_s, u"--db"_s, archive, u"rank"_s, u"--year"_s, year, u"--group"_s, group});
            QVERIFY2(other.exitCode == 2, qPrintable(year + group + other.err));
        }
    }

    // Refused, and nothing written.
    const QString target = m_dir.filePath(u"refused.parindex"_s);
    struct Refusal
    {
        QStringList args;
        int exitCode;
        QString reason;
    };
    const QList<Refusal> refusals = {
        {{u"--year"_s, u"2024"_s, u"--group"_s, u"SO"_s, u"--to"_s, target}, 2, u"2024/SO is not final"_s},
        {{u"--year"_s, u"2023"_s, u"--group"_s, u"SO"_s, u"--to"_s, newDatabase()}, 1,
            u"A period is archived into a file"_s},
        {{u"--year"_s, u"2023"_s, u"--to"_s, target}, 1, u"--year Y --group G"_s},
        {{u"--year"_s, u"2023"_s, u"--group"_s, u"NONE"_s, u"--to"_s, target}, 2, u"NONE"_s},
        {{u"--year"_s, u"2023"_s, u"--group"_s, u"SO"_s, u"--to"_s, file}, 3, u""_s},
        {{u"--year"_s, u"2023"_s, u"--group"_s, u"SO"_s, u"--to"_s, target, u"--digest"_s, digest}, 1,
            u"copy does not take the option --digest"_s},
    };
    const QByteArray before = fileBytes(file);
    for (const Refusal &refusal : refusals) {
        const Run r = cli(QStringList {u"--lang"_s, u"en"_s, u"copy"_s, u"--from"_s, server} + refusal.args);
        QVERIFY2(r.exitCode == refusal.exitCode, qPrintable(refusal.args.join(u' ') + u": "_s + r.err));
        QVERIFY2(r.err.contains(refusal.reason), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(target));
    }
    QCOMPARE(fileBytes(file), before);
}

void TestCliCopy::backupOfAServer()
{
    const QString file = makeStore();
    const QString server = newDatabase();
    QVERIFY(!file.isEmpty() && !server.isEmpty());
    QCOMPARE(cli({u"--lang"_s, u"en"_s, u"copy"_s, u"--from"_s, file, u"--to"_s, server}).exitCode, 0);
    // The same copy, into a file that a backup replaces as a file's backup does.
    const QString backup = m_dir.filePath(u"server-backup.parindex"_s);
    for (int i = 0; i < 2; ++i) {
        const Run r = cli({u"--lang"_s, u"en"_s, u"--db"_s, server, u"backup"_s, u"--out"_s, backup});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(rowsOf(backup), rowsOf(file));
        QCOMPARE(cli({u"--lang"_s, u"en"_s, u"--db"_s, backup, u"check"_s}).exitCode, 0);
    }
}

void TestCliCopy::leavesTheServersOwnTables()
{
    const QString file = makeStore();
    const QString server = newDatabase();
    const QString second = newDatabase();
    QVERIFY(!file.isEmpty() && !server.isEmpty() && !second.isEmpty());
    QCOMPARE(cli({u"--lang"_s, u"en"_s, u"copy"_s, u"--from"_s, file, u"--to"_s, server}).exitCode, 0);
    {
        // A table of the server's own beside the schema, as the members of a council are.
        QSqlQuery q(connect(server));
        QVERIFY(q.exec(u"CREATE TABLE parindex_server_only (login text PRIMARY KEY, role text NOT NULL)"_s));
        QVERIFY(q.exec(u"INSERT INTO parindex_server_only VALUES ('thu_ky', 'secretary')"_s));
    }
    const QString back = m_dir.filePath(u"without-members.parindex"_s);
    for (const QString &target : {second, back}) {
        const Run r = cli({u"--lang"_s, u"en"_s, u"copy"_s, u"--from"_s, server, u"--to"_s, target});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(rowsOf(target), rowsOf(file));
    }
    QSqlQuery q(connect(second));
    QVERIFY(q.exec(u"SELECT to_regclass('parindex_server_only') IS NULL"_s) && q.next());
    QVERIFY(q.value(0).toBool());
}

void TestCliCopy::refusesAnExistingFile()
{
    const QString file = makeStore();
    QVERIFY(!file.isEmpty());
    const QString target = m_dir.filePath(u"kept.parindex"_s);
    QFile kept(target);
    QVERIFY(kept.open(QIODevice::WriteOnly));
    kept.write("an earlier copy");
    kept.close();
    const Run r = cli({u"--lang"_s, u"en"_s, u"copy"_s, u"--from"_s, file, u"--to"_s, target});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(file) && r.err.contains(target + u" already exists"_s), qPrintable(r.err));
    QCOMPARE(fileBytes(target), QByteArray("an earlier copy"));
    // Onto itself: the same refusal.
    const Run self = cli({u"--lang"_s, u"en"_s, u"copy"_s, u"--from"_s, file, u"--to"_s, file});
    QVERIFY2(
        self.exitCode == 1 && self.err.contains(file + u" is the open database's own file"_s), qPrintable(self.err));
    QCOMPARE(cli({u"--lang"_s, u"en"_s, u"--db"_s, file, u"check"_s}).exitCode, 0);
    // Without both ends, or with --db: how to use it.
    QCOMPARE(cli({u"--lang"_s, u"en"_s, u"copy"_s, u"--from"_s, file}).exitCode, 1);
    QCOMPARE(cli({u"--lang"_s, u"en"_s, u"--db"_s, file, u"copy"_s, u"--from"_s, file, u"--to"_s, target}).exitCode, 1);
}

void TestCliCopy::refusesAServerDatabaseWithTables()
{
    const QString file = makeStore();
    const QString server = newDatabase();
    QVERIFY(!file.isEmpty() && !server.isEmpty());
    QCOMPARE(cli({u"--lang"_s, u"en"_s, u"--db"_s, server, u"init"_s}).exitCode, 0);
    const auto before = rowsOf(server);
    const Run r = cli({u"--lang"_s, u"en"_s, u"copy"_s, u"--from"_s, file, u"--to"_s, server});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(file) && r.err.contains(server + u" already holds tables"_s), qPrintable(r.err));
    QCOMPARE(rowsOf(server), before);
}

void TestCliCopy::refusesASourceOfAnotherVersion_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("older") << Database::SchemaVersion - 1;
    QTest::newRow("newer") << Database::SchemaVersion + 1;
}

void TestCliCopy::refusesASourceOfAnotherVersion()
{
    QFETCH(int, version);
    const QString file = makeStore();
    const QString server = newDatabase();
    QVERIFY(!file.isEmpty() && !server.isEmpty());
    QCOMPARE(cli({u"--lang"_s, u"en"_s, u"copy"_s, u"--from"_s, file, u"--to"_s, server}).exitCode, 0);
    {
        QSqlQuery q(connect(server));
        QVERIFY(q.exec(u"UPDATE parindex_store SET schema_version = %1"_s.arg(version)));
    }
    const QString target = m_dir.filePath(u"version-%1.parindex"_s.arg(version));
    const Run r = cli({u"--lang"_s, u"en"_s, u"copy"_s, u"--from"_s, server, u"--to"_s, target});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(server) && r.err.contains(u"version"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(target));
}

void TestCliCopy::refusesADamagedSource_data()
{
    QTest::addColumn<bool>("toServer");
    QTest::addColumn<QStringList>("damage");
    QTest::addColumn<QString>("found");
    // A score changed outside the program.
    const QStringList score = {u"UPDATE score SET note = 'sửa ngoài chương trình' WHERE (criterion_id, unit_id) = "
                               "(SELECT criterion_id, unit_id FROM score ORDER BY criterion_id, unit_id LIMIT 1)"_s};
    // A unit deleted with SQLite's references off: its rows refer to nothing (the server refuses them).
    const QStringList unit
        = {u"PRAGMA foreign_keys = OFF"_s, u"DELETE FROM unit WHERE id = (SELECT max(unit_id) FROM score)"_s};
    QTest::newRow("a score to a server") << true << score << u"was changed outside the program"_s;
    QTest::newRow("a score to a file") << false << score << u"was changed outside the program"_s;
    QTest::newRow("a unit to a server") << true << unit << u"refer to rows that no longer exist"_s;
    QTest::newRow("a unit to a file") << false << unit << u"refer to rows that no longer exist"_s;
}

void TestCliCopy::refusesADamagedSource()
{
    QFETCH(bool, toServer);
    QFETCH(QStringList, damage);
    QFETCH(QString, found);
    const QString file = makeStore();
    QVERIFY(!file.isEmpty());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"rows-damage"_s);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &statement : std::as_const(damage))
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
    }
    QSqlDatabase::removeDatabase(u"rows-damage"_s);
    const QString target = toServer ? newDatabase() : m_dir.filePath(u"damaged-copy.parindex"_s);
    QVERIFY(!target.isEmpty());
    const Run r = cli({u"--lang"_s, u"en"_s, u"copy"_s, u"--from"_s, file, u"--to"_s, target});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(
        r.err.contains(file + u" is damaged"_s) && r.err.contains(found) && r.err.contains(target), qPrintable(r.err));
    // Nothing of the copy is left: no file, no temporary file beside it, no table on the server.
    QCOMPARE(QDir(m_dir.path()).entryList({u"*damaged-copy*"_s}, QDir::Files | QDir::Hidden), QStringList());
    if (toServer) {
        QSqlQuery q(connect(target));
        QVERIFY(q.exec(u"SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
}

QTEST_GUILESS_MAIN(TestCliCopy)
#include "tst_cli_copy.moc"
