#include "deskdocument.h"

#include "changenotice.h"
#include "demo/demoprovince.h"
#include "desk/auditanchors.h"
#include "desk/filetransfer.h"
#include "desk/publication.h"
#include "render/decision/decisionreadiness.h"
#include "storage/serveraddress.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QScopedValueRollback>
#include <QtCore/QSet>
#include <QtCore/QThread>
#include <QtCore/QTimer>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
constexpr int PollIntervalMs = 1000;
// Beyond this many cells of one period written elsewhere at once, the period's sheets are read again as a whole.
constexpr qsizetype CellsReloadedOneByOne = 64;
// From this many cells of a period on, its ranking is read on a worker (DeskDocument::rankingIfRead).
qsizetype backgroundReadingFrom = 20000;

// The lock beside the file; null when another window holds it (`heldElsewhere`) or it cannot be made.
std::unique_ptr<QLockFile> takeLock(const QString &path, QString *reason, bool *heldElsewhere)
{
    auto lock = std::make_unique<QLockFile>(path + u".lock"_s);
    lock->setStaleLockTime(0); // a lock of a dead process is stale at once (QLockFile checks the pid)
    if (lock->tryLock(0))
        return lock;
    qint64 pid = 0;
    QString host;
    QString application;
    *heldElsewhere = lock->error() == QLockFile::LockFailedError;
    if (*heldElsewhere && lock->getLockInfo(&pid, &host, &application))
        *reason = DeskDocument::tr("The file is open in another window (%1, process %2): it opens read-only here.")
                      .arg(host)
                      .arg(pid);
    else
        *reason = DeskDocument::tr("The lock beside the file cannot be created: it opens read-only.");
    return nullptr;
}

// "2023/HUYEN" -> the year and the group code.
std::pair<int, QString> periodKey(const QString &label)
{
    return {label.section(u'/', 0, 0).toInt(), label.section(u'/', 1, 1)};
}
} // namespace

// Marks a write of this document under way: no reload of others' writes runs in the middle of it.
class DeskDocument::Writing
{
public:
    explicit Writing(DeskDocument *document) : m_document(document) { ++m_document->m_writing; }
    ~Writing() { --m_document->m_writing; }
    Writing(const Writing &) = delete;
    Writing &operator=(const Writing &) = delete;

private:
    DeskDocument *m_document;
};

DeskDocument::DeskDocument(std::unique_ptr<Database> db, std::unique_ptr<QLockFile> lock, QString readOnlyReason)
    : m_db(std::move(db)),
      m_lock(std::move(lock)),
      m_readOnlyReason(std::move(readOnlyReason)),
      m_undo(new QUndoStack(this)),
      m_reader(new LiveRankingReader(this)),
      m_poll(new QTimer(this))
{
    connect(m_reader, &LiveRankingReader::finished, this, &DeskDocument::rankingArrived);
    // The ranking is shown as soon as it is scored, while the worker still reads the sheets (an edit meanwhile
    // hides it again until the whole reading, which has the edit, arrives).
    connect(m_reader, &LiveRankingReader::previewed, this, [this](qint64 periodId) { emit rankingRead(periodId); });
    if (const auto version = m_db->dataVersion())
        m_dataVersion = *version;
    if (const auto last = m_db->auditLog(1); last && !last->isEmpty())
        m_auditSeen = last->first().id;
    m_poll->setInterval(PollIntervalMs);
    connect(m_poll, &QTimer::timeout, this, &DeskDocument::checkForChanges);
    m_poll->start();
    // A server says when another member wrote (LISTEN/NOTIFY): read at once rather than at the next look.
    m_db->watchChanges(this, [this] { checkForChanges(); });
}

DeskDocument::~DeskDocument()
{
    delete m_reader; // stops and waits for its worker before anything it could post to is gone
    m_reader = nullptr;
    // What this window leaves the audit log as, kept outside the file; not after a warning the person did not act on.
    if (m_db && (m_wrote || !m_anchorProblem)) {
        if (const auto unrecorded = AuditAnchors::remember(*m_db))
            qWarning("%s", qPrintable(*unrecorded)); // the window is closing: the log is what is left to tell
    }
    m_db.reset(); // the file is closed before its lock is let go: the next window finds it at rest
}

