// Drives the real main window on a copy of the demo file: the ranking, finalising and reopening a
// period, the second instance that must be read-only (and writable once the first closes), and what reaches
// the file; what the command line writes meanwhile is reloaded and said, and undo leaves it alone.
// With PARINDEX_SCREENSHOTS=DIR, the window after a reload and the message of a refused undo are saved in
// Vietnamese to DIR.
#include "decisionfill.h"
#include "deskdocument.h"
#include "mainwindow.h"
#include "messages.h"
#include "navigator.h"
#include "ranking/rankingmodel.h"
#include "ranking/rankingtab.h"
#include "scores/scoresheetmodel.h"
#include "scores/scorestab.h"
#include "scores/scoreviews.h"
#include "scoresfixture.h"

#include "demo/demoprovince.h"
#include "storage/database.h"

#include <QtCore/QDir>
#include <QtCore/QProcess>
#include <QtCore/QProcessEnvironment>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtCore/QTranslator>
#include <QtGui/QPainter>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>

#include <csignal>
#include <sys/types.h>

using namespace parindex;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void opensAndRanks();
    void rankingFollowsAnEdit();
    void typeAWholeSheetByKeyboard();
    void finaliseAndReopen();
    void secondInstanceIsReadOnly();
    void readOnlyWindowTakesOverWhenTheFirstCloses();
    void reloadsWhatTheCommandLineWrote();
    void undoLeavesWhatTheCommandLineWrote();
    void navigatorFollowsGroupsChangedElsewhere();
    void screenshots();
    void refusesAFileNotOurs();
    void emptyStateWithoutFile();
    void settingsThatCannotBeKeptAreSaid();
    void endsCleanlyWhenAskedTo_data();
    void endsCleanlyWhenAskedTo();

private:
    QString freshCopy(const QString &name);
    // parindex-cli imports full marks for every leaf of `unit` in the period, as the user `who`.
    void importFullMarks(DeskDocument *document, const Period &period, const QString &unit, const QString &who);
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Messages::setTestMode(true);
    m_demo = m_dir.filePath(u"demo.parindex"_s);
    auto db = Database::create(m_demo);
    QVERIFY2(db.ok(), qPrintable(db.error().text()));
    const Status filled = DemoProvince::fill(**db);
    QVERIFY2(filled.ok(), qPrintable(filled.error().text()));
}

void TestMainWindow::init()
{
    Messages::takeShown();
}

QString TestMainWindow::freshCopy(const QString &name)
{
    const QString path = m_dir.filePath(name);
    auto db = Database::open(m_demo, Database::Access::ReadOnly);
    if (!db || !(*db)->backupTo(path))
        qWarning("cannot copy the demo");
    return path;
}

void TestMainWindow::opensAndRanks()
{
    MainWindow window;
    QVERIFY(window.openFile(freshCopy(u"open.parindex"_s)));
    QVERIFY(window.windowTitle().contains(u"open.parindex"_s));
    QVERIFY(!window.document()->isReadOnly());
    const auto period = window.navigator()->currentPeriod();
    QVERIFY(period);
    QCOMPARE(period->year, 2024); // the latest year by default
    RankingModel *model = window.rankingTab()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *filter = window.rankingTab()->findChild<RankingFilter *>();
    QVERIFY(filter);
    QAbstractItemModelTester filterTester(filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model->rowCount() > 5);
    // Filters by class and by name; sorting by index keeps ties on the raw value.
    filter->setClassFilter(ClassCode::Excellent);
    for (int r = 0; r < filter->rowCount(); ++r)
        QCOMPARE(filter->index(r, RankingModel::Class).data(RankingModel::RawRole).toInt(), int(ClassCode::Excellent));
    filter->setClassFilter(std::nullopt);
    filter->setFilterFixedString(u"Sở Tài chính"_s);
    QCOMPARE(filter->rowCount(), 1);
    filter->setFilterFixedString({});
    QCOMPARE(model->index(0, RankingModel::Rank).data().toString(), u"1"_s);
    const QString copied = window.rankingTab()->visibleRowsAsText();
    QCOMPARE(copied.count(u'\n'), model->rowCount() + 1);
}

