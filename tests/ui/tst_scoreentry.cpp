// Entering scores all day, through the real main window on a copy of the demo, by keyboard and mouse as a
// secretary does: a sheet opens at the top with the focus on its first cell; typing into a final sheet says why;
// the unit box and the ranking filter find a unit by any part of its name without accents; a double-click on a
// ranking row opens that unit's sheet; Ctrl+Z on the Ranking tab undoes the data, Ctrl+Y redoes.
#include "deskdocument.h"
#include "deskfixture.h"
#include "mainwindow.h"
#include "messages.h"
#include "navigator.h"
#include "ranking/rankingmodel.h"
#include "ranking/rankingtab.h"
#include "scores/scoresheetmodel.h"
#include "scores/scorestab.h"
#include "scores/scoreviews.h"

#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtGui/QPainter>
#include <QtGui/QUndoStack>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QTest>
#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QCompleter>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QTabBar>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>
#include <QtWidgets/QToolTip>

using namespace parindex;
using namespace Qt::StringLiterals;

namespace {
// With PARINDEX_SCREENSHOTS=DIR, the window (with an open list drawn where it is) is saved as DIR/entry-NAME.png.
void screenshot(QWidget *window, const QString &name, QWidget *popup = nullptr, QWidget *under = nullptr)
{
    const QString dir = qEnvironmentVariable("PARINDEX_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(200);
    QPixmap shot = window->grab();
    if (popup && popup->isVisible()) {
        QPainter painter(&shot);
        // A list drops down under its box (the offscreen platform places popups anywhere).
        const QPoint at = under ? under->mapTo(window, QPoint(0, under->height()))
                                : window->mapFromGlobal(popup->mapToGlobal(QPoint(0, 0)));
        painter.drawPixmap(at, popup->grab());
    }
    shot.save(dir + u"/entry-"_s + name + u".png"_s);
}

// Keys as a keyboard sends them: each to the widget with the focus (the cell's editor once typing began).
void typeKeys(const QString &text)
{
    for (const QChar ch : text)
        QTest::keyClicks(QApplication::focusWidget(), QString(ch));
}
} // namespace

class TestScoreEntry : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void sheetOpensAtTheTopWithTheFocusOnItsFirstCell();
    void typingIntoAFinalSheetSaysWhy();
    void unitBoxFindsAnyPartWithoutAccents();
    void rankingFilterFindsAnyPartWithoutAccents();
    void doubleClickOnARankingRowOpensTheSheet();
    void undoOnTheRankingTabUndoesTheData();

private:
    // A shown, active window on a fresh copy of the demo, at HUYEN `year`, on the Ranking tab as it opens.
    std::unique_ptr<MainWindow> openWindow(const QString &name, int year = 2024);
    static QComboBox *unitBox(MainWindow &window);
    // The units the box's list offers for what was typed.
    static int offered(QCompleter *completer) { return completer->popup()->model()->rowCount(); }
    static void clickTab(MainWindow &window, QWidget *tab);
    // The first leaf of the sheet that takes a value (not marked not applicable), as the tree lists them.
    static QString firstEnterableLeaf(MainWindow &window, const QString &unit);
    static std::optional<Fixed> appraised(MainWindow &window, const QString &unit, const QString &code);
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestScoreEntry::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Messages::setTestMode(true);
    m_demo = m_dir.filePath(u"demo.parindex"_s);
    QVERIFY(test::createDemo(m_demo));
}

void TestScoreEntry::init()
{
    Messages::takeShown();
}

std::unique_ptr<MainWindow> TestScoreEntry::openWindow(const QString &name, int year)
{
    const QString path = m_dir.filePath(name);
    if (!test::copyOf(m_demo, path))
        return nullptr;
    auto window = std::make_unique<MainWindow>();
    window->resize(1280, 800);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()) || !window->openFile(path))
        return nullptr;
    window->navigator()->selectPeriod(year, u"HUYEN"_s);
    return window;
}

QComboBox *TestScoreEntry::unitBox(MainWindow &window)
{
    return window.navigator()->findChild<QComboBox *>(u"unitCombo"_s);
}

void TestScoreEntry::clickTab(MainWindow &window, QWidget *tab)
{
    QTabBar *bar = window.tabs()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(window.tabs()->indexOf(tab)).center());
}

QString TestScoreEntry::firstEnterableLeaf(MainWindow &window, const QString &unit)
{
    const qint64 period = window.navigator()->currentPeriod()->id;
    const CriteriaTree tree = *window.document()->criteria(period);
    const ScoreSheet sheet = *window.document()->scoreSheet(period, unit);
    for (qsizetype leaf : tree.leaves()) {
        if (!sheet.entry(tree.at(leaf).code).notApplicable)
            return tree.at(leaf).code;
    }
    return {};
}

