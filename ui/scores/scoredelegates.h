#pragma once

#include <QtGui/QFontMetrics>
#include <QtWidgets/QStyledItemDelegate>

class QValidator;

namespace parindex {

// The editor of a score cell: a line edit that takes digits and one '.' or ',' with up to four decimals
// (values), or any text (notes). Tab, Backtab and Enter commit; when the model refuses the value, the editor
// closes and the cursor stays on that cell (the model says why), so nothing moves past a refused value.
// Enter closes with SubmitModelCache, which the score views read as "move down".
// A value being typed is never replaced by a reload of the cells around it.
class ScoreCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Content { Value, Note };

    explicit ScoreCellDelegate(Content content, QObject *parent = nullptr);

    // What a value editor lets through: "12,5", "12.5", ",5"; not "1,2,3", "-1", "12,34567" or letters.
    static QValidator *createValueValidator(QObject *parent);
    // Rows a little taller than the text, so that an open editor does not crowd its digits.
    static int rowHeight(const QFontMetrics &metrics) { return metrics.height() + 10; }
    // Whether the model took the value of the last commit.
    bool lastCommitAccepted() const { return m_accepted; }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    Content m_content;
    mutable bool m_accepted = true; // what the model said to the last commit
};

// The criterion column of the score sheet: long titles wrap, and the row grows to show them whole (QTreeView
// alone would elide them, as it measures rows without the column's width).
class CriterionTitleDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace parindex