void TestMainWindow::rankingFollowsAnEdit()
{
    MainWindow window;
    QVERIFY(window.openFile(freshCopy(u"edit.parindex"_s)));
    window.navigator()->selectPeriod(2024, u"HUYEN"_s);
    RankingModel *model = window.rankingTab()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto period = window.navigator()->currentPeriod();
    QVERIFY(period);
    // The last unit gets full marks everywhere: it must come first, at once, and undo must put it back.
    const RankingTable before = model->table();
    const QString last = before.ranked.last().unitCode;
    const CriteriaTree tree = *window.document()->criteria(period->id);
    const ScoreSheet old = *window.document()->scoreSheet(period->id, last);
    int steps = 0;
    for (qsizetype i : tree.leaves()) {
        const Criterion &c = tree.at(i);
        ScoreEntry e = old.entry(c.code);
        if (c.isDeduction() || e.notApplicable)
            continue;
        e.appraised = c.valueMax();
        QVERIFY(window.document()->setScore(period->id, last, c.code, e));
        ++steps;
    }
    QVERIFY(steps > 10);
    QCOMPARE(model->table().ranked.first().unitCode, last);
    QCOMPARE(model->table().ranked.first().index.toString(2), u"100.00"_s);
}

void TestMainWindow::typeAWholeSheetByKeyboard()
{
    const QString path = freshCopy(u"keyboard.parindex"_s);
    QHash<QString, ScoreSheet> before;
    QString last;
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(path));
        window.navigator()->selectPeriod(2024, u"HUYEN"_s);
        const qint64 period = window.navigator()->currentPeriod()->id;
        before = *window.document()->scoreSheets(period);
        RankingModel *ranking = window.rankingTab()->model();
        last = ranking->table().ranked.last().unitCode;
        QVERIFY(ranking->table().ranked.first().unitCode != last);

        window.navigator()->setCurrentUnit(last);
        window.tabs()->setCurrentWidget(window.scoresTab());
        ScoreSheetView *view = window.scoresTab()->sheetView();
        ScoreSheetModel *model = window.scoresTab()->sheetModel();
        const CriteriaTree tree = *window.document()->criteria(period);
        // The first leaf's appraised cell, then every leaf by keyboard: full marks typed, Enter goes down.
        QModelIndex cell = model->neighbourLeaf(model->indexOfCode(tree.at(0).code, ScoreSheetModel::AppraisedColumn),
            +1, ScoreSheetModel::AppraisedColumn);
        view->setFocus();
        view->setCurrentIndex(cell);
        int typed = 0;
        while (cell.isValid() && typed < 200) {
            const QString code = cell.data(ScoreSheetModel::CodeRole).toString();
            const Criterion &c = tree.at(tree.indexOf(code));
            scoresfixture::type(view, c.isDeduction() ? u"0"_s : c.valueMax().toString(QLocale(), -1));
            scoresfixture::press(view, Qt::Key_Return);
            ++typed;
            const QModelIndex next = view->currentIndex();
            if (next == cell)
                break;
            cell = next;
        }
        QVERIFY2(typed > 50, qPrintable(QString::number(typed)));
        QVERIFY2(Messages::takeShown().isEmpty(), "no value was refused");
        // The ranking followed every keystroke: the last unit now leads with full marks.
        QCOMPARE(ranking->table().ranked.first().unitCode, last);
        QCOMPARE(ranking->table().ranked.first().index.toString(2), u"100.00"_s);
        QVERIFY(window.document()->undoStack()->count() >= typed - 5);

        // Undo one step: exactly that cell goes back, in the file too.
        window.document()->undoStack()->undo();
        window.closeFile();
    }
    auto db = Database::open(path, Database::Access::ReadOnly);
    QVERIFY(db.ok());
    const qint64 period = (*db)->period(2024, u"HUYEN"_s)->id;
    const auto after = *(*db)->scoreSheets(period);
    int changed = 0;
    for (auto it = after.value(last).entries.cbegin(); it != after.value(last).entries.cend(); ++it) {
        if (before.value(last).entry(it.key()) != it.value())
            ++changed;
    }
    QVERIFY(changed > 40);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (it.key() != last)
            QCOMPARE(after.value(it.key()), it.value()); // no other unit was touched
    }
}

