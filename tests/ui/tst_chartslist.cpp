// The comparison of every unit of a large group (issue 14, section 4): more than ComparisonList::MaxChartBars units
// are a list that paints only the rows in sight instead of a Qt Charts chart (1.5 s for 3,321 communes). Driven
// through the real Charts tab on a generated group of 2,500 communes: every unit is a row and reachable (keyboard,
// tips with the exact value), checked units are marked, the tab goes from the list to the chart and back, and the
// exports and the copy hold every unit or refuse with a message.
// PARINDEX_TEST_GRABS=DIR saves pictures of the list there, to look at.
#include "charts/chartstab.h"
#include "charts/chartview.h"
#include "charts/comparisonlistmodel.h"
#include "charts/comparisonlistview.h"
#include "deskdocument.h"
#include "mainwindow.h"
#include "messages.h"
#include "navigator.h"

#include "render/charts/chartstyle.h"
#include "render/charts/comparisonlistexport.h"
#include "storage/database.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCore/QDir>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtGui/QImage>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QToolTip>

using namespace parindex;
using namespace Qt::StringLiterals;

namespace {
constexpr int Units = 2500;

// Names as communes have them, diacritics and all; every 97th one long enough to be cut in a row.
QString nameOf(int u)
{
    static const QStringList places {u"Hòa Bình"_s, u"Đông Hưng Thuận"_s, u"Ưng Hòa"_s, u"Quỳnh Lưu"_s, u"Thạch Thất"_s,
        u"Yên Thế"_s, u"Hoằng Hóa"_s, u"Châu Đốc"_s};
    if (u % 97 == 5)
        return u"UBND phường %1 thuộc thành phố Thủ Đức, Thành phố Hồ Chí Minh, sau sắp xếp năm 2025 (%2)"_s
            .arg(places[u % places.size()])
            .arg(u + 1);
    return u"UBND xã %1 %2"_s.arg(places[u % places.size()]).arg(u + 1);
}

bool isLong(const QString &name)
{
    return name.contains(u"Thủ Đức"_s);
}

// One year (2025) of a group of `Units` communes, two areas of one criterion each; indices spread from 40 to 99 so
// that every class appears.
bool createGroup(const QString &path)
{
    auto db = Database::create(path);
    if (!db)
        return false;
    (*db)->setUserName(u"test"_s);
    if (!(*db)->saveGroup({u"XA"_s, u"UBND cấp xã"_s, 0}))
        return false;
    const QList<Criterion> criteria {
        {u"1"_s, u"Công tác chỉ đạo, điều hành cải cách hành chính"_s, Fixed::fromInt(60), CriterionKind::Group, {}},
        {u"1.1"_s, u"Kế hoạch cải cách hành chính"_s, Fixed::fromInt(60), CriterionKind::Group, {}},
        {u"1.1.1"_s, u"Ban hành kế hoạch"_s, Fixed::fromInt(60), CriterionKind::Score, {}},
        {u"2"_s, u"Cải cách thủ tục hành chính"_s, Fixed::fromInt(40), CriterionKind::Group, {}},
        {u"2.1"_s, u"Công khai thủ tục hành chính"_s, Fixed::fromInt(40), CriterionKind::Group, {}},
        {u"2.1.1"_s, u"Công khai đúng hạn"_s, Fixed::fromInt(40), CriterionKind::Score, {}},
    };
    const auto tree = CriteriaTree::build(criteria);
    if (!tree)
        return false;
    QList<Unit> units;
    QList<ScoreRow> rows;
    for (int u = 0; u < Units; ++u) {
        Unit unit;
        unit.id = u + 1;
        unit.code = u"X%1"_s.arg(u + 1, 4, 10, QChar(u'0'));
        unit.name = nameOf(u);
        unit.groupCode = u"XA"_s;
        units.append(unit);
        const qint64 hundredths = 4000 + qint64(u) * 7919 % 5900; // 40,00 to 98,99 %
        rows.append({unit.code, u"1.1.1"_s, std::nullopt, Fixed::fromRaw(hundredths * 60), std::nullopt, std::nullopt});
        rows.append({unit.code, u"2.1.1"_s, std::nullopt, Fixed::fromRaw(hundredths * 40), std::nullopt, std::nullopt});
    }
    if (!(*db)->importUnits(units))
        return false;
    const auto period = (*db)->addPeriod(2025, u"XA"_s);
    return period && (*db)->replaceCriteria(period->id, *tree) && (*db)->importScores(period->id, rows);
}

qsizetype barsOf(QChart *chart)
{
    for (QAbstractAxis *axis : chart ? chart->axes(Qt::Vertical) : QList<QAbstractAxis *>()) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories->count();
    }
    return 0;
}

