#include "helpwindow.h"

#include <QtCore/QLocale>
#include <QtGui/QDesktopServices>
#include <QtGui/QKeySequence>
#include <QtWidgets/QTextBrowser>
#include <QtWidgets/QToolBar>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parindex {

HelpWindow::HelpWindow(QWidget *parent) : QWidget(parent, Qt::Window), m_browser(new QTextBrowser(this))
{
    setObjectName(u"helpWindow"_s);
    setWindowTitle(tr("User manual – PAR Index desk"));
    m_browser->setObjectName(u"manual"_s);
    // Offline: pages and images come from the resources; a link out of them opens in the person's browser.
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"qrc" || url.isRelative())
            m_browser->setSource(m_browser->source().resolved(url));
        else
            QDesktopServices::openUrl(url);
    });

    auto *bar = new QToolBar(this);
    QAction *back = bar->addAction(tr("Back"), m_browser, &QTextBrowser::backward);
    back->setShortcut(QKeySequence::Back);
    back->setEnabled(false);
    QAction *forward = bar->addAction(tr("Forward"), m_browser, &QTextBrowser::forward);
    forward->setShortcut(QKeySequence::Forward);
    forward->setEnabled(false);
    bar->addAction(tr("Contents"), this, [this] { showSection({}); });
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_browser, 1);
    resize(980, 760);
}

QString HelpWindow::manualLanguage()
{
    return QLocale().language() == QLocale::Vietnamese ? u"vi"_s : u"en"_s;
}

QUrl HelpWindow::manualUrl(const QString &section)
{
    QUrl url(u"qrc:/manual/%1/index.html"_s.arg(manualLanguage()));
    if (!section.isEmpty())
        url.setFragment(section);
    return url;
}

void HelpWindow::showSection(const QString &section)
{
    const QUrl url = manualUrl(section);
    if (m_browser->source().adjusted(QUrl::RemoveFragment) != url.adjusted(QUrl::RemoveFragment))
        m_browser->setSource(url);
    if (section.isEmpty())
        m_browser->scrollToAnchor(u"top"_s);
    else
        m_browser->scrollToAnchor(section);
    show();
    raise();
    activateWindow();
}

} // namespace parindex
