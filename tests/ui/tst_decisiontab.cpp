// Drives the Decision tab of the real main window on a copy of the demo: the texts shown are the stored
// ones, an edited field reaches the file at once as one undo step, the preview and the PDF draw the same
// pages, and a final period's texts cannot be changed.
#include "decision/decisionpreview.h"
#include "decision/decisiontab.h"
#include "decisionfill.h"
#include "deskdocument.h"
#include "deskfixture.h"
#include "mainwindow.h"
#include "messages.h"
#include "navigator.h"

#include "demo/demoprovince.h"
#include "ranking/rankingtab.h"
#include "render/decision/decisionprint.h"
#include "render/decision/decisionreadiness.h"
#include "render/decision/decisionsource.h"
#include "storage/database.h"

#include <QtCore/QBuffer>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtGui/QKeyEvent>
#include <QtGui/QPdfWriter>
#include <QtGui/QUndoStack>
#include <QtPrintSupport/QPrintPreviewDialog>
#include <QtPrintSupport/QPrintPreviewWidget>
#include <QtPrintSupport/QPrinter>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QTabWidget>

using namespace parindex;
using namespace parindex::test;
using namespace Qt::StringLiterals;

namespace {
// What a fresh connection to the file reads: proof that the edit is on disk, not only in the window.
DecisionTexts storedTexts(const QString &path, int year, const QString &group = {})
{
    auto db = Database::open(path, Database::Access::ReadOnly);
    if (!db)
        return {};
    const auto texts = DecisionSource::loadTexts(**db, year, group);
    return texts ? *texts : DecisionTexts();
}

QString problemsText(DecisionTab *tab)
{
    auto *label = tab->findChild<QLabel *>(u"decisionProblems"_s);
    return label ? label->text() : QString();
}

std::optional<QString> poppler(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForStarted() || !p.waitForFinished(60000) || p.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

class TestDecisionTab : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void showsTheStoredTexts();
    void anEditIsWrittenAtOnceAndUndone();
    void typingInOneFieldIsOneStep();
    void anotherProgramsFieldIsKept();
    void listsAndArticlesKeepTheirShape();
    void previewAndPdfDrawTheSamePages();
    void restoreDefaultsIsOneStep();
    void annexChartsAddAPage();
    void previewShowsTheLatestTexts();
    void closingWhileThePreviewDraws();
    void printPreviewDialogDrawsTheDecision();
    void printerSheetsFollowTheLayout();
    void finalPeriodIsNotEditable();
    void separateDecisionsShowTheGroups();
    void groupOnlyDecisionNamesItsGroups();
    void problemsAreListedLive();
    void finalisingRefusesAWrongDecision();
    void partlyFinalYearIsADraft();
    void criteriaThatDoNotAddUpAreShown();
    void screenshots();

private:
    QString openDecision(MainWindow &window, const QString &name, int year, const QString &group);
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestDecisionTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Messages::setTestMode(true);
    m_demo = m_dir.filePath(u"demo.parindex"_s);
    QVERIFY(createDemo(m_demo));
}

void TestDecisionTab::init()
{
    Messages::takeShown();
}

QString TestDecisionTab::openDecision(MainWindow &window, const QString &name, int year, const QString &group)
{
    const QString path = m_dir.filePath(name + u".parindex"_s);
    if (!copyOf(m_demo, path))
        qWarning("cannot copy the demo");
    if (!window.openFile(path))
        qWarning("cannot open the copy");
    window.navigator()->selectPeriod(year, group);
    window.show();
    window.tabs()->setCurrentWidget(window.decisionTab());
    if (!QTest::qWaitForWindowExposed(&window))
        qWarning("window not shown");
    return path;
}

void TestDecisionTab::showsTheStoredTexts()
{
    MainWindow window;
    const QString path = openDecision(window, u"show"_s, 2024, u"SO"_s);
    DecisionTab *tab = window.decisionTab();
    QVERIFY(tab->isEditable());
    auto *subject = qobject_cast<QPlainTextEdit *>(tab->editor(u"decisionSubject"_s));
    QVERIFY(subject);
    QCOMPARE(subject->toPlainText(), storedTexts(path, 2024).subject);
    QVERIFY(subject->toPlainText().startsWith(u"Về việc phê duyệt và công bố Chỉ số cải cách hành chính năm 2024"_s));
    auto *issuing = qobject_cast<QLineEdit *>(tab->editor(u"decisionIssuingBody"_s));
    QVERIFY(issuing);
    QCOMPARE(issuing->text(), u"TỈNH MINH HÒA"_s);
}

void TestDecisionTab::anEditIsWrittenAtOnceAndUndone()
{
    MainWindow window;
    const QString path = openDecision(window, u"edit"_s, 2024, u"SO"_s);
    DecisionTab *tab = window.decisionTab();
    auto *signer = qobject_cast<QLineEdit *>(tab->editor(u"decisionSignerName"_s));
    QVERIFY(signer);
    const QString before = signer->text();
    signer->setFocus();
    signer->selectAll();
    typeText(signer, u"Nguyễn Văn Định"_s);
    QTest::keyClick(signer, Qt::Key_Return); // editingFinished: the form accepted it
    QCOMPARE(storedTexts(path, 2024).signature.name, u"Nguyễn Văn Định"_s);
    // Every group of the year carries the decision's texts, written in one step.
    QCOMPARE(storedTexts(path, 2024, u"XA"_s).signature.name, u"Nguyễn Văn Định"_s);
    QUndoStack *undo = window.document()->undoStack();
    QCOMPARE(undo->count(), 1);
    QVERIFY(undo->undoText().contains(u"signer"_s));
    undo->undo();
    QCOMPARE(storedTexts(path, 2024).signature.name, before);
    QCOMPARE(signer->text(), before); // the form follows the file
    undo->redo();
    QCOMPARE(storedTexts(path, 2024).signature.name, u"Nguyễn Văn Định"_s);
    QCOMPARE(signer->text(), u"Nguyễn Văn Định"_s);
}

void TestDecisionTab::typingInOneFieldIsOneStep()
{
    MainWindow window;
    const QString path = openDecision(window, u"typing"_s, 2024, u"SO"_s);
    DecisionTab *tab = window.decisionTab();
    auto *proposal = qobject_cast<QPlainTextEdit *>(tab->editor(u"decisionProposal"_s));
    QVERIFY(proposal);
    proposal->setFocus();
    proposal->moveCursor(QTextCursor::End);
    typeText(proposal, u" và Chánh Thanh tra tỉnh"_s);
    // A pause in typing writes the field without leaving it...
    QTRY_VERIFY(storedTexts(path, 2024).proposal.endsWith(u"và Chánh Thanh tra tỉnh"_s));
    typeText(proposal, u"."_s);
    tab->commitPending(); // ...and what is typed after the pause merges into the same undo step
    QVERIFY(storedTexts(path, 2024).proposal.endsWith(u"Thanh tra tỉnh."_s));
    QCOMPARE(window.document()->undoStack()->count(), 1);
    window.document()->undoStack()->undo();
    QCOMPARE(storedTexts(path, 2024).proposal, DecisionTexts::proposalFor({}, {}));
}

void TestDecisionTab::anotherProgramsFieldIsKept()
{
    MainWindow window;
    const QString path = openDecision(window, u"other"_s, 2024, u"SO"_s);
    DecisionTab *tab = window.decisionTab();
    auto *subject = qobject_cast<QPlainTextEdit *>(tab->editor(u"decisionSubject"_s));
    auto *proposal = qobject_cast<QPlainTextEdit *>(tab->editor(u"decisionProposal"_s));
    QVERIFY(subject && proposal);
    subject->setFocus();
    subject->moveCursor(QTextCursor::End);
    typeText(subject, u" (bổ sung)"_s); // still being typed: not written yet
    const QString typed = subject->toPlainText();

    // Another program (the command line, another window) changes the proposal meanwhile.
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        (*db)->setUserName(u"lananh"_s);
        DecisionTexts theirs = *DecisionSource::loadTexts(**db, 2024, {});
        theirs.proposal = u"Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV."_s;
        QVERIFY(DecisionSource::saveTexts(**db, 2024, {}, theirs));
    }
    window.document()->checkForChanges();
    QCOMPARE(proposal->toPlainText(), u"Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV."_s);
    QCOMPARE(subject->toPlainText(), typed); // what is being typed stays

