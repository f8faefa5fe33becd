#pragma once

#include "model/period.h"

#include <QtWidgets/QWidget>

#include <optional>

class QAction;
class QLabel;
class QStackedWidget;
class QTableView;
class QToolBar;
class QTreeView;

namespace parindex {

class BandsModel;
class CriteriaTreeModel;
class DeskDocument;
class ReadFailure;

// The Criteria tab: the period's criteria tree with its maxima, kinds and rules, the classification bands,
// and the units of the group. (Interface fixed by the main window; the implementation owns the rest.)
// Tree edits (add, remove, move, indent, outdent) act on the current criterion; each is one undo step on the
// document's stack, and scores follow their criterion when codes are renumbered.
class CriteriaTab : public QWidget
{
    Q_OBJECT
public:
    enum class Edit {
        AddArea,
        AddSibling,
        AddChild,
        Remove,
        MoveUp,
        MoveDown,
        Indent,
        Outdent,
        CopyFromYear,
        ImportFile
    };

    CriteriaTab(DeskDocument *document, QWidget *parent = nullptr);
    // 0: no period (empty state).
    void showPeriod(qint64 periodId);
    qint64 periodId() const { return m_periodId; }

    CriteriaTreeModel *model() const { return m_model; }
    BandsModel *bandsModel() const { return m_bandsModel; }
    QTreeView *view() const { return m_view; }
    QTableView *bandsView() const { return m_bandsView; }
    // What the tree and the bands show in place of their rows when they could not be read; empty when read.
    QString treeFailure() const;
    QString bandsFailure() const;
    // The tab's edit actions (with their shortcuts while the tree has the focus), for menus and tests.
    QAction *action(Edit edit) const;
    // "Units and groups…": opens the units dialog for the group on screen; the main window may put it in a menu.
    QAction *unitsAction() const { return m_unitsAction; }
    QAction *mapAction() const { return m_mapAction; }

    QString currentCode() const;
    void setCurrentCode(const QString &code);
    // Copies the tree and bands of an earlier year of the group (what the dialog of CopyFromYear does).
    bool copyFromYear(int year);

public slots:
    void editUnits();
    // What the period's criteria continue of the year before (CriteriaMapDialog); one undo step when saved.
    void editCriteriaMap();

private:
    QWidget *buildTreePage();
    QWidget *buildEmptyPage();
    QWidget *buildBandsPanel();
    void createActions();
    void run(Edit edit);
    void chooseYearToCopy();
    void chooseFileToImport();
    void refreshState();
    void refreshTotal();
    void showFailures();
    void updateActions();
    void rememberView();
    void restoreView();

    DeskDocument *m_document;
    qint64 m_periodId = 0;
    std::optional<Period> m_period;
    CriteriaTreeModel *m_model;
    BandsModel *m_bandsModel;
    QLabel *m_note = nullptr;
    QToolBar *m_toolBar = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTreeView *m_view = nullptr;
    QTableView *m_bandsView = nullptr;
    ReadFailure *m_treeFailure = nullptr;
    ReadFailure *m_bandsFailure = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_emptyHint = nullptr;
    QList<QAction *> m_actions; // by Edit
    QAction *m_unitsAction = nullptr;
    QAction *m_mapAction = nullptr;
    bool m_canCopy = false; // an earlier year of the group has criteria
    QString m_keptCode; // the current criterion across a model reset
    int m_keptColumn = 0;
    QStringList m_collapsed; // codes the user folded, kept across resets
};

} // namespace parindex
