// A window and command-line runs share one large file for a long while. The window keeps its connection, as
// the desktop program does for a whole session, and ranks the period again and again (LiveRanking::load: at
// this size last year's ranks are read on a second, read-only connection of the same process), writes and reads
// back; meanwhile other programs (killchild --cli) open the file, write, close it and checkpoint it, run after
// run. Afterwards every acknowledged write of every program is in the file, in the order of the audit log;
// integrity_check and check() pass; and the window's write-ahead log and shared memory were never deleted
// under it (a second open that dropped the window's locks let the last program to close delete them:
// "How to corrupt an SQLite database", 2.2).
// PARINDEX_SHARED_RUNS sets the operations of each other program (default 60).
#include "common/childlog.h"
#include "common/twoyearfile.h"
#include "desk/liveranking.h"
#include "desk/periodranking.h"
#include "storage/database.h"

#include <QtCore/QDeadlineTimer>
#include <QtCore/QProcess>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <sqlite3.h>

using namespace parindex;
using namespace parindex::test;
using namespace Qt::StringLiterals;

namespace {
constexpr int UnitCount = 320;
constexpr int LeafCount = 70; // 22,400 cells a year: last year's are read on the second connection
const QString WindowUnit = u"U000"_s; // the window's cells: the other programs never write them

QString leafCode(int i)
{
    return u"%1.%2"_s.arg(i / 10 + 1).arg(i % 10 + 1);
}

// Seven areas of ten leaves of 1 point (raw 10,000), every cell scored in both years.
std::unique_ptr<Database> makeFile(const QString &path)
{
    QList<Unit> units;
    for (int k = 0; k < UnitCount; ++k)
        units.append({0, u"U%1"_s.arg(k, 3, 10, QChar(u'0')), u"Xã số %1"_s.arg(k), u"XA"_s, {}, {}, true});
    QList<Criterion> criteria;
    for (int i = 0; i < LeafCount; ++i) {
        if (i % 10 == 0)
            criteria.append({QString::number(i / 10 + 1), u"Lĩnh vực %1"_s.arg(i / 10 + 1), Fixed::fromInt(10),
                CriterionKind::Group, {}});
        criteria.append({leafCode(i), u"Tiêu chí %1"_s.arg(leafCode(i)), Fixed::fromInt(1), CriterionKind::Score, {}});
    }
    return twoYears(path, units, *CriteriaTree::build(criteria), [&](int year) {
        QList<ScoreRow> rows;
        for (int k = 0; k < UnitCount; ++k) {
            for (int i = 0; i < LeafCount; ++i)
                rows.append({units[k].code, leafCode(i), std::nullopt,
                    Fixed::fromRaw((k * 7919 + i * 104729 + year) % 10001), std::nullopt, std::nullopt});
        }
        return rows;
    });
}

// The appraised values of the period 2025.
Cells cellsOf(const Database &db)
{
    Cells cells;
    const auto period = db.period(2025, u"XA"_s);
    const auto sheets = period ? db.scoreSheets(period->id) : Result<QHash<QString, ScoreSheet>>(period.error());
    if (!sheets)
        qFatal("%s", qPrintable(sheets.error().text()));
    for (const ScoreSheet &sheet : *sheets) {
        for (auto it = sheet.entries.cbegin(); it != sheet.entries.cend(); ++it) {
            if (it->appraised)
                cells.insert({sheet.unitCode, it.key()}, it->appraised->raw());
        }
    }
    return cells;
}

// Where the window's own cells differ from what it wrote, as a line for the report; empty when they agree.
QString differences(const ScoreSheet &sheet, const Cells &written)
{
    QStringList lines;
    for (auto it = written.cbegin(); it != written.cend(); ++it) {
        const auto entry = sheet.entries.constFind(it.key().second);
        const qint64 raw = entry != sheet.entries.cend() && entry->appraised ? entry->appraised->raw() : -1;
        if (raw != it.value())
            lines.append(u"%1 holds %2, written %3"_s.arg(it.key().second).arg(raw).arg(it.value()));
    }
    return lines.join(u"; "_s);
}

// PRAGMA integrity_check on a connection of its own: "ok", or what it reports.
QString integrityCheck(const QString &path)
{
    sqlite3 *db = nullptr;
    QStringList lines;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &statement, nullptr) == SQLITE_OK) {
            while (sqlite3_step(statement) == SQLITE_ROW)
                lines.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
        }
        sqlite3_finalize(statement);
    }
    if (lines.isEmpty())
        lines.append(QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_close(db);
    return lines.join(u'\n');
}
} // namespace

class TestSharedFile : public QObject
{
    Q_OBJECT
private slots:
    void windowRanksWhileOthersWrite();
};

