#include "explanationcommands.h"

#include "deskdocument.h"

namespace parindex {

bool RecordExplanationCommand::apply(
    DeskDocument *document, qint64 periodId, const Explanation &explanation, const QString &unitName)
{
    const auto stored = document->addExplanation(periodId, explanation);
    if (!stored)
        return false;
    document->undoStack()->push(new RecordExplanationCommand(document, periodId, *stored, unitName));
    return true;
}

RecordExplanationCommand::RecordExplanationCommand(
    DeskDocument *document, qint64 periodId, Explanation stored, const QString &unitName)
    : m_document(document), m_periodId(periodId), m_stored(std::move(stored))
{
    setText(tr("explanation of %1 for criterion %2").arg(unitName, m_stored.criterionCode));
}

void RecordExplanationCommand::undo()
{
    const DeskDocument::UndoStep step(m_document, this, DeskDocument::UndoStep::Undo);
    if (!m_document->removeExplanation(m_periodId, m_stored.id, m_stored))
        setObsolete(true);
}

void RecordExplanationCommand::redo()
{
    if (std::exchange(m_written, false))
        return;
    const DeskDocument::UndoStep step(m_document, this, DeskDocument::UndoStep::Redo);
    if (!m_document->addExplanation(m_periodId, m_stored))
        setObsolete(true);
}

bool DecideExplanationCommand::apply(DeskDocument *document, qint64 periodId, const Explanation &before,
    const QDate &decided, const QString &conclusion, const QString &unitName)
{
    Explanation after = before;
    after.decided = decided;
    after.conclusion = decided.isValid() ? conclusion.trimmed() : QString();
    if (after == before)
        return true;
    if (!document->decideExplanation(periodId, before.id, after.decided, after.conclusion, before))
        return false;
    document->undoStack()->push(new DecideExplanationCommand(document, periodId, before, after, unitName));
    return true;
}

DecideExplanationCommand::DecideExplanationCommand(
    DeskDocument *document, qint64 periodId, Explanation before, Explanation after, const QString &unitName)
    : m_document(document), m_periodId(periodId), m_before(std::move(before)), m_after(std::move(after))
{
    setText(m_after.isOpen()
            ? tr("reopening the explanation of %1 for criterion %2").arg(unitName, m_after.criterionCode)
            : tr("decision on the explanation of %1 for criterion %2").arg(unitName, m_after.criterionCode));
}

void DecideExplanationCommand::undo()
{
    const DeskDocument::UndoStep step(m_document, this, DeskDocument::UndoStep::Undo);
    if (!m_document->decideExplanation(m_periodId, m_before.id, m_before.decided, m_before.conclusion, m_after))
        setObsolete(true);
}

void DecideExplanationCommand::redo()
{
    if (std::exchange(m_written, false))
        return;
    const DeskDocument::UndoStep step(m_document, this, DeskDocument::UndoStep::Redo);
    if (!m_document->decideExplanation(m_periodId, m_after.id, m_after.decided, m_after.conclusion, m_before))
        setObsolete(true);
}

} // namespace parindex
