#include "database.h"

#include "databaseprivate.h"
#include "linkstore.h"
#include "postgresengine.h"
#include "scenariostore.h"
#include "schema.h"
#include "serverrights.h"
#include "sqliteengine.h"
#include "storecopy.h"

#include "files/outputfile.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QScopeGuard>

#include <cerrno>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
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

// Each step in one write transaction of the engine: a failing step leaves the store as it was before that step (a
// server has transactional DDL as SQLite has). `finish` runs in the last step's transaction, before it commits.
Status migrate(Database::Private &p, int from, int to, const std::function<Status()> &finish = {})
{
    for (const schema::Migration &m : schema::migrations()) {
        if (m.toVersion <= from || m.toVersion > to)
            continue;
        if (const Status s = p.engine->beginWrite(); !s)
            return p.noted(s.error());
        Status step;
        QSqlQuery q = p.query();
        for (const QString &statement : m.statements) {
            if (!q.exec(p.engine->dialect(statement))) {
                step = p.error(q);
                break;
            }
        }
        if (step)
            step = p.engine->setSchemaVersion(m.toVersion);
        if (step && m.code)
            step = m.code(p);
        if (step && finish && m.toVersion == to)
            step = finish();
        if (!step) {
            const Error e = p.noted(step.error());
            p.engine->rollback();
            if (ServerAddress::isAddress(p.path))
                return Error {e.kind,
                    Database::tr("Upgrading %1 to version %2 failed; the store stays at version %3, as it was before "
                                 "that step. %4")
                        .arg(p.path)
                        .arg(m.toVersion)
                        .arg(p.schemaVersion)
                        .arg(e.message)};
            return Error {e.kind,
                Database::tr("Upgrading %1 to version %2 failed; the file was left as it was. %3")
                    .arg(nativePath(p.path))
                    .arg(m.toVersion)
                    .arg(e.message)};
        }
        if (const Status s = p.engine->commit(); !s) {
            const Error e = p.noted(s.error());
            p.engine->rollback();
            return e;
        }
        p.schemaVersion = m.toVersion;
    }
    return {};
}
} // namespace

Database::Private::Private(std::unique_ptr<StorageEngine> storage)
    : engine(std::move(storage)),
      path(engine->location()),
      schemaVersion(engine->storedSchemaVersion()),
      who(engine->login().isEmpty() ? defaultUser() : engine->login()),
      clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

Database::Database(std::unique_ptr<Private> p) : d(std::move(p))
{
    d->owner = this;
}

Database::~Database()
{
    // Query-planner statistics (they commit): only after this connection wrote. A program that only read leaves the
    // file as it found it; a window watching the file would see a commit no audit row explains.
    if (!d->engine->isReadOnly() && !d->ownAudit.isEmpty())
        d->engine->analyse();
}

Result<std::unique_ptr<Database>> Database::Private::create(std::unique_ptr<StorageEngine> engine, int schemaVersion)
{
    std::unique_ptr<Database> db(new Database(std::make_unique<Private>(std::move(engine))));
    if (const Status s = migrate(*db->d, 0, schemaVersion); !s)
        return s.error();
    return db;
}

Result<std::unique_ptr<Database>> Database::create(const QString &path, int schemaVersion)
{
    if (ServerAddress::isAddress(path)) {
        const auto address = ServerAddress::parse(path);
        if (!address)
            return Error {Error::Kind::Usage, address.error().message};
        auto server = PostgresEngine::create(*address);
        if (!server)
            return server.error();
        const QString where = (*server)->location();
        auto db = Private::create(std::move(server).value(), schemaVersion);
        // The server's guards from the start: no write into a final period, an append-only audit log.
        Status made = db ? Status() : Status(db.error());
        if (made && schemaVersion == SchemaVersion)
            made = serverrights::installNow(Private::of(**db));
        if (!made)
            return Error {made.error().kind,
                tr("%1 The tables made so far stay in the database %2: drop them before trying again.")
                    .arg(made.error().message, where)};
        return db;
    }
    auto engine = SqliteEngine::create(path);
    if (!engine)
        return engine.error();
    auto db = Private::create(std::move(engine).value(), schemaVersion);
    if (!db)
        QFile::remove(path); // closed already
    return db;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Access access, Verify verify)
{
    if (ServerAddress::isAddress(path)) {
        const auto address = ServerAddress::parse(path);
        if (!address)
            return Error {Error::Kind::Usage, address.error().message};
        // PostgresEngine::open refuses a store of another version: an older one is upgraded explicitly (upgrade()).
        auto server = PostgresEngine::open(*address, access);
        if (!server)
            return server.error();
        return std::unique_ptr<Database>(new Database(std::make_unique<Private>(std::move(server).value())));
    }
    return openFile(path, access, verify, nullptr);
}

