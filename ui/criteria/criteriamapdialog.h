#pragma once

#include "model/criteriatree.h"
#include "model/lineage.h"
#include "model/period.h"

#include <QtWidgets/QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace parindex {

class DeskDocument;

// What each criterion of a period continues of the group's year before (issue 16): a row per criterion of the year
// with the criterion of the year before it continues, "new", or, for one made of several, the merger the file
// records. Areas continue areas, criteria below an area criteria below an area; every area must say what it
// continues before the links can be saved. Nothing is matched by code unless the person asks for it (the button
// links the criteria whose code and title are both the same).
class CriteriaMapDialog : public QDialog
{
    Q_OBJECT
public:
    CriteriaMapDialog(DeskDocument *document, const Period &period, QWidget *parent = nullptr);

    // Whether there is a year before, and the links could be read (else the dialog shows why and saves nothing).
    bool isUsable() const { return m_usable; }
    // The links as the dialog showed them first, and as they are now.
    const QList<CriterionLink> &before() const { return m_before; }
    QList<CriterionLink> links() const;

    QTreeWidget *view() const { return m_view; }
    // Links every criterion without a link to the criterion of the year before with its code and title.
    int linkSameCodeAndTitle();

private:
    void build();
    void refreshProblems();
    QComboBox *comboOf(qsizetype node) const;

    DeskDocument *m_document;
    Period m_period;
    CriteriaTree m_tree;
    CriteriaTree m_previous;
    int m_previousYear = 0;
    QList<CriterionLink> m_before;
    bool m_usable = false;
    QTreeWidget *m_view;
    QLabel *m_problems;
    QPushButton *m_save = nullptr;
    QList<QComboBox *> m_combos; // per node of m_tree
};

} // namespace parindex
