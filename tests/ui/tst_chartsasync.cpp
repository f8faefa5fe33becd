// The Charts tab on a large group (issue 14, section 4): the group's years are read off the GUI thread (the same
// rankings as the synchronous reading, cancel stops it, an edit made meanwhile is in the chart, the reader may be
// destroyed while it works), and the comparison draws the first and last N units and the checked ones.
#include "charts/chartstab.h"
#include "charts/chartview.h"
#include "charttipfixture.h"
#include "deskdocument.h"
#include "deskfixture.h"
#include "mainwindow.h"
#include "messages.h"
#include "navigator.h"
#include "ranking/rankingtab.h"

#include "desk/historyreader.h"
#include "desk/periodranking.h"
#include "desk/trendtables.h"
#include "render/charts/charttips.h"
#include "render/decision/decisionsource.h"
#include "storage/database.h"

#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTabWidget>

using namespace parindex;
using namespace parindex::test;
using namespace Qt::StringLiterals;

namespace {
// The unit names along the comparison's axis, top (first of the ranking) first.
QStringList barNames(QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis)) {
            QStringList names = categories->categories();
            std::reverse(names.begin(), names.end());
            return names;
        }
    }
    return {};
}

// What a reader delivered, in order.
struct Delivered
{
    explicit Delivered(HistoryReader *reader)
    {
        QObject::connect(reader, &HistoryReader::finished, reader,
            [this](const Result<GroupHistory> &history) { results.push_back(history); });
    }
    std::vector<Result<GroupHistory>> results;
};

// Every value that a chart shows of a ranking, for comparing two readings.
QStringList rowsOf(const GroupHistory &history)
{
    QStringList rows {history.groupCode, history.groupName};
    for (const RankingTable &t : history.rankings) {
        for (const QList<UnitResult> *list : {&t.ranked, &t.unranked, &t.incomplete}) {
            for (const UnitResult &r : *list)
                rows.append(u"%1 %2 %3 %4 %5 %6 %7 %8"_s.arg(t.year)
                                .arg(r.unitCode, r.index.toString())
                                .arg(r.rank.value_or(0))
                                .arg(r.previousRank.value_or(0))
                                .arg(r.rankChange.value_or(-999))
                                .arg(int(r.classCode))
                                .arg(r.areas.size()));
        }
    }
    return rows;
}
} // namespace

class TestChartsAsync : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void readerEqualsTheSynchronousReading_data();
    void readerEqualsTheSynchronousReading();
    void progressCountsTheYearsAndStops();
    void cancelDeliversCancelledOnly();
    void destroyedWhileReading();
    void tabCancelsAndReadsAgain();
    void yearsAreReadBeforeTheTabIsShown();
    void editWhileReadingIsDrawn();
    void comparisonDrawsTheEndsAndTheChecked();
    void comparisonOfEveryUnit();
    void decisionFromTheKeptRankingEqualsTheFile();

private:
    QString copy(const QString &name);
    QTemporaryDir m_dir;
    QString m_demo;
    int m_copies = 0;
};

void TestChartsAsync::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Messages::setTestMode(true);
    QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    vi.setNumberOptions(QLocale::OmitGroupSeparator);
    QLocale::setDefault(vi);
    m_demo = m_dir.filePath(u"demo.parindex"_s);
    QVERIFY(createDemo(m_demo));
}

QString TestChartsAsync::copy(const QString &name)
{
    const QString path = m_dir.filePath(u"%1-%2.parindex"_s.arg(name).arg(++m_copies));
    return copyOf(m_demo, path) ? path : QString();
}

void TestChartsAsync::readerEqualsTheSynchronousReading_data()
{
    QTest::addColumn<QString>("group");
    QTest::newRow("departments") << u"SO"_s;
    QTest::newRow("districts") << u"HUYEN"_s;
    QTest::newRow("communes") << u"XA"_s;
}

void TestChartsAsync::readerEqualsTheSynchronousReading()
{
    QFETCH(QString, group);
    const auto db = Database::open(m_demo, Database::Access::ReadOnly);
    QVERIFY(db);
    const auto direct = TrendTables::groupHistory(**db, group);
    QVERIFY(direct);
    QVERIFY(direct->rankings.size() >= 2);
    // Each year as rankPeriod reads it alone (its previous ranks from the year before read again).
    GroupHistory each = *direct;
    for (RankingTable &t : each.rankings) {
        auto alone = rankPeriod(**db, t.year, group);
        QVERIFY(alone);
        t = *alone;
    }
    QCOMPARE(rowsOf(*direct), rowsOf(each));

    HistoryReader reader;
    Delivered finished(&reader);
    reader.start(m_demo, group);
    QVERIFY(reader.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.results.size(), size_t(1), 20000);
    const auto &read = finished.results.front();
    QVERIFY2(read, qPrintable(read.error().text()));
    QCOMPARE(rowsOf(*read), rowsOf(*direct));
    QCOMPARE(read->bands.bands().size(), direct->bands.bands().size());
    QVERIFY(!reader.isRunning());
}

