#pragma once

#include "model/evidence.h"

#include <QtWidgets/QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace parindex {

class DeskDocument;

// The evidence documents (tài liệu kiểm chứng) of one cell of a unit's sheet: listed with their kind, size, who
// attached them and when; opened in the program the computer has for them, saved as a copy, attached (several files
// at once) and taken away, each one undo step written at once. Read-only, with the reason said, where this login
// may not change the cell's evidence (a final period, a read-only file, another unit's staff).
class EvidenceDialog : public QDialog
{
    Q_OBJECT
public:
    struct Cell
    {
        qint64 periodId = 0;
        QString unitCode;
        QString unitName;
        QString criterionCode;
        QString criterionTitle; // as the sheet shows it: "1.1.1. Ban hành ..."
    };
    // `lockedReason` empty: the evidence may be changed here.
    EvidenceDialog(DeskDocument *document, Cell cell, const QString &lockedReason, QWidget *parent);

    // What the buttons do, on the current document (tests call them).
    void attach(const QStringList &paths);
    bool openCurrent();
    bool saveCurrent(const QString &path);
    void removeCurrent();
    qsizetype count() const { return m_list.size(); }

private:
    void reload();
    void updateButtons();
    const Evidence *current() const;
    void askAttach();
    void askSave();

    DeskDocument *m_document;
    Cell m_cell;
    QString m_lockedReason;
    QList<Evidence> m_list;
    QTreeWidget *m_view;
    QLabel *m_empty;
    QLabel *m_hint;
    QPushButton *m_attach;
    QPushButton *m_open;
    QPushButton *m_save;
    QPushButton *m_remove;
};

} // namespace parindex
