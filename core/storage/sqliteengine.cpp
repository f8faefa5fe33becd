#include "sqliteengine.h"

#include "platform/platform.h"
#include "rawstatement.h"
#include "sqlsupport.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QStorageInfo>
#include <QtCore/QUrl>
#include <QtCore/QUuid>
#include <QtSql/QSqlQuery>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
const QStringList networkFileSystems = {u"nfs"_s, u"nfs4"_s, u"cifs"_s, u"smb"_s, u"smb2"_s, u"smb3"_s, u"smbfs"_s,
    u"fuse.sshfs"_s, u"9p"_s, u"afs"_s, u"ncpfs"_s, u"fuse.rclone"_s, u"davfs"_s};

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// A file nobody can change while it stays where it is: nobody can make a file in its folder (a writer would make its
// log there), and no log beside it holds changes.
bool unchangeable(const QString &path)
{
    // A folder that only this user may not write does not count: its owner may be writing the file right now.
    if (!platform::nobodyWritesIn(QFileInfo(path).absolutePath()))
        return false;
    const QFileInfo wal(path + u"-wal"_s);
    return (!wal.exists() || wal.size() == 0) && !QFileInfo::exists(path + u"-journal"_s);
}
} // namespace

SqliteEngine::SqliteEngine(const QString &path, bool readOnly)
    : m_path(path),
      m_connectionName(u"parindex-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_readOnly(readOnly)
{ }

SqliteEngine::~SqliteEngine()
{
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status SqliteEngine::connect()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (m_readOnly && unchangeable(m_path)) {
        // SQLite reads a WAL file through its -shm, which it cannot make in a folder that takes no new file: it
        // would refuse to read at all. No program can write the file there either (its log would need the
        // folder), so it is read as it is, without locks: immutable.
        db.setDatabaseName(
            QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath()).toString(QUrl::FullyEncoded) + u"?immutable=1"_s);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
    } else {
        db.setDatabaseName(m_path);
        db.setConnectOptions(
            m_readOnly ? u"QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"_s : u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    }
    if (!db.open())
        return Error {Error::Kind::CannotOpen,
            Database::tr("%1 cannot be opened: %2").arg(nativePath(m_path), db.lastError().text())};
    return {};
}

Result<QString> SqliteEngine::pragmaText(const QString &statement) const
{
    QSqlQuery q(connection());
    if (!q.exec(statement) || !q.next())
        return failure(q.lastError());
    return q.value(0).toString();
}

Status SqliteEngine::applyPragmas()
{
    QSqlQuery q(connection());
    if (!q.exec(u"PRAGMA foreign_keys = ON"_s))
        return failure(q.lastError());
    const auto fk = pragmaText(u"PRAGMA foreign_keys"_s);
    if (!fk || *fk != u"1")
        return Error {
            Error::Kind::Internal, Database::tr("Foreign keys cannot be enabled on %1.").arg(nativePath(m_path))};
    // A writer keeps 32 MB of page cache instead of 2: a national period's cells and their index stay in memory while
    // it is imported. A reader scans a period once (the window's kept ranking, the year before it on a second
    // connection): a larger cache only holds pages it will not read again (43 MB of the peak at national scale).
    if (!m_readOnly && !q.exec(u"PRAGMA cache_size = -32768"_s))
        return failure(q.lastError());
    if (!m_readOnly) {
        const QString fs = QString::fromUtf8(QStorageInfo(QFileInfo(m_path).absolutePath()).fileSystemType()).toLower();
        const QString wanted = networkFileSystems.contains(fs) ? u"delete"_s : u"wal"_s;
        const auto mode = pragmaText(u"PRAGMA journal_mode = "_s + wanted);
        if (!mode)
            return mode.error();
        m_journalMode = mode->toLower();
        if (!q.exec(u"PRAGMA synchronous = FULL"_s))
            return failure(q.lastError());
    } else {
        const auto mode = pragmaText(u"PRAGMA journal_mode"_s);
        m_journalMode = mode ? mode->toLower() : QString();
    }
    return {};
}

Result<std::unique_ptr<SqliteEngine>> SqliteEngine::create(const QString &path)
{
    if (QFileInfo::exists(path)) {
        return Error {Error::Kind::CannotOpen,
            Database::tr("%1 already exists; a new file is never written over an existing one.").arg(nativePath(path))};
    }
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir()) {
        return Error {Error::Kind::CannotOpen, Database::tr("The folder of %1 does not exist.").arg(nativePath(path))};
    }
    std::unique_ptr<SqliteEngine> engine(new SqliteEngine(path, false));
    if (const Status s = engine->connect(); !s)
        return s.error();
    const auto fail = [&](const Error &e) -> Result<std::unique_ptr<SqliteEngine>> {
        engine.reset();
        QFile::remove(path);
        return e;
    };
    QSqlQuery q(engine->connection());
    if (!q.exec(u"PRAGMA application_id = %1"_s.arg(Database::ApplicationId)))
        return fail(engine->failure(q.lastError()));
    if (const Status s = engine->applyPragmas(); !s)
        return fail(s.error());
    return engine;
}

