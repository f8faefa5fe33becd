#include "setdecisiontextscommand.h"

#include "deskdocument.h"

namespace parindex {

namespace {
constexpr int CommandId = 0x5044; // "PD": decision texts
}

bool SetDecisionTextsCommand::apply(DeskDocument *document, int year, const QString &groupCode,
    const DecisionTexts &before, const DecisionTexts &after, int field, const QString &fieldName)
{
    if (before == after)
        return true;
    if (!document->setDecisionTexts(year, groupCode, after))
        return false;
    document->undoStack()->push(
        new SetDecisionTextsCommand(document, year, groupCode, before, after, field, fieldName));
    return true;
}

SetDecisionTextsCommand::SetDecisionTextsCommand(DeskDocument *document, int year, QString groupCode,
    DecisionTexts before, DecisionTexts after, int field, const QString &fieldName)
    : m_document(document),
      m_year(year),
      m_groupCode(std::move(groupCode)),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_field(field)
{
    setText(tr("change of the decision's %1").arg(fieldName));
}

int SetDecisionTextsCommand::id() const
{
    return CommandId;
}

bool SetDecisionTextsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetDecisionTextsCommand *>(other);
    if (next->m_field != m_field || next->m_year != m_year || next->m_groupCode != m_groupCode)
        return false;
    m_after = next->m_after;
    return true;
}

void SetDecisionTextsCommand::undo()
{
    const DeskDocument::UndoStep step(m_document, this, DeskDocument::UndoStep::Undo);
    // Refused when the file is now final or read-only, or someone else changed the texts since: the step is dropped.
    if (!m_document->setDecisionTexts(m_year, m_groupCode, m_before, m_after))
        setObsolete(true);
}

void SetDecisionTextsCommand::redo()
{
    if (std::exchange(m_written, false))
        return;
    const DeskDocument::UndoStep step(m_document, this, DeskDocument::UndoStep::Redo);
    if (!m_document->setDecisionTexts(m_year, m_groupCode, m_after, m_before))
        setObsolete(true);
}

} // namespace parindex
