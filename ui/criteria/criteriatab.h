#pragma once

#include <QtWidgets/QWidget>

namespace parindex {

class DeskDocument;

// The Criteria tab: the period's criteria tree with its maxima, kinds and rules, the classification bands,
// and the units of the group. (Interface fixed by the main window; the implementation owns the rest.)
class CriteriaTab : public QWidget
{
    Q_OBJECT
public:
    CriteriaTab(DeskDocument *document, QWidget *parent = nullptr);
    // 0: no period (empty state).
    void showPeriod(qint64 periodId);
};

} // namespace parindex