Result<std::unique_ptr<DeskDocument>> DeskDocument::open(const QString &path)
{
    QString reason;
    bool heldElsewhere = false;
    // A server store is shared by design: no lock beside it; the server serialises writers and enforces rights.
    const bool server = ServerAddress::isAddress(path);
    auto lock = server ? nullptr : takeLock(path, &reason, &heldElsewhere);
    auto db = Database::open(path, lock || server ? Database::Access::ReadWrite : Database::Access::ReadOnly);
    if (!db)
        return db.error();
    const auto rights = (*db)->rights();
    if (!rights)
        return rights.error();
    // A file last written by an older version: its final periods keep what they show now, before any change.
    if (!(*db)->isReadOnly()) {
        if (const Status s = Publication::keepOlderFinals(**db); !s)
            return s.error();
    }
    // The file's own reason first (a read-only folder also refuses the lock beside the file).
    if (server && (*db)->isReadOnly())
        reason = tr("This store opens read-only: %1.").arg(Database::readOnlyReason(path));
    else if (const QString why = server ? QString() : Database::readOnlyReason(path); !why.isEmpty())
        reason = tr("This file opens read-only: %1.").arg(why);
    std::unique_ptr<DeskDocument> document(new DeskDocument(std::move(db).value(), std::move(lock), reason));
    document->m_rights = *rights;
    document->m_lockedByOther = heldElsewhere;
    document->m_anchorProblem = AuditAnchors::problem(*document->m_db);
    return document;
}

Result<std::unique_ptr<DeskDocument>> DeskDocument::create(const QString &path, bool demo)
{
    if (demo) {
        if (const Status s = DemoProvince::createFile(path); !s)
            return s.error();
    } else if (auto db = Database::create(path); !db) {
        return db.error();
    }
    return open(path);
}

QString DeskDocument::path() const
{
    return m_db->path();
}

bool DeskDocument::isReadOnly() const
{
    return !m_readOnlyReason.isEmpty() || m_db->isReadOnly();
}

QString DeskDocument::readOnlyReason() const
{
    return m_readOnlyReason;
}

QString DeskDocument::structureLockedReason() const
{
    if (isReadOnly())
        return m_readOnlyReason;
    return tr("Only the council's secretary changes criteria, bands, units, periods and the decision's texts. This "
              "login: %1.")
        .arg(m_rights.description());
}

template<typename T> Result<T> DeskDocument::checked(Result<T> read) const
{
    if (!read)
        emit readFailed(tr("Not read from the file: %1").arg(read.error().text()));
    return read;
}

Result<QList<UnitGroup>> DeskDocument::groups() const
{
    return checked(m_db->groups());
}

Result<QList<Period>> DeskDocument::periods(const QString &groupCode) const
{
    return checked(m_db->periods(groupCode));
}

Result<std::optional<Period>> DeskDocument::period(int year, const QString &groupCode) const
{
    auto r = m_db->period(year, groupCode);
    if (!r && r.error().kind == Error::Kind::NotFound)
        return std::optional<Period>();
    if (!r)
        return checked(Result<std::optional<Period>>(r.error()));
    return std::optional<Period>(std::move(r).value());
}

Result<std::optional<Period>> DeskDocument::periodById(qint64 periodId) const
{
    const auto all = periods({});
    if (!all)
        return all.error();
    for (const Period &p : *all) {
        if (p.id == periodId)
            return std::optional<Period>(p);
    }
    return std::optional<Period>();
}

Result<QList<Unit>> DeskDocument::units(const QString &groupCode) const
{
    return checked(m_db->units(groupCode));
}

Result<QList<Unit>> DeskDocument::periodUnits(qint64 periodId) const
{
    return checked(m_db->periodUnits(periodId));
}

Result<CriteriaTree> DeskDocument::criteria(qint64 periodId) const
{
    return checked(m_db->criteria(periodId));
}

Result<ClassBands> DeskDocument::bands(qint64 periodId) const
{
    return checked(m_db->bands(periodId));
}

Result<CriteriaMap> DeskDocument::criteriaMap(qint64 periodId) const
{
    return checked(m_db->criteriaMap(periodId));
}

Result<QList<LineageLink>> DeskDocument::lineage() const
{
    return checked(m_db->lineage());
}

Result<const LiveRanking *> DeskDocument::live(qint64 periodId) const
{
    if (m_live && m_live->periodId() == periodId)
        return &*m_live;
    // Asked for now (a decision, a chart, a print): the reading under way is waited for rather than done twice.
    if (m_reader->periodId() == periodId) {
        auto read = m_reader->wait();
        const auto kept = adopt(periodId, std::move(*read));
        // The Ranking tab waits for the news.
        QMetaObject::invokeMethod(
            const_cast<DeskDocument *>(this), [this, periodId] { emit rankingRead(periodId); }, Qt::QueuedConnection);
        return kept;
    }
    // Another period being read goes on (it is kept when it arrives: the one the Ranking tab asked for last).
    m_live.reset();
    if (m_liveFailure && m_liveFailure->first == periodId)
        m_liveFailure.reset();
    const auto p = periodById(periodId);
    if (!p)
        return p.error();
    if (!*p)
        return Error {Error::Kind::NotFound, tr("The period no longer exists.")};
    auto loaded = LiveRanking::load(*m_db, **p);
    if (!loaded)
        return checked(Result<const LiveRanking *>(loaded.error()));
    m_live = std::move(loaded).value();
    return &*m_live;
}

