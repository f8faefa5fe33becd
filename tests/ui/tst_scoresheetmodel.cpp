// The score sheet of one unit: the tree and its points as core computes them, typing a sheet by keyboard in the
// real view (values, Tab/Enter, Space for N/A, Delete, Ctrl+PgDn), refusals, undo, final periods, and what
// reaches the file (read back through a second connection).
#include "scoresfixture.h"

#include "commands/setscorecommand.h"
#include "scores/scoredelegates.h"
#include "scores/scoreinput.h"

#include <QtCore/QStandardPaths>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>

using namespace parindex;
using namespace parindex::scoresfixture;
using namespace Qt::StringLiterals;
using M = ScoreSheetModel;

class TestScoreSheetModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void treeMirrorsCriteria();
    void pointsPerNode_data();
    void pointsPerNode();
    void refusesBadValuesThroughSetData_data();
    void refusesBadValuesThroughSetData();
    void followsDocumentSignals();
    void marksDifferenceWithoutNote();

    void typedValueIsStored_data();
    void typedValueIsStored();
    void outOfRangeIsRefused_data();
    void outOfRangeIsRefused();
    void keysOutsideTheRangeShowIt_data();
    void keysOutsideTheRangeShowIt();
    void keyboardMoves_data();
    void keyboardMoves();
    void tabTypesARow();
    void enterSkipsNotApplicable();
    void spaceTogglesNotApplicable();
    void deleteClearsACell();
    void undoRestoresPreviousValue();
    void summaryListsMissing();
    void ctrlPageDownChangesUnit_data();
    void ctrlPageDownChangesUnit();
    void finalPeriodIsNotEditable();
    void readOnlyFileIsNotEditable();

private:
    std::optional<Fixed> stored(const QString &unit, const QString &code) const
    {
        return storedEntry(m_province.path, m_province.openPeriod, unit, code).appraised;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    Province m_province;
    std::unique_ptr<DeskDocument> m_doc;
};

void TestScoreSheetModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Messages::setTestMode(true);
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam)); // numbers as a council reads them
}

void TestScoreSheetModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    build(m_dir->filePath(u"province.parindex"_s), &m_province);
    if (QTest::currentTestFailed())
        return;
    auto doc = DeskDocument::open(m_province.path);
    QVERIFY2(doc.ok(), qPrintable(doc.error().text()));
    m_doc = std::move(doc).value();
    QVERIFY(!m_doc->isReadOnly());
    Messages::takeShown();
}

void TestScoreSheetModel::cleanup()
{
    m_doc.reset();
    m_dir.reset();
}

void TestScoreSheetModel::treeMirrorsCriteria()
{
    ScoreSheetModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSheet(m_province.openPeriod, u"DS"_s);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(M::ColumnCount));
    const QModelIndex area2 = model.index(1, 0);
    QCOMPARE(area2.data().toString(), u"2. Cải cách thủ tục hành chính"_s);
    QCOMPARE(model.rowCount(area2), 3);
    const QModelIndex leaf = model.indexOfCode(u"2.2.1"_s);
    QCOMPARE(leaf.data().toString(), u"2.2.1. Cơ sở vật chất"_s);
    QCOMPARE(leaf.parent().data(M::CodeRole).toString(), u"2.2"_s);
    QCOMPARE(leaf.parent().parent(), area2);
    QCOMPARE(leaf.siblingAtColumn(M::MaxColumn).data().toString(), u"5"_s);
    QVERIFY(leaf.data(M::LeafRole).toBool());
    QVERIFY(!area2.data(M::LeafRole).toBool());
    QVERIFY(model.flags(leaf.siblingAtColumn(M::AppraisedColumn)) & Qt::ItemIsEditable);
    QVERIFY(model.flags(leaf.siblingAtColumn(M::NotApplicableColumn)) & Qt::ItemIsUserCheckable);
    QVERIFY(!(model.flags(area2.siblingAtColumn(M::AppraisedColumn)) & Qt::ItemIsEditable));
    QVERIFY(!(model.flags(leaf.siblingAtColumn(M::PointsColumn)) & Qt::ItemIsEditable));
    QCOMPARE(model.headerData(M::AppraisedColumn, Qt::Horizontal).toString(), u"Appraised"_s);
}

