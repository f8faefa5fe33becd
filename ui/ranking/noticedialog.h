#pragma once

#include "model/result.h"
#include "render/decision/noticedocument.h"

#include <QtWidgets/QDialog>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace parindex {

class DateBox;
class DeskDocument;

// "Notices of appraisal results…" on the Ranking tab: which group of the year, one unit or all, the number, the date
// and the deadline for explanations, then one PDF for all (each unit on new pages) or one PDF per unit into a
// folder. The notices are core's (NoticeDocument, NoticePrint); this dialog only asks.
class NoticeDialog : public QDialog
{
    Q_OBJECT
public:
    NoticeDialog(DeskDocument *document, int year, const QString &groupCode, QWidget *parent = nullptr);

    // What the fields ask for (the request, whether one file per unit, the file or folder), or why not.
    struct Choice
    {
        NoticeRequest request;
        bool perUnit = false;
        QString target;
    };
    Result<Choice> choice() const;
    // Writes the notices; returns the files written.
    static Result<QStringList> write(const DeskDocument &document, const Choice &choice);

    QComboBox *groupBox() const { return m_group; }
    QComboBox *unitBox() const { return m_unit; }
    DateBox *dateBox() const { return m_date; }
    DateBox *deadlineBox() const { return m_deadline; }
    QLineEdit *numberEdit() const { return m_number; }
    QRadioButton *perUnitButton() const { return m_perUnit; }
    QLineEdit *targetEdit() const { return m_target; }
    // The files the last accepted run wrote.
    QStringList written() const { return m_written; }

    void accept() override;

private:
    void reloadUnits();
    void browse();

    DeskDocument *m_document;
    int m_year;
    QComboBox *m_group;
    QComboBox *m_unit;
    QLineEdit *m_number;
    DateBox *m_date;
    DateBox *m_deadline;
    QRadioButton *m_oneFile;
    QRadioButton *m_perUnit;
    QLineEdit *m_target;
    QLabel *m_problem;
    QStringList m_written;
};

} // namespace parindex
