#pragma once

#include "model/classbands.h"
#include "model/criteriaedit.h"
#include "model/criteriatree.h"
#include "model/lineage.h"
#include "model/scoresheet.h"
#include "model/unit.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtGui/QUndoCommand>

#include <optional>

namespace parindex {

class DeskDocument;

// The undo commands of the Criteria tab. Like SetScoreCommand, each one writes first and is pushed only when
// the file accepted the write (its first redo() is that write); they hold stable keys (period id, codes), never
// rows or model indexes. Every write names the value it expects to replace: the edit's the value the view showed,
// undo's the value the step wrote, redo's the value undo put back. When another program changed it since, nothing
// is written, the window says who changed it, and an undo or redo step is dropped.

// One edit of a period's criteria tree (a maximum, a title, a move, a removal...), or a copy of another year's
// tree with its bands: one undo step, one transaction. Scores follow renamed codes; the values the edit takes away
// (CriteriaEdit::droppedValues, which the person confirmed) are kept in the command and written back on undo, in
// the same transaction as the tree.
class ReplaceCriteriaCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReplaceCriteriaCommand)
public:
    // `before` is the tree the edit was made on (the view's), `text` names the edit in the Edit menu ("maximum of
    // 1.2"). `confirmed`: the values the edit takes away, as the person was asked about them (the file refuses the
    // write when it would take others). With `bands`, the period's bands are set too. False when the file refused
    // (DeskDocument::writeFailed says why); nothing is then changed.
    static bool apply(DeskDocument *document, qint64 periodId, const CriteriaTree &before, const CriteriaTree &after,
        const QHash<QString, QString> &renamedCodes, const QString &text, const DroppedValues &confirmed,
        const std::optional<ClassBands> &bands = std::nullopt);

    void undo() override;
    void redo() override;

private:
    ReplaceCriteriaCommand(DeskDocument *document, qint64 periodId, const QString &text);

    DeskDocument *m_document;
    qint64 m_periodId;
    CriteriaTree m_before;
    CriteriaTree m_after;
    QHash<QString, QString> m_forward;
    QHash<QString, QString> m_backward;
    QList<ScoreCell> m_dropped; // the cells the edit changes or removes, as they were, by their old codes
    std::optional<ClassBands> m_bandsBefore;
    std::optional<ClassBands> m_bandsAfter;
    bool m_written = true; // the first redo() is the write apply() already made
};

// The classification bands of a period.
class SetBandsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetBandsCommand)
public:
    // `before`: the bands the edit was made on (the view's; a copy, as the view reloads them when the write is
    // announced).
    static bool apply(DeskDocument *document, qint64 periodId, ClassBands before, const ClassBands &after);

    void undo() override;
    void redo() override;

private:
    SetBandsCommand(DeskDocument *document, qint64 periodId, ClassBands before, ClassBands after);

    DeskDocument *m_document;
    qint64 m_periodId;
    ClassBands m_before;
    ClassBands m_after;
    bool m_written = true;
};

// What the criteria of a period continue of the year before (Database::setCriteriaMap).
class SetCriteriaMapCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetCriteriaMapCommand)
public:
    // `before`: the links the dialog showed. False when the file refused (DeskDocument::writeFailed says why).
    static bool apply(DeskDocument *document, qint64 periodId, const QList<CriterionLink> &before,
        const QList<CriterionLink> &after, int year);

    void undo() override;
    void redo() override;

private:
    SetCriteriaMapCommand(
        DeskDocument *document, qint64 periodId, QList<CriterionLink> before, QList<CriterionLink> after, int year);

    DeskDocument *m_document;
    qint64 m_periodId;
    QList<CriterionLink> m_before;
    QList<CriterionLink> m_after;
    bool m_written = true;
};

// Which units continue which (Database::setLineage): the whole record before and after.
class SetLineageCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetLineageCommand)
public:
    // `before`: the record the dialog started from. False when the file refused (DeskDocument::writeFailed says why).
    static bool apply(
        DeskDocument *document, const QList<LineageLink> &before, const QList<LineageLink> &after, const QString &what);

    void undo() override;
    void redo() override;

private:
    SetLineageCommand(DeskDocument *document, QList<LineageLink> before, QList<LineageLink> after, const QString &what);

    DeskDocument *m_document;
    QList<LineageLink> m_before;
    QList<LineageLink> m_after;
    bool m_written = true;
};

// A change of an existing unit (its name, its retirement), by its code.
class SaveUnitCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SaveUnitCommand)
public:
    // `before`: the unit as the file held it when the edit was made.
    static bool apply(DeskDocument *document, const Unit &before, const Unit &after, const QString &text);

    void undo() override;
    void redo() override;

private:
    SaveUnitCommand(DeskDocument *document, Unit before, Unit after, const QString &text);

    DeskDocument *m_document;
    Unit m_before;
    Unit m_after;
    bool m_written = true;
};

// A change of an existing group (its name), by its code.
class SaveGroupCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SaveGroupCommand)
public:
    static bool apply(DeskDocument *document, const UnitGroup &before, const UnitGroup &after);

    void undo() override;
    void redo() override;

private:
    SaveGroupCommand(DeskDocument *document, UnitGroup before, UnitGroup after);

    DeskDocument *m_document;
    UnitGroup m_before;
    UnitGroup m_after;
    bool m_written = true;
};

} // namespace parindex
