#pragma once

#include <QtWidgets/QStyledItemDelegate>

namespace parindex {

// The kind of a criterion, chosen from a list of the kinds' names; the choice is committed at once.
class CriterionKindDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

// A column of long text (criterion titles) that wraps: the row grows to show the whole title, measured against the
// column's width (a tree view alone measures rows without it and would elide them).
class WrappedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace parindex
