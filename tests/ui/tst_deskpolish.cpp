// The window says what happened in the words people use, and comes back as it was left. Drives the real main
// window on a copy of the demo file: names instead of codes (status bar, confirmations, undo steps), the
// program's name in the window's language, the decimal comma of import problems, what an import or export wrote
// in the status bar, a problem's cell in the import preview, a path typed then Tab, the export dialog's file label,
// the span's dash on the one-year charts, an empty reason to reopen, and the window's size, place, group, year,
// tab and unit across restarts and language switches, never larger than the screen.
// Settings are written to a temporary folder (never $HOME).
#include "deskfixture.h"

#include "charts/chartstab.h"
#include "commands/setscorecommand.h"
#include "deskdocument.h"
#include "import/importdialog.h"
#include "import/sheetpreviewmodel.h"
#include "mainwindow.h"
#include "messages.h"
#include "navigator.h"

#include "model/messagelocale.h"
#include "render/charts/groupcharts.h"

#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtCore/QTranslator>
#include <QtGui/QScreen>
#include <QtGui/QUndoStack>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>

using namespace parindex;
using namespace Qt::StringLiterals;

namespace {
// The File menu's action whose text, without its accelerator, is `text`.
QAction *fileAction(MainWindow &window, const QString &text)
{
    const QList<QAction *> menus = window.menuBar()->actions();
    for (QAction *m : menus) {
        if (!m->menu())
            continue;
        const QList<QAction *> actions = m->menu()->actions();
        for (QAction *a : actions) {
            if (QString(a->text()).remove(u'&') == text)
                return a;
        }
    }
    return nullptr;
}

// Runs `act` on the modal dialog that `trigger` opens (exec() blocks until it closes).
void onDialog(const std::function<void(QDialog *)> &act, const std::function<void()> &trigger)
{
    QTimer::singleShot(0, [act] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            qWarning("no dialog is open");
            return;
        }
        act(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    trigger();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
}
} // namespace

class TestDeskPolish : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void fitOnScreen_data();
    void fitOnScreen();
    void windowFitsTheScreen();
    void remembersTheWindowAndWhatItShows();
    void namesInsteadOfCodes();
    void programNameAndNumbersFollowTheLanguage();
    void importProblemsUseTheDecimalComma();
    void importSaysWhatItWrote();
    void problemShowsItsCell();
    void tabReadsATypedPath();
    void exportSaysWhatItWrote();
    void oneYearChartsHaveNoSpanDash();
    void emptyReasonAsksAgain();

private:
    QString freshCopy(const QString &name);
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestDeskPolish::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Before any QSettings is made: the window's settings go to this test's own folder.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    QCoreApplication::setOrganizationName(u"parindex-test"_s);
    QCoreApplication::setApplicationName(u"tst_deskpolish"_s);
    Messages::setTestMode(true);
    m_demo = m_dir.filePath(u"demo.parindex"_s);
    QVERIFY(test::createDemo(m_demo));
    QVERIFY(QSettings().fileName().startsWith(m_dir.path()));
}

void TestDeskPolish::init()
{
    Messages::takeShown();
    QSettings().clear();
}

QString TestDeskPolish::freshCopy(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!test::copyOf(m_demo, path))
        qWarning("cannot copy the demo");
    return path;
}

void TestDeskPolish::fitOnScreen_data()
{
    QTest::addColumn<QRect>("wanted");
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QRect>("fitted");
    // 1600x1000 at 150 %: 1067x667 points, less a 40-point task bar.
    QTest::newRow("1280x800 on a scaled 1600x1000")
        << QRect(0, 0, 1280, 800) << QRect(0, 0, 1067, 627) << QRect(0, 0, 1067, 627);
    QTest::newRow("fits: unchanged") << QRect(100, 50, 800, 600) << QRect(0, 0, 1920, 1040) << QRect(100, 50, 800, 600);
    QTest::newRow("off the right and bottom: moved back")
        << QRect(1500, 900, 800, 600) << QRect(0, 0, 1920, 1040) << QRect(1120, 440, 800, 600);
    QTest::newRow("left of a second screen: moved onto it")
        << QRect(1800, -50, 800, 600) << QRect(1920, 0, 1280, 984) << QRect(1920, 0, 800, 600);
    QTest::newRow("too wide and off the left")
        << QRect(-300, 10, 2000, 500) << QRect(0, 0, 1366, 728) << QRect(0, 10, 1366, 500);
}