ComparisonRow rowAt(ComparisonListView *list, int row)
{
    return list->model()->index(row, 0).data(ComparisonListModel::RowRole).value<ComparisonRow>();
}

std::optional<QString> poppler(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForStarted() || !p.waitForFinished(60000) || p.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(p.readAllStandardOutput());
}

void grab(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PARINDEX_TEST_GRABS");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}
} // namespace

class TestChartsList : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyUnitIsARowWithinReach();
    void checkedUnitsAreMarked();
    void fromTheListToTheChartAndBack();
    void exportsHoldEveryUnit();
    void aShorterListIsAnImage();

private:
    void openComparison();

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    ChartsTab *m_tab = nullptr;
    ComparisonListView *m_list = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    RankingTable m_ranking;
};

void TestChartsList::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Messages::setTestMode(true);
    QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    vi.setNumberOptions(QLocale::OmitGroupSeparator);
    QLocale::setDefault(vi);
    m_path = m_dir.filePath(u"xa.parindex"_s);
    QVERIFY(createGroup(m_path));
}

void TestChartsList::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    QVERIFY(m_window->openFile(m_path));
    m_window->navigator()->selectPeriod(2025, u"XA"_s);
    m_window->show();
    m_tab = m_window->chartsTab();
    m_list = m_tab->comparisonList();
    QVERIFY(m_list);
    // On the list's model before anything is drawn: every reset and row it gives is checked.
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto ranking = m_window->document()->ranking(m_window->navigator()->currentPeriod()->id);
    QVERIFY(ranking);
    m_ranking = *ranking;
    QCOMPARE(m_ranking.ranked.size(), Units);
    openComparison();
}

void TestChartsList::cleanup()
{
    m_tester.reset();
    m_window.reset();
    Messages::takeShown();
}

void TestChartsList::openComparison()
{
    m_window->tabs()->setCurrentWidget(m_tab);
    QTRY_VERIFY_WITH_TIMEOUT(!m_tab->isReading(), 20000);
    m_tab->setKind(ChartKind::Comparison);
    QTRY_COMPARE(barsOf(m_tab->view()->chart()), 40); // the first and last 20: a chart
    QVERIFY(!m_tab->showsList());
}