void TestChartsAsync::progressCountsTheYearsAndStops()
{
    const auto db = Database::open(m_demo, Database::Access::ReadOnly);
    QVERIFY(db);
    QList<std::pair<int, int>> steps;
    const auto all = TrendTables::groupHistory(**db, u"HUYEN"_s, [&](int done, int total) {
        steps.append({done, total});
        return true;
    });
    QVERIFY(all);
    const int years = int(all->rankings.size());
    QVERIFY(steps.size() >= 2);
    QCOMPARE(steps.first(), std::make_pair(0, years)); // before the first year
    QCOMPARE(steps.last(), std::make_pair(years, years)); // at the end
    for (qsizetype i = 1; i < steps.size(); ++i)
        QVERIFY(steps[i].first >= steps[i - 1].first && steps[i].second == years);

    int calls = 0;
    const auto stopped = TrendTables::groupHistory(**db, u"HUYEN"_s, [&](int done, int) {
        ++calls;
        return done < 1; // stop once a year is read
    });
    QVERIFY(!stopped);
    QCOMPARE(stopped.error().kind, Error::Kind::Cancelled);
    QCOMPARE(stopped.error().text(), u"Reading the group's years was stopped."_s);
    QCOMPARE(calls, 2);
}

void TestChartsAsync::cancelDeliversCancelledOnly()
{
    HistoryReader reader;
    Delivered finished(&reader);
    reader.start(m_demo, u"XA"_s);
    reader.cancel();
    QCOMPARE(finished.results.size(), size_t(1));
    QVERIFY(!finished.results.front());
    QCOMPARE(finished.results.front().error().kind, Error::Kind::Cancelled);
    QVERIFY(!reader.isRunning());
    // The worker's own end is never delivered after a cancel, nor a first reading after a second start.
    reader.start(m_demo, u"SO"_s);
    reader.start(m_demo, u"HUYEN"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.results.size(), size_t(2), 20000);
    QTest::qWait(300);
    QCOMPARE(finished.results.size(), size_t(2));
    const auto &read = finished.results.back();
    QVERIFY(read);
    QCOMPARE(read->groupCode, u"HUYEN"_s);
}

void TestChartsAsync::destroyedWhileReading()
{
    // Under ASan: the worker posts to the reader; the reader stops and waits for it before it goes.
    for (int i = 0; i < 3; ++i) {
        auto reader = std::make_unique<HistoryReader>();
        reader->start(m_demo, u"XA"_s);
        QTest::qWait(i * 5);
        reader.reset();
    }
    QTest::qWait(50); // nothing posted to the dead readers is run
}

void TestChartsAsync::tabCancelsAndReadsAgain()
{
    MainWindow window;
    QVERIFY(window.openFile(copy(u"cancel"_s)));
    window.navigator()->selectPeriod(2024, u"XA"_s);
    window.show();
    window.tabs()->setCurrentWidget(window.chartsTab());
    ChartsTab *tab = window.chartsTab();
    QVERIFY(tab->isReading()); // the window is not held while the years are read
    auto *button = tab->findChild<QPushButton *>(u"chartReadingButton"_s);
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!tab->isReading());
    QCOMPARE(tab->message(), u"Reading the group's years was stopped."_s);
    QVERIFY(!tab->view()->chart() || tab->view()->chart()->series().isEmpty());
    QVERIFY(button->isVisible());
    QCOMPARE(button->text(), u"Read again"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(tab->isReading());
    QTRY_VERIFY(!tab->isReading());
    QTRY_VERIFY(tab->view()->chart() && !tab->view()->chart()->series().isEmpty());
    QVERIFY(!button->isVisible());
}

