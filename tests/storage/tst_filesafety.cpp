// Files that are not ours, or not for this version, are refused and left byte-identical; older files are
// upgraded on a backed-up copy; read-only files stay unwritten.
#include "storage/sqlsupport.h"
#include "storagefixture.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QRandomGenerator>
#include <QtCore/QtEndian>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <QtTest/QTest>

#include <sys/stat.h>

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
    void migrationCopyFollowsTheOutputRules();
    void readOnlyAccess();
    void openWhileTheFirstPageIsInTheLog();
    void fileWithoutWritePermission();
    void damagedCopiesAreRefusedOrReported_data();
    void damagedCopiesAreRefusedOrReported();

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

// A new file kept open by its program has its first page (application id, schema version) only in the
// write-ahead log until a checkpoint: a second program, or a second connection, opens it all the same.
void TestFileSafety::openWhileTheFirstPageIsInTheLog()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"open.parindex"_s);
    qint64 period = 0;
    auto first = makeProvince(path, &period);
    QVERIFY(first->setScore(period, u"DS"_s, u"1.1"_s, appraised("20")));
    QVERIFY(QFileInfo(path + u"-wal"_s).size() > 0);
    const auto raw = sql::readHeader(path);
    QVERIFY(raw);
    QCOMPARE(raw->userVersion, Database::SchemaVersion);
    QCOMPARE(raw->applicationId, Database::ApplicationId);
    for (const auto access : {Database::Access::ReadOnly, Database::Access::ReadWrite}) {
        const auto second = Database::open(path, access);
        QVERIFY2(second.ok(), qPrintable(second.error().text()));
        QCOMPARE((*second)->schemaVersion(), Database::SchemaVersion);
        QCOMPARE((*second)->scoreSheets(period)->value(u"DS"_s).entry(u"1.1"_s), appraised("20"));
    }
    QVERIFY(!QFileInfo::exists(path + u".v0.bak"_s)); // no "upgrade" of a file that is current
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

namespace {
// A commune file of some size: 400 units x 30 leaves scored, closed (the log folded into the file).
QByteArray sizeableFile(const QString &path)
{
    {
        auto db = Database::create(path);
        if (!db)
            qFatal("%s", qPrintable(db.error().text()));
        const auto must = [](const Status &s) {
            if (!s)
                qFatal("%s", qPrintable(s.error().text()));
        };
        must((*db)->saveGroup({u"XA"_s, u"UBND cấp xã"_s, 0}));
        QList<Unit> units;
        for (int i = 1; i <= 400; ++i)
            units.append({0, u"X%1"_s.arg(i, 3, 10, QChar(u'0')), u"Xã %1"_s.arg(i), u"XA"_s, {}, {}, true});
        must((*db)->importUnits(units));
        const auto period = (*db)->addPeriod(2025, u"XA"_s);
        QList<Criterion> criteria;
        for (int a = 1; a <= 5; ++a) {
            criteria.append(
                {QString::number(a), u"Lĩnh vực %1"_s.arg(a), Fixed::fromInt(20), CriterionKind::Group, {}});
            for (int l = 1; l <= 6; ++l)
                criteria.append({u"%1.%2"_s.arg(a).arg(l), u"Tiêu chí"_s, Fixed::fromRaw(20 * Fixed::Scale / 6),
                    CriterionKind::Score, {}});
        }
        must((*db)->replaceCriteria(period->id, *CriteriaTree::build(criteria)));
        QList<ScoreRow> rows;
        QRandomGenerator rng(3);
        for (const Unit &u : std::as_const(units)) {
            for (int a = 1; a <= 5; ++a) {
                for (int l = 1; l <= 6; ++l)
                    rows.append({u.code, u"%1.%2"_s.arg(a).arg(l), std::nullopt,
                        Fixed::fromRaw(rng.bounded(20 * Fixed::Scale / 6)), std::nullopt, std::nullopt});
            }
        }
        must((*db)->importScores(period->id, rows));
    }
    return bytesOf(path);
}
} // namespace

