// Every output of parindex-cli (rank, scores/criteria/roster export, template, trend, chart, decision, backup), run
// as a user would: none reaches the open database by any path (its logs, "..", symbolic or hard links); a FIFO or a
// device is written, never replaced; a read-only file, a folder or a missing folder is refused with a message; new
// files follow the umask; every failed write, stdout included, exits 3 and a full disk says so; a database in a
// read-only folder is read by every reading command and only changes are refused.
#include "../common/clirun.h"
#include "../common/readonlyfolder.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

using parindex::clirun::cli;
using parindex::clirun::Options;
using parindex::clirun::Run;

namespace {
const QString Cli = parindex::clirun::program();

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

mode_t modeOf(const QString &path)
{
    struct stat st
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode : 0;
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

const QStringList period = {u"--year"_s, u"2024"_s, u"--group"_s, u"SO"_s};

// Every output of the command line, writing `target`, in the format its suffix names where the command takes one.
struct Output
{
    QString name;
    QString suffix; // of the file the command writes
    QStringList args; // %1 is the target
};

QList<Output> outputs()
{
    const QString t = u"%1"_s;
    return {
        {u"rank csv"_s, u"csv"_s, QStringList {u"rank"_s, u"--format"_s, u"csv"_s, u"--out"_s, t} + period},
        {u"rank json"_s, u"json"_s, QStringList {u"rank"_s, u"--format"_s, u"json"_s, u"--out"_s, t} + period},
        {u"rank xlsx"_s, u"xlsx"_s, QStringList {u"rank"_s, u"--out"_s, t} + period},
        {u"scores export csv"_s, u"csv"_s, QStringList {u"scores"_s, u"export"_s, t} + period},
        {u"scores export xlsx"_s, u"xlsx"_s, QStringList {u"scores"_s, u"export"_s, t} + period},
        {u"criteria export"_s, u"csv"_s, QStringList {u"criteria"_s, u"export"_s, t} + period},
        {u"roster export"_s, u"xlsx"_s, QStringList {u"roster"_s, u"export"_s, t} + period},
        {u"template"_s, u"xlsx"_s, QStringList {u"template"_s, u"--unit"_s, u"STP"_s, u"--out"_s, t} + period},
        {u"trend csv"_s, u"csv"_s, {u"trend"_s, u"--group"_s, u"SO"_s, u"--out"_s, t}},
        {u"trend xlsx"_s, u"xlsx"_s, {u"trend"_s, u"--group"_s, u"SO"_s, u"--out"_s, t}},
        {u"chart png"_s, u"png"_s,
            {u"chart"_s, u"compare"_s, u"--group"_s, u"SO"_s, u"--year"_s, u"2024"_s, u"--out"_s, t}},
        {u"chart svg"_s, u"svg"_s, {u"chart"_s, u"trend"_s, u"--group"_s, u"SO"_s, u"--out"_s, t}},
        {u"chart pdf"_s, u"pdf"_s,
            {u"chart"_s, u"compare"_s, u"--group"_s, u"SO"_s, u"--year"_s, u"2024"_s, u"--out"_s, t}},
        {u"decision"_s, u"pdf"_s, QStringList {u"decision"_s, u"--out"_s, t} + period},
        {u"robustness json"_s, u"json"_s,
            QStringList {u"robustness"_s, u"--format"_s, u"json"_s, u"--draws"_s, u"50"_s, u"--out"_s, t} + period},
        {u"robustness xlsx"_s, u"xlsx"_s, QStringList {u"robustness"_s, u"--draws"_s, u"50"_s, u"--out"_s, t} + period},
        {u"chart robustness"_s, u"png"_s,
            QStringList {u"chart"_s, u"robustness"_s, u"--draws"_s, u"50"_s, u"--out"_s, t} + period},
        {u"backup"_s, u"parindex"_s, {u"backup"_s, u"--out"_s, t}},
        {u"summary json"_s, u"json"_s, QStringList {u"summary"_s, u"--format"_s, u"json"_s, u"--out"_s, t} + period},
        {u"summary png"_s, u"png"_s, QStringList {u"summary"_s, u"--out"_s, t} + period},
        {u"summary pdf"_s, u"pdf"_s, QStringList {u"summary"_s, u"--out"_s, t} + period},
        {u"evidence get"_s, u"pdf"_s, QStringList {u"evidence"_s, u"get"_s, u"--id"_s, u"5"_s, u"--out"_s, t} + period},
    };
}

QStringList withTarget(const QStringList &args, const QString &target)
{
    QStringList out;
    for (const QString &a : args)
        out.append(a == u"%1" ? target : a);
    return out;
}

// What a finished file of each format starts with.
QByteArray magicOf(const QString &suffix)
{
    if (suffix == u"xlsx")
        return "PK";
    if (suffix == u"pdf")
        return "%PDF";
    if (suffix == u"png")
        return "\x89PNG";
    if (suffix == u"svg")
        return "<?xml";
    if (suffix == u"parindex")
        return QByteArray("SQLite format 3\0", 16);
    if (suffix == u"json")
        return "{";
    return "\xEF\xBB\xBF";
}

// A full disk without a full disk: the device /dev/full is (a node of it in a folder of ours, as root, so that a
// program that replaced it would replace only that node).
QString fullDevice(const QString &folder)
{
    const QString node = folder + u"/full"_s;
    if (::mknod(QFile::encodeName(node).constData(), S_IFCHR | 0666, makedev(1, 7)) == 0)
        return node;
    return u"/dev/full"_s;
}

} // namespace

class TestCliOutputs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void neverOntoTheDatabase_data();
    void neverOntoTheDatabase();
    void fifoIsWrittenNotReplaced_data();
    void fifoIsWrittenNotReplaced();
    void deviceIsWrittenNotReplaced_data();
    void deviceIsWrittenNotReplaced();
    void readOnlyTargetRefused_data();
    void readOnlyTargetRefused();
    void folderOrMissingFolder_data();
    void folderOrMissingFolder();
    void newFilesFollowTheUmask_data();
    void newFilesFollowTheUmask();
    void standardOutputErrors_data();
    void standardOutputErrors();
    void fullDisk();
    void databaseInAReadOnlyFolder();
    void databaseReadByAnotherUser();

private:
    QStringList withDb(const QStringList &args) const
    {
        return QStringList {u"--db"_s, m_db, u"--lang"_s, u"en"_s} + args;
    }
    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliOutputs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"demo.parindex"_s);
    const Run r = cli({u"--db"_s, m_db, u"init"_s, u"--demo"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCliOutputs::neverOntoTheDatabase_data()
{
    QTest::addColumn<QString>("way");
    QTest::newRow("the file") << u"file"_s;
    QTest::newRow("its -wal") << u"-wal"_s;
    QTest::newRow("its -shm") << u"-shm"_s;
    QTest::newRow("its -journal") << u"-journal"_s;
    QTest::newRow("by ..") << u".."_s;
    QTest::newRow("a symbolic link") << u"symlink"_s;
    QTest::newRow("a hard link") << u"hard link"_s;
}

// Refused before anything is written (exit 1, "own file"), whatever the output and the way it reaches the file.
void TestCliOutputs::neverOntoTheDatabase()
{
    QFETCH(QString, way);
    QTemporaryDir dir;
    const QString db = dir.filePath(u"own.parindex"_s);
    QVERIFY(QFile::copy(m_db, db));
    QVERIFY(QDir(dir.path()).mkdir(u"sub"_s));
    const QByteArray before = bytesOf(db);
    // Every output onto the file itself; the other ways (which reach the same file by another name) with one output
    // of each writer: the text and JSON writers, a workbook, a chart, the decision, an attachment and the backup all
    // meet the same check of the target before any command runs (CommandLine::run, Database::refuseOwnFile).
    static const QStringList oneOfEachWriter = {
        u"rank csv"_s, u"rank json"_s, u"rank xlsx"_s, u"chart png"_s, u"decision"_s, u"evidence get"_s, u"backup"_s};
    for (const Output &o : outputs()) {
        if (way != u"file" && !oneOfEachWriter.contains(o.name))
            continue;
        QString target;
        if (way == u"file")
            target = db;
        else if (way.startsWith(u'-'))
            target = db + way;
        else if (way == u"..")
            target = dir.filePath(u"sub/../own.parindex"_s);
        else
            target = dir.filePath(u"link."_s + o.suffix);
        if (way == u"symlink" && !QFileInfo(target).isSymLink())
            QVERIFY(QFile::link(db, target));
        if (way == u"hard link" && !QFileInfo::exists(target))
            QCOMPARE(::link(QFile::encodeName(db).constData(), QFile::encodeName(target).constData()), 0);
        const Run r = cli(QStringList {u"--db"_s, db, u"--lang"_s, u"en"_s} + withTarget(o.args, target));
        QVERIFY2(r.exitCode == 1 && r.err.contains(u"own file"_s), qPrintable(o.name + u": "_s + r.err));
        QCOMPARE(bytesOf(db), before);
        if (way == u"symlink")
            QVERIFY(QFileInfo(target).isSymLink());
    }
    QVERIFY(!QFileInfo::exists(db + u"-journal"_s));
    QCOMPARE(cli({u"--db"_s, db, u"check"_s}).exitCode, 0);
}

void TestCliOutputs::fifoIsWrittenNotReplaced_data()
{
    QTest::addColumn<int>("index");
    const QList<Output> all = outputs();
    for (qsizetype i = 0; i < all.size(); ++i)
        QTest::newRow(qPrintable(all[i].name)) << int(i);
}

// `mkfifo ff; parindex-cli ... --out ff` gives the reader the output; ff stays a FIFO. A backup needs a file: it
// is refused, and the FIFO stays.
void TestCliOutputs::fifoIsWrittenNotReplaced()
{
    QFETCH(int, index);
    const Output o = outputs().at(index);
    QTemporaryDir dir;
    const QString fifo = dir.filePath(u"ff."_s + o.suffix);
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0644) == 0);
    const QString received = dir.filePath(u"received"_s);
    QProcess reader;
    reader.setStandardOutputFile(received);
    reader.start(u"cat"_s, {fifo});
    QVERIFY(reader.waitForStarted());
    const Run r = cli(withDb(withTarget(o.args, fifo)));
    // Whatever happened, the reader is let go: a writer that opens and closes the FIFO ends its wait.
    if (const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK); fd >= 0)
        ::close(fd);
    if (!reader.waitForFinished(20000))
        reader.kill();
    QVERIFY2(S_ISFIFO(modeOf(fifo)), qPrintable(o.name));
    if (o.suffix == u"parindex") {
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(u"only to a file"_s), qPrintable(r.err));
    } else {
        QVERIFY2(r.exitCode == 0, qPrintable(o.name + u": "_s + r.err));
        QVERIFY2(bytesOf(received).startsWith(magicOf(o.suffix)), bytesOf(received).left(20).constData());
    }
    QCOMPARE(entries(dir.path()), QStringList({u"ff."_s + o.suffix, u"received"_s}));
}

