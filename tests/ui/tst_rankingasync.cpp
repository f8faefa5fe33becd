// The Ranking tab on a large period (issue 14, section 4): the kept ranking is read off the GUI thread when a file
// opens. The window turns its event loop meanwhile and the tab says it is reading (with Cancel); an edit made while
// it reads is in the ranking that arrives; a change of the bands while it reads reads it again; closing the file or
// the window meanwhile stops and waits for the worker; a reading that fails is shown with its message.
// Every reading is put on a worker here (DeskDocument::setBackgroundReadingFrom(0)), and the worker is held after it
// has read (LiveRankingReader::setAfterReadForTests), so that what the test does meanwhile comes after its reading.
#include "deskdocument.h"
#include "deskfixture.h"
#include "mainwindow.h"
#include "messages.h"
#include "navigator.h"
#include "ranking/rankingmodel.h"
#include "ranking/rankingtab.h"

#include "desk/liverankingreader.h"
#include "desk/periodranking.h"
#include "storage/database.h"

#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QTest>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTabWidget>

#include <chrono>
#include <future>

using namespace parindex;
using namespace parindex::test;
using namespace Qt::StringLiterals;

namespace {
// Holds every worker after its reading until released (or its reading is dropped).
class Hold
{
public:
    Hold()
    {
        LiveRankingReader::setAfterReadForTests([this](const std::atomic<bool> &dropped) {
            ++m_reached;
            while (!dropped && m_gate.wait_for(std::chrono::milliseconds(2)) != std::future_status::ready) { }
        });
    }
    ~Hold()
    {
        release();
        LiveRankingReader::setAfterReadForTests({});
    }
    Hold(const Hold &) = delete;
    Hold &operator=(const Hold &) = delete;
    int reached() const { return m_reached; }
    void release()
    {
        if (!m_released) {
            m_released = true;
            m_open.set_value();
        }
    }

private:
    std::promise<void> m_open;
    std::shared_future<void> m_gate = m_open.get_future().share();
    std::atomic<int> m_reached {0};
    bool m_released = false;
};

// Rank, code and index of every ranked row, in the order of the ranking.
QStringList rowsOf(const RankingTable &table)
{
    QStringList rows;
    for (const UnitResult &r : table.ranked)
        rows.append(u"%1 %2 %3 %4"_s.arg(r.rank.value_or(0)).arg(r.unitCode, r.index.toString()).arg(int(r.classCode)));
    return rows;
}

QStringList rowsOf(const RankingModel *model)
{
    QStringList rows;
    for (int i = 0; i < model->rowCount(); ++i)
        rows.append(model->index(i, RankingModel::Unit).data(RankingModel::UnitCodeRole).toString());
    return rows;
}

QString failureOver(const QWidget *widget)
{
    for (const QLabel *label : widget->findChildren<QLabel *>(u"readFailure"_s)) {
        if (label->isVisible())
            return label->text();
    }
    return {};
}

// What the file ranks now, read on a connection of its own.
RankingTable rankedInFile(const QString &path, int year, const QString &groupCode)
{
    const auto db = Database::open(path, Database::Access::ReadOnly);
    if (!db)
        return {};
    auto table = rankPeriod(**db, year, groupCode);
    return table ? *table : RankingTable();
}
} // namespace

class TestRankingAsync : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void rankingArrivesWithoutBlocking();
    void editWhileReadingIsInTheRanking();
    void bandsChangedWhileReadingReadsAgain();
    void cancelAndReadAgain();
    void closingWhileReadingLeavesNoWorker();
    void failureIsShownWithItsMessage();
    void smallPeriodIsReadAtOnce();

private:
    QString copy(const QString &name);
    // Opens a copy in `window` on 2024 HUYEN with the Ranking tab shown; returns the period's id.
    qint64 open(MainWindow &window, const QString &path);

    QTemporaryDir m_dir;
    QString m_demo;
    int m_copies = 0;
};

void TestRankingAsync::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Messages::setTestMode(true);
    m_demo = m_dir.filePath(u"demo.parindex"_s);
    QVERIFY(createDemo(m_demo));
}

void TestRankingAsync::cleanup()
{
    DeskDocument::setBackgroundReadingFrom(20000);
    QCOMPARE(LiveRankingReader::runningWorkers(), 0);
}

QString TestRankingAsync::copy(const QString &name)
{
    const QString path = m_dir.filePath(u"%1-%2.parindex"_s.arg(name).arg(++m_copies));
    return copyOf(m_demo, path) ? path : QString();
}

