#pragma once

#include "model/result.h"
#include "model/savedscenario.h"
#include "scoring/whatif.h"

#include <QtWidgets/QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class QUndoStack;

namespace parindex {

class DeskDocument;
class ScenarioBandsModel;
class ScenarioMaximaModel;
class WhatIfModel;

// The sandbox: the period's maxima, rate rules and bands edited in a copy (each edit one step of the sandbox's own
// undo stack; the file's is not touched), every unit's index, rank and class under it beside the real ones
// (WhatIf::compare), the rows that change highlighted, and the comparison exported. With a document, the period's
// named scenarios are listed, opened, saved (Save as…) and deleted in the file, final periods included: a scenario
// never changes the period.
class WhatIfDialog : public QDialog
{
    Q_OBJECT
public:
    // `real` is the period's input (loadRankingInput); `databasePath` is the open file, never an export's target.
    WhatIfDialog(RankingInput real, QString databasePath, QWidget *parent = nullptr);

    // The file's scenarios of period `periodId` (the one of `real`): the list and its buttons appear.
    void setDocument(DeskDocument *document, qint64 periodId);

    ScenarioMaximaModel *maximaModel() const { return m_maxima; }
    ScenarioBandsModel *bandsModel() const { return m_bands; }
    WhatIfModel *comparisonModel() const { return m_comparison; }
    QUndoStack *undoStack() const { return m_undo; }
    // The scenario as edited now (named after the scenario opened, if any).
    WhatIfScenario scenario() const;
    // "2 units change rank, 2 change class." and the like.
    QString summary() const;
    // The comparison as a table (the columns of `whatif --format csv`): CSV, or a workbook for .xlsx.
    Status exportComparison(const QString &path) const;
    // The period's saved scenarios, as the list shows them (by name).
    const QList<SavedScenario> &savedScenarios() const { return m_saved; }
    // Opens the saved scenario `name` in the sandbox (one undo step); refused, said, when it does not fit the period.
    Status openScenario(const QString &name);
    // Saves the scenario as edited under `name`: a new name, or with `replace` in place of the saved one of that name
    // (as it was listed: someone else's save since is a conflict).
    Status saveScenarioAs(const QString &name, bool replace);
    Status deleteScenario(const QString &name);

public slots:
    void exportWithDialog();
    void saveWithDialog();
    void openSelected();
    void deleteSelected();

private:
    void recompute();
    void edited();
    bool setScenario(const WhatIfScenario &scenario, bool asStep);
    void reloadScenarios();
    void updateButtons();
    QString selectedName() const;

    RankingInput m_real;
    QString m_databasePath;
    DeskDocument *m_document = nullptr;
    qint64 m_periodId = 0;
    QList<SavedScenario> m_saved;
    QString m_openedName;
    WhatIfScenario m_current; // what the models hold, as the last undo step left it
    bool m_applying = false;
    QUndoStack *m_undo;
    ScenarioMaximaModel *m_maxima;
    ScenarioBandsModel *m_bands;
    WhatIfModel *m_comparison;
    QTableView *m_maximaView;
    QTableView *m_bandsView;
    QTableView *m_comparisonView;
    QWidget *m_scenariosBox;
    QListWidget *m_scenarioList;
    QLabel *m_summary;
    QLabel *m_problem;
    QPushButton *m_reset;
    QPushButton *m_undoButton;
    QPushButton *m_redoButton;
    QPushButton *m_open;
    QPushButton *m_save;
    QPushButton *m_delete;
    QPushButton *m_export;
};

} // namespace parindex