void TestCliOutputs::deviceIsWrittenNotReplaced_data()
{
    fifoIsWrittenNotReplaced_data();
}

// /dev/full: written, the disk is full, exit 3; never replaced by a file (nor the link that names it: full.xlsx).
void TestCliOutputs::deviceIsWrittenNotReplaced()
{
    QFETCH(int, index);
    const Output o = outputs().at(index);
    QTemporaryDir dir;
    const QString device = fullDevice(dir.path());
    const QString link = dir.filePath(u"full."_s + o.suffix);
    QVERIFY(QFile::link(device, link));
    for (const QString &target : {device, link}) {
        const Run r = cli(withDb(withTarget(o.args, target)));
        QVERIFY2(S_ISCHR(modeOf(device)), qPrintable(o.name));
        QVERIFY(QFileInfo(link).isSymLink());
        if (target == device && (o.suffix != u"csv" && o.suffix != u"json"))
            continue; // a chart, a decision, a workbook name their format by the suffix
        QVERIFY2(r.exitCode == 3, qPrintable(o.name + u": "_s + r.err));
        if (o.suffix == u"parindex")
            QVERIFY2(r.err.contains(u"only to a file"_s), qPrintable(r.err));
        else
            QVERIFY2(r.err.contains(u"Cannot write %1: the disk is full."_s.arg(target)), qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"ZIP"_s) && !r.err.contains(u"[ERROR]"_s) && !r.err.contains(u"Unknown error"_s),
            qPrintable(r.err));
    }
    QCOMPARE(entries(dir.path()).size(), device.startsWith(dir.path()) ? 2 : 1);
}

