#include "database.h"

#include "databaseprivate.h"
#include "schema.h"

#include "files/outputfile.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QScopeGuard>
#include <QtCore/QStorageInfo>
#include <QtCore/QUrl>
#include <QtCore/QUuid>
#include <QtSql/QSqlRecord>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
const QStringList networkFileSystems = {u"nfs"_s, u"nfs4"_s, u"cifs"_s, u"smb"_s, u"smb2"_s, u"smb3"_s, u"smbfs"_s,
    u"fuse.sshfs"_s, u"9p"_s, u"afs"_s, u"ncpfs"_s, u"fuse.rclone"_s, u"davfs"_s};

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString defaultUser()
{
    for (const char *name : {"PARINDEX_USER", "USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return u"unknown"_s;
}

Result<QString> pragmaText(const QSqlDatabase &db, const QString &statement, const QString &path)
{
    QSqlQuery q(db);
    if (!q.exec(statement) || !q.next())
        return sql::queryError(q, path);
    return q.value(0).toString();
}
} // namespace

Database::Database(std::unique_ptr<Private> p) : d(std::move(p))
{
    d->owner = this;
}

Database::~Database()
{
    const QString name = d->connectionName;
    {
        QSqlDatabase db = d->db();
        if (db.isOpen()) {
            // Query-planner statistics (ANALYZE commits): only after this connection wrote. A program that only
            // read leaves the file as it found it; a window watching the file would see a commit no audit row explains.
            if (!d->readOnly && !d->ownAudit.isEmpty())
                QSqlQuery(db).exec(u"PRAGMA optimize"_s);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
}

namespace {
// A folder in which nobody can make a file: a read-only disk, an immutable folder (chattr +i), or no write
// permission for anyone (an archive). A folder that only this user may not write is not one: its owner may be
// writing the file right now.
bool nobodyWritesIn(const QString &folder)
{
    const QByteArray name = QFile::encodeName(folder);
    if (::access(name.constData(), W_OK) == 0)
        return false;
    struct statvfs disk
    {
    };
    if (::statvfs(name.constData(), &disk) == 0 && (disk.f_flag & ST_RDONLY))
        return true;
    struct stat st
    {
    };
    if (::stat(name.constData(), &st) == 0 && (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
        return true;
    int flags = 0;
    const int fd = ::open(name.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    const bool immutable = fd >= 0 && ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0 && (flags & FS_IMMUTABLE_FL);
    if (fd >= 0)
        ::close(fd);
    return immutable;
}

// A file nobody can change while it stays where it is: nobody can make a file in its folder (a writer would make its
// log there), and no log beside it holds changes.
bool unchangeable(const QString &path)
{
    if (!nobodyWritesIn(QFileInfo(path).absolutePath()))
        return false;
    const QFileInfo wal(path + u"-wal"_s);
    return (!wal.exists() || wal.size() == 0) && !QFileInfo::exists(path + u"-journal"_s);
}

// Opens a QSQLITE connection and applies the pragmas every connection needs.
Result<std::unique_ptr<Database::Private>> connect(const QString &path, bool readOnly)
{
    auto p = std::make_unique<Database::Private>();
    p->path = path;
    p->readOnly = readOnly;
    p->connectionName = u"parindex-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    p->who = defaultUser();
    p->clock = [] { return QDateTime::currentDateTimeUtc(); };
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, p->connectionName);
    if (readOnly && unchangeable(path)) {
        // SQLite reads a WAL file through its -shm, which it cannot make in a folder that takes no new file: it
        // would refuse to read at all. No program can write the file there either (its log would need the
        // folder), so it is read as it is, without locks: immutable.
        db.setDatabaseName(
            QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) + u"?immutable=1"_s);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
    } else {
        db.setDatabaseName(path);
        db.setConnectOptions(
            readOnly ? u"QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"_s : u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    }
    if (!db.open()) {
        const Error e {Error::Kind::CannotOpen,
            Database::tr("%1 cannot be opened: %2").arg(nativePath(path), db.lastError().text())};
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(p->connectionName);
        return e;
    }
    return p;
}

Status applyPragmas(Database::Private &p)
{
    QSqlQuery q(p.db());
    if (!q.exec(u"PRAGMA foreign_keys = ON"_s))
        return p.error(q);
    const auto fk = pragmaText(p.db(), u"PRAGMA foreign_keys"_s, p.path);
    if (!fk || *fk != u"1")
        return Error {
            Error::Kind::Internal, Database::tr("Foreign keys cannot be enabled on %1.").arg(nativePath(p.path))};
    // 32 MB of page cache instead of 2: a national period's cells and their index stay in memory while a
    // whole period is read or imported.
    if (!q.exec(u"PRAGMA cache_size = -32768"_s))
        return p.error(q);
    if (!p.readOnly) {
        const QString fs = QString::fromUtf8(QStorageInfo(QFileInfo(p.path).absolutePath()).fileSystemType()).toLower();
        const QString wanted = networkFileSystems.contains(fs) ? u"delete"_s : u"wal"_s;
        const auto mode = pragmaText(p.db(), u"PRAGMA journal_mode = "_s + wanted, p.path);
        if (!mode)
            return mode.error();
        p.journalMode = mode->toLower();
        if (!q.exec(u"PRAGMA synchronous = FULL"_s))
            return p.error(q);
    } else {
        const auto mode = pragmaText(p.db(), u"PRAGMA journal_mode"_s, p.path);
        p.journalMode = mode ? mode->toLower() : QString();
    }
    return {};
}

Status migrate(Database::Private &p, int from, int to)
{
    for (const schema::Migration &m : schema::migrations()) {
        if (m.toVersion <= from || m.toVersion > to)
            continue;
        QSqlQuery q(p.db());
        if (!q.exec(u"BEGIN IMMEDIATE"_s))
            return p.error(q);
        bool ok = true;
        for (const QString &statement : m.statements) {
            if (!q.exec(statement)) {
                ok = false;
                break;
            }
        }
        if (ok)
            ok = q.exec(u"PRAGMA user_version = %1"_s.arg(m.toVersion));
        Status code;
        if (ok && m.code)
            code = m.code(p);
        if (!ok || !code) {
            const Error e = code ? p.error(q) : code.error();
            QSqlQuery(p.db()).exec(u"ROLLBACK"_s);
            return Error {e.kind,
                Database::tr("Upgrading %1 to version %2 failed; the file was left as it was. %3")
                    .arg(nativePath(p.path))
                    .arg(m.toVersion)
                    .arg(e.message)};
        }
        if (!q.exec(u"COMMIT"_s)) {
            const Error e = p.error(q);
            QSqlQuery(p.db()).exec(u"ROLLBACK"_s);
            return e;
        }
        p.schemaVersion = m.toVersion;
    }
    return {};
}
} // namespace

Result<std::unique_ptr<Database>> Database::create(const QString &path, int schemaVersion)
{
    if (QFileInfo::exists(path)) {
        return Error {Error::Kind::CannotOpen,
            tr("%1 already exists; a new file is never written over an existing one.").arg(nativePath(path))};
    }
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir()) {
        return Error {Error::Kind::CannotOpen, tr("The folder of %1 does not exist.").arg(nativePath(path))};
    }
    auto p = connect(path, false);
    if (!p)
        return p.error();
    const auto fail = [&](const Error &e) -> Result<std::unique_ptr<Database>> {
        std::unique_ptr<Database> dropped(new Database(std::move(p).value()));
        dropped.reset();
        QFile::remove(path);
        return e;
    };
    QSqlQuery q((*p)->db());
    if (!q.exec(u"PRAGMA application_id = %1"_s.arg(ApplicationId)))
        return fail((*p)->error(q));
    if (const Status s = applyPragmas(**p); !s)
        return fail(s.error());
    if (const Status s = migrate(**p, 0, schemaVersion); !s)
        return fail(s.error());
    return std::unique_ptr<Database>(new Database(std::move(p).value()));
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Access access, Verify verify)
{
    const QString file = nativePath(path);
    if (!QFileInfo::exists(path))
        return Error {Error::Kind::CannotOpen, tr("%1 does not exist.").arg(file)};
    if (!QFileInfo(path).isFile())
        return Error {Error::Kind::CannotOpen, tr("%1 is not a file.").arg(file)};
    const auto header = sql::readHeader(path);
    if (!header)
        return Error {Error::Kind::CannotOpen, tr("%1 cannot be read: check its permissions.").arg(file)};
    if (!header->isSqlite) {
        return Error {Error::Kind::NotOurs,
            tr("%1 is not a PAR Index file (it is not a database). It was not changed.").arg(file)};
    }
    if (header->applicationId != ApplicationId) {
        return Error {Error::Kind::NotOurs,
            tr("%1 is a database of another program, not a PAR Index file. It was not changed.").arg(file)};
    }
    if (header->userVersion > SchemaVersion) {
        return Error {Error::Kind::TooNew,
            tr("%1 was written by a newer version of this program (file version %2, this program knows %3). "
               "Update the program to open it; the file was not changed.")
                .arg(file)
                .arg(header->userVersion)
                .arg(SchemaVersion)};
    }
    // A copy cut short (a full disk, an interrupted download) is refused before SQLite reads past its end.
    // A write-ahead log beside the file may hold pages beyond it: only then is the file allowed to be short.
    const qint64 size = QFileInfo(path).size();
    if (size < header->declaredBytes && !QFileInfo::exists(path + u"-wal"_s)) {
        return Error {Error::Kind::Corrupt,
            tr("%1 is damaged: it is shorter than its own header says (%2 of %3 bytes), as a copy cut short "
               "would be. Open a backup copy; the file was not changed.")
                .arg(file)
                .arg(size)
                .arg(header->declaredBytes)};
    }
    const bool readOnly = access == Access::ReadOnly || !readOnlyReason(path).isEmpty();
    if (readOnly && header->userVersion < SchemaVersion) {
        return Error {Error::Kind::ReadOnly,
            tr("%1 is of an older version (%2) and must be upgraded, which needs permission to write it.")
                .arg(file)
                .arg(header->userVersion)};
    }
    auto p = connect(path, readOnly);
    if (!p)
        return p.error();
    std::unique_ptr<Database> db(new Database(std::move(p).value()));
    // A folder only others may write (not unchangeable()): SQLite cannot make the index of the log it needs to read.
    const auto unreadable = [&](const Error &e) -> Error {
        const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
        if (!readOnly || ::access(folder.constData(), W_OK) == 0 || QFileInfo::exists(path + u"-shm"_s))
            return e;
        return {Error::Kind::CannotOpen,
            tr("%1 cannot be read from here: SQLite needs to make its index file %2 beside it, and this folder can "
               "only be read. Copy the file to a folder you may write, or ask for permission to write the folder.")
                .arg(file, nativePath(path + u"-shm"_s))};
    };
    if (const Status s = applyPragmas(*db->d); !s)
        return unreadable(s.error());
    // The schema is read in any case: a damaged first page or schema table is refused here.
    if (const auto tables = pragmaText(db->d->db(), u"SELECT count(*) FROM sqlite_schema"_s, path); !tables)
        return unreadable(tables.error());
    const bool quickCheck = verify == Verify::Full || (verify == Verify::Auto && size <= QuickCheckBytes);
    const auto check = quickCheck ? pragmaText(db->d->db(), u"PRAGMA quick_check"_s, path) : Result<QString>(u"ok"_s);
    if (!check)
        return check.error();
    if (*check != u"ok")
        return Error {Error::Kind::Corrupt,
            tr("%1 is damaged (%2). Open a backup copy; the file was not changed.").arg(file, *check)};
    db->d->schemaVersion = header->userVersion;
    if (header->userVersion < SchemaVersion) {
        // Through OutputFile as every output: a read-only copy of an earlier attempt is not replaced.
        const QString backup = u"%1.v%2.bak"_s.arg(path).arg(header->userVersion);
        const Status saved = OutputFile::writeThrough(backup, [&](const QString &temporary) -> Status {
            QSqlQuery q(db->d->db());
            q.prepare(u"VACUUM INTO ?"_s);
            q.addBindValue(temporary);
            if (q.exec())
                return {};
            if ((q.lastError().nativeErrorCode().toInt() & 0xff) == 13) // SQLITE_FULL
                return OutputFile::failure(backup, ENOSPC);
            return Error {Error::Kind::Io, q.lastError().text()};
        });
        if (!saved)
            return Error {saved.error().kind,
                tr("Before upgrading %1, a backup copy %2 could not be made: %3")
                    .arg(file, nativePath(backup), saved.error().message)};
        if (const Status s = migrate(*db->d, header->userVersion, SchemaVersion); !s)
            return s.error();
    }
    return db;
}

QString Database::readOnlyReason(const QString &path)
{
    // Root may write anything: the mode bits decide too, as a person would expect.
    const auto anyWrite = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    const QFileInfo file(path);
    if (!file.isWritable() || !(file.permissions() & anyWrite))
        return tr("the file can only be read");
    const QFileInfo dir(file.absolutePath());
    if (!dir.isWritable() || !(dir.permissions() & anyWrite))
        return tr("its folder can only be read, and a change needs to write its log beside it");
    return {};
}

QString Database::path() const
{
    return d->path;
}

bool Database::isReadOnly() const
{
    return d->readOnly;
}

QString Database::journalMode() const
{
    return d->journalMode;
}

int Database::schemaVersion() const
{
    return d->schemaVersion;
}

void Database::setUserName(const QString &who)
{
    d->who = who;
}

void Database::setClock(std::function<QDateTime()> clock)
{
    d->clock = std::move(clock);
}

Status Database::Private::exec(QSqlQuery &q) const
{
    if (!q.exec())
        return error(q);
    return {};
}

Status Database::Private::exec(const QString &statement) const
{
    QSqlQuery q = query();
    if (!q.exec(statement))
        return error(q);
    return {};
}

QString Database::Private::actionName(const QString &action)
{
    static const QHash<QString, const char *> names = {
        {u"score.set"_s, QT_TRANSLATE_NOOP("Database", "a score entered")},
        {u"scores.import"_s, QT_TRANSLATE_NOOP("Database", "an import of scores")},
        {u"scores.restore"_s, QT_TRANSLATE_NOOP("Database", "an import undone or redone")},
        {u"criteria.replace"_s, QT_TRANSLATE_NOOP("Database", "a change of the criteria")},
        {u"bands.set"_s, QT_TRANSLATE_NOOP("Database", "a change of the classification thresholds")},
        {u"decision.texts"_s, QT_TRANSLATE_NOOP("Database", "a change of the decision's texts")},
        {u"unit.save"_s, QT_TRANSLATE_NOOP("Database", "a change of a unit")},
        {u"units.import"_s, QT_TRANSLATE_NOOP("Database", "an import of units")},
        {u"group.save"_s, QT_TRANSLATE_NOOP("Database", "a change of a group")},
        {u"roster.set"_s, QT_TRANSLATE_NOOP("Database", "a change of a period's units")},
        {u"period.add"_s, QT_TRANSLATE_NOOP("Database", "a new period")},
        {u"period.finalize"_s, QT_TRANSLATE_NOOP("Database", "the finalisation of a period")},
        {u"period.reopen"_s, QT_TRANSLATE_NOOP("Database", "the reopening of a period")},
        {u"period.status"_s, QT_TRANSLATE_NOOP("Database", "a change of a period's state")},
    };
    const char *name = names.value(action);
    return name ? QCoreApplication::translate("Database", name) : action;
}

Error Database::Private::conflict(const QString &what, const QStringList &entities, const QString &now) const
{
    QString placeholders;
    for (qsizetype i = 0; i < entities.size(); ++i)
        placeholders += i == 0 ? u"?"_s : u", ?"_s;
    QSqlQuery q = query();
    q.prepare(u"SELECT who, at, action FROM audit WHERE entity IN (%1) ORDER BY id DESC LIMIT 1"_s.arg(placeholders));
    for (const QString &entity : entities)
        q.addBindValue(entity);
    QString by;
    if (q.exec() && q.next()) {
        const QDateTime at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toLocalTime();
        by = Database::tr("by %1 on %2 (%3)")
                 .arg(q.value(0).toString(), at.toString(u"dd/MM/yyyy HH:mm"_s), actionName(q.value(2).toString()));
    } else {
        by = Database::tr("outside the program");
    }
    return Error {Error::Kind::Conflict,
        Database::tr("%1 was changed since %2; it is now %3. Nothing was written, so that change is kept.")
            .arg(what, by, now.isEmpty() ? Database::tr("empty") : now)};
}

Status Database::Private::requireWritable() const
{
    if (readOnly)
        return Error {
            Error::Kind::ReadOnly, Database::tr("%1 is open read-only: nothing was changed.").arg(nativePath(path))};
    if (!damage.isEmpty())
        return Error {Error::Kind::Corrupt,
            Database::tr("%1 is known to be damaged or changed outside the program, so nothing is written to it: %2")
                .arg(nativePath(path), damage)};
    return {};
}

Result<Period> Database::Private::periodById(qint64 periodId) const
{
    QSqlQuery q = query();
    q.prepare(u"SELECT id, year, group_code, status, decision_number, decision_date, seal FROM period WHERE id = ?"_s);
    q.addBindValue(periodId);
    if (!q.exec())
        return error(q);
    if (!q.next())
        return Error {Error::Kind::NotFound, Database::tr("The period no longer exists in %1.").arg(nativePath(path))};
    return periodFrom(q);
}

Result<Period> Database::Private::periodFrom(const QSqlQuery &q) const
{
    Period p;
    p.id = q.value(0).toLongLong();
    p.year = q.value(1).toInt();
    p.groupCode = q.value(2).toString();
    const auto status = periodStatusFromCode(q.value(3).toString());
    p.status = status.value_or(PeriodStatus::Draft);
    p.decisionNumber = q.value(4).toString();
    p.decisionDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    if (!status
        || seals::period(p.id, p.year, p.groupCode, q.value(3).toString(), p.decisionNumber, q.value(5).toString())
            != q.value(6).toString())
        return changedOutside(Database::tr("the %1 period of group %2").arg(QString::number(p.year), p.groupCode));
    return p;
}

QString Database::Private::periodLabel(const Period &p) const
{
    return u"%1/%2"_s.arg(p.year).arg(p.groupCode);
}

QString Database::Private::periodLabel(qint64 periodId) const
{
    QSqlQuery q = query();
    q.prepare(u"SELECT year, group_code FROM period WHERE id = ?"_s);
    q.addBindValue(periodId);
    if (q.exec() && q.next())
        return u"%1/%2"_s.arg(q.value(0).toString(), q.value(1).toString());
    return QString::number(periodId);
}

Status Database::Private::requireOpenPeriod(qint64 periodId) const
{
    const auto p = periodById(periodId);
    if (!p)
        return p.error();
    if (p->isFinal()) {
        return Error {Error::Kind::Final,
            Database::tr("The %1 ranking of group %2 is final (decision %3): it cannot be changed. Reopen "
                         "it with a reason to correct it.")
                .arg(QString::number(p->year), p->groupCode, p->decisionNumber)};
    }
    return {};
}

Status Database::Private::appendAudit(
    const QString &action, const QString &entity, const QString &oldValue, const QString &newValue)
{
    QSqlQuery head = query();
    if (!head.exec(
            u"SELECT hash, (SELECT value FROM meta WHERE key = 'audit_head') FROM audit ORDER BY id DESC LIMIT 1"_s))
        return error(head);
    const bool hasHead = head.next();
    const QString previous = hasHead ? head.value(0).toString() : QString();
    // A log whose newest rows were removed outside the program is not continued as if nothing had happened: the
    // next row would make the cut look whole.
    if (hasHead && head.value(1).toString() != previous)
        return changedOutside(Database::tr("the audit log"));
    const QString at = clock().toUTC().toString(Qt::ISODateWithMs);
    const QString hash = sql::chainHash({previous, at, who, action, entity, oldValue, newValue});
    QSqlQuery q = query();
    q.prepare(u"INSERT INTO audit (at, who, action, entity, old_value, new_value, prev_hash, hash) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QString &v : {at, who, action, entity, oldValue, newValue, previous, hash})
        q.addBindValue(v.isNull() ? u""_s : v); // a null QString would bind as SQL NULL
    if (!q.exec())
        return error(q);
    pendingAudit = q.lastInsertId().toLongLong();
    QSqlQuery meta = query();
    meta.prepare(u"INSERT INTO meta (key, value) VALUES ('audit_head', ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    meta.addBindValue(hash);
    return exec(meta);
}

Status Database::Private::writeWith(const QString &action, const std::function<Result<AuditText>()> &body, Keys keys)
{
    if (const Status s = requireWritable(); !s)
        return s;
    QSqlQuery q = query();
    // The pragma is a no-op inside a transaction: it is set before BEGIN and restored after the end, whatever
    // the outcome. It belongs to this connection only; other processes keep their own. Should the transaction
    // fail to end (a refused rollback), the restore does not take: it is tried again before the next write, and
    // a write that would run without its foreign keys is refused.
    const auto keysOn = [this] {
        QSqlQuery k = query();
        return k.exec(u"PRAGMA foreign_keys"_s) && k.next() && k.value(0).toInt() == 1;
    };
    if (keysLeftOff) {
        query().exec(u"PRAGMA foreign_keys = ON"_s);
        keysLeftOff = !keysOn();
        if (keysLeftOff && keys == Keys::Enforced)
            return Error {Error::Kind::Internal,
                Database::tr("%1 cannot check its references now; nothing was changed. Close the file and open it "
                             "again.")
                    .arg(nativePath(path))};
    }
    const bool keysOff = keys == Keys::CheckedByBody;
    if (keysOff && !q.exec(u"PRAGMA foreign_keys = OFF"_s))
        return error(q);
    const auto restoreKeys = qScopeGuard([&] {
        if (!keysOff)
            return;
        query().exec(u"PRAGMA foreign_keys = ON"_s);
        keysLeftOff = !keysOn();
    });
    if (!q.exec(u"BEGIN IMMEDIATE"_s))
        return error(q);
    pendingAudit = 0;
    const Result<AuditText> text = body();
    Status s = text ? appendAudit(action, text->entity, text->oldValue, text->newValue) : Status(noted(text.error()));
    if (s && !q.exec(u"COMMIT"_s))
        s = error(q);
    if (!s)
        query().exec(u"ROLLBACK"_s);
    else if (pendingAudit > 0)
        ownAudit.insert(pendingAudit); // only now: a rolled-back id may be taken by another program's row
    return s;
}

Status Database::Private::write(const QString &action, const QString &entity, const QString &oldValue,
    const QString &newValue, const std::function<Status()> &body)
{
    return writeWith(action, [&]() -> Result<AuditText> {
        if (const Status s = body(); !s)
            return s.error();
        return AuditText {entity, oldValue, newValue};
    });
}

Result<QString> Database::decisionTexts(qint64 periodId) const
{
    const sql::ReadSnapshot snapshot(d->db()); // what is verified is what is shown
    if (const Status s = d->verifyPart(periodId, Part::Texts); !s)
        return s.error();
    QSqlQuery q = d->query();
    q.prepare(u"SELECT content FROM decision_text WHERE period_id = ?"_s);
    q.addBindValue(periodId);
    if (!q.exec())
        return d->error(q);
    return q.next() ? q.value(0).toString() : QString();
}

Status Database::setDecisionTexts(qint64 periodId, const QString &json)
{
    return setDecisionTexts(QList<qint64> {periodId}, json);
}

Status Database::setDecisionTexts(
    const QList<qint64> &periodIds, const QString &json, const std::optional<QString> &expected)
{
    // One decision covers several periods (one per group): its texts change in all of them or in none.
    QStringList labels;
    QString old;
    for (qint64 periodId : periodIds) {
        const auto p = d->periodById(periodId);
        if (!p)
            return p.error();
        if (const Status s = d->requireOpenPeriod(periodId); !s)
            return s;
        labels.append(d->periodLabel(*p));
        if (old.isEmpty()) {
            const auto stored = decisionTexts(periodId);
            old = stored ? *stored : QString();
        }
    }
    return d->write(u"decision.texts"_s, labels.join(u", "_s), old, json, [&]() -> Status {
        if (expected && !periodIds.isEmpty()) {
            const auto now = decisionTexts(periodIds.first());
            if (!now)
                return now.error();
            if (*now != *expected)
                return d->conflict(tr("The texts of the decision"), labels, tr("different"));
        }
        QSqlQuery q = d->query();
        q.prepare(u"INSERT INTO decision_text (period_id, content, seal) VALUES (?, ?, ?) "
                  "ON CONFLICT(period_id) DO UPDATE SET content = excluded.content, seal = excluded.seal"_s);
        for (qint64 periodId : periodIds) {
            // Read again in the transaction: the period may have been finalised meanwhile, or its texts changed
            // outside the program (never sealed again).
            if (const Status s = d->requireOpenPeriod(periodId); !s)
                return s;
            if (const Status s = d->verifyPart(periodId, Part::Texts); !s)
                return s;
            q.addBindValue(periodId);
            q.addBindValue(json);
            q.addBindValue(seals::decisionText(periodId, json));
            if (const Status s = d->exec(q); !s)
                return s;
            if (const Status s = d->recount(periodId, Part::Texts); !s)
                return s;
        }
        return {};
    });
}

Result<QList<AuditEntry>> Database::auditLog(int limit) const
{
    QSqlQuery q = d->query();
    q.prepare(u"SELECT id, at, who, action, entity, old_value, new_value, hash FROM audit ORDER BY id DESC LIMIT ?"_s);
    q.addBindValue(limit);
    if (!q.exec())
        return d->error(q);
    return d->auditEntries(q);
}

Result<QList<AuditEntry>> Database::auditAfter(qint64 id) const
{
    QSqlQuery q = d->query();
    q.prepare(u"SELECT id, at, who, action, entity, old_value, new_value, hash FROM audit WHERE id > ? ORDER BY id"_s);
    q.addBindValue(id);
    if (!q.exec())
        return d->error(q);
    return d->auditEntries(q);
}

Result<QPair<qint64, QString>> Database::auditHead() const
{
    QSqlQuery q = d->query();
    if (!q.exec(u"SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1"_s))
        return d->error(q);
    if (!q.next())
        return QPair<qint64, QString>(0, QString());
    return QPair<qint64, QString>(q.value(0).toLongLong(), q.value(1).toString());
}

Result<QString> Database::auditHash(qint64 id) const
{
    QSqlQuery q = d->query();
    q.prepare(u"SELECT hash FROM audit WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return d->error(q);
    return q.next() ? q.value(0).toString() : QString();
}

Result<QString> Database::fileId() const
{
    QSqlQuery q = d->query();
    if (!q.exec(u"SELECT value FROM meta WHERE key = 'file_id'"_s))
        return d->error(q);
    return q.next() ? q.value(0).toString() : QString();
}

Result<qint64> Database::dataVersion() const
{
    QSqlQuery q = d->query();
    if (!q.exec(u"PRAGMA data_version"_s) || !q.next())
        return d->error(q);
    return q.value(0).toLongLong();
}

QList<AuditEntry> Database::Private::auditEntries(QSqlQuery &q) const
{
    QList<AuditEntry> list;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        list.append({id, QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
            q.value(7).toString(), ownAudit.contains(id)});
    }
    return list;
}

Status Database::refuseOwnFile(const QString &databasePath, const QString &path)
{
    // The same file under another name (a hard or symbolic link, "..", another spelling of the folder) is found by
    // its device and inode (OutputFile::sameFile).
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (OutputFile::sameFile(path, databasePath + suffix)) {
            return Error {Error::Kind::Usage,
                tr("%1 is the open database's own file: it is never read as an import nor written over. Choose another "
                   "file; nothing was changed.")
                    .arg(nativePath(path))};
        }
    }
    return {};
}

Status Database::backupTo(const QString &target) const
{
    if (const Status s = refuseOwnFile(d->path, target); !s)
        return s;
    // Through OutputFile: the same refusals as every output (a folder, a read-only file, a device), and the copy
    // takes the target's name only once it is whole and checked.
    return OutputFile::writeThrough(target, [&](const QString &temporary) -> Status {
        QSqlQuery q = d->query();
        q.prepare(u"VACUUM INTO ?"_s);
        q.addBindValue(temporary);
        if (!q.exec()) {
            if ((q.lastError().nativeErrorCode().toInt() & 0xff) == 13) // SQLITE_FULL
                return OutputFile::failure(target, ENOSPC);
            const Error e = sql::toError(q.lastError(), target);
            return Error {e.kind, tr("The backup to %1 failed: %2").arg(nativePath(target), e.message)};
        }
        {
            auto copy = open(temporary, Access::ReadOnly);
            if (!copy)
                return Error {
                    Error::Kind::Io, tr("The backup copy did not pass its check: %1").arg(copy.error().message)};
        }
        QFile::remove(temporary + u"-wal"_s);
        QFile::remove(temporary + u"-shm"_s);
        return {};
    });
}

} // namespace parindex