// The group's years are read in the background once the window has its ranking, not when the Charts tab is first
// shown: by then they are there, and the chart is drawn at once.
void TestChartsAsync::yearsAreReadBeforeTheTabIsShown()
{
    MainWindow window;
    QVERIFY(window.openFile(copy(u"ahead"_s)));
    window.navigator()->selectPeriod(2024, u"XA"_s);
    window.show();
    window.tabs()->setCurrentWidget(window.rankingTab());
    ChartsTab *tab = window.chartsTab();
    auto *reader = tab->findChild<HistoryReader *>();
    QVERIFY(reader);
    const Delivered read(reader);
    QTRY_COMPARE(read.results.size(), 1u);
    QVERIFY(!tab->isVisible());
    QVERIFY(read.results.front().ok());
    window.tabs()->setCurrentWidget(tab);
    QVERIFY(!tab->isReading()); // nothing left to read
    QVERIFY(tab->view()->chart() && !tab->view()->chart()->series().isEmpty());
    QCOMPARE(read.results.size(), 1u);
}

void TestChartsAsync::editWhileReadingIsDrawn()
{
    MainWindow window;
    QVERIFY(window.openFile(copy(u"edit"_s)));
    window.navigator()->selectPeriod(2024, u"HUYEN"_s);
    window.show();
    ChartsTab *tab = window.chartsTab();
    tab->setKind(ChartKind::Comparison);
    window.tabs()->setCurrentWidget(tab);
    QVERIFY(tab->isReading());
    // Full marks on every leaf of H09 (88.11 before) while the worker reads: the chart must show the new index.
    DeskDocument *doc = window.document();
    const auto period = window.navigator()->currentPeriod();
    QVERIFY(period);
    const CriteriaTree tree = *doc->criteria(period->id);
    for (qsizetype i : tree.leaves()) {
        const Criterion &c = tree.at(i);
        ScoreEntry e = (*doc->scoreSheet(period->id, u"H09"_s)).entry(c.code);
        if (e.notApplicable)
            continue;
        e.appraised = c.isDeduction() ? Fixed() : c.valueMax();
        QVERIFY(doc->setScore(period->id, u"H09"_s, c.code, e).ok());
    }
    const auto ranking = doc->ranking(period->id);
    QVERIFY(ranking);
    const UnitResult *h09 = ranking->find(u"H09"_s);
    QVERIFY(h09 && h09->rank && *h09->rank == 1);
    const QString now = QLocale().toString(h09->index.toDouble(), 'f', 2) + u"%"_s;
    QTRY_VERIFY(!tab->isReading());
    QTRY_VERIFY2(barTipOf(tab->view()->chart(), u"UBND huyện Ô Thanh"_s).startsWith(u"1. "_s),
        qPrintable(barTipOf(tab->view()->chart(), u"UBND huyện Ô Thanh"_s)));
    QVERIFY(barTipOf(tab->view()->chart(), u"UBND huyện Ô Thanh"_s).contains(now));
}

void TestChartsAsync::comparisonDrawsTheEndsAndTheChecked()
{
    MainWindow window;
    QVERIFY(window.openFile(copy(u"ends"_s)));
    window.navigator()->selectPeriod(2024, u"XA"_s);
    window.show();
    ChartsTab *tab = window.chartsTab();
    window.tabs()->setCurrentWidget(tab);
    QTRY_VERIFY(!tab->isReading());
    tab->setKind(ChartKind::Comparison);
    auto *ends = tab->findChild<QSpinBox *>(u"chartEnds"_s);
    QVERIFY(ends && ends->isVisible());
    QCOMPARE(ends->value(), 20);
    // 40 communes, 39 ranked (X007 has scores missing), 20 first and 20 last: every one, and nothing to say.
    QTRY_COMPARE(barNames(tab->view()->chart()).size(), 39);
    QCOMPARE(tab->message(), u"Not shown, scores missing: UBND phường Phú Xuân."_s);

    const auto ranking = window.document()->ranking(window.navigator()->currentPeriod()->id);
    QVERIFY(ranking);
    QCOMPARE(ranking->ranked.size(), 39);
    const UnitResult &middle = ranking->ranked[19]; // 20th: neither among the first 5 nor the last 5
    const UnitResult &alsoMiddle = ranking->ranked[24];
    ends->setValue(5);
    tab->setCheckedUnits({middle.unitCode});
    QTRY_COMPARE(barNames(tab->view()->chart()).size(), 11);
    const QStringList names = barNames(tab->view()->chart());
    QCOMPARE(names.first(), u"1. "_s + ranking->ranked[0].unitName);
    QCOMPARE(names[4], u"5. "_s + ranking->ranked[4].unitName);
    QCOMPARE(names[5], u"20. "_s + middle.unitName); // in its place of the ranking, with its rank
    QCOMPARE(names[6], u"35. "_s + ranking->ranked[34].unitName);
    QCOMPARE(names.last(), u"39. "_s + ranking->ranked[38].unitName);
    QVERIFY(barTipOf(tab->view()->chart(), alsoMiddle.unitName).isEmpty());
    QCOMPARE(tab->message(),
        u"11 of the 39 units are drawn: the first 5 and the last 5 of the ranking, and the checked units between "
        "them (1).\nNot shown, scores missing: UBND phường Phú Xuân."_s);
    // The units list is there to check units for this chart.
    auto *list = tab->findChild<QWidget *>(u"chartUnits"_s);
    QVERIFY(list && list->isEnabled());
    tab->setCheckedUnits({});
    QTRY_COMPARE(barNames(tab->view()->chart()).size(), 10);
    QCOMPARE(tab->message(),
        u"10 of the 39 units are drawn: the first 5 and the last 5 of the ranking.\nNot shown, scores missing: UBND "
        "phường Phú Xuân."_s);
}

