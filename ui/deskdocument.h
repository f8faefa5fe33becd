#pragma once

#include "desk/liveranking.h"
#include "model/result.h"
#include "model/unitresult.h"
#include "render/decision/decisionsource.h"
#include "storage/database.h"

#include <QtCore/QLockFile>
#include <QtCore/QObject>
#include <QtGui/QUndoStack>

#include <memory>

namespace parindex {

// The open file as the windows see it: the database, the lock that keeps a second instance read-only,
// the undo stack, and change signals so that views recompute only what an edit touched.
// Every edit method is one transaction in the file (through Database) and emits its signal; undo commands
// call these methods, never the Database directly.
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
    QUndoStack *undoStack() const { return m_undo; }
    const Database &database() const { return *m_db; }

    // Reading
    QList<UnitGroup> groups() const;
    QList<Period> periods(const QString &groupCode) const;
    std::optional<Period> period(int year, const QString &groupCode) const;
    std::optional<Period> periodById(qint64 periodId) const;
    QList<Unit> units(const QString &groupCode = {}) const;
    QList<Unit> periodUnits(qint64 periodId) const;
    CriteriaTree criteria(qint64 periodId) const;
    ClassBands bands(qint64 periodId) const;
    QHash<QString, ScoreSheet> scoreSheets(qint64 periodId) const;
    ScoreSheet scoreSheet(qint64 periodId, const QString &unitCode) const;
    Result<RankingTable> ranking(qint64 periodId) const;
    // The decision of a year (groupCode empty: every group with a period that year) and its texts.
    Result<DecisionDocument> decision(const DecisionRequest &request) const;
    Result<DecisionTexts> decisionTexts(int year, const QString &groupCode) const;

    // Writing: one transaction each; the error says why when the file refused (final period, read-only).
    Status setScore(qint64 periodId, const QString &unitCode, const QString &criterionCode, const ScoreEntry &entry);
    Status importScores(qint64 periodId, const QList<ScoreRow> &rows);
    Status restoreScores(qint64 periodId, const QList<ScoreCell> &cells);
    Status replaceCriteria(qint64 periodId, const CriteriaTree &tree, const QHash<QString, QString> &renamedCodes = {});
    Status setBands(qint64 periodId, const ClassBands &bands);
    // The texts in every period of the decision, in one transaction.
    Status setDecisionTexts(int year, const QString &groupCode, const DecisionTexts &texts);
    Status saveUnit(const Unit &unit);
    Status saveGroup(const UnitGroup &group);
    Result<Period> addPeriod(int year, const QString &groupCode, std::optional<int> copyFromYear);
    Status setPeriodStatus(qint64 periodId, PeriodStatus status, const QString &decisionNumber = {},
        const QDate &decisionDate = {}, const QString &reason = {});
    Status backupTo(const QString &target) const;

signals:
    void scoreChanged(qint64 periodId, const QString &unitCode, const QString &criterionCode);
    void scoresReplaced(qint64 periodId); // an import: many cells at once
    void criteriaChanged(qint64 periodId);
    void bandsChanged(qint64 periodId);
    void decisionTextsChanged(int year, const QString &groupCode);
    void unitsChanged();
    void periodsChanged(); // added, or status changed
    // A write failed; views show the message (the UI never loses an accepted edit silently).
    void writeFailed(const QString &message);

private:
    DeskDocument(std::unique_ptr<Database> db, std::unique_ptr<QLockFile> lock, QString readOnlyReason);
    Status report(const Status &status);
    // The ranking of the period last asked for, with its sheets, kept up to date edit by edit.
    const LiveRanking *live(qint64 periodId) const;

    std::unique_ptr<Database> m_db;
    std::unique_ptr<QLockFile> m_lock;
    QString m_readOnlyReason;
    QUndoStack *m_undo;
    mutable std::optional<LiveRanking> m_live;
};

} // namespace parindex