void TestDeskPolish::fitOnScreen()
{
    QFETCH(QRect, wanted);
    QFETCH(QRect, available);
    QFETCH(QRect, fitted);
    QCOMPARE(MainWindow::fitOnScreen(wanted, available), fitted);
}

// The offscreen screen is 800x600: smaller than the window's default 1280x800, as a scaled laptop screen is.
void TestDeskPolish::windowFitsTheScreen()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect available = window.screen()->availableGeometry();
    QVERIFY2(available.contains(window.frameGeometry()),
        qPrintable(u"%1x%2 on %3x%4"_s.arg(window.frameGeometry().width())
                       .arg(window.frameGeometry().height())
                       .arg(available.width())
                       .arg(available.height())));

    // A size kept from a larger screen is fitted to this one too.
    window.resize(3000, 2000);
    window.rememberWindow();
    MainWindow next;
    next.show();
    QVERIFY(QTest::qWaitForWindowExposed(&next));
    QVERIFY(available.contains(next.frameGeometry()));
}

void TestDeskPolish::remembersTheWindowAndWhatItShows()
{
    const QString path = freshCopy(u"remember.parindex"_s);
    QString unit;
    QRect kept;
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(path));
        window.navigator()->selectPeriod(2023, u"HUYEN"_s);
        QCOMPARE(window.navigator()->currentPeriod()->groupCode, u"HUYEN"_s);
        window.tabs()->setCurrentIndex(1); // Scores
        QVERIFY(window.navigator()->stepUnit(+1));
        QVERIFY(window.navigator()->stepUnit(+1));
        unit = window.navigator()->currentUnit();
        // A size other than the default; the layouts may make it taller once they have settled (what the tabs show
        // wraps at this width): what is kept is the size the window then has, and it still fits the screen.
        window.setGeometry(12, 30, 760, 540);
        QTest::qWait(50);
        kept = window.geometry();
        QCOMPARE(kept.topLeft(), QPoint(12, 30));
        QCOMPARE(kept.width(), 760);
        QVERIFY(window.screen()->availableGeometry().contains(kept));
        window.close(); // a restart
    }
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(path));
        QCOMPARE(window.geometry(), kept);
        QCOMPARE(window.navigator()->currentPeriod()->year, 2023);
        QCOMPARE(window.navigator()->currentPeriod()->groupCode, u"HUYEN"_s);
        QCOMPARE(window.navigator()->currentUnit(), unit);
        QCOMPARE(window.tabs()->currentIndex(), 1);

        // A language switch, as the program does it: remember, close the file, a new window on the same file.
        window.tabs()->setCurrentIndex(3);
        window.navigator()->selectPeriod(2022, u"XA"_s);
        window.showMaximized();
        window.rememberWindow();
        window.closeFile();
    }
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(path));
    QVERIFY(window.windowState() & Qt::WindowMaximized);
    QCOMPARE(window.navigator()->currentPeriod()->year, 2022);
    QCOMPARE(window.navigator()->currentPeriod()->groupCode, u"XA"_s);
    QCOMPARE(window.tabs()->currentIndex(), 3);

    // Another file opens as always: the latest year of the first group, on the Ranking tab.
    QVERIFY(window.openFile(freshCopy(u"other.parindex"_s)));
    QCOMPARE(window.navigator()->currentPeriod()->year, 2024);
    QCOMPARE(window.tabs()->currentIndex(), 2);
}