    // Written onto what the file holds: their proposal is not written back as the form first showed it.
    tab->commitPending();
    QCOMPARE(storedTexts(path, 2024).subject, typed);
    QCOMPARE(storedTexts(path, 2024).proposal, u"Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV."_s);
    // Undo takes back this window's subject only.
    window.document()->undoStack()->undo();
    QVERIFY(!storedTexts(path, 2024).subject.endsWith(u"(bổ sung)"_s));
    QCOMPARE(storedTexts(path, 2024).proposal, u"Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV."_s);

    // The same when the field is written before the window has looked at the file again.
    auto *signer = qobject_cast<QLineEdit *>(tab->editor(u"decisionSignerName"_s));
    signer->setFocus();
    signer->selectAll();
    typeText(signer, u"Lê Thị Hoa"_s);
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        DecisionTexts theirs = *DecisionSource::loadTexts(**db, 2024, {});
        theirs.place = u"Thành phố Minh Hòa"_s;
        QVERIFY(DecisionSource::saveTexts(**db, 2024, {}, theirs));
    }
    tab->commitPending();
    QCOMPARE(storedTexts(path, 2024).signature.name, u"Lê Thị Hoa"_s);
    QCOMPARE(storedTexts(path, 2024).place, u"Thành phố Minh Hòa"_s);
    QVERIFY(Messages::takeShown().isEmpty());
}