void TestScoreSheetModel::pointsPerNode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("points"); // as displayed in Vietnamese
    // 1.1 = 3,5; 1.2 = 2; 1.3 = 75 % of 4 = 3; 2.1 = 10; 2.2.1 = 4; 2.2.2 = 3; 2.3 deducts 1; 3.1 = 60
    QTest::newRow("score leaf") << u"1.1"_s << u"3,5"_s;
    QTest::newRow("rate leaf") << u"1.3"_s << u"3"_s;
    QTest::newRow("area 1") << u"1"_s << u"8,5"_s;
    QTest::newRow("inner group") << u"2.2"_s << u"7"_s;
    QTest::newRow("deduction") << u"2.3"_s << u"-1"_s;
    QTest::newRow("area 2 less the deduction") << u"2"_s << u"16"_s;
    QTest::newRow("survey area") << u"3"_s << u"60"_s;
}

void TestScoreSheetModel::pointsPerNode()
{
    QFETCH(QString, code);
    QFETCH(QString, points);
    const QList<std::pair<QString, const char *>> values {{u"1.1"_s, "3,5"}, {u"1.2"_s, "2"}, {u"1.3"_s, "75"},
        {u"2.1"_s, "10"}, {u"2.2.1"_s, "4"}, {u"2.2.2"_s, "3"}, {u"2.3"_s, "1"}, {u"3.1"_s, "60"}};
    for (const auto &[leaf, value] : values) {
        ScoreEntry entry;
        entry.appraised = fixed(value);
        PARINDEX_CHECK(m_doc->setScore(m_province.openPeriod, u"HH"_s, leaf, entry));
    }
    ScoreSheetModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSheet(m_province.openPeriod, u"HH"_s);
    QCOMPARE(model.indexOfCode(code, M::PointsColumn).data().toString(), points);
    QCOMPARE(model.score().totalPoints, *fixed("84,5"));
    QCOMPARE(model.score().index(), *fixed("84,5"));
    QVERIFY(model.score().missing.isEmpty());
}

void TestScoreSheetModel::refusesBadValuesThroughSetData_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("above max") << u"1.2"_s << QVariant(u"2,5"_s)
                               << u"Criterion 1.2 takes a value from 0 to 2 points."_s;
    QTest::newRow("rate above 100") << u"1.3"_s << QVariant(u"101"_s)
                                    << u"Criterion 1.3 takes a rate from 0 to 100 %."_s;
    QTest::newRow("not a number") << u"2.1"_s << QVariant(u"mười"_s) << u"“mười” is not a number."_s;
    QTest::newRow("typed Fixed above max")
        << u"2.2.2"_s << QVariant::fromValue(Fixed::fromInt(4)) << u"from 0 to 3 points"_s;
    QTest::newRow("negative") << u"3.1"_s << QVariant(u"-5"_s) << u"from 0 to 70 points"_s;
}

void TestScoreSheetModel::refusesBadValuesThroughSetData()
{
    QFETCH(QString, code);
    QFETCH(QVariant, value);
    QFETCH(QString, message);
    ScoreSheetModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSheet(m_province.openPeriod, u"DS"_s);
    QSignalSpy refused(&model, &ScoreSheetModel::inputRefused);
    QVERIFY(!model.setData(model.indexOfCode(code, M::AppraisedColumn), value));
    QCOMPARE(refused.size(), 1);
    QVERIFY2(refused.first().first().toString().contains(message), qPrintable(refused.first().first().toString()));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(stored(u"DS"_s, code), std::nullopt);
}

void TestScoreSheetModel::followsDocumentSignals()
{
    ScoreSheetModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSheet(m_province.openPeriod, u"DS"_s);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy updated(&model, &ScoreSheetModel::scoreUpdated);

    ScoreEntry entry;
    entry.appraised = fixed("4");
    PARINDEX_CHECK(m_doc->setScore(m_province.openPeriod, u"HH"_s, u"2.2.1"_s, entry)); // another unit
    QCOMPARE(changed.size(), 0);
    PARINDEX_CHECK(m_doc->setScore(m_province.openPeriod, u"DS"_s, u"2.2.1"_s, entry));
    QVERIFY(changed.size() >= 3); // the leaf, 2.2 and 2
    QCOMPARE(updated.size(), 1);
    QCOMPARE(model.indexOfCode(u"2.2"_s, M::PointsColumn).data().toString(), u"4"_s);
    QCOMPARE(model.indexOfCode(u"2"_s, M::PointsColumn).data().toString(), u"4"_s);

    // An import replaces many cells at once.
    ScoreRow row;
    row.unitCode = u"DS"_s;
    row.criterionCode = u"2.1"_s;
    row.appraised = fixed("9,25");
    PARINDEX_CHECK(m_doc->importScores(m_province.openPeriod, {row}));
    QCOMPARE(model.indexOfCode(u"2"_s, M::PointsColumn).data().toString(), u"13,25"_s);

    // New criteria reset the tree.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QList<Criterion> list = criteria();
    list.removeLast();
    list.removeLast();
    auto tree = CriteriaTree::build(list);
    QVERIFY(tree.ok());
    PARINDEX_CHECK(m_doc->replaceCriteria(m_province.openPeriod, *tree));
    QVERIFY(reset.size() >= 1);
    QCOMPARE(model.rowCount(), 2);
}

