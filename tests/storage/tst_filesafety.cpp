// Files that are not ours, or not for this version, are refused and left byte-identical; older files are
// upgraded on a backed-up copy; read-only files stay unwritten.
#include "storagefixture.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <QtTest/QtTest>

using namespace parindex;
using namespace parindex::storagefixture;
using namespace Qt::StringLiterals;

namespace {
QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

void rawSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(q.lastError().text()));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

// A few real PNG bytes: signature and an IHDR chunk.
const QByteArray pngBytes
    = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                          "0000000d4944415478da63f8cfc0f01f0005000201f1d8a3c80000000049454e44ae426082");
} // namespace

class TestFileSafety : public QObject
{
    Q_OBJECT
private slots:
    void refusedAndUntouched_data();
    void refusedAndUntouched();
    void missingFileIsNotCreated();
    void createRefusesExistingFile();
    void migratesOlderFileOnACopy();
    void failedMigrationLeavesFileAsItWas();
    void readOnlyAccess();
    void fileWithoutWritePermission();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestFileSafety::refusedAndUntouched_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("text file") << u"notes.txt"_s << Error::Kind::NotOurs << u"not a database"_s;
    QTest::newRow("PNG image") << u"logo.png"_s << Error::Kind::NotOurs << u"not a database"_s;
    QTest::newRow("empty file") << u"empty.parindex"_s << Error::Kind::NotOurs << u"not a database"_s;
    QTest::newRow("SQLite file of another program")
        << u"other.sqlite"_s << Error::Kind::NotOurs << u"another program"_s;
    QTest::newRow("newer schema") << u"newer.parindex"_s << Error::Kind::TooNew << u"newer version"_s;
}

void TestFileSafety::refusedAndUntouched()
{
    QFETCH(QString, name);
    QFETCH(Error::Kind, kind);
    QFETCH(QString, fragment);
    const QString file = path(name);
    if (name == u"notes.txt")
        writeBytes(file, "Biên bản họp Hội đồng thẩm định, ngày 02/02/2024\n");
    else if (name == u"logo.png")
        writeBytes(file, pngBytes);
    else if (name == u"empty.parindex")
        writeBytes(file, {});
    else if (name == u"other.sqlite")
        rawSql(file,
            {u"CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)"_s,
                u"INSERT INTO invoices (amount) VALUES (12.5)"_s});
    else if (name == u"newer.parindex") {
        qint64 period = 0;
        makeProvince(file, &period).reset();
        rawSql(
            file, {u"PRAGMA journal_mode = DELETE"_s, u"PRAGMA user_version = %1"_s.arg(Database::SchemaVersion + 1)});
    }
    const QByteArray before = bytesOf(file);
    const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);
    for (Database::Access access : {Database::Access::ReadWrite, Database::Access::ReadOnly}) {
        const auto db = Database::open(file, access);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, kind);
        QVERIFY2(db.error().message.contains(fragment), qPrintable(db.error().message));
        QVERIFY2(db.error().message.contains(name), qPrintable(db.error().message));
    }
    QCOMPARE(bytesOf(file), before);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), filesBefore); // no -wal, -shm or backup appeared
}

void TestFileSafety::missingFileIsNotCreated()
{
    const QString file = path(u"missing.parindex"_s);
    const auto db = Database::open(file);
    QCOMPARE(db.error().kind, Error::Kind::CannotOpen);
    QVERIFY(!QFileInfo::exists(file));
}

void TestFileSafety::createRefusesExistingFile()
{
    const QString file = path(u"existing.txt"_s);
    writeBytes(file, "keep me");
    QCOMPARE(Database::create(file).error().kind, Error::Kind::CannotOpen);
    QCOMPARE(bytesOf(file), QByteArray("keep me"));
}

