// Evidence documents (tài liệu kiểm chứng) through the real main window: the score sheet's action counts the current
// cell's documents and opens their dialog; documents attached (a bad one refused with its reason, the others kept),
// saved as a copy byte for byte, taken away, each step undone and redone; shown read-only in a final year. With
// PARINDEX_SHOTS=DIR, the dialog is saved as DIR/evidence-dialog-LANG.png.
#include "deskdocument.h"
#include "mainwindow.h"
#include "messages.h"
#include "navigator.h"
#include "scores/evidencedialog.h"
#include "scores/scoreinput.h"
#include "scores/scoresheetmodel.h"
#include "scores/scorestab.h"
#include "scores/scoreviews.h"

#include "demo/demoprovince.h"
#include "desk/whatifformats.h"
#include "desk/whatifsource.h"

#include <QtCore/QDir>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTranslator>
#include <QtGui/QAction>
#include <QtTest/QTest>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTreeWidget>

using namespace parindex;
using namespace Qt::StringLiterals;
using M = ScoreSheetModel;

class TestEvidenceWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void attachSaveRemoveUndo();
    void finalYearIsReadOnly();
    void correctionImpactBeforeAChange();
    void screenshot(); // last: in Vietnamese

private:
    // The copy open on SO `year`, unit SNV's sheet, on criterion `code`.
    bool openSheet(MainWindow &window, const QString &name, int year, const QString &code);
    QString writeFile(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestEvidenceWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Messages::setTestMode(true);
    m_demo = m_dir.filePath(u"demo.parindex"_s);
    auto db = Database::create(m_demo);
    QVERIFY2(db.ok(), qPrintable(db.error().text()));
    const Status filled = DemoProvince::fill(**db);
    QVERIFY2(filled.ok(), qPrintable(filled.error().text()));
}

QString TestEvidenceWindow::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

bool TestEvidenceWindow::openSheet(MainWindow &window, const QString &name, int year, const QString &code)
{
    const QString path = m_dir.filePath(name);
    {
        auto db = Database::open(m_demo, Database::Access::ReadOnly);
        if (!db || !(*db)->backupTo(path))
            return false;
    }
    if (!window.openFile(path))
        return false;
    window.navigator()->selectPeriod(year, u"SO"_s);
    window.navigator()->setCurrentUnit(u"SNV"_s);
    window.tabs()->setCurrentWidget(window.scoresTab());
    ScoresTab *tab = window.scoresTab();
    tab->setPage(ScoresTab::Page::Sheet);
    tab->sheetView()->setCurrentIndex(tab->sheetModel()->indexOfCode(code, M::SelfColumn));
    return tab->sheetModel()->unitCode() == u"SNV" && tab->sheetView()->currentIndex().isValid();
}

void TestEvidenceWindow::attachSaveRemoveUndo()
{
    MainWindow window;
    window.resize(1100, 700);
    QVERIFY(openSheet(window, u"attach.parindex"_s, 2024, u"1.1.1"_s));
    ScoresTab *tab = window.scoresTab();
    DeskDocument *doc = window.document();
    const qint64 period = tab->sheetModel()->periodId();
    // The demo's plan is attached to 1.1.1: the action counts it.
    QVERIFY2(tab->evidenceAction()->text().contains(u"(1)"_s), qPrintable(tab->evidenceAction()->text()));
    std::unique_ptr<EvidenceDialog> dialog(tab->makeEvidenceDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->count(), 1);
    const int steps = doc->undoStack()->count();

    // Two files at once: the PDF is attached, the executable refused with its reason, nothing else changes.
    const QByteArray pdf = "%PDF-1.4\n% Quyết định phê duyệt\n%%EOF\n";
    const QString good = writeFile(u"Quyết định 12.pdf"_s, pdf);
    const QString bad = writeFile(u"setup.exe"_s, "MZ\x90\0");
    Messages::takeShown();
    dialog->attach({good, bad});
    QCOMPARE(dialog->count(), 2);
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    const QStringList shown = Messages::takeShown();
    QVERIFY2(shown.join(u'\n').contains(u"setup.exe is not a kind of document"_s), qPrintable(shown.join(u'\n')));
    QVERIFY2(tab->evidenceAction()->text().contains(u"(2)"_s), qPrintable(tab->evidenceAction()->text()));
    auto *list = dialog->findChild<QTreeWidget *>(u"evidenceList"_s);
    QCOMPARE(list->topLevelItem(1)->text(0), u"Quyết định 12.pdf"_s);
    QCOMPARE(list->topLevelItem(1)->text(1), u"PDF"_s);

    // A copy, byte for byte; never onto the open file.
    list->setCurrentItem(list->topLevelItem(1));
    const QString copy = m_dir.filePath(u"copy.pdf"_s);
    QVERIFY(dialog->saveCurrent(copy));
    QFile saved(copy);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), pdf);
    QVERIFY(!dialog->saveCurrent(doc->path()));
    QVERIFY2(Messages::takeShown().join(u'\n').contains(u"own file"_s), "the open file was not refused");

    // Taken away (asked first), then undone and redone: the same id, the same bytes.
    const auto before = doc->evidence(period, u"SNV"_s);
    QCOMPARE(before->size(), 3); // 1.1.1: plan and the new PDF; 1.1.2: the report
    Messages::queueAnswer(Messages::Answer::Yes);
    dialog->removeCurrent();
    QCOMPARE(dialog->count(), 1);
    QCOMPARE(doc->undoStack()->count(), steps + 2);
    doc->undoStack()->undo();
    QCOMPARE(dialog->count(), 2);
    QCOMPARE(*doc->evidence(period, u"SNV"_s), *before);
    doc->undoStack()->undo(); // the attachment
    QCOMPARE(dialog->count(), 1);
    doc->undoStack()->redo();
    QCOMPARE(dialog->count(), 2);
    const auto again = doc->evidence(period, u"SNV"_s);
    QCOMPARE(again->size(), 3);
    qint64 id = 0;
    for (const Evidence &e : *again)
        id = e.name == u"Quyết định 12.pdf" ? e.id : id;
    QCOMPARE(*doc->evidenceContent(period, id), pdf);
    auto reread = Database::open(doc->path(), Database::Access::ReadOnly);
    QVERIFY(reread && (*reread)->check().ok());
}

