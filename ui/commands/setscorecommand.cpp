#include "setscorecommand.h"

#include "deskdocument.h"

namespace parindex {

namespace {
// Each part of a cell, for the three-way comparison of what the view showed, the edit and the file.
template<typename Visit> void forEachPart(Visit visit)
{
    visit(&ScoreEntry::selfValue);
    visit(&ScoreEntry::appraised);
    visit(&ScoreEntry::notApplicable);
    visit(&ScoreEntry::note);
}
} // namespace

bool SetScoreCommand::apply(DeskDocument *document, qint64 periodId, const QString &unitCode,
    const QString &criterionCode, const ScoreEntry &shown, const ScoreEntry &after)
{
    const auto read = document->storedEntry(periodId, unitCode, criterionCode);
    if (!read)
        return document->refuse(read.error()).ok(); // nothing is written over a cell that cannot be read
    const ScoreEntry stored = *read;
    ScoreEntry next = stored;
    bool collides = false;
    forEachPart([&](auto part) {
        if (after.*part == shown.*part)
            return;
        collides = collides || (stored.*part != shown.*part && stored.*part != after.*part);
        next.*part = after.*part;
    });
    if (collides) {
        // Written with the value the view showed as the one expected: the file refuses it and names who changed it.
        return document->setScore(periodId, unitCode, criterionCode, after, shown).ok();
    }
    if (next == stored)
        return true;
    if (!document->setScore(periodId, unitCode, criterionCode, next, stored))
        return false;
    document->undoStack()->push(new SetScoreCommand(document, periodId, unitCode, criterionCode, stored, next));
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
    setText(tr("score %1 of %2").arg(m_criterionCode, m_document->unitName(m_periodId, m_unitCode)));
}

void SetScoreCommand::undo()
{
    const DeskDocument::UndoStep step(m_document, this, DeskDocument::UndoStep::Undo);
    if (!m_document->setScore(m_periodId, m_unitCode, m_criterionCode, m_before, m_after))
        setObsolete(true);
}

void SetScoreCommand::redo()
{
    if (std::exchange(m_written, false))
        return;
    const DeskDocument::UndoStep step(m_document, this, DeskDocument::UndoStep::Redo);
    if (!m_document->setScore(m_periodId, m_unitCode, m_criterionCode, m_after, m_before))
        setObsolete(true);
}

} // namespace parindex
