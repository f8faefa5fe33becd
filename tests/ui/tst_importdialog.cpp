// The import dialog, driven as a person does: type the file's path, pick the sheet with the keyboard, map a
// column, click Import; then the database is checked, and Undo takes the whole import back in one step. A
// workbook with bad cells lists every problem and imports nothing; Cancel stops a long read and leaves the
// file as it was; the survey's answer counts arrive as points. Both models run under QAbstractItemModelTester.
// With PARINDEX_SCREENSHOTS=DIR, the dialog with a preview and problems is saved in Vietnamese to DIR.
#include "../io/iofixture.h"

#include "../common/childlog.h"
#include "deskdocument.h"
#include "import/exportdialog.h"
#include "import/importdialog.h"
#include "import/sheetpreviewmodel.h"
#include "io/xlsx/tablefile.h"
#include "storage/database.h"

#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTranslator>
#include <QtGui/QBrush>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>

using namespace parindex;
using namespace parindex::iotest;
using namespace Qt::StringLiterals;

namespace {
const QString dataDir = QStringLiteral(PARINDEX_SOURCE_DIR "/tests/io/data");

// The period of the io fixture (HUYEN 2023: the sample tree, DS, HH and TX), HH's 1.1.1 already appraised.
QString makeProvince(const QString &path)
{
    auto db = Database::create(path);
    if (!db)
        qFatal("%s", qPrintable(db.error().text()));
    must((*db)->saveGroup({u"HUYEN"_s, u"UBND cấp huyện"_s, 1}));
    must((*db)->importUnits(sampleUnits()));
    const auto period = (*db)->addPeriod(2023, u"HUYEN"_s);
    must((*db)->replaceCriteria(period->id, sampleTree()));
    must((*db)->setScore(period->id, u"HH"_s, u"1.1.1"_s, entry("0.5", "2")));
    return path;
}

void typePath(ImportDialog &dialog, const QString &path)
{
    auto *edit = dialog.findChild<QLineEdit *>(u"importPath"_s);
    QSignalSpy finished(&dialog, &ImportDialog::readingFinished);
    edit->clear();
    QTest::keyClicks(edit, path);
    QTest::keyClick(edit, Qt::Key_Return);
    if (finished.isEmpty())
        QVERIFY(finished.wait(20000));
}

QPushButton *importButton(ImportDialog &dialog)
{
    return dialog.findChild<QPushButton *>(u"importButton"_s);
}
} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void workbookFromLibreOffice();
    void badWorkbookListsEveryProblem();
    void columnMapping();
    void cancelLeavesNothing();
    void theOpenDatabaseIsNotRead();
    void surveyCounts();
    void saysHowManyStoredValuesItChanges();
    void exportDialogWritesWorkbook();
    void screenshot();

private:
    std::unique_ptr<DeskDocument> openDocument();
    qint64 periodId() const { return (*m_document->period(2023, u"HUYEN"_s))->id; }
    std::unique_ptr<ImportDialog> dialog(ColumnMapping::Kind kind = ColumnMapping::Kind::Scores);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DeskDocument> m_document;
    std::unique_ptr<QAbstractItemModelTester> m_previewTester;
    std::unique_ptr<QAbstractItemModelTester> m_mappingTester;
    QTranslator m_translator;
};

void TestImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!qEnvironmentVariableIsEmpty("PARINDEX_SCREENSHOTS")) {
        QVERIFY(m_translator.load(u":/i18n/parindex_vi"_s));
        QCoreApplication::installTranslator(&m_translator);
    }
}

void TestImportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto doc = DeskDocument::open(makeProvince(m_dir->filePath(u"province.parindex"_s)));
    QVERIFY2(doc, qPrintable(doc.error().text()));
    m_document = std::move(doc).value();
}

void TestImportDialog::cleanup()
{
    m_previewTester.reset();
    m_mappingTester.reset();
    m_document.reset();
    m_dir.reset();
}

