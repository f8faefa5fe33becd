// The file at national scale, each figure against the sqlite3 command-line program on the same file in the
// same run: load + score + rank a 3,321-unit period, and the import of a 398,520-row score CSV.
// Usage: bench_storage rank NATIONAL_FILE   (written by make_national_file)
//        bench_storage import [UNITS]      (3,321 units unless given; fewer for a profile under callgrind)
//        bench_storage reads NATIONAL_FILE  (what the window's ranking reader does, part by part; no reference)
#include "benchsupport.h"
#include "desk/filetransfer.h"
#include "desk/liveranking.h"
#include "desk/periodranking.h"
#include "io/formats.h"
#include "nationalfixture.h"
#include "storage/database.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>

using namespace parindex;
using namespace parindex::bench;
using namespace Qt::StringLiterals;

namespace {
QTextStream err(stderr);

// Runs the sqlite3 program on a file with a script on stdin, output discarded; milliseconds of wall clock.
double sqlite3Ms(const QString &file, const QByteArray &script)
{
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(u"sqlite3"_s, {u"-batch"_s, file});
    p.write(script);
    p.closeWriteChannel();
    p.waitForFinished(-1);
    const double ms = double(t.nsecsElapsed()) / 1e6;
    if (p.exitCode() != 0)
        err << u"sqlite3 failed: "_s << QString::fromUtf8(p.readAllStandardError()) << u'\n';
    return ms;
}

// The same work as rankPeriod, in SQL: the per-unit sums of the period and of the year before (for the
// previous rank), each with its RANK() window.
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

int rankFromFile(const QString &path)
{
    const int year = 2025;
    qsizetype ranked = 0;
    const auto ours = [&] {
        auto db = Database::open(path, Database::Access::ReadOnly);
        if (!db)
            qFatal("%s", qPrintable(db.error().text()));
        const auto table = rankPeriod(**db, year, u"XA"_s);
        if (!table)
            qFatal("%s", qPrintable(table.error().text()));
        ranked = table->ranked.size();
    };
    const QByteArray sql = rankingSql(year);
    ours(); // warm the page cache for both
    sqlite3Ms(path, sql);
    QList<double> mine;
    QList<double> theirs;
    for (int i = 0; i < 5; ++i) {
        mine.append(medianMs(1, ours));
        theirs.append(sqlite3Ms(path, sql));
    }
    std::sort(mine.begin(), mine.end());
    std::sort(theirs.begin(), theirs.end());
    const double m = mine[2];
    const double r = theirs[2];
    printRow({u"open + load + score + rank %1 units (and last year's ranks)"_s.arg(ranked), m, u"ms"_s,
        u"sqlite3 CLI sums + RANK()"_s, r, u"<= 1.0x reference"_s, m <= 1.0 * r});
    return 0;
}

int importCsv(int units, int runs)
{
    QTemporaryDir dir;
    const NationalFixture f = makeNationalFixture(units);
    const QString csv = dir.filePath(u"scores.csv"_s);
    if (const Status s = CsvWriter::writeFile(csv, FileFormats::writeScoresLong(f.tree, f.units, f.sheets)); !s)
        qFatal("%s", qPrintable(s.error().text()));
    const qsizetype rows = f.rows.size();

    const auto fresh = [&](const QString &name) {
        const QString path = dir.filePath(name);
        auto db = Database::create(path);
        if (!db)
            qFatal("%s", qPrintable(db.error().text()));
        const auto must = [](const Status &s) {
            if (!s)
                qFatal("%s", qPrintable(s.error().text()));
        };
        must((*db)->saveGroup({u"XA"_s, u"UBND cấp xã"_s, 0}));
        must((*db)->importUnits(f.units));
        const auto p = (*db)->addPeriod(2025, u"XA"_s);
        must(p ? (*db)->replaceCriteria(p->id, f.tree) : Status(p.error()));
        return std::move(db).value();
    };
    QList<double> mine;
    QList<double> theirs;
    for (int i = 0; i < runs; ++i) {
        auto db = fresh(u"import%1.parindex"_s.arg(i));
        QElapsedTimer t;
        t.start();
        const Status s = FileTransfer::importScores(*db, 2025, u"XA"_s, csv);
        mine.append(double(t.nsecsElapsed()) / 1e6);
        if (!s)
            qFatal("%s", qPrintable(s.error().text()));
        const QString ref = dir.filePath(u"ref%1.sqlite"_s.arg(i));
        const QByteArray script = u"PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;\n"
                                  "CREATE TABLE t (unit_code TEXT, criterion_code TEXT, self TEXT, appraised TEXT,"
                                  " note TEXT);\n.import --csv --skip 1 %1 t\n"_s.arg(csv)
                                      .toUtf8();
        theirs.append(sqlite3Ms(ref, script));
    }
    std::sort(mine.begin(), mine.end());
    std::sort(theirs.begin(), theirs.end());
    const double rate = double(rows) / mine[mine.size() / 2] * 1000.0;
    const double refRate = double(rows) / theirs[theirs.size() / 2] * 1000.0;
    printRow({u"import %1 score rows from CSV, one transaction (rows/s)"_s.arg(rows), rate, u"rows/s"_s,
        u"sqlite3 CLI .import into a plain table"_s, refRate, u">= 150000 rows/s"_s, rate >= 150000});
    err << u"import: %1 ms (sqlite3 .import %2 ms)\n"_s.arg(mine[mine.size() / 2], 0, 'f', 0)
               .arg(theirs[theirs.size() / 2], 0, 'f', 0);
    return 0;
}
// The parts of what the window's ranking reader does on its worker, each timed alone on one read-only connection
// (median of 5): where the time of "open until the Ranking tab holds its rows" goes.
int readsOfTheWindow(const QString &path)
{
    const int year = 2025;
    auto db = Database::open(path, Database::Access::ReadOnly, Database::Verify::Structure);
    if (!db)
        qFatal("%s", qPrintable(db.error().text()));
    const auto period = (*db)->period(year, u"XA"_s);
    if (!period)
        qFatal("%s", qPrintable(period.error().text()));
    const auto tree = *(*db)->criteria(period->id);
    const QList<Unit> roster = *(*db)->periodUnits(period->id);
    QStringList units;
    for (const Unit &u : roster)
        units.append(u.code);
    QStringList nodes;
    for (qsizetype i = 0; i < tree.size(); ++i)
        nodes.append(tree.at(i).code);
    const auto row = [](const QString &what, double ms) {
        printRow({what, ms, u"ms"_s, {}, 0, u"(part of the above)"_s, true});
    };
    row(u"open the file read-only (structure checked)"_s, medianMs(5, [&] {
        if (!Database::open(path, Database::Access::ReadOnly, Database::Verify::Structure))
            qFatal("open");
    }));
    row(u"criteria, bands and roster of the period (sealed rows checked)"_s, medianMs(5, [&] {
        if (!(*db)->criteria(period->id) || !(*db)->bands(period->id) || !(*db)->periodUnits(period->id))
            qFatal("frame");
    }));
    row(u"every unit's sheet of the period (scoreSheets, %1 units)"_s.arg(units.size()), medianMs(5, [&] {
        if (!(*db)->scoreSheets(period->id))
            qFatal("sheets");
    }));
    row(u"the period's cells as a grid for scoring (scoreGrid)"_s, medianMs(5, [&] {
        if (!(*db)->scoreGrid(period->id, units, nodes))
            qFatal("grid");
    }));
    row(u"rank the period from the file, last year's ranks beside it (rankPeriod)"_s, medianMs(5, [&] {
        if (!rankPeriod(**db, year, u"XA"_s))
            qFatal("rank");
    }));
    row(u"the kept ranking of the window (LiveRanking::load)"_s, medianMs(5, [&] {
        if (!LiveRanking::load(**db, *period))
            qFatal("live");
    }));
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args[1] == u"rank")
        return rankFromFile(args[2]);
    if (args.size() >= 3 && args[1] == u"reads")
        return readsOfTheWindow(args[2]);
    if (args.size() >= 2 && args[1] == u"import")
        return args.size() >= 3 ? importCsv(args[2].toInt(), 1) : importCsv(3321, 3);
    err << u"usage: bench_storage rank NATIONAL_FILE | reads NATIONAL_FILE | import [UNITS]\n"_s;
    return 1;
}