void TestMainWindow::finaliseAndReopen()
{
    const QString path = freshCopy(u"final.parindex"_s);
    MainWindow window;
    QVERIFY(window.openFile(path));
    window.navigator()->selectPeriod(2024, u"SO"_s);
    QVERIFY(test::fillDecisionTexts(window.document(), 2024, u"SO"_s)); // nothing stands in the way of finalising
    Messages::queueAnswer(Messages::Answer::No);
    QVERIFY(!window.finalizeCurrentPeriod(u"12/QĐ-UBND"_s, QDate(2025, 2, 3)));
    QVERIFY(!window.navigator()->currentPeriod()->isFinal());

    Messages::queueAnswer(Messages::Answer::Yes);
    QVERIFY(window.finalizeCurrentPeriod(u"12/QĐ-UBND"_s, QDate(2025, 2, 3)));
    const auto period = window.navigator()->currentPeriod();
    QVERIFY(period->isFinal());
    QCOMPARE(period->decisionNumber, u"12/QĐ-UBND"_s);
    QVERIFY(window.findChild<QLabel *>(u"stateLabel"_s)->text().contains(u"12/QĐ-UBND"_s));

    // Core refuses an edit of a final period, whatever the UI shows.
    const CriteriaTree tree = *window.document()->criteria(period->id);
    const QString unit = (*window.document()->periodUnits(period->id)).first().code;
    ScoreEntry e;
    e.appraised = Fixed();
    const Status refused = window.document()->setScore(period->id, unit, tree.at(tree.leaves().first()).code, e);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Final);

    Messages::queueText(u""_s);
    QVERIFY(!window.reopenCurrentPeriod()); // a reason is required
    Messages::queueText(u"Sai sót khi nhập điểm của một đơn vị"_s);
    QVERIFY(window.reopenCurrentPeriod());
    QVERIFY(!window.navigator()->currentPeriod()->isFinal());
    window.closeFile();

    auto db = Database::open(path, Database::Access::ReadOnly);
    const auto log = (*db)->auditLog(5);
    QVERIFY(log.ok());
    bool found = false;
    for (const AuditEntry &a : *log)
        found = found || QString(a.newValue + a.oldValue + a.entity).contains(u"Sai sót khi nhập điểm"_s);
    QVERIFY2(found, "the reason is in the audit log");
}

void TestMainWindow::secondInstanceIsReadOnly()
{
    const QString path = freshCopy(u"shared.parindex"_s);
    MainWindow first;
    QVERIFY(first.openFile(path));
    QVERIFY(!first.document()->isReadOnly());
    MainWindow second;
    QVERIFY(second.openFile(path));
    QVERIFY(second.document()->isReadOnly());
    QVERIFY(second.windowTitle().contains(u"read-only"_s));
    auto *banner = second.findChild<QLabel *>(u"readOnlyBanner"_s);
    QVERIFY(banner && !banner->isHidden());
    QVERIFY(!banner->text().isEmpty());
    const auto period = second.navigator()->currentPeriod();
    ScoreEntry e;
    e.appraised = Fixed();
    const CriteriaTree tree = *second.document()->criteria(period->id);
    const Status s = second.document()->setScore(
        period->id, (*second.document()->periodUnits(period->id)).first().code, tree.at(tree.leaves().first()).code, e);
    QCOMPARE(s.error().kind, Error::Kind::ReadOnly);
    // Once the first window lets go, the file opens for writing again.
    first.closeFile();
    MainWindow third;
    QVERIFY(third.openFile(path));
    QVERIFY(!third.document()->isReadOnly());
}