void TestScoreSheetModel::marksDifferenceWithoutNote()
{
    Desk desk(m_doc.get());
    ScoreEntry entry;
    entry.selfValue = fixed("4");
    entry.appraised = fixed("3");
    PARINDEX_CHECK(m_doc->setScore(m_province.openPeriod, u"DS"_s, u"1.1"_s, entry));
    const QModelIndex appraised = desk.sheet()->indexOfCode(u"1.1"_s, M::AppraisedColumn);
    QVERIFY(appraised.data(M::NeedsNoteRole).toBool());
    QVERIFY(appraised.siblingAtColumn(M::NoteColumn).data(M::NeedsNoteRole).toBool());
    QCOMPARE(appraised.data(Qt::BackgroundRole).value<QColor>(), ScoreInput::needsNoteColor());
    QCOMPARE(appraised.data(Qt::ToolTipRole).toString(), u"Appraised differs from self-assessment: add a note"_s);
    QVERIFY(!appraised.siblingAtColumn(M::SelfColumn).data(M::NeedsNoteRole).toBool());

    desk.goTo(u"1.1"_s, M::NoteColumn);
    type(desk.sheetView(), u"Thiếu tài liệu kiểm chứng"_s);
    press(desk.sheetView(), Qt::Key_Return);
    QVERIFY(!appraised.data(M::NeedsNoteRole).toBool());
    QVERIFY(!appraised.data(Qt::BackgroundRole).isValid());
    QCOMPARE(
        storedEntry(m_province.path, m_province.openPeriod, u"DS"_s, u"1.1"_s).note, u"Thiếu tài liệu kiểm chứng"_s);
}

void TestScoreSheetModel::typedValueIsStored_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored"); // plain
    QTest::addColumn<QString>("shown"); // in the cell, Vietnamese
    QTest::addColumn<QString>("area");
    QTest::addColumn<QString>("areaPoints");
    QTest::addColumn<QString>("total"); // in the summary
    const int a = M::AppraisedColumn;
    QTest::newRow("comma") << u"2.1"_s << a << u"11,5"_s << u"11.5"_s << u"11,5"_s << u"2"_s << u"11,5"_s
                           << u"Total: 11,5 / 100 points"_s;
    QTest::newRow("dot") << u"2.1"_s << a << u"11.5"_s << u"11.5"_s << u"11,5"_s << u"2"_s << u"11,5"_s
                         << u"Total: 11,5 / 100 points"_s;
    QTest::newRow("whole") << u"1.1"_s << a << u"4"_s << u"4"_s << u"4"_s << u"1"_s << u"4"_s
                           << u"Total: 4 / 100 points"_s;
    QTest::newRow("four decimals") << u"2.2.1"_s << a << u"3,1416"_s << u"3.1416"_s << u"3,1416"_s << u"2"_s
                                   << u"3,1416"_s << u"Total: 3,1416 / 100 points"_s;
    QTest::newRow("leading comma") << u"1.2"_s << a << u",5"_s << u"0.5"_s << u"0,5"_s << u"1"_s << u"0,5"_s
                                   << u"Total: 0,5 / 100 points"_s;
    QTest::newRow("rate") << u"1.3"_s << a << u"85"_s << u"85"_s << u"85 %"_s << u"1"_s << u"3,4"_s
                          << u"Total: 3,4 / 100 points"_s;
    QTest::newRow("survey") << u"3.1"_s << a << u"62,75"_s << u"62.75"_s << u"62,75"_s << u"3"_s << u"62,75"_s
                            << u"Total: 62,75 / 100 points"_s;
    QTest::newRow("deduction") << u"2.3"_s << a << u"1"_s << u"1"_s << u"1"_s << u"2"_s << u"0"_s
                               << u"Total: 0 / 100 points"_s;
    QTest::newRow("self-assessed only") << u"1.1"_s << int(M::SelfColumn) << u"3,5"_s << u"3.5"_s << u"3,5"_s << u"1"_s
                                        << u"0"_s << u"Total: 0 / 100 points"_s;
}