void TestDecisionTab::listsAndArticlesKeepTheirShape()
{
    MainWindow window;
    const QString path = openDecision(window, u"lists"_s, 2024, u"SO"_s);
    DecisionTab *tab = window.decisionTab();
    auto *bases = qobject_cast<QPlainTextEdit *>(tab->editor(u"decisionBases"_s));
    auto *articles = qobject_cast<QPlainTextEdit *>(tab->editor(u"decisionArticles"_s));
    QVERIFY(bases && articles);
    const DecisionTexts before = storedTexts(path, 2024);
    bases->setPlainText(bases->toPlainText() + u"\n\n  Căn cứ Quyết định số 12/QĐ-UBND;  \n"_s);
    tab->commitPending();
    QCOMPARE(storedTexts(path, 2024).bases.size(), before.bases.size() + 1); // blank lines dropped, trimmed
    QCOMPARE(storedTexts(path, 2024).bases.last(), u"Căn cứ Quyết định số 12/QĐ-UBND;"_s);
    articles->setPlainText(u"Công bố Chỉ số.\nĐoạn hai của Điều 1.\n\nĐiều hai.\n \nĐiều ba."_s);
    tab->commitPending();
    const QStringList stored = storedTexts(path, 2024).articles;
    QCOMPARE(stored, (QStringList {u"Công bố Chỉ số.\nĐoạn hai của Điều 1."_s, u"Điều hai."_s, u"Điều ba."_s}));
}

void TestDecisionTab::previewAndPdfDrawTheSamePages()
{
    MainWindow window;
    openDecision(window, u"preview"_s, 2024, u"HUYEN"_s);
    DecisionTab *tab = window.decisionTab();
    tab->setWholeYear(false);
    auto *subject = qobject_cast<QPlainTextEdit *>(tab->editor(u"decisionSubject"_s));
    QVERIFY(subject);
    subject->setPlainText(u"Về việc công bố Chỉ số cải cách hành chính năm 2024 của UBND các huyện (bản sửa)"_s);
    tab->commitPending();
    const QString out = m_dir.filePath(u"decision-huyen.pdf"_s);
    Messages::queueFileName(out);
    tab->exportPdfWithDialog();
    QVERIFY2(QFile::exists(out), qPrintable(Messages::takeShown().join(u" | "_s)));
    const auto info = poppler(u"pdfinfo"_s, {out});
    if (!info)
        QSKIP("poppler-utils (pdfinfo, pdftotext) are not installed");
    const auto pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(*info);
    QVERIFY(pages.hasMatch());
    QVERIFY(pages.captured(1).toInt() > 1);
    QTRY_COMPARE(tab->previewPageCount(), pages.captured(1).toInt());
    const auto text = poppler(u"pdftotext"_s, {out, u"-"_s});
    QVERIFY(text);
    QVERIFY(text->simplified().contains(u"của UBND các huyện (bản sửa)"_s));
    QVERIFY(text->contains(u"UBND thị xã Ưng Hòa"_s));
    QVERIFY(!text->contains(u"Sở Tài chính"_s)); // only the group asked for
}