void TestMainWindow::readOnlyWindowTakesOverWhenTheFirstCloses()
{
    const QString path = freshCopy(u"takeover.parindex"_s);
    auto first = std::make_unique<MainWindow>();
    QVERIFY(first->openFile(path));
    MainWindow second;
    QVERIFY(second.openFile(path));
    QVERIFY(second.document()->isReadOnly());
    second.navigator()->selectPeriod(2024, u"HUYEN"_s);
    auto *banner = second.findChild<QLabel *>(u"readOnlyBanner"_s);
    QVERIFY(!banner->isHidden());
    QVERIFY(!second.scoresTab()->sheetModel()->isEditable());

    first.reset(); // the first window quits
    // The poll timer notices within a second: the banner goes, the views become editable, the status bar says so.
    QTRY_VERIFY_WITH_TIMEOUT(!second.document()->isReadOnly(), 5000);
    QVERIFY(banner->isHidden());
    QVERIFY(!second.windowTitle().contains(u"read-only"_s));
    QVERIFY(!second.findChild<QLabel *>(u"stateLabel"_s)->text().contains(u"read-only"_s));
    QCOMPARE(second.statusBar()->currentMessage(), u"The other window has closed: the file can now be changed here."_s);
    QVERIFY(second.scoresTab()->sheetModel()->isEditable());
    const auto period = second.navigator()->currentPeriod();
    const CriteriaTree tree = *second.document()->criteria(period->id);
    ScoreEntry e;
    e.appraised = Fixed();
    QVERIFY(second.document()->setScore(period->id, (*second.document()->periodUnits(period->id)).first().code,
        tree.at(tree.leaves().first()).code, e));
    QVERIFY(Messages::takeShown().isEmpty());
}

void TestMainWindow::importFullMarks(
    DeskDocument *document, const Period &period, const QString &unit, const QString &who)
{
    const CriteriaTree tree = *document->criteria(period.id);
    const ScoreSheet sheet = *document->scoreSheet(period.id, unit);
    QString csv = u"unit_code,criterion_code,self,appraised,note\n"_s;
    for (qsizetype i : tree.leaves()) {
        const Criterion &c = tree.at(i);
        if (!c.isDeduction() && !sheet.entry(c.code).notApplicable)
            csv += u"%1,%2,,%3,\n"_s.arg(unit, c.code, c.valueMax().toString());
    }
    const QString file = m_dir.filePath(u"full-marks-%1.csv"_s.arg(unit));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(csv.toUtf8());
    out.close();
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PARINDEX_USER"_s, who);
    cli.setProcessEnvironment(env);
    cli.start(QString::fromUtf8(PARINDEX_CLI),
        {u"--db"_s, document->path(), u"scores"_s, u"import"_s, u"--year"_s, QString::number(period.year), u"--group"_s,
            period.groupCode, file});
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
}

void TestMainWindow::reloadsWhatTheCommandLineWrote()
{
    MainWindow window;
    QVERIFY(window.openFile(freshCopy(u"cli.parindex"_s)));
    window.navigator()->selectPeriod(2024, u"HUYEN"_s);
    const auto period = window.navigator()->currentPeriod();
    RankingModel *ranking = window.rankingTab()->model();
    const QString last = ranking->table().ranked.last().unitCode;
    window.navigator()->setCurrentUnit(last);
    ScoreSheetModel *sheet = window.scoresTab()->sheetModel();
    const CriteriaTree tree = *window.document()->criteria(period->id);
    const Criterion &leaf = tree.at(tree.leaves().first());
    const QModelIndex cell = sheet->indexOfCode(leaf.code, ScoreSheetModel::AppraisedColumn);

    importFullMarks(window.document(), *period, last, u"thư ký"_s);
    // Within a second, without a question: every view shows the values, the status bar says who wrote what.
    QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(u"thư ký"_s), 5000);
    QVERIFY2(window.statusBar()->currentMessage().startsWith(
                 u"Reloaded: thư ký imported the scores of 2024 – UBND cấp huyện at "_s),
        qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(ranking->table().ranked.first().unitCode, last);
    QCOMPARE(ranking->table().ranked.first().index.toString(2), u"100.00"_s);
    QCOMPARE(cell.data(ScoreSheetModel::RawRole).value<Fixed>(), leaf.valueMax());
    QVERIFY(Messages::takeShown().isEmpty());
}

