#pragma once

#include "model/result.h"
#include "render/decision/decisiondocument.h"

#include <QtWidgets/QWidget>

#include <functional>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QPagedPaintDevice;
class QPrinter;
class QPushButton;
class QSplitter;
class QTimer;

namespace parindex {

class DecisionPreview;
class DeskDocument;
class ReadFailure;

// The Decision tab: the texts of the year's decision (heading, subject, legal bases, articles, recipients,
// signature, annex options) beside a live preview of its pages, drawn on a worker thread from the layout the PDF is
// drawn from (DecisionPrint::layOutAsPdf); Print preview, Print and Export PDF paint that layout on their device
// (DecisionPrint::render), so what is seen is what is printed.
// Every field that is left (or after a pause in typing) is written to the file as one undo step.
class DecisionTab : public QWidget
{
    Q_OBJECT
public:
    explicit DecisionTab(DeskDocument *document, QWidget *parent = nullptr);
    ~DecisionTab() override;

    void showPeriod(qint64 periodId);

    // Whole year (every group) or the navigator's group only.
    void setWholeYear(bool wholeYear);
    // The texts as the form shows them, and the document the preview draws.
    DecisionTexts texts() const { return m_texts; }
    Result<DecisionDocument> document() const;
    bool isEditable() const;
    // The editor of a field, by its object name ("decisionSubject", ...), for tests and shortcuts.
    QWidget *editor(const QString &objectName) const;
    // Writes what the form holds but has not written yet (a field still being typed in).
    void commitPending();
    // The pages of the preview shown (once its first page is drawn; 0 while a newer one is being drawn).
    int previewPageCount() const;
    DecisionPreview *preview() const { return m_preview; }
    // What the tab shows over the preview when the decision cannot be drawn from the file; empty when it can.
    QString failure() const;
    // What would make the decision wrong if it were finalised now (DecisionReadiness), as the tab lists it.
    QStringList problems() const { return m_problemList; }

    Status exportPdf(const QString &path);

public slots:
    void exportPdfWithDialog();
    void printWithDialog();
    void printPreview();
    void restoreDefaults();

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Field;
    void buildForm(QWidget *form);
    // rows: 0 for a line edit, else the height of a multi-line field.
    void addField(QWidget *form, const QString &objectName, const QString &label, int rows,
        std::function<QString(const DecisionTexts &)> get, std::function<void(DecisionTexts &, const QString &)> set,
        const QString &hint = {});
    void addCheck(QWidget *form, const QString &objectName, const QString &label,
        std::function<bool(const DecisionTexts &)> get, std::function<void(DecisionTexts &, bool)> set);
    void reload();
    void fillForm();
    void commit(int field);
    void schedulePreview();
    // Draws the decision as the form shows it in the preview, off the GUI thread.
    void drawPreview();
    void showProblems(const DecisionDocument *doc);
    void paint(QPrinter *printer);
    QString scopeGroup() const;
    // A failure to read the file, said as such; any other refusal as it is.
    static QString failureText(const Error &error);

    DeskDocument *m_document;
    int m_year = 0;
    QString m_groupCode;
    DecisionTexts m_texts;
    bool m_loaded = false;
    bool m_editable = false;
    bool m_filling = false;
    bool m_reloadStale = true;
    bool m_previewStale = true;
    bool m_previewFromStart = true;
    std::pair<int, QString> m_previewShows;
    int m_pendingField = -1;
    std::vector<std::unique_ptr<Field>> m_fields;

    QComboBox *m_scope;
    QLabel *m_state;
    QLabel *m_problems;
    QWidget *m_problemsArea = nullptr;
    QStringList m_problemList;
    QPushButton *m_previewButton;
    QPushButton *m_printButton;
    QPushButton *m_pdfButton;
    QPushButton *m_defaultsButton;
    DecisionPreview *m_preview;
    // The document reload() read and ranked, for the preview it schedules (reading it again would double the work
    // of a first show); dropped by any later change.
    std::optional<DecisionDocument> m_reloaded;
    QSplitter *m_split = nullptr;
    QWidget *m_previewBox = nullptr;
    ReadFailure *m_failure = nullptr;
    QAction *m_printAction = nullptr;
    QString m_periodError; // the navigator's period could not be read
    QString m_documentError; // the decision cannot be drawn: nothing is printed or exported
    bool m_paintFailed = false; // the preview found it so: once it draws again, the tab reloads
    QTimer *m_typingTimer;
    QTimer *m_previewTimer;
};

} // namespace parindex