Result<const LiveRanking *> DeskDocument::adopt(qint64 periodId, Result<LiveRanking> read) const
{
    const QSet<QString> edited = std::exchange(m_editedWhileRead, {});
    m_live.reset();
    m_liveFailure.reset();
    if (read) {
        m_live = std::move(read).value();
        // The worker's snapshot may predate these edits: each edited sheet is read again here.
        for (const QString &unitCode : edited) {
            if (const Status s = m_live->updateUnit(*m_db, unitCode); !s) {
                m_live.reset();
                read = Result<LiveRanking>(s.error());
                break;
            }
        }
    }
    if (!m_live) {
        m_liveFailure = std::pair(periodId, read.error());
        if (read.error().kind == Error::Kind::Cancelled)
            return read.error();
        return checked(Result<const LiveRanking *>(read.error()));
    }
    return &*m_live;
}

void DeskDocument::rankingArrived(qint64 periodId)
{
    if (auto read = m_reader->take())
        static_cast<void>(adopt(periodId, std::move(*read))); // a failure is kept and shown by the tab
    emit rankingRead(periodId);
}

Result<const RankingTable *> DeskDocument::rankingIfRead(qint64 periodId) const
{
    if (m_live && m_live->periodId() == periodId)
        return &m_live->table();
    if (m_liveFailure && m_liveFailure->first == periodId)
        return m_liveFailure->second;
    if (m_reader->periodId() == periodId) {
        // Scored and not yet kept: shown unless this window edited the period since the reading began (the
        // ranking that arrives has the edit; this one may not).
        if (const RankingTable *scored = m_reader->preview(); scored && m_editedWhileRead.isEmpty())
            return scored;
        return nullptr;
    }
    const auto p = periodById(periodId);
    if (!p)
        return p.error();
    if (!*p)
        return Error {Error::Kind::NotFound, tr("The period no longer exists.")};
    // A small period is read at once: a thread and a "Reading…" flash would take longer than the reading.
    if (backgroundReadingFrom > 0) {
        const auto units = m_db->periodUnits(periodId);
        const auto tree = m_db->criteria(periodId);
        if (!units || !tree || units->size() * tree->leaves().size() < backgroundReadingFrom) {
            const auto l = live(periodId);
            if (!l)
                return l.error();
            return &(*l)->table();
        }
    }
    m_live.reset(); // one period is kept: the one last asked for
    m_liveFailure.reset();
    m_editedWhileRead.clear();
    m_reader->start(m_db->path(), **p);
    return nullptr;
}

void DeskDocument::setBackgroundReadingFrom(qsizetype cells)
{
    backgroundReadingFrom = cells;
}

void DeskDocument::cancelRankingRead()
{
    const qint64 periodId = m_reader->periodId();
    if (periodId == 0)
        return;
    m_reader->cancel();
    m_editedWhileRead.clear();
    m_liveFailure = std::pair(periodId, Error {Error::Kind::Cancelled, tr("Reading the ranking was stopped.")});
    emit rankingRead(periodId);
}

void DeskDocument::readRankingAgain(qint64 periodId)
{
    if (m_liveFailure && m_liveFailure->first == periodId)
        m_liveFailure.reset();
}

void DeskDocument::dropLive()
{
    m_live.reset();
    m_liveFailure.reset(); // something changed: the next look reads again
    const qint64 reading = m_reader->periodId();
    if (reading == 0)
        return;
    // What the worker read may be the file before this change: it reads again from the start.
    m_editedWhileRead.clear();
    const auto p = periodById(reading);
    if (p && *p) {
        m_reader->start(m_db->path(), **p);
        return;
    }
    m_reader->cancel();
    m_liveFailure
        = std::pair(reading, p ? Error {Error::Kind::NotFound, tr("The period no longer exists.")} : p.error());
    QMetaObject::invokeMethod(
        this, [this, reading] { emit rankingRead(reading); }, Qt::QueuedConnection);
}

