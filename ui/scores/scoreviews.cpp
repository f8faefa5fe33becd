#include "scoreviews.h"

#include "scoredelegates.h"
#include "scoregridmodel.h"
#include "scoresheetmodel.h"

#include <QtGui/QKeyEvent>
#include <QtWidgets/QHeaderView>

namespace parindex {

namespace {
constexpr auto TypingEditTriggers
    = QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed;

bool isEnter(const QKeyEvent *event)
{
    return (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
}
// Delete on a cell (not editing) clears its value, as one undo step like any other edit.
bool clearedByDelete(QAbstractItemView *view, bool editing, const QKeyEvent *event)
{
    if (editing || event->key() != Qt::Key_Delete || event->modifiers() != Qt::NoModifier)
        return false;
    const QModelIndex current = view->currentIndex();
    if (current.flags() & Qt::ItemIsEditable)
        view->model()->setData(current, QString(), Qt::EditRole);
    return true;
}
// A key that would change a cell: a value typed, Space (not applicable) or Delete; not a shortcut, not a move.
bool changesACell(const QKeyEvent *event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Space)
        return true;
    const QString text = event->text();
    return !text.isEmpty() && text.at(0).isPrint();
}
} // namespace

ScoreSheetView::ScoreSheetView(ScoreSheetModel *model, QWidget *parent) : QTreeView(parent), m_model(model)
{
    setModel(model);
    setEditTriggers(TypingEditTriggers);
    setTabKeyNavigation(true);
    setSelectionBehavior(SelectItems);
    setSelectionMode(SingleSelection);
    setItemsExpandable(false); // always fully expanded: Left and Right move between columns
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setAllColumnsShowFocus(false);
    auto *values = new ScoreCellDelegate(ScoreCellDelegate::Content::Value, this);
    setItemDelegateForColumn(ScoreSheetModel::SelfColumn, values);
    setItemDelegateForColumn(ScoreSheetModel::AppraisedColumn, values);
    setItemDelegateForColumn(
        ScoreSheetModel::NoteColumn, new ScoreCellDelegate(ScoreCellDelegate::Content::Note, this));
    setItemDelegateForColumn(ScoreSheetModel::CriterionColumn, new CriterionTitleDelegate(this));
    connect(model, &QAbstractItemModel::modelReset, this, &QTreeView::expandAll);
    // Long criterion titles wrap: row heights follow the width of the title column.
    setWordWrap(true);
    setUniformRowHeights(false);
    connect(header(), &QHeaderView::sectionResized, this, [this](int logical) {
        if (logical == ScoreSheetModel::CriterionColumn)
            scheduleDelayedItemsLayout();
    });
    expandAll();
}

bool ScoreSheetView::commitOpenEditor()
{
    if (state() != EditingState)
        return true;
    QWidget *editor = focusWidget(); // the editor has the focus, also while the window is not active
    while (editor && editor->parentWidget() != viewport())
        editor = editor->parentWidget();
    if (!editor)
        return true;
    auto *delegate = qobject_cast<ScoreCellDelegate *>(itemDelegateForIndex(currentIndex()));
    commitData(editor);
    closeEditor(editor, QAbstractItemDelegate::NoHint);
    return !delegate || delegate->lastCommitAccepted();
}

QModelIndex ScoreSheetView::leafBelow(int direction) const
{
    const QModelIndex current = currentIndex();
    return m_model->neighbourLeaf(
        current, direction, current.isValid() ? current.column() : int(ScoreSheetModel::AppraisedColumn));
}

QModelIndex ScoreSheetView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    using M = ScoreSheetModel;
    const QModelIndex current = currentIndex();
    const bool leaf = current.data(M::LeafRole).toBool();
    const int column = current.column();
    switch (action) {
    case MoveNext:
        if (leaf && column < M::SelfColumn)
            return current.siblingAtColumn(M::SelfColumn);
        if (leaf && (column == M::SelfColumn || column == M::AppraisedColumn))
            return current.siblingAtColumn(column + 1);
        return m_model->neighbourLeaf(current, +1, M::AppraisedColumn);
    case MovePrevious:
        if (leaf && column > M::NoteColumn)
            return current.siblingAtColumn(M::NoteColumn);
        if (leaf && (column == M::NoteColumn || column == M::AppraisedColumn))
            return current.siblingAtColumn(column - 1);
        return m_model->neighbourLeaf(current, -1, M::NoteColumn);
    default:
        return QTreeView::moveCursor(action, modifiers);
    }
}

