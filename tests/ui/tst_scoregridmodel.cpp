// The grid of all units x the leaves of one area: its shape, typing a column by keyboard, refusals, undo,
// N/A and final periods, readable unit names, and the file holding exactly the accepted values.
#include "scoresfixture.h"

#include <QtCore/QStandardPaths>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QTableView>

using namespace parindex;
using namespace parindex::scoresfixture;
using namespace Qt::StringLiterals;
using G = ScoreGridModel;

class TestScoreGridModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void shape_data();
    void shape();
    void typesAColumn();
    void outOfRangeIsRefused_data();
    void outOfRangeIsRefused();
    void tabSkipsNamesAndPoints_data();
    void tabSkipsNamesAndPoints();
    void undoAndSheetFollow();
    void notApplicableCellIsNotEditable();
    void finalPeriodIsNotEditable();
    void unitNamesAreReadable();
    void readWhenSeen();

private:
    Desk *openGrid(const QString &area);
    std::optional<Fixed> stored(const QString &unit, const QString &code) const
    {
        return storedEntry(m_province.path, m_province.openPeriod, unit, code).appraised;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    Province m_province;
    std::unique_ptr<DeskDocument> m_doc;
    std::unique_ptr<Desk> m_desk;
};

void TestScoreGridModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Messages::setTestMode(true);
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
}

void TestScoreGridModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    build(m_dir->filePath(u"province.parindex"_s), &m_province);
    if (QTest::currentTestFailed())
        return;
    auto doc = DeskDocument::open(m_province.path);
    QVERIFY2(doc.ok(), qPrintable(doc.error().text()));
    m_doc = std::move(doc).value();
    Messages::takeShown();
}

void TestScoreGridModel::cleanup()
{
    m_desk.reset();
    m_doc.reset();
    m_dir.reset();
}

// The grid page, on an area chosen with the keyboard in the area combo.
Desk *TestScoreGridModel::openGrid(const QString &area)
{
    m_desk = std::make_unique<Desk>(m_doc.get());
    m_desk->tab->setPage(ScoresTab::Page::Grid);
    auto *combo = m_desk->window.findChild<QComboBox *>(u"areaCombo"_s);
    combo->setFocus();
    while (m_desk->grid()->areaCode() != area && combo->currentIndex() < combo->count() - 1)
        QTest::keyClick(combo, Qt::Key_Down);
    m_desk->gridView()->setFocus();
    return m_desk.get();
}

void TestScoreGridModel::shape_data()
{
    QTest::addColumn<QString>("area");
    QTest::addColumn<QStringList>("headers");
    QTest::newRow("area 1") << u"1"_s << QStringList {u"Unit"_s, u"1.1"_s, u"1.2"_s, u"1.3"_s, u"Points"_s};
    QTest::newRow("area 2, nested and deduction")
        << u"2"_s << QStringList {u"Unit"_s, u"2.1"_s, u"2.2.1"_s, u"2.2.2"_s, u"2.3"_s, u"Points"_s};
    QTest::newRow("survey area") << u"3"_s << QStringList {u"Unit"_s, u"3.1"_s, u"Points"_s};
}

void TestScoreGridModel::shape()
{
    QFETCH(QString, area);
    QFETCH(QStringList, headers);
    Desk *desk = openGrid(area);
    G *grid = desk->grid();
    QCOMPARE(grid->areaCode(), area);
    QCOMPARE(grid->rowCount(), 3);
    QStringList shown;
    for (int c = 0; c < grid->columnCount(); ++c)
        shown.append(grid->headerData(c, Qt::Horizontal).toString());
    QCOMPARE(shown, headers);
    QVERIFY(grid->headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString().contains(u". "_s)); // code. title
    QCOMPARE(grid->index(0, G::UnitColumn).data().toString(), u"Huyện Đông Sơn"_s);
    QCOMPARE(grid->index(2, G::UnitColumn).data(G::UnitCodeRole).toString(), u"NS"_s);
    QVERIFY(grid->flags(grid->index(0, 1)) & Qt::ItemIsEditable);
    QVERIFY(!(grid->flags(grid->index(0, G::UnitColumn)) & Qt::ItemIsEditable));
    QVERIFY(!(grid->flags(grid->index(0, grid->pointsColumn())) & Qt::ItemIsEditable));
}

