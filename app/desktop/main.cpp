// parindex: the desktop program. Wires the translator, the fonts and the main window; no logic here.
#include "deskdocument.h"
#include "mainwindow.h"
#include "platform/platform.h"
#include "storage/serveraddress.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QLibraryInfo>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtCore/QTranslator>
#include <QtWidgets/QApplication>
#include <QtWidgets/QTabWidget>

#include <memory>

using namespace Qt::StringLiterals;
using parindex::MainWindow;

namespace {
QString chosenLanguage()
{
    const QString saved = QSettings().value(u"language"_s).toString();
    if (saved == u"vi" || saved == u"en")
        return saved;
    return QLocale::system().language() == QLocale::Vietnamese ? u"vi"_s : u"en"_s;
}

QString defaultFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + u"/parindex.parindex"_s;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"parindex"_s);
    QCoreApplication::setApplicationName(u"parindex"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);
    // The desktop entry vn.gov.parindex.desktop: on Wayland, the window is matched to its menu entry and icon by it.
    QGuiApplication::setDesktopFileName(u"vn.gov.parindex"_s);

    // Asked to end (a logout, `kill`, Ctrl+C): as if the window were closed, so that the file's lock and journal go
    // (every accepted edit is in the file already; an open dialog's unaccepted form is dropped, as by Escape).
    parindex::platform::onEndRequest(&app, [] {
        QApplication::closeAllWindows();
        QCoreApplication::quit();
    });

    QTranslator translator;
    MainWindow::applyLanguage(chosenLanguage(), &translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "PAR Index desk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        u"demo"_s, QCoreApplication::translate("main", "Create FILE from the demo data when it does not exist."));
    parser.addOption(demo);
    const QCommandLineOption language(
        u"lang"_s, QCoreApplication::translate("main", "Language of this run: vi or en."), u"lang"_s);
    parser.addOption(language);
    const QCommandLineOption screenshots(u"screenshots"_s,
        QCoreApplication::translate("main", "Save a picture of every tab into DIR and quit."), u"dir"_s);
    parser.addOption(screenshots);
    parser.addPositionalArgument(u"file"_s, QCoreApplication::translate("main", "The file to open."));
    parser.process(app);
    if (parser.isSet(language))
        MainWindow::applyLanguage(parser.value(language), &translator);

    QString path = parser.positionalArguments().value(0);
    const bool pathGiven = !path.isEmpty();
    if (path.isEmpty()) {
        const QString last = QSettings().value(u"lastFile"_s).toString();
        path = !last.isEmpty() && (QFileInfo::exists(last) || parindex::ServerAddress::isAddress(last)) ? last
                                                                                                        : defaultFile();
    }

    std::unique_ptr<MainWindow> window;
    const std::function<void(const QString &)> build = [&](const QString &file) {
        window = std::make_unique<MainWindow>();
        QObject::connect(
            window.get(), &MainWindow::languageChangeRequested, window.get(), [&](const QString &language) {
                // Rebuild the window in the new language, on the same file (the old window releases its lock first).
                const QString reopen = window->document() ? window->document()->path() : QString();
                // The new window opens where this one was, showing the same group, year, tab and unit.
                window->rememberWindow();
                window->closeFile();
                MainWindow::applyLanguage(language, &translator);
                QMetaObject::invokeMethod(
                    qApp, [&, reopen] { build(reopen); }, Qt::QueuedConnection);
            });
        window->show();
        if (file.isEmpty())
            return;
        // A server store (postgresql://...) opens as a file does; a wrong address is said by openFile.
        if (QFileInfo::exists(file) || parindex::ServerAddress::isAddress(file))
            window->openFile(file);
        else if (parser.isSet(demo))
            window->createFile(file, true);
        else if (!parser.isSet(screenshots))
            // No file yet (the first run): the assistant creates the province's own, at the path given if any.
            QTimer::singleShot(0, window.get(), [&, file] { window->newProvince(pathGiven ? file : QString()); });
    };
    build(path);
    if (parser.isSet(screenshots)) {
        // For the documentation: each tab of the window as it is drawn, then quit.
        const QString dir = parser.value(screenshots);
        QDir().mkpath(dir);
        const QString lang = parser.isSet(language) ? parser.value(language) : chosenLanguage();
        QTimer::singleShot(300, window.get(), [&, dir, lang] {
            const QStringList names = {u"criteria"_s, u"scores"_s, u"ranking"_s, u"charts"_s, u"decision"_s};
            for (int i = 0; i < window->tabs()->count() && i < names.size(); ++i) {
                window->tabs()->setCurrentIndex(i);
                // Let the tab draw what it loads when it is first shown (the chart, the decision's preview).
                for (int round = 0; round < 5; ++round) {
                    QCoreApplication::processEvents();
                    QThread::msleep(60);
                }
                window->grab().save(u"%1/app-%2-%3.png"_s.arg(dir, names[i], lang));
            }
            QCoreApplication::quit();
        });
    }
    return app.exec();
}
