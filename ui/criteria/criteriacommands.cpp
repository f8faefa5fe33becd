#include "criteriacommands.h"

#include "deskdocument.h"
#include "model/criteriaedit.h"

#include <memory>

namespace parindex {

bool ReplaceCriteriaCommand::apply(DeskDocument *document, qint64 periodId, const CriteriaTree &before,
    const CriteriaTree &after, const QHash<QString, QString> &renamedCodes, const QString &text,
    const DroppedValues &confirmed, const std::optional<ClassBands> &bands)
{
    std::unique_ptr<ReplaceCriteriaCommand> command(new ReplaceCriteriaCommand(document, periodId, text));
    command->m_before = before;
    command->m_after = after;
    command->m_forward = renamedCodes;
    command->m_backward = CriteriaEdit::reverseRenames(command->m_before.criteria(), after.criteria(), renamedCodes);
    command->m_dropped = confirmed.before;
    if (bands) {
        const auto bandsBefore = document->bands(periodId);
        if (!bandsBefore)
            return document->refuse(bandsBefore.error()).ok();
        command->m_bandsBefore = *bandsBefore;
        command->m_bandsAfter = bands;
    }
    Database::CriteriaWrite write;
    write.renamedCodes = renamedCodes;
    write.expected = before;
    write.dropping = {Database::Dropping::Allow::Exactly, command->m_dropped};
    write.bands = bands;
    write.expectedBands = command->m_bandsBefore;
    if (!document->replaceCriteria(periodId, after, write))
        return false;
    document->undoStack()->push(command.release());
    return true;
}

ReplaceCriteriaCommand::ReplaceCriteriaCommand(DeskDocument *document, qint64 periodId, const QString &text)
    : m_document(document), m_periodId(periodId)
{
    setText(text);
}

void ReplaceCriteriaCommand::undo()
{
    const DeskDocument::UndoStep step(m_document, this, DeskDocument::UndoStep::Undo);
    // Back to the tree before, with the values the edit took; an undo that would take values itself (entered
    // elsewhere since) is refused.
    Database::CriteriaWrite write;
    write.renamedCodes = m_backward;
    write.expected = m_after;
    write.restored = m_dropped;
    write.bands = m_bandsBefore;
    write.expectedBands = m_bandsAfter;
    if (!m_document->replaceCriteria(m_periodId, m_before, write))
        setObsolete(true);
}

void ReplaceCriteriaCommand::redo()
{
    if (std::exchange(m_written, false))
        return;
    const DeskDocument::UndoStep step(m_document, this, DeskDocument::UndoStep::Redo);
    Database::CriteriaWrite write;
    write.renamedCodes = m_forward;
    write.expected = m_before;
    write.dropping = {Database::Dropping::Allow::Exactly, m_dropped}; // what the person confirmed, nothing else
    write.bands = m_bandsAfter;
    write.expectedBands = m_bandsBefore;
    if (!m_document->replaceCriteria(m_periodId, m_after, write))
        setObsolete(true);
}

bool SetBandsCommand::apply(DeskDocument *document, qint64 periodId, ClassBands before, const ClassBands &after)
{
    if (before == after)
        return true;
    if (!document->setBands(periodId, after, before))
        return false;
    document->undoStack()->push(new SetBandsCommand(document, periodId, std::move(before), after));
    return true;
}

SetBandsCommand::SetBandsCommand(DeskDocument *document, qint64 periodId, ClassBands before, ClassBands after)
    : m_document(document), m_periodId(periodId), m_before(std::move(before)), m_after(std::move(after))
{
    setText(tr("classification bands"));
}

void SetBandsCommand::undo()
{
    const DeskDocument::UndoStep step(m_document, this, DeskDocument::UndoStep::Undo);
    if (!m_document->setBands(m_periodId, m_before, m_after))
        setObsolete(true);
}

void SetBandsCommand::redo()
{
    if (std::exchange(m_written, false))
        return;
    const DeskDocument::UndoStep step(m_document, this, DeskDocument::UndoStep::Redo);
    if (!m_document->setBands(m_periodId, m_after, m_before))
        setObsolete(true);
}

bool SetCriteriaMapCommand::apply(DeskDocument *document, qint64 periodId, const QList<CriterionLink> &before,
    const QList<CriterionLink> &after, int year)
{
    if (before == after)
        return true;
    if (!document->setCriteriaMap(periodId, after, before))
        return false;
    document->undoStack()->push(new SetCriteriaMapCommand(document, periodId, before, after, year));
    return true;
}

bool SetLineageCommand::apply(
    DeskDocument *document, const QList<LineageLink> &before, const QList<LineageLink> &after, const QString &what)
{
    if (before == after)
        return true;
    if (!document->setLineage(after, before))
        return false;
    document->undoStack()->push(new SetLineageCommand(document, before, after, what));
    return true;
}

SetLineageCommand::SetLineageCommand(
    DeskDocument *document, QList<LineageLink> before, QList<LineageLink> after, const QString &what)
    : m_document(document), m_before(std::move(before)), m_after(std::move(after))
{
    setText(what);
}

void SetLineageCommand::undo()
{
    const DeskDocument::UndoStep step(m_document, this, DeskDocument::UndoStep::Undo);
    if (!m_document->setLineage(m_before, m_after))
        setObsolete(true);
}

void SetLineageCommand::redo()
{
    if (std::exchange(m_written, false))
        return;
    const DeskDocument::UndoStep step(m_document, this, DeskDocument::UndoStep::Redo);
    if (!m_document->setLineage(m_after, m_before))
        setObsolete(true);
}

SetCriteriaMapCommand::SetCriteriaMapCommand(
    DeskDocument *document, qint64 periodId, QList<CriterionLink> before, QList<CriterionLink> after, int year)
    : m_document(document), m_periodId(periodId), m_before(std::move(before)), m_after(std::move(after))
{
    setText(tr("what the criteria of %1 continue").arg(year));
}

void SetCriteriaMapCommand::undo()
{
    const DeskDocument::UndoStep step(m_document, this, DeskDocument::UndoStep::Undo);
    if (!m_document->setCriteriaMap(m_periodId, m_before, m_after))
        setObsolete(true);
}

void SetCriteriaMapCommand::redo()
{
    if (std::exchange(m_written, false))
        return;
    const DeskDocument::UndoStep step(m_document, this, DeskDocument::UndoStep::Redo);
    if (!m_document->setCriteriaMap(m_periodId, m_after, m_before))
        setObsolete(true);
}

bool SaveUnitCommand::apply(DeskDocument *document, const Unit &before, const Unit &after, const QString &text)
{
    if (before == after)
        return true;
    if (!document->saveUnit(after, before))
        return false;
    document->undoStack()->push(new SaveUnitCommand(document, before, after, text));
    return true;
}

SaveUnitCommand::SaveUnitCommand(DeskDocument *document, Unit before, Unit after, const QString &text)
    : m_document(document), m_before(std::move(before)), m_after(std::move(after))
{
    setText(text);
}

void SaveUnitCommand::undo()
{
    const DeskDocument::UndoStep step(m_document, this, DeskDocument::UndoStep::Undo);
    if (!m_document->saveUnit(m_before, m_after))
        setObsolete(true);
}

void SaveUnitCommand::redo()
{
    if (std::exchange(m_written, false))
        return;
    const DeskDocument::UndoStep step(m_document, this, DeskDocument::UndoStep::Redo);
    if (!m_document->saveUnit(m_after, m_before))
        setObsolete(true);
}

bool SaveGroupCommand::apply(DeskDocument *document, const UnitGroup &before, const UnitGroup &after)
{
    if (before == after)
        return true;
    if (!document->saveGroup(after, before))
        return false;
    document->undoStack()->push(new SaveGroupCommand(document, before, after));
    return true;
}

SaveGroupCommand::SaveGroupCommand(DeskDocument *document, UnitGroup before, UnitGroup after)
    : m_document(document), m_before(std::move(before)), m_after(std::move(after))
{
    setText(tr("name of group %1").arg(m_after.code));
}

void SaveGroupCommand::undo()
{
    const DeskDocument::UndoStep step(m_document, this, DeskDocument::UndoStep::Undo);
    if (!m_document->saveGroup(m_before, m_after))
        setObsolete(true);
}

void SaveGroupCommand::redo()
{
    if (std::exchange(m_written, false))
        return;
    const DeskDocument::UndoStep step(m_document, this, DeskDocument::UndoStep::Redo);
    if (!m_document->saveGroup(m_after, m_before))
        setObsolete(true);
}

} // namespace parindex