void TestMainWindow::undoLeavesWhatTheCommandLineWrote()
{
    const QString path = freshCopy(u"undo-cli.parindex"_s);
    MainWindow window;
    QVERIFY(window.openFile(path));
    window.navigator()->selectPeriod(2024, u"HUYEN"_s);
    const auto period = window.navigator()->currentPeriod();
    const QString unit = window.navigator()->currentUnit();
    ScoreSheetModel *sheet = window.scoresTab()->sheetModel();
    const CriteriaTree tree = *window.document()->criteria(period->id);
    const Criterion &leaf = tree.at(tree.leaves().first());
    const QModelIndex cell = sheet->indexOfCode(leaf.code, ScoreSheetModel::AppraisedColumn);
    QVERIFY(sheet->setData(cell, u"0"_s));
    QCOMPARE(window.document()->undoStack()->count(), 1);

    importFullMarks(window.document(), *period, unit, u"thư ký"_s);
    window.findChild<QAction *>(u"undoAction"_s)->trigger(); // Ctrl+Z, before the window has even looked
    const QStringList shown = Messages::takeShown();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains(u"thư ký"_s) && shown.first().contains(leaf.code), qPrintable(shown.first()));
    QCOMPARE(window.document()->undoStack()->count(), 0);
    QVERIFY(!window.document()->undoStack()->canRedo());
    QTRY_COMPARE(cell.data(ScoreSheetModel::RawRole).value<Fixed>(), leaf.valueMax());
    QCOMPARE(scoresfixture::storedEntry(path, period->id, unit, leaf.code).appraised, leaf.valueMax());
}

void TestMainWindow::navigatorFollowsGroupsChangedElsewhere()
{
    const QString path = freshCopy(u"groups.parindex"_s);
    MainWindow window;
    QVERIFY(window.openFile(path));
    window.navigator()->selectPeriod(2024, u"HUYEN"_s);
    auto *groups = window.navigator()->findChild<QComboBox *>(u"groupCombo"_s);
    QVERIFY(groups);
    const int count = groups->count();
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QVERIFY((*db)->saveGroup(UnitGroup {u"HUYEN"_s, u"UBND các huyện, thị xã, thành phố"_s, 1}));
        QVERIFY((*db)->saveGroup(UnitGroup {u"BAN"_s, u"Các ban quản lý"_s, count}));
    }
    window.document()->checkForChanges();
    QCOMPARE(groups->count(), count + 1);
    QCOMPARE(groups->currentText(), u"UBND các huyện, thị xã, thành phố"_s); // the same group stays chosen
    QCOMPARE(window.navigator()->currentPeriod()->groupCode, u"HUYEN"_s);
    QVERIFY(groups->findData(u"BAN"_s) >= 0);
}