Result<QHash<QString, ScoreSheet>> DeskDocument::scoreSheets(qint64 periodId) const
{
    // The kept ranking holds the sheets; when it cannot be loaded (its bands, last year's ranking), the sheets
    // are read on their own: what they hold does not depend on the rest.
    if (const auto l = live(periodId))
        return (*l)->input().sheets;
    return checked(m_db->scoreSheets(periodId));
}

Result<ScoreSheet> DeskDocument::scoreSheet(qint64 periodId, const QString &unitCode) const
{
    if (m_live && m_live->periodId() == periodId && m_live->input().sheets.contains(unitCode))
        return m_live->input().sheets.value(unitCode);
    auto r = checked(m_db->scoreSheet(periodId, unitCode));
    if (r)
        r->unitCode = unitCode;
    return r;
}

Result<ScoreEntry> DeskDocument::storedEntry(
    qint64 periodId, const QString &unitCode, const QString &criterionCode) const
{
    const auto r = checked(m_db->scoreSheet(periodId, unitCode));
    if (!r)
        return r.error();
    return r->entry(criterionCode);
}

Result<QHash<QString, ScoreSheet>> DeskDocument::storedScoreSheets(qint64 periodId) const
{
    return checked(m_db->scoreSheets(periodId));
}

QString DeskDocument::unitName(qint64 periodId, const QString &unitCode) const
{
    if (m_live && m_live->periodId() == periodId) {
        if (const UnitResult *r = m_live->table().find(unitCode); r && !r->unitName.isEmpty())
            return r->unitName;
    }
    if (const auto units = m_db->periodUnits(periodId)) {
        for (const Unit &u : *units) {
            if (u.code == unitCode)
                return u.name;
        }
    }
    return unitCode;
}

QString DeskDocument::groupName(const QString &groupCode) const
{
    if (const auto groups = m_db->groups()) {
        for (const UnitGroup &g : *groups) {
            if (g.code == groupCode && !g.name.isEmpty())
                return g.name;
        }
    }
    return groupCode;
}

Result<RankingTable> DeskDocument::ranking(qint64 periodId) const
{
    const auto l = live(periodId);
    if (!l)
        return l.error(); // never an empty ranking
    return (*l)->table();
}

Result<GroupHistory> DeskDocument::groupHistory(const QString &groupCode) const
{
    return checked(TrendTables::groupHistory(*m_db, groupCode));
}

Result<GroupSummary> DeskDocument::rankingSummary(int year, const QString &groupCode, const QString &unitCode) const
{
    auto all = checked(RankingSummary::load(*m_db, year, groupCode, unitCode));
    if (!all)
        return all.error();
    return all->first(); // one group asked for: one summary
}

Result<DecisionDocument> DeskDocument::decision(const DecisionRequest &request) const
{
    // The period the window ranks is taken as it is kept (its sheets are not read and ranked again).
    return checked(DecisionSource::load(*m_db, request, [this](qint64 periodId) -> const LiveRanking * {
        return m_live && m_live->periodId() == periodId ? &*m_live : nullptr;
    }));
}

Result<DecisionTexts> DeskDocument::decisionTexts(int year, const QString &groupCode) const
{
    return checked(DecisionSource::loadTexts(*m_db, year, groupCode));
}

Result<QStringList> DeskDocument::problemsBeforeFinalising(
    int year, const QString &groupCode, const QString &number, const QDate &date) const
{
    return checked(DecisionReadiness::beforeFinalising(*m_db, year, groupCode, number, date));
}

DeskDocument::UndoStep::UndoStep(DeskDocument *document, const QUndoCommand *command, Direction direction)
    : m_document(document)
{
    m_document->m_stepName = command->text();
    m_document->m_stepDirection = direction;
}

DeskDocument::UndoStep::~UndoStep()
{
    m_document->m_stepName.clear();
}

Status DeskDocument::report(const Status &status)
{
    if (!status) {
        if (m_stepName.isEmpty())
            emit writeFailed(status.error().text());
        else if (m_stepDirection == UndoStep::Undo)
            emit writeFailed(tr("Undo of “%1” not done: %2").arg(m_stepName, status.error().text()));
        else
            emit writeFailed(tr("Redo of “%1” not done: %2").arg(m_stepName, status.error().text()));
        // Someone else changed what was to be written: show what the file holds now, without waiting.
        if (status.error().kind == Error::Kind::Conflict)
            QTimer::singleShot(0, this, &DeskDocument::checkForChanges);
        return status;
    }
    m_wrote = true;
    // This document's own rows need no reload; another program's rows written before them still do.
    if (const auto rows = m_db->auditAfter(m_auditSeen)) {
        for (const AuditEntry &row : *rows) {
            if (!row.own)
                break;
            m_auditSeen = row.id;
        }
    }
    return status;
}

