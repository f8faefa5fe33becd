#pragma once

#include "model/scoresheet.h"

#include <QtCore/QCoreApplication>
#include <QtGui/QUndoCommand>

namespace parindex {

class DeskDocument;

// One accepted cell of a score sheet: written at once, undone by writing the value it replaced.
// Holds stable keys (period id, unit and criterion codes), never rows or model indexes.
// Undo and redo name the value they expect to find: a cell that another program changed since is left as that
// program wrote it (the file refuses the write, the window says who changed it) and the step is dropped.
class SetScoreCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetScoreCommand)
public:
    // Writes `after`, the cell as the view showed it (`shown`) with the user's edit; only when the file accepted it
    // is the command pushed onto the document's stack. The edit is applied to what the file holds now: a part of the
    // cell that another program changed meanwhile (a note, the self-assessed value) is kept; when it changed the very
    // part edited here, nothing is written and the message says who changed it.
    static bool apply(DeskDocument *document, qint64 periodId, const QString &unitCode, const QString &criterionCode,
        const ScoreEntry &shown, const ScoreEntry &after);

    void undo() override;
    void redo() override;

private:
    SetScoreCommand(DeskDocument *document, qint64 periodId, QString unitCode, QString criterionCode, ScoreEntry before,
        ScoreEntry after);

    DeskDocument *m_document;
    qint64 m_periodId;
    QString m_unitCode;
    QString m_criterionCode;
    ScoreEntry m_before;
    ScoreEntry m_after;
    bool m_written = true; // the first redo() is the write apply() already made
};

} // namespace parindex
