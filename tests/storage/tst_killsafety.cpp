// Crash safety: a writer (killchild) is killed with SIGKILL at random points; after each kill the file must
// open, pass integrity_check and the audit chain, hold every acknowledged edit, and hold the operation that
// was in flight either whole or not at all. Two writers at once lose no update and see no raw lock error.
// PARINDEX_KILLS sets the number of kills (scripts/run-kill-test.sh runs 200 or more).
#include "common/childlog.h"
#include "storage/database.h"
#include "storage/sqlsupport.h"

#include <QtCore/QProcess>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtTest/QTest>

using namespace parindex;
using namespace Qt::StringLiterals;

namespace {
using namespace parindex::test;

// A commune file: 30 units, a 20-leaf tree (4 areas x 5 leaves of 5 points), nothing scored yet.
void makeFile(const QString &path)
{
    auto db = Database::create(path);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().text()));
    QVERIFY((*db)->saveGroup({u"XA"_s, u"UBND cấp xã"_s, 0}));
    QList<Unit> units;
    for (int i = 1; i <= 30; ++i)
        units.append({0, u"X%1"_s.arg(i, 2, 10, QChar(u'0')), u"Xã %1"_s.arg(i), u"XA"_s, {}, {}, true});
    QVERIFY((*db)->importUnits(units));
    const auto period = (*db)->addPeriod(2025, u"XA"_s);
    QVERIFY(period);
    QList<Criterion> criteria;
    for (int a = 1; a <= 4; ++a) {
        criteria.append({QString::number(a), u"Lĩnh vực %1"_s.arg(a), Fixed::fromInt(25), CriterionKind::Group, {}});
        for (int l = 1; l <= 5; ++l)
            criteria.append({u"%1.%2"_s.arg(a).arg(l), u"Tiêu chí %1.%2"_s.arg(a).arg(l), Fixed::fromInt(5),
                CriterionKind::Score, {}});
    }
    QVERIFY((*db)->replaceCriteria(period->id, *CriteriaTree::build(criteria)));
}

struct FileState
{
    bool opened = false;
    QStringList problems;
    qint64 auditRows = 0;
    Cells cells;
};

FileState readFile(const QString &path)
{
    FileState state;
    auto db = Database::open(path); // as the next start of the program would: recovers the WAL
    if (!db) {
        state.problems.append(db.error().text());
        return state;
    }
    state.opened = true;
    const CheckReport report = (*db)->check();
    state.problems = report.problems;
    const auto newest = (*db)->auditLog(1);
    state.auditRows = newest && !newest->isEmpty() ? newest->first().id : 0;
    const auto period = (*db)->period(2025, u"XA"_s);
    const auto sheets = (*db)->scoreSheets(period->id);
    for (const ScoreSheet &sheet : *sheets) {
        for (auto it = sheet.entries.cbegin(); it != sheet.entries.cend(); ++it) {
            if (it->appraised)
                state.cells.insert({sheet.unitCode, it.key()}, it->appraised->raw());
        }
    }
    return state;
}

QString childPath()
{
    return QCoreApplication::applicationDirPath() + u"/killchild"_s;
}
} // namespace

class TestKillSafety : public QObject
{
    Q_OBJECT
private slots:
    void killedWriterLosesNothing();
    void twoWritersLoseNoUpdate();
    void openingAgainKeepsTheLocks();
    void windowAndCommandLineShareTheFile();
};

