#include "messages.h"

#include "filedialog.h"

#include <QtCore/QFileInfo>
#include <QtCore/QRegularExpression>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
bool testMode = false;
QList<Messages::Answer> answers;
QList<std::optional<QString>> texts;
QStringList fileNames;
QStringList shown;

void show(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    shown.append(text);
    if (testMode)
        return;
    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    box.addButton(Messages::tr("OK"), QMessageBox::AcceptRole);
    box.exec();
}
} // namespace

void Messages::information(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Information, title, text);
}

void Messages::warning(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Warning, title, text);
}

bool Messages::confirm(QWidget *parent, const QString &title, const QString &text, const QString &yesText)
{
    shown.append(text);
    if (!answers.isEmpty())
        return answers.takeFirst() == Answer::Yes;
    if (testMode)
        return false;
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton *yes = box.addButton(yesText, QMessageBox::AcceptRole);
    QPushButton *no = box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

std::optional<QString> Messages::askText(
    QWidget *parent, const QString &title, const QString &label, const QString &initial)
{
    shown.append(label);
    if (!texts.isEmpty())
        return texts.takeFirst();
    if (testMode)
        return std::nullopt;
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setTextValue(initial);
    dialog.setOkButtonText(tr("OK"));
    dialog.setCancelButtonText(tr("Cancel"));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

QString Messages::saveFileName(QWidget *parent, const QString &title, const QString &filter, const QString &suggested)
{
    shown.append(title);
    if (!fileNames.isEmpty())
        return fileNames.takeFirst();
    if (testMode)
        return {};
    FileDialog dialog(parent, title);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilter(filter);
    dialog.setDefaultSuffix(QFileInfo(suggested).suffix());
    dialog.selectFile(suggested);
    // Choosing another type in the filter changes the suffix that an extension-less name receives.
    QObject::connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog](const QString &chosen) {
        const auto match = QRegularExpression(u"\\*\\.(\\w+)"_s).match(chosen);
        if (match.hasMatch())
            dialog.setDefaultSuffix(match.captured(1));
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().first();
}

QStringList Messages::openFileNames(QWidget *parent, const QString &title, const QString &filter)
{
    shown.append(title);
    if (!fileNames.isEmpty()) {
        const QString name = fileNames.takeFirst();
        return name.isEmpty() ? QStringList() : QStringList {name};
    }
    if (testMode)
        return {};
    FileDialog dialog(parent, title);
    dialog.setFileMode(QFileDialog::ExistingFiles);
    dialog.setNameFilter(filter);
    return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles() : QStringList();
}

void Messages::queueFileName(const QString &path)
{
    fileNames.append(path);
}

void Messages::queueAnswer(Answer answer)
{
    answers.append(answer);
}

void Messages::queueText(const std::optional<QString> &text)
{
    texts.append(text);
}

QStringList Messages::takeShown()
{
    return std::exchange(shown, {});
}

void Messages::setTestMode(bool on)
{
    testMode = on;
}

} // namespace parindex
