#pragma once

#include <QtWidgets/QTableView>
#include <QtWidgets/QTreeView>

namespace parindex {

class ScoreGridModel;
class ScoreSheetModel;

// The score sheet, keyboard first: every row expanded; typing starts editing; Tab runs through self-assessed,
// appraised and note, then on to the next leaf's appraised value (Backtab goes back); Enter commits and moves
// down to the next leaf in the same column; Space toggles N/A of the current leaf; Delete clears a cell. Leaves that
// are not applicable are skipped by Tab and Enter (the arrows still reach them).
class ScoreSheetView : public QTreeView
{
    Q_OBJECT
public:
    explicit ScoreSheetView(ScoreSheetModel *model, QWidget *parent = nullptr);

    bool isEditing() const { return state() == EditingState; }
    // Commits and closes an open editor; false when the model refused its value.
    bool commitOpenEditor();
    // The leaf after (or before) the current one in the same column.
    QModelIndex leafBelow(int direction) const;

signals:
    // A value, Space or Delete was typed while the sheet takes no change (a final period, a read-only file).
    void typingRefused(const QModelIndex &index);

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    // Nothing collapses, so no expand arrows: the indentation alone shows the tree.
    void drawBranches(QPainter *, const QRect &, const QModelIndex &) const override { }

private:
    ScoreSheetModel *m_model;
};

// All units x the leaves of one area. Tab and Backtab run through the editable cells row by row; Enter
// commits and moves down to the next unit in the same column; typing starts editing; Delete clears a cell.
class ScoreGridView : public QTableView
{
    Q_OBJECT
public:
    explicit ScoreGridView(ScoreGridModel *model, QWidget *parent = nullptr);
    bool isEditing() const { return state() == EditingState; }

signals:
    // A value or Delete was typed while the table takes no change (a final period, a read-only file).
    void typingRefused(const QModelIndex &index);

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    void moveDown();
    ScoreGridModel *m_model;
};

} // namespace parindex