void TestCliOutputs::readOnlyTargetRefused_data()
{
    fifoIsWrittenNotReplaced_data();
}

// An existing read-only file is refused for every format, root included, and stays as it was.
void TestCliOutputs::readOnlyTargetRefused()
{
    QFETCH(int, index);
    const Output o = outputs().at(index);
    QTemporaryDir dir;
    const QString target = dir.filePath(u"kept."_s + o.suffix);
    {
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("kept\n");
    }
    QVERIFY(::chmod(QFile::encodeName(target).constData(), 0444) == 0);
    const Run r = cli(withDb(withTarget(o.args, target)));
    QVERIFY2(r.exitCode == 3, qPrintable(o.name + u": "_s + r.err));
    QVERIFY2(r.err.contains(u"%1 can only be read: it was not replaced."_s.arg(target)), qPrintable(r.err));
    QCOMPARE(bytesOf(target), QByteArray("kept\n"));
    QCOMPARE(modeOf(target) & 07777, mode_t(0444));
    QCOMPARE(entries(dir.path()), QStringList {u"kept."_s + o.suffix});
}

void TestCliOutputs::folderOrMissingFolder_data()
{
    fifoIsWrittenNotReplaced_data();
}

void TestCliOutputs::folderOrMissingFolder()
{
    QFETCH(int, index);
    const Output o = outputs().at(index);
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"folder."_s + o.suffix);
    QVERIFY(QDir().mkdir(folder));
    Run r = cli(withDb(withTarget(o.args, folder)));
    QVERIFY2(r.exitCode == 3 && r.err.contains(u"%1 is a folder"_s.arg(folder)), qPrintable(o.name + u": "_s + r.err));
    QVERIFY(QFileInfo(folder).isDir());
    const QString missing = dir.filePath(u"missing/out."_s + o.suffix);
    r = cli(withDb(withTarget(o.args, missing)));
    QVERIFY2(r.exitCode == 3 && r.err.contains(u"The folder of %1 does not exist."_s.arg(missing)),
        qPrintable(o.name + u": "_s + r.err));
    QCOMPARE(entries(dir.path()), QStringList {u"folder."_s + o.suffix});
}