std::optional<Fixed> TestScoreEntry::appraised(MainWindow &window, const QString &unit, const QString &code)
{
    const auto sheet = window.document()->scoreSheet(window.navigator()->currentPeriod()->id, unit);
    return sheet ? sheet->entry(code).appraised : std::nullopt;
}

void TestScoreEntry::sheetOpensAtTheTopWithTheFocusOnItsFirstCell()
{
    auto window = openWindow(u"top.parindex"_s);
    QVERIFY(window);
    ScoresTab *scores = window->scoresTab();
    ScoreSheetView *view = scores->sheetView();

    // Switching to the Scores tab: the sheet from its first row, the focus on its first cell; no Tab pressed.
    clickTab(*window, scores);
    QCOMPARE(window->tabs()->currentWidget(), scores);
    QCOMPARE(QApplication::focusWidget(), view);
    QCOMPARE(view->verticalScrollBar()->value(), 0);
    QCOMPARE(view->indexAt(QPoint(4, 2)).row(), 0);
    QVERIFY(!view->indexAt(QPoint(4, 2)).parent().isValid());
    const QString unit = window->navigator()->currentUnit();
    const QString first = firstEnterableLeaf(*window, unit);
    QCOMPARE(view->currentIndex().data(ScoreSheetModel::CodeRole).toString(), first);
    QCOMPARE(view->currentIndex().column(), int(ScoreSheetModel::AppraisedColumn));
    typeKeys(u"0"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(appraised(*window, unit, first), Fixed());
    QCOMPARE(window->document()->undoStack()->count(), 1); // a value was typed, not already there

    // Deep in the sheet, then another unit chosen in the unit box: its sheet from the top, the focus on its first
    // cell, ready for typing.
    for (int i = 0; i < 30; ++i)
        QTest::keyClick(view, Qt::Key_Down);
    QVERIFY(view->verticalScrollBar()->value() > 0);
    // The arrow keys in the box only step through the units; a unit picked from its list opens the sheet.
    QComboBox *box = unitBox(*window);
    box->setFocus(Qt::ShortcutFocusReason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QVERIFY(window->navigator()->currentUnit() != unit);
    QCOMPARE(QApplication::focusWidget(), box);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    QCOMPARE(window->navigator()->currentUnit(), unit);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down, Qt::AltModifier);
    QTRY_VERIFY(box->view()->isVisible());
    QTest::keyClick(box->view(), Qt::Key_Down);
    QTest::keyClick(box->view(), Qt::Key_Return);
    QTRY_VERIFY(!box->view()->isVisible());
    const QString next = window->navigator()->currentUnit();
    QVERIFY(next != unit);
    QCOMPARE(scores->sheetModel()->unitCode(), next);
    QCOMPARE(QApplication::focusWidget(), view);
    QCOMPARE(view->verticalScrollBar()->value(), 0);
    const QString nextFirst = firstEnterableLeaf(*window, next);
    QCOMPARE(view->currentIndex().data(ScoreSheetModel::CodeRole).toString(), nextFirst);
    typeKeys(u"0"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(appraised(*window, next, nextFirst), Fixed());
    QCOMPARE(window->document()->undoStack()->count(), 2);

    // Away and back with the same unit: the sheet keeps the cell the secretary was at.
    QTest::keyClick(view, Qt::Key_Down);
    const QModelIndex at = view->currentIndex();
    clickTab(*window, window->rankingTab());
    clickTab(*window, scores);
    QCOMPARE(QApplication::focusWidget(), view);
    QCOMPARE(view->currentIndex(), at);
    QVERIFY(Messages::takeShown().isEmpty());
}

void TestScoreEntry::typingIntoAFinalSheetSaysWhy()
{
    auto window = openWindow(u"final.parindex"_s, 2023);
    QVERIFY(window);
    QVERIFY(window->navigator()->currentPeriod()->isFinal());
    ScoresTab *scores = window->scoresTab();
    clickTab(*window, scores);
    auto *hint = scores->findChild<QLabel *>(u"scoreSheetHint"_s);
    QVERIFY(hint);
    // The hint line says why nothing can be typed and how to reopen, and does not invite typing.
    QVERIFY2(!hint->text().contains(u"Type a value"_s), qPrintable(hint->text()));
    QVERIFY2(hint->text().contains(u"final"_s), qPrintable(hint->text()));
    QVERIFY2(hint->text().contains(u"Reopen for a correction"_s), qPrintable(hint->text()));
    auto *gridHint = scores->findChild<QLabel *>(u"scoreGridHint"_s);
    QVERIFY(gridHint);
    QVERIFY2(!gridHint->text().contains(u"Type a value"_s), qPrintable(gridHint->text()));

    // Typing: nothing changes, and the reason is shown where the secretary looks, at the cell.
    ScoreSheetView *view = scores->sheetView();
    QCOMPARE(QApplication::focusWidget(), view);
    const QString unit = window->navigator()->currentUnit();
    const QString first = view->currentIndex().data(ScoreSheetModel::CodeRole).toString();
    QVERIFY(!first.isEmpty());
    const auto before = appraised(*window, unit, first);
    QToolTip::hideText();
    typeKeys(u"7"_s);
    QVERIFY(!view->isEditing());
    QCOMPARE(appraised(*window, unit, first), before);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(u"2023 is final"_s), qPrintable(QToolTip::text()));
    QVERIFY2(QToolTip::text().contains(u"Reopen for a correction"_s), qPrintable(QToolTip::text()));
    QWidget *tip = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->inherits("QTipLabel") && w->isVisible())
            tip = w;
    }
    screenshot(window.get(), u"final-sheet"_s, tip);

    // Reopened, the hint invites typing again.
    Messages::queueText(u"A wrong score of 1.1"_s);
    QVERIFY(window->reopenCurrentPeriod());
    QVERIFY2(hint->text().contains(u"Type a value"_s), qPrintable(hint->text()));
}

