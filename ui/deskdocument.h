#pragma once

#include "desk/liveranking.h"
#include "desk/liverankingreader.h"
#include "desk/rankingsummary.h"
#include "desk/trendtables.h"
#include "model/result.h"
#include "model/unitresult.h"
#include "render/decision/decisionsource.h"
#include "scoring/whatif.h"
#include "storage/database.h"

#include <QtCore/QLockFile>
#include <QtCore/QObject>
#include <QtCore/QSet>
#include <QtGui/QUndoStack>

#include <memory>
#include <optional>

class QTimer;

namespace parindex {

// The open file as the windows see it: the database, the lock that keeps a second instance read-only,
// the undo stack, and change signals so that views recompute only what an edit touched.
// Every edit method is one transaction in the file (through Database) and emits its signal; undo commands
// call these methods, never the Database directly. Writes of other programs (another window, the command line)
// are noticed within a second and reloaded through the same signals, so every view follows them too.
class DeskDocument : public QObject
{
    Q_OBJECT
public:
    ~DeskDocument() override;

    // Opens a file. When another instance holds the lock, or the file cannot be written, the document is
    // read-only (and says why). Errors of Database::open are returned as they are.
    static Result<std::unique_ptr<DeskDocument>> open(const QString &path);
    // Creates a new file; with demo, fills the illustrative province.
    static Result<std::unique_ptr<DeskDocument>> create(const QString &path, bool demo);

    QString path() const;
    bool isReadOnly() const;
    // Why the file is read-only ("opened in another window", "no permission to write"), empty if it is not.
    QString readOnlyReason() const;
    // What this login may change on a server store (a file and a secretary: everything); the server enforces it.
    const Rights &rights() const { return m_rights; }
    // Criteria, bands, units, periods and the decision: a secretary's (and a file's), when it may be written at all.
    bool mayChangeStructure() const { return !isReadOnly() && m_rights.isSecretary(); }
    // Why not, when the store may be written but this login is a member with fewer rights.
    QString structureLockedReason() const;
    // The file's audit log is not what this computer saw of it last (entries removed, or an older copy put back):
    // shown when the file opens; nullopt when it is.
    const std::optional<QString> &auditWarning() const { return m_anchorProblem; }
    QUndoStack *undoStack() const { return m_undo; }
    const Database &database() const { return *m_db; }

    // Reading. A read the file refuses (busy, a damaged page, a row changed outside the program) is an error,
    // never an empty list or a default: the view shows it in place of the data, and readFailed() says it too.
    Result<QList<UnitGroup>> groups() const;
    Result<QList<Period>> periods(const QString &groupCode) const;
    // nullopt when the file has no such period.
    Result<std::optional<Period>> period(int year, const QString &groupCode) const;
    Result<std::optional<Period>> periodById(qint64 periodId) const;
    Result<QList<Unit>> units(const QString &groupCode = {}) const;
    Result<QList<Unit>> periodUnits(qint64 periodId) const;
    // The names people read in messages and undo steps: the unit's name in the period (from the kept ranking when
    // it is that period's), the group's name; the code itself when it cannot be read.
    QString unitName(qint64 periodId, const QString &unitCode) const;
    QString groupName(const QString &groupCode) const;
    Result<CriteriaTree> criteria(qint64 periodId) const;
    Result<ClassBands> bands(qint64 periodId) const;
    // What the period's criteria continue of the year before (Database::criteriaMap), and its tree.
    Result<CriteriaMap> criteriaMap(qint64 periodId) const;
    // Which units continue which after a reorganisation (Database::lineage).
    Result<QList<LineageLink>> lineage() const;
    Result<QHash<QString, ScoreSheet>> scoreSheets(qint64 periodId) const;
    Result<ScoreSheet> scoreSheet(qint64 periodId, const QString &unitCode) const;
    // What the file holds now, read past the kept ranking (which may not have caught up yet with another
    // program's write): what an edit or an undo step starts from.
    Result<ScoreEntry> storedEntry(qint64 periodId, const QString &unitCode, const QString &criterionCode) const;
    Result<QHash<QString, ScoreSheet>> storedScoreSheets(qint64 periodId) const;
    Result<RankingTable> ranking(qint64 periodId) const;
    // The ranking of the period when the document keeps it; otherwise it is read on a worker thread (at national
    // scale the reading takes most of a second, and the window must not freeze) and this returns nullptr until
    // rankingRead(periodId) says it has arrived; rankingRead() also says when the reading has scored the units and
    // still reads their sheets, and this then returns that ranking (nullptr again after an edit of the period, until
    // the whole reading arrives with it). A reading that failed or was stopped is returned as its error until
    // something changes in the file or readRankingAgain(). Edits made while it is read are in the ranking that
    // arrives; a change of criteria, bands or units reads it again.
    Result<const RankingTable *> rankingIfRead(qint64 periodId) const;
    // A period of fewer cells (units x leaves) than this is read at once (a few milliseconds); from it on, on a
    // worker. Tests set 0 to have every reading on a worker.
    static void setBackgroundReadingFrom(qsizetype cells);
    bool isReadingRanking(qint64 periodId) const
    {
        return m_reader && periodId != 0 && m_reader->periodId() == periodId;
    }
    bool isReadingAnyRanking() const { return m_reader && m_reader->isRunning(); }
    // Stops the reading under way: rankingRead() follows, and rankingIfRead() says it was stopped.
    void cancelRankingRead();
    // Forgets a failed or stopped reading of the period: the next rankingIfRead() reads it again.
    void readRankingAgain(qint64 periodId);
    // Every year of a group with its ranking, and the bands of the latest: what the charts draw.
    Result<GroupHistory> groupHistory(const QString &groupCode) const;
    // The news of the group's ranking of a year (RankingSummary), with the unit when unitCode is not empty.
    Result<GroupSummary> rankingSummary(int year, const QString &groupCode, const QString &unitCode = {}) const;
    // The decision of a year (groupCode empty: every group with a period that year) and its texts.
    Result<DecisionDocument> decision(const DecisionRequest &request) const;
    Result<DecisionTexts> decisionTexts(int year, const QString &groupCode) const;
    // What would make the group's decision wrong if the period were finalised with this number and date.
    Result<QStringList> problemsBeforeFinalising(
        int year, const QString &groupCode, const QString &number, const QDate &date) const;
    // The explanations (giải trình) of a period, of one unit or of all.
    Result<QList<Explanation>> explanations(qint64 periodId, const QString &unitCode = {}) const;
    // The evidence documents (tài liệu kiểm chứng) of a period, of one unit or of all; one's content.
    Result<QList<Evidence>> evidence(qint64 periodId, const QString &unitCode = {}) const;
    Result<QByteArray> evidenceContent(qint64 periodId, qint64 id) const;
    // Writes a copy of one to `path` (never onto the open file's own files).
    Status saveEvidence(qint64 periodId, qint64 id, const QString &path) const;