void TestCliOutputs::newFilesFollowTheUmask_data()
{
    fifoIsWrittenNotReplaced_data();
}

// 0666 less the umask, for every format (workbooks and backups were 0600 or 0644 whatever the umask).
void TestCliOutputs::newFilesFollowTheUmask()
{
    QFETCH(int, index);
    const Output o = outputs().at(index);
    QTemporaryDir dir;
    for (const int mask : {002, 027}) {
        const QString target = dir.filePath(u"new%1.%2"_s.arg(mask).arg(o.suffix));
        const Run r = cli(withDb(withTarget(o.args, target)), {QString(), mask, {}});
        QVERIFY2(r.exitCode == 0, qPrintable(o.name + u": "_s + r.err));
        QCOMPARE(modeOf(target) & 07777, mode_t(0666 & ~mask));
        QVERIFY(bytesOf(target).startsWith(magicOf(o.suffix)));
    }
}

void TestCliOutputs::standardOutputErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("rank table") << QStringList {u"rank"_s} + period;
    QTest::newRow("rank csv") << QStringList {u"rank"_s, u"--format"_s, u"csv"_s} + period;
    QTest::newRow("rank json") << QStringList {u"rank"_s, u"--format"_s, u"json"_s} + period;
    QTest::newRow("trend csv") << QStringList {u"trend"_s, u"--group"_s, u"SO"_s};
    QTest::newRow("trend json") << QStringList {u"trend"_s, u"--group"_s, u"SO"_s, u"--format"_s, u"json"_s};
    QTest::newRow("robustness json") << QStringList {u"robustness"_s, u"--format"_s, u"json"_s, u"--draws"_s, u"50"_s}
            + period;
    QTest::newRow("summary text") << QStringList {u"summary"_s} + period;
    QTest::newRow("summary json") << QStringList {u"summary"_s, u"--format"_s, u"json"_s} + period;
    QTest::newRow("check") << QStringList {u"check"_s};
}

