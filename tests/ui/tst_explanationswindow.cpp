// Explanations (giải trình) through the real main window: recorded on the current cell of the score sheet, shown
// beside the council's note and marked until the council decides them, each step undone and redone; refused on a
// final period; and the notices of appraisal results written from the Ranking tab's dialog.
#include "datebox.h"
#include "deskdocument.h"
#include "mainwindow.h"
#include "messages.h"
#include "navigator.h"
#include "ranking/noticedialog.h"
#include "ranking/rankingtab.h"
#include "scores/explanationactions.h"
#include "scores/scoresheetmodel.h"
#include "scores/scorestab.h"
#include "scores/scoreviews.h"

#include "demo/demoprovince.h"

#include <QtCore/QDir>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtGui/QAction>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QTest>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QRadioButton>

using namespace parindex;
using namespace Qt::StringLiterals;
using M = ScoreSheetModel;

class TestExplanationsWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void recordDecideUndo();
    void finalPeriodRefuses();
    void noticesFromTheRankingTab();

private:
    QString freshCopy(const QString &name);
    // Opens the copy on the period, the first unit's sheet, its first leaf's appraised cell; returns that leaf's code.
    QString openSheet(MainWindow &window, const QString &name, int year);
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestExplanationsWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Messages::setTestMode(true);
    m_demo = m_dir.filePath(u"demo.parindex"_s);
    auto db = Database::create(m_demo);
    QVERIFY2(db.ok(), qPrintable(db.error().text()));
    const Status filled = DemoProvince::fill(**db);
    QVERIFY2(filled.ok(), qPrintable(filled.error().text()));
}

QString TestExplanationsWindow::freshCopy(const QString &name)
{
    const QString path = m_dir.filePath(name);
    auto db = Database::open(m_demo, Database::Access::ReadOnly);
    if (!db || !(*db)->backupTo(path))
        qWarning("cannot copy the demo");
    return path;
}

QString TestExplanationsWindow::openSheet(MainWindow &window, const QString &name, int year)
{
    if (!window.openFile(freshCopy(name)))
        return {};
    window.navigator()->selectPeriod(year, u"HUYEN"_s);
    const auto period = window.navigator()->currentPeriod();
    if (!period)
        return {};
    const auto units = window.document()->periodUnits(period->id);
    if (!units || units->isEmpty())
        return {};
    window.navigator()->setCurrentUnit(units->first().code);
    window.tabs()->setCurrentWidget(window.scoresTab());
    ScoresTab *tab = window.scoresTab();
    tab->setPage(ScoresTab::Page::Sheet);
    M *model = tab->sheetModel();
    const QString code = model->tree().at(model->tree().leaves().first()).code;
    tab->sheetView()->setCurrentIndex(model->indexOfCode(code, M::AppraisedColumn));
    return code;
}

void TestExplanationsWindow::recordDecideUndo()
{
    MainWindow window;
    const QString code = openSheet(window, u"record.parindex"_s, 2024);
    QVERIFY(!code.isEmpty());
    const auto period = window.navigator()->currentPeriod();
    QVERIFY(!period->isFinal());
    M *model = window.scoresTab()->sheetModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ExplanationActions *actions = window.scoresTab()->explanationActions();
    DeskDocument *doc = window.document();
    const QString unit = model->unitCode();
    const auto cell = [&](int column) { return model->indexOfCode(code, column); };
    QVERIFY(actions->recordAction()->isEnabled());
    QVERIFY(!actions->decideAction()->isEnabled());
    QVERIFY(!cell(M::NoteColumn).data(M::UnderExplanationRole).toBool());
    const int steps = doc->undoStack()->count();

    // Recorded: in the file at once, shown beside the note, the cell marked, one undo step.
    QVERIFY(actions->record(u"Đã ban hành Kế hoạch số 12/KH-UBND"_s, QDate(2025, 3, 5)));
    QCOMPARE(doc->explanations(period->id, unit)->size(), 1);
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QVERIFY2(cell(M::ExplanationColumn).data().toString().contains(u"Kế hoạch số 12/KH-UBND"_s),
        qPrintable(cell(M::ExplanationColumn).data().toString()));
    QVERIFY(cell(M::AppraisedColumn).data(M::UnderExplanationRole).toBool());
    QCOMPARE(cell(M::NoteColumn).data(Qt::BackgroundRole).value<QColor>(), M::underExplanationColor());
    QVERIFY(cell(M::NoteColumn).data(Qt::ToolTipRole).toString().contains(u"Under explanation"_s));
    QVERIFY(actions->decideAction()->isEnabled());
    // Beside the note on screen, after a period change too (the model resets).
    const QHeaderView *header = window.scoresTab()->sheetView()->header();
    QCOMPARE(header->visualIndex(M::ExplanationColumn), header->visualIndex(M::NoteColumn) + 1);
    // For the documentation: PARINDEX_SCREENSHOTS=folder keeps a picture of the marked sheet.
    if (const QString shots = qEnvironmentVariable("PARINDEX_SCREENSHOTS"); !shots.isEmpty()) {
        window.resize(1400, 800);
        window.show();
        window.scoresTab()->sheetView()->expandAll();
        QTest::qWait(50);
        QVERIFY(window.grab().save(QDir(shots).filePath(u"notice-explanation-sheet.png"_s)));
    }

    // Undone: gone from the file and the sheet; redone: back with the same id.
    const qint64 id = doc->explanations(period->id, unit)->first().id;
    doc->undoStack()->undo();
    QCOMPARE(doc->explanations(period->id, unit)->size(), 0);
    QVERIFY(!cell(M::NoteColumn).data(M::UnderExplanationRole).toBool());
    QVERIFY(cell(M::ExplanationColumn).data().toString().isEmpty());
    doc->undoStack()->redo();
    QCOMPARE(doc->explanations(period->id, unit)->first().id, id);
    QVERIFY(cell(M::NoteColumn).data(M::UnderExplanationRole).toBool());

    // Decided: the mark goes, the explanation stays (history), one more step; undone, the mark is back.
    QVERIFY(actions->decide(QDate(2025, 3, 10), u"Giữ nguyên điểm"_s));
    QCOMPARE(doc->undoStack()->count(), steps + 2);
    QVERIFY(!cell(M::NoteColumn).data(M::UnderExplanationRole).toBool());
    QVERIFY(cell(M::NoteColumn).data(Qt::BackgroundRole).value<QColor>() != M::underExplanationColor());
    QCOMPARE(doc->explanations(period->id, unit)->size(), 1);
    QCOMPARE(doc->explanations(period->id, unit)->first().decided, QDate(2025, 3, 10));
    QVERIFY(cell(M::ExplanationColumn).data(Qt::ToolTipRole).toString().contains(u"Giữ nguyên điểm"_s));
    QVERIFY(!actions->decideAction()->isEnabled());
    doc->undoStack()->undo();
    QVERIFY(cell(M::NoteColumn).data(M::UnderExplanationRole).toBool());
    QVERIFY(!doc->explanations(period->id, unit)->first().decided.isValid());
    doc->undoStack()->redo();
    QVERIFY(!cell(M::NoteColumn).data(M::UnderExplanationRole).toBool());

    // The audit log has one row per action.
    QStringList actionsLogged;
    const auto log = doc->database().auditLog(5);
    QVERIFY(log.ok());
    for (const AuditEntry &e : *log)
        actionsLogged.append(e.action);
    QVERIFY2(actionsLogged.startsWith(u"explanation.decide"_s), qPrintable(actionsLogged.join(u", "_s)));
    QVERIFY(actionsLogged.contains(u"explanation.add"_s));
}

