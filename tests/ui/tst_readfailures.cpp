// A read the file refuses is shown as an error, never as data: rows changed outside the program (their seals no
// longer match) make every tab of the real main window show why in place of the period's data, the status bar say
// what failed, and printing, exporting and editing refused. Nothing falls back to an empty tree, empty sheets or the
// default class bands.
#include "charts/chartstab.h"
#include "criteria/bandsmodel.h"
#include "criteria/criteriatab.h"
#include "criteria/criteriatreemodel.h"
#include "criteria/unitsdialog.h"
#include "decision/decisiontab.h"
#include "deskdocument.h"
#include "deskfixture.h"
#include "mainwindow.h"
#include "messages.h"
#include "navigator.h"
#include "ranking/rankingmodel.h"
#include "ranking/rankingtab.h"
#include "scores/scoregridmodel.h"
#include "scores/scoresheetmodel.h"
#include "scores/scorestab.h"
#include "scores/scoresummary.h"
#include "scores/scoreviews.h"

#include "model/classbands.h"

#include <QtCore/QFile>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtGui/QAction>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QTest>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QLabel>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>

using namespace parindex;
using namespace parindex::test;
using namespace Qt::StringLiterals;

namespace {
const QString Period2024 = u"(SELECT id FROM period WHERE year = 2024 AND group_code = 'HUYEN')"_s;

// Runs statements on the file as sqlite3 would: no audit row, no seal. Returns the first column of the last
// statement's first row, if any.
QString outsideEdit(const QString &path, const QStringList &statements)
{
    QString first;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"outside"_s);
        db.setDatabaseName(path);
        if (!db.open())
            qWarning("cannot open %s", qPrintable(path));
        QSqlQuery q(db);
        for (const QString &s : statements) {
            if (!q.exec(s))
                qWarning("%s: %s", qPrintable(s), qPrintable(q.lastError().text()));
            if (q.isSelect() && q.next())
                first = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"outside"_s);
    return first;
}

// The failure shown over a widget (a ReadFailure child), empty when none is visible.
QString failureOver(const QWidget *widget)
{
    for (const QLabel *label : widget->findChildren<QLabel *>(u"readFailure"_s)) {
        if (label->isVisible())
            return label->text();
    }
    return {};
}

QStringList classLabels()
{
    QStringList labels;
    for (ClassCode c : {ClassCode::Excellent, ClassCode::Good, ClassCode::Fair, ClassCode::Average, ClassCode::Weak})
        labels.append(ClassBands::label(c));
    return labels;
}
} // namespace

class TestReadFailures : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void bandsThatCannotBeReadAreNeverTheDefaults();
    void scoresThatCannotBeReadAreNotEmptySheets();
    void criteriaThatCannotBeReadAreNotAnEmptyTree();
    void unitsThatCannotBeReadAreNotAnEmptyGroup();
    void groupsThatCannotBeReadAreNotAFileWithoutPeriods();

private:
    // A copy of the demo with `statements` run on it outside the program, open in `window` on 2024 HUYEN.
    QString open(MainWindow &window, const QString &name, const QStringList &statements);
    void grab(QWidget *widget, const QString &name);

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestReadFailures::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Messages::setTestMode(true);
    m_demo = m_dir.filePath(u"demo.parindex"_s);
    QVERIFY(createDemo(m_demo));
}

void TestReadFailures::init()
{
    Messages::takeShown();
}

QString TestReadFailures::open(MainWindow &window, const QString &name, const QStringList &statements)
{
    const QString path = m_dir.filePath(name + u".parindex"_s);
    QFile::remove(path);
    if (!copyOf(m_demo, path))
        qWarning("cannot copy the demo");
    outsideEdit(path, statements);
    // Shown first, as the program starts: the status bar's message then takes the place of the file's name.
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qWarning("window not shown");
    if (!window.openFile(path))
        qWarning("cannot open the copy");
    window.navigator()->selectPeriod(2024, u"HUYEN"_s);
    return path;
}

// What a person sees: kept beside the test's binary for a look (the report names it).
void TestReadFailures::grab(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents();
    const QString file = QCoreApplication::applicationDirPath() + u"/readfailure-"_s + name + u".png"_s;
    QVERIFY(widget->grab().save(file));
}