Result<std::unique_ptr<Database>> Database::openFile(
    const QString &path, Access access, Verify verify, Upgraded *upgraded)
{
    auto engine = SqliteEngine::open(path, access, verify);
    if (!engine)
        return engine.error();
    std::unique_ptr<Database> db(new Database(std::make_unique<Private>(std::move(engine).value())));
    const int version = db->d->schemaVersion;
    if (upgraded)
        *upgraded = Upgraded {version, version, QString()};
    if (version < SchemaVersion) {
        // Through OutputFile as every output: a read-only copy of an earlier attempt is not replaced.
        const QString backup = u"%1.v%2.bak"_s.arg(path).arg(version);
        const Status saved = OutputFile::writeThrough(backup, [&](const QString &temporary) -> Status {
            const QSqlError failed = db->d->engine->copyTo(temporary);
            if (!failed.isValid())
                return {};
            if (db->d->engine->isDiskFull(failed))
                return OutputFile::failure(backup, ENOSPC);
            return Error {Error::Kind::Io, failed.text()};
        });
        if (!saved)
            return Error {saved.error().kind,
                tr("Before upgrading %1, a backup copy %2 could not be made: %3")
                    .arg(nativePath(path), nativePath(backup), saved.error().message)};
        if (const Status s = migrate(*db->d, version, SchemaVersion); !s)
            return s.error();
        if (upgraded)
            *upgraded = Upgraded {version, SchemaVersion, backup};
    }
    return db;
}

Result<Database::Upgraded> Database::upgrade(const QString &path)
{
    if (!ServerAddress::isAddress(path)) {
        // A file: what opening it to write does (a backup copy "<file>.v<N>.bak", then every step).
        Upgraded done;
        auto db = openFile(path, Access::ReadWrite, Verify::Auto, &done);
        if (!db)
            return db.error();
        return done;
    }
    const auto address = ServerAddress::parse(path);
    if (!address)
        return Error {Error::Kind::Usage, address.error().message};
    auto server = PostgresEngine::open(*address, Access::ReadWrite, true); // refuses a newer store
    if (!server)
        return server.error();
    std::unique_ptr<Database> db(new Database(std::make_unique<Private>(std::move(server).value())));
    Private &p = *db->d;
    const int found = p.schemaVersion;
    if (found >= SchemaVersion)
        return Upgraded {found, found, QString()}; // current: nothing written
    if (const Status s = serverrights::takeOwnersPart(p, found); !s)
        return s.error();
    if (p.engine->isReadOnly())
        return Error {Error::Kind::ReadOnly,
            tr("The login %1 may only read %2, so it cannot upgrade it. Nothing was changed.")
                .arg(p.engine->login(), p.path)};
    // Each step in a transaction of its own; the last one also puts the server's guards and grants back (a table made
    // again has neither) and writes the audit entry, so that the store never stands at the new version without them.
    const Status s = migrate(p, found, SchemaVersion, [&]() -> Status {
        if (const Status r = serverrights::reinstall(p); !r)
            return r;
        p.pendingAudit = 0;
        return p.audit.append(
            u"store.upgrade"_s, u"store"_s, u"schema %1"_s.arg(found), u"schema %1"_s.arg(SchemaVersion));
    });
    if (!s)
        return s.error();
    if (p.pendingAudit > 0)
        p.ownAudit.insert(p.pendingAudit);
    return Upgraded {found, SchemaVersion, QString()};
}