// `rank --format csv > /dev/full` exited 0: every result written to stdout is checked.
void TestCliOutputs::standardOutputErrors()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    const Run r = cli(withDb(args), {fullDevice(dir.path()), -1, {}});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(u"The results could not be written to the standard output: the disk is full."_s),
        qPrintable(r.err));
}

// A real full disk: a tmpfs of 4 KiB in a namespace of our own (unshare -rm), where the outputs do not fit. Every
// write exits 3 saying the disk is full, leaves no temporary file, and libxlsxwriter's own lines stay unseen.
void TestCliOutputs::fullDisk()
{
    QTemporaryDir dir;
    const QString mount = dir.filePath(u"tiny"_s);
    QVERIFY(QDir().mkdir(mount));
    const QString elsewhere = dir.filePath(u"elsewhere"_s);
    QVERIFY(QDir().mkdir(elsewhere));
    // Each line: what the output was, its exit status, its messages; then what the disk holds.
    const QString script = uR"(mount -t tmpfs -o size=4k tmpfs "$1" || exit 77
run() { name=$1; shift; "$CLI" --db "$DB" --lang en "$@" 2>&1; echo "<$name:$?>"; }
run scores-csv scores export "$1/s.csv" --year 2024 --group SO
run scores-xlsx scores export "$1/s.xlsx" --year 2024 --group SO
run decision decision --out "$1/d.pdf" --year 2024 --group SO
run chart chart compare --group SO --year 2024 --out "$1/c.png"
run backup backup --out "$1/b.parindex"
"$CLI" --db "$DB" --lang en rank --year 2024 --group SO --format json >"$1/rank.json" 2>"$2/rank.err"
echo "<stdout:$?>"; cat "$2/rank.err"
mkdir -m 700 "$2/run"; XDG_RUNTIME_DIR="$2/run" TMPDIR="$1" run assembly scores export "$2/s.xlsx" --year 2024 --group SO
echo "<left:$(ls -A "$1" | tr '\n' ' ')>"
)"_s;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CLI"_s, Cli);
    env.insert(u"DB"_s, m_db);
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(u"unshare"_s, {u"-rm"_s, u"sh"_s, u"-c"_s, script, u"sh"_s, mount, elsewhere});
    if (!p.waitForStarted())
        QSKIP("unshare is not available");
    QVERIFY(p.waitForFinished(300000));
    const QString out = QString::fromUtf8(p.readAll());
    if (p.exitCode() == 77 || p.exitCode() != 0)
        QSKIP(qPrintable(u"no tmpfs can be mounted here: "_s + out));
    for (const QString &name :
        {u"scores-csv"_s, u"scores-xlsx"_s, u"decision"_s, u"chart"_s, u"backup"_s, u"stdout"_s, u"assembly"_s})
        QVERIFY2(out.contains(u"<%1:3>"_s.arg(name)), qPrintable(name + u"\n"_s + out));
    QVERIFY2(out.count(u"the disk is full"_s) == 7, qPrintable(out));
    QVERIFY2(out.contains(u"the workbook could not be assembled in the temporary folder"_s), qPrintable(out));
    QVERIFY2(
        !out.contains(u"ZIP"_s) && !out.contains(u"[ERROR]"_s) && !out.contains(u"Unknown error"_s), qPrintable(out));
    // The disk holds the cut-off stdout the shell's redirection made; nothing of ours.
    QVERIFY2(out.contains(u"<left:rank.json >"_s), qPrintable(out));
    QVERIFY(entries(elsewhere).filter(u".xlsx"_s).isEmpty());
}

