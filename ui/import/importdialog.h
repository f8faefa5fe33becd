#pragma once

#include "io/columnmapping.h"
#include "model/scoresheet.h"
#include "model/unit.h"

#include <QtWidgets/QDialog>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;
class QThread;

namespace parindex {

class ColumnMappingModel;
class DeskDocument;
class SheetPreviewModel;

// Scores (or the survey's results) from a CSV file or a workbook into one period: choose the file and the
// sheet, see the first rows, say which column holds what, see every problem with its row and cell, and
// import only when there is none, as one undo step. A large file is read in the background with a progress
// bar; Cancel stops the reading and leaves the file as it was (nothing is written before Import).
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(DeskDocument *document, qint64 periodId, ColumnMapping::Kind kind, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Reads the file (its first sheet, or `sheet`) in the background; what the path field and the sheet
    // choice do.
    void openFile(const QString &path, const QString &sheet = {});
    bool isReading() const { return m_reader != nullptr; }
    // Stops the reading; the dialog shows that nothing was imported.
    void cancelReading();
    // Problems of the file as it is mapped now; empty when it can be imported.
    QStringList problems() const { return m_problemTexts; }
    // How many values Import writes.
    qsizetype valueCount() const { return m_rows.size(); }
    // What the import wrote ("12 values for 3 units were imported from diem.xlsx."), for the status bar.
    QString imported() const { return m_imported; }
    // Selects the preview's cell of the problem at `row` of the problem list (what a click on it does).
    void showProblemCell(int row);

    SheetPreviewModel *previewModel() const { return m_preview; }
    ColumnMappingModel *mappingModel() const { return m_mapping; }

signals:
    void readingFinished(); // for tests: the file is read (or failed, or was cancelled)

private:
    void chooseFile();
    void startReading(const QString &path, const QString &sheet);
    void readFinished();
    void check();
    void import();
    // `cells`: the (line, sheet column) of each problem, when known.
    void showProblems(const QStringList &problems, const QString &status, const QList<QPair<int, int>> &cells = {});

    DeskDocument *m_document;
    qint64 m_periodId;
    ColumnMapping::Kind m_kind;
    CriteriaTree m_tree;
    QList<Unit> m_units;

    QLineEdit *m_path;
    QComboBox *m_sheet;
    QProgressBar *m_progress;
    QPushButton *m_cancelReading;
    QTableView *m_previewView;
    QTableView *m_mappingView;
    QListWidget *m_problemList;
    QLabel *m_status;
    QString m_readError; // the period's tree, roster or status could not be read
    QPushButton *m_import;
    SheetPreviewModel *m_preview;
    ColumnMappingModel *m_mapping;

    QThread *m_reader = nullptr;
    std::atomic_bool m_cancel = false;
    struct ReadOutcome;
    std::shared_ptr<ReadOutcome> m_outcome;
    std::unique_ptr<CsvTable> m_table;
    QString m_fileName;
    QStringList m_problemTexts;
    QList<ScoreRow> m_rows;
    QString m_opened; // the path last read, as the field shows it
    QString m_imported;
};

} // namespace parindex
