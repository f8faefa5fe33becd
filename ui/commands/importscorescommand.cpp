#include "importscorescommand.h"

#include "deskdocument.h"

namespace parindex {

Status ImportScoresCommand::apply(
    DeskDocument *document, qint64 periodId, const QList<ScoreRow> &rows, const QString &fileName)
{
    // The cells as the file holds them now, also those another program wrote a moment ago: what undo puts back.
    const auto read = document->storedScoreSheets(periodId);
    if (!read)
        return read.error(); // without the cells as they are, no undo: nothing is imported
    const QHash<QString, ScoreSheet> &sheets = *read;
    QList<ScoreCell> before, after;
    before.reserve(rows.size());
    after.reserve(rows.size());
    for (const ScoreRow &r : rows) {
        const ScoreEntry old = sheets.value(r.unitCode).entry(r.criterionCode);
        before.append({r.unitCode, r.criterionCode, old});
        after.append({r.unitCode, r.criterionCode, r.appliedTo(old)});
    }
    if (const Status s = document->importScores(periodId, rows); !s)
        return s;
    document->undoStack()->push(new ImportScoresCommand(document, periodId, before, after, fileName));
    return {};
}

ImportScoresCommand::ImportScoresCommand(
    DeskDocument *document, qint64 periodId, QList<ScoreCell> before, QList<ScoreCell> after, const QString &fileName)
    : m_document(document), m_periodId(periodId), m_before(std::move(before)), m_after(std::move(after))
{
    setText(tr("import of %1").arg(fileName));
}

void ImportScoresCommand::undo()
{
    const DeskDocument::UndoStep step(m_document, this, DeskDocument::UndoStep::Undo);
    if (!m_document->restoreScores(m_periodId, m_before, m_after))
        setObsolete(true);
}

void ImportScoresCommand::redo()
{
    if (std::exchange(m_written, false))
        return;
    const DeskDocument::UndoStep step(m_document, this, DeskDocument::UndoStep::Redo);
    if (!m_document->restoreScores(m_periodId, m_after, m_before))
        setObsolete(true);
}

} // namespace parindex