void TestScoreGridModel::typesAColumn()
{
    Desk *desk = openGrid(u"2"_s);
    G *grid = desk->grid();
    ScoreGridView *view = desk->gridView();
    view->setCurrentIndex(grid->index(0, grid->columnOfCriterion(u"2.1"_s)));
    for (const QString &value : {u"10"_s, u"11,5"_s, u"12.0"_s}) {
        type(view, value);
        press(view, Qt::Key_Return);
    }
    QCOMPARE(view->currentIndex().row(), 2); // the last unit: Enter stays
    QCOMPARE(stored(u"DS"_s, u"2.1"_s), fixed("10"));
    QCOMPARE(stored(u"HH"_s, u"2.1"_s), fixed("11,5"));
    QCOMPARE(stored(u"NS"_s, u"2.1"_s), fixed("12"));
    QCOMPARE(grid->index(1, grid->columnOfCriterion(u"2.1"_s)).data().toString(), u"11,5"_s);
    QCOMPARE(grid->index(1, grid->pointsColumn()).data().toString(), u"11,5"_s);
    QCOMPARE(m_doc->undoStack()->count(), 3);
    QVERIFY(Messages::takeShown().isEmpty());
    // The other cells of those rows stay empty in the file.
    QCOMPARE(storedEntry(m_province.path, m_province.openPeriod, u"DS"_s, u"2.2.1"_s), ScoreEntry());
}

void TestScoreGridModel::outOfRangeIsRefused_data()
{
    QTest::addColumn<QString>("area");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");
    QTest::newRow("above 12") << u"2"_s << u"2.1"_s << u"12,5"_s
                              << u"Criterion 2.1 takes a value from 0 to 12 points."_s;
    QTest::newRow("rate above 100") << u"1"_s << u"1.3"_s << u"101"_s
                                    << u"Criterion 1.3 takes a rate from 0 to 100 %."_s;
    QTest::newRow("above 2") << u"1"_s << u"1.2"_s << u"2,5"_s << u"Criterion 1.2 takes a value from 0 to 2 points."_s;
}

void TestScoreGridModel::outOfRangeIsRefused()
{
    QFETCH(QString, area);
    QFETCH(QString, code);
    QFETCH(QString, typed);
    QFETCH(QString, message);
    Desk *desk = openGrid(area);
    ScoreGridView *view = desk->gridView();
    const QModelIndex cell = desk->grid()->index(1, desk->grid()->columnOfCriterion(code));
    view->setCurrentIndex(cell);
    type(view, typed);
    press(view, Qt::Key_Return);
    const QStringList shown = waitForMessages();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains(message), qPrintable(shown.first()));
    QCOMPARE(view->currentIndex(), cell);
    QCOMPARE(stored(u"HH"_s, code), std::nullopt);
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestScoreGridModel::tabSkipsNamesAndPoints_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("from");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("toRow");
    QTest::addColumn<QString>("to");
    QTest::newRow("next criterion") << 0 << u"2.1"_s << int(Qt::Key_Tab) << 0 << u"2.2.1"_s;
    QTest::newRow("last criterion > next unit") << 0 << u"2.3"_s << int(Qt::Key_Tab) << 1 << u"2.1"_s;
    QTest::newRow("back to the previous unit") << 1 << u"2.1"_s << int(Qt::Key_Backtab) << 0 << u"2.3"_s;
    QTest::newRow("enter goes down") << 0 << u"2.2.2"_s << int(Qt::Key_Return) << 1 << u"2.2.2"_s;
}

void TestScoreGridModel::tabSkipsNamesAndPoints()
{
    QFETCH(int, row);
    QFETCH(QString, from);
    QFETCH(int, key);
    QFETCH(int, toRow);
    QFETCH(QString, to);
    Desk *desk = openGrid(u"2"_s);
    G *grid = desk->grid();
    desk->gridView()->setCurrentIndex(grid->index(row, grid->columnOfCriterion(from)));
    press(desk->gridView(), Qt::Key(key));
    QCOMPARE(desk->gridView()->currentIndex(), grid->index(toRow, grid->columnOfCriterion(to)));
}

void TestScoreGridModel::undoAndSheetFollow()
{
    Desk *desk = openGrid(u"2"_s);
    G *grid = desk->grid();
    const QModelIndex cell = grid->index(0, grid->columnOfCriterion(u"2.2.1"_s));
    desk->gridView()->setCurrentIndex(cell);
    type(desk->gridView(), u"4,25"_s);
    press(desk->gridView(), Qt::Key_Return);
    QCOMPARE(stored(u"DS"_s, u"2.2.1"_s), fixed("4,25"));
    // The sheet shows the same unit and follows the grid.
    QCOMPARE(desk->sheet()->unitCode(), u"DS"_s);
    QCOMPARE(desk->sheet()->indexOfCode(u"2.2"_s, ScoreSheetModel::PointsColumn).data().toString(), u"4,25"_s);
    QVERIFY(desk->summary().contains(u"Total: 4,25 / 100 points"_s));

    m_doc->undoStack()->undo();
    QCOMPARE(stored(u"DS"_s, u"2.2.1"_s), std::nullopt);
    QCOMPARE(cell.data().toString(), QString());
    QCOMPARE(grid->index(0, grid->pointsColumn()).data().toString(), u"0"_s);
    QVERIFY(desk->summary().contains(u"Total: 0 / 100 points"_s));
}