// `chmod 0555` on the folder (or chattr +i, for root): the database cannot even be read today. Every reading command
// works there and gives what it gives elsewhere; a change is refused with the reason.
void TestCliOutputs::databaseInAReadOnlyFolder()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"archive"_s);
    QVERIFY(QDir().mkdir(folder));
    const QString db = folder + u"/demo.parindex"_s;
    QVERIFY(QFile::copy(m_db, db));
    QVERIFY(!QFileInfo::exists(db + u"-wal"_s));
    const QString out = dir.filePath(u"out"_s);
    QVERIFY(QDir().mkdir(out));
    const QList<QStringList> reads = {
        QStringList {u"rank"_s} + period,
        QStringList {u"rank"_s, u"--format"_s, u"json"_s} + period,
        {u"trend"_s, u"--group"_s, u"SO"_s},
        {u"check"_s},
    };
    QList<Run> expected;
    for (const QStringList &args : reads)
        expected.append(cli(QStringList {u"--db"_s, m_db, u"--lang"_s, u"en"_s} + args));

    const ReadOnlyFolder readOnly(folder);
    if (!readOnly.made())
        QSKIP("this file system takes no immutable flag");
    for (qsizetype i = 0; i < reads.size(); ++i) {
        const Run r = cli(QStringList {u"--db"_s, db, u"--lang"_s, u"en"_s} + reads[i]);
        QVERIFY2(r.exitCode == expected[i].exitCode, qPrintable(reads[i].join(u' ') + u": "_s + r.err));
        QCOMPARE(r.out, expected[i].out);
    }
    for (const Output &o : outputs()) {
        const QString target = out + u"/"_s + o.name.simplified().replace(u' ', u'-') + u'.' + o.suffix;
        const Run r = cli(QStringList {u"--db"_s, db, u"--lang"_s, u"en"_s} + withTarget(o.args, target));
        QVERIFY2(r.exitCode == 0, qPrintable(o.name + u": "_s + r.err));
        QVERIFY(bytesOf(target).startsWith(magicOf(o.suffix)));
    }
    // A change is refused with its reason; an output into that folder too.
    Run r = cli(QStringList {
        u"--db"_s, db, u"--lang"_s, u"en"_s, u"period"_s, u"add"_s, u"--year"_s, u"2031"_s, u"--group"_s, u"SO"_s});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(u"its folder can only be read"_s), qPrintable(r.err));
    r = cli(QStringList {u"--db"_s, db, u"--lang"_s, u"en"_s, u"rank"_s, u"--format"_s, u"csv"_s, u"--out"_s,
                folder + u"/rank.csv"_s}
        + period);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(u"The folder of %1/rank.csv can only be read"_s.arg(folder)), qPrintable(r.err));
    QCOMPARE(entries(folder), QStringList {u"demo.parindex"_s});
}

// `chmod 0555` on the folder, read by a user who is not root (setpriv): every reading command works. A folder that
// only its owner may write is not taken as unchangeable (the owner may be writing the file): a user who cannot make
// SQLite's index file there is told so, not "can only be read: nothing was changed".
void TestCliOutputs::databaseReadByAnotherUser()
{
    if (::geteuid() != 0 || QStandardPaths::findExecutable(u"setpriv"_s).isEmpty())
        QSKIP("needs root and setpriv to run the program as another user");
    QTemporaryDir dir;
    QVERIFY(QFile::setPermissions(dir.path(),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::ExeOther));
    const QString folder = dir.filePath(u"archive"_s);
    QVERIFY(QDir().mkdir(folder));
    const QString db = folder + u"/demo.parindex"_s;
    QVERIFY(QFile::copy(m_db, db));
    QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    const auto asNobody = [&](const QStringList &args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, dir.path());
        p.setProcessEnvironment(env);
        p.start(u"setpriv"_s,
            QStringList {
                u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s, Cli, u"--db"_s, db, u"--lang"_s, u"en"_s}
                + args);
        p.waitForFinished(120000);
        return Run {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    };
    const Run expected = cli(withDb(QStringList {u"rank"_s, u"--format"_s, u"csv"_s} + period));
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0555) == 0);
    Run r = asNobody(QStringList {u"rank"_s, u"--format"_s, u"csv"_s} + period);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, expected.out);
    // Nobody's data folder cannot be written either: said, not skipped silently.
    QVERIFY2(r.err.contains(u"could not be recorded"_s), qPrintable(r.err));
    r = asNobody({u"check"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    // Its owner may write the folder: the file is read as usual, and SQLite's index cannot be made there.
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
    r = asNobody(QStringList {u"rank"_s} + period);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(u"cannot be read from here: SQLite needs to make its index file %1-shm"_s.arg(db)),
        qPrintable(r.err));
    QCOMPARE(entries(folder), QStringList {u"demo.parindex"_s});
}

QTEST_GUILESS_MAIN(TestCliOutputs)
#include "tst_cli_outputs.moc"
