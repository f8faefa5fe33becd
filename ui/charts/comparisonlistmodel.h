#pragma once

#include "render/charts/comparisonlist.h"

#include <QtCore/QAbstractListModel>

namespace parindex {

// The rows of a comparison drawn as a list (ComparisonList), one unit a row, for ComparisonListView: the text a
// screen reader says, the exact values as the tip, and the whole row (RowRole) for the delegate that paints it.
class ComparisonListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        RowRole = Qt::UserRole + 1, // ComparisonRow
        CodeRole, // the unit's code
    };

    explicit ComparisonListModel(QObject *parent = nullptr);

    // Replaces every row (one reset: the cost does not depend on what was shown before).
    void setList(ComparisonList list);
    const ComparisonList &list() const { return m_list; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    ComparisonList m_list;
};

} // namespace parindex
