#pragma once

#include "model/result.h"
#include "model/scoresheet.h"

#include <QtCore/QCoreApplication>
#include <QtGui/QUndoCommand>

namespace parindex {

class DeskDocument;

// A whole import as one undo step: written in one transaction, undone by writing back exactly the cells it
// replaced (also those it created, which become empty again), redone by writing its cells once more.
// Undo and redo happen only while every cell still holds what the import (or its undo) wrote: when another program
// changed one since, nothing is written, the window says who, and the step is dropped.
class ImportScoresCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportScoresCommand)
public:
    // Writes the rows; only when the file accepted them is the command pushed onto the document's stack.
    static Status apply(DeskDocument *document, qint64 periodId, const QList<ScoreRow> &rows, const QString &fileName);

    void undo() override;
    void redo() override;

private:
    ImportScoresCommand(DeskDocument *document, qint64 periodId, QList<ScoreCell> before, QList<ScoreCell> after,
        const QString &fileName);

    DeskDocument *m_document;
    qint64 m_periodId;
    QList<ScoreCell> m_before;
    QList<ScoreCell> m_after;
    bool m_written = true; // the first redo() is the write apply() already made
};

} // namespace parindex