void TestFileSafety::damagedCopiesAreRefusedOrReported_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<int>("page"); // 1-based; for truncation the page the file ends before
    QTest::newRow("cut to one page") << u"truncate"_s << 2;
    QTest::newRow("cut in half") << u"truncate"_s << -50;
    QTest::newRow("last page missing") << u"truncate"_s << -100;
    QTest::newRow("header page random") << u"overwrite"_s << 1;
    QTest::newRow("schema page random") << u"overwrite"_s << 2;
    for (int percent : {10, 25, 40, 55, 70, 85, 99})
        QTest::newRow(qPrintable(u"page at %1% random"_s.arg(percent))) << u"overwrite"_s << -percent;
}

// A damaged copy is refused on open, or opens and is reported: reading fails with a message or `check` names
// the damage. Never a crash, and never a clean bill of health. Both ways of opening are tried: with quick_check
// (small files) and with the structure check alone (files beyond QuickCheckBytes).
void TestFileSafety::damagedCopiesAreRefusedOrReported()
{
    QFETCH(QString, damage);
    QFETCH(int, page);
    static const QByteArray original = sizeableFile(m_dir.filePath(u"sizeable.parindex"_s));
    const qsizetype pageSize = 4096;
    const qsizetype pages = original.size() / pageSize;
    QVERIFY(pages > 50);
    const qsizetype target = page > 0 ? page : qMax<qsizetype>(3, pages * -page / 100);
    QByteArray bytes = original;
    if (damage == u"truncate") {
        bytes.truncate((target - 1) * pageSize + (page == -100 ? pageSize * (pages - target + 1) - 1 : 0));
    } else {
        QRandomGenerator rng {quint32(target)};
        for (qsizetype i = (target - 1) * pageSize; i < target * pageSize; ++i)
            bytes[i] = char(rng.bounded(256));
    }
    const QString file = path(u"damaged-%1.parindex"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
    for (Database::Verify verify : {Database::Verify::Full, Database::Verify::Structure}) {
        QFile::remove(file);
        writeBytes(file, bytes);
        auto db = Database::open(file, Database::Access::ReadWrite, verify);
        if (!db) {
            QVERIFY2(QList<Error::Kind>({Error::Kind::Corrupt, Error::Kind::NotOurs, Error::Kind::TooNew})
                         .contains(db.error().kind),
                qPrintable(db.error().text()));
            continue;
        }
        bool reported = false;
        const auto period = (*db)->period(2025, u"XA"_s);
        const auto sheets
            = period ? (*db)->scoreSheets(period->id) : Result<QHash<QString, ScoreSheet>>(period.error());
        if (!sheets) {
            QVERIFY2(sheets.error().kind == Error::Kind::Corrupt || sheets.error().kind == Error::Kind::NotFound,
                qPrintable(sheets.error().text()));
            reported = true;
        }
        const CheckReport report = (*db)->check();
        reported = reported || !report.ok();
        QVERIFY2(reported, "a damaged copy passed as sound");
    }
}

// The copy taken before an upgrade is an output like any other (OutputFile): a read-only copy left by an earlier
// attempt is not replaced (the upgrade waits, and says why), a new copy follows the umask.
void TestFileSafety::migrationCopyFollowsTheOutputRules()
{
    const QString file = path(u"older.parindex"_s);
    qint64 period = 0;
    makeProvince(file, &period, 1).reset();
    const QString backup = file + u".v1.bak"_s;
    {
        QFile kept(backup);
        QVERIFY(kept.open(QIODevice::WriteOnly));
        kept.write("kept");
    }
    QVERIFY(QFile::setPermissions(backup, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const auto refused = Database::open(file);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(u"can only be read"_s), qPrintable(refused.error().message));
    QCOMPARE(bytesOf(backup), QByteArray("kept"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(qFromBigEndian<qint32>(f.read(100).constData() + 60), 1);
    f.close();

    QVERIFY(QFile::remove(backup));
    const mode_t saved = ::umask(002);
    auto db = Database::open(file);
    ::umask(saved);
    QVERIFY2(db.ok(), qPrintable(db.error().text()));
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(backup).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0664));
}

QTEST_GUILESS_MAIN(TestFileSafety)
#include "tst_filesafety.moc"
