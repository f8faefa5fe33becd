// The ranking copied as a table (tab-separated, for pasting into a spreadsheet): a unit named like a formula is
// pasted as text, not run; a tab or a line break in a name keeps its row and column.
#include "deskdocument.h"
#include "deskfixture.h"
#include "mainwindow.h"
#include "messages.h"
#include "navigator.h"
#include "ranking/movementpanel.h"
#include "ranking/rankingmodel.h"
#include "ranking/rankingtab.h"

#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtTest/QTest>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTableView>

using namespace parindex;
using namespace Qt::StringLiterals;

class TestRankingCopy : public QObject
{
    Q_OBJECT
private slots:
    void formulasArePastedAsText();
    void summaryOfTheShownYear();
    void selectingAUnitExplainsItsMove();
};

void TestRankingCopy::formulasArePastedAsText()
{
    QStandardPaths::setTestModeEnabled(true);
    Messages::setTestMode(true);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"council.parindex"_s);
    QVERIFY(test::createDemo(path));
    {
        auto db = Database::open(path);
        QVERIFY(db);
        Unit stp = *(*db)->unit(u"STP"_s);
        stp.name = u"=HYPERLINK(\"http://x\",\"click\")"_s;
        QVERIFY((*db)->saveUnit(stp));
        Unit snv = *(*db)->unit(u"SNV"_s);
        snv.name = u"Sở\tNội\nvụ"_s;
        QVERIFY((*db)->saveUnit(snv));
    }
    MainWindow window;
    QVERIFY(window.openFile(path));
    window.navigator()->selectPeriod(2024, u"SO"_s);
    const QString copied = window.rankingTab()->visibleRowsAsText();
    const QStringList lines = copied.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 5);
    const qsizetype columns = lines.first().count(u'\t');
    for (const QString &line : lines)
        QCOMPARE(line.count(u'\t'), columns);
    QVERIFY2(copied.contains(u"\t'=HYPERLINK(\"http://x\",\"click\")\t"_s), qPrintable(copied));
    QVERIFY2(copied.contains(u"\tSở Nội vụ\t"_s), qPrintable(copied));
}

// Ranking › Copy summary: the news of the shown group and year on the clipboard (the demo's last year is not final:
// marked as a draft), then of the selected unit with its rank k/N; the status bar says what was copied.
void TestRankingCopy::summaryOfTheShownYear()
{
    QStandardPaths::setTestModeEnabled(true);
    Messages::setTestMode(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"council.parindex"_s);
    QVERIFY(test::createDemo(path));
    MainWindow window;
    QVERIFY(window.openFile(path));
    window.navigator()->selectPeriod(2024, u"SO"_s);
    RankingTab *tab = window.rankingTab();
    QTRY_VERIFY(!tab->isReading());
    auto *button = tab->findChild<QPushButton *>(u"copyRankingSummary"_s);
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    const auto text = tab->summaryText();
    QVERIFY2(text, qPrintable(text.error().text()));
    QGuiApplication::clipboard()->clear();
    button->click();
    const QString group = QGuiApplication::clipboard()->text();
    QCOMPARE(group, *text);
    QVERIFY2(group.startsWith(u"PAR Index 2024 – "_s), qPrintable(group));
    QVERIFY2(group.contains(u"DRAFT: the 2024 period is not final"_s), qPrintable(group));
    QVERIFY2(group.contains(u"- The average index is "_s), qPrintable(group));
    QVERIFY2(group.contains(u"- Against 2023: "_s), qPrintable(group));
    QVERIFY2(!group.contains(u" ranks "_s), qPrintable(group)); // no unit selected
    QCOMPARE(window.statusBar()->currentMessage(), u"The summary of SO 2024 was copied to the clipboard."_s);

    auto *view = tab->findChild<QTableView *>(u"rankingView"_s);
    QVERIFY(view);
    view->selectRow(0);
    const QString name = view->model()->index(0, RankingModel::Unit).data().toString();
    button->click();
    const QString unit = QGuiApplication::clipboard()->text();
    QVERIFY2(unit.startsWith(group.section(u'\n', 0, 0)), qPrintable(unit));
    QVERIFY2(unit.contains(name + u" ranks "_s), qPrintable(unit));
    QVERIFY2(unit.contains(u"In 2024 "_s + name + u" is classed "_s), qPrintable(unit));
    QCOMPARE(window.statusBar()->currentMessage(),
        u"The summary of SO 2024 and of %1 was copied to the clipboard."_s.arg(name));
}

// Selecting a unit on the Ranking tab shows why it moved since the year before (worked out off the GUI thread), and
// in the group's first year why there is nothing to compare with.
void TestRankingCopy::selectingAUnitExplainsItsMove()
{
    QStandardPaths::setTestModeEnabled(true);
    Messages::setTestMode(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"council.parindex"_s);
    QVERIFY(test::createDemo(path));
    MainWindow window;
    window.resize(1280, 900);
    QVERIFY(window.openFile(path));
    window.navigator()->selectPeriod(2024, u"HUYEN"_s);
    RankingTab *tab = window.rankingTab();
    QTRY_VERIFY(!tab->isReading());
    MovementPanel *panel = tab->movementPanel();
    QCOMPARE(panel->state(), MovementPanel::State::Empty);
    auto *view = tab->findChild<QTableView *>(u"rankingView"_s);
    view->setFocus();
    view->selectRow(2);
    const QString name = view->model()->index(2, RankingModel::Unit).data().toString();
    QTRY_COMPARE(panel->state(), MovementPanel::State::Explained);
    QVERIFY(!tab->isExplaining());
    QVERIFY2(panel->sentence().contains(u"2023"_s), qPrintable(panel->sentence()));
    QVERIFY(panel->chart());
    const QString folder = qEnvironmentVariable("PARINDEX_SCREENSHOTS");
    if (!folder.isEmpty()) {
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.grab().save(folder + u"/app-ranking-explain-en.png"_s);
    }
    Q_UNUSED(name);

    // An edit of the selected unit's score: what the panel shows is worked out again, never left as it was.
    const QString before = panel->sentence();
    const QString unit = view->model()->index(2, RankingModel::Unit).data(RankingModel::UnitCodeRole).toString();
    const qint64 period = (*window.document()->period(2024, u"HUYEN"_s))->id;
    const CriteriaTree tree = *window.document()->criteria(period);
    QString leaf;
    for (const qsizetype i : tree.leaves()) {
        if (tree.at(i).kind == CriterionKind::Score && tree.at(i).maxPoints >= Fixed::fromInt(1)) {
            leaf = tree.at(i).code;
            break;
        }
    }
    QVERIFY(!leaf.isEmpty());
    ScoreEntry entry = *window.document()->storedEntry(period, unit, leaf);
    entry.appraised = entry.appraised == Fixed() ? Fixed::fromInt(1) : Fixed();
    QVERIFY(window.document()->setScore(period, unit, leaf, entry));
    QTRY_VERIFY(panel->sentence() != before);
    QCOMPARE(panel->state(), MovementPanel::State::Explained);

    window.navigator()->selectPeriod(2021, u"HUYEN"_s);
    QTRY_VERIFY(!tab->isReading());
    view->selectRow(0);
    QTRY_COMPARE(panel->state(), MovementPanel::State::Unavailable);
    QVERIFY2(panel->reason().contains(u"2021 is the first year of group HUYEN"_s), qPrintable(panel->reason()));
}

QTEST_MAIN(TestRankingCopy)
#include "tst_rankingcopy.moc"