void TestDeskPolish::namesInsteadOfCodes()
{
    MainWindow window;
    QVERIFY(window.openFile(freshCopy(u"names.parindex"_s)));
    window.navigator()->selectPeriod(2024, u"HUYEN"_s);
    const auto period = window.navigator()->currentPeriod();
    QVERIFY(period);
    QCOMPARE(window.findChild<QLabel *>(u"stateLabel"_s)->text(), u"UBND cấp huyện, 2024: Appraising"_s);

    // An edit's undo step names the unit, not its code.
    const QString unit = window.navigator()->currentUnit();
    QCOMPARE(unit, u"H01"_s);
    const ScoreEntry shown = *window.document()->storedEntry(period->id, unit, u"1.1.2"_s);
    ScoreEntry e = shown;
    e.appraised = Fixed::fromRaw(2500);
    QVERIFY(SetScoreCommand::apply(window.document(), period->id, unit, u"1.1.2"_s, shown, e));
    QCOMPARE(window.document()->undoStack()->undoText(),
        u"score 1.1.2 of UBND thành phố Minh Hòa (đô thị loại I trực thuộc tỉnh)"_s);

    // Reopening asks about the group by its name.
    window.navigator()->selectPeriod(2023, u"HUYEN"_s);
    Messages::takeShown();
    Messages::queueText(u"Sai điểm"_s);
    QVERIFY(window.reopenCurrentPeriod());
    const QString asked = Messages::takeShown().join(u'\n');
    QVERIFY2(asked.contains(u"the final 2023 ranking of UBND cấp huyện"_s), qPrintable(asked));
    QVERIFY(!asked.contains(u"HUYEN"_s));
}

void TestDeskPolish::programNameAndNumbersFollowTheLanguage()
{
    QTranslator translator;
    MainWindow::applyLanguage(u"vi"_s, &translator);
    const QString vietnamese = MainWindow::programName();
    QCOMPARE(QGuiApplication::applicationDisplayName(), vietnamese);
    QCOMPARE(QLocale().decimalPoint(), u","_s);
    QCOMPARE(MessageLocale::number(Fixed::fromRaw(5000)), u"0,5"_s);
    {
        MainWindow window;
        QCOMPARE(window.windowTitle(), vietnamese);
        QVERIFY(window.openFile(freshCopy(u"ten.parindex"_s)));
        QVERIFY(window.windowTitle().endsWith(u" – "_s + vietnamese)); // the window system adds no second name
        QVERIFY(window.windowTitle().startsWith(u"ten.parindex"_s));
        QAction *about = nullptr;
        for (QAction *m : window.menuBar()->actions()) {
            for (QAction *a : m->menu()->actions())
                about = a->text().contains(vietnamese) ? a : about;
        }
        QVERIFY(about);
        about->trigger();
        QVERIFY(Messages::takeShown().first().startsWith(vietnamese + u' '));
    }
    MainWindow::applyLanguage(u"en"_s, &translator);
    QCOMPARE(QGuiApplication::applicationDisplayName(), u"PAR Index desk"_s);
    QCOMPARE(MessageLocale::number(Fixed::fromRaw(5000)), u"0.5"_s);
}

// 1.1.1 of HUYEN 2024 is worth 0.5: in a Vietnamese window the problem reads "0,5", and names the unit.
void TestDeskPolish::importProblemsUseTheDecimalComma()
{
    QTranslator translator;
    MainWindow::applyLanguage(u"vi"_s, &translator);
    QCoreApplication::removeTranslator(&translator); // the messages in English, the numbers as in Vietnamese
    MainWindow window;
    QVERIFY(window.openFile(freshCopy(u"comma.parindex"_s)));
    window.navigator()->selectPeriod(2024, u"HUYEN"_s);
    const QString csv = m_dir.filePath(u"comma.csv"_s);
    writeFile(csv, "unit_code,criterion_code,self,appraised,note\nH01,1.1.1,,0.75,\n");
    ImportDialog dialog(window.document(), window.navigator()->currentPeriod()->id, ColumnMapping::Kind::Scores);
    QSignalSpy finished(&dialog, &ImportDialog::readingFinished);
    dialog.openFile(csv);
    QVERIFY(finished.wait(20000));
    MainWindow::applyLanguage(u"en"_s, &translator);
    QCOMPARE(dialog.problems(),
        QStringList {u"comma.csv, line 2, column appraised: \"0.75\" – expected a number from 0 to 0,5 (criterion "
                     "1.1.1 of UBND thành phố Minh Hòa (đô thị loại I trực thuộc tỉnh))."_s});
}

