#pragma once

#include "render/decision/decisiontexts.h"

#include <QtCore/QCoreApplication>
#include <QtGui/QUndoCommand>

namespace parindex {

class DeskDocument;

// One accepted change of a decision's texts (a field of the Decision tab): written at once, undone by
// writing the texts it replaced. Further edits of the same field merge into one step, as typing does.
// Undo and redo expect the texts they find to be those the step wrote: texts that someone else changed since are
// kept (the window says who) and the step is dropped.
class SetDecisionTextsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetDecisionTextsCommand)
public:
    // Writes `after`; only when the file accepted it is the command pushed onto the document's stack. `before` is
    // what the file held: the form starts each write from the texts stored, so that fields another program
    // changed meanwhile are not written back as the form showed them.
    // `field` names what changed, for the Edit menu ("Undo change of the subject") and for merging.
    static bool apply(DeskDocument *document, int year, const QString &groupCode, const DecisionTexts &before,
        const DecisionTexts &after, int field, const QString &fieldName);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    void undo() override;
    void redo() override;

private:
    SetDecisionTextsCommand(DeskDocument *document, int year, QString groupCode, DecisionTexts before,
        DecisionTexts after, int field, const QString &fieldName);

    DeskDocument *m_document;
    int m_year;
    QString m_groupCode;
    DecisionTexts m_before;
    DecisionTexts m_after;
    int m_field;
    bool m_written = true; // the first redo() is the write apply() already made
};

} // namespace parindex
