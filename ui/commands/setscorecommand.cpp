#include "setscorecommand.h"

#include "deskdocument.h"

namespace parindex {

bool SetScoreCommand::apply(DeskDocument *document, qint64 periodId, const QString &unitCode,
    const QString &criterionCode, const ScoreEntry &after)
{
    const ScoreEntry before = document->scoreSheet(periodId, unitCode).entry(criterionCode);
    if (before == after)
        return true;
    if (!document->setScore(periodId, unitCode, criterionCode, after))
        return false;
    document->undoStack()->push(new SetScoreCommand(document, periodId, unitCode, criterionCode, before, after));
    return true;
}

SetScoreCommand::SetScoreCommand(DeskDocument *document, qint64 periodId, QString unitCode, QString criterionCode,
    ScoreEntry before, ScoreEntry after)
    : m_document(document),
      m_periodId(periodId),
      m_unitCode(std::move(unitCode)),
      m_criterionCode(std::move(criterionCode)),
      m_before(std::move(before)),
      m_after(std::move(after))
{
    setText(tr("score %1 of %2").arg(m_criterionCode, m_unitCode));
}

void SetScoreCommand::undo()
{
    if (!m_document->setScore(m_periodId, m_unitCode, m_criterionCode, m_before))
        setObsolete(true);
}

void SetScoreCommand::redo()
{
    if (std::exchange(m_written, false))
        return;
    if (!m_document->setScore(m_periodId, m_unitCode, m_criterionCode, m_after))
        setObsolete(true);
}

} // namespace parindex