void TestScoreEntry::unitBoxFindsAnyPartWithoutAccents()
{
    auto window = openWindow(u"unitbox.parindex"_s);
    QVERIFY(window);
    clickTab(*window, window->scoresTab());
    QComboBox *box = unitBox(*window);
    QVERIFY(box->isEditable());
    QCompleter *completer = box->completer();
    QVERIFY(completer);
    QAbstractItemModelTester tester(completer->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(window->navigator()->currentUnit() != u"H10"_s);

    // "tuong" finds "UBND huyện Tường Vân": typed, offered, Enter takes it and the focus goes to its sheet.
    box->setFocus(Qt::ShortcutFocusReason);
    QCOMPARE(QApplication::focusWidget(), box);
    QTest::keyClicks(box->lineEdit(), u"tuong"_s);
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(offered(completer), 1);
    QCOMPARE(completer->popup()->model()->index(0, 0).data().toString(), u"UBND huyện Tường Vân"_s);
    screenshot(window.get(), u"unit-box-search"_s, completer->popup(), box);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(window->navigator()->currentUnit(), u"H10"_s);
    QCOMPARE(window->scoresTab()->sheetModel()->unitCode(), u"H10"_s);
    QCOMPARE(box->lineEdit()->text(), u"UBND huyện Tường Vân"_s);
    QTRY_VERIFY(!completer->popup()->isVisible());
    QCOMPARE(QApplication::focusWidget(), window->scoresTab()->sheetView());

    // "đông giang" and "DONG GIANG" alike; picked from the list with the arrow keys.
    for (const QString &typed : {u"đông giang"_s, u"DONG GIANG"_s}) {
        box->setFocus(Qt::ShortcutFocusReason);
        test::typeText(box->lineEdit(), typed);
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(offered(completer), 1);
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(window->navigator()->currentUnit(), u"H03"_s);
        QCOMPARE(QApplication::focusWidget(), window->scoresTab()->sheetView());
        window->navigator()->setCurrentUnit(u"H01"_s);
    }

    // Every name holds "UBND": all are offered. Something no name holds: none, and leaving the box puts the
    // chosen unit's name back (nothing changed).
    box->setFocus(Qt::ShortcutFocusReason);
    QTest::keyClicks(box->lineEdit(), u"ubnd"_s);
    QTRY_COMPARE(offered(completer), box->count());
    box->lineEdit()->selectAll();
    QTest::keyClicks(box->lineEdit(), u"xyz"_s);
    QCOMPARE(offered(completer), 0);
    QTest::keyClick(box->lineEdit(), Qt::Key_Return);
    QCOMPARE(window->navigator()->currentUnit(), u"H01"_s);
    window->scoresTab()->sheetView()->setFocus(Qt::MouseFocusReason);
    QCOMPARE(box->lineEdit()->text(), box->itemText(box->currentIndex()));
}

void TestScoreEntry::rankingFilterFindsAnyPartWithoutAccents()
{
    auto window = openWindow(u"filter.parindex"_s);
    QVERIFY(window);
    RankingTab *ranking = window->rankingTab();
    auto *search = ranking->findChild<QLineEdit *>(u"rankingSearch"_s);
    auto *view = ranking->findChild<QTableView *>(u"rankingView"_s);
    QVERIFY(search && view);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int all = view->model()->rowCount();
    QVERIFY(all > 5);
    const auto shown = [view] {
        QStringList names;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            names.append(view->model()->index(r, RankingModel::Unit).data().toString());
        return names;
    };
    search->setFocus(Qt::MouseFocusReason);
    QTest::keyClicks(search, u"tuong van"_s);
    QCOMPARE(shown(), QStringList {u"UBND huyện Tường Vân"_s});
    search->clear();
    test::typeText(search, u"Đông"_s);
    QVERIFY(shown().contains(u"UBND huyện Đông Giang"_s));
    QVERIFY(!shown().contains(u"UBND huyện Tường Vân"_s));
    search->clear();
    test::typeText(search, u"van tuong"_s); // words in any order
    QCOMPARE(shown(), QStringList {u"UBND huyện Tường Vân"_s});
    search->clear();
    QCOMPARE(view->model()->rowCount(), all);
}

void TestScoreEntry::doubleClickOnARankingRowOpensTheSheet()
{
    auto window = openWindow(u"double.parindex"_s);
    QVERIFY(window);
    QCOMPARE(window->tabs()->currentWidget(), window->rankingTab());
    auto *view = window->rankingTab()->findChild<QTableView *>(u"rankingView"_s);
    QVERIFY(view);
    int row = -1;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        if (view->model()->index(r, 0).data(RankingModel::UnitCodeRole).toString() == u"H10"_s)
            row = r;
    }
    QVERIFY(row >= 0);
    QVERIFY(window->navigator()->currentUnit() != u"H10"_s);
    const QModelIndex cell = view->model()->index(row, RankingModel::Index);
    view->scrollTo(cell);
    // A press and release, then the double-click, as the mouse sends them (QTest's double-click alone has no press).
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    QCOMPARE(window->tabs()->currentWidget(), window->scoresTab());
    QCOMPARE(window->scoresTab()->page(), ScoresTab::Page::Sheet);
    QCOMPARE(window->navigator()->currentUnit(), u"H10"_s);
    QCOMPARE(window->scoresTab()->sheetModel()->unitCode(), u"H10"_s);
    QCOMPARE(QApplication::focusWidget(), window->scoresTab()->sheetView());
    QCOMPARE(window->scoresTab()->sheetView()->verticalScrollBar()->value(), 0);

    // Enter on a row does the same, for the keyboard.
    clickTab(*window, window->rankingTab());
    view->setFocus(Qt::MouseFocusReason);
    const QModelIndex top = view->model()->index(0, RankingModel::Unit);
    view->setCurrentIndex(top);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(window->tabs()->currentWidget(), window->scoresTab());
    QCOMPARE(window->navigator()->currentUnit(), top.data(RankingModel::UnitCodeRole).toString());
}

