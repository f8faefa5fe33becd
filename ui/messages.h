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

    // For tests: the next questions get these answers instead of a dialog (texts for askText).
    static void queueAnswer(Answer answer);
    static void queueText(const std::optional<QString> &text);
    // For tests: what was shown since the last call, and whether dialogs are suppressed.
    static QStringList takeShown();
    static void setTestMode(bool on);
};

} // namespace parindex