    // Writing: one transaction each; the error says why when the file refused (final period, read-only).
    // With `expected`, the value must still be as given (what an undo step wrote): when someone else changed it
    // since, nothing is written and the error (Error::Kind::Conflict) says who, when and what it holds now.
    Status setScore(qint64 periodId, const QString &unitCode, const QString &criterionCode, const ScoreEntry &entry,
        const std::optional<ScoreEntry> &expected = std::nullopt);
    Status importScores(qint64 periodId, const QList<ScoreRow> &rows);
    Status restoreScores(
        qint64 periodId, const QList<ScoreCell> &cells, const std::optional<QList<ScoreCell>> &expected = std::nullopt);
    Status replaceCriteria(qint64 periodId, const CriteriaTree &tree, const QHash<QString, QString> &renamedCodes = {},
        const std::optional<CriteriaTree> &expected = std::nullopt);
    Status replaceCriteria(qint64 periodId, const CriteriaTree &tree, const Database::CriteriaWrite &write);
    Status setBands(qint64 periodId, const ClassBands &bands, const std::optional<ClassBands> &expected = std::nullopt);
    Status setCriteriaMap(qint64 periodId, const QList<CriterionLink> &links,
        const std::optional<QList<CriterionLink>> &expected = std::nullopt);
    // The whole lineage record; unitsChanged() follows (rank changes and trends read it).
    Status setLineage(
        const QList<LineageLink> &links, const std::optional<QList<LineageLink>> &expected = std::nullopt);
    // The texts in every period of the decision, in one transaction.
    Status setDecisionTexts(int year, const QString &groupCode, const DecisionTexts &texts,
        const std::optional<DecisionTexts> &expected = std::nullopt);
    Status saveUnit(const Unit &unit, const std::optional<Unit> &expected = std::nullopt);
    Status saveGroup(const UnitGroup &group, const std::optional<UnitGroup> &expected = std::nullopt);
    Result<Period> addPeriod(int year, const QString &groupCode, std::optional<int> copyFromYear);
    Status setPeriodStatus(qint64 periodId, PeriodStatus status, const QString &decisionNumber = {},
        const QDate &decisionDate = {}, const QString &reason = {});
    // Explanations: recorded (an id other than 0 is kept: a redo), decided or open again, taken back.
    Result<Explanation> addExplanation(qint64 periodId, const Explanation &explanation);
    Status decideExplanation(qint64 periodId, qint64 id, const QDate &decided, const QString &conclusion,
        const std::optional<Explanation> &expected = std::nullopt);
    Status removeExplanation(qint64 periodId, qint64 id, const std::optional<Explanation> &expected = std::nullopt);
    // Evidence documents: the file at `path` attached to a cell; a content attached again (a redo, with its id);
    // one taken away.
    Result<Evidence> attachEvidence(
        qint64 periodId, const QString &unitCode, const QString &criterionCode, const QString &path);
    Result<Evidence> addEvidence(qint64 periodId, const Evidence &evidence, const QByteArray &content);
    Status removeEvidence(qint64 periodId, qint64 id, const std::optional<Evidence> &expected = std::nullopt);
    Status backupTo(const QString &target) const;
    // Named what-if scenarios of a period (Database::scenarios): they never change the period, so a final period has
    // them too. A save without `replacing` is of a new name; with it, `replacing` is the content read of the one it
    // replaces (a conflict when someone saved or deleted it since).
    Result<QList<SavedScenario>> scenarios(qint64 periodId) const;
    Status saveScenario(
        qint64 periodId, const WhatIfScenario &scenario, const std::optional<QString> &replacing = std::nullopt);
    Status deleteScenario(qint64 periodId, const QString &name, const std::optional<QString> &expected = std::nullopt);
    // A write not tried because what it starts from could not be read: said as a failed write is (writeFailed).
    Status refuse(const Error &error);

