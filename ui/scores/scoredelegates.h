#pragma once

#include "model/criterion.h"

#include <QtGui/QFontMetrics>
#include <QtWidgets/QStyledItemDelegate>

class QLineEdit;

namespace parindex {

// The editor of a score cell: a line edit for a value (numbers with '.' or ',') or any text (a note). A value
// editor keeps every key typed; as soon as the text can no longer become a value in the criterion's range ("-",
// a letter, "2,5" for a maximum of 2) it turns red and shows the range message, and valueRefused() says so.
// Tab, Backtab and Enter commit; when the model refuses the value, the editor
// closes and the cursor stays on that cell (the model says why), so nothing moves past a refused value.
// Enter closes with SubmitModelCache, which the score views read as "move down".
// A value being typed is never replaced by a reload of the cells around it.
class ScoreCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Content { Value, Note };

    explicit ScoreCellDelegate(Content content, QObject *parent = nullptr);

    // The editor's property that is true while its text can no longer become a value.
    static constexpr char RefusedProperty[] = "valueRefused";
    // Rows a little taller than the text, so that an open editor does not crowd its digits.
    static int rowHeight(const QFontMetrics &metrics) { return metrics.height() + 10; }
    // Whether the model took the value of the last commit.
    bool lastCommitAccepted() const { return m_accepted; }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

signals:
    // A key made the text of a value editor one that no value in range starts with: the range message.
    void valueRefused(const QString &rangeMessage);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    void watchValue(QLineEdit *editor, const Criterion &criterion, const QString &rangeMessage) const;

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