void TestDecisionTab::restoreDefaultsIsOneStep()
{
    MainWindow window;
    const QString path = openDecision(window, u"defaults"_s, 2024, u"SO"_s);
    DecisionTab *tab = window.decisionTab();
    const DecisionTexts original = storedTexts(path, 2024);
    auto *place = qobject_cast<QLineEdit *>(tab->editor(u"decisionPlace"_s));
    auto *symbol = qobject_cast<QLineEdit *>(tab->editor(u"decisionSymbol"_s));
    QVERIFY(place && symbol);
    place->setText(u"Thành phố Minh Hòa"_s);
    emit place->editingFinished();
    symbol->setText(u"QĐ-CT"_s);
    emit symbol->editingFinished();
    QCOMPARE(window.document()->undoStack()->count(), 2);
    Messages::queueAnswer(Messages::Answer::Yes);
    tab->restoreDefaults();
    QCOMPARE(storedTexts(path, 2024), original);
    QCOMPARE(place->text(), original.place);
    QCOMPARE(window.document()->undoStack()->count(), 3);
    window.document()->undoStack()->undo();
    QCOMPARE(storedTexts(path, 2024).symbol, u"QĐ-CT"_s);
}

void TestDecisionTab::annexChartsAddAPage()
{
    MainWindow window;
    const QString path = openDecision(window, u"charts"_s, 2024, u"HUYEN"_s);
    DecisionTab *tab = window.decisionTab();
    tab->setWholeYear(false);
    // The pages of the group's decision as the layout counts them on a PDF: the preview must come to show them.
    const auto pagesOf = [tab] {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        const auto layout = DecisionPrint::render(*tab->document(), &writer);
        return layout ? int(layout->pages().size()) : -1;
    };
    const int pages = pagesOf();
    QVERIFY(pages > 1);
    QTRY_COMPARE(tab->previewPageCount(), pages);
    auto *charts = qobject_cast<QCheckBox *>(tab->editor(u"decisionAnnexCharts"_s));
    QVERIFY(charts && !charts->isChecked());
    charts->click();
    QVERIFY(storedTexts(path, 2024, u"HUYEN"_s).annexCharts);
    QVERIFY(tab->document()->annexes.first().chart.has_value());
    QCOMPARE(pagesOf(), pages + 1); // the ten districts' chart after their table
    QTRY_COMPARE(tab->previewPageCount(), pages + 1);
    window.document()->undoStack()->undo();
    QVERIFY(!charts->isChecked());
    QTRY_COMPARE(tab->previewPageCount(), pages);
}

// The preview is drawn off the GUI thread: what it shows at last is the decision as the form holds it after the
// edit, never the page drawn before it.
void TestDecisionTab::previewShowsTheLatestTexts()
{
    MainWindow window;
    openDecision(window, u"latest"_s, 2024, u"HUYEN"_s);
    DecisionTab *tab = window.decisionTab();
    tab->setWholeYear(false);
    QTRY_VERIFY(tab->previewPageCount() > 0);
    QTRY_VERIFY(!tab->preview()->isDrawing());
    const QImage before = tab->preview()->pageImage(1);
    auto *subject = qobject_cast<QPlainTextEdit *>(tab->editor(u"decisionSubject"_s));
    QVERIFY(subject);
    subject->setPlainText(u"Về việc công bố Chỉ số cải cách hành chính năm 2024 (bản sửa lần thứ hai)"_s);
    tab->commitPending();
    QTRY_COMPARE(tab->previewPageCount(), 0); // being drawn again: the older pages are not counted as shown
    QTRY_VERIFY(tab->previewPageCount() > 0);
    QTRY_VERIFY(!tab->preview()->isDrawing());
    const QImage after = tab->preview()->pageImage(1);
    QVERIFY(after != before);
    const auto layout = DecisionPrint::layOutAsPdf(*tab->document());
    QVERIFY(layout);
    QCOMPARE(tab->previewPageCount(), int(layout->pages().size()));
    QCOMPARE(after, DecisionPrint::pageImage(*layout, 0, after.width()).convertToFormat(after.format()));
}

// The window closes while the preview's worker draws: it is stopped and waited for (no thread outlives the tab).
void TestDecisionTab::closingWhileThePreviewDraws()
{
    for (const bool closeFile : {true, false}) {
        auto window = std::make_unique<MainWindow>();
        openDecision(*window, u"closing%1"_s.arg(closeFile), 2024, u"XA"_s);
        DecisionTab *tab = window->decisionTab();
        QTRY_VERIFY(tab->preview());
        tab->preview()->draw(*tab->document());
        QVERIFY(tab->preview()->isDrawing());
        if (closeFile)
            window->closeFile();
        window.reset();
        QTest::qWait(50);
    }
}