void ScoreSheetView::keyPressEvent(QKeyEvent *event)
{
    if (state() != EditingState && !m_model->isEditable() && currentIndex().isValid() && changesACell(event)) {
        emit typingRefused(currentIndex()); // the tab says why: nothing typed is lost without a word
        event->accept();
        return;
    }
    if (state() != EditingState && event->key() == Qt::Key_Space && event->modifiers() == Qt::NoModifier) {
        const QModelIndex na = currentIndex().siblingAtColumn(ScoreSheetModel::NotApplicableColumn);
        if (na.flags() & Qt::ItemIsUserCheckable) {
            const bool checked = na.data(Qt::CheckStateRole).toInt() == Qt::Checked;
            model()->setData(na, int(checked ? Qt::Unchecked : Qt::Checked), Qt::CheckStateRole);
        }
        event->accept();
        return;
    }
    if (state() != EditingState && isEnter(event)) {
        if (const QModelIndex below = leafBelow(+1); below.isValid())
            setCurrentIndex(below);
        event->accept();
        return;
    }
    if (clearedByDelete(this, isEditing(), event)) {
        event->accept();
        return;
    }
    QTreeView::keyPressEvent(event);
}

void ScoreSheetView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    QTreeView::closeEditor(editor, hint);
    if (hint == QAbstractItemDelegate::SubmitModelCache) { // Enter, and the value was taken
        if (const QModelIndex below = leafBelow(+1); below.isValid())
            setCurrentIndex(below);
    }
}

ScoreGridView::ScoreGridView(ScoreGridModel *model, QWidget *parent) : QTableView(parent), m_model(model)
{
    setModel(model);
    setEditTriggers(TypingEditTriggers);
    setTabKeyNavigation(true);
    setSelectionBehavior(SelectItems);
    setSelectionMode(SingleSelection);
    setAlternatingRowColors(true);
    setItemDelegate(new ScoreCellDelegate(ScoreCellDelegate::Content::Value, this));
    setItemDelegateForColumn(ScoreGridModel::UnitColumn, new QStyledItemDelegate(this));
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(ScoreCellDelegate::rowHeight(fontMetrics()));
}

QModelIndex ScoreGridView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    if (action != MoveNext && action != MovePrevious)
        return QTableView::moveCursor(action, modifiers);
    // Only value cells take Tab, row by row; past the last one the focus leaves the grid.
    const int columns = model()->columnCount();
    const int cells = model()->rowCount() * columns;
    const int step = action == MoveNext ? 1 : -1;
    const QModelIndex current = currentIndex();
    int position = current.isValid() ? current.row() * columns + current.column() : (step > 0 ? -1 : cells);
    for (position += step; position >= 0 && position < cells; position += step) {
        const QModelIndex candidate = model()->index(position / columns, position % columns);
        if (!isColumnHidden(candidate.column()) && (candidate.flags() & Qt::ItemIsEditable))
            return candidate;
    }
    return {};
}

void ScoreGridView::moveDown()
{
    const QModelIndex current = currentIndex();
    const QModelIndex below = current.sibling(current.row() + 1, current.column());
    if (below.isValid())
        setCurrentIndex(below);
}

void ScoreGridView::keyPressEvent(QKeyEvent *event)
{
    if (state() != EditingState && !m_model->isEditable() && currentIndex().isValid() && changesACell(event)) {
        emit typingRefused(currentIndex());
        event->accept();
        return;
    }
    if (state() != EditingState && isEnter(event)) {
        moveDown();
        event->accept();
        return;
    }
    if (clearedByDelete(this, isEditing(), event)) {
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void ScoreGridView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    QTableView::closeEditor(editor, hint);
    if (hint == QAbstractItemDelegate::SubmitModelCache)
        moveDown();
}

} // namespace parindex
