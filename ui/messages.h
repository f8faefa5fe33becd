#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QStringList>

#include <optional>

class QWidget;

namespace parindex {

// Every question and message the program shows goes through here, with our own (translated) button
// texts. Tests queue the answers beforehand and read what was shown, so no dialog ever blocks a test.
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Messages)
public:
    enum class Answer { Yes, No, Cancel };

    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    // Yes/No question: `yesText` names the action ("Finalise", "Overwrite").
    static bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &yesText);
    // A line of text (a reason, a name); nullopt when cancelled.
    static std::optional<QString> askText(
        QWidget *parent, const QString &title, const QString &label, const QString &initial = {});

    // The file to write an export to (our own file dialog, translated); empty when cancelled. `filter` as
    // QFileDialog takes it; `suggested` is the proposed name, with the suffix that selects the format.
    static QString saveFileName(QWidget *parent, const QString &title, const QString &filter, const QString &suggested);
    // Existing files to read (several may be chosen); empty when cancelled. A queued file name answers with it alone.
    static QStringList openFileNames(QWidget *parent, const QString &title, const QString &filter);

    // For tests: the next questions get these answers instead of a dialog (texts for askText, file names
    // for saveFileName; an empty name is a cancel).
    static void queueAnswer(Answer answer);
    static void queueText(const std::optional<QString> &text);
    static void queueFileName(const QString &path);
    // For tests: what was shown since the last call, and whether dialogs are suppressed.
    static QStringList takeShown();
    static void setTestMode(bool on);
};

} // namespace parindex
