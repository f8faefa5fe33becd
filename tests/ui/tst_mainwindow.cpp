// Drives the real main window on a copy of the demo file: the ranking, finalising and reopening a
// period, the second instance that must be read-only, and what reaches the file.
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

#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>

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
    void refusesAFileNotOurs();
    void emptyStateWithoutFile();

private:
    QString freshCopy(const QString &name);
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
    const CriteriaTree tree = window.document()->criteria(period->id);
    const ScoreSheet old = window.document()->scoreSheet(period->id, last);
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
        before = window.document()->scoreSheets(period);
        RankingModel *ranking = window.rankingTab()->model();
        last = ranking->table().ranked.last().unitCode;
        QVERIFY(ranking->table().ranked.first().unitCode != last);

        window.navigator()->setCurrentUnit(last);
        window.tabs()->setCurrentWidget(window.scoresTab());
        ScoreSheetView *view = window.scoresTab()->sheetView();
        ScoreSheetModel *model = window.scoresTab()->sheetModel();
        const CriteriaTree tree = window.document()->criteria(period);
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
    const CriteriaTree tree = window.document()->criteria(period->id);
    const QString unit = window.document()->periodUnits(period->id).first().code;
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
    const CriteriaTree tree = second.document()->criteria(period->id);
    const Status s = second.document()->setScore(
        period->id, second.document()->periodUnits(period->id).first().code, tree.at(tree.leaves().first()).code, e);
    QCOMPARE(s.error().kind, Error::Kind::ReadOnly);
    // Once the first window lets go, the file opens for writing again.
    first.closeFile();
    MainWindow third;
    QVERIFY(third.openFile(path));
    QVERIFY(!third.document()->isReadOnly());
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