void TestReadFailures::bandsThatCannotBeReadAreNeverTheDefaults()
{
    MainWindow window;
    const QString path = open(window, u"bands"_s,
        {u"UPDATE band SET min_index = min_index - 10000 WHERE class_code = 'good' AND period_id = "_s + Period2024});
    QVERIFY(window.statusBar()->currentMessage().contains(u"changed outside the program"_s));

    // Scores: the sheet's points are read, but no class from bands that are not the period's.
    window.tabs()->setCurrentWidget(window.scoresTab());
    ScoresTab *scores = window.scoresTab();
    QVERIFY(!scores->sheetModel()->unitCode().isEmpty());
    const QString summary = scores->summary()->text();
    QVERIFY2(summary.contains(u"cannot be read"_s), qPrintable(summary));
    for (const QString &label : classLabels())
        QVERIFY2(!summary.contains(label), qPrintable(summary));

    // Criteria: no band rows, the reason in their place.
    window.tabs()->setCurrentWidget(window.criteriaTab());
    QCOMPARE(window.criteriaTab()->bandsModel()->rowCount(), 0);
    QVERIFY(failureOver(window.criteriaTab()->bandsView()).contains(u"cannot be read"_s));
    QVERIFY(!window.criteriaTab()->bandsModel()->isEditable());

    // Ranking: the failure, not an empty ranking; nothing to copy.
    window.tabs()->setCurrentWidget(window.rankingTab());
    QCOMPARE(window.rankingTab()->model()->rowCount(), 0);
    QVERIFY(failureOver(window.rankingTab()).contains(u"changed outside the program"_s));
    QVERIFY(!window.rankingTab()->findChild<QAbstractButton *>(u"copyRanking"_s)->isEnabled());

    // Charts: no chart drawn with bands that are not the group's.
    window.tabs()->setCurrentWidget(window.chartsTab());
    QTRY_VERIFY(window.chartsTab()->message().contains(u"cannot be read"_s));

    // Decision: never printed or exported with default bands.
    window.tabs()->setCurrentWidget(window.decisionTab());
    DecisionTab *decision = window.decisionTab();
    QTRY_VERIFY(failureOver(decision).contains(u"changed outside the program"_s));
    for (const char *button : {"decisionPrint", "decisionExportPdf", "decisionPrintPreview"})
        QVERIFY2(!decision->findChild<QAbstractButton *>(QString::fromLatin1(button))->isEnabled(), button);
    const QString pdf = m_dir.filePath(u"bands-decision.pdf"_s);
    const Status exported = decision->exportPdf(pdf);
    QVERIFY(!exported);
    QVERIFY(!QFile::exists(pdf));
    decision->printWithDialog();
    QVERIFY(Messages::takeShown().join(u'\n').contains(u"changed outside the program"_s));
    grab(&window, u"decision"_s);

    // The row put back as the program wrote it: every view reads it again and shows the data, printable again.
    QAbstractItemModelTester bandsTester(
        window.criteriaTab()->bandsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester sheetTester(scores->sheetModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    outsideEdit(path,
        {u"UPDATE band SET min_index = min_index + 10000 WHERE class_code = 'good' AND period_id = "_s + Period2024});
    window.document()->checkForChanges();
    QTRY_VERIFY(failureOver(decision).isEmpty());
    QTRY_VERIFY(decision->findChild<QAbstractButton *>(u"decisionPrint"_s)->isEnabled());
    QCOMPARE(window.criteriaTab()->bandsModel()->rowCount(), 5);
    QVERIFY(failureOver(window.criteriaTab()->bandsView()).isEmpty());
    QVERIFY(window.rankingTab()->model()->rowCount() > 0);
    QVERIFY(failureOver(window.rankingTab()).isEmpty());
}

void TestReadFailures::scoresThatCannotBeReadAreNotEmptySheets()
{
    MainWindow window;
    // The unit of the changed row is the one the sheet shows.
    const QString cell
        = u"(SELECT s.criterion_id, s.unit_id FROM score s JOIN criterion c ON c.id = s.criterion_id "
          "WHERE c.period_id = %1 AND s.appraised IS NOT NULL ORDER BY s.unit_id LIMIT 1)"_s.arg(Period2024);
    QString unitCode;
    {
        const QString probe = m_dir.filePath(u"probe.parindex"_s);
        QFile::remove(probe);
        QVERIFY(copyOf(m_demo, probe));
        unitCode = outsideEdit(probe,
            {u"SELECT u.code FROM unit u WHERE u.id = (SELECT unit_id FROM score s JOIN criterion c ON "
             "c.id = s.criterion_id WHERE c.period_id = %1 AND s.appraised IS NOT NULL ORDER BY s.unit_id LIMIT 1)"_s
                    .arg(Period2024)});
    }
    QVERIFY(!unitCode.isEmpty());
    open(window, u"scores"_s,
        {u"UPDATE score SET appraised = appraised + 10000 WHERE (criterion_id, unit_id) = "_s + cell});
    ScoresTab *scores = window.scoresTab();
    QAbstractItemModelTester sheetTester(scores->sheetModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester gridTester(scores->gridModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.navigator()->setCurrentUnit(unitCode);
    window.tabs()->setCurrentWidget(window.scoresTab());
    QCOMPARE(scores->sheetModel()->unitCode(), unitCode);
    QCOMPARE(scores->sheetModel()->rowCount(), 0);
    QVERIFY(!scores->sheetModel()->isEditable());
    QVERIFY(failureOver(scores->sheetView()).contains(u"cannot be read"_s));
    QVERIFY(scores->summary()->text().contains(u"cannot be read"_s));
    grab(&window, u"scores"_s);

    scores->setPage(ScoresTab::Page::Grid);
    QCOMPARE(scores->gridModel()->rowCount(), 0);
    QVERIFY(failureOver(scores->gridView()).contains(u"cannot be read"_s));

    window.tabs()->setCurrentWidget(window.rankingTab());
    QCOMPARE(window.rankingTab()->model()->rowCount(), 0);
    QVERIFY(failureOver(window.rankingTab()).contains(u"changed outside the program"_s));

    window.tabs()->setCurrentWidget(window.decisionTab());
    QTRY_VERIFY(failureOver(window.decisionTab()).contains(u"changed outside the program"_s));
    QVERIFY(!window.decisionTab()->findChild<QAbstractButton *>(u"decisionPrint"_s)->isEnabled());
}

void TestReadFailures::criteriaThatCannotBeReadAreNotAnEmptyTree()
{
    MainWindow window;
    open(window, u"criteria"_s,
        {u"UPDATE criterion SET title = title || ' (sửa tay)' WHERE code = '1.1' AND period_id = "_s + Period2024});
    window.tabs()->setCurrentWidget(window.criteriaTab());
    CriteriaTab *criteria = window.criteriaTab();
    QAbstractItemModelTester treeTester(criteria->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester bandsTester(
        criteria->bandsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(criteria->model()->rowCount(), 0);
    QVERIFY(!criteria->model()->isEditable());
    // Never "No criteria yet: add an area": the reason the tree is not shown.
    QVERIFY(failureOver(criteria).contains(u"changed outside the program"_s));
    for (QAction *a : criteria->findChildren<QAction *>()) {
        if (a->text().contains(u"area"_s, Qt::CaseInsensitive))
            QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
    }
    grab(&window, u"criteria"_s);

    window.tabs()->setCurrentWidget(window.scoresTab());
    QCOMPARE(window.scoresTab()->sheetModel()->rowCount(), 0);
    QVERIFY(failureOver(window.scoresTab()->sheetView()).contains(u"cannot be read"_s));

    window.tabs()->setCurrentWidget(window.decisionTab());
    QTRY_VERIFY(failureOver(window.decisionTab()).contains(u"changed outside the program"_s));
    QVERIFY(!window.decisionTab()->findChild<QAbstractButton *>(u"decisionExportPdf"_s)->isEnabled());
}

void TestReadFailures::unitsThatCannotBeReadAreNotAnEmptyGroup()
{
    MainWindow window;
    open(window, u"units"_s,
        {u"UPDATE unit SET name = name || ' (sửa tay)' WHERE id = (SELECT min(id) FROM unit WHERE group_code = "
         "'HUYEN')"_s});
    UnitsDialog dialog(window.document(), u"HUYEN"_s, 2024, &window);
    dialog.resize(860, 520);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.model()->rowCount(), 0);
    QVERIFY(failureOver(dialog.view()).contains(u"changed outside the program"_s));
    for (QAbstractButton *b : dialog.findChildren<QAbstractButton *>()) {
        if (b->text().contains(u"Add unit"_s) || b->text().contains(u"Add gr&oup"_s))
            QVERIFY2(!b->isEnabled(), qPrintable(b->text()));
    }
    // Adding refuses: the codes it must not repeat cannot be read.
    QVERIFY(!dialog.addUnit({0, u"ZZ"_s, u"Đơn vị mới"_s, u"HUYEN"_s, 2024, {}, true}));
    grab(&dialog, u"units"_s);
}

void TestReadFailures::groupsThatCannotBeReadAreNotAFileWithoutPeriods()
{
    MainWindow window;
    open(window, u"groups"_s, {u"UPDATE unit_group SET name = name || ' (sửa tay)' WHERE code = 'HUYEN'"_s});
    QVERIFY(!window.navigator()->currentPeriod());
    // Never "There is no period for this group yet": the tabs are covered by the reason, the navigator says so.
    QVERIFY(failureOver(window.tabs()).contains(u"changed outside the program"_s));
    grab(&window, u"groups"_s);
}

QTEST_MAIN(TestReadFailures)
#include "tst_readfailures.moc"