void TestDecisionTab::printPreviewDialogDrawsTheDecision()
{
    MainWindow window;
    openDecision(window, u"printpreview"_s, 2024, u"HUYEN"_s);
    DecisionTab *tab = window.decisionTab();
    tab->setWholeYear(false);
    int shownPages = -1;
    QTimer::singleShot(0, &window, [&] {
        // The modal dialog is open: read what it drew, then close it.
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QPrintPreviewDialog *>(w)) {
                if (auto *preview = dialog->findChild<QPrintPreviewWidget *>())
                    shownPages = preview->pageCount();
                dialog->reject();
            }
        }
    });
    tab->printPreview();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    const auto layout = DecisionPrint::render(*tab->document(), &writer);
    QVERIFY(layout);
    QCOMPARE(shownPages, int(layout->pages().size()));
}

// Printing goes through the same function on a QPrinter: every page is there, each sheet turned as its page of the
// layout is (a printer that refuses to turn, as the preview does, gets the page drawn turned on the sheet).
void TestDecisionTab::printerSheetsFollowTheLayout()
{
    MainWindow window;
    openDecision(window, u"printer"_s, 2024, u"HUYEN"_s);
    DecisionTab *tab = window.decisionTab();
    tab->setWholeYear(false);
    const QString out = m_dir.filePath(u"printed.pdf"_s);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(out);
    const auto layout = DecisionPrint::render(*tab->document(), &printer);
    QVERIFY(layout);
    const auto info = poppler(u"pdfinfo"_s, {u"-f"_s, u"1"_s, u"-l"_s, u"99"_s, out});
    if (!info)
        QSKIP("poppler-utils (pdfinfo, pdftotext) are not installed");
    QStringList sheets; // "P" or "L" per page, as pdfinfo rounds A4: 595 x 842 pt
    static const QRegularExpression size(u"Page\\s+\\d+ size:\\s+(\\d+)(\\.\\d+)? x (\\d+)"_s);
    for (auto it = size.globalMatch(*info); it.hasNext();) {
        const auto m = it.next();
        sheets.append(m.captured(1).toInt() < m.captured(3).toInt() ? u"P"_s : u"L"_s);
    }
    QStringList expected;
    for (const DecisionPage &p : layout->pages())
        expected.append(p.orientation == QPageLayout::Portrait ? u"P"_s : u"L"_s);
    QVERIFY(expected.contains(u"L"_s)); // the district annex needs the width
    QCOMPARE(sheets, expected);
    const auto text = poppler(u"pdftotext"_s, {out, u"-"_s});
    QVERIFY(text && text->contains(u"UBND thị xã Ưng Hòa"_s));
}

void TestDecisionTab::finalPeriodIsNotEditable()
{
    MainWindow window;
    const QString path = openDecision(window, u"final"_s, 2023, u"HUYEN"_s);
    DecisionTab *tab = window.decisionTab();
    tab->setWholeYear(false);
    QVERIFY(!tab->isEditable());
    QVERIFY(!tab->editor(u"decisionSubject"_s)->isEnabled());
    auto *state = tab->findChild<QLabel *>(u"decisionState"_s);
    QVERIFY(state && state->text().contains(u"Issued"_s));
    const auto doc = tab->document();
    QVERIFY(doc);
    QVERIFY(!doc->draft);
    QVERIFY(!doc->number.isEmpty()); // the stored decision number prints
    // Core refuses too, whatever a window does.
    DecisionTexts changed = storedTexts(path, 2023, u"HUYEN"_s);
    changed.subject = u"sửa sau khi ban hành"_s;
    QVERIFY(!window.document()->setDecisionTexts(2023, u"HUYEN"_s, changed).ok());
    QVERIFY(storedTexts(path, 2023, u"HUYEN"_s).subject != u"sửa sau khi ban hành"_s);
}

