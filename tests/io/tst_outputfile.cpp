// OutputFile, the one way a file is written: a regular file is replaced whole with its permissions, a new one gets
// 0666 less the umask; a FIFO or a device is written directly and stays what it is; a folder, a missing folder, a
// read-only file or folder (root included) and a block device are refused before anything is written; a full disk
// says so; symbolic and hard links reach the file they name.
#include "files/outputfile.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtTest/QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace parindex;
using namespace Qt::StringLiterals;

namespace {
QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool put(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
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

// The umask of this process for the length of a test.
class Umask
{
public:
    explicit Umask(mode_t mask) : m_saved(::umask(mask)) { }
    ~Umask() { ::umask(m_saved); }

private:
    mode_t m_saved;
};

// Reads a FIFO to its end in a thread of its own, as `cat fifo` would.
class FifoReader : public QThread
{
public:
    explicit FifoReader(QString path) : m_path(std::move(path)) { }
    QByteArray received;

protected:
    void run() override
    {
        QFile f(m_path);
        if (f.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
            received = f.readAll();
    }

private:
    QString m_path;
};
} // namespace

class TestOutputFile : public QObject
{
    Q_OBJECT
private slots:
    void newFileFollowsUmask_data();
    void newFileFollowsUmask();
    void replacedFileKeepsItsPermissions();
    void refusedTargets_data();
    void refusedTargets();
    void fifoIsWrittenDirectly();
    void deviceIsWrittenDirectly();
    void fullDevice();
    void symbolicLinkStays();
    void sameFile_data();
    void sameFile();
    void standardOutputFull();
    void writeThrough();
};

void TestOutputFile::newFileFollowsUmask_data()
{
    QTest::addColumn<uint>("mask");
    QTest::newRow("022") << 022u;
    QTest::newRow("002") << 002u;
    QTest::newRow("077") << 077u;
    QTest::newRow("000") << 0u;
}

void TestOutputFile::newFileFollowsUmask()
{
    QFETCH(uint, mask);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ranking.csv"_s);
    {
        const Umask umask(mode_t(mask & 0777));
        const Status s = OutputFile::write(path, "a\r\n");
        QVERIFY2(s, qPrintable(s.error().text()));
    }
    QCOMPARE(modeOf(path) & 07777, mode_t(0666 & ~mask));
    QCOMPARE(bytesOf(path), QByteArray("a\r\n"));
    QCOMPARE(entries(dir.path()), QStringList {u"ranking.csv"_s});
}

void TestOutputFile::replacedFileKeepsItsPermissions()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"scores.csv"_s);
    QVERIFY(put(path, QByteArray(4096, 'x')));
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0640) == 0);
    const Status s = OutputFile::write(path, "short\r\n");
    QVERIFY2(s, qPrintable(s.error().text()));
    QCOMPARE(bytesOf(path), QByteArray("short\r\n"));
    QCOMPARE(modeOf(path) & 07777, mode_t(0640));
    QCOMPARE(entries(dir.path()), QStringList {u"scores.csv"_s});
}

void TestOutputFile::refusedTargets_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("words");
    QTest::newRow("read-only file") << u"read-only"_s << u"can only be read"_s;
    QTest::newRow("read-only FIFO") << u"read-only fifo"_s << u"can only be read"_s;
    QTest::newRow("file in a read-only folder") << u"read-only folder"_s << u"folder"_s;
    QTest::newRow("new file in a read-only folder") << u"new in read-only folder"_s << u"folder"_s;
    QTest::newRow("folder") << u"folder"_s << u"is a folder"_s;
    QTest::newRow("missing folder") << u"missing folder"_s << u"does not exist"_s;
    QTest::newRow("block device") << u"block device"_s << u"device"_s;
    QTest::newRow("no name") << u"no name"_s << u"No file name"_s;
}