qint64 TestRankingAsync::open(MainWindow &window, const QString &path)
{
    DeskDocument::setBackgroundReadingFrom(0);
    window.resize(1100, 700);
    window.show();
    if (!window.openFile(path))
        return 0;
    window.navigator()->selectPeriod(2024, u"HUYEN"_s);
    window.tabs()->setCurrentWidget(window.rankingTab());
    const auto period = window.navigator()->currentPeriod();
    return period ? period->id : 0;
}

void TestRankingAsync::rankingArrivesWithoutBlocking()
{
    Hold hold;
    MainWindow window;
    const QString path = copy(u"arrives"_s);
    const qint64 periodId = open(window, path);
    QVERIFY(periodId);
    RankingTab *tab = window.rankingTab();
    QAbstractItemModelTester tester(tab->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The open returned while the ranking is read: the tab says so, shows no ranking, and offers Cancel.
    QVERIFY(tab->isReading());
    QVERIFY(window.document()->isReadingRanking(periodId));
    QCOMPARE(tab->model()->rowCount(), 0);
    auto *button = tab->findChild<QPushButton *>(u"rankingReadingButton"_s);
    QVERIFY(button && button->isVisible());
    QCOMPARE(button->text(), u"Cancel"_s);
    QVERIFY(!tab->findChild<QPushButton *>(u"rankingPdf"_s)->isEnabled());
    const QString grabbed = QCoreApplication::applicationDirPath() + u"/ranking-reading.png"_s;
    QVERIFY(window.grab().save(grabbed));
    // The event loop turns while the worker reads. Once it has scored the units (from the cells read as a grid),
    // the ranking is shown, while it still reads every sheet (held here after its reading).
    QTRY_VERIFY(hold.reached() >= 1);
    QVERIFY(LiveRankingReader::runningWorkers() >= 1);
    QTRY_VERIFY(!tab->isReading());
    QVERIFY(window.document()->isReadingRanking(periodId));
    QVERIFY(!button->isVisible());
    const RankingTable expected = rankedInFile(path, 2024, u"HUYEN"_s);
    QVERIFY(!expected.ranked.isEmpty());
    QStringList codes;
    for (const UnitResult &r : expected.ranked)
        codes.append(r.unitCode);
    QCOMPARE(rowsOf(tab->model()), codes);
    QCOMPARE(rowsOf(**window.document()->rankingIfRead(periodId)), rowsOf(expected));
    hold.release();
    QTRY_VERIFY(!window.document()->isReadingRanking(periodId));
    QVERIFY(!tab->isReading());
    QCOMPARE(rowsOf(*window.document()->ranking(periodId)), rowsOf(expected));
    QCOMPARE(rowsOf(tab->model()), codes);
    QVERIFY(tab->findChild<QPushButton *>(u"rankingPdf"_s)->isEnabled());
}

void TestRankingAsync::editWhileReadingIsInTheRanking()
{
    Hold hold;
    MainWindow window;
    const QString path = copy(u"edit"_s);
    const qint64 periodId = open(window, path);
    QVERIFY(periodId);
    RankingTab *tab = window.rankingTab();
    QTRY_VERIFY(hold.reached() >= 1); // the worker has read the file as it was
    // Full marks on every leaf of H09 while the worker holds what it read: the ranking that arrives must have them.
    DeskDocument *doc = window.document();
    const CriteriaTree tree = *doc->criteria(periodId);
    for (qsizetype i : tree.leaves()) {
        const Criterion &c = tree.at(i);
        ScoreEntry e = (*doc->scoreSheet(periodId, u"H09"_s)).entry(c.code);
        if (e.notApplicable)
            continue;
        e.appraised = c.isDeduction() ? Fixed() : c.valueMax();
        QVERIFY(doc->setScore(periodId, u"H09"_s, c.code, e).ok());
    }
    // The ranking scored before the edits is no longer shown: the one that arrives has them.
    QVERIFY(tab->isReading());
    QCOMPARE(tab->model()->rowCount(), 0);
    hold.release();
    QTRY_VERIFY(!tab->isReading());
    const RankingTable expected = rankedInFile(path, 2024, u"HUYEN"_s);
    QCOMPARE(expected.ranked.first().unitCode, u"H09"_s);
    QCOMPARE(rowsOf(*doc->ranking(periodId)), rowsOf(expected));
    QCOMPARE(rowsOf(tab->model()).first(), u"H09"_s);
}

void TestRankingAsync::bandsChangedWhileReadingReadsAgain()
{
    Hold hold;
    MainWindow window;
    const QString path = copy(u"bands"_s);
    const qint64 periodId = open(window, path);
    QVERIFY(periodId);
    RankingTab *tab = window.rankingTab();
    QTRY_VERIFY(hold.reached() >= 1);
    DeskDocument *doc = window.document();
    // One band from 0 on: every unit "excellent". The worker read the old bands, so the reading starts again.
    const auto bands = ClassBands::build({{ClassCode::Excellent, Fixed()}});
    QVERIFY(bands);
    QVERIFY(doc->setBands(periodId, *bands).ok());
    QVERIFY(tab->isReading());
    QTRY_VERIFY(hold.reached() >= 2); // a second reading, of the file with the new bands
    hold.release();
    QTRY_VERIFY(!tab->isReading());
    const RankingTable arrived = *doc->ranking(periodId);
    QCOMPARE(rowsOf(arrived), rowsOf(rankedInFile(path, 2024, u"HUYEN"_s)));
    for (const UnitResult &r : arrived.ranked)
        QCOMPARE(r.classCode, ClassCode::Excellent);
}

void TestRankingAsync::cancelAndReadAgain()
{
    Hold hold;
    MainWindow window;
    const qint64 periodId = open(window, copy(u"cancel"_s));
    QVERIFY(periodId);
    RankingTab *tab = window.rankingTab();
    auto *button = tab->findChild<QPushButton *>(u"rankingReadingButton"_s);
    QVERIFY(tab->isReading());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!tab->isReading());
    QCOMPARE(tab->model()->rowCount(), 0);
    QVERIFY(button->isVisible());
    QCOMPARE(button->text(), u"Read again"_s);
    QVERIFY(!tab->findChild<QPushButton *>(u"copyRanking"_s)->isEnabled());
    QTRY_COMPARE(LiveRankingReader::runningWorkers(), 0); // the dropped worker ends (the hold lets it go)
    hold.release();
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(tab->isReading());
    QTRY_VERIFY(!tab->isReading());
    QVERIFY(tab->model()->rowCount() > 0);
    QVERIFY(!button->isVisible());
}