// The demo's groups of 2023 were finalised by separate decisions: the whole year cannot be one document, so the tab
// shows the navigator's group's decision and says why, instead of an empty preview.
void TestDecisionTab::separateDecisionsShowTheGroups()
{
    MainWindow window;
    openDecision(window, u"separate"_s, 2023, u"XA"_s);
    DecisionTab *tab = window.decisionTab();
    tab->setWholeYear(true);
    auto *scope = tab->findChild<QComboBox *>(u"decisionScope"_s);
    QVERIFY(scope);
    QCOMPARE(scope->currentIndex(), 1);
    const auto doc = tab->document();
    QVERIFY(doc);
    QCOMPARE(doc->annexes.size(), 1);
    QCOMPARE(doc->annexes.first().group.code, u"XA"_s);
    auto *state = tab->findChild<QLabel *>(u"decisionState"_s);
    // The group by its name, not its code.
    QVERIFY(state && state->text().contains(u"separate decisions"_s) && state->text().contains(u"UBND cấp xã"_s));
    QVERIFY(!state->text().contains(u"XA"_s));
    QVERIFY(!state->text().contains(u"--group"_s)); // no command-line words in the window
}

// Texts written for the whole year are stored in every period of it: the decision of one group still names only that
// group, cites only its annexes and addresses only its heads (issue #14: HUYEN printed the subject of every group and
// cited Phụ lục I to IV).
void TestDecisionTab::groupOnlyDecisionNamesItsGroups()
{
    MainWindow window;
    const QString path = openDecision(window, u"group-only"_s, 2024, u"HUYEN"_s);
    DecisionTab *tab = window.decisionTab();
    tab->setWholeYear(true);
    auto *signer = qobject_cast<QLineEdit *>(tab->editor(u"decisionSignerName"_s));
    QVERIFY(signer && tab->isEditable());
    signer->setFocus();
    typeText(signer, u"Lê Thị Hà"_s);
    tab->commitPending(); // written, as the whole year's texts, into every period of 2024
    QCOMPARE(storedTexts(path, 2024, u"HUYEN"_s).signature.name, u"Lê Thị Hà"_s);
    const auto year = tab->document();
    QVERIFY(year);
    QCOMPARE(year->annexes.size(), 3);
    QVERIFY(year->texts.articles.first().contains(u"Phụ lục I, Phụ lục II và Phụ lục III kèm theo"_s));

    tab->setWholeYear(false);
    const auto group = tab->document();
    QVERIFY(group);
    QCOMPARE(group->annexes.size(), 1);
    QCOMPARE(group->texts.subject,
        u"Về việc phê duyệt và công bố Chỉ số cải cách hành chính năm 2024 của UBND các huyện, thị xã, thành phố"_s);
    QCOMPARE(group->texts.articles.first(),
        u"Phê duyệt và công bố Chỉ số cải cách hành chính năm 2024 của UBND các huyện, thị xã, thành phố (chi tiết "
        "tại Phụ lục I kèm theo Quyết định này).\nPhương pháp xác định, xếp hạng và xếp loại Chỉ số cải cách hành "
        "chính được quy định tại Phụ lục II kèm theo Quyết định này."_s);
    QVERIFY(group->texts.articles.last().contains(u"Chủ tịch UBND các huyện, thị xã, thành phố và"_s));
    QVERIFY(!group->texts.articles.last().contains(u"sở, ban, ngành"_s));
    QCOMPARE(group->texts.signature.name, u"Lê Thị Hà"_s); // the council's own words stay
    // The form shows the same texts as the preview draws.
    auto *subject = qobject_cast<QPlainTextEdit *>(tab->editor(u"decisionSubject"_s));
    QCOMPARE(subject->toPlainText(), group->texts.subject);
    for (const QString &label : {u"Phụ lục III"_s, u"Phụ lục IV"_s})
        QVERIFY(!group->texts.articles.join(u' ').contains(label));
}