void DeskDocument::followUnit(qint64 periodId, const QString &unitCode)
{
    // The kept ranking follows the edit; another period's edit may change its "last year" ranks.
    if (const qint64 reading = m_reader->periodId(); reading != 0) {
        if (reading == periodId)
            m_editedWhileRead.insert(unitCode); // applied when the reading arrives
        else
            dropLive();
        return;
    }
    m_liveFailure.reset();
    if (m_live && (m_live->periodId() != periodId || !m_live->updateUnit(*m_db, unitCode)))
        m_live.reset();
}

Status DeskDocument::setScore(qint64 periodId, const QString &unitCode, const QString &criterionCode,
    const ScoreEntry &entry, const std::optional<ScoreEntry> &expected)
{
    const Writing writing(this);
    const Status s = report(m_db->setScore(periodId, unitCode, criterionCode, entry, expected));
    if (s) {
        followUnit(periodId, unitCode);
        emit scoreChanged(periodId, unitCode, criterionCode);
    }
    return s;
}

Status DeskDocument::importScores(qint64 periodId, const QList<ScoreRow> &rows)
{
    const Writing writing(this);
    const Status s = report(m_db->importScores(periodId, rows));
    if (s) {
        dropLive();
        emit scoresReplaced(periodId);
    }
    return s;
}

Status DeskDocument::restoreScores(
    qint64 periodId, const QList<ScoreCell> &cells, const std::optional<QList<ScoreCell>> &expected)
{
    const Writing writing(this);
    const Status s = report(m_db->restoreScores(periodId, cells, expected));
    if (s) {
        dropLive(); // many cells at once: the kept ranking is read again
        emit scoresReplaced(periodId);
    }
    return s;
}

Status DeskDocument::replaceCriteria(qint64 periodId, const CriteriaTree &tree,
    const QHash<QString, QString> &renamedCodes, const std::optional<CriteriaTree> &expected)
{
    Database::CriteriaWrite write;
    write.renamedCodes = renamedCodes;
    write.expected = expected;
    return replaceCriteria(periodId, tree, write);
}

Status DeskDocument::replaceCriteria(qint64 periodId, const CriteriaTree &tree, const Database::CriteriaWrite &write)
{
    const Writing writing(this);
    const Status s = report(m_db->replaceCriteria(periodId, tree, write));
    if (s) {
        dropLive();
        emit criteriaChanged(periodId);
        if (write.bands)
            emit bandsChanged(periodId);
        emit scoresReplaced(periodId);
    }
    return s;
}

Status DeskDocument::setBands(qint64 periodId, const ClassBands &bands, const std::optional<ClassBands> &expected)
{
    const Writing writing(this);
    const Status s = report(m_db->setBands(periodId, bands, expected));
    if (s) {
        dropLive();
        emit bandsChanged(periodId);
    }
    return s;
}

Status DeskDocument::setCriteriaMap(
    qint64 periodId, const QList<CriterionLink> &links, const std::optional<QList<CriterionLink>> &expected)
{
    const Writing writing(this);
    const Status s = report(m_db->setCriteriaMap(periodId, links, expected));
    if (s)
        emit criteriaMapChanged(periodId);
    return s;
}

Status DeskDocument::setDecisionTexts(
    int year, const QString &groupCode, const DecisionTexts &texts, const std::optional<DecisionTexts> &expected)
{
    const Writing writing(this);
    const Status s = report(DecisionSource::saveTexts(*m_db, year, groupCode, texts, expected));
    if (s)
        emit decisionTextsChanged(year, groupCode);
    return s;
}

Result<QList<Explanation>> DeskDocument::explanations(qint64 periodId, const QString &unitCode) const
{
    return checked(m_db->explanations(periodId, unitCode));
}

Result<Explanation> DeskDocument::addExplanation(qint64 periodId, const Explanation &explanation)
{
    const Writing writing(this);
    auto added = m_db->addExplanation(periodId, explanation);
    if (!report(added ? Status() : Status(added.error())))
        return added;
    emit explanationsChanged(periodId, explanation.unitCode);
    return added;
}

Status DeskDocument::decideExplanation(qint64 periodId, qint64 id, const QDate &decided, const QString &conclusion,
    const std::optional<Explanation> &expected)
{
    const Writing writing(this);
    const Status s = report(m_db->decideExplanation(periodId, id, decided, conclusion, expected));
    if (s)
        emit explanationsChanged(periodId, expected ? expected->unitCode : QString());
    return s;
}