Result<std::unique_ptr<SqliteEngine>> SqliteEngine::open(
    const QString &path, Database::Access access, Database::Verify verify)
{
    const QString file = nativePath(path);
    if (!QFileInfo::exists(path))
        return Error {Error::Kind::CannotOpen, Database::tr("%1 does not exist.").arg(file)};
    if (!QFileInfo(path).isFile())
        return Error {Error::Kind::CannotOpen, Database::tr("%1 is not a file.").arg(file)};
    const auto header = sql::readHeader(path);
    if (!header)
        return Error {Error::Kind::CannotOpen, Database::tr("%1 cannot be read: check its permissions.").arg(file)};
    if (!header->isSqlite) {
        return Error {Error::Kind::NotOurs,
            Database::tr("%1 is not a PAR Index file (it is not a database). It was not changed.").arg(file)};
    }
    if (header->applicationId != Database::ApplicationId) {
        return Error {Error::Kind::NotOurs,
            Database::tr("%1 is a database of another program, not a PAR Index file. It was not changed.").arg(file)};
    }
    if (header->userVersion > Database::SchemaVersion) {
        return Error {Error::Kind::TooNew,
            Database::tr("%1 was written by a newer version of this program (file version %2, this program knows %3). "
                         "Update the program to open it; the file was not changed.")
                .arg(file)
                .arg(header->userVersion)
                .arg(Database::SchemaVersion)};
    }
    // A copy cut short (a full disk, an interrupted download) is refused before SQLite reads past its end.
    // A write-ahead log beside the file may hold pages beyond it: only then is the file allowed to be short.
    const qint64 size = QFileInfo(path).size();
    if (size < header->declaredBytes && !QFileInfo::exists(path + u"-wal"_s)) {
        return Error {Error::Kind::Corrupt,
            Database::tr("%1 is damaged: it is shorter than its own header says (%2 of %3 bytes), as a copy cut short "
                         "would be. Open a backup copy; the file was not changed.")
                .arg(file)
                .arg(size)
                .arg(header->declaredBytes)};
    }
    const bool readOnly = access == Database::Access::ReadOnly || !Database::readOnlyReason(path).isEmpty();
    if (readOnly && header->userVersion < Database::SchemaVersion) {
        return Error {Error::Kind::ReadOnly,
            Database::tr("%1 is of an older version (%2) and must be upgraded, which needs permission to write it.")
                .arg(file)
                .arg(header->userVersion)};
    }
    std::unique_ptr<SqliteEngine> engine(new SqliteEngine(path, readOnly));
    if (const Status s = engine->connect(); !s)
        return s.error();
    // A folder only others may write (not unchangeable()): SQLite cannot make the index of the log it needs to read.
    const auto unreadable = [&](const Error &e) -> Error {
        if (!readOnly || platform::userWritesIn(QFileInfo(path).absolutePath()) || QFileInfo::exists(path + u"-shm"_s))
            return e;
        return {Error::Kind::CannotOpen,
            Database::tr("%1 cannot be read from here: SQLite needs to make its index file %2 beside it, and this "
                         "folder can only be read. Copy the file to a folder you may write, or ask for permission to "
                         "write the folder.")
                .arg(file, nativePath(path + u"-shm"_s))};
    };
    if (const Status s = engine->applyPragmas(); !s)
        return unreadable(s.error());
    // The schema is read in any case: a damaged first page or schema table is refused here.
    if (const auto tables = engine->pragmaText(u"SELECT count(*) FROM sqlite_schema"_s); !tables)
        return unreadable(tables.error());
    const bool quickCheck
        = verify == Database::Verify::Full || (verify == Database::Verify::Auto && size <= Database::QuickCheckBytes);
    const auto check = quickCheck ? engine->pragmaText(u"PRAGMA quick_check"_s) : Result<QString>(u"ok"_s);
    if (!check)
        return check.error();
    if (*check != u"ok")
        return Error {Error::Kind::Corrupt,
            Database::tr("%1 is damaged (%2). Open a backup copy; the file was not changed.").arg(file, *check)};
    engine->m_userVersion = header->userVersion;
    return engine;
}