void TestScoreSheetModel::typedValueIsStored()
{
    QFETCH(QString, code);
    QFETCH(int, column);
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    QFETCH(QString, shown);
    QFETCH(QString, area);
    QFETCH(QString, areaPoints);
    QFETCH(QString, total);
    Desk desk(m_doc.get());
    desk.goTo(code, column);
    const QModelIndex below = desk.sheet()->neighbourLeaf(desk.sheetView()->currentIndex(), +1, column);

    type(desk.sheetView(), typed);
    QVERIFY(desk.sheetView()->isEditing()); // typing started the editor
    press(desk.sheetView(), Qt::Key_Return);

    QVERIFY(!desk.sheetView()->isEditing());
    const QModelIndex cell = desk.sheet()->indexOfCode(code, column);
    QCOMPARE(cell.data().toString(), shown);
    QCOMPARE(cell.data(M::RawRole).value<Fixed>().toString(), stored);
    QCOMPARE(desk.sheet()->indexOfCode(area, M::PointsColumn).data().toString(), areaPoints);
    QVERIFY2(desk.summary().contains(total), qPrintable(desk.summary()));
    if (below.isValid())
        QCOMPARE(desk.sheetView()->currentIndex(), below); // Enter went down, same column
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(Messages::takeShown().isEmpty());

    const ScoreEntry entry = storedEntry(m_province.path, m_province.openPeriod, u"DS"_s, code);
    const std::optional<Fixed> value = column == M::SelfColumn ? entry.selfValue : entry.appraised;
    QCOMPARE(value, Fixed::parse(stored));
    QCOMPARE(column == M::SelfColumn ? entry.appraised : entry.selfValue, std::nullopt);
}

void TestScoreSheetModel::outOfRangeIsRefused_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");
    QTest::newRow("above max 2") << u"1.2"_s << u"2,5"_s
                                 << u"Criterion 1.2 takes a value from 0 to 2 points. “2,5” was not saved."_s;
    QTest::newRow("just above max") << u"1.2"_s << u"2,0001"_s << u"Criterion 1.2 takes a value from 0 to 2 points."_s;
    QTest::newRow("rate above 100") << u"1.3"_s << u"101"_s << u"Criterion 1.3 takes a rate from 0 to 100 %."_s;
    QTest::newRow("survey above 70") << u"3.1"_s << u"70.5"_s << u"Criterion 3.1 takes a value from 0 to 70 points."_s;
    QTest::newRow("deduction above 2") << u"2.3"_s << u"3"_s << u"Criterion 2.3 takes a value from 0 to 2 points."_s;
    QTest::newRow("lone comma") << u"2.1"_s << u","_s << u"“,” is not a number."_s;
}

void TestScoreSheetModel::outOfRangeIsRefused()
{
    QFETCH(QString, code);
    QFETCH(QString, typed);
    QFETCH(QString, message);
    Desk desk(m_doc.get());
    desk.goTo(code, M::AppraisedColumn);
    const QModelIndex cell = desk.sheetView()->currentIndex();
    type(desk.sheetView(), typed);
    press(desk.sheetView(), Qt::Key_Return);

    const QStringList shown = waitForMessages();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains(message), qPrintable(shown.first()));
    QCOMPARE(desk.sheetView()->currentIndex(), cell); // the cursor stays on the refused cell
    QVERIFY(!desk.sheetView()->isEditing());
    QCOMPARE(cell.data().toString(), QString());
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(storedEntry(m_province.path, m_province.openPeriod, u"DS"_s, code), ScoreEntry());

    // Tab refuses the same way, and a good value afterwards goes through.
    type(desk.sheetView(), typed);
    press(desk.sheetView(), Qt::Key_Tab);
    QCOMPARE(waitForMessages().size(), 1);
    QCOMPARE(desk.sheetView()->currentIndex(), cell);
    type(desk.sheetView(), u"1"_s);
    press(desk.sheetView(), Qt::Key_Tab);
    QCOMPARE(stored(u"DS"_s, code), fixed("1"));
}

void TestScoreSheetModel::keysOutsideTheRangeShowIt_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("refusedKeys"); // keys after which no value in range can follow
    QTest::addColumn<QString>("message"); // of the commit; empty: the value is stored
    // 1.2 takes 0 to 2 points. A validator used to drop '-' and letters without a word: "-0,5" saved 0,5.
    QTest::newRow("minus") << u"-0,5"_s << 4
                           << u"Criterion 1.2 takes a value from 0 to 2 points. “-0,5” was not saved."_s;
    QTest::newRow("letters") << u"1a"_s << 1
                             << u"“1a” is not a number. Criterion 1.2 takes a value from 0 to 2 points."_s;
    QTest::newRow("a word") << u"hai"_s << 3 << u"“hai” is not a number."_s;
    QTest::newRow("above the maximum") << u"2,5"_s << 1 << u"“2,5” was not saved."_s;
    QTest::newRow("a digit too many") << u"12"_s << 1 << u"“12” was not saved."_s;
    QTest::newRow("five decimals") << u"1,23456"_s << 1 << u"“1,23456” is not a number."_s;
    QTest::newRow("two separators") << u"1,,5"_s << 2 << u"“1,,5” is not a number."_s;
    QTest::newRow("in range") << u"1,75"_s << 0 << QString();
    QTest::newRow("leading comma") << u",5"_s << 0 << QString();
    QTest::newRow("the maximum") << u"2,0000"_s << 0 << QString();
}