Status DeskDocument::removeExplanation(qint64 periodId, qint64 id, const std::optional<Explanation> &expected)
{
    const Writing writing(this);
    const Status s = report(m_db->removeExplanation(periodId, id, expected));
    if (s)
        emit explanationsChanged(periodId, expected ? expected->unitCode : QString());
    return s;
}

Result<QList<Evidence>> DeskDocument::evidence(qint64 periodId, const QString &unitCode) const
{
    return checked(m_db->evidence(periodId, unitCode));
}

Result<QByteArray> DeskDocument::evidenceContent(qint64 periodId, qint64 id) const
{
    return checked(m_db->evidenceContent(periodId, id));
}

Status DeskDocument::saveEvidence(qint64 periodId, qint64 id, const QString &path) const
{
    return FileTransfer::saveEvidence(*m_db, periodId, id, path);
}

Result<Evidence> DeskDocument::attachEvidence(
    qint64 periodId, const QString &unitCode, const QString &criterionCode, const QString &path)
{
    const Writing writing(this);
    auto added = FileTransfer::attachEvidence(*m_db, periodId, unitCode, criterionCode, path);
    if (!report(added ? Status() : Status(added.error())))
        return added;
    emit evidenceChanged(periodId, unitCode);
    return added;
}

Result<Evidence> DeskDocument::addEvidence(qint64 periodId, const Evidence &evidence, const QByteArray &content)
{
    const Writing writing(this);
    auto added = m_db->addEvidence(periodId, evidence, content);
    if (!report(added ? Status() : Status(added.error())))
        return added;
    emit evidenceChanged(periodId, evidence.unitCode);
    return added;
}

Status DeskDocument::removeEvidence(qint64 periodId, qint64 id, const std::optional<Evidence> &expected)
{
    const Writing writing(this);
    const Status s = report(m_db->removeEvidence(periodId, id, expected));
    if (s)
        emit evidenceChanged(periodId, expected ? expected->unitCode : QString());
    return s;
}

Result<QList<SavedScenario>> DeskDocument::scenarios(qint64 periodId) const
{
    return checked(m_db->scenarios(periodId));
}

Status DeskDocument::saveScenario(
    qint64 periodId, const WhatIfScenario &scenario, const std::optional<QString> &replacing)
{
    const Writing writing(this);
    const Status s
        = report(m_db->saveScenario(periodId, {scenario.name, WhatIf::scenarioJson(scenario), {}, {}}, replacing));
    if (s)
        emit scenariosChanged(periodId);
    return s;
}

Status DeskDocument::deleteScenario(qint64 periodId, const QString &name, const std::optional<QString> &expected)
{
    const Writing writing(this);
    const Status s = report(m_db->deleteScenario(periodId, name, expected));
    if (s)
        emit scenariosChanged(periodId);
    return s;
}

Status DeskDocument::saveUnit(const Unit &unit, const std::optional<Unit> &expected)
{
    const Writing writing(this);
    // The units dialog asks before a unit with values leaves a year (retired, moved): its values then stay in the
    // file, out of that year's ranking.
    const Status s = report(m_db->saveUnit(unit, expected, Database::Leaving::KeepScores));
    if (s) {
        dropLive();
        emit unitsChanged();
    }
    return s;
}

Status DeskDocument::setLineage(const QList<LineageLink> &links, const std::optional<QList<LineageLink>> &expected)
{
    const Writing writing(this);
    const Status s = report(m_db->setLineage(links, expected));
    if (s) {
        dropLive();
        emit unitsChanged();
    }
    return s;
}

Status DeskDocument::saveGroup(const UnitGroup &group, const std::optional<UnitGroup> &expected)
{
    const Writing writing(this);
    const Status s = report(m_db->saveGroup(group, expected));
    if (s) {
        dropLive();
        emit unitsChanged();
    }
    return s;
}

Result<Period> DeskDocument::addPeriod(int year, const QString &groupCode, std::optional<int> copyFromYear)
{
    const Writing writing(this);
    auto p = m_db->addPeriod(year, groupCode, copyFromYear);
    if (!report(p ? Status() : Status(p.error())))
        return p;
    dropLive();
    emit periodsChanged();
    return p;
}

Status DeskDocument::setPeriodStatus(qint64 periodId, PeriodStatus status, const QString &decisionNumber,
    const QDate &decisionDate, const QString &reason)
{
    const Writing writing(this);
    const Status s = report(status == PeriodStatus::Final
            ? Publication::finalize(*m_db, periodId, decisionNumber, decisionDate)
            : m_db->setPeriodStatus(periodId, status, decisionNumber, decisionDate, reason));
    if (s) {
        dropLive();
        emit periodsChanged();
    }
    return s;
}