void TestScoreEntry::undoOnTheRankingTabUndoesTheData()
{
    auto window = openWindow(u"undo.parindex"_s);
    QVERIFY(window);
    QUndoStack *stack = window->document()->undoStack();
    // A value typed on the sheet, then to the Ranking tab by a click on its tab.
    clickTab(*window, window->scoresTab());
    const QString unit = window->navigator()->currentUnit();
    const QString first = firstEnterableLeaf(*window, unit);
    const auto before = appraised(*window, unit, first);
    QVERIFY(before != Fixed());
    typeKeys(u"0"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(appraised(*window, unit, first), Fixed());
    QCOMPARE(stack->index(), 1);
    clickTab(*window, window->rankingTab());
    auto *search = window->rankingTab()->findChild<QLineEdit *>(u"rankingSearch"_s);
    QVERIFY(QApplication::focusWidget() != search);
    QCOMPARE(QApplication::focusWidget(), window->rankingTab()->findChild<QTableView *>(u"rankingView"_s));

    // Ctrl+Z undoes the value; Ctrl+Y and Ctrl+Shift+Z redo it; wherever the focus is on the tab.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stack->index(), 0);
    QCOMPARE(appraised(*window, unit, first), before);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(stack->index(), 1);
    QCOMPARE(appraised(*window, unit, first), Fixed());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stack->index(), 1);

    // In the filter box with nothing of its own to undo, Ctrl+Z is the window's too; Ctrl+Y is the window's
    // on the sheet as well.
    search->setFocus(Qt::MouseFocusReason);
    QTest::keyClick(search, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stack->index(), 0);
    clickTab(*window, window->scoresTab());
    QCOMPARE(QApplication::focusWidget(), window->scoresTab()->sheetView());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(stack->index(), 1);
    QCOMPARE(appraised(*window, unit, first), Fixed());
    // In the unit box, with nothing typed, too.
    QComboBox *box = unitBox(*window);
    box->setFocus(Qt::MouseFocusReason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(stack->index(), 0);
    QCOMPARE(appraised(*window, unit, first), before);
    QVERIFY(Messages::takeShown().isEmpty());
}

QTEST_MAIN(TestScoreEntry)
#include "tst_scoreentry.moc"
