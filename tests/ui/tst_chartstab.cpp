// Drives the Charts tab of the real main window on a copy of the demo: every kind draws, tips carry the
// exact values, an edit redraws the chart, exports write valid files, the area profile keeps one unit.
#include "charts/chartstab.h"
#include "charts/chartview.h"
#include "charttipfixture.h"
#include "deskdocument.h"
#include "deskfixture.h"
#include "mainwindow.h"
#include "messages.h"
#include "navigator.h"

#include "demo/demoprovince.h"
#include "render/charts/charttips.h"
#include "storage/database.h"

#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QXYSeries>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtGui/QImage>
#include <QtGui/QKeyEvent>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListView>
#include <QtWidgets/QTabWidget>

using namespace parindex;
using namespace parindex::test;
using namespace Qt::StringLiterals;

namespace {
QXYSeries *lineOf(QChart *chart, const QString &objectName)
{
    for (QAbstractSeries *s : chart->series()) {
        if (s->objectName() == objectName)
            return qobject_cast<QXYSeries *>(s);
    }
    return nullptr;
}

} // namespace

class TestChartsTab : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void everyKindDraws_data();
    void everyKindDraws();
    void tipsCarryExactValues();
    void redrawsAfterAnEdit();
    void exportsEachFormat_data();
    void exportsEachFormat();
    void refusesAnUnknownSuffix();
    void areaProfileKeepsOneUnit();
    void searchFiltersTheUnitList();
    void yearSpanInEitherOrder();

private:
    void openCharts(MainWindow &window, const QString &name, int year, const QString &group);
    QTemporaryDir m_dir;
    QString m_demo;
    int m_copies = 0;
};

void TestChartsTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Messages::setTestMode(true);
    QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    vi.setNumberOptions(QLocale::OmitGroupSeparator);
    QLocale::setDefault(vi);
    m_demo = m_dir.filePath(u"demo.parindex"_s);
    QVERIFY(createDemo(m_demo));
}

void TestChartsTab::init()
{
    Messages::takeShown();
}

void TestChartsTab::openCharts(MainWindow &window, const QString &name, int year, const QString &group)
{
    const QString path = m_dir.filePath(u"%1-%2.parindex"_s.arg(name).arg(++m_copies));
    QVERIFY(copyOf(m_demo, path));
    QVERIFY(window.openFile(path));
    window.navigator()->selectPeriod(year, group);
    window.show();
    window.tabs()->setCurrentWidget(window.chartsTab());
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(!window.chartsTab()->isReading()); // the group's years are read off the GUI thread
}

void TestChartsTab::everyKindDraws_data()
{
    QTest::addColumn<ChartKind>("kind");
    QTest::addColumn<QString>("group");
    QTest::newRow("trend, departments") << ChartKind::Trend << u"SO"_s;
    QTest::newRow("comparison, 40 communes") << ChartKind::Comparison << u"XA"_s;
    QTest::newRow("area profile, a district") << ChartKind::AreaProfile << u"HUYEN"_s;
    QTest::newRow("rank movement, communes") << ChartKind::RankMovement << u"XA"_s;
}

void TestChartsTab::everyKindDraws()
{
    QFETCH(ChartKind, kind);
    QFETCH(QString, group);
    MainWindow window;
    openCharts(window, u"kinds"_s, 2024, group);
    ChartsTab *tab = window.chartsTab();
    tab->setKind(kind);
    QTRY_VERIFY(tab->view()->chart() && !tab->view()->chart()->series().isEmpty());
    QCOMPARE(tab->request().kind, kind);
    QCOMPARE(tab->request().groupCode, group);
    if (kind == ChartKind::AreaProfile)
        QCOMPARE(tab->checkedUnits().size(), 1); // chosen for the user: the chart needs exactly one
    QVERIFY(!tab->view()->chart()->title().isEmpty());
    const QImage shot = tab->view()->grab().toImage();
    QVERIFY(shot.width() > 300 && shot.height() > 300);
}

void TestChartsTab::tipsCarryExactValues()
{
    MainWindow window;
    openCharts(window, u"tips"_s, 2024, u"HUYEN"_s);
    ChartsTab *tab = window.chartsTab();
    tab->setKind(ChartKind::Trend);
    tab->setCheckedUnits({u"H02"_s, u"H10"_s});
    QTRY_VERIFY(tab->view()->chart() && lineOf(tab->view()->chart(), u"unit:H02"_s));
    QXYSeries *line = lineOf(tab->view()->chart(), u"unit:H02"_s);
    // Hand-checked against `parindex-cli rank --year 2024 --group HUYEN` on the demo: 1st with 94.77.
    const QString expected = u"UBND thị xã Ưng Hòa\n2024: 94,77% – Excellent, rank 1"_s;
    QCOMPARE(ChartTips::forPoint(line, QPointF(2024.1, 94.7)), expected);
    emit line->hovered(QPointF(2023.95, 94.8), true); // as Qt Charts reports the mouse near the point
    QCOMPARE(tab->view()->currentTip(), expected);
    emit line->hovered(QPointF(2023.95, 94.8), false);
    QVERIFY(tab->view()->currentTip().isEmpty());
    // A year without a value has no tip, and the average line says what it is.
    QVERIFY(ChartTips::forPoint(line, QPointF(2030, 90)).isEmpty());
    QXYSeries *average = lineOf(tab->view()->chart(), u"average"_s);
    QVERIFY(average);
    QVERIFY(ChartTips::forPoint(average, QPointF(2024, 0)).startsWith(u"Group average\n2024: "_s));
}

