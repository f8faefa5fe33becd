#pragma once

#include <QtCore/QUrl>
#include <QtWidgets/QWidget>

class QTextBrowser;

namespace parindex {

// The user manual, read offline from the program's resources (:/manual/<language>/index.html and its images), in
// the language of the interface. F1 opens it at the section of what is on screen.
class HelpWindow : public QWidget
{
    Q_OBJECT
public:
    explicit HelpWindow(QWidget *parent = nullptr);

    // "vi" when the interface is Vietnamese (QLocale's default, which the program sets with its language), else "en".
    static QString manualLanguage();
    // The manual's page in that language, at `section` (an anchor such as "ranking") when given.
    static QUrl manualUrl(const QString &section = {});

    // Shows the manual at the section (its start for an empty one) and brings the window up.
    void showSection(const QString &section);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace parindex