void TestDeskPolish::importSaysWhatItWrote()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(freshCopy(u"import.parindex"_s)));
    window.navigator()->selectPeriod(2024, u"HUYEN"_s);
    const QString csv = m_dir.filePath(u"diem.csv"_s);
    writeFile(csv, "unit_code,criterion_code,self,appraised,note\nH01,1.1.1,,0.5,\nH02,1.1.1,,0.25,\nH02,1.1.2,,0,\n");
    QAction *import = fileAction(window, u"Import scores…"_s);
    QVERIFY(import);
    onDialog(
        [&](QDialog *d) {
            auto *dialog = qobject_cast<ImportDialog *>(d);
            QVERIFY(dialog);
            QSignalSpy finished(dialog, &ImportDialog::readingFinished);
            dialog->openFile(csv);
            if (finished.isEmpty())
                QVERIFY(finished.wait(20000));
            QTest::mouseClick(dialog->findChild<QPushButton *>(u"importButton"_s), Qt::LeftButton);
        },
        [&] { import->trigger(); });
    QCOMPARE(window.statusBar()->currentMessage(),
        u"3 values for 2 units were imported from diem.csv; Undo takes them back."_s);
}

void TestDeskPolish::problemShowsItsCell()
{
    MainWindow window;
    QVERIFY(window.openFile(freshCopy(u"problem.parindex"_s)));
    window.navigator()->selectPeriod(2024, u"HUYEN"_s);
    // 30 rows, lines 2 to 31: units H01 to H10 for 1.1.1, 1.1.2 and 1.3.1 (each worth 0.5); line 3 gives 0.9.
    QByteArray bytes = "unit_code,criterion_code,self,appraised,note\n";
    const char *criteria[] = {"1.1.1", "1.1.2", "1.3.1"};
    for (int r = 0; r < 30; ++r)
        bytes += QByteArray("H%1,%2,,%3,\n")
                     .replace("%1", QByteArray::number(r % 10 + 1).rightJustified(2, '0'))
                     .replace("%2", criteria[r / 10])
                     .replace("%3", r == 1 ? "0.9" : "0.5");
    bytes += "H01,1.3.2,,700,\n"; // line 32, past the preview: a rate above 100
    const QString csv = m_dir.filePath(u"problem.csv"_s);
    writeFile(csv, bytes);
    ImportDialog dialog(window.document(), window.navigator()->currentPeriod()->id, ColumnMapping::Kind::Scores);
    QAbstractItemModelTester tester(dialog.previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    QSignalSpy finished(&dialog, &ImportDialog::readingFinished);
    dialog.openFile(csv);
    QVERIFY(finished.wait(20000));
    auto *list = dialog.findChild<QListWidget *>(u"importProblems"_s);
    QCOMPARE(list->count(), 2);
    QVERIFY(list->item(0)->text().contains(u"line 3, column appraised"_s));
    auto *preview = dialog.findChild<QTableView *>(u"importPreview"_s);
    QVERIFY(!preview->currentIndex().isValid());
    // Click the first problem: its cell (line 3 = the preview's second row, column appraised = the 4th) is selected.
    list->scrollToItem(list->item(0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    QCOMPARE(preview->currentIndex(), dialog.previewModel()->index(1, 3));
    // The second is past the preview's rows: the dialog says so.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(1)).center());
    QCOMPARE(dialog.findChild<QLabel *>(u"importStatus"_s)->text(), u"Row 32 is past the preview's first 20 rows."_s);
}

void TestDeskPolish::tabReadsATypedPath()
{
    MainWindow window;
    QVERIFY(window.openFile(freshCopy(u"tab.parindex"_s)));
    window.navigator()->selectPeriod(2024, u"HUYEN"_s);
    const QString csv = m_dir.filePath(u"tab.csv"_s);
    writeFile(csv, "unit_code,criterion_code,self,appraised,note\nH01,1.1.1,,0.5,\n");
    ImportDialog dialog(window.document(), window.navigator()->currentPeriod()->id, ColumnMapping::Kind::Scores);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *path = dialog.findChild<QLineEdit *>(u"importPath"_s);
    path->setFocus();
    QSignalSpy finished(&dialog, &ImportDialog::readingFinished);
    QTest::keyClicks(path, csv);
    QTest::keyClick(path, Qt::Key_Tab);
    QVERIFY(finished.count() == 1 || finished.wait(20000));
    QCOMPARE(dialog.valueCount(), 1);
    // Back into the field and out again, unchanged: not read a second time.
    path->setFocus();
    QTest::keyClick(path, Qt::Key_Tab);
    QTest::qWait(0);
    QCOMPARE(finished.count(), 1);
}

void TestDeskPolish::exportSaysWhatItWrote()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(freshCopy(u"export.parindex"_s)));
    window.navigator()->selectPeriod(2024, u"HUYEN"_s);
    const int units = int(window.document()->periodUnits(window.navigator()->currentPeriod()->id)->size());
    const QString target = m_dir.filePath(u"xephang.xlsx"_s);
    QAction *exportAction = fileAction(window, u"Export…"_s);
    QVERIFY(exportAction);
    onDialog(
        [&](QDialog *d) {
            auto *path = d->findChild<QLineEdit *>(u"exportPath"_s);
            QVERIFY(path);
            // The file's label underlines its key and takes the focus to the field: no "&" shown.
            QLabel *label = nullptr;
            for (QLabel *l : d->findChildren<QLabel *>())
                label = l->buddy() == path ? l : label;
            QVERIFY(label);
            QCOMPARE(label->text(), u"&File:"_s);
            QTest::keyClicks(path, target);
            QTest::mouseClick(d->findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
        },
        [&] { exportAction->trigger(); });
    QVERIFY(QFileInfo::exists(target));
    QCOMPARE(window.statusBar()->currentMessage(),
        u"The ranking of %1 units was written to %2."_s.arg(units).arg(QDir::toNativeSeparators(target)));
}

void TestDeskPolish::oneYearChartsHaveNoSpanDash()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(freshCopy(u"charts.parindex"_s)));
    window.tabs()->setCurrentWidget(window.chartsTab());
    auto *kind = window.chartsTab()->findChildren<QComboBox *>().value(0);
    QVERIFY(kind);
    const auto dashes = [&] {
        int shown = 0;
        for (QLabel *l : window.chartsTab()->findChildren<QLabel *>())
            shown += l->text() == u"–"_s && l->isVisibleTo(window.chartsTab()) ? 1 : 0;
        return shown;
    };
    for (int i = 0; i < kind->count(); ++i) {
        kind->setCurrentIndex(i);
        const auto k = ChartKind(kind->currentData().toInt());
        const bool oneYear = k == ChartKind::Comparison || k == ChartKind::AreaProfile;
        QCOMPARE(dashes(), oneYear ? 0 : 1);
    }
}

void TestDeskPolish::emptyReasonAsksAgain()
{
    MainWindow window;
    QVERIFY(window.openFile(freshCopy(u"reason.parindex"_s)));
    window.navigator()->selectPeriod(2023, u"SO"_s);
    QVERIFY(window.navigator()->currentPeriod()->isFinal());
    Messages::takeShown();
    Messages::queueText(u"  "_s);
    Messages::queueText(u"Sai điểm của một đơn vị"_s);
    QVERIFY(window.reopenCurrentPeriod());
    QVERIFY(!window.navigator()->currentPeriod()->isFinal());
    const QStringList shown = Messages::takeShown();
    QCOMPARE(shown.size(), 2); // the question, then the question again with why: no warning in between
    QVERIFY(shown[1].startsWith(u"A reason is required to reopen a final period.\n\n"_s));
    QVERIFY(shown[1].endsWith(shown[0]));
}

QTEST_MAIN(TestDeskPolish)
#include "tst_deskpolish.moc"