void TestRankingAsync::closingWhileReadingLeavesNoWorker()
{
    Hold hold;
    {
        MainWindow window;
        QVERIFY(open(window, copy(u"close"_s)));
        QTRY_VERIFY(hold.reached() >= 1);
        window.closeFile(); // the document stops and waits for its worker as it goes
        QCOMPARE(LiveRankingReader::runningWorkers(), 0);
        QVERIFY(open(window, copy(u"close"_s)));
        QTRY_VERIFY(hold.reached() >= 2);
    } // the window goes with its document while the worker holds
    QCOMPARE(LiveRankingReader::runningWorkers(), 0);
    QTest::qWait(20); // nothing posted to the dead document is run
}

void TestRankingAsync::failureIsShownWithItsMessage()
{
    // A score changed outside the program: its seal no longer matches, and the worker's reading fails.
    const QString path = copy(u"failure"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"outside"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"UPDATE score SET appraised = appraised + 10000 WHERE (criterion_id, unit_id) = (SELECT "
                       "s.criterion_id, s.unit_id FROM score s "
                       "JOIN criterion c ON c.id = s.criterion_id JOIN period p ON p.id = c.period_id WHERE p.year = "
                       "2024 AND p.group_code = 'HUYEN' AND s.appraised IS NOT NULL LIMIT 1)"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"outside"_s);
    MainWindow window;
    QVERIFY(open(window, path));
    RankingTab *tab = window.rankingTab();
    QVERIFY(tab->isReading());
    QTRY_VERIFY(!tab->isReading());
    QVERIFY2(failureOver(tab).contains(u"changed outside the program"_s), qPrintable(failureOver(tab)));
    QCOMPARE(tab->model()->rowCount(), 0);
    QVERIFY(!tab->findChild<QPushButton *>(u"rankingReadingButton"_s)->isVisible());
}

void TestRankingAsync::smallPeriodIsReadAtOnce()
{
    // Below the threshold (the demo's periods are small) nothing waits: the ranking is there when the file is open.
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(copy(u"small"_s)));
    window.navigator()->selectPeriod(2024, u"HUYEN"_s);
    window.tabs()->setCurrentWidget(window.rankingTab());
    QVERIFY(!window.rankingTab()->isReading());
    QVERIFY(window.rankingTab()->model()->rowCount() > 0);
    QCOMPARE(LiveRankingReader::runningWorkers(), 0);
}

QTEST_MAIN(TestRankingAsync)
#include "tst_rankingasync.moc"