// Nothing is written, and what was there stays as it was (root included: the mode bits decide).
void TestOutputFile::refusedTargets()
{
    QFETCH(QString, what);
    QFETCH(QString, words);
    QTemporaryDir dir;
    QString path = dir.filePath(u"target.csv"_s);
    const QByteArray old("old\r\n");
    QString folder = dir.path();
    if (what == u"read-only") {
        QVERIFY(put(path, old));
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0444) == 0);
    } else if (what == u"read-only fifo") {
        QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0444) == 0);
    } else if (what == u"read-only folder" || what == u"new in read-only folder") {
        folder = dir.filePath(u"kept"_s);
        QVERIFY(QDir().mkdir(folder));
        path = folder + u"/target.csv"_s;
        if (what == u"read-only folder")
            QVERIFY(put(path, old));
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0555) == 0);
    } else if (what == u"folder") {
        QVERIFY(QDir().mkdir(path));
    } else if (what == u"missing folder") {
        path = dir.filePath(u"no-such-folder/target.csv"_s);
    } else if (what == u"block device") {
        // A block device of a number no driver takes: even a write that went through would reach nothing.
        if (::mknod(QFile::encodeName(path).constData(), S_IFBLK | 0666, makedev(240, 240)) != 0)
            QSKIP("mknod needs root");
    } else if (what == u"no name") {
        path.clear();
    }
    const QFileInfo before(path);
    const mode_t mode = modeOf(path);
    const Status s = OutputFile::write(path, "new\r\n");
    ::chmod(QFile::encodeName(folder).constData(), 0755);
    QVERIFY(!s);
    QVERIFY2(s.error().message.contains(words), qPrintable(s.error().message));
    if (!path.isEmpty())
        QVERIFY2(s.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(s.error().message));
    QCOMPARE(modeOf(path), mode);
    if (before.isFile())
        QCOMPARE(bytesOf(path), old);
    if (what == u"new in read-only folder")
        QVERIFY(!QFileInfo::exists(path));
    QVERIFY2(!entries(folder).join(u' ').contains(u".tmp"_s), qPrintable(entries(folder).join(u' ')));
}

void TestOutputFile::fifoIsWrittenDirectly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ranking.csv"_s);
    QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0644) == 0);
    FifoReader reader(path);
    reader.start();
    const QByteArray bytes = QByteArray(200000, 'r') + "\r\n"; // more than a pipe holds at once
    const Status s = OutputFile::write(path, bytes);
    QVERIFY(reader.wait(10000));
    QVERIFY2(s, qPrintable(s.error().text()));
    QCOMPARE(reader.received, bytes);
    QVERIFY(S_ISFIFO(modeOf(path)));
    QCOMPARE(entries(dir.path()), QStringList {u"ranking.csv"_s});
}

void TestOutputFile::deviceIsWrittenDirectly()
{
    const Status s = OutputFile::write(u"/dev/null"_s, "a\r\n");
    QVERIFY2(s, qPrintable(s.error().text()));
    QVERIFY(S_ISCHR(modeOf(u"/dev/null"_s)));
    // A node of the same device in a folder of ours (root): written, never replaced by a file.
    QTemporaryDir dir;
    const QString node = dir.filePath(u"null.csv"_s);
    if (::mknod(QFile::encodeName(node).constData(), S_IFCHR | 0666, makedev(1, 3)) != 0)
        QSKIP("mknod needs root");
    const Status onNode = OutputFile::write(node, "a\r\n");
    QVERIFY2(onNode, qPrintable(onNode.error().text()));
    QVERIFY(S_ISCHR(modeOf(node)));
    QCOMPARE(entries(dir.path()), QStringList {u"null.csv"_s});
}

void TestOutputFile::fullDevice()
{
    const Status s = OutputFile::write(u"/dev/full"_s, "a\r\n");
    QVERIFY(!s);
    QCOMPARE(s.error().kind, Error::Kind::Io);
    QCOMPARE(s.error().message, u"Cannot write /dev/full: the disk is full."_s);
    QVERIFY(S_ISCHR(modeOf(u"/dev/full"_s)));
    QCOMPARE(OutputFile::reason(ENOSPC), u"the disk is full"_s);
    QCOMPARE(OutputFile::reason(EDQUOT), u"the disk is full"_s);
    QVERIFY(!OutputFile::reason(0).contains(u"Success"_s));
}

void TestOutputFile::symbolicLinkStays()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(u"real.csv"_s);
    const QString link = dir.filePath(u"link.csv"_s);
    QVERIFY(put(target, "old\r\n"));
    QVERIFY(QFile::link(target, link));
    QVERIFY(OutputFile::write(link, "new\r\n"));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(bytesOf(target), QByteArray("new\r\n"));
    // A link to /dev/full is the device: written, the link stays, the disk is full.
    const QString full = dir.filePath(u"full.xlsx"_s);
    QVERIFY(QFile::link(u"/dev/full"_s, full));
    const Status s = OutputFile::write(full, "PK");
    QVERIFY(!s);
    QVERIFY2(s.error().message.contains(u"the disk is full"_s), qPrintable(s.error().message));
    QVERIFY(QFileInfo(full).isSymLink());
}