void TestKillSafety::killedWriterLosesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"kill.parindex"_s);
    makeFile(path);
    if (QTest::currentTestFailed())
        return;
    const int kills = qEnvironmentVariableIsSet("PARINDEX_KILLS") ? qEnvironmentVariableIntValue("PARINDEX_KILLS") : 20;
    QRandomGenerator rng(2025);

    Cells expected; // every acknowledged value, and the in-flight ones the file shows were committed
    qint64 auditRows = readFile(path).auditRows;
    int acknowledgedEdits = 0, acknowledgedImports = 0, committedInFlight = 0, rolledBack = 0;
    int lost = 0, halfImports = 0, integrityFailures = 0, auditFailures = 0, openFailures = 0;
    for (int round = 0; round < kills; ++round) {
        QProcess child;
        child.start(childPath(), {path, QString::number(round + 1)});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        // Anywhere from the child's own start-up (opening, recovering) to a few hundred operations in.
        QThread::usleep(rng.bounded(20000, 600000));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        ChildLog log;
        log.parse(child.readAllStandardOutput());
        QVERIFY2(log.refusals.isEmpty(), qPrintable(log.refusals.join(u'\n')));
        std::optional<Operation> inFlight;
        for (const Operation &op : std::as_const(log.operations)) {
            if (op.acknowledged) {
                applyTo(expected, op);
                (op.rows.size() == 1 ? acknowledgedEdits : acknowledgedImports)++;
                ++auditRows;
            } else {
                inFlight = op;
            }
        }

        const FileState state = readFile(path);
        if (!state.opened) {
            ++openFailures;
            qWarning() << "round" << round << state.problems;
            continue;
        }
        for (const QString &p : state.problems)
            (p.contains(u"Audit"_s) || p.contains(u"audit"_s) ? auditFailures : integrityFailures)++;
        if (!state.problems.isEmpty())
            qWarning() << "round" << round << state.problems;
        // The audit log has a row for every acknowledged operation, and for the one in flight if it committed.
        if (state.auditRows == auditRows + 1 && inFlight) {
            applyTo(expected, *inFlight);
            ++auditRows;
            ++committedInFlight;
        } else if (state.auditRows == auditRows) {
            if (inFlight)
                ++rolledBack;
        } else {
            ++auditFailures;
            qWarning() << "round" << round << "audit rows" << state.auditRows << "expected" << auditRows;
            auditRows = state.auditRows;
        }
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (state.cells.value(it.key(), -1) == it.value())
                continue;
            const bool ofInFlightImport = inFlight && inFlight->rows.size() > 1
                && std::any_of(inFlight->rows.cbegin(), inFlight->rows.cend(),
                    [&](const auto &row) { return row.first == it.key(); });
            ofInFlightImport ? ++halfImports : ++lost;
        }
        if (state.cells.size() != expected.size())
            ++lost; // a cell that nothing acknowledged wrote
        expected = state.cells; // go on from what is there, so one failure is counted once
    }
    const QString summary = u"kills %1, acknowledged edits %2, acknowledged imports %3, in flight at the kill: "
                            "%4 committed, %5 rolled back; lost acknowledged edits %6, half imports %7, "
                            "integrity failures %8, audit chain failures %9, files that did not open %10"_s.arg(kills)
                                .arg(acknowledgedEdits)
                                .arg(acknowledgedImports)
                                .arg(committedInFlight)
                                .arg(rolledBack)
                                .arg(lost)
                                .arg(halfImports)
                                .arg(integrityFailures)
                                .arg(auditFailures)
                                .arg(openFailures);
    qInfo().noquote() << summary;
    QVERIFY(acknowledgedEdits > 0);
    QCOMPARE(lost, 0);
    QCOMPARE(halfImports, 0);
    QCOMPARE(integrityFailures, 0);
    QCOMPARE(auditFailures, 0);
    QCOMPARE(openFailures, 0);
}

void TestKillSafety::twoWritersLoseNoUpdate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"two.parindex"_s);
    makeFile(path);
    if (QTest::currentTestFailed())
        return;
    const int perWriter = 150;
    QProcess a;
    QProcess b;
    a.start(childPath(), {path, u"101"_s, QString::number(perWriter)});
    b.start(childPath(), {path, u"202"_s, QString::number(perWriter)});
    QVERIFY(a.waitForFinished(120000));
    QVERIFY(b.waitForFinished(120000));
    QCOMPARE(a.exitCode(), 0);
    QCOMPARE(b.exitCode(), 0);
    const QByteArray errors = a.readAllStandardError() + b.readAllStandardError();
    QVERIFY2(!errors.contains("database is locked"), errors.constData());
    ChildLog logA;
    logA.parse(a.readAllStandardOutput());
    ChildLog logB;
    logB.parse(b.readAllStandardOutput());
    // Both waited for each other (busy timeout) instead of failing: every operation was acknowledged.
    QVERIFY2(
        logA.refusals.isEmpty() && logB.refusals.isEmpty(), qPrintable((logA.refusals + logB.refusals).join(u'\n')));
    QCOMPARE(logA.operations.size(), perWriter);
    QCOMPARE(logB.operations.size(), perWriter);

    // The audit log orders the two writers' operations; replaying them in that order gives the file's cells.
    auto db = Database::open(path);
    QVERIFY(db);
    QVERIFY2((*db)->check().ok(), qPrintable((*db)->check().problems.join(u'\n')));
    const auto audit = (*db)->auditLog(100000);
    QVERIFY(audit);
    QList<AuditEntry> writes;
    for (const AuditEntry &e : *audit) {
        if (e.who.startsWith(u"killchild-"))
            writes.prepend(e); // oldest first
    }
    QCOMPARE(writes.size(), 2 * perWriter);
    qsizetype nextA = 0;
    qsizetype nextB = 0;
    Cells replayed;
    for (const AuditEntry &e : std::as_const(writes)) {
        const bool fromA = e.who == u"killchild-101";
        const Operation &op = fromA ? logA.operations[nextA++] : logB.operations[nextB++];
        QCOMPARE(e.action, op.rows.size() == 1 ? u"score.set"_s : u"scores.import"_s);
        applyTo(replayed, op);
    }
    const FileState state = readFile(path);
    QCOMPARE(state.cells, replayed);
}

