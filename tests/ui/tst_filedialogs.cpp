// Every file dialog of the program shows the folder of the open file without dropping the window's locks on it.
// On POSIX a lock belongs to the process, and closing any descriptor of the file releases all of them: a dialog
// that reads a file it lists (Qt's default icon provider sniffs the type of every file whose name it does not
// know, the .parindex file and its -wal and -shm among them) would let another program believe it is alone,
// checkpoint and delete the write-ahead log under the window. Each dialog is reached as a user reaches it, from
// the menu (and the button of the dialog the menu opens), with the file open in the real window.
#include "common/childlog.h"
#include "deskfixture.h"
#include "mainwindow.h"
#include "messages.h"

#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtGui/QAction>
#include <QtGui/QFileSystemModel>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QPushButton>

using namespace parindex;
using namespace Qt::StringLiterals;

class TestFileDialogs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keepTheWindowsLocks_data();
    void keepTheWindowsLocks();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestFileDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Messages::setTestMode(false); // the dialogs are shown: this test answers them
    m_demo = m_dir.filePath(u"demo.parindex"_s);
    QVERIFY(test::createDemo(m_demo));
}

void TestFileDialogs::keepTheWindowsLocks_data()
{
    QTest::addColumn<QString>("action"); // the menu action; empty: Messages::saveFileName (charts, decision PDF)
    QTest::addColumn<QString>("button"); // the button of the dialog the action opens; empty: none
    QTest::newRow("open") << u"&Open…"_s << QString();
    QTest::newRow("new") << u"&New…"_s << QString();
    QTest::newRow("back up") << u"&Back up to…"_s << QString();
    QTest::newRow("import from") << u"&Import scores…"_s << u"&Choose…"_s;
    QTest::newRow("export to") << u"&Export…"_s << u"&Choose…"_s;
    QTest::newRow("save a chart or the decision") << QString() << QString();
}

void TestFileDialogs::keepTheWindowsLocks()
{
    QFETCH(QString, action);
    QFETCH(QString, button);
    QTemporaryDir folder; // the council's folder: the file and its -wal and -shm, and the dialog shows it
    const QString path = folder.filePath(u"council.parindex"_s);
    QVERIFY(test::copyOf(m_demo, path));
    MainWindow window;
    QVERIFY(window.openFile(path));
    QVERIFY(QFileInfo::exists(path + u"-wal"_s) && QFileInfo::exists(path + u"-shm"_s));
    const int locks = test::locksHeldOn(path);
    const int shmLocks = test::locksHeldOn(path + u"-shm"_s);
    if (locks < 0)
        QSKIP("/proc/locks cannot be read here");
    QVERIFY2(locks > 0 && shmLocks > 0, "a connection in WAL mode holds locks on the file and its -shm");

    // Answers the dialogs as they come: presses `button` in the first one, shows the file dialog the folder for
    // a while, then cancels every dialog still open.
    bool fileDialogSeen = false;
    bool pressed = false;
    bool folderListed = false;
    int locksDuring = -1;
    int shmLocksDuring = -1;
    QString dialogTitle;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *files = qobject_cast<QFileDialog *>(modal); files && !fileDialogSeen) {
            fileDialogSeen = true;
            answer.stop();
            dialogTitle = files->windowTitle();
            if (files->directory() == QDir(folder.path())) {
                folderListed = true; // a suggested name in the folder: the dialog shows it from the start
            } else if (auto *model = files->findChild<QFileSystemModel *>()) {
                QSignalSpy listed(model, &QFileSystemModel::directoryLoaded);
                files->setDirectory(folder.path());
                folderListed = listed.wait(5000); // the folder's entries are known: their types and icons follow
            }
            QTest::qWait(1000);
            locksDuring = test::locksHeldOn(path);
            shmLocksDuring = test::locksHeldOn(path + u"-shm"_s);
            files->reject();
            answer.start();
        } else if (modal && !fileDialogSeen && !button.isEmpty() && !pressed) {
            const auto buttons = modal->findChildren<QPushButton *>();
            for (QPushButton *b : buttons) {
                if (b->text() == button) {
                    pressed = true;
                    QMetaObject::invokeMethod(b, &QPushButton::click, Qt::QueuedConnection);
                    break;
                }
            }
        } else if (auto *dialog = qobject_cast<QDialog *>(modal); dialog && fileDialogSeen) {
            dialog->reject(); // the import or export dialog, or a message
        } else if (!modal && fileDialogSeen) {
            answer.stop();
        }
    });
    answer.start();
    if (action.isEmpty()) {
        Messages::saveFileName(&window, u"Export"_s, u"PDF document (*.pdf)"_s, folder.filePath(u"decision.pdf"_s));
    } else {
        QAction *menuAction = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->text() == action)
                menuAction = a;
        }
        QVERIFY2(menuAction, qPrintable(action));
        menuAction->trigger(); // returns when every dialog it opened is closed
    }
    answer.stop();
    QVERIFY2(fileDialogSeen, "no file dialog was shown");
    QVERIFY2(folderListed, qPrintable(u"the dialog '%1' did not list the folder"_s.arg(dialogTitle)));
    // A connection in WAL mode holds a read lock on the file and one on its -shm for as long as it is open; a
    // transaction in flight may hold one more for a moment. A descriptor of the file closed elsewhere in the
    // process releases them all: none is left.
    QVERIFY2(locksDuring > 0 && shmLocksDuring > 0,
        qPrintable(u"'%1' dropped the window's locks: on the file %2 before, %3 while it showed the folder; on its "
                   "-shm %4 before, %5 while it showed the folder"_s.arg(dialogTitle)
                       .arg(locks)
                       .arg(locksDuring)
                       .arg(shmLocks)
                       .arg(shmLocksDuring)));
    QVERIFY(test::locksHeldOn(path) > 0);
}

QTEST_MAIN(TestFileDialogs)
#include "tst_filedialogs.moc"
