// The writer that tst_killsafety kills: applies random score edits and imports to a file and prints each one
// on stdout the moment it is acknowledged, so that the parent knows what must survive a SIGKILL.
//   killchild FILE SEED [COUNT] [--cli] [--spare UNIT]...
// COUNT operations, then exit 0; without COUNT (or with -1), until killed. The writes go to the period 2025 of
// group XA.
//   --cli         every operation is a separate command-line run: the file is opened, written once and closed;
//                 between two runs a tool checkpoints the write-ahead log on a connection of its own
//                 (PRAGMA wal_checkpoint, PASSIVE or TRUNCATE at random), as an administrator's sqlite3 would.
//   --spare UNIT  never writes that unit (the cells a test's window writes alone).
// Lines: "T E unit criterion raw" or "T I n" + n lines "R unit criterion raw" (the operation is tried),
// then "A" (acknowledged: the call returned success) or "F message" (refused);
// "C mode busy log checkpointed" after a checkpoint (busy 1: readers kept it from finishing).
#include "storage/database.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QRandomGenerator>

#include <sqlite3.h>

#include <cstdio>

using namespace parindex;
using namespace Qt::StringLiterals;

namespace {
void say(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout); // in the pipe before the next call: a kill after this line cannot take it back
}

// A checkpoint on a connection of its own, opened and closed around it; false (with an "F" line) on an error.
bool checkpoint(const QString &path, bool truncate)
{
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_busy_timeout(db, 5000);
    sqlite3_stmt *statement = nullptr;
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v2(db, truncate ? "PRAGMA wal_checkpoint(TRUNCATE)" : "PRAGMA wal_checkpoint(PASSIVE)", -1,
            &statement, nullptr);
    QString line;
    if (rc == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW) {
        line = u"C %1 %2 %3 %4"_s.arg(truncate ? u"TRUNCATE"_s : u"PASSIVE"_s)
                   .arg(sqlite3_column_int(statement, 0))
                   .arg(sqlite3_column_int(statement, 1))
                   .arg(sqlite3_column_int(statement, 2));
    } else {
        line = u"F checkpoint: %1"_s.arg(QString::fromUtf8(sqlite3_errmsg(db)));
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    say(line);
    return line.startsWith(u'C');
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    bool cli = false;
    QStringList spare;
    for (qsizetype i = 3; i < args.size();) {
        if (args[i] == u"--cli") {
            cli = true;
            args.removeAt(i);
        } else if (args[i] == u"--spare" && i + 1 < args.size()) {
            spare.append(args[i + 1]);
            args.remove(i, 2);
        } else {
            ++i;
        }
    }
    if (args.size() < 3 || args.size() > 4) {
        std::fputs("usage: killchild FILE SEED [COUNT] [--cli] [--spare UNIT]...\n", stderr);
        return 1;
    }
    const QString path = args[1];
    const QString who = u"killchild-"_s + args[2];
    auto db = Database::open(path);
    if (!db) {
        say(u"F "_s + db.error().text().simplified());
        return 3;
    }
    (*db)->setUserName(who);
    auto period = (*db)->period(2025, u"XA"_s);
    auto units = (*db)->periodUnits(period ? period->id : 0);
    const auto tree = (*db)->criteria(period ? period->id : 0);
    if (!period || !units || !tree) {
        say(u"F cannot read the period"_s);
        return 3;
    }
    units->removeIf([&](const Unit &u) { return spare.contains(u.code); });
    if (cli)
        db->reset(); // each operation opens the file again
    QRandomGenerator rng(args[2].toUInt());
    const qint64 count = args.size() > 3 ? args[3].toLongLong() : -1;
    const QList<qsizetype> leaves = tree->leaves();
    const auto randomValue = [&](const Criterion &c) { return qint64(rng.bounded(int(c.maxPoints.raw()) + 1)); };
    for (qint64 done = 0; count < 0 || done < count; ++done) {
        if (cli) {
            auto run = Database::open(path);
            if (!run) {
                say(u"F "_s + run.error().text().simplified());
                return 3;
            }
            db = std::move(run);
            (*db)->setUserName(who);
            period = (*db)->period(2025, u"XA"_s);
            if (!period) {
                say(u"F "_s + period.error().text().simplified());
                return 3;
            }
        }
        Status s;
        if (rng.bounded(5) > 0) {
            const Unit &u = (*units)[rng.bounded(int(units->size()))];
            const Criterion &c = tree->at(leaves[rng.bounded(int(leaves.size()))]);
            ScoreEntry e;
            const qint64 raw = randomValue(c);
            e.appraised = Fixed::fromRaw(raw);
            say(u"T E %1 %2 %3"_s.arg(u.code, c.code).arg(raw));
            s = (*db)->setScore(period->id, u.code, c.code, e);
        } else {
            // Every leaf of a few units: a batch that is either all there or not at all.
            QList<ScoreRow> rows;
            const int batchUnits = 1 + rng.bounded(4);
            const int first = rng.bounded(int(units->size()) - batchUnits + 1);
            for (int k = first; k < first + batchUnits; ++k) {
                for (qsizetype i : leaves) {
                    const Criterion &c = tree->at(i);
                    rows.append({(*units)[k].code, c.code, std::nullopt, Fixed::fromRaw(randomValue(c)), std::nullopt,
                        std::nullopt});
                }
            }
            QString lines = u"T I %1"_s.arg(rows.size());
            for (const ScoreRow &r : rows)
                lines += u"\nR %1 %2 %3"_s.arg(r.unitCode, r.criterionCode).arg(r.appraised->raw());
            say(lines);
            s = (*db)->importScores(period->id, rows);
        }
        say(s ? u"A"_s : u"F "_s + s.error().text().simplified());
        if (cli) {
            db->reset(); // the run ends: the last connection of this process closes
            if (!checkpoint(path, rng.bounded(2) == 0))
                return 3;
        }
    }
    return 0;
}