    // An undo or redo step under way (for as long as this object lives): a write of it that the file refuses is
    // reported as that step not done ("Undo of “score 1.1 of DS” not done: …").
    class UndoStep
    {
    public:
        enum Direction { Undo, Redo };
        UndoStep(DeskDocument *document, const QUndoCommand *command, Direction direction);
        ~UndoStep();
        UndoStep(const UndoStep &) = delete;
        UndoStep &operator=(const UndoStep &) = delete;

    private:
        DeskDocument *m_document;
    };

public slots:
    // Whether another program, window or command wrote to the file since the last look. If so, reloads what it
    // changed (the signals below, as for an edit made here) and says so with changedElsewhere(). A read-only
    // document whose file was held by another window takes it over once that window has closed. Runs every second
    // and when the window is activated; never during a write of this document, nor inside a dialog's event loop (a
    // write or an edit may be waiting there for the answer).
    void checkForChanges();

signals:
    void scoreChanged(qint64 periodId, const QString &unitCode, const QString &criterionCode);
    void scoresReplaced(qint64 periodId); // an import: many cells at once
    void criteriaChanged(qint64 periodId);
    void criteriaMapChanged(qint64 periodId);
    void bandsChanged(qint64 periodId);
    void decisionTextsChanged(int year, const QString &groupCode);
    void explanationsChanged(qint64 periodId, const QString &unitCode);
    void evidenceChanged(qint64 periodId, const QString &unitCode);
    void scenariosChanged(qint64 periodId);
    void unitsChanged();
    void periodsChanged(); // added, status changed, or the file became writable here
    // A write failed; views show the message (the UI never loses an accepted edit silently).
    void writeFailed(const QString &message);
    // A read failed: what could not be read and why, for the status bar (the view shows it in place of its data).
    void readFailed(const QString &message) const;
    // Writes of others were reloaded: who changed what, for the status bar.
    void changedElsewhere(const QString &summary);
    // The window that held the file closed: this document now writes to it.
    void becameWritable(const QString &message);
    // The ranking of the period read on a worker has arrived, or could not be read (rankingIfRead says which).
    void rankingRead(qint64 periodId) const;

private:
    DeskDocument(std::unique_ptr<Database> db, std::unique_ptr<QLockFile> lock, QString readOnlyReason);
    class Writing;
    // After a write: reports a refusal, and moves the last audit row seen past this document's own rows.
    Status report(const Status &status);
    // The ranking of the period last asked for, with its sheets, kept up to date edit by edit.
    Result<const LiveRanking *> live(qint64 periodId) const;
    // Keeps a ranking read on a worker (or waited for): the edits made meanwhile are applied to it.
    Result<const LiveRanking *> adopt(qint64 periodId, Result<LiveRanking> read) const;
    void rankingArrived(qint64 periodId);
    // The kept ranking no longer holds: dropped, and a reading under way starts again (it may have read the old
    // criteria, bands or units).
    void dropLive();
    // A read's result as it is; a failure is also said with readFailed().
    template<typename T> Result<T> checked(Result<T> read) const;
    // After the unit's sheet in the period changed: the kept ranking follows it, or is dropped.
    void followUnit(qint64 periodId, const QString &unitCode);
    bool takeOverLock();
    void reload(const QList<AuditEntry> &entries);
    void reloadEverything();
    QString noticeOf(const QList<AuditEntry> &entries) const;

    std::unique_ptr<Database> m_db;
    std::unique_ptr<QLockFile> m_lock;
    QString m_readOnlyReason;
    Rights m_rights;
    bool m_lockedByOther = false; // read-only because another window holds the lock: try again on each look
    std::optional<QString> m_anchorProblem; // the audit log is not the one this computer saw last (AuditAnchors)
    bool m_wrote = false;
    QUndoStack *m_undo;
    mutable std::optional<LiveRanking> m_live;
    LiveRankingReader *m_reader;
    mutable QSet<QString> m_editedWhileRead; // units of the period being read whose sheets changed meanwhile
    mutable std::optional<std::pair<qint64, Error>> m_liveFailure; // the last reading of that period, failed
    QTimer *m_poll;
    qint64 m_dataVersion = 0; // PRAGMA data_version when the file was last looked at
    qint64 m_auditSeen = 0; // the last audit row reloaded (or written here)
    int m_writing = 0;
    bool m_checking = false;
    QString m_stepName; // the undo or redo step under way, if any
    UndoStep::Direction m_stepDirection = UndoStep::Undo;
};

} // namespace parindex
