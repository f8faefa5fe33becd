#pragma once

#include "storage/database.h"

#include <QtWidgets/QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace parindex {

class DeskDocument;

// File › Check the file: the whole file checked (structure, audit chain, every row's seal, what each period holds,
// every final period's ranking computed again), and a digest typed from a printed decision confirmed against it.
// The work runs on a connection of its own in another thread, so that a national file does not freeze the window.
class CheckDialog : public QDialog
{
    Q_OBJECT
public:
    CheckDialog(DeskDocument *document, QWidget *parent = nullptr);
    ~CheckDialog() override;

    // The whole file (started when the dialog opens).
    void checkFile();
    // The digest in the field, against every final period or the one chosen.
    void checkDigest();

    bool isBusy() const { return m_busy; }
    const CheckReport &report() const { return m_report; }
    QLineEdit *digestField() const { return m_digest; }
    QComboBox *periodBox() const { return m_period; }

private:
    void run(const QString &digest, std::optional<int> year, const QString &group);
    void present(const CheckReport &report, bool digest);

    DeskDocument *m_document;
    QLabel *m_summary;
    QPlainTextEdit *m_text;
    QLineEdit *m_digest;
    QComboBox *m_period;
    QPushButton *m_compare;
    QPushButton *m_again;
    CheckReport m_report;
    bool m_busy = false;
    QThread *m_worker = nullptr;
};

} // namespace parindex
