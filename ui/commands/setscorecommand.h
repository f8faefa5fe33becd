#pragma once

#include "model/scoresheet.h"

#include <QtCore/QCoreApplication>
#include <QtGui/QUndoCommand>

namespace parindex {

class DeskDocument;

// One accepted cell of a score sheet: written at once, undone by writing the value it replaced.
// Holds stable keys (period id, unit and criterion codes), never rows or model indexes.
class SetScoreCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetScoreCommand)
public:
    // Writes `after`; only when the file accepted it is the command pushed onto the document's stack.
    static bool apply(DeskDocument *document, qint64 periodId, const QString &unitCode, const QString &criterionCode,
        const ScoreEntry &after);

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
