#include "scoredelegates.h"

#include "scoreinput.h"

#include <QtGui/QKeyEvent>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QStyle>
#include <QtWidgets/QToolTip>
#include <QtWidgets/QTreeView>

using namespace Qt::StringLiterals;

namespace parindex {

ScoreCellDelegate::ScoreCellDelegate(Content content, QObject *parent) : QStyledItemDelegate(parent), m_content(content)
{ }

void ScoreCellDelegate::watchValue(QLineEdit *editor, const Criterion &criterion, const QString &rangeMessage) const
{
    // No validator: a validator drops the keys it refuses without a word, so "-0,5" became 0,5 and letters
    // vanished. Every key stays in the editor; one that leaves no value within reach marks the editor and shows
    // the range message at once, and the model refuses the text if it is committed so.
    const QPalette normal = editor->palette();
    connect(
        editor, &QLineEdit::textChanged, editor, [this, editor, criterion, rangeMessage, normal](const QString &text) {
            const bool refused = !ScoreInput::canBecomeValue(criterion, text);
            if (editor->property(RefusedProperty).toBool() != refused) {
                editor->setProperty(RefusedProperty, refused);
                QPalette palette = normal;
                if (refused) {
                    palette.setColor(QPalette::Base, QColor(0xf8, 0xd0, 0xd0));
                    palette.setColor(QPalette::Text, Qt::black);
                }
                editor->setPalette(palette);
                editor->setToolTip(refused ? rangeMessage : QString());
                if (!refused)
                    QToolTip::hideText();
            }
            if (refused) { // every such key, not only the first
                QToolTip::showText(editor->mapToGlobal(QPoint(0, editor->height())), rangeMessage, editor);
                emit const_cast<ScoreCellDelegate *>(this)->valueRefused(rangeMessage);
            }
        });
}

QSize ScoreCellDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize size = QStyledItemDelegate::sizeHint(option, index);
    return {size.width(), qMax(size.height(), rowHeight(option.fontMetrics))};
}

QWidget *ScoreCellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *editor = new QLineEdit(parent);
    editor->setFrame(false);
    if (m_content == Content::Value) {
        editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        editor->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
        watchValue(editor, index.data(ScoreInput::CriterionRole).value<Criterion>(),
            index.data(ScoreInput::RangeMessageRole).toString());
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