void TestChartsList::everyUnitIsARowWithinReach()
{
    m_tab->setComparisonEnds(0);
    QTRY_VERIFY(m_tab->showsList());
    QCOMPARE(m_list->model()->rowCount(), Units);
    QVERIFY(m_list->isVisible());
    QVERIFY(!m_tab->view()->isVisible());
    QVERIFY(m_tab->view()->chart()->series().isEmpty()); // no chart of every unit is built
    QCOMPARE(m_tab->message(), QString()); // every unit is drawn: nothing left out to say
    grab(m_window.get(), u"every-unit-top.png"_s);

    const UnitResult &first = m_ranking.ranked.first();
    const UnitResult &last = m_ranking.ranked.last();
    QCOMPARE(rowAt(m_list, 0).name, first.unitName);
    QCOMPARE(rowAt(m_list, Units - 1).rank, QString::number(*last.rank));
    QCOMPARE(rowAt(m_list, Units - 1).unitCode, last.unitCode);

    // The keyboard reaches the last unit, and its tip says its exact value with a decimal comma.
    m_list->setFocus();
    QTest::keyClick(m_list, Qt::Key_End);
    QCOMPARE(m_list->currentIndex().row(), Units - 1);
    const QRect shown = m_list->visualRect(m_list->currentIndex());
    QVERIFY(m_list->viewport()->rect().contains(shown.center()));
    QCOMPARE(m_list->indexAt(shown.center()).row(), Units - 1);
    const QString value = chartstyle::number(last.index, QLocale());
    QVERIFY(value.contains(u','));
    const QString tip
        = u"%1. %2: %3% – %4"_s.arg(*last.rank).arg(last.unitName, value, ClassBands::label(last.classCode));
    QHelpEvent help(QEvent::ToolTip, shown.center(), m_list->viewport()->mapToGlobal(shown.center()));
    QApplication::sendEvent(m_list->viewport(), &help);
    QTRY_COMPARE(QToolTip::text(), tip);
    grab(m_window.get(), u"every-unit-end.png"_s);

    QTest::keyClick(m_list, Qt::Key_Home);
    QCOMPARE(m_list->currentIndex().row(), 0);
    QCOMPARE(m_list->verticalScrollBar()->value(), 0);
    QTest::keyClick(m_list, Qt::Key_PageDown);
    QVERIFY(m_list->currentIndex().row() > 10);
    // A long name is there whole in its tip (its row cuts it).
    const int longRow = int(std::find_if(m_ranking.ranked.cbegin(), m_ranking.ranked.cend(), [](const UnitResult &r) {
        return isLong(r.unitName);
    }) - m_ranking.ranked.cbegin());
    QVERIFY(longRow < Units);
    m_list->scrollTo(m_list->model()->index(longRow, 0), QAbstractItemView::PositionAtCenter);
    QVERIFY(m_list->model()
                ->index(longRow, 0)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(m_ranking.ranked[longRow].unitName));
    grab(m_window.get(), u"every-unit-long-name.png"_s);

    // Stacked by area: the same rows, the areas' shares in the tips.
    m_tab->findChild<QCheckBox *>(u"chartStacked"_s)->setChecked(true);
    QTRY_VERIFY(rowAt(m_list, 0).segments.size() == 2);
    QCOMPARE(m_list->model()->rowCount(), Units);
    QVERIFY(rowAt(m_list, 0).tip.contains(u"1. Công tác chỉ đạo, điều hành cải cách hành chính: "_s));
    grab(m_window.get(), u"every-unit-stacked.png"_s);
}

void TestChartsList::checkedUnitsAreMarked()
{
    m_tab->setComparisonEnds(0);
    const QString middle = m_ranking.ranked[1234].unitCode;
    m_tab->setCheckedUnits({middle});
    QTRY_VERIFY(m_tab->showsList() && rowAt(m_list, 1234).highlighted);
    QCOMPARE(rowAt(m_list, 1234).unitCode, middle);
    int marked = 0;
    for (int r = 0; r < m_list->model()->rowCount(); ++r)
        marked += rowAt(m_list, r).highlighted ? 1 : 0;
    QCOMPARE(marked, 1);
    m_list->scrollTo(m_list->model()->index(1234, 0), QAbstractItemView::PositionAtCenter);
    grab(m_window.get(), u"every-unit-checked.png"_s);
}

void TestChartsList::fromTheListToTheChartAndBack()
{
    m_tab->setComparisonEnds(0);
    QTRY_VERIFY(m_tab->showsList());
    m_tab->setComparisonEnds(20);
    QTRY_COMPARE(barsOf(m_tab->view()->chart()), 40);
    QVERIFY(!m_tab->showsList());
    QVERIFY(m_tab->view()->isVisible());
    QCOMPARE(m_list->model()->rowCount(), 0); // the list lets its rows go
    m_tab->setComparisonEnds(0);
    QTRY_VERIFY(m_tab->showsList());
    QCOMPARE(m_list->model()->rowCount(), Units);
    // 300 units are more than a chart draws quickly: a list; 200 are still a chart.
    m_tab->setComparisonEnds(150);
    QTRY_COMPARE(m_list->model()->rowCount(), 300);
    QVERIFY(m_tab->showsList());
    QCOMPARE(rowAt(m_list, 150).rank, QString::number(Units - 149));
    QVERIFY(m_tab->message().startsWith(u"300 of the 2500 units are drawn"_s));
    m_tab->setComparisonEnds(100);
    QTRY_COMPARE(barsOf(m_tab->view()->chart()), 200);
    QVERIFY(!m_tab->showsList());
    // Another kind of chart leaves the list.
    m_tab->setComparisonEnds(0);
    QTRY_VERIFY(m_tab->showsList());
    m_tab->setKind(ChartKind::Trend);
    QTRY_VERIFY(!m_tab->showsList());
    QVERIFY(!m_tab->view()->chart()->series().isEmpty());
}

