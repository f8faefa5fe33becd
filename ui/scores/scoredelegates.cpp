#include "scoredelegates.h"

#include <QtCore/QRegularExpression>
#include <QtGui/QKeyEvent>
#include <QtGui/QRegularExpressionValidator>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QStyle>
#include <QtWidgets/QTreeView>

using namespace Qt::StringLiterals;

namespace parindex {

ScoreCellDelegate::ScoreCellDelegate(Content content, QObject *parent) : QStyledItemDelegate(parent), m_content(content)
{ }

QValidator *ScoreCellDelegate::createValueValidator(QObject *parent)
{
    // Numeric keypads type '.', Vietnamese text uses ','; both are a decimal point here. A lone separator
    // is intermediate, so it can be typed on the way to ",5".
    static const QRegularExpression pattern(u"(?:\\d{1,4}(?:[.,]\\d{0,4})?|[.,]\\d{1,4})?"_s);
    return new QRegularExpressionValidator(pattern, parent);
}

QSize ScoreCellDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize size = QStyledItemDelegate::sizeHint(option, index);
    return {size.width(), qMax(size.height(), rowHeight(option.fontMetrics))};
}

QWidget *ScoreCellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new QLineEdit(parent);
    editor->setFrame(false);
    if (m_content == Content::Value) {
        editor->setValidator(createValueValidator(editor));
        editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        editor->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    }
    return editor;
}

void ScoreCellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *line = qobject_cast<QLineEdit *>(editor);
    // The view calls this again whenever a cell of the editor's row or range changes (another program's write
    // reloaded, the totals of an edit): what the user is typing is kept.
    if (!line || line->isModified())
        return;
    line->setText(index.data(Qt::EditRole).toString());
    line->selectAll(); // the first key typed replaces the value
}

void ScoreCellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        m_accepted = model->setData(index, line->text(), Qt::EditRole);
}

bool ScoreCellDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QLineEdit *>(object);
    if (!editor || event->type() != QEvent::KeyPress)
        return QStyledItemDelegate::eventFilter(object, event);
    EndEditHint hint = NoHint;
    switch (static_cast<QKeyEvent *>(event)->key()) {
    case Qt::Key_Tab:
        hint = EditNextItem;
        break;
    case Qt::Key_Backtab:
        hint = EditPreviousItem;
        break;
    case Qt::Key_Enter:
    case Qt::Key_Return:
        hint = SubmitModelCache;
        break;
    default:
        return QStyledItemDelegate::eventFilter(object, event);
    }
    m_accepted = true;
    emit commitData(editor);
    emit closeEditor(editor, m_accepted ? hint : NoHint);
    return true;
}

QSize CriterionTitleDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize size = QStyledItemDelegate::sizeHint(option, index);
    const auto *tree = qobject_cast<const QTreeView *>(option.widget);
    if (!tree)
        return size;
    int depth = tree->rootIsDecorated() ? 1 : 0;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        ++depth;
    const QStyle *style = tree->style();
    const int margins = 2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1) + 4;
    const int width = tree->columnWidth(index.column()) - depth * tree->indentation() - margins;
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (width <= 0 || opt.text.isEmpty())
        return size;
    const QRect text = opt.fontMetrics.boundingRect(QRect(0, 0, width, 0), Qt::AlignLeft | Qt::TextWordWrap, opt.text);
    return {size.width(), qMax(size.height(), text.height() + 10)};
}

} // namespace parindex
