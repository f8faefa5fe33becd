#pragma once

#include "render/charts/comparisonlist.h"

#include <QtWidgets/QListView>

namespace parindex {

class ComparisonListModel;

// The comparison of a large group on screen: one row per unit (rank, name, bar in its class colour, value), only
// the rows in sight painted, so that 3,321 communes cost what 40 do; the title, the key and the scale stay above
// the rows while they scroll. Keyboard: arrows, Page Up/Down, Home/End, typing a name. Tips give the exact values;
// the checked units are highlighted.
class ComparisonListView : public QListView
{
    Q_OBJECT
public:
    explicit ComparisonListView(QWidget *parent = nullptr);
    ~ComparisonListView() override;

    void setList(ComparisonList list);
    const ComparisonList &list() const;
    ComparisonListModel *listModel() const { return m_model; }
    // The height of the title, key and scale over the rows.
    int headHeight() const { return m_headHeight; }

protected:
    void updateGeometries() override;

private:
    class Head;
    ComparisonListModel *m_model;
    Head *m_head;
    int m_headHeight = 0;
};

} // namespace parindex