void TestFileSafety::migratesOlderFileOnACopy()
{
    const QString file = path(u"v1.parindex"_s);
    qint64 period = 0;
    {
        auto db = makeProvince(file, &period, 1);
        QCOMPARE(db->schemaVersion(), 1);
        QVERIFY(db->setScore(period, u"DS"_s, u"1.1"_s, appraised("28.15")));
        QCOMPARE(db->decisionTexts(period).error().kind, Error::Kind::Internal); // no such table yet
    }
    // Read-only access cannot upgrade and says so.
    QCOMPARE(Database::open(file, Database::Access::ReadOnly).error().kind, Error::Kind::ReadOnly);

    auto db = Database::open(file);
    QVERIFY2(db.ok(), qPrintable(db.error().text()));
    QCOMPARE((*db)->schemaVersion(), Database::SchemaVersion);
    QCOMPARE((*db)->scoreSheets(period)->value(u"DS"_s).entry(u"1.1"_s).appraised, Fixed::parse(u"28.15"));
    QVERIFY((*db)->setDecisionTexts(period, u"{}"_s));
    QVERIFY((*db)->check().ok());
    db = Error {};

    // The copy taken before the upgrade is the version-1 file, whole.
    const QString backup = file + u".v1.bak"_s;
    QVERIFY(QFileInfo::exists(backup));
    auto old = Database::open(backup, Database::Access::ReadOnly);
    QCOMPARE(old.error().kind, Error::Kind::ReadOnly); // an old version: opens only to be upgraded
    QFile f(backup);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray head = f.read(100);
    QCOMPARE(qFromBigEndian<qint32>(head.constData() + 60), 1);
}

void TestFileSafety::failedMigrationLeavesFileAsItWas()
{
    const QString file = path(u"broken-v1.parindex"_s);
    qint64 period = 0;
    makeProvince(file, &period, 1).reset();
    // Something (another tool) already made a table of the name version 2 wants: the step must fail whole.
    rawSql(file, {u"CREATE TABLE decision_text (x)"_s});
    const auto db = Database::open(file);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().message.contains(u"version 2"_s), qPrintable(db.error().message));
    rawSql(file, {});
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(qFromBigEndian<qint32>(f.read(100).constData() + 60), 1);
}

void TestFileSafety::readOnlyAccess()
{
    const QString file = path(u"readonly.parindex"_s);
    qint64 period = 0;
    makeProvince(file, &period).reset();
    auto db = Database::open(file, Database::Access::ReadOnly);
    QVERIFY(db.ok());
    QVERIFY((*db)->isReadOnly());
    const QList<Status> refused = {
        (*db)->setScore(period, u"DS"_s, u"1.1"_s, appraised("1")),
        (*db)->saveGroup({u"XA"_s, u"UBND cấp xã"_s, 2}),
        (*db)->setPeriodStatus(period, PeriodStatus::Appraising),
    };
    for (const Status &s : refused)
        QCOMPARE(s.error().kind, Error::Kind::ReadOnly);
    QCOMPARE((*db)->addPeriod(2030, u"HUYEN"_s).error().kind, Error::Kind::ReadOnly);
    QVERIFY((*db)->scoreSheets(period)->isEmpty());
    QCOMPARE((*db)->units()->size(), 2);
}

void TestFileSafety::fileWithoutWritePermission()
{
    const QString file = path(u"locked.parindex"_s);
    qint64 period = 0;
    makeProvince(file, &period).reset();
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = bytesOf(file);
    {
        auto db = Database::open(file); // asked for read-write: opens read-only, as the permissions say
        QVERIFY2(db.ok(), qPrintable(db.error().text()));
        QVERIFY((*db)->isReadOnly());
        QCOMPARE((*db)->setScore(period, u"DS"_s, u"1.1"_s, appraised("1")).error().kind, Error::Kind::ReadOnly);
    }
    QCOMPARE(bytesOf(file), before);
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
}

QTEST_GUILESS_MAIN(TestFileSafety)
#include "tst_filesafety.moc"
