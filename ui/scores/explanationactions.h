#pragma once

#include "model/explanation.h"

#include <QtCore/QObject>

class QAction;
class QTreeView;
class QWidget;

namespace parindex {

class DeskDocument;
class ScoreSheetModel;

// Recording the units' explanations (giải trình) of their notice, on the score sheet's current cell: "Record
// explanation…" (what the unit wrote, the day it arrived) and "Decide explanation…" (the council's decision, which
// takes the cell's mark away and keeps the explanation). Each is one undo step, written at once.
class ExplanationActions : public QObject
{
    Q_OBJECT
public:
    ExplanationActions(DeskDocument *document, ScoreSheetModel *model, QTreeView *view, QWidget *dialogParent);

    QAction *recordAction() const { return m_record; }
    QAction *decideAction() const { return m_decide; }
    void setUnitName(const QString &name) { m_unitName = name; }

    // What the dialogs call, on the current cell: false (and the reason said by the document) when refused.
    bool record(const QString &text, const QDate &received);
    bool decide(const QDate &decided, const QString &conclusion);

private:
    void update();
    QString currentCode() const; // the current leaf's criterion code; empty when none
    bool refuseOnFinal();
    void askRecord();
    void askDecide();

    DeskDocument *m_document;
    ScoreSheetModel *m_model;
    QTreeView *m_view;
    QWidget *m_dialogParent;
    QAction *m_record;
    QAction *m_decide;
    QString m_unitName;
};

} // namespace parindex
