#pragma once

#include "model/explanation.h"

#include <QtCore/QCoreApplication>
#include <QtGui/QUndoCommand>

namespace parindex {

class DeskDocument;

// An explanation (giải trình) recorded for a cell: written at once, undone by taking it back; the redo records it
// again with the same id. Holds the stored explanation (stable keys), never rows or model indexes.
class RecordExplanationCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecordExplanationCommand)
public:
    // Writes it; only when the file accepted it is the command pushed onto the document's stack. `unitName` names
    // the unit in the undo step's text.
    static bool apply(DeskDocument *document, qint64 periodId, const Explanation &explanation, const QString &unitName);

    void undo() override;
    void redo() override;

private:
    RecordExplanationCommand(DeskDocument *document, qint64 periodId, Explanation stored, const QString &unitName);

    DeskDocument *m_document;
    qint64 m_periodId;
    Explanation m_stored;
    bool m_written = true;
};

// The council's decision on an explanation (or its undoing): the mark of the cell goes, the explanation stays.
class DecideExplanationCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DecideExplanationCommand)
public:
    // `before` as the view showed it; decided on `decided` with `conclusion`.
    static bool apply(DeskDocument *document, qint64 periodId, const Explanation &before, const QDate &decided,
        const QString &conclusion, const QString &unitName);

    void undo() override;
    void redo() override;

private:
    DecideExplanationCommand(
        DeskDocument *document, qint64 periodId, Explanation before, Explanation after, const QString &unitName);

    DeskDocument *m_document;
    qint64 m_periodId;
    Explanation m_before;
    Explanation m_after;
    bool m_written = true;
};

} // namespace parindex