void TestEvidenceWindow::finalYearIsReadOnly()
{
    MainWindow window;
    QVERIFY(openSheet(window, u"final.parindex"_s, 2023, u"1.1.2"_s));
    std::unique_ptr<EvidenceDialog> dialog(window.scoresTab()->makeEvidenceDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->count(), 1); // the 2023 report stays readable
    QVERIFY(!dialog->findChild<QPushButton *>(u"attachEvidenceButton"_s)->isEnabled());
    QVERIFY(!dialog->findChild<QPushButton *>(u"removeEvidenceButton"_s)->isEnabled());
    QVERIFY(dialog->findChild<QPushButton *>(u"saveEvidenceButton"_s)->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(u"evidenceHint"_s)->text().contains(u"final"_s));
    const int steps = window.document()->undoStack()->count();
    dialog->attach({writeFile(u"late.pdf"_s, "%PDF-1.4\n")});
    QCOMPARE(dialog->count(), 1);
    QCOMPARE(window.document()->undoStack()->count(), steps);
}

// Scores › Impact of a correction (Ctrl+Shift+I): on a final period, before it is reopened, which units' rank or class
// a corrected appraised value would change; the value it has changes nothing; the same as core reads from the file;
// nothing in the file changes.
void TestEvidenceWindow::correctionImpactBeforeAChange()
{
    MainWindow window;
    QVERIFY(openSheet(window, u"impact.parindex"_s, 2023, u"1.1.2"_s));
    ScoresTab *tab = window.scoresTab();
    DeskDocument *doc = window.document();
    QVERIFY(tab->impactAction()->isEnabled());
    const QVariant raw = tab->sheetModel()->indexOfCode(u"1.1.2"_s, M::AppraisedColumn).data(M::RawRole);
    QVERIFY(raw.canConvert<Fixed>());
    const QString now = ScoreInput::editText(raw.value<Fixed>(), QLocale());

    const auto same = tab->correctionImpact(now);
    QVERIFY2(same.ok(), qPrintable(same.error().text()));
    QVERIFY(same->changedRows().isEmpty());
    QCOMPARE(same->correctedRow()->scenario.index, same->correctedRow()->real.index);

    const auto zero = tab->correctionImpact(u"0"_s);
    QVERIFY2(zero.ok(), qPrintable(zero.error().text()));
    const auto core = WhatIfSource::impact(doc->database(), 2023, u"SO"_s, {u"SNV"_s, u"1.1.2"_s, Fixed()});
    QVERIFY(core.ok());
    QCOMPARE(WhatIfFormats::impactText(*zero, QLocale()), WhatIfFormats::impactText(*core, QLocale()));
    if (raw.value<Fixed>() > Fixed())
        QVERIFY(zero->correctedRow()->scenario.index < zero->correctedRow()->real.index);
    QVERIFY(tab->correctionImpact(u"na"_s).ok());
    const auto bad = tab->correctionImpact(u"abc"_s);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().text().contains(u"1.1.2"_s), qPrintable(bad.error().text()));

    // Through the action: it asks for the value and shows the impact; the file is as it was.
    const int steps = doc->undoStack()->count();
    Messages::takeShown();
    Messages::queueText(u"0"_s);
    tab->impactAction()->trigger();
    const QStringList shown = Messages::takeShown();
    QVERIFY2(shown.join(u'\n').contains(WhatIfFormats::impactText(*core, QLocale()).left(40)),
        qPrintable(shown.join(u'\n')));
    QCOMPARE(doc->undoStack()->count(), steps);
    QCOMPARE(tab->sheetModel()->indexOfCode(u"1.1.2"_s, M::AppraisedColumn).data(M::RawRole), raw);
    QVERIFY((*doc->period(2023, u"SO"_s))->isFinal());
}

void TestEvidenceWindow::screenshot()
{
    const QString shots = qEnvironmentVariable("PARINDEX_SHOTS");
    if (shots.isEmpty())
        QSKIP("PARINDEX_SHOTS names no folder");
    static QTranslator translator;
    MainWindow::applyLanguage(u"vi"_s, &translator);
    MainWindow window;
    window.resize(1100, 700);
    QVERIFY(openSheet(window, u"shot.parindex"_s, 2024, u"1.1.1"_s));
    ScoresTab *tab = window.scoresTab();
    QVERIFY(tab->evidenceAction()->isEnabled());
    std::unique_ptr<EvidenceDialog> dialog(tab->makeEvidenceDialog());
    dialog->attach({writeFile(u"Quyết định số 12-QĐ-UBND phê duyệt kế hoạch cải cách hành chính.pdf"_s,
        "%PDF-1.4\n" + QByteArray(180000, 'x'))});
    dialog->resize(820, 320);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QVERIFY(dialog->grab().save(QDir(shots).filePath(u"evidence-dialog-vi.png"_s)));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.grab().save(QDir(shots).filePath(u"evidence-sheet-vi.png"_s)));
}

QTEST_MAIN(TestEvidenceWindow)
#include "tst_evidencewindow.moc"
