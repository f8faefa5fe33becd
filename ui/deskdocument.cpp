#include "deskdocument.h"

#include "demo/demoprovince.h"
#include "desk/periodranking.h"
#include "desk/publication.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
std::unique_ptr<QLockFile> takeLock(const QString &path, QString *reason)
{
    auto lock = std::make_unique<QLockFile>(path + u".lock"_s);
    lock->setStaleLockTime(0); // a lock of a dead process is stale at once (QLockFile checks the pid)
    if (lock->tryLock(0))
        return lock;
    qint64 pid = 0;
    QString host;
    QString application;
    if (lock->error() == QLockFile::LockFailedError && lock->getLockInfo(&pid, &host, &application))
        *reason = DeskDocument::tr("The file is open in another window (%1, process %2): it opens read-only here.")
                      .arg(host)
                      .arg(pid);
    else
        *reason = DeskDocument::tr("The lock beside the file cannot be created: it opens read-only.");
    return nullptr;
}
} // namespace

DeskDocument::DeskDocument(std::unique_ptr<Database> db, std::unique_ptr<QLockFile> lock, QString readOnlyReason)
    : m_db(std::move(db)),
      m_lock(std::move(lock)),
      m_readOnlyReason(std::move(readOnlyReason)),
      m_undo(new QUndoStack(this))
{ }

DeskDocument::~DeskDocument() = default;