void TestScoreSheetModel::keysOutsideTheRangeShowIt()
{
    QFETCH(QString, typed);
    QFETCH(int, refusedKeys);
    QFETCH(QString, message);
    Desk desk(m_doc.get());
    desk.goTo(u"1.2"_s, M::AppraisedColumn);
    auto *delegate = qobject_cast<ScoreCellDelegate *>(desk.sheetView()->itemDelegateForColumn(M::AppraisedColumn));
    QVERIFY(delegate);
    QSignalSpy refused(delegate, &ScoreCellDelegate::valueRefused);

    QTest::keyClicks(desk.sheetView(), typed.left(1)); // the first key opens the editor
    QVERIFY(desk.sheetView()->isEditing());
    auto *editor = qobject_cast<QLineEdit *>(keyTarget(desk.sheetView()));
    QVERIFY(editor);
    QTest::keyClicks(editor, typed.mid(1));
    // Every key typed is in the editor, and each key after which no value in range can follow shows the range.
    QCOMPARE(editor->text(), typed);
    QCOMPARE(refused.size(), refusedKeys);
    for (const QList<QVariant> &arguments : std::as_const(refused))
        QCOMPARE(arguments.at(0).toString(), u"Criterion 1.2 takes a value from 0 to 2 points."_s);
    QCOMPARE(editor->property(ScoreCellDelegate::RefusedProperty).toBool(), refusedKeys > 0);
    QCOMPARE(editor->toolTip(), refusedKeys > 0 ? u"Criterion 1.2 takes a value from 0 to 2 points."_s : QString());

    press(desk.sheetView(), Qt::Key_Return);
    const ScoreEntry entry = storedEntry(m_province.path, m_province.openPeriod, u"DS"_s, u"1.2"_s);
    if (message.isEmpty()) {
        QVERIFY(Messages::takeShown().isEmpty());
        QCOMPARE(entry.appraised, Fixed::parse(typed));
        return;
    }
    // Nothing but what was typed is ever saved: the commit is refused with the range, and the file is unchanged.
    const QStringList shown = waitForMessages();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains(message), qPrintable(shown.first()));
    QCOMPARE(entry, ScoreEntry());
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestScoreSheetModel::keyboardMoves_data()
{
    QTest::addColumn<QString>("fromCode");
    QTest::addColumn<int>("fromColumn");
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("toCode");
    QTest::addColumn<int>("toColumn");
    const int tab = Qt::Key_Tab, backtab = Qt::Key_Backtab, enter = Qt::Key_Return;
    const int crit = M::CriterionColumn, self = M::SelfColumn, appr = M::AppraisedColumn, note = M::NoteColumn;
    QTest::newRow("tab self > appraised") << u"1.1"_s << self << tab << u"1.1"_s << appr;
    QTest::newRow("tab appraised > note") << u"1.1"_s << appr << tab << u"1.1"_s << note;
    QTest::newRow("tab note > next appraised") << u"1.1"_s << note << tab << u"1.2"_s << appr;
    QTest::newRow("tab from the title") << u"1.1"_s << crit << tab << u"1.1"_s << self;
    QTest::newRow("tab from an area") << u"1"_s << crit << tab << u"1.1"_s << appr;
    QTest::newRow("tab over a group") << u"1.3"_s << note << tab << u"2.1"_s << appr;
    QTest::newRow("tab into a nested leaf") << u"2.1"_s << note << tab << u"2.2.1"_s << appr;
    QTest::newRow("tab at the end stays") << u"3.1"_s << note << tab << u"3.1"_s << note;
    QTest::newRow("backtab appraised > self") << u"1.2"_s << appr << backtab << u"1.2"_s << self;
    QTest::newRow("backtab self > previous note") << u"1.2"_s << self << backtab << u"1.1"_s << note;
    QTest::newRow("backtab from points") << u"1.1"_s << int(M::PointsColumn) << backtab << u"1.1"_s << note;
    QTest::newRow("enter goes down") << u"1.1"_s << appr << enter << u"1.2"_s << appr;
    QTest::newRow("enter keeps the column") << u"1.1"_s << self << enter << u"1.2"_s << self;
    QTest::newRow("enter over groups") << u"1.3"_s << appr << enter << u"2.1"_s << appr;
    QTest::newRow("enter out of a nested group") << u"2.2.2"_s << note << enter << u"2.3"_s << note;
}

