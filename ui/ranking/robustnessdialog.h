#pragma once

#include "model/result.h"
#include "scoring/robustness.h"

#include <QtCore/QFutureWatcher>
#include <QtWidgets/QDialog>

#include <atomic>
#include <memory>

class QChart;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTableView;

namespace parindex {

class ChartView;
class RobustnessModel;

// Ranking › "How robust is the order…": the period's ranking drawn again many times under weights (and, if asked,
// appraised scores) perturbed within ±p % (Robustness::run, through RobustnessReport::load on a read-only connection
// of its own, off the GUI thread). Run shows the progress with Cancel, which stops core's loop; the result is the
// robustness chart (RobustnessChart: units in the order of the ranking, the 5th-95th percentile interval, the median
// and the real rank) above a table of every unit. A long group's chart draws its first and last units
// (RobustnessChart::Ends of each); "the units selected in the table" draws those instead, against a rank axis fitted to
// them; the chart scrolls rather than squeezing its rows. The chart exports as PNG/SVG/PDF, the table as
// CSV/XLSX/JSON (the columns of `robustness --format csv|json`), never onto the database. Closing the dialog while it
// runs stops the run and waits for it.
class RobustnessDialog : public QDialog
{
    Q_OBJECT
public:
    enum class ChartUnits { EndsOfRanking, Selected };

    RobustnessDialog(QString databasePath, int year, QString groupCode, QWidget *parent = nullptr);
    ~RobustnessDialog() override;

    RobustnessModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The chart shown (nullptr before a result).
    QChart *chart() const;
    // The options of the fields, or what is wrong with them (the field named as the dialog names it).
    Result<RobustnessOptions> options() const;
    void setOptions(const RobustnessOptions &options);
    bool isRunning() const { return m_watcher != nullptr; }
    // Draws done by the last run (its final count, or where Cancel stopped it).
    int drawsDone() const { return m_done ? m_done->load() : 0; }
    // What the line under the fields says: the run's state, the result's summary or why there is none.
    QString statusText() const;
    void setChartUnits(ChartUnits units);
    ChartUnits chartUnits() const;

    // The chart as shown, by the suffix (.png, .svg, .pdf); the table by the suffix: .xlsx a workbook, .json the JSON
    // of `robustness --format json`, anything else CSV.
    Status exportChart(const QString &path) const;
    Status exportTable(const QString &path) const;

public slots:
    void run();
    // Asks the run to stop; runFinished follows.
    void cancel();
    void exportChartWithDialog();
    void exportTableWithDialog();

signals:
    // A run ended: with a result, stopped or refused (statusText says which).
    void runEnded();
    // The draws done so far of the run under way (throttled: a few times a second).
    void progressed(int draws);

protected:
    // Close, Esc and the window's close button: a run under way is stopped and waited for first.
    void done(int result) override;

private:
    void runFinished();
    void redrawChart();
    void setRunning(bool running);
    // Stops a run under way and waits for its thread.
    void stopAndWait();

    QString m_databasePath;
    int m_year;
    QString m_groupCode;
    QDoubleSpinBox *m_weights;
    QDoubleSpinBox *m_scores;
    QSpinBox *m_draws;
    QLineEdit *m_seed;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QComboBox *m_units;
    QLabel *m_notes;
    QScrollArea *m_scroll;
    ChartView *m_view;
    QSize m_exportSize;
    RobustnessModel *m_model;
    QTableView *m_table;
    QPushButton *m_exportChart;
    QPushButton *m_exportTable;
    using Outcome = Result<RobustnessResult>;
    QFutureWatcher<Outcome> *m_watcher = nullptr;
    std::shared_ptr<std::atomic<int>> m_done;
    // The worker's state: 0 not started (a run cancelled before its start never starts), 1 running, 2 returned.
    std::shared_ptr<std::atomic<int>> m_workerState;
};

} // namespace parindex