void TestExplanationsWindow::finalPeriodRefuses()
{
    MainWindow window;
    const QString code = openSheet(window, u"final.parindex"_s, 2023);
    QVERIFY(!code.isEmpty());
    const auto period = window.navigator()->currentPeriod();
    if (!period->isFinal())
        QSKIP("the demo's 2023 period of HUYEN is not final");
    Messages::takeShown();
    const int steps = window.document()->undoStack()->count();
    QVERIFY(!window.scoresTab()->explanationActions()->record(u"x"_s, QDate(2024, 3, 5)));
    QCOMPARE(window.document()->explanations(period->id)->size(), 0);
    QCOMPARE(window.document()->undoStack()->count(), steps);
}

void TestExplanationsWindow::noticesFromTheRankingTab()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is needed to read the notices back");
    MainWindow window;
    QVERIFY(!openSheet(window, u"notices.parindex"_s, 2024).isEmpty());
    window.tabs()->setCurrentWidget(window.rankingTab());
    const auto period = window.navigator()->currentPeriod();
    const auto units = *window.document()->periodUnits(period->id);

    // One unit, one file.
    NoticeDialog *dialog = window.rankingTab()->makeNoticeDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->groupBox()->currentData().toString(), u"HUYEN"_s);
    QCOMPARE(dialog->unitBox()->count(), units.size() + 1); // all, then each unit
    dialog->unitBox()->setCurrentIndex(dialog->unitBox()->findData(units.first().code));
    dialog->dateBox()->setText(u"01/03/2025"_s);
    dialog->deadlineBox()->setText(u"16/03/2025"_s);
    const QString pdf = m_dir.filePath(u"one.pdf"_s);
    dialog->targetEdit()->setText(pdf);
    dialog->accept();
    QCOMPARE(dialog->written(), QStringList {pdf});
    QProcess text;
    text.start(u"pdftotext"_s, {pdf, u"-"_s});
    QVERIFY(text.waitForFinished(60000));
    const QString read = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    QVERIFY2(read.contains(units.first().name), qPrintable(read));
    QVERIFY2(read.contains(u"trước ngày 16 tháng 3 năm 2025"_s), qPrintable(read));
    dialog->close();

    // Every unit, one PDF each into a folder.
    dialog = window.rankingTab()->makeNoticeDialog();
    dialog->perUnitButton()->setChecked(true);
    const QString folder = m_dir.filePath(u"notices"_s);
    QVERIFY(QDir().mkpath(folder));
    dialog->targetEdit()->setText(folder);
    dialog->accept();
    QCOMPARE(dialog->written().size(), units.size());
    QCOMPARE(QDir(folder).entryList({u"*.pdf"_s}, QDir::Files).size(), units.size());
    dialog->close();

    // A deadline that is no date is refused in the dialog, naming the field; nothing is written.
    dialog = window.rankingTab()->makeNoticeDialog();
    dialog->deadlineBox()->setText(u"16/13/2025"_s);
    const QString refused = m_dir.filePath(u"refused.pdf"_s);
    dialog->targetEdit()->setText(refused);
    dialog->accept();
    QVERIFY(dialog->isVisible() || dialog->written().isEmpty());
    QVERIFY(!QFile::exists(refused));
    dialog->close();
}

QTEST_MAIN(TestExplanationsWindow)
#include "tst_explanationswindow.moc"