QString Database::readOnlyReason(const QString &path)
{
    if (ServerAddress::isAddress(path))
        return tr("the server lets this login only read it");
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
    return d->engine->isReadOnly();
}

QString Database::journalMode() const
{
    return d->engine->journalMode();
}

int Database::schemaVersion() const
{
    return d->schemaVersion;
}

void Database::setUserName(const QString &who)
{
    // On a server the audit log names the login, which the server checks (serverrights.cpp).
    if (d->engine->login().isEmpty())
        d->who = who;
}

Result<Rights> Database::rights() const
{
    return serverrights::rightsOf(*d);
}

Result<QList<Member>> Database::members() const
{
    return serverrights::members(*d);
}

Status Database::addMember(const Member &member, const QString &password)
{
    return serverrights::addMember(*d, member, password);
}

Status Database::removeMember(const QString &login)
{
    return serverrights::removeMember(*d, login);
}

void Database::setClock(std::function<QDateTime()> clock)
{
    d->clock = std::move(clock);
}

Result<qint64> Database::dataVersion() const
{
    return d->engine->dataVersion();
}

bool Database::watchChanges(QObject *context, std::function<void()> changed)
{
    return d->engine->watchChanges(context, std::move(changed));
}

// The method lives in the parts (units, periods, criteria, scores, audit); these are its entry points.
Result<QList<UnitGroup>> Database::groups() const
{
    return d->units.groups();
}

Status Database::saveGroup(const UnitGroup &group, const std::optional<UnitGroup> &expected)
{
    return d->units.saveGroup(group, expected);
}

Result<QList<Unit>> Database::units(const QString &groupCode) const
{
    return d->units.units(groupCode);
}

Result<Unit> Database::unit(const QString &code) const
{
    return d->units.unit(code);
}

Status Database::saveUnit(const Unit &unit, const std::optional<Unit> &expected, Leaving leaving)
{
    return d->units.saveUnit(unit, expected, leaving);
}

Status Database::importUnits(
    const QList<Unit> &units, const std::optional<Unit> &expected, Leaving leaving, const QList<UnitGroup> &newGroups)
{
    return d->units.importUnits(units, expected, leaving, newGroups);
}

Result<QList<Period>> Database::periods(const QString &groupCode) const
{
    return d->periods.periods(groupCode);
}

Result<Period> Database::period(int year, const QString &groupCode) const
{
    return d->periods.period(year, groupCode);
}

Result<QList<LineageLink>> Database::lineage() const
{
    return links::lineage(*d);
}

Status Database::setLineage(const QList<LineageLink> &links, const std::optional<QList<LineageLink>> &expected)
{
    return links::setLineage(*d, links, expected);
}

Result<CriteriaMap> Database::criteriaMap(qint64 periodId) const
{
    return links::criteriaMap(*d, periodId);
}

Status Database::setCriteriaMap(
    qint64 periodId, const QList<CriterionLink> &links, const std::optional<QList<CriterionLink>> &expected)
{
    return links::setCriteriaMap(*d, periodId, links, expected);
}

Result<QList<SavedScenario>> Database::scenarios(qint64 periodId) const
{
    return ::parindex::scenarios::list(*d, periodId);
}

Status Database::saveScenario(qint64 periodId, const SavedScenario &scenario, const std::optional<QString> &replacing)
{
    return ::parindex::scenarios::save(*d, periodId, scenario, replacing);
}

QString Database::scenarioNameProblem(const QString &name)
{
    return ::parindex::scenarios::nameProblem(name);
}

Status Database::deleteScenario(qint64 periodId, const QString &name, const std::optional<QString> &expected)
{
    return ::parindex::scenarios::remove(*d, periodId, name, expected);
}

