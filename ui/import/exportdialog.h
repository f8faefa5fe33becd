#pragma once

#include <QtWidgets/QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace parindex {

class DeskDocument;

// One period out to a file: the ranking, the score sheets (long or wide), the criteria tree, or a unit's
// self-assessment template. The format follows the file name: .xlsx is a workbook (numbers stay numbers, so
// that Excel shows 91,92 to a Vietnamese reader), anything else CSV (UTF-8 with BOM).
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class What { Ranking, ScoresLong, ScoresWide, Criteria, Template };

    ExportDialog(DeskDocument *document, qint64 periodId, const QString &unitCode, QWidget *parent = nullptr);

    // Writes the chosen export to the path in the field; the message says where, or why not.
    bool exportNow();
    // What the last export wrote ("The ranking of 12 units was written to xephang.xlsx."), for the status bar.
    QString written() const { return m_written; }

private:
    void chooseFile();
    void updateUnitChoice();

    DeskDocument *m_document;
    qint64 m_periodId;
    QComboBox *m_what;
    QComboBox *m_unit;
    QLineEdit *m_path;
    QLabel *m_message;
    QString m_written;
};

} // namespace parindex