// Opening the file again in the same process (the header read, a second read-only connection as the ranking
// opens for last year) must not drop the locks the first connection holds: a POSIX lock belongs to the process,
// and closing any descriptor of the file releases all of them.
void TestKillSafety::openingAgainKeepsTheLocks()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"locks.parindex"_s);
    makeFile(path);
    if (QTest::currentTestFailed())
        return;
    auto window = Database::open(path);
    QVERIFY(window);
    QVERIFY((*window)->period(2025, u"XA"_s)); // a read: the connection holds its shared lock from now on
    const int before = locksHeldOn(path);
    if (before < 0)
        QSKIP("/proc/locks cannot be read here");
    QVERIFY2(before > 0, "a connection in WAL mode holds a lock on the database file");
    QVERIFY(sql::readHeader(path));
    QCOMPARE(locksHeldOn(path), before);
    {
        auto second = Database::open(path, Database::Access::ReadOnly, Database::Verify::Structure);
        QVERIFY(second);
        QVERIFY((*second)->period(2025, u"XA"_s));
    }
    QCOMPARE(locksHeldOn(path), before);
}

// The window keeps its connection for hours while command-line runs come and go: none of them may take the
// window's write-ahead log away (the last one to close deletes it only when it is alone), and what each
// acknowledged is in the file afterwards.
void TestKillSafety::windowAndCommandLineShareTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shared.parindex"_s);
    makeFile(path);
    if (QTest::currentTestFailed())
        return;
    auto window = Database::open(path);
    QVERIFY(window);
    (*window)->setUserName(u"window"_s);
    const auto period = (*window)->period(2025, u"XA"_s);
    QVERIFY(period);
    Cells expected;
    for (int run = 0; run < 3; ++run) {
        // What the ranking does when it opens: a second connection to the same file, opened and closed.
        QVERIFY(Database::open(path, Database::Access::ReadOnly, Database::Verify::Structure));
        QProcess cli;
        cli.start(childPath(), {path, QString::number(400 + run), u"12"_s});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        ChildLog log;
        log.parse(cli.readAllStandardOutput());
        QVERIFY2(log.refusals.isEmpty(), qPrintable(log.refusals.join(u'\n')));
        for (const Operation &op : std::as_const(log.operations))
            applyTo(expected, op);
        QVERIFY2(QFileInfo::exists(path + u"-wal"_s), "the other program deleted the window's write-ahead log");
        QVERIFY(!holdsDeleted(path + u"-wal"_s));
        QVERIFY(!holdsDeleted(path + u"-shm"_s));
        // The window's own edit after the other program left: on disk for everyone.
        ScoreEntry e;
        e.appraised = Fixed::fromInt(run + 1);
        QVERIFY((*window)->setScore(period->id, u"X30"_s, u"4.5"_s, e));
        expected.insert({u"X30"_s, u"4.5"_s}, e.appraised->raw());
        QCOMPARE(readFile(path).cells, expected);
    }
    window->reset();
    const FileState state = readFile(path);
    QVERIFY2(state.problems.isEmpty(), qPrintable(state.problems.join(u'\n')));
    QCOMPARE(state.cells, expected);
}

QTEST_GUILESS_MAIN(TestKillSafety)
#include "tst_killsafety.moc"