void TestScoreGridModel::notApplicableCellIsNotEditable()
{
    ScoreEntry na;
    na.notApplicable = true;
    PARINDEX_CHECK(m_doc->setScore(m_province.openPeriod, u"HH"_s, u"2.2.1"_s, na));
    Desk *desk = openGrid(u"2"_s);
    G *grid = desk->grid();
    const QModelIndex cell = grid->index(1, grid->columnOfCriterion(u"2.2.1"_s));
    QCOMPARE(cell.data().toString(), u"N/A"_s);
    QVERIFY(!(cell.flags() & Qt::ItemIsEditable));
    // Tab steps over it.
    desk->gridView()->setCurrentIndex(grid->index(1, grid->columnOfCriterion(u"2.1"_s)));
    press(desk->gridView(), Qt::Key_Tab);
    QCOMPARE(desk->gridView()->currentIndex(), grid->index(1, grid->columnOfCriterion(u"2.2.2"_s)));
}

void TestScoreGridModel::finalPeriodIsNotEditable()
{
    Desk *desk = openGrid(u"1"_s);
    desk->navigator->selectPeriod(2023, u"HUYEN"_s);
    G *grid = desk->grid();
    QCOMPARE(grid->periodId(), m_province.finalPeriod);
    QVERIFY(!grid->isEditable());
    const QModelIndex cell = grid->index(0, grid->columnOfCriterion(u"1.3"_s));
    QCOMPARE(cell.data().toString(), u"80 %"_s);
    QVERIFY(!(cell.flags() & Qt::ItemIsEditable));
    desk->gridView()->setCurrentIndex(cell);
    type(desk->gridView(), u"5"_s);
    QVERIFY(!desk->gridView()->isEditing());
    QVERIFY(!grid->setData(cell, u"5"_s));
    QCOMPARE(storedEntry(m_province.path, m_province.finalPeriod, u"DS"_s, u"1.3"_s).appraised, fixed("80"));
}

// The table holds a period only while it is seen (a national period is 400,000 cells): hidden behind the
// sheet page it holds nothing, and it shows the navigator's period, not an old one, when its page opens.
void TestScoreGridModel::readWhenSeen()
{
    m_desk = std::make_unique<Desk>(m_doc.get());
    auto *model = qobject_cast<G *>(m_desk->gridView()->model());
    QVERIFY(model);
    QCOMPARE(m_desk->tab->page(), ScoresTab::Page::Sheet);
    QCOMPARE(model->periodId(), 0);
    QCOMPARE(model->rowCount(), 0);

    m_desk->tab->setPage(ScoresTab::Page::Grid);
    QCOMPARE(model->periodId(), m_province.openPeriod);
    QCOMPARE(model->rowCount(), int(units().size()));
    // Seen: a new period is read at once.
    m_desk->navigator->selectPeriod(2023, u"HUYEN"_s);
    QCOMPARE(model->periodId(), m_province.finalPeriod);

    // Not seen: the old period is dropped, and the new one read when the page opens again.
    m_desk->tab->setPage(ScoresTab::Page::Sheet);
    m_desk->navigator->selectPeriod(2024, u"HUYEN"_s);
    QCOMPARE(model->periodId(), 0);
    m_desk->tab->setPage(ScoresTab::Page::Grid);
    QCOMPARE(model->periodId(), m_province.openPeriod);
    QCOMPARE(model->index(0, G::UnitColumn).data().toString(), u"Huyện Đông Sơn"_s);
}

void TestScoreGridModel::unitNamesAreReadable()
{
    Desk *desk = openGrid(u"1"_s);
    QTableView *view = desk->gridView();
    const QFontMetrics metrics = view->fontMetrics();
    QVERIFY(view->columnWidth(G::UnitColumn) > metrics.horizontalAdvance(u"Huyện Hoằng Hóa"_s));
    const QString longName = units().last().name;
    QVERIFY(view->columnWidth(G::UnitColumn) >= metrics.horizontalAdvance(longName));
    QCOMPARE(desk->grid()->index(2, G::UnitColumn).data(Qt::ToolTipRole).toString(), longName + u" (NS)"_s);
}

QTEST_MAIN(TestScoreGridModel)
#include "tst_scoregridmodel.moc"
