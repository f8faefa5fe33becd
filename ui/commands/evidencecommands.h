#pragma once

#include "model/evidence.h"

#include <QtCore/QCoreApplication>
#include <QtGui/QUndoCommand>

namespace parindex {

class DeskDocument;

// An evidence document attached to a cell: written at once, undone by taking it away; the redo attaches the same
// content again with the same id. Holds the stored attachment and its content (a content goes from the store with
// its last attachment), never rows or model indexes.
class AttachEvidenceCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AttachEvidenceCommand)
public:
    // Attaches the file at `path`; only when the store accepted it is the command pushed. `unitName` names the unit
    // in the undo step's text.
    static bool apply(DeskDocument *document, qint64 periodId, const QString &unitCode, const QString &criterionCode,
        const QString &path, const QString &unitName);

    void undo() override;
    void redo() override;

private:
    AttachEvidenceCommand(DeskDocument *document, qint64 periodId, Evidence stored, const QString &unitName);

    DeskDocument *m_document;
    qint64 m_periodId;
    Evidence m_stored;
    QByteArray m_content; // read when first undone
    bool m_written = true;
};

// An attachment taken away; its undo attaches the content again with the same id.
class RemoveEvidenceCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveEvidenceCommand)
public:
    static bool apply(DeskDocument *document, qint64 periodId, const Evidence &shown, const QString &unitName);

    void undo() override;
    void redo() override;

private:
    RemoveEvidenceCommand(
        DeskDocument *document, qint64 periodId, Evidence stored, QByteArray content, const QString &unitName);

    DeskDocument *m_document;
    qint64 m_periodId;
    Evidence m_stored;
    QByteArray m_content;
    bool m_written = true;
};

} // namespace parindex
