#include "criteriadelegates.h"

#include "model/criterion.h"

#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QStyle>
#include <QtWidgets/QTreeView>

using namespace Qt::StringLiterals;

namespace parindex {

QWidget *CriterionKindDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(u"kindEditor"_s);
    for (CriterionKind kind : {CriterionKind::Group, CriterionKind::Score, CriterionKind::Rate, CriterionKind::Survey,
             CriterionKind::Deduction})
        combo->addItem(CriterionText::kindLabel(kind), int(kind));
    // A choice from the list is the edit: commit it without waiting for Enter or a focus change.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<CriterionKindDelegate *>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo, QAbstractItemDelegate::NoHint);
    });
    return combo;
}

void CriterionKindDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    const int i = combo->findData(index.data(Qt::EditRole).toInt());
    combo->setCurrentIndex(qMax(0, i));
}

void CriterionKindDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    if (combo->currentData().toInt() != index.data(Qt::EditRole).toInt())
        model->setData(index, combo->currentData(), Qt::EditRole);
}

QSize WrappedTextDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize size = QStyledItemDelegate::sizeHint(option, index);
    const auto *view = qobject_cast<const QTreeView *>(option.widget);
    if (!view)
        return size;
    int indent = 0;
    if (view->header()->visualIndex(index.column()) == 0) {
        indent = view->rootIsDecorated() ? view->indentation() : 0;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            indent += view->indentation();
    }
    const QStyle *style = view->style();
    const int margins = 2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1) + 4;
    const int width = view->columnWidth(index.column()) - indent - margins;
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (width <= 0 || opt.text.isEmpty())
        return size;
    const QRect text = opt.fontMetrics.boundingRect(QRect(0, 0, width, 0), Qt::AlignLeft | Qt::TextWordWrap, opt.text);
    return {size.width(), qMax(size.height(), text.height() + 8)};
}

} // namespace parindex