std::unique_ptr<ImportDialog> TestImportDialog::dialog(ColumnMapping::Kind kind)
{
    auto d = std::make_unique<ImportDialog>(m_document.get(), periodId(), kind);
    m_previewTester = std::make_unique<QAbstractItemModelTester>(
        d->previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_mappingTester = std::make_unique<QAbstractItemModelTester>(
        d->mappingModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    d->show();
    return d;
}

void TestImportDialog::workbookFromLibreOffice()
{
    const QHash<QString, ScoreSheet> before = *m_document->scoreSheets(periodId());
    auto d = dialog();
    typePath(*d, dataDir + u"/scores-libreoffice.xlsx"_s);
    // The first sheet holds notes: no unit_code column, nothing to import.
    QVERIFY(!importButton(*d)->isEnabled());
    QVERIFY(!d->problems().isEmpty());
    auto *sheet = d->findChild<QComboBox *>(u"importSheet"_s);
    QCOMPARE(sheet->count(), 2);
    QCOMPARE(sheet->currentText(), u"Ghi chú"_s);
    QSignalSpy finished(d.get(), &ImportDialog::readingFinished);
    sheet->setFocus();
    QTest::keyClick(sheet, Qt::Key_Down);
    QVERIFY(finished.wait(20000) || !finished.isEmpty());
    QCOMPARE(sheet->currentText(), u"Điểm"_s);

    // The preview: the rows under the sheet's letters, with the row numbers the spreadsheet shows.
    SheetPreviewModel *preview = d->previewModel();
    QCOMPARE(preview->rowCount(), 7);
    QCOMPARE(preview->columnCount(), 5);
    QCOMPARE(preview->headerData(3, Qt::Horizontal).toString(), u"D · appraised"_s);
    QCOMPARE(preview->headerData(3, Qt::Vertical).toInt(), 6);
    QCOMPARE(preview->index(2, 4).data().toString(), u"2024-01-15"_s);
    QCOMPARE(d->mappingModel()->targets(),
        QStringList({u"unit_code"_s, u"criterion_code"_s, u"self"_s, u"appraised"_s, u"note"_s}));
    QVERIFY2(d->problems().isEmpty(), qPrintable(d->problems().join(u'\n')));
    QCOMPARE(d->valueCount(), 7);
    QVERIFY(importButton(*d)->isEnabled());

    QTest::mouseClick(importButton(*d), Qt::LeftButton);
    QCOMPARE(d->result(), int(QDialog::Accepted));
    QHash<QString, ScoreSheet> expected;
    expected[u"DS"_s] = {u"DS"_s,
        {{u"1.1.1"_s, entry("1.5", "2", false, u"Đủ hồ sơ kiểm chứng"_s)}, {u"1.1.2"_s, entry("85.5", "90")},
            {u"1.2"_s, entry("5.25", "6", false, u"2024-01-15"_s)}}};
    // HH's 1.1.1 had self 2: the file gives appraised 1 only, so self stays.
    expected[u"HH"_s]
        = {u"HH"_s, {{u"1.1.1"_s, entry("1", "2")}, {u"1.3"_s, entry("0.5", nullptr, false, u"Chậm 2 báo cáo"_s)}}};
    expected[u"TX"_s]
        = {u"TX"_s, {{u"1.2"_s, entry(nullptr, nullptr, true, u"Đủ hồ sơ kiểm chứng"_s)}, {u"2"_s, entry("72")}}};
    QCOMPARE((*m_document->scoreSheets(periodId())), expected);
    // What the file holds, read back from the file on disk by another connection.
    const auto other = Database::open(m_document->path(), Database::Access::ReadOnly);
    QVERIFY(other);
    QCOMPARE(*(*other)->scoreSheets(periodId()), expected);

    // One undo step takes the whole import back, also the cells it created; redo writes it again.
    QUndoStack *undo = m_document->undoStack();
    QCOMPARE(undo->count(), 1);
    undo->undo();
    QCOMPARE((*m_document->scoreSheets(periodId())), before);
    undo->redo();
    QCOMPARE((*m_document->scoreSheets(periodId())), expected);
}

void TestImportDialog::badWorkbookListsEveryProblem()
{
    const auto sheetsBefore = *m_document->scoreSheets(periodId());
    const qsizetype auditBefore = m_document->database().auditLog()->size();
    auto d = dialog();
    typePath(*d, dataDir + u"/scores-bad-libreoffice.xlsx"_s);
    const QString f = u"scores-bad-libreoffice.xlsx, sheet Điểm, "_s;
    const QStringList expected = {
        f + u"cell D2 (appraised): \"1,5x\" – expected a number from 0 to 2 (criterion 1.1.1 of Đông Sơn)."_s,
        f + u"cell D3 (appraised): \"7\" – expected a number from 0 to 6 (criterion 1.2 of Đông Sơn)."_s,
        f + u"cell A4 (unit_code): \"XX\" – expected the code of a unit that takes part in this period."_s,
        f
            + u"cell B5 (criterion_code): \"1.1\" – expected a leaf criterion: 1.1 is a group, its values go to its "
              "sub-criteria."_s,
        f + u"cell C6 (self): \"120\" – expected a rate in percent from 0 to 100 (criterion 1.1.2 of Hoằng Hóa)."_s,
        f + u"cell D6 (appraised): \"-1\" – expected a rate in percent from 0 to 100 (criterion 1.1.2 of Hoằng Hóa)."_s,
    };
    QCOMPARE(d->problems(), expected);
    auto *list = d->findChild<QListWidget *>(u"importProblems"_s);
    QCOMPARE(list->count(), 6);
    QCOMPARE(list->item(4)->text(), expected[4]);
    QCOMPARE(d->findChild<QLabel *>(u"importStatus"_s)->text(),
        u"scores-bad-libreoffice.xlsx: 6 problems; nothing was imported."_s);
    QVERIFY(!importButton(*d)->isEnabled());
    // The preview marks the bad cells (D2 is row 0, column 3) and shows their problem; A2 is fine.
    const QModelIndex d2 = d->previewModel()->index(0, 3);
    QVERIFY(d2.data(Qt::BackgroundRole).canConvert<QBrush>());
    QCOMPARE(d2.data(Qt::ToolTipRole).toString(), expected[0]);
    QVERIFY(!d->previewModel()->index(0, 0).data(Qt::BackgroundRole).isValid());
    QCOMPARE(d->previewModel()->index(4, 2).data(Qt::ToolTipRole).toString(), expected[4]);
    // Clicking the disabled button does nothing; closing leaves the file as it was.
    QTest::mouseClick(importButton(*d), Qt::LeftButton);
    QTest::mouseClick(d->findChild<QPushButton *>(u"closeButton"_s), Qt::LeftButton);
    QCOMPARE(d->result(), int(QDialog::Rejected));
    QCOMPARE((*m_document->scoreSheets(periodId())), sheetsBefore);
    QCOMPARE(m_document->database().auditLog()->size(), auditBefore);
    QCOMPARE(m_document->undoStack()->count(), 0);
}

// HH's 1.1.1 holds 0,5 already: a file that gives it 1 says so before Import, and one that gives it 0,5 again does not.
void TestImportDialog::saysHowManyStoredValuesItChanges()
{
    const QString path = m_dir->filePath(u"overwrite.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("unit_code,criterion_code,self,appraised,note\nHH,1.1.1,2,1,\nDS,1.2,,5.5,\n");
    file.close();
    auto d = dialog();
    typePath(*d, path);
    QCOMPARE(d->findChild<QLabel *>(u"importStatus"_s)->text(),
        u"No problems: Import writes 2 values for 2 units, as one step that Undo takes back. 1 of them change a value "
        "already stored."_s);

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("unit_code,criterion_code,self,appraised,note\nHH,1.1.1,2,0.5,\nDS,1.2,,5.5,\n");
    file.close();
    typePath(*d, path);
    QCOMPARE(d->findChild<QLabel *>(u"importStatus"_s)->text(),
        u"No problems: Import writes 2 values for 2 units, as one step that Undo takes back."_s);
}

void TestImportDialog::columnMapping()
{
    // A council's own headers: the unit and criterion columns are recognised, "Điểm TĐ" is not.
    const QString path = m_dir->filePath(u"diem.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("M\xc3\xa3 \xc4\x91\xc6\xa1n v\xe1\xbb\x8b,M\xc3\xa3 ti\xc3\xaau ch\xc3\xad,"
               "Ghi ch\xc3\xba,\xc4\x90i\xe1\xbb\x83m T\xc4\x90\n"
               "DS,1.2,,5.5\nTX,1.1.1,x,9\n");
    file.close();
    auto d = dialog();
    typePath(*d, path);
    ColumnMappingModel *mapping = d->mappingModel();
    QCOMPARE(mapping->targets(), QStringList({u"unit_code"_s, u"criterion_code"_s, u"note"_s, QString()}));
    QCOMPARE(d->problems(),
        QStringList({u"diem.csv, line 1, column appraised – expected a column self or appraised, or both (this file "
                     "has unit_code,criterion_code,note)."_s}));

    // "Điểm TĐ" holds the appraised values: chosen in the view's combo of that row.
    auto *view = d->findChild<QTableView *>(u"importMapping"_s);
    const QModelIndex target = mapping->index(3, ColumnMappingModel::Target);
    // Moving onto the cell opens its editor (the view edits on every trigger, so the keyboard reaches it).
    view->setCurrentIndex(target);
    auto *editor = view->findChild<QComboBox *>();
    QVERIFY(editor);
    editor->setCurrentIndex(editor->findData(u"appraised"_s));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits the editor's value through the event loop.
    QTRY_COMPARE(mapping->targets().value(3), u"appraised"_s);
    QCOMPARE(d->problems(),
        QStringList(
            {u"diem.csv, line 3, column appraised: \"9\" – expected a number from 0 to 2 (criterion 1.1.1 of Thọ Xuân)."_s}));
    QVERIFY(!importButton(*d)->isEnabled());

    // A target belongs to one column: mapping the note column as appraised leaves D out; then both are fine.
    QVERIFY(mapping->setData(mapping->index(2, ColumnMappingModel::Target), u"appraised"_s));
    QCOMPARE(mapping->targets(), QStringList({u"unit_code"_s, u"criterion_code"_s, u"appraised"_s, QString()}));
    QCOMPARE(d->problems(),
        QStringList(
            {u"diem.csv, line 3, column appraised: \"x\" – expected a number from 0 to 2 (criterion 1.1.1 of Thọ Xuân)."_s}));
    QVERIFY(!mapping->setData(mapping->index(2, ColumnMappingModel::Target), u"no such target"_s));
    QVERIFY(mapping->setData(mapping->index(2, ColumnMappingModel::Target), QString()));
    QVERIFY(mapping->setData(mapping->index(3, ColumnMappingModel::Target), u"appraised"_s));
    QVERIFY(mapping->setData(mapping->index(0, ColumnMappingModel::Target), u"unit_code"_s));
    // Row 3 (TX 1.1.1 = 9) is still out of range: fix the file, read it again.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("M\xc3\xa3 \xc4\x91\xc6\xa1n v\xe1\xbb\x8b,M\xc3\xa3 ti\xc3\xaau ch\xc3\xad,"
               "Ghi ch\xc3\xba,\xc4\x90i\xe1\xbb\x83m T\xc4\x90\nDS,1.2,,5.5\nTX,1.1.1,x,1.75\n");
    file.close();
    typePath(*d, path);
    QVERIFY(mapping->setData(mapping->index(3, ColumnMappingModel::Target), u"appraised"_s));
    QVERIFY2(d->problems().isEmpty(), qPrintable(d->problems().join(u'\n')));
    // A column that is not imported is named beside the count, so that nothing is dropped unseen.
    QVERIFY(mapping->setData(mapping->index(2, ColumnMappingModel::Target), QString()));
    QCOMPARE(d->findChild<QLabel *>(u"importStatus"_s)->text(),
        u"No problems: Import writes 2 values for 2 units, as one step that Undo takes back. Not imported: column 3 "
        "(Ghi chú)."_s);
    QVERIFY(mapping->setData(mapping->index(2, ColumnMappingModel::Target), u"note"_s));
    QCOMPARE(d->findChild<QLabel *>(u"importStatus"_s)->text(),
        u"No problems: Import writes 2 values for 2 units, as one step that Undo takes back."_s);
    QTest::mouseClick(importButton(*d), Qt::LeftButton);
    const auto sheets = *m_document->scoreSheets(periodId());
    QCOMPARE(sheets.value(u"DS"_s).entry(u"1.2"_s), entry("5.5"));
    QCOMPARE(sheets.value(u"TX"_s).entry(u"1.1.1"_s), entry("1.75", nullptr, false, u"x"_s));
}

void TestImportDialog::cancelLeavesNothing()
{
    // A workbook of 60,000 rows takes long enough to read for a progress bar and a Cancel.
    SheetData big {u"Điểm"_s, {u"unit_code"_s, u"criterion_code"_s, u"appraised"_s}, {}, {}};
    for (int i = 0; i < 20000; ++i) {
        for (const QString &unit : {u"DS"_s, u"HH"_s, u"TX"_s})
            big.rows.append({SheetCell::textCell(unit), SheetCell::textCell(u"1.2"_s),
                SheetCell::numberCell(Fixed::fromInt(i % 7))});
    }
    const QString path = m_dir->filePath(u"big.xlsx"_s);
    must(TableFile::write(path, {big}));
    const auto before = *m_document->scoreSheets(periodId());

    auto d = dialog();
    auto *edit = d->findChild<QLineEdit *>(u"importPath"_s);
    QTest::keyClicks(edit, path);
    QSignalSpy finished(d.get(), &ImportDialog::readingFinished);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(d->isReading());
    QVERIFY(d->findChild<QProgressBar *>(u"importProgress"_s)->isVisible());
    auto *cancel = d->findChild<QPushButton *>(u"cancelReading"_s);
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY(!d->isReading());
    QCOMPARE(d->findChild<QLabel *>(u"importStatus"_s)->text(), u"Reading was cancelled; nothing was imported."_s);
    QVERIFY(!d->findChild<QProgressBar *>(u"importProgress"_s)->isVisible());
    QCOMPARE(d->previewModel()->rowCount(), 0);
    QVERIFY(!importButton(*d)->isEnabled());
    QCOMPARE((*m_document->scoreSheets(periodId())), before);
    QCOMPARE(m_document->undoStack()->count(), 0);

    // Read to the end, the same file imports (duplicates are refused: one row per unit and criterion).
    typePath(*d, path);
    QCOMPARE(d->previewModel()->rowCount(), SheetPreviewModel::PreviewRows);
    QCOMPARE(d->problems().size(), 59997);
    QVERIFY(d->problems().first().startsWith(u"big.xlsx, sheet Điểm, cell B5 (criterion_code): \"1.2\" – expected one "
                                             "row per unit and criterion; line 2 has unit DS"_s));
}

// Choosing the open database itself (its filter allows any file) or its log: refused before a byte is read, so the
// window keeps its locks on the file.
void TestImportDialog::theOpenDatabaseIsNotRead()
{
    const int locks = test::locksHeldOn(m_document->path());
    for (const QString &suffix : {QString(), u"-wal"_s}) {
        auto d = dialog();
        typePath(*d, m_document->path() + suffix);
        QCOMPARE(d->valueCount(), 0);
        QVERIFY2(d->problems().value(0).contains(u"own file"_s), qPrintable(d->problems().join(u'\n')));
    }
    QCOMPARE(test::locksHeldOn(m_document->path()), locks);
}

void TestImportDialog::surveyCounts()
{
    const QString path = m_dir->filePath(u"khao-sat.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("unit_code,criterion_code,a,b,c,d,e\nDS,2,30,10,5,3,2\nHH,2,1,1,1,0,0\n");
    file.close();
    auto d = dialog(ColumnMapping::Kind::Survey);
    typePath(*d, path);
    QVERIFY2(d->problems().isEmpty(), qPrintable(d->problems().join(u'\n')));
    QTest::mouseClick(importButton(*d), Qt::LeftButton);
    // 90 x (100x30 + 60x10 + 20x5) / (100 x 50) = 66.6; 90 x 180 / 300 = 54.
    const auto sheets = *m_document->scoreSheets(periodId());
    QCOMPARE(sheets.value(u"DS"_s).entry(u"2"_s), entry("66.6"));
    QCOMPARE(sheets.value(u"HH"_s).entry(u"2"_s).appraised, Fixed::parse(u"54"));
}

void TestImportDialog::exportDialogWritesWorkbook()
{
    ExportDialog d(m_document.get(), periodId(), u"HH"_s);
    d.show();
    auto *what = d.findChild<QComboBox *>(u"exportWhat"_s);
    auto *unit = d.findChild<QComboBox *>(u"exportUnit"_s);
    QVERIFY(!unit->isEnabled());
    what->setCurrentIndex(what->count() - 1);
    QVERIFY(unit->isEnabled());
    QCOMPARE(unit->currentData().toString(), u"HH"_s);
    const QString path = m_dir->filePath(u"mau-HH.xlsx"_s);
    QTest::keyClicks(d.findChild<QLineEdit *>(u"exportPath"_s), path);
    QTest::mouseClick(d.findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    const auto table = TableFile::read(path);
    QVERIFY(table);
    QCOMPARE(table->rows.first().toList().mid(0, 6),
        QStringList({u"HH"_s, u"1.1.1"_s, u"Ban hành kế hoạch"_s, u"score"_s, u"2"_s, u"2"_s}));
}

void TestImportDialog::screenshot()
{
    const QString dir = qEnvironmentVariable("PARINDEX_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("PARINDEX_SCREENSHOTS is not set");
    auto d = dialog();
    typePath(*d, dataDir + u"/scores-bad-libreoffice.xlsx"_s);
    QCOMPARE(d->problems().size(), 6);
    QCoreApplication::processEvents();
    QVERIFY(d->grab().save(dir + u"/import-dialog-vi.png"_s));
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