void TestChartsTab::redrawsAfterAnEdit()
{
    MainWindow window;
    openCharts(window, u"edit"_s, 2024, u"HUYEN"_s);
    ChartsTab *tab = window.chartsTab();
    tab->setKind(ChartKind::Comparison);
    QTRY_VERIFY(tab->view()->chart() && !barTipOf(tab->view()->chart(), u"UBND huyện Ô Thanh"_s).isEmpty());
    QVERIFY(barTipOf(tab->view()->chart(), u"UBND huyện Ô Thanh"_s).contains(u"88,11%"_s));

    // Full marks on every leaf of H09 (88.11): the chart must show what core now computes.
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
    QVERIFY(h09 && h09->rank);
    QCOMPARE(*h09->rank, 1);
    const QString now = QLocale().toString(h09->index.toDouble(), 'f', 2) + u"%"_s;
    QTRY_VERIFY2(barTipOf(tab->view()->chart(), u"UBND huyện Ô Thanh"_s).contains(now),
        qPrintable(barTipOf(tab->view()->chart(), u"UBND huyện Ô Thanh"_s)));
    QVERIFY(barTipOf(tab->view()->chart(), u"UBND huyện Ô Thanh"_s).startsWith(u"1. "_s));
}

void TestChartsTab::exportsEachFormat_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("png") << u"png"_s << QByteArray("\x89PNG");
    QTest::newRow("svg") << u"svg"_s << QByteArray("<?xml");
    QTest::newRow("pdf") << u"pdf"_s << QByteArray("%PDF");
}

void TestChartsTab::exportsEachFormat()
{
    QFETCH(QString, suffix);
    QFETCH(QByteArray, magic);
    MainWindow window;
    openCharts(window, u"export"_s, 2024, u"XA"_s);
    ChartsTab *tab = window.chartsTab();
    tab->setKind(ChartKind::Comparison);
    const QString out = m_dir.filePath(u"chart-%1.%2"_s.arg(m_copies).arg(suffix));
    Messages::queueFileName(out);
    tab->exportWithDialog();
    QFile file(out);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(Messages::takeShown().join(u" | "_s)));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith(magic));
    QVERIFY2(bytes.size() > 20000, qPrintable(QString::number(bytes.size()))); // 40 bars, labels, axes
    if (suffix == u"png") {
        const QImage image = QImage::fromData(bytes);
        QVERIFY(image.height() > 1000); // sized for 40 rows, not squeezed into the window
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY(colours.size() > 10);
    }
}

void TestChartsTab::refusesAnUnknownSuffix()
{
    MainWindow window;
    openCharts(window, u"suffix"_s, 2024, u"SO"_s);
    const QString out = m_dir.filePath(u"chart.bmp"_s);
    Messages::queueFileName(out);
    window.chartsTab()->exportWithDialog();
    QVERIFY(!QFile::exists(out));
    const QStringList shown = Messages::takeShown();
    QVERIFY2(shown.last().contains(u"chart.bmp"_s) && shown.last().contains(u".svg"_s), qPrintable(shown.last()));
}

void TestChartsTab::areaProfileKeepsOneUnit()
{
    MainWindow window;
    openCharts(window, u"profile"_s, 2024, u"HUYEN"_s);
    ChartsTab *tab = window.chartsTab();
    tab->setCheckedUnits({u"H02"_s, u"H03"_s});
    tab->setKind(ChartKind::AreaProfile);
    QCOMPARE(tab->checkedUnits(), QStringList {u"H02"_s});
    auto *list = tab->findChild<QListView *>(u"chartUnits"_s);
    QVERIFY(list);
    // Checking another unit moves the check, as a radio button would.
    const QModelIndex h03 = list->model()->index(int(tab->listedUnits().indexOf(u"H03"_s)), 0);
    QVERIFY(list->model()->setData(h03, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(tab->checkedUnits(), QStringList {u"H03"_s});
    QTRY_VERIFY(tab->view()->chart() && tab->view()->chart()->title().startsWith(h03.data().toString()));
}

void TestChartsTab::searchFiltersTheUnitList()
{
    MainWindow window;
    openCharts(window, u"search"_s, 2024, u"SO"_s);
    ChartsTab *tab = window.chartsTab();
    auto *search = tab->findChild<QLineEdit *>(u"chartUnitSearch"_s);
    auto *list = tab->findChild<QListView *>(u"chartUnits"_s);
    QVERIFY(search && list);
    QVERIFY(list->model()->rowCount() >= 20);
    typeText(search, u"tài chính"_s); // any case, with diacritics
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data().toString(), u"Sở Tài chính"_s);
}

void TestChartsTab::yearSpanInEitherOrder()
{
    MainWindow window;
    openCharts(window, u"span"_s, 2024, u"SO"_s);
    ChartsTab *tab = window.chartsTab();
    tab->setKind(ChartKind::RankMovement);
    auto *from = tab->findChild<QComboBox *>(u"chartFrom"_s);
    auto *to = tab->findChild<QComboBox *>(u"chartTo"_s);
    QVERIFY(from && to);
    QTRY_COMPARE(from->count(), 4); // 2021-2024
    from->setCurrentIndex(from->findData(2023));
    to->setCurrentIndex(to->findData(2022));
    QCOMPARE(tab->request().fromYear, std::optional<int>(2022));
    QCOMPARE(tab->request().toYear, std::optional<int>(2023));
    QTRY_VERIFY(tab->view()->chart() && tab->view()->chart()->title().contains(u"2022–2023"_s));
}

QTEST_MAIN(TestChartsTab)
#include "tst_chartstab.moc"