void TestChartsList::exportsHoldEveryUnit()
{
    m_tab->setComparisonEnds(0);
    QTRY_VERIFY(m_tab->showsList());
    QTemporaryDir out;

    // PDF: A4 pages, every unit.
    const QString pdf = out.filePath(u"every.pdf"_s);
    const Status written = m_tab->exportTo(pdf);
    QVERIFY2(written.ok(), written ? "" : qPrintable(written.error().text()));
    const int pages = ComparisonListExport::pageCount(m_list->list());
    QVERIFY2(pages > 30, qPrintable(QString::number(pages)));
    const auto info = poppler(u"pdfinfo"_s, {pdf});
    if (!info)
        QSKIP("poppler-utils (pdfinfo, pdftotext) are not installed");
    const auto count = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(*info);
    QVERIFY(count.hasMatch());
    QCOMPARE(count.captured(1).toInt(), pages);
    const auto text = poppler(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    QVERIFY(text);
    // SVG: one tall drawing.
    const QString svg = out.filePath(u"every.svg"_s);
    QVERIFY(m_tab->exportTo(svg).ok());
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QString drawing = QString::fromUtf8(svgFile.readAll());
    int inPdf = 0;
    int inSvg = 0;
    int names = 0;
    for (const UnitResult &r : m_ranking.ranked) {
        if (isLong(r.unitName))
            continue; // cut with "…" in its row
        ++names;
        inPdf += text->contains(r.unitName + u' ') || text->contains(r.unitName + u'\n') ? 1 : 0;
        inSvg += drawing.contains(u'>' + r.unitName + u'<') ? 1 : 0;
    }
    QCOMPARE(inPdf, names);
    QCOMPARE(inSvg, names);
    const UnitResult &last = m_ranking.ranked.last();
    QVERIFY(text->contains(chartstyle::number(last.index, QLocale())));

    // A PNG of 2,500 rows is too tall to open: refused, with the way to every unit.
    const QString png = out.filePath(u"every.png"_s);
    const Status refused = m_tab->exportTo(png);
    QVERIFY(!refused);
    QVERIFY2(refused.error().text().contains(u"PDF"_s), qPrintable(refused.error().text()));
    QVERIFY(!QFile::exists(png));
    Messages::takeShown();
    QGuiApplication::clipboard()->clear();
    m_tab->copyToClipboard();
    const QStringList shown = Messages::takeShown();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains(u"2500 units"_s), qPrintable(shown.first()));
}

void TestChartsList::aShorterListIsAnImage()
{
    m_tab->setComparisonEnds(150);
    QTRY_COMPARE(m_list->model()->rowCount(), 300);
    QTemporaryDir out;
    const QString png = out.filePath(u"ends.png"_s);
    const Status written = m_tab->exportTo(png);
    QVERIFY2(written.ok(), written ? "" : qPrintable(written.error().text()));
    const QImage image(png);
    QCOMPARE(image.height(), ComparisonListExport::imageHeight(m_list->list()));
    QCOMPARE(image.width(), ComparisonListExport::ImageWidth);
    QVERIFY(image.height() > 300 * 18);
    const QString dir = qEnvironmentVariable("PARINDEX_TEST_GRABS");
    if (!dir.isEmpty())
        QVERIFY(QFile::copy(png, QDir(dir).filePath(u"export-300.png"_s)));
    Messages::takeShown();
    m_tab->copyToClipboard();
    QCOMPARE(Messages::takeShown(), QStringList());
    const QImage copied = QGuiApplication::clipboard()->image();
    QCOMPARE(copied.height(), int(image.height() * m_tab->devicePixelRatioF()));
}

QTEST_MAIN(TestChartsList)
#include "tst_chartslist.moc"