void TestChartsAsync::comparisonOfEveryUnit()
{
    MainWindow window;
    QVERIFY(window.openFile(copy(u"every"_s)));
    window.navigator()->selectPeriod(2024, u"XA"_s);
    window.show();
    ChartsTab *tab = window.chartsTab();
    window.tabs()->setCurrentWidget(tab);
    tab->setKind(ChartKind::Comparison);
    tab->setComparisonEnds(3);
    QTRY_COMPARE(barNames(tab->view()->chart()).size(), 6);
    tab->setComparisonEnds(0);
    auto *ends = tab->findChild<QSpinBox *>(u"chartEnds"_s);
    QCOMPARE(ends->text(), u"every unit"_s);
    QTRY_COMPARE(barNames(tab->view()->chart()).size(), 39);
    QCOMPARE(tab->request().comparisonEnds, 0);
}

void TestChartsAsync::decisionFromTheKeptRankingEqualsTheFile()
{
    // The Decision tab takes the ranking the window keeps (edit by edit) instead of reading the period again:
    // after edits it must be what the file gives.
    const QString path = copy(u"decision"_s);
    MainWindow window;
    QVERIFY(window.openFile(path));
    window.navigator()->selectPeriod(2024, u"HUYEN"_s);
    window.show();
    window.tabs()->setCurrentWidget(window.rankingTab());
    DeskDocument *doc = window.document();
    const auto period = window.navigator()->currentPeriod();
    QVERIFY(period);
    const CriteriaTree tree = *doc->criteria(period->id);
    for (const QString &unit : {u"H09"_s, u"H02"_s}) {
        for (qsizetype i : tree.leaves().mid(0, 5)) {
            const Criterion &c = tree.at(i);
            ScoreEntry e = (*doc->scoreSheet(period->id, unit)).entry(c.code);
            if (e.notApplicable)
                continue;
            e.appraised = c.isDeduction() ? Fixed() : c.valueMax();
            QVERIFY(doc->setScore(period->id, unit, c.code, e).ok());
        }
    }
    for (const QString &group : {u"HUYEN"_s, QString()}) { // the group's decision, and the whole year's
        DecisionRequest request;
        request.year = 2024;
        request.groupCode = group;
        const auto kept = doc->decision(request);
        QVERIFY2(kept, qPrintable(kept.error().text()));
        const auto db = Database::open(path, Database::Access::ReadOnly);
        QVERIFY(db);
        const auto read = DecisionSource::load(**db, request);
        QVERIFY(read);
        QCOMPARE(kept->annexes.size(), read->annexes.size());
        for (qsizetype a = 0; a < read->annexes.size(); ++a) {
            const DecisionAnnex &k = kept->annexes[a];
            const DecisionAnnex &r = read->annexes[a];
            GroupHistory one {k.group.code, k.group.name, {k.table}, k.bands, {}};
            GroupHistory other {r.group.code, r.group.name, {r.table}, r.bands, {}};
            QCOMPARE(rowsOf(one), rowsOf(other));
            QCOMPARE(k.table.totalMax, r.table.totalMax);
            QCOMPARE(k.criteria.size(), r.criteria.size());
            QCOMPARE(k.areas.size(), r.areas.size());
            QCOMPARE(k.bands.bands().size(), r.bands.bands().size());
        }
    }
}

QTEST_MAIN(TestChartsAsync)
#include "tst_chartsasync.moc"
