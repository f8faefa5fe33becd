#pragma once

#include "desk/movementreport.h"
#include "model/result.h"
#include "render/decision/rankingprint.h"

#include <QtCore/QDate>
#include <QtWidgets/QWidget>

#include <memory>

class QTimer;

class QAction;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QLineEdit;
class QTableView;
class QTreeWidget;

namespace parindex {

class DeskDocument;
class NoticeDialog;
class RankingFilter;
class ReadFailure;
class RankingModel;
class RobustnessDialog;
class WhatIfDialog;

// The Ranking tab: rank, unit, points, index, class, last year's rank and the change, area sub-indices;
// sorts and filters; units still incomplete listed apart with what is missing. Recomputed by core
// after every edit of the period.
class MovementPanel;

class RankingTab : public QWidget
{
    Q_OBJECT
public:
    explicit RankingTab(DeskDocument *document, QWidget *parent = nullptr);
    void showPeriod(qint64 periodId);
    RankingModel *model() const { return m_model; }
    // Whether the tab waits for the ranking read off the GUI thread (its "Reading…" bar with Cancel is shown).
    bool isReading() const { return m_reading; }
    // The visible rows as tab-separated text with a header line (what "Copy as table" puts on the clipboard).
    QString visibleRowsAsText() const;
    // The news of the shown group's ranking of the year, and of the selected unit if a row is selected, in the
    // window's language (what "Copy summary" puts on the clipboard); an error when there is no period shown.
    Result<QString> summaryText() const;
    // Puts the focus on the ranking table: where Ctrl+Z reaches the window's undo, not the filter's text.
    void focusTable();
    // Why the selected unit moved since the year before (issue 16): worked out off the GUI thread on a read-only
    // connection of its own when the selection settles; the panel under the table shows it, or why there is none.
    MovementPanel *movementPanel() const { return m_movement; }
    bool isExplaining() const { return m_explaining > 0; }

    // The dialog of "Notices of appraisal results…" for the period shown (nullptr when none is).
    NoticeDialog *makeNoticeDialog();
    // The sandbox of the period shown (its input read from the file), nullptr when none is or it cannot be read.
    WhatIfDialog *makeWhatIfDialog();
    // "How robust is the order…" for the period shown (nullptr when none is): it reads the period itself, off the GUI
    // thread, when Run is pressed.
    RobustnessDialog *makeRobustnessDialog();

    // The ranking table on its own as an A4 landscape PDF (RankingPrint): title, group, year, the date, page
    // numbers, the header row on every page. The file of the database itself and unwritable targets are refused.
    Status exportPdf(const QString &path);
    // The date printed on the pages; today when not set (a test sets it).
    void setPrintDate(const QDate &date) { m_printDate = date; }

public slots:
    void copyAsTable();
    // Puts summaryText() on the clipboard and says so (summaryCopied), or says why not.
    void copySummary();
    void writeNotices();
    void openWhatIf();
    void openRobustness();
    // "Print/Export ranking as PDF…": asks for the file, then writes it; a refusal is shown with its reason.
    void exportPdfWithDialog();
    // The same pages on a printer chosen in the print dialog.
    void printWithDialog();

signals:
    // The notices written from this tab, for the status bar.
    void noticesWritten(const QStringList &files);
    // What "Copy summary" put on the clipboard, for the status bar.
    void summaryCopied(const QString &message);
    // A row was double-clicked, or Enter pressed on it: the window opens that unit's sheet.
    void unitActivated(const QString &unitCode);

private:
    void refresh();
    Result<RankingPrintDocument> printDocument() const;
    // The criteria whose maxima do not add up, over the ranking computed on them (read when the period or its
    // criteria change, not on each score).
    void refreshCriteriaWarning();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void explainSelected();
    // The file changed: the two years read for the explanations are read again when next needed.
    void forgetMovementFrame();

    DeskDocument *m_document;
    qint64 m_periodId = 0;
    RankingModel *m_model;
    RankingFilter *m_filter;
    QLineEdit *m_search;
    QComboBox *m_class;
    QTableView *m_view;
    QLabel *m_empty;
    QLabel *m_criteriaWarning;
    ReadFailure *m_failure;
    QPushButton *m_copy;
    QPushButton *m_copySummary;
    QPushButton *m_notices;
    QPushButton *m_whatIf;
    QPushButton *m_robustness;
    QPushButton *m_pdf;
    QPushButton *m_print;
    QWidget *m_readingPanel;
    QLabel *m_readingText;
    QProgressBar *m_readingBar;
    QPushButton *m_readingButton;
    bool m_reading = false;
    bool m_stopped = false; // the reading was stopped: "Read again" is offered
    QDate m_printDate;
    QAction *m_copyAction;
    QAction *m_copySummaryAction;
    MovementPanel *m_movement = nullptr;
    QTimer *m_movementTimer = nullptr;
    int m_explaining = 0; // readings under way
    quint64 m_movementRequest = 0; // the newest selection; an older one that arrives late is not shown
    std::shared_ptr<const Result<MovementFrame>> m_frame; // the shown period's two years, or why there are none
    qint64 m_framePeriod = 0;
    quint64 m_frameGeneration = 0; // counts the changes of the file: a reading begun before one is not kept
    QLabel *m_incompleteTitle;
    QTreeWidget *m_incomplete;
};

} // namespace parindex