void TestSharedFile::windowRanksWhileOthersWrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shared.parindex"_s);
    const Cells initial = cellsOf(*makeFile(path)); // created and closed
    QCOMPARE(initial.size(), UnitCount * LeafCount);

    auto window = Database::open(path);
    QVERIFY2(window, qPrintable(window ? QString() : window.error().text()));
    (*window)->setUserName(u"window"_s);
    const auto period = (*window)->period(2025, u"XA"_s);
    QVERIFY(period);
    const auto tree = (*window)->criteria(period->id);
    QVERIFY(tree);
    QVERIFY(qsizetype(UnitCount) * tree->leaves().size() >= ParallelRankingCells);

    const int runs
        = qEnvironmentVariableIsSet("PARINDEX_SHARED_RUNS") ? qEnvironmentVariableIntValue("PARINDEX_SHARED_RUNS") : 60;
    const QStringList seeds = {u"701"_s, u"702"_s};
    std::vector<std::unique_ptr<QProcess>> others;
    for (const QString &seed : seeds) {
        others.push_back(std::make_unique<QProcess>());
        others.back()->start(
            QStringLiteral(KILLCHILD), {path, seed, QString::number(runs), u"--cli"_s, u"--spare"_s, WindowUnit});
        QVERIFY2(others.back()->waitForStarted(), qPrintable(others.back()->errorString()));
    }
    const auto othersRunning = [&] {
        bool running = false;
        for (const auto &p : others) {
            if (p->state() != QProcess::NotRunning)
                running = !p->waitForFinished(5) || running; // also reads what it printed so far
        }
        return running;
    };

    // What went wrong, collected so that one run reports every consequence rather than the first.
    QStringList problems;
    const auto problem = [&](const QString &what) {
        if (problems.size() < 40)
            problems.append(what);
    };
    QList<Operation> windowOperations; // acknowledged, in the order the window made them
    Cells written; // the window's cells as it wrote them
    QRandomGenerator rng(2025);
    const QDeadlineTimer deadline(240000);
    bool walDeleted = false;
    bool locksDropped = false;
    int round = 0;
    std::optional<LiveRanking> live;
    for (;; ++round) {
        if (!othersRunning() && round >= 12)
            break;
        if (deadline.hasExpired()) {
            problem(u"the other programs did not finish in time"_s);
            break;
        }
        // The window ranks the period afresh, as when the navigator comes back to it or another program's write
        // is seen.
        auto loaded = LiveRanking::load(**window, *period);
        if (!loaded) {
            problem(u"round %1: ranking: %2"_s.arg(round).arg(loaded.error().text()));
        } else {
            live = std::move(loaded).value();
            if (!live->input().previousRanks || live->input().previousRanks->size() != UnitCount)
                problem(u"round %1: last year's ranks missing"_s.arg(round));
            if (live->table().ranked.size() != UnitCount)
                problem(u"round %1: %2 units ranked"_s.arg(round).arg(live->table().ranked.size()));
            if (const QString d = differences(live->input().sheets.value(WindowUnit), written); !d.isEmpty())
                problem(u"round %1: the ranking reads %2"_s.arg(round).arg(d));
        }
        // An edit of its own, or an import of its unit's whole sheet now and then.
        Operation op;
        Status s;
        if (round % 4 == 3) {
            QList<ScoreRow> rows;
            for (int i = 0; i < LeafCount; ++i) {
                const qint64 raw = rng.bounded(10001);
                rows.append({WindowUnit, leafCode(i), std::nullopt, Fixed::fromRaw(raw), std::nullopt, std::nullopt});
                op.rows.append({{WindowUnit, leafCode(i)}, raw});
            }
            s = (*window)->importScores(period->id, rows);
        } else {
            const QString code = leafCode(rng.bounded(LeafCount));
            const qint64 raw = rng.bounded(10001);
            ScoreEntry e;
            e.appraised = Fixed::fromRaw(raw);
            op.rows.append({{WindowUnit, code}, raw});
            s = (*window)->setScore(period->id, WindowUnit, code, e);
        }
        if (!s) {
            problem(u"round %1: the window's write was refused: %2"_s.arg(round).arg(s.error().text()));
        } else {
            op.acknowledged = true;
            windowOperations.append(op);
            applyTo(written, op);
        }
        // Read back, as the ranking and the score sheet do after an edit.
        if (live) {
            if (const Status u = live->updateUnit(**window, WindowUnit); !u)
                problem(u"round %1: re-ranking: %2"_s.arg(round).arg(u.error().text()));
            else if (const QString d = differences(live->input().sheets.value(WindowUnit), written); !d.isEmpty())
                problem(u"round %1: after its edit the ranking reads %2"_s.arg(round).arg(d));
        }
        const auto sheet = (*window)->scoreSheet(period->id, WindowUnit);
        if (!sheet)
            problem(u"round %1: reading back: %2"_s.arg(round).arg(sheet.error().text()));
        else if (const QString d = differences(*sheet, written); !d.isEmpty())
            problem(u"round %1: reading back gives %2"_s.arg(round).arg(d));
        // The window's files are still the ones on disk, and it still holds its lock on the database file.
        if (!walDeleted && (holdsDeleted(path + u"-wal"_s) || holdsDeleted(path + u"-shm"_s))) {
            walDeleted = true;
            problem(u"round %1: the window's write-ahead log was deleted under it"_s.arg(round));
        }
        if (!locksDropped && locksHeldOn(path) == 0) {
            locksDropped = true;
            problem(u"round %1: the window holds no lock on the file"_s.arg(round));
        }
    }
    const int rounds = round;
    if (othersRunning()) {
        for (const auto &p : others)
            p->kill();
    }

    // What the other programs acknowledged.
    QHash<QString, ChildLog> logs;
    int othersAcknowledged = 0;
    int checkpoints = 0; // between their runs
    int truncated = 0; // that emptied the log
    for (qsizetype i = 0; i < seeds.size(); ++i) {
        QProcess &p = *others[size_t(i)];
        p.waitForFinished();
        const QByteArray errors = p.readAllStandardError();
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 || errors.contains("database is locked"))
            problem(
                u"killchild %1 exited with %2: %3"_s.arg(seeds[i]).arg(p.exitCode()).arg(QString::fromUtf8(errors)));
        ChildLog &log = logs[u"killchild-"_s + seeds[i]];
        const QByteArray output = p.readAllStandardOutput();
        log.parse(output);
        checkpoints += int(output.count("\nC "));
        truncated += int(output.count("\nC TRUNCATE 0 0 0"));
        for (const QString &r : std::as_const(log.refusals))
            problem(u"killchild %1: %2"_s.arg(seeds[i], r));
        if (log.operations.size() != runs)
            problem(
                u"killchild %1 acknowledged %2 of %3 operations"_s.arg(seeds[i]).arg(log.operations.size()).arg(runs));
        othersAcknowledged += int(log.operations.size());
    }

    // The window ranks once more when the others are done, then closes at the end of the session, as the
    // program does; the file is opened afresh.
    RankingTable lastSeen;
    if (const auto last = LiveRanking::load(**window, *period); !last)
        problem(u"last ranking: "_s + last.error().text());
    else
        lastSeen = last->table();
    live.reset();
    window->reset();
    const QString integrity = integrityCheck(path);
    if (integrity != u"ok")
        problem(u"integrity_check: "_s + integrity);
    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(problems.join(u'\n') + u'\n' + (db ? QString() : db.error().text())));
    for (const QString &p : (*db)->check().problems)
        problem(u"check: "_s + p);

    // The audit log orders every program's operations; replaying them in that order gives the file's cells.
    const auto audit = (*db)->auditLog(1000000);
    QVERIFY(audit);
    QHash<QString, qsizetype> next;
    int replayedOperations = 0;
    Cells replayed = initial;
    for (auto e = audit->crbegin(); e != audit->crend(); ++e) {
        const QList<Operation> *ops = e->who == u"window" ? &windowOperations
            : logs.contains(e->who)                       ? &logs[e->who].operations
                                                          : nullptr;
        if (!ops)
            continue; // the file's creation
        const qsizetype n = next[e->who]++;
        if (n >= ops->size()) {
            problem(u"audit row %1 of %2: more operations than it made"_s.arg(e->id).arg(e->who));
            continue;
        }
        const Operation &op = (*ops)[n];
        if (e->action != (op.rows.size() == 1 ? u"score.set"_s : u"scores.import"_s))
            problem(u"audit row %1 of %2 is %3"_s.arg(e->id).arg(e->who, e->action));
        applyTo(replayed, op);
        ++replayedOperations;
    }
    if (next.value(u"window"_s) != windowOperations.size())
        problem(u"%1 of the window's %2 acknowledged writes are in the audit log"_s.arg(next.value(u"window"_s))
                    .arg(windowOperations.size()));
    for (auto it = logs.cbegin(); it != logs.cend(); ++it) {
        if (next.value(it.key()) != it->operations.size())
            problem(u"%1 of %2's %3 acknowledged writes are in the audit log"_s.arg(next.value(it.key()))
                        .arg(it.key())
                        .arg(it->operations.size()));
    }
    const Cells cells = cellsOf(**db);
    int lost = 0;
    for (auto it = replayed.cbegin(); it != replayed.cend(); ++it) {
        if (cells.value(it.key(), -1) != it.value())
            ++lost;
    }
    if (lost > 0 || cells.size() != replayed.size())
        problem(u"%1 cells differ from the acknowledged writes replayed in audit order"_s.arg(lost));
    // What the window showed last is what the file ranks now.
    const auto fromFile = rankPeriod(**db, 2025, u"XA"_s);
    if (!fromFile || fromFile->ranked != lastSeen.ranked)
        problem(u"the window's last ranking differs from the file's"_s);

    qInfo().noquote()
        << u"rounds of the window %1 (its writes %2), operations of the others %3 (checkpoints %4, %5 of them "
           "emptying the log), replayed %6"_s.arg(rounds)
               .arg(windowOperations.size())
               .arg(othersAcknowledged)
               .arg(checkpoints)
               .arg(truncated)
               .arg(replayedOperations);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(rounds >= 12);
    QCOMPARE(cells, replayed);
}

QTEST_GUILESS_MAIN(TestSharedFile)
#include "tst_sharedfile.moc"