Result<Period> Database::addPeriod(int year, const QString &groupCode, std::optional<int> copyFromYear)
{
    return d->periods.addPeriod(year, groupCode, copyFromYear);
}

Status Database::finalize(qint64 periodId, const QString &decisionNumber, const QDate &decisionDate,
    const std::function<Result<QJsonObject>(const Database &)> &publish, const QStringList &overridden)
{
    return d->periods.finalize(periodId, decisionNumber, decisionDate, publish, overridden);
}

Status Database::publishFinal(qint64 periodId, const std::function<Result<QJsonObject>(const Database &)> &publish)
{
    return d->periods.publishFinal(periodId, publish);
}

Result<std::optional<PublishedRecord>> Database::published(qint64 periodId) const
{
    return d->periods.published(periodId);
}

Result<QList<PublishedRecord>> Database::publishedVersions(qint64 periodId) const
{
    return d->periods.publishedVersions(periodId);
}

Status Database::setPeriodStatus(qint64 periodId, PeriodStatus status, const QString &decisionNumber,
    const QDate &decisionDate, const QString &reason)
{
    return d->periods.setPeriodStatus(periodId, status, decisionNumber, decisionDate, reason);
}

Result<QList<Unit>> Database::periodUnits(qint64 periodId) const
{
    return d->units.periodUnits(periodId);
}

Status Database::setRoster(qint64 periodId, const QList<Unit> &roster)
{
    return d->units.setRoster(periodId, roster);
}

Result<CriteriaTree> Database::criteria(qint64 periodId) const
{
    return d->criteria.criteria(periodId);
}

Status Database::replaceCriteria(qint64 periodId, const CriteriaTree &tree)
{
    return d->criteria.replaceCriteria(periodId, tree, CriteriaWrite());
}

Status Database::replaceCriteria(qint64 periodId, const CriteriaTree &tree, const QHash<QString, QString> &renamedCodes,
    const std::optional<CriteriaTree> &expected)
{
    CriteriaWrite write;
    write.renamedCodes = renamedCodes;
    write.expected = expected;
    return d->criteria.replaceCriteria(periodId, tree, write);
}

Status Database::replaceCriteria(qint64 periodId, const CriteriaTree &tree, const CriteriaWrite &write)
{
    return d->criteria.replaceCriteria(periodId, tree, write);
}

Result<ClassBands> Database::bands(qint64 periodId) const
{
    return d->criteria.bands(periodId);
}

Status Database::setBands(qint64 periodId, const ClassBands &bands, const std::optional<ClassBands> &expected)
{
    return d->criteria.setBands(periodId, bands, expected);
}

Result<QHash<QString, ScoreSheet>> Database::scoreSheets(qint64 periodId) const
{
    return d->scores.scoreSheets(periodId);
}

Result<ScoreGrid> Database::scoreGrid(
    qint64 periodId, const QStringList &unitCodes, const QStringList &criterionCodes) const
{
    return d->scores.scoreGrid(periodId, unitCodes, criterionCodes);
}

Result<ScoreSheet> Database::scoreSheet(qint64 periodId, const QString &unitCode) const
{
    return d->scores.scoreSheet(periodId, unitCode);
}

Status Database::setScore(qint64 periodId, const QString &unitCode, const QString &criterionCode,
    const ScoreEntry &entry, const std::optional<ScoreEntry> &expected)
{
    return d->scores.setScore(periodId, unitCode, criterionCode, entry, expected);
}

Status Database::importScores(qint64 periodId, const QList<ScoreRow> &rows)
{
    return d->scores.importScores(periodId, rows);
}

Status Database::restoreScores(
    qint64 periodId, const QList<ScoreCell> &cells, const std::optional<QList<ScoreCell>> &expected)
{
    return d->scores.restoreScores(periodId, cells, expected);
}

Result<QList<Explanation>> Database::explanations(qint64 periodId, const QString &unitCode) const
{
    return d->scores.explanations(periodId, unitCode);
}

