#pragma once

#include "model/classbands.h"
#include "model/result.h"
#include "scoring/whatif.h"

#include <QtCore/QHash>
#include <QtWidgets/QWidget>

class QAbstractItemView;
class QAction;
class QComboBox;
class QModelIndex;
class QLabel;
class QTabWidget;

namespace parindex {

class DeskDocument;
class ExplanationActions;
class Navigator;
class ReadFailure;
class ScoreGridModel;
class ScoreGridView;
class ScoreSheetModel;
class ScoreSheetView;
class ScoreSummary;

// The Scores tab: one unit's score sheet (self, appraised, note, N/A, running points) and the grid of all
// units x the leaves of one area. Ctrl+PgDn / Ctrl+PgUp ask the navigator for the next / previous unit.
// (Interface fixed by the main window; the implementation owns the rest.)
class ScoresTab : public QWidget
{
    Q_OBJECT
public:
    enum class Page { Sheet, Grid };

    ScoresTab(DeskDocument *document, Navigator *navigator, QWidget *parent = nullptr);
    void showPeriod(qint64 periodId); // 0: no period
    void showUnit(const QString &unitCode);

    // Moves the sheet to the next (+1) or previous (-1) unit, on the same criterion and column; an open
    // editor is committed first (a refused value keeps the unit). False at the ends.
    bool stepUnit(int direction);
    // Shows the unit's sheet with the focus on it, ready for typing: a sheet just opened (another unit or period)
    // from its first row, on its first cell to enter; the same sheet where the secretary left it.
    void enterSheet();
    void setPage(Page page);
    Page page() const;

    ScoreSheetModel *sheetModel() const { return m_sheetModel; }
    // The table by area is read when it is first seen (a national period is 400,000 cells), or here.
    ScoreGridModel *gridModel();
    ScoreSheetView *sheetView() const { return m_sheetView; }
    ScoreGridView *gridView() const { return m_gridView; }
    ScoreSummary *summary() const { return m_summary; }
    // Record and decide the units' explanations of the current cell.
    ExplanationActions *explanationActions() const { return m_explanations; }
    // The evidence documents of the sheet's current cell (a dialog); its text counts them.
    QAction *evidenceAction() const { return m_evidence; }
    // What a correction of the current cell's appraised value would change, before it is made: the units whose rank or
    // class would change if the value were `value` (a number in the UI locale, points or a rate in percent, or "na"
    // for not applicable), computed by core from the file without changing it. For an appraising period before an
    // edit, and for a final one before it is reopened for a correction. The action asks for the value and shows it.
    QAction *impactAction() const { return m_impact; }
    Result<CorrectionImpact> correctionImpact(const QString &value) const;
    // The dialog of the current cell, made (and not shown) for tests; null without a current leaf.
    class EvidenceDialog *makeEvidenceDialog();
    QComboBox *areaCombo() const { return m_areaCombo; }
    // What the sheet and the table show in place of their rows when the period could not be read; empty if read.
    QString sheetFailure() const;
    QString gridFailure() const;

private:
    QWidget *buildSheetPage();
    QWidget *buildGridPage();
    void reloadUnitNames();
    void reloadAreas();
    void refreshHeading();
    void ensureCurrentCell();
    void showLockedReason(QAbstractItemView *view, const QModelIndex &index);
    void refreshSummary();
    void fitSheetColumns();
    void fitGridColumns();
    void reportRefusal(const QString &message);
    void askCorrectionImpact();
    void showFailures();
    void ensureGrid();
    bool eventFilter(QObject *watched, QEvent *event) override;

    DeskDocument *m_document;
    Navigator *m_navigator;
    qint64 m_periodId = 0;
    Result<ClassBands> m_bands = ClassBands(); // an error when the period's bands could not be read
    QHash<QString, QString> m_unitNames; // by code, for the heading

    QAction *m_impact = nullptr;
    ScoreSheetModel *m_sheetModel;
    ScoreGridModel *m_gridModel;
    bool m_gridStale = false; // the table holds no period or another one, and is not seen
    QTabWidget *m_pages = nullptr;
    ScoreSheetView *m_sheetView = nullptr;
    ScoreGridView *m_gridView = nullptr;
    ScoreSummary *m_summary = nullptr;
    QLabel *m_unitTitle = nullptr;
    ReadFailure *m_sheetFailure = nullptr;
    ReadFailure *m_gridFailure = nullptr;
    QLabel *m_sheetState = nullptr;
    QLabel *m_gridState = nullptr;
    QLabel *m_sheetHint = nullptr;
    QLabel *m_gridHint = nullptr;
    QString m_lockedReason; // why nothing can be typed now, with what to do; empty when scores can be changed
    std::pair<qint64, QString> m_openedSheet; // period and unit whose sheet the cursor was last put at the top of
    bool m_sheetFresh = false; // opened while not seen: scrolled to the top when entered
    QComboBox *m_areaCombo = nullptr;
    QAction *m_nextUnit = nullptr;
    QAction *m_previousUnit = nullptr;
    ExplanationActions *m_explanations = nullptr;
    QAction *m_evidence = nullptr;
    QHash<QString, int> m_evidenceCounts; // of the sheet's unit, by criterion code
    std::pair<qint64, QString> m_evidenceCountsOf; // the period and unit they were read for
    void reloadEvidenceCounts();
    void updateEvidenceAction();
};

} // namespace parindex