// The list of what would make the decision wrong follows each edit.
void TestDecisionTab::problemsAreListedLive()
{
    MainWindow window;
    openDecision(window, u"problems"_s, 2024, u"HUYEN"_s);
    DecisionTab *tab = window.decisionTab();
    tab->setWholeYear(false);
    QVERIFY(tab->problems().contains(u"Signer's name is empty."_s));
    QVERIFY(problemsText(tab).contains(u"Signer"_s));
    QVERIFY(std::any_of(tab->problems().cbegin(), tab->problems().cend(),
        [](const QString &p) { return p.startsWith(u"Legal bases, line 4 still holds a blank"_s); }));
    QVERIFY(std::any_of(tab->problems().cbegin(), tab->problems().cend(),
        [](const QString &p) { return p.startsWith(u"Proposal still holds a blank"_s); }));
    // The number and date come with finalising: the tab does not ask for them.
    QVERIFY(!tab->problems().join(u' ').contains(u"number is missing"_s));

    auto *signer = qobject_cast<QLineEdit *>(tab->editor(u"decisionSignerName"_s));
    signer->setFocus();
    typeText(signer, u"Nguyễn Văn Thắng"_s);
    tab->commitPending();
    QTRY_VERIFY(!tab->problems().contains(u"Signer's name is empty."_s));
    auto *number = qobject_cast<QLineEdit *>(tab->editor(u"decisionSubmissionNumber"_s));
    auto *date = qobject_cast<QLineEdit *>(tab->editor(u"decisionSubmissionDate"_s));
    QVERIFY(number && date);
    number->setFocus();
    typeText(number, u"45"_s);
    date->setFocus(); // leaving the number writes it
    typeText(date, u"20/01/2025"_s);
    tab->commitPending();
    auto *proposal = qobject_cast<QPlainTextEdit *>(tab->editor(u"decisionProposal"_s));
    QCOMPARE(proposal->toPlainText(),
        u"Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 20 tháng 01 năm 2025."_s);
    QTRY_VERIFY(!tab->problems().join(u' ').contains(u"Proposal"_s));
    // A date that is not one is refused, and said.
    date->setFocus();
    date->selectAll();
    typeText(date, u"31/02/2025"_s);
    tab->commitPending();
    QVERIFY(Messages::takeShown().join(u' ').contains(u"is not a date"_s));
    QCOMPARE(date->text(), u"20/01/2025"_s);
    // Only the criteria decision of the bases is left.
    QTRY_COMPARE(tab->problems().size(), 1);
}

// Period > Finalise lists what would make the decision wrong and refuses until it is corrected.
void TestDecisionTab::finalisingRefusesAWrongDecision()
{
    MainWindow window;
    openDecision(window, u"refuse"_s, 2024, u"HUYEN"_s);
    Messages::takeShown();
    QVERIFY(!window.finalizeCurrentPeriod(u"12/QĐ-UBND"_s, QDate(2025, 2, 3)));
    QVERIFY(!window.navigator()->currentPeriod()->isFinal());
    const QString shown = Messages::takeShown().join(u'\n');
    QVERIFY2(shown.contains(u"Signer's name is empty."_s), qPrintable(shown));
    QVERIFY(shown.contains(u"Legal bases, line 4 still holds a blank"_s));
    QVERIFY(shown.contains(u"Proposal still holds a blank"_s));

    QVERIFY(fillDecisionTexts(window.document(), 2024, u"HUYEN"_s));
    Messages::queueAnswer(Messages::Answer::Yes);
    QVERIFY(window.finalizeCurrentPeriod(u"12/QĐ-UBND"_s, QDate(2025, 2, 3)));
    QVERIFY(window.navigator()->currentPeriod()->isFinal());

    // The communes of 2024 hold a unit still being appraised: named, by its name.
    window.navigator()->selectPeriod(2024, u"XA"_s);
    QVERIFY(fillDecisionTexts(window.document(), 2024, u"XA"_s));
    Messages::takeShown();
    QVERIFY(!window.finalizeCurrentPeriod(u"13/QĐ-UBND"_s, QDate(2025, 2, 3)));
    const QString communes = Messages::takeShown().join(u'\n');
    QVERIFY2(communes.contains(u"Group UBND cấp xã: "_s) && communes.contains(u"lacks the appraised score"_s),
        qPrintable(communes));
}

