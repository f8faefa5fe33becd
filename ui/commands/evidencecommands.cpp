#include "evidencecommands.h"

#include "deskdocument.h"

namespace parindex {

bool AttachEvidenceCommand::apply(DeskDocument *document, qint64 periodId, const QString &unitCode,
    const QString &criterionCode, const QString &path, const QString &unitName)
{
    const auto stored = document->attachEvidence(periodId, unitCode, criterionCode, path);
    if (!stored)
        return false;
    document->undoStack()->push(new AttachEvidenceCommand(document, periodId, *stored, unitName));
    return true;
}

AttachEvidenceCommand::AttachEvidenceCommand(
    DeskDocument *document, qint64 periodId, Evidence stored, const QString &unitName)
    : m_document(document), m_periodId(periodId), m_stored(std::move(stored))
{
    setText(tr("evidence %1 of %2 for criterion %3").arg(m_stored.name, unitName, m_stored.criterionCode));
}

void AttachEvidenceCommand::undo()
{
    const DeskDocument::UndoStep step(m_document, this, DeskDocument::UndoStep::Undo);
    // Its content, for the redo: the store lets it go with its last attachment.
    if (m_content.isEmpty()) {
        const auto content = m_document->evidenceContent(m_periodId, m_stored.id);
        if (!content) {
            (void)m_document->refuse(content.error());
            setObsolete(true);
            return;
        }
        m_content = *content;
    }
    if (!m_document->removeEvidence(m_periodId, m_stored.id, m_stored))
        setObsolete(true);
}

void AttachEvidenceCommand::redo()
{
    if (std::exchange(m_written, false))
        return;
    const DeskDocument::UndoStep step(m_document, this, DeskDocument::UndoStep::Redo);
    const auto again = m_document->addEvidence(m_periodId, m_stored, m_content);
    if (!again)
        setObsolete(true);
    else
        m_stored = *again; // attached now, by whoever redid it
}

bool RemoveEvidenceCommand::apply(
    DeskDocument *document, qint64 periodId, const Evidence &shown, const QString &unitName)
{
    const auto content = document->evidenceContent(periodId, shown.id);
    if (!content) {
        (void)document->refuse(content.error());
        return false;
    }
    if (!document->removeEvidence(periodId, shown.id, shown))
        return false;
    document->undoStack()->push(new RemoveEvidenceCommand(document, periodId, shown, *content, unitName));
    return true;
}

RemoveEvidenceCommand::RemoveEvidenceCommand(
    DeskDocument *document, qint64 periodId, Evidence stored, QByteArray content, const QString &unitName)
    : m_document(document), m_periodId(periodId), m_stored(std::move(stored)), m_content(std::move(content))
{
    setText(tr("removal of evidence %1 of %2 for criterion %3").arg(m_stored.name, unitName, m_stored.criterionCode));
}

void RemoveEvidenceCommand::undo()
{
    const DeskDocument::UndoStep step(m_document, this, DeskDocument::UndoStep::Undo);
    const auto again = m_document->addEvidence(m_periodId, m_stored, m_content);
    if (!again)
        setObsolete(true);
    else
        m_stored = *again;
}

void RemoveEvidenceCommand::redo()
{
    if (std::exchange(m_written, false))
        return;
    const DeskDocument::UndoStep step(m_document, this, DeskDocument::UndoStep::Redo);
    if (!m_document->removeEvidence(m_periodId, m_stored.id, m_stored))
        setObsolete(true);
}

} // namespace parindex