void TestOutputFile::sameFile_data()
{
    QTest::addColumn<QString>("other");
    QTest::addColumn<bool>("same");
    QTest::newRow("itself") << u"d.parindex"_s << true;
    QTest::newRow("hard link") << u"hard.parindex"_s << true;
    QTest::newRow("symbolic link") << u"soft.parindex"_s << true;
    QTest::newRow("dot-dot") << u"sub/../d.parindex"_s << true;
    QTest::newRow("another file") << u"other.parindex"_s << false;
    QTest::newRow("missing, same name") << u"d.parindex-wal"_s << true;
    QTest::newRow("missing, other name") << u"e.parindex-wal"_s << false;
    QTest::newRow("link to the missing log") << u"wal-link"_s << true;
}

void TestOutputFile::sameFile()
{
    QFETCH(QString, other);
    QFETCH(bool, same);
    QTemporaryDir dir;
    const QString db = dir.filePath(u"d.parindex"_s);
    QVERIFY(put(db, "db"));
    QVERIFY(put(dir.filePath(u"other.parindex"_s), "db"));
    QVERIFY(::link(QFile::encodeName(db).constData(), QFile::encodeName(dir.filePath(u"hard.parindex"_s)).constData())
        == 0);
    QVERIFY(QFile::link(db, dir.filePath(u"soft.parindex"_s)));
    QVERIFY(QFile::link(db + u"-wal"_s, dir.filePath(u"wal-link"_s)));
    QVERIFY(QDir(dir.path()).mkdir(u"sub"_s));
    const QString suffix = other.contains(u"wal"_s) ? u"-wal"_s : QString();
    QCOMPARE(OutputFile::sameFile(dir.filePath(other), db + suffix), same);
}

// stdout on a full disk: an error that says so, not a silent exit.
void TestOutputFile::standardOutputFull()
{
    std::fflush(stdout);
    const int saved = ::dup(STDOUT_FILENO);
    const int full = ::open("/dev/full", O_WRONLY);
    QVERIFY(saved >= 0 && full >= 0);
    ::dup2(full, STDOUT_FILENO);
    ::close(full);
    const Status s = OutputFile::writeStandardOutput("rank,code\r\n");
    ::dup2(saved, STDOUT_FILENO);
    ::close(saved);
    QVERIFY(!s);
    QCOMPARE(s.error().kind, Error::Kind::Io);
    QCOMPARE(s.error().message, u"The results could not be written to the standard output: the disk is full."_s);
}

void TestOutputFile::writeThrough()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"copy.parindex"_s);
    QString given;
    {
        const Umask umask(002);
        const Status s = OutputFile::writeThrough(path, [&](const QString &temporary) -> Status {
            given = temporary;
            return OutputFile::write(temporary, "SQLite") ? Status() : Error {Error::Kind::Io, u"no"_s};
        });
        QVERIFY2(s, qPrintable(s.error().text()));
    }
    QCOMPARE(QFileInfo(given).absolutePath(), QFileInfo(path).absolutePath());
    QCOMPARE(bytesOf(path), QByteArray("SQLite"));
    QCOMPARE(modeOf(path) & 07777, mode_t(0664));
    // A failed writer leaves the target as it was and no temporary file.
    const Status failed = OutputFile::writeThrough(path, [](const QString &) -> Status {
        return Error {Error::Kind::Io, u"no"_s};
    });
    QVERIFY(!failed);
    QCOMPARE(bytesOf(path), QByteArray("SQLite"));
    QCOMPARE(entries(dir.path()), QStringList {u"copy.parindex"_s});
    // A writer that needs a file takes no FIFO or device.
    const Status device = OutputFile::writeThrough(u"/dev/null"_s, [](const QString &) { return Status(); });
    QVERIFY(!device);
    QVERIFY2(device.error().message.contains(u"/dev/null"_s), qPrintable(device.error().message));
}

QTEST_GUILESS_MAIN(TestOutputFile)
#include "tst_outputfile.moc"