// A decision of several groups is final when all of them are: until then a draft, and the tab says which are open.
void TestDecisionTab::partlyFinalYearIsADraft()
{
    MainWindow window;
    openDecision(window, u"partly"_s, 2024, u"HUYEN"_s);
    QVERIFY(fillDecisionTexts(window.document(), 2024, QString()));
    Messages::queueAnswer(Messages::Answer::Yes);
    QVERIFY(window.finalizeCurrentPeriod(u"12/QĐ-UBND"_s, QDate(2025, 2, 3)));
    DecisionTab *tab = window.decisionTab();
    tab->setWholeYear(true);
    const auto year = tab->document();
    QVERIFY(year);
    QVERIFY(year->draft);
    QVERIFY(year->number.isEmpty());
    auto *state = tab->findChild<QLabel *>(u"decisionState"_s);
    QVERIFY2(state->text().contains(u"Still open: Sở, ban, ngành cấp tỉnh; UBND cấp xã."_s), qPrintable(state->text()));
    QVERIFY(state->text().contains(u"Final: UBND cấp huyện: decision 12/QĐ-UBND"_s));
    QVERIFY(!tab->isEditable()); // the district texts are locked with their period
    QVERIFY(!tab->problems().isEmpty()); // a draft lists what still stands in the way (a commune still appraised)

    // The group's own decision is issued: its number prints, nothing is listed.
    tab->setWholeYear(false);
    const auto group = tab->document();
    QVERIFY(group && !group->draft);
    QCOMPARE(group->number, u"12/QĐ-UBND"_s);
    QVERIFY(state->text().contains(u"Issued"_s));
    QVERIFY(tab->problems().isEmpty());
    QVERIFY(!tab->findChild<QWidget *>(u"decisionProblemsArea"_s)->isVisible());

    // Every group final with the same decision: the year's decision is final too.
    for (const QString &code : {u"SO"_s, u"XA"_s}) {
        const qint64 id = (*window.document()->period(2024, code))->id;
        QVERIFY(window.document()->setPeriodStatus(id, PeriodStatus::Final, u"12/QĐ-UBND"_s, QDate(2025, 2, 3)).ok());
    }
    tab->setWholeYear(true);
    const auto all = tab->document();
    QVERIFY(all && !all->draft);
    QCOMPARE(all->number, u"12/QĐ-UBND"_s);
    QVERIFY(state->text().contains(u"Issued"_s));
}

// Criteria of 101 points: said over the ranking, in the Decision tab's list and on the printed draft.
void TestDecisionTab::criteriaThatDoNotAddUpAreShown()
{
    MainWindow window;
    const QString path = openDecision(window, u"sums"_s, 2024, u"HUYEN"_s);
    const qint64 id = window.navigator()->currentPeriod()->id;
    const CriteriaTree tree = *window.document()->criteria(id);
    QList<Criterion> list;
    for (qsizetype i = 0; i < tree.size(); ++i)
        list.append(tree.at(i));
    list[0].maxPoints = list[0].maxPoints + Fixed::fromInt(1);
    const auto wrong = CriteriaTree::build(list);
    QVERIFY(wrong);
    QVERIFY(window.document()->replaceCriteria(id, *wrong).ok());

    window.tabs()->setCurrentWidget(window.rankingTab());
    auto *banner = window.rankingTab()->findChild<QLabel *>(u"rankingCriteriaWarning"_s);
    QVERIFY(banner);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"The areas add up to 101 points, not 100."_s), qPrintable(banner->text()));

    window.tabs()->setCurrentWidget(window.decisionTab());
    DecisionTab *tab = window.decisionTab();
    tab->setWholeYear(false);
    QTRY_VERIFY(
        tab->problems().contains(u"Group UBND cấp huyện, criteria: The areas add up to 101 points, not 100."_s));

    const QString pdf = m_dir.filePath(u"sums.pdf"_s);
    QVERIFY(tab->exportPdf(pdf).ok());
    const auto text = poppler(u"pdftotext"_s, {pdf, u"-"_s});
    if (!text)
        QSKIP("pdftotext (poppler-utils) is not installed");
    QVERIFY2(
        text->simplified().contains(u"Lưu ý: điểm tối đa của bộ tiêu chí chưa khớp (các lĩnh vực cộng lại 101 điểm"_s),
        qPrintable(*text));

    // Put right, the banner goes.
    QVERIFY(window.document()->replaceCriteria(id, tree).ok());
    window.tabs()->setCurrentWidget(window.rankingTab());
    QTRY_VERIFY(!banner->isVisible());
    Q_UNUSED(path);
}

// The decision of one group and of the whole year, as pictures for docs/screenshots (PARINDEX_SCREENSHOTS=folder).
void TestDecisionTab::screenshots()
{
    const QString folder = qEnvironmentVariable("PARINDEX_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("PARINDEX_SCREENSHOTS is not set");
    MainWindow window;
    openDecision(window, u"shots"_s, 2024, u"HUYEN"_s);
    window.resize(1400, 900);
    DecisionTab *tab = window.decisionTab();
    tab->setWholeYear(false);
    QTest::qWait(800);
    window.grab().save(folder + u"/decision-tab-problems.png"_s);
    QVERIFY(tab->exportPdf(folder + u"/decision-group.pdf"_s).ok());
    tab->setWholeYear(true);
    QVERIFY(tab->exportPdf(folder + u"/decision-all.pdf"_s).ok());
}

QTEST_MAIN(TestDecisionTab)
#include "tst_decisiontab.moc"