void DeskDocument::checkForChanges()
{
    // A nested event loop is a dialog's: an edit (a model's setData, an undo step) may be waiting for its answer
    // further up the stack, and must not see its model reset under it. The next look after the dialog does it.
    if (m_checking || m_writing > 0 || QThread::currentThread()->loopLevel() > 1)
        return;
    const QScopedValueRollback checking(m_checking, true);
    if (m_lockedByOther && takeOverLock())
        return;
    const auto version = m_db->dataVersion();
    if (!version || *version == m_dataVersion)
        return;
    m_dataVersion = *version;
    const auto rows = checked(m_db->auditAfter(m_auditSeen));
    if (!rows) {
        // What changed cannot be told: everything is read again (each view shows what it cannot read).
        reloadEverything();
        return;
    }
    QList<AuditEntry> others;
    for (const AuditEntry &row : *rows) {
        m_auditSeen = qMax(m_auditSeen, row.id);
        if (!row.own)
            others.append(row);
    }
    if (others.isEmpty()) {
        // Committed without a line in the audit log: an edit with another tool. Nothing says what: read it all.
        reloadEverything();
        emit changedElsewhere(ChangeNotice::outsideTheProgram());
        return;
    }
    reload(others);
    emit changedElsewhere(noticeOf(others));
}

bool DeskDocument::takeOverLock()
{
    auto lock = std::make_unique<QLockFile>(m_db->path() + u".lock"_s);
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return false;
    auto db = Database::open(m_db->path(), Database::Access::ReadWrite, Database::Verify::Structure);
    if (!db)
        return false; // the lock is let go again; the next look tries again
    if ((*db)->isReadOnly()) {
        m_lockedByOther = false;
        m_readOnlyReason = tr("This file opens read-only: %1.").arg(Database::readOnlyReason(m_db->path()));
        emit periodsChanged();
        return false;
    }
    std::swap(m_db, *db);
    m_lock = std::move(lock);
    m_lockedByOther = false;
    m_readOnlyReason.clear();
    dropLive();
    if (const auto version = m_db->dataVersion())
        m_dataVersion = *version;
    // What the other window wrote since the last look, up to its last moment, is reloaded as usual.
    QList<AuditEntry> others;
    if (const auto rows = m_db->auditAfter(m_auditSeen)) {
        others = *rows;
        if (!others.isEmpty())
            m_auditSeen = others.last().id;
    }
    if (!others.isEmpty())
        reload(others);
    emit periodsChanged(); // every view may now edit
    emit becameWritable(tr("The other window has closed: the file can now be changed here."));
    return true;
}