void TestScoreSheetModel::keyboardMoves()
{
    QFETCH(QString, fromCode);
    QFETCH(int, fromColumn);
    QFETCH(int, key);
    QFETCH(QString, toCode);
    QFETCH(int, toColumn);
    Desk desk(m_doc.get());
    desk.goTo(fromCode, fromColumn);
    press(desk.sheetView(), Qt::Key(key));
    QCOMPARE(desk.currentCode(), toCode);
    QCOMPARE(desk.currentColumn(), toColumn);
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestScoreSheetModel::tabTypesARow()
{
    Desk desk(m_doc.get());
    ScoreSheetView *view = desk.sheetView();
    desk.goTo(u"1.1"_s, M::SelfColumn);
    type(view, u"3"_s);
    press(view, Qt::Key_Tab);
    QVERIFY(view->isEditing()); // Tab opened the next cell for typing
    QCOMPARE(desk.currentColumn(), int(M::AppraisedColumn));
    type(view, u"2,5"_s);
    press(view, Qt::Key_Tab);
    QCOMPARE(desk.currentColumn(), int(M::NoteColumn));
    type(view, u"Kế hoạch ban hành chậm"_s);
    press(view, Qt::Key_Tab);
    QCOMPARE(desk.currentCode(), u"1.2"_s);
    QCOMPARE(desk.currentColumn(), int(M::AppraisedColumn));
    type(view, u"2"_s);
    press(view, Qt::Key_Return);
    QCOMPARE(desk.currentCode(), u"1.3"_s);

    const ScoreEntry entry = storedEntry(m_province.path, m_province.openPeriod, u"DS"_s, u"1.1"_s);
    QCOMPARE(entry.selfValue, fixed("3"));
    QCOMPARE(entry.appraised, fixed("2,5"));
    QCOMPARE(entry.note, u"Kế hoạch ban hành chậm"_s);
    QCOMPARE(stored(u"DS"_s, u"1.2"_s), fixed("2"));
    QCOMPARE(m_doc->undoStack()->count(), 4); // one step per cell
    QVERIFY(desk.summary().contains(u"Total: 4,5 / 100 points"_s));
    QVERIFY(desk.summary().contains(u"Index: 4,50 %"_s));
}

void TestScoreSheetModel::enterSkipsNotApplicable()
{
    ScoreEntry na;
    na.notApplicable = true;
    PARINDEX_CHECK(m_doc->setScore(m_province.openPeriod, u"DS"_s, u"1.2"_s, na));
    Desk desk(m_doc.get());
    desk.goTo(u"1.1"_s, M::AppraisedColumn);
    type(desk.sheetView(), u"4"_s);
    press(desk.sheetView(), Qt::Key_Return);
    QCOMPARE(desk.currentCode(), u"1.3"_s);
    QVERIFY2(desk.summary().contains(u"Total: 4 / 98 points"_s), qPrintable(desk.summary()));
}

void TestScoreSheetModel::spaceTogglesNotApplicable()
{
    Desk desk(m_doc.get());
    desk.goTo(u"2.2.1"_s, M::AppraisedColumn);
    QVERIFY(desk.summary().contains(u"/ 100 points"_s));
    press(desk.sheetView(), Qt::Key_Space);
    QVERIFY(!desk.sheetView()->isEditing()); // Space is not typed into the cell
    QVERIFY(storedEntry(m_province.path, m_province.openPeriod, u"DS"_s, u"2.2.1"_s).notApplicable);
    QVERIFY2(desk.summary().contains(u"Total: 0 / 95 points"_s), qPrintable(desk.summary()));
    QVERIFY(!desk.summary().contains(u"2.2.1"_s)); // no longer missing
    const QModelIndex na = desk.sheet()->indexOfCode(u"2.2.1"_s, M::NotApplicableColumn);
    QCOMPARE(na.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(desk.sheet()->indexOfCode(u"2.2.1"_s, M::PointsColumn).data().toString(), u"N/A"_s);
    QVERIFY(desk.sheet()->indexOfCode(u"2.2"_s, M::PointsColumn).data(Qt::ToolTipRole).toString().contains(u"of 3 "_s));
    QCOMPARE(desk.currentCode(), u"2.2.1"_s); // the cursor stays

    press(desk.sheetView(), Qt::Key_Space);
    QVERIFY(!storedEntry(m_province.path, m_province.openPeriod, u"DS"_s, u"2.2.1"_s).notApplicable);
    QVERIFY(desk.summary().contains(u"Total: 0 / 100 points"_s));
    QCOMPARE(m_doc->undoStack()->count(), 2);
}

void TestScoreSheetModel::deleteClearsACell()
{
    ScoreEntry entry;
    entry.appraised = fixed("9");
    entry.note = u"giữ nguyên"_s;
    PARINDEX_CHECK(m_doc->setScore(m_province.openPeriod, u"DS"_s, u"2.1"_s, entry));
    Desk desk(m_doc.get());
    desk.goTo(u"2.1"_s, M::AppraisedColumn);
    press(desk.sheetView(), Qt::Key_Delete);
    const ScoreEntry after = storedEntry(m_province.path, m_province.openPeriod, u"DS"_s, u"2.1"_s);
    QCOMPARE(after.appraised, std::nullopt);
    QCOMPARE(after.note, u"giữ nguyên"_s);
    QVERIFY(desk.summary().contains(u"2.1"_s)); // missing again
}

void TestScoreSheetModel::undoRestoresPreviousValue()
{
    Desk desk(m_doc.get());
    desk.goTo(u"2.1"_s, M::AppraisedColumn);
    type(desk.sheetView(), u"10"_s);
    press(desk.sheetView(), Qt::Key_Return);
    desk.goTo(u"2.1"_s, M::AppraisedColumn);
    type(desk.sheetView(), u"11,25"_s);
    press(desk.sheetView(), Qt::Key_Return);
    QCOMPARE(stored(u"DS"_s, u"2.1"_s), fixed("11,25"));
    QCOMPARE(m_doc->undoStack()->count(), 2);
    QCOMPARE(m_doc->undoStack()->undoText(), u"score 2.1 of Huyện Đông Sơn"_s); // the unit's name, not its code

    m_doc->undoStack()->undo();
    QCOMPARE(stored(u"DS"_s, u"2.1"_s), fixed("10"));
    QCOMPARE(desk.sheet()->indexOfCode(u"2.1"_s, M::AppraisedColumn).data().toString(), u"10"_s);
    QVERIFY(desk.summary().contains(u"Total: 10 / 100 points"_s));
    m_doc->undoStack()->undo();
    QCOMPARE(stored(u"DS"_s, u"2.1"_s), std::nullopt);
    QCOMPARE(desk.sheet()->indexOfCode(u"2.1"_s, M::PointsColumn).data().toString(), QString());
    m_doc->undoStack()->redo();
    QCOMPARE(stored(u"DS"_s, u"2.1"_s), fixed("10"));
    QCOMPARE(desk.sheet()->indexOfCode(u"2"_s, M::PointsColumn).data().toString(), u"10"_s);
}

void TestScoreSheetModel::summaryListsMissing()
{
    Desk desk(m_doc.get());
    QVERIFY2(
        desk.summary().contains(u"Missing (7): 1.1, 1.2, 1.3, 2.1, 2.2.1, 2.2.2, …"_s), qPrintable(desk.summary()));
    QVERIFY(desk.summary().contains(u"Index: 0,00 %"_s));
    QVERIFY(desk.summary().contains(u"provisional"_s));
    const QList<std::pair<QString, const char *>> values {{u"1.1"_s, "4"}, {u"1.2"_s, "2"}, {u"1.3"_s, "100"},
        {u"2.1"_s, "12"}, {u"2.2.1"_s, "5"}, {u"2.2.2"_s, "3"}, {u"3.1"_s, "62"}};
    for (const auto &[code, value] : values) {
        desk.goTo(code, M::AppraisedColumn);
        type(desk.sheetView(), QString::fromUtf8(value));
        press(desk.sheetView(), Qt::Key_Return);
    }
    QVERIFY2(desk.summary().contains(u"Total: 92 / 100 points · Index: 92,00 % · Excellent · Every applicable "
                                     u"criterion is appraised."_s),
        qPrintable(desk.summary()));

    // Every criterion not applicable (Space on each leaf): no index and no class, never "0,00 %" and "Weak".
    for (const auto &[code, value] : values) {
        desk.goTo(code, M::AppraisedColumn);
        press(desk.sheetView(), Qt::Key_Space);
    }
    desk.goTo(u"2.3"_s, M::AppraisedColumn); // the deduction
    press(desk.sheetView(), Qt::Key_Space);
    QCOMPARE(desk.summary(),
        u"Total: 0 / 0 points · Index: – · Not ranked · Every criterion is not applicable to this unit: it has no "
        u"index "
        "and no rank."_s);
}

void TestScoreSheetModel::ctrlPageDownChangesUnit_data()
{
    QTest::addColumn<bool>("wired"); // whether the main window passes the navigator's changes on
    QTest::newRow("as in the main window") << true;
    QTest::newRow("tab alone") << false;
}

void TestScoreSheetModel::ctrlPageDownChangesUnit()
{
    QFETCH(bool, wired);
    Desk desk(m_doc.get(), wired);
    QCOMPARE(desk.navigator->currentUnit(), u"DS"_s);
    desk.goTo(u"2.2.1"_s, M::AppraisedColumn);

    press(desk.sheetView(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(desk.navigator->currentUnit(), u"HH"_s);
    QCOMPARE(desk.sheet()->unitCode(), u"HH"_s);
    QCOMPARE(desk.currentCode(), u"2.2.1"_s);
    QCOMPARE(desk.currentColumn(), int(M::AppraisedColumn));
    QCOMPARE(desk.window.findChild<QLabel *>(u"scoreUnitTitle"_s)->text(), u"Huyện Hoằng Hóa"_s);

    // An open editor is committed before the unit changes, and the cell stays.
    type(desk.sheetView(), u"4,5"_s);
    press(desk.sheetView(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(stored(u"HH"_s, u"2.2.1"_s), fixed("4,5"));
    QCOMPARE(desk.sheet()->unitCode(), u"NS"_s);
    QCOMPARE(desk.currentCode(), u"2.2.1"_s);
    QCOMPARE(desk.sheet()->indexOfCode(u"2.2.1"_s, M::AppraisedColumn).data().toString(), QString());

    press(desk.sheetView(), Qt::Key_PageDown, Qt::ControlModifier); // the last unit: stays
    QCOMPARE(desk.sheet()->unitCode(), u"NS"_s);
    press(desk.sheetView(), Qt::Key_PageUp, Qt::ControlModifier);
    press(desk.sheetView(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(desk.navigator->currentUnit(), u"DS"_s);
    QCOMPARE(desk.sheet()->unitCode(), u"DS"_s);
    QCOMPARE(desk.currentCode(), u"2.2.1"_s);
}

void TestScoreSheetModel::finalPeriodIsNotEditable()
{
    Desk desk(m_doc.get());
    desk.navigator->selectPeriod(2023, u"HUYEN"_s);
    QCOMPARE(desk.sheet()->periodId(), m_province.finalPeriod);
    QVERIFY(!desk.sheet()->isEditable());
    const QModelIndex cell = desk.sheet()->indexOfCode(u"1.1"_s, M::AppraisedColumn);
    QCOMPARE(cell.data().toString(), u"3,2"_s); // 80 % of 4, from the fixture
    QVERIFY(!(cell.flags() & Qt::ItemIsEditable));
    QVERIFY(!(cell.siblingAtColumn(M::NotApplicableColumn).flags() & Qt::ItemIsUserCheckable));
    QVERIFY(!desk.sheet()->setData(cell, u"1"_s));
    QVERIFY(desk.window.findChild<QLabel *>(u"scoreSheetState"_s)->text().contains(u"final"_s));

    desk.goTo(u"1.1"_s, M::AppraisedColumn);
    type(desk.sheetView(), u"1"_s);
    QVERIFY(!desk.sheetView()->isEditing());
    press(desk.sheetView(), Qt::Key_Space);
    press(desk.sheetView(), Qt::Key_Delete);
    const ScoreEntry entry = storedEntry(m_province.path, m_province.finalPeriod, u"DS"_s, u"1.1"_s);
    QCOMPARE(entry.appraised, fixed("3,2"));
    QVERIFY(!entry.notApplicable);
    QCOMPARE(m_doc->undoStack()->count(), 0);

    // Core refuses as well, whatever a view would let through.
    QVERIFY(!SetScoreCommand::apply(m_doc.get(), m_province.finalPeriod, u"DS"_s, u"1.1"_s, entry, ScoreEntry()));
}

void TestScoreSheetModel::readOnlyFileIsNotEditable()
{
    auto second = DeskDocument::open(m_province.path); // the lock is held: read-only
    QVERIFY(second.ok());
    QVERIFY((*second)->isReadOnly());
    ScoreSheetModel model(second->get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSheet(m_province.openPeriod, u"DS"_s);
    QVERIFY(!model.isEditable());
    QVERIFY(!(model.indexOfCode(u"2.1"_s, M::AppraisedColumn).flags() & Qt::ItemIsEditable));
}

QTEST_MAIN(TestScoreSheetModel)
#include "tst_scoresheetmodel.moc"