void TestMainWindow::screenshots()
{
    const QString dir = qEnvironmentVariable("PARINDEX_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("PARINDEX_SCREENSHOTS is not set");
    QTranslator vietnamese;
    QVERIFY(vietnamese.load(u":/i18n/parindex_vi"_s));
    QCoreApplication::installTranslator(&vietnamese);
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    const QString path = freshCopy(u"screenshots.parindex"_s);
    MainWindow window;
    window.resize(1280, 800);
    QVERIFY(window.openFile(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.navigator()->selectPeriod(2024, u"HUYEN"_s);
    const auto period = window.navigator()->currentPeriod();
    const QString last = window.rankingTab()->model()->table().ranked.last().unitCode;
    window.navigator()->setCurrentUnit(last);
    window.tabs()->setCurrentWidget(window.scoresTab());
    const CriteriaTree tree = *window.document()->criteria(period->id);
    const QModelIndex cell = window.scoresTab()->sheetModel()->indexOfCode(
        tree.at(tree.leaves().first()).code, ScoreSheetModel::AppraisedColumn);
    QVERIFY(window.scoresTab()->sheetModel()->setData(cell, u"0"_s));

    // The command line imports the unit's scores: the window reloads them and says so.
    importFullMarks(window.document(), *period, last, u"thư ký"_s);
    QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(u"thư ký"_s), 5000);
    QTest::qWait(300);
    QVERIFY(window.grab().save(dir + u"/reload-status-vi.png"_s));

    // Undo would overwrite the import: refused, with the message a user sees (drawn over the window).
    Messages::setTestMode(false);
    QImage shot;
    QTimer::singleShot(300, this, [&] {
        QWidget *box = QApplication::activeModalWidget();
        if (!box)
            return;
        shot = window.grab().toImage();
        QPainter painter(&shot);
        const QPixmap boxShot = box->grab();
        painter.drawPixmap((shot.width() - boxShot.width()) / 2, (shot.height() - boxShot.height()) / 2, boxShot);
        box->close();
    });
    window.findChild<QAction *>(u"undoAction"_s)->trigger();
    Messages::setTestMode(true);
    QCoreApplication::removeTranslator(&vietnamese);
    QLocale::setDefault(QLocale::c());
    QVERIFY(!shot.isNull());
    QVERIFY(shot.save(dir + u"/undo-conflict-vi.png"_s));
}

void TestMainWindow::refusesAFileNotOurs()
{
    const QString path = m_dir.filePath(u"letter.txt"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Kính gửi Hội đồng\n");
    f.close();
    MainWindow window;
    QVERIFY(!window.openFile(path));
    QVERIFY(!window.document());
    const QStringList shown = Messages::takeShown();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains(u"letter.txt"_s), qPrintable(shown.first()));
}

// Settings the program cannot keep (the settings file's name is taken by a folder) are said once in the status bar,
// naming the file; the file opens all the same.
void TestMainWindow::settingsThatCannotBeKeptAreSaid()
{
    const QString settings = QSettings().fileName();
    QByteArray kept;
    if (QFile old(settings); old.open(QIODevice::ReadOnly))
        kept = old.readAll();
    QFile::remove(settings);
    QVERIFY(QDir().mkpath(settings));
    {
        MainWindow window;
        QVERIFY(window.openFile(freshCopy(u"unsaved-settings.parindex"_s)));
        const QString said = window.statusBar()->currentMessage();
        QVERIFY2(
            said.contains(u"recent files"_s) && said.contains(QDir::toNativeSeparators(settings)), qPrintable(said));
    }
    QVERIFY(QDir(settings).removeRecursively());
    QFile restored(settings);
    QVERIFY(restored.open(QIODevice::WriteOnly));
    restored.write(kept);
}

// The desktop program asked to end by a signal (a logout's SIGTERM or SIGHUP, Ctrl+C's SIGINT) closes its window as
// the user would: it exits normally, and the file's lock and journal go with it. Its settings go to a folder of the
// test's own, not the user's.
void TestMainWindow::endsCleanlyWhenAskedTo_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGHUP") << int(SIGHUP);
}

void TestMainWindow::endsCleanlyWhenAskedTo()
{
    QFETCH(int, signal);
    const QString file = freshCopy(u"ended-%1.parindex"_s.arg(signal));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"HOME"_s, m_dir.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    QProcess window;
    window.setProcessEnvironment(env);
    window.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    window.start(QStringLiteral(PARINDEX_DESKTOP), {u"--lang"_s, u"vi"_s, file});
    QVERIFY(window.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(file + u".lock"_s), 60000); // open, and holding the file
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(file + u"-wal"_s), 10000);
    QCOMPARE(::kill(pid_t(window.processId()), signal), 0);
    QVERIFY(window.waitForFinished(60000));
    QCOMPARE(window.exitStatus(), QProcess::NormalExit);
    QCOMPARE(window.exitCode(), 0);
    QVERIFY(!QFile::exists(file + u".lock"_s));
    QVERIFY(!QFile::exists(file + u"-wal"_s));
    QVERIFY(Database::open(file, Database::Access::ReadOnly)); // and the file opens as it was
}

void TestMainWindow::emptyStateWithoutFile()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.findChild<QLabel *>(u"noFileState"_s)->isVisible());
    QVERIFY(!window.tabs()->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