void DeskDocument::reload(const QList<AuditEntry> &entries)
{
    QHash<QString, qint64> periodIds;
    const auto periodId = [&](const QString &label) {
        const auto found = periodIds.constFind(label);
        if (found != periodIds.cend())
            return *found;
        const auto [year, groupCode] = periodKey(label);
        const auto p = period(year, groupCode);
        return *periodIds.insert(label, p && *p ? (*p)->id : 0); // 0: everything is read again
    };
    bool everything = false;
    bool periodsTouched = false;
    bool unitsTouched = false;
    QList<qint64> criteriaOf, bandsOf, sheetsOf;
    QList<std::tuple<qint64, QString, QString>> cells;
    QHash<qint64, qsizetype> cellsPerPeriod;
    QList<std::pair<int, QString>> decisions;
    QList<std::pair<qint64, QString>> explained;
    QList<std::pair<qint64, QString>> attached;
    QList<qint64> scenariosOf;
    const auto add = [](QList<qint64> &list, qint64 id) {
        if (!list.contains(id))
            list.append(id);
    };
    for (const AuditEntry &e : entries) {
        const QString &a = e.action;
        if (a == u"score.set"_s) {
            const QStringList parts = e.entity.split(u'/');
            const qint64 id = periodId(e.entity.section(u'/', 0, 1));
            everything |= id == 0;
            if (parts.size() == 4) {
                const std::tuple cell {id, parts[2], parts[3]};
                if (!cells.contains(cell)) {
                    cells.append(cell);
                    ++cellsPerPeriod[id];
                }
            } else {
                add(sheetsOf, id);
            }
        } else if (a == u"scores.import"_s || a == u"scores.restore"_s || a == u"criteria.replace"_s
            || a == u"bands.set"_s) {
            const qint64 id = periodId(e.entity);
            everything |= id == 0;
            add(a == u"criteria.replace"_s ? criteriaOf : a == u"bands.set"_s ? bandsOf : sheetsOf, id);
        } else if (a.startsWith(u"explanation."_s) || a.startsWith(u"evidence."_s)) {
            const qint64 id = periodId(e.entity.section(u'/', 0, 1));
            everything |= id == 0;
            const std::pair key {id, e.entity.section(u'/', 2, 2)};
            auto &list = a.startsWith(u"evidence."_s) ? attached : explained;
            if (!list.contains(key))
                list.append(key);
        } else if (a.startsWith(u"scenario."_s)) {
            // A scenario is not the period's record: nothing of its ranking is read again.
            const qint64 id = periodId(e.entity.section(u'/', 0, 1));
            everything |= id == 0;
            add(scenariosOf, id);
        } else if (a == u"decision.texts"_s) {
            for (const QString &label : e.entity.split(u", "_s)) {
                const auto key = periodKey(label);
                if (!decisions.contains(key))
                    decisions.append(key);
            }
        } else if (a == u"unit.save"_s || a == u"units.import"_s || a == u"group.save"_s) {
            unitsTouched = true;
        } else if (a.startsWith(u"period."_s)) {
            periodsTouched = true;
        } else {
            everything = true; // a write this window does not know: nothing is left stale
        }
    }
    if (everything) {
        reloadEverything();
        return;
    }
    for (auto it = cellsPerPeriod.cbegin(); it != cellsPerPeriod.cend(); ++it) {
        if (it.value() > CellsReloadedOneByOne)
            add(sheetsOf, it.key());
    }
    for (qint64 id : std::as_const(criteriaOf))
        add(sheetsOf, id); // a new tree keeps only the values of the codes that stay leaves
    if (periodsTouched || unitsTouched || !criteriaOf.isEmpty() || !bandsOf.isEmpty() || !sheetsOf.isEmpty()) {
        dropLive();
    } else {
        QSet<std::pair<qint64, QString>> followed;
        for (const auto &[id, unitCode, criterionCode] : std::as_const(cells)) {
            if (!followed.contains({id, unitCode})) {
                followed.insert({id, unitCode});
                followUnit(id, unitCode);
            }
        }
    }
    // The structure first (periods, units, criteria), then what hangs on it (bands, values, texts).
    if (periodsTouched)
        emit periodsChanged();
    if (unitsTouched)
        emit unitsChanged();
    for (qint64 id : std::as_const(criteriaOf))
        emit criteriaChanged(id);
    for (qint64 id : std::as_const(bandsOf))
        emit bandsChanged(id);
    for (qint64 id : std::as_const(sheetsOf))
        emit scoresReplaced(id);
    for (const auto &[id, unitCode, criterionCode] : std::as_const(cells)) {
        if (!sheetsOf.contains(id))
            emit scoreChanged(id, unitCode, criterionCode);
    }
    for (const auto &[year, groupCode] : std::as_const(decisions))
        emit decisionTextsChanged(year, groupCode);
    for (const auto &[id, unitCode] : std::as_const(explained))
        emit explanationsChanged(id, unitCode);
    for (const auto &[id, unitCode] : std::as_const(attached))
        emit evidenceChanged(id, unitCode);
    for (qint64 id : std::as_const(scenariosOf))
        emit scenariosChanged(id);
}

void DeskDocument::reloadEverything()
{
    dropLive();
    emit periodsChanged();
    emit unitsChanged();
    QList<int> years;
    // When the periods cannot be read, the views read them again and each shows the failure.
    const auto all = periods({});
    for (const Period &p : all ? *all : QList<Period>()) {
        emit criteriaChanged(p.id);
        emit bandsChanged(p.id);
        emit scoresReplaced(p.id);
        emit explanationsChanged(p.id, {});
        emit evidenceChanged(p.id, {});
        emit scenariosChanged(p.id);
        if (!years.contains(p.year))
            years.append(p.year);
    }
    for (int year : std::as_const(years))
        emit decisionTextsChanged(year, {});
}

QString DeskDocument::noticeOf(const QList<AuditEntry> &entries) const
{
    // Names make the notice easier to read; without them (not readable now) it names the codes.
    ChangeNotice notice;
    if (const auto groupList = m_db->groups()) {
        for (const UnitGroup &g : *groupList)
            notice.groupNames.insert(g.code, g.name);
    }
    if (const auto unitList = m_db->units()) {
        for (const Unit &u : *unitList)
            notice.unitNames.insert(u.code, u.name);
    }
    return notice.text(entries);
}

Status DeskDocument::refuse(const Error &error)
{
    return report(error);
}

Status DeskDocument::backupTo(const QString &target) const
{
    return m_db->backupTo(target);
}

} // namespace parindex