Result<std::unique_ptr<DeskDocument>> DeskDocument::open(const QString &path)
{
    QString reason;
    auto lock = takeLock(path, &reason);
    auto db = Database::open(path, lock ? Database::Access::ReadWrite : Database::Access::ReadOnly);
    if (!db)
        return db.error();
    // A file last written by an older version: its final periods keep what they show now, before any change.
    if (!(*db)->isReadOnly()) {
        if (const Status s = Publication::keepOlderFinals(**db); !s)
            return s.error();
    }
    if (reason.isEmpty() && (*db)->isReadOnly())
        reason = tr("You do not have permission to change this file: it opens read-only.");
    return std::unique_ptr<DeskDocument>(new DeskDocument(std::move(db).value(), std::move(lock), reason));
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

QList<UnitGroup> DeskDocument::groups() const
{
    return m_db->groups().ok() ? m_db->groups().value() : QList<UnitGroup>();
}

QList<Period> DeskDocument::periods(const QString &groupCode) const
{
    auto r = m_db->periods(groupCode);
    return r ? std::move(r).value() : QList<Period>();
}

std::optional<Period> DeskDocument::period(int year, const QString &groupCode) const
{
    auto r = m_db->period(year, groupCode);
    return r ? std::optional<Period>(std::move(r).value()) : std::nullopt;
}

std::optional<Period> DeskDocument::periodById(qint64 periodId) const
{
    for (const Period &p : periods({})) {
        if (p.id == periodId)
            return p;
    }
    return std::nullopt;
}

QList<Unit> DeskDocument::units(const QString &groupCode) const
{
    auto r = m_db->units(groupCode);
    return r ? std::move(r).value() : QList<Unit>();
}

QList<Unit> DeskDocument::periodUnits(qint64 periodId) const
{
    auto r = m_db->periodUnits(periodId);
    return r ? std::move(r).value() : QList<Unit>();
}

CriteriaTree DeskDocument::criteria(qint64 periodId) const
{
    auto r = m_db->criteria(periodId);
    return r ? std::move(r).value() : CriteriaTree();
}

ClassBands DeskDocument::bands(qint64 periodId) const
{
    auto r = m_db->bands(periodId);
    return r ? std::move(r).value() : ClassBands::defaults();
}

const LiveRanking *DeskDocument::live(qint64 periodId) const
{
    if (m_live && m_live->periodId() == periodId)
        return &*m_live;
    m_live.reset();
    const auto p = periodById(periodId);
    if (!p)
        return nullptr;
    auto loaded = LiveRanking::load(*m_db, *p);
    if (!loaded)
        return nullptr;
    m_live = std::move(loaded).value();
    return &*m_live;
}

QHash<QString, ScoreSheet> DeskDocument::scoreSheets(qint64 periodId) const
{
    if (const LiveRanking *l = live(periodId))
        return l->input().sheets;
    auto r = m_db->scoreSheets(periodId);
    return r ? std::move(r).value() : QHash<QString, ScoreSheet>();
}

ScoreSheet DeskDocument::scoreSheet(qint64 periodId, const QString &unitCode) const
{
    if (m_live && m_live->periodId() == periodId && m_live->input().sheets.contains(unitCode))
        return m_live->input().sheets.value(unitCode);
    auto r = m_db->scoreSheet(periodId, unitCode);
    ScoreSheet sheet = r ? std::move(r).value() : ScoreSheet();
    sheet.unitCode = unitCode;
    return sheet;
}

Result<RankingTable> DeskDocument::ranking(qint64 periodId) const
{
    const auto p = periodById(periodId);
    if (!p)
        return Error {Error::Kind::NotFound, tr("The period no longer exists.")};
    if (const LiveRanking *l = live(periodId))
        return l->table();
    return rankPeriod(*m_db, p->year, p->groupCode);
}

Result<DecisionDocument> DeskDocument::decision(const DecisionRequest &request) const
{
    return DecisionSource::load(*m_db, request);
}

Result<DecisionTexts> DeskDocument::decisionTexts(int year, const QString &groupCode) const
{
    return DecisionSource::loadTexts(*m_db, year, groupCode);
}

Status DeskDocument::report(const Status &status)
{
    if (!status)
        emit writeFailed(status.error().text());
    return status;
}

Status DeskDocument::setScore(
    qint64 periodId, const QString &unitCode, const QString &criterionCode, const ScoreEntry &entry)
{
    const Status s = report(m_db->setScore(periodId, unitCode, criterionCode, entry));
    if (s) {
        // The kept ranking follows the edit; another period's edit may change its "last year" ranks.
        if (m_live && (m_live->periodId() != periodId || !m_live->updateUnit(*m_db, unitCode)))
            m_live.reset();
        emit scoreChanged(periodId, unitCode, criterionCode);
    }
    return s;
}

Status DeskDocument::importScores(qint64 periodId, const QList<ScoreRow> &rows)
{
    const Status s = report(m_db->importScores(periodId, rows));
    if (s) {
        m_live.reset();
        emit scoresReplaced(periodId);
    }
    return s;
}

Status DeskDocument::restoreScores(qint64 periodId, const QList<ScoreCell> &cells)
{
    const Status s = report(m_db->restoreScores(periodId, cells));
    if (s) {
        m_live.reset(); // many cells at once: the kept ranking is read again
        emit scoresReplaced(periodId);
    }
    return s;
}

Status DeskDocument::replaceCriteria(
    qint64 periodId, const CriteriaTree &tree, const QHash<QString, QString> &renamedCodes)
{
    const Status s = report(m_db->replaceCriteria(periodId, tree, renamedCodes));
    if (s) {
        m_live.reset();
        emit criteriaChanged(periodId);
        emit scoresReplaced(periodId);
    }
    return s;
}

Status DeskDocument::setBands(qint64 periodId, const ClassBands &bands)
{
    const Status s = report(m_db->setBands(periodId, bands));
    if (s) {
        m_live.reset();
        emit bandsChanged(periodId);
    }
    return s;
}

Status DeskDocument::setDecisionTexts(int year, const QString &groupCode, const DecisionTexts &texts)
{
    const Status s = report(DecisionSource::saveTexts(*m_db, year, groupCode, texts));
    if (s)
        emit decisionTextsChanged(year, groupCode);
    return s;
}

Status DeskDocument::saveUnit(const Unit &unit)
{
    // The units dialog asks before a unit with values leaves a year (retired, moved): its values then stay in the
    // file, out of that year's ranking.
    const Status s = report(m_db->saveUnit(unit, std::nullopt, Database::Leaving::KeepScores));
    if (s) {
        m_live.reset();
        emit unitsChanged();
    }
    return s;
}

Status DeskDocument::saveGroup(const UnitGroup &group)
{
    const Status s = report(m_db->saveGroup(group));
    if (s) {
        m_live.reset();
        emit unitsChanged();
    }
    return s;
}

Result<Period> DeskDocument::addPeriod(int year, const QString &groupCode, std::optional<int> copyFromYear)
{
    auto p = m_db->addPeriod(year, groupCode, copyFromYear);
    if (!p) {
        emit writeFailed(p.error().text());
        return p;
    }
    m_live.reset();
    emit periodsChanged();
    return p;
}

Status DeskDocument::setPeriodStatus(qint64 periodId, PeriodStatus status, const QString &decisionNumber,
    const QDate &decisionDate, const QString &reason)
{
    const Status s = report(status == PeriodStatus::Final
            ? Publication::finalize(*m_db, periodId, decisionNumber, decisionDate)
            : m_db->setPeriodStatus(periodId, status, decisionNumber, decisionDate, reason));
    if (s) {
        m_live.reset();
        emit periodsChanged();
    }
    return s;
}

Status DeskDocument::backupTo(const QString &target) const
{
    return m_db->backupTo(target);
}

} // namespace parindex
