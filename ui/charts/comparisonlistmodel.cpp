#include "comparisonlistmodel.h"

namespace parindex {

ComparisonListModel::ComparisonListModel(QObject *parent) : QAbstractListModel(parent)
{ }

void ComparisonListModel::setList(ComparisonList list)
{
    beginResetModel();
    m_list = std::move(list);
    endResetModel();
}

int ComparisonListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_list.rows.size());
}

QVariant ComparisonListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ComparisonRow &row = m_list.rows[index.row()];
    switch (role) {
    case Qt::DisplayRole: // typing a name finds the unit
        return row.name;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return row.tip;
    case RowRole:
        return QVariant::fromValue(row);
    case CodeRole:
        return row.unitCode;
    default:
        return {};
    }
}

Qt::ItemFlags ComparisonListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace parindex