QString SqliteEngine::kind() const
{
    return u"sqlite"_s;
}

QString SqliteEngine::location() const
{
    return m_path;
}

bool SqliteEngine::isReadOnly() const
{
    return m_readOnly;
}

QString SqliteEngine::journalMode() const
{
    return m_journalMode;
}

int SqliteEngine::storedSchemaVersion() const
{
    return m_userVersion;
}

Status SqliteEngine::setSchemaVersion(int version)
{
    QSqlQuery q(connection());
    if (!q.exec(u"PRAGMA user_version = %1"_s.arg(version)))
        return failure(q.lastError());
    m_userVersion = version;
    return {};
}

QSqlDatabase SqliteEngine::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Error SqliteEngine::error(const QSqlError &error, const QString &named) const
{
    return sql::toError(error, named);
}

std::unique_ptr<BulkStatement> SqliteEngine::statement(const char *sql) const
{
    return std::make_unique<sql::RawStatement>(connection(), m_path, sql);
}

bool SqliteEngine::keysOn() const
{
    QSqlQuery k(connection());
    return k.exec(u"PRAGMA foreign_keys"_s) && k.next() && k.value(0).toInt() == 1;
}

// The pragma is a no-op inside a transaction: it is set before BEGIN and restored after the end, whatever the
// outcome. It belongs to this connection only; other processes keep their own. Should the transaction fail to end
// (a refused rollback), the restore does not take: it is tried again before the next write, and a write that would
// run without its foreign keys is refused.
void SqliteEngine::restoreKeys()
{
    if (!m_keysOff)
        return;
    m_keysOff = false;
    QSqlQuery(connection()).exec(u"PRAGMA foreign_keys = ON"_s);
    m_keysLeftOff = !keysOn();
}

Status SqliteEngine::beginWrite(Keys keys)
{
    QSqlQuery q(connection());
    if (m_keysLeftOff) {
        QSqlQuery(connection()).exec(u"PRAGMA foreign_keys = ON"_s);
        m_keysLeftOff = !keysOn();
        if (m_keysLeftOff && keys == Keys::Enforced)
            return Error {Error::Kind::Internal,
                Database::tr("%1 cannot check its references now; nothing was changed. Close the file and open it "
                             "again.")
                    .arg(nativePath(m_path))};
    }
    if (keys == Keys::CheckedByBody) {
        if (!q.exec(u"PRAGMA foreign_keys = OFF"_s))
            return failure(q.lastError());
        m_keysOff = true;
    }
    if (!q.exec(u"BEGIN IMMEDIATE"_s)) {
        const Error e = failure(q.lastError());
        restoreKeys();
        return e;
    }
    return {};
}

Status SqliteEngine::commit()
{
    QSqlQuery q(connection());
    if (!q.exec(u"COMMIT"_s))
        return failure(q.lastError());
    restoreKeys();
    return {};
}

void SqliteEngine::rollback()
{
    QSqlQuery(connection()).exec(u"ROLLBACK"_s);
    restoreKeys();
}

bool SqliteEngine::beginSnapshot() const
{
    return sql::beginReadSnapshot(connection());
}

void SqliteEngine::endSnapshot() const
{
    sql::endReadSnapshot(connection());
}

Result<qint64> SqliteEngine::dataVersion() const
{
    QSqlQuery q(connection());
    if (!q.exec(u"PRAGMA data_version"_s) || !q.next())
        return failure(q.lastError());
    return q.value(0).toLongLong();
}

QSqlError SqliteEngine::copyTo(const QString &file) const
{
    QSqlQuery q(connection());
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(file);
    return q.exec() ? QSqlError() : q.lastError();
}

bool SqliteEngine::isDiskFull(const QSqlError &error) const
{
    return (error.nativeErrorCode().toInt() & 0xff) == 13; // SQLITE_FULL
}

Result<QStringList> SqliteEngine::structureProblems() const
{
    QSqlQuery q(connection());
    if (!q.exec(u"PRAGMA integrity_check"_s))
        return failure(q.lastError());
    QStringList lines;
    while (q.next())
        lines.append(q.value(0).toString());
    if (lines == QStringList {u"ok"_s})
        return QStringList();
    return lines;
}

std::optional<int> SqliteEngine::brokenReferences() const
{
    QSqlQuery q(connection());
    if (!q.exec(u"PRAGMA foreign_key_check"_s))
        return std::nullopt;
    int broken = 0;
    while (q.next())
        ++broken;
    return broken;
}

void SqliteEngine::analyse()
{
    QSqlQuery(connection()).exec(u"PRAGMA optimize"_s);
}

} // namespace parindex
