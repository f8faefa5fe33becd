// The national period on a PostgreSQL server (issue 15's targets), each figure against `psql` on the same server in
// the same run: open + rank the 3,321-unit period of 2025 (with 2024's ranks beside it), and the import of a
// 398,520-row score CSV into a period with no cells and into one that holds them all.
// Usage (beside a server): scripts/with-postgres.sh sh -c 'build/bench/bench_server "$PARINDEX_TEST_PG" NATIONAL_FILE
//        [RUNS]'   (NATIONAL_FILE written by make_national_file; RUNS of each figure, 5)
//        bench_server rank|import STORE_ADDRESS [RUNS]   (one part, on a national store already on the server)
// The address is a login that may make databases: the national file is copied (parindex-cli copy's path) into a new
// database of that server, which is dropped at the end.
#include "benchsupport.h"
#include "desk/filetransfer.h"
#include "desk/periodranking.h"
#include "desk/publication.h"
#include "io/formats.h"
#include "nationalfixture.h"
#include "storage/database.h"
#include "storage/serveraddress.h"
#include "storage/storecopy.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUuid>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

using namespace parindex;
using namespace parindex::bench;
using namespace Qt::StringLiterals;

namespace {
QTextStream err(stderr);

[[noreturn]] void fail(const QString &what)
{
    err << what << u'\n';
    err.flush();
    std::exit(2);
}

void must(const Status &s)
{
    if (!s)
        fail(s.error().text());
}

// Runs psql on the database with a script on stdin, rows discarded; milliseconds of wall clock, from the start of the
// process (its connection included) to its end.
double psqlMs(const ServerAddress &address, const QByteArray &script)
{
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(
        u"psql"_s, {u"-X"_s, u"-q"_s, u"-A"_s, u"-t"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-d"_s, address.toString()});
    p.write(script);
    p.closeWriteChannel();
    p.waitForFinished(-1);
    const double ms = double(t.nsecsElapsed()) / 1e6;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        fail(u"psql failed: "_s + QString::fromUtf8(p.readAllStandardError()));
    return ms;
}

// The same work as rankPeriod, in one statement: the per-unit sums of the appraised values of the period and of the
// year before (for the previous ranks), each with its RANK() window (bench_storage's reference, on the server).
QByteArray rankingSql(int year)
{
    return u"WITH sums AS (SELECT c.period_id AS pid, s.unit_id AS uid, SUM(s.appraised) AS points"
           " FROM score s JOIN criterion c ON c.id = s.criterion_id"
           " WHERE c.period_id IN (SELECT id FROM period WHERE group_code = 'XA' AND year IN (%1, %2))"
           " GROUP BY c.period_id, s.unit_id)"
           " SELECT pid, uid, points, RANK() OVER (PARTITION BY pid ORDER BY points DESC) FROM sums;\n"_s.arg(year - 1)
               .arg(year)
               .toUtf8();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// "min..max" of the runs' times.
QString range(const QList<double> &values)
{
    const auto [low, high] = std::minmax_element(values.cbegin(), values.cend());
    return QString::number(*low, 'f', 0) + u".."_s + QString::number(*high, 'f', 0);
}

// Open + rank through the program's own path (what `parindex-cli rank` does, in this process), against psql.
void rank(const ServerAddress &store, int runs, const QString &cli)
{
    const int year = 2025;
    qsizetype ranked = 0;
    const auto ours = [&] {
        auto db = Database::open(store.toString(), Database::Access::ReadOnly);
        if (!db)
            fail(db.error().text());
        const auto table = rankPeriod(**db, year, u"XA"_s);
        if (!table)
            fail(table.error().text());
        ranked = table->ranked.size();
    };
    const auto cliMs = [&] {
        QProcess p;
        p.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer t;
        t.start();
        p.start(cli,
            {u"--db"_s, store.toString(), u"rank"_s, u"--year"_s, QString::number(year), u"--group"_s, u"XA"_s,
                u"--format"_s, u"csv"_s});
        p.waitForFinished(-1);
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            fail(u"parindex-cli rank failed: "_s + QString::fromUtf8(p.readAllStandardError()));
        return double(t.nsecsElapsed()) / 1e6;
    };
    const QByteArray sql = rankingSql(year);
    ours(); // the server's cache warm for both
    psqlMs(store, sql);
    QList<double> mine;
    QList<double> theirs;
    QList<double> process;
    for (int i = 0; i < runs; ++i) {
        mine.append(medianMs(1, ours));
        theirs.append(psqlMs(store, sql));
        if (!cli.isEmpty())
            process.append(cliMs());
    }
    const double m = median(mine);
    const double r = median(theirs);
    printRow({u"open + load + score + rank %1 units on the server (and last year's ranks), in process"_s.arg(ranked), m,
        u"ms"_s, u"psql sums + RANK() (process, connection included)"_s, r, u"<= 1.5x reference"_s, m <= 1.5 * r});
    if (!cli.isEmpty()) {
        const double c = median(process);
        printRow({u"parindex-cli rank --format csv as a process"_s, c, u"ms"_s, u"psql sums + RANK()"_s, r,
            u"(the same, with the program's start)"_s, c <= 1.5 * r});
    }
    err << u"rank: ours %1 ms (%2), psql %3 ms (%4)\n"_s.arg(m, 0, 'f', 0)
               .arg(range(mine))
               .arg(r, 0, 'f', 0)
               .arg(range(theirs));
}

// The parts of the ranking's reading on the server, each timed alone on one connection (median of `runs`): where the
// time of open + rank goes.
void reads(const ServerAddress &store, int runs)
{
    const int year = 2025;
    const QString address = store.toString();
    auto db = Database::open(address, Database::Access::ReadOnly);
    if (!db)
        fail(db.error().text());
    const auto period = (*db)->period(year, u"XA"_s);
    if (!period)
        fail(period.error().text());
    const auto tree = (*db)->criteria(period->id);
    const auto roster = (*db)->periodUnits(period->id);
    if (!tree || !roster)
        fail(u"the period's criteria or roster cannot be read"_s);
    QStringList units;
    for (const Unit &u : *roster)
        units.append(u.code);
    QStringList nodes;
    for (qsizetype i = 0; i < tree->size(); ++i)
        nodes.append(tree->at(i).code);
    const auto row = [](const QString &what, double ms) {
        printRow({what, ms, u"ms"_s, {}, 0, u"(part of the above)"_s, true});
    };
    row(u"open the store read-only (Database::open)"_s, medianMs(runs, [&] {
        if (!Database::open(address, Database::Access::ReadOnly))
            fail(u"open"_s);
    }));
    row(u"open with the structure check (the second connection of rankPeriod)"_s, medianMs(runs, [&] {
        if (!Database::open(address, Database::Access::ReadOnly, Database::Verify::Structure))
            fail(u"open"_s);
    }));
    row(u"criteria, bands and roster of the period (sealed rows checked)"_s, medianMs(runs, [&] {
        if (!(*db)->criteria(period->id) || !(*db)->bands(period->id) || !(*db)->periodUnits(period->id))
            fail(u"frame"_s);
    }));
    row(u"the period's cells as a grid for scoring (scoreGrid)"_s, medianMs(runs, [&] {
        if (!(*db)->scoreGrid(period->id, units, nodes))
            fail(u"grid"_s);
    }));
    row(u"rank the period, last year's ranks beside it (rankPeriod, the store open)"_s, medianMs(runs, [&] {
        if (!rankPeriod(**db, year, u"XA"_s))
            fail(u"rank"_s);
    }));
}

// The import of a national period's score CSV through FileTransfer::importScores (what `parindex-cli scores import`
// and the window do), into new periods (no cells yet), then over the cells of one of them with other values.
void import(const ServerAddress &store, int runs)
{
    QTemporaryDir dir;
    const NationalFixture a = makeNationalFixture(3321, 7);
    const NationalFixture b = makeNationalFixture(3321, 8); // other values for the same cells
    const QString csvA = dir.filePath(u"scores-a.csv"_s);
    const QString csvB = dir.filePath(u"scores-b.csv"_s);
    must(CsvWriter::writeFile(csvA, FileFormats::writeScoresLong(a.tree, a.units, a.sheets)));
    must(CsvWriter::writeFile(csvB, FileFormats::writeScoresLong(b.tree, b.units, b.sheets)));
    const qsizetype rows = a.rows.size();

    auto opened = Database::open(store.toString());
    if (!opened)
        fail(opened.error().text());
    Database &db = **opened;
    const auto timed = [&](int year, const QString &csv) {
        QElapsedTimer t;
        t.start();
        must(FileTransfer::importScores(db, year, u"XA"_s, csv));
        return double(t.nsecsElapsed()) / 1e6;
    };
    QList<double> empty;
    QList<double> holding;
    QList<double> theirs;
    int first = 2026; // the first year after the store's
    while (db.period(first, u"XA"_s))
        ++first;
    for (int i = 0; i < runs; ++i) {
        const int year = first + i;
        const auto p = db.addPeriod(year, u"XA"_s, 2025);
        if (!p)
            fail(p.error().text());
        empty.append(timed(year, csvA));
        theirs.append(psqlMs(store,
            u"CREATE TEMP TABLE t (unit_code text, criterion_code text, self text, appraised text, note text);\n"
            "\\copy t FROM '%1' WITH (FORMAT csv, HEADER true)\n"_s.arg(csvA)
                .toUtf8()));
    }
    for (int i = 0; i < runs; ++i)
        holding.append(timed(first, i % 2 == 0 ? csvB : csvA));
    const double e = double(rows) / median(empty) * 1000.0;
    const double h = double(rows) / median(holding) * 1000.0;
    const double r = double(rows) / median(theirs) * 1000.0;
    printRow({u"import %1 score rows from CSV into a period without cells (rows/s)"_s.arg(rows), e, u"rows/s"_s,
        u"psql \\copy into a plain table"_s, r, u">= 150000 rows/s"_s, e >= 150000});
    printRow({u"import %1 score rows from CSV over the period's cells, every value changed (rows/s)"_s.arg(rows), h,
        u"rows/s"_s, u"psql \\copy into a plain table"_s, r, u">= 150000 rows/s"_s, h >= 150000});
    err << u"import: into no cells %1 ms, over the cells %2 ms (psql \\copy %3 ms)\n"_s.arg(median(empty), 0, 'f', 0)
               .arg(median(holding), 0, 'f', 0)
               .arg(median(theirs), 0, 'f', 0);
}

// Runs `sql` as the server's administrator (a database made or dropped).
void administer(const ServerAddress &server, const QString &sql)
{
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"bench-admin"_s);
        admin.setHostName(server.host);
        admin.setPort(server.port);
        admin.setUserName(server.user);
        admin.setDatabaseName(server.database);
        admin.setConnectOptions(server.connectOptions());
        QSqlQuery q(admin);
        if (!admin.open() || !q.exec(sql))
            fail(u"%1: %2"_s.arg(sql, admin.isOpen() ? q.lastError().text() : admin.lastError().text()));
    }
    QSqlDatabase::removeDatabase(u"bench-admin"_s);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    // parindex-cli beside the benchmarks in the build tree, when it is there.
    const QString cli = app.applicationDirPath() + u"/../app/parindex-cli"_s;
    if (args.size() >= 3 && args[1] == u"rank") { // a store on the server already (a profile of the reading)
        const auto store = ServerAddress::parse(args[2]);
        if (!store)
            fail(store.error().text());
        rank(*store, args.value(3, u"5"_s).toInt(), QFile::exists(cli) ? cli : QString());
        reads(*store, args.value(3, u"5"_s).toInt());
        return 0;
    }
    if (args.size() >= 3 && args[1] == u"import") { // into new periods of a national store already on the server
        const auto store = ServerAddress::parse(args[2]);
        if (!store)
            fail(store.error().text());
        import(*store, args.value(3, u"3"_s).toInt());
        return 0;
    }
    const auto server = args.size() >= 3 ? ServerAddress::parse(args[1]) : Result<ServerAddress>(Error());
    if (!server)
        fail(u"usage: bench_server postgresql://ADMIN@HOST:PORT/DB NATIONAL_FILE [RUNS]"_s);
    const int runs = args.value(3, u"5"_s).toInt();

    ServerAddress store = *server;
    store.database = u"national_"_s + QUuid::createUuid().toString(QUuid::Id128).left(10);
    administer(*server, u"CREATE DATABASE "_s + store.database);
    {
        auto source = Database::open(args[2], Database::Access::ReadOnly);
        if (!source)
            fail(source.error().text());
        QElapsedTimer t;
        t.start();
        const auto copied = StoreCopy::copy(**source, store.toString(), &Publication::check);
        if (!copied)
            fail(copied.error().text());
        err << u"copied %1 rows of %2 tables into %3 in %4 ms (check %5 ms)\n"_s.arg(copied->rows)
                   .arg(copied->tables)
                   .arg(store.toString())
                   .arg(t.elapsed())
                   .arg(copied->checkingMs);
    }
    rank(store, runs, QFile::exists(cli) ? cli : QString());
    import(store, runs);
    administer(*server, u"DROP DATABASE %1 WITH (FORCE)"_s.arg(store.database));
    return 0;
}
