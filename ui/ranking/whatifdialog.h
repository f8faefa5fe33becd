#pragma once

#include "model/result.h"
#include "scoring/whatif.h"

#include <QtWidgets/QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace parindex {

class ScenarioMaximaModel;
class WhatIfModel;

// The sandbox: the period's maxima edited in a copy of its tree, every unit's index, rank and class under it beside
// the real ones (WhatIf::compare), the rows that change highlighted, and the comparison exported. Nothing of the
// period changes; the file is only read before the dialog opens.
class WhatIfDialog : public QDialog
{
    Q_OBJECT
public:
    // `real` is the period's input (loadRankingInput); `databasePath` is the open file, never an export's target.
    WhatIfDialog(RankingInput real, QString databasePath, QWidget *parent = nullptr);

    ScenarioMaximaModel *maximaModel() const { return m_maxima; }
    WhatIfModel *comparisonModel() const { return m_comparison; }
    // "2 units change rank, 2 change class." and the like.
    QString summary() const;
    // The comparison as a table (the columns of `whatif --format csv`): CSV, or a workbook for .xlsx.
    Status exportComparison(const QString &path) const;

public slots:
    void exportWithDialog();

private:
    void recompute();

    RankingInput m_real;
    QString m_databasePath;
    ScenarioMaximaModel *m_maxima;
    WhatIfModel *m_comparison;
    QTableView *m_maximaView;
    QTableView *m_comparisonView;
    QLabel *m_summary;
    QLabel *m_problem;
    QPushButton *m_reset;
    QPushButton *m_export;
};

} // namespace parindex
