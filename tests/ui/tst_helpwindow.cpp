// The user manual: F1 in the main window opens it at the section of the tab on screen, in the interface's language;
// every link and picture of both manuals resolves inside the resources (it is read offline).
// With PARINDEX_SCREENSHOTS=DIR the Vietnamese manual is saved to DIR as newprov-manual-<section>-vi.png
// (PARINDEX_EXTRA_QM: a .qm with the Vietnamese of strings not yet in parindex_vi.ts).
#include "deskfixture.h"
#include "help/helpwindow.h"
#include "mainwindow.h"
#include "messages.h"

#include <QtCore/QFile>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTranslator>
#include <QtGui/QImage>
#include <QtGui/QTextDocument>
#include <QtTest/QTest>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTextBrowser>

using namespace parindex;
using namespace Qt::StringLiterals;

namespace {
QString manualText(const QString &language)
{
    QFile f(u":/manual/%1/index.html"_s.arg(language));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QSet<QString> anchorsOf(const QString &html)
{
    QSet<QString> names;
    static const QRegularExpression anchor(u"<a\\s+name=\"([^\"]+)\""_s);
    for (const auto &m : anchor.globalMatch(html))
        names.insert(m.captured(1));
    return names;
}
} // namespace

class TestHelpWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void everyLinkAndPictureResolves_data();
    void everyLinkAndPictureResolves();
    void bothManualsHaveTheSameSections();
    void f1OpensTheTabsSection_data();
    void f1OpensTheTabsSection();

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QTranslator m_translator;
    QTranslator m_extra;
};

void TestHelpWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Messages::setTestMode(true);
    m_demo = m_dir.filePath(u"demo.parindex"_s);
    QVERIFY(test::createDemo(m_demo));
    if (!qEnvironmentVariableIsEmpty("PARINDEX_SCREENSHOTS")) {
        QVERIFY(m_translator.load(u":/i18n/parindex_vi"_s));
        QCoreApplication::installTranslator(&m_translator);
        if (!qEnvironmentVariableIsEmpty("PARINDEX_EXTRA_QM")
            && m_extra.load(qEnvironmentVariable("PARINDEX_EXTRA_QM")))
            QCoreApplication::installTranslator(&m_extra);
    }
}

void TestHelpWindow::cleanup()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestHelpWindow::everyLinkAndPictureResolves_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("vi") << u"vi"_s;
    QTest::newRow("en") << u"en"_s;
}

void TestHelpWindow::everyLinkAndPictureResolves()
{
    QFETCH(QString, language);
    const QString html = manualText(language);
    QVERIFY2(!html.isEmpty(), "the manual is not in the resources");
    const QSet<QString> anchors = anchorsOf(html);

    static const QRegularExpression href(u"href=\"([^\"]*)\""_s);
    int links = 0;
    for (const auto &m : href.globalMatch(html)) {
        const QString target = m.captured(1);
        QVERIFY2(target.startsWith(u'#'), qPrintable(u"a link out of the manual: "_s + target));
        QVERIFY2(anchors.contains(target.mid(1)), qPrintable(u"no anchor for "_s + target));
        ++links;
    }
    QVERIFY(links >= 16);

    static const QRegularExpression src(u"<img[^>]*src=\"([^\"]*)\""_s);
    int pictures = 0;
    for (const auto &m : src.globalMatch(html)) {
        const QString path = u":/manual/%1/%2"_s.arg(language, m.captured(1));
        QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(u"no picture "_s + path));
        QVERIFY2(image.width() <= 900, qPrintable(path + u" is wider than 900 px"_s));
        ++pictures;
    }
    QVERIFY(pictures >= 5);

    // The browser finds every picture too (it resolves them against the page's own address).
    QTextBrowser browser;
    browser.setSource(QUrl(u"qrc:/manual/%1/index.html"_s.arg(language)));
    QVERIFY(browser.document()->toPlainText().size() > 2000);
    for (const auto &m : src.globalMatch(html)) {
        const QVariant image = browser.document()->resource(QTextDocument::ImageResource, QUrl(m.captured(1)));
        QVERIFY2(image.isValid(), qPrintable(m.captured(1)));
    }
}

void TestHelpWindow::bothManualsHaveTheSameSections()
{
    const QSet<QString> vi = anchorsOf(manualText(u"vi"_s));
    QCOMPARE(vi, anchorsOf(manualText(u"en"_s)));
    // The sections F1 opens from the main window.
    for (const QString &section : {u"start"_s, u"criteria"_s, u"scores"_s, u"ranking"_s, u"charts"_s, u"decision"_s})
        QVERIFY2(vi.contains(section), qPrintable(section));
}

void TestHelpWindow::f1OpensTheTabsSection_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("tab");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("heading");
    QTest::newRow("vi, Ranking") << u"vi"_s << 2 << u"ranking"_s << u"Xếp hạng và xếp loại"_s;
    QTest::newRow("vi, Criteria") << u"vi"_s << 0 << u"criteria"_s << u"Bộ tiêu chí và điểm tối đa"_s;
    QTest::newRow("en, Decision") << u"en"_s << 4 << u"decision"_s << u"The draft decision"_s;
}

void TestHelpWindow::f1OpensTheTabsSection()
{
    QFETCH(QString, language);
    QFETCH(int, tab);
    QFETCH(QString, section);
    QFETCH(QString, heading);
    // The program sets the default locale with the interface's language.
    QLocale::setDefault(language == u"vi" ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                          : QLocale(QLocale::English, QLocale::UnitedStates));
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(m_demo));
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.tabs()->setCurrentIndex(tab);
    QVERIFY(!window.helpWindow());
    QTest::keyClick(window.tabs()->currentWidget(), Qt::Key_F1);
    HelpWindow *help = window.helpWindow();
    QVERIFY(help);
    QVERIFY(help->isVisible());
    QCOMPARE(help->browser()->source(), QUrl(u"qrc:/manual/%1/index.html#%2"_s.arg(language, section)));
    QVERIFY(help->browser()->document()->toPlainText().contains(heading));
    // The section is on screen: the viewport has scrolled down to it.
    QVERIFY(help->browser()->verticalScrollBar()->value() > 0);
    if (const QString dir = qEnvironmentVariable("PARINDEX_SCREENSHOTS"); !dir.isEmpty() && language == u"vi") {
        QCoreApplication::processEvents();
        QVERIFY(help->grab().save(u"%1/newprov-manual-%2-vi.png"_s.arg(dir, section)));
    }
}

QTEST_MAIN(TestHelpWindow)
#include "tst_helpwindow.moc"