Result<Explanation> Database::addExplanation(qint64 periodId, const Explanation &explanation)
{
    return d->scores.addExplanation(periodId, explanation);
}

Status Database::decideExplanation(qint64 periodId, qint64 id, const QDate &decided, const QString &conclusion,
    const std::optional<Explanation> &expected)
{
    return d->scores.decideExplanation(periodId, id, decided, conclusion, expected);
}

Status Database::removeExplanation(qint64 periodId, qint64 id, const std::optional<Explanation> &expected)
{
    return d->scores.removeExplanation(periodId, id, expected);
}

Result<QList<Evidence>> Database::evidence(qint64 periodId, const QString &unitCode) const
{
    return d->evidence.list(periodId, unitCode);
}

Result<QByteArray> Database::evidenceContent(qint64 periodId, qint64 id) const
{
    return d->evidence.content(periodId, id);
}

Result<Evidence> Database::addEvidence(qint64 periodId, const Evidence &evidence, const QByteArray &content)
{
    return d->evidence.add(periodId, evidence, content);
}

Status Database::removeEvidence(qint64 periodId, qint64 id, const std::optional<Evidence> &expected)
{
    return d->evidence.remove(periodId, id, expected);
}

Result<QString> Database::decisionTexts(qint64 periodId) const
{
    return d->periods.decisionTexts(periodId);
}

Status Database::setDecisionTexts(qint64 periodId, const QString &json)
{
    return d->periods.setDecisionTexts(QList<qint64> {periodId}, json, std::nullopt);
}

Status Database::setDecisionTexts(
    const QList<qint64> &periodIds, const QString &json, const std::optional<QString> &expected)
{
    return d->periods.setDecisionTexts(periodIds, json, expected);
}

Result<QList<AuditEntry>> Database::auditLog(int limit) const
{
    return d->audit.auditLog(limit);
}

Result<QPair<qint64, QString>> Database::auditHead() const
{
    return d->audit.auditHead();
}

Result<QString> Database::auditHash(qint64 id) const
{
    return d->audit.auditHash(id);
}

Result<QString> Database::fileId() const
{
    return d->audit.fileId();
}

Result<QList<AuditEntry>> Database::auditAfter(qint64 id) const
{
    return d->audit.auditAfter(id);
}

CheckReport Database::check() const
{
    return d->audit.check();
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
    // A server's store is copied row by row into a new file (StoreCopy), checked as `check` does before it is kept.
    if (ServerAddress::isAddress(d->path)) {
        const auto copied = StoreCopy::copy(
            *this, target, [](const Database &copy) { return copy.check(); }, OutputFile::Existing::Replace);
        if (!copied)
            return copied.error();
        return {};
    }
    if (const Status s = refuseOwnFile(d->path, target); !s)
        return s;
    // Through OutputFile: the same refusals as every output (a folder, a read-only file, a device), and the copy
    // takes the target's name only once it is whole and checked.
    return OutputFile::writeThrough(target, [&](const QString &temporary) -> Status {
        // SQLite's own files beside the copy go with it, whatever the outcome: a copy that failed half-way (a full
        // disk) leaves the rollback journal it was writing, which OutputFile does not know of.
        const auto sideFiles = qScopeGuard([&temporary] {
            for (const char *suffix : {"-journal", "-wal", "-shm"})
                QFile::remove(temporary + QLatin1StringView(suffix));
        });
        if (const QSqlError failed = d->engine->copyTo(temporary); failed.isValid()) {
            if (d->engine->isDiskFull(failed))
                return OutputFile::failure(target, ENOSPC);
            const Error e = d->engine->error(failed, target);
            return Error {e.kind, tr("The backup to %1 failed: %2").arg(nativePath(target), e.message)};
        }
        {
            auto copy = open(temporary, Access::ReadOnly);
            if (!copy)
                return Error {
                    Error::Kind::Io, tr("The backup copy did not pass its check: %1").arg(copy.error().message)};
        }
        return {};
    });
}

} // namespace parindex
