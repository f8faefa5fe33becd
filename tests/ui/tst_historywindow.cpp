// History in the window: every edit a council member makes through the window (units and groups in the units
// dialog, criteria, bands, scores, decision texts, each undone and redone) leaves every final period's ranking and
// decision exactly as published; File › Check the file confirms the file and a printed digest.
#include "checkdialog.h"
#include "commands/setdecisiontextscommand.h"
#include "commands/setscorecommand.h"
#include "criteria/criteriacommands.h"
#include "criteria/unitsdialog.h"
#include "deskdocument.h"
#include "deskfixture.h"
#include "messages.h"

#include "io/formats.h"
#include "render/decision/decisionprint.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMainWindow>

using namespace parindex;
using namespace Qt::StringLiterals;

class TestHistoryWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void everyWindowEditLeavesFinalYearsAlone();
    void checkDialogConfirmsThePaper();

private:
    // The text of the printed decisions of two final periods, read back from the PDF (pdftotext).
    QStringList printed() const;
    // Every final period's ranking (as rank --format json prints it) and its decision's texts and annex.
    QStringList published() const;

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_path;
    std::unique_ptr<DeskDocument> m_doc;
    QMainWindow m_window;
};

void TestHistoryWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Messages::setTestMode(true);
    m_demo = m_dir.filePath(u"demo.parindex"_s);
    QVERIFY(test::createDemo(m_demo));
}

void TestHistoryWindow::init()
{
    m_doc.reset();
    m_path = m_dir.filePath(u"%1.parindex"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_path);
    QVERIFY(test::copyOf(m_demo, m_path));
    auto doc = DeskDocument::open(m_path);
    QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().text()));
    m_doc = std::move(doc).value();
}

QStringList TestHistoryWindow::published() const
{
    QStringList out;
    const QList<Period> periods = *m_doc->periods({});
    for (const Period &p : periods) {
        if (!p.isFinal())
            continue;
        const auto table = m_doc->ranking(p.id);
        out.append(table ? QString::fromUtf8(FileFormats::writeRankingJson(*table)) : table.error().text());
        DecisionRequest request;
        request.year = p.year;
        request.groupCode = p.groupCode;
        const auto decision = m_doc->decision(request);
        if (!decision) {
            out.append(decision.error().text());
            continue;
        }
        out.append(QString::fromUtf8(QJsonDocument(decision->texts.toJson()).toJson()));
        for (const DecisionAnnex &a : decision->annexes)
            out.append(
                a.group.name + u' ' + a.digest + u' ' + QString::fromUtf8(FileFormats::writeRankingJson(a.table)));
    }
    return out;
}

QStringList TestHistoryWindow::printed() const
{
    QStringList out;
    for (const auto &[year, group] : {std::pair {2023, u"HUYEN"_s}, std::pair {2022, u"SO"_s}}) {
        DecisionRequest request;
        request.year = year;
        request.groupCode = group;
        const auto decision = m_doc->decision(request);
        const QString pdf = m_dir.filePath(u"printed.pdf"_s);
        QFile::remove(pdf);
        if (!decision || !DecisionPrint::writePdf(*decision, pdf)) {
            out.append(u"not printed"_s);
            continue;
        }
        QProcess text;
        text.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
        text.waitForFinished(60000);
        out.append(QString::fromUtf8(text.readAllStandardOutput()));
    }
    return out;
}

void TestHistoryWindow::everyWindowEditLeavesFinalYearsAlone()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is needed to read the decisions back");
    const QStringList before = published();
    const QStringList paper = printed();
    QVERIFY(paper.value(0).contains(u"Mã kiểm tra kết quả đã công bố"_s));
    QCOMPARE(before.size(), 27); // nine final periods: ranking, texts, annex
    const auto unchanged = [&](const char *what) {
        const QStringList now = published();
        for (qsizetype i = 0; i < before.size(); ++i)
            QVERIFY2(now.value(i) == before[i], qPrintable(u"after %1: %2"_s.arg(QString::fromLatin1(what)).arg(i)));
    };
    QUndoStack *undo = m_doc->undoStack();

    // Units and groups, through the units dialog.
    UnitsDialog units(m_doc.get(), u"HUYEN"_s, 2024, &m_window);
    QVERIFY(units.renameUnit(u"H03"_s, u"UBND thị xã Đông Giang"_s));
    unchanged("renaming a unit");
    Messages::queueAnswer(Messages::Answer::Yes); // it has values in 2024: asked first
    QVERIFY(units.retireUnit(u"H04"_s, 2024));
    unchanged("retiring a unit");
    QVERIFY(units.renameGroup(u"HUYEN"_s, u"UBND các huyện, thị xã, thành phố"_s));
    unchanged("renaming a group");
    Unit added;
    added.code = u"H99"_s;
    added.name = u"UBND thị xã Bỉm Sơn"_s;
    added.groupCode = u"HUYEN"_s;
    added.sinceYear = 2024;
    QVERIFY(units.addUnit(added));
    unchanged("adding a unit");

    // The open year: criteria, bands, a score, the decision's texts.
    const qint64 open = (*m_doc->period(2024, u"HUYEN"_s))->id;
    const CriteriaTree shownTree = *m_doc->criteria(open);
    QList<Criterion> criteria = shownTree.criteria();
    criteria[1].title += u" (sửa)"_s;
    QVERIFY(ReplaceCriteriaCommand::apply(
        m_doc.get(), open, shownTree, *CriteriaTree::build(criteria), {}, u"title"_s, DroppedValues()));
    unchanged("editing a criterion");
    QVERIFY(SetBandsCommand::apply(m_doc.get(), open, (*m_doc->bands(open)),
        *ClassBands::build({{ClassCode::Excellent, Fixed::fromInt(95)}, {ClassCode::Good, Fixed::fromInt(85)},
            {ClassCode::Fair, Fixed::fromInt(60)}, {ClassCode::Weak, Fixed()}})));
    unchanged("changing the bands");
    const CriteriaTree tree = *m_doc->criteria(open);
    ScoreEntry entry;
    entry.appraised = Fixed();
    const QString leaf = tree.at(tree.leaves().first()).code;
    QVERIFY(SetScoreCommand::apply(
        m_doc.get(), open, u"H01"_s, leaf, (*m_doc->scoreSheet(open, u"H01"_s)).entry(leaf), entry));
    unchanged("entering a score");
    const auto texts = m_doc->decisionTexts(2024, u"HUYEN"_s);
    QVERIFY(texts);
    DecisionTexts edited = *texts;
    edited.subject = u"Về việc công bố Chỉ số cải cách hành chính năm 2024 (dự thảo)"_s;
    QVERIFY(SetDecisionTextsCommand::apply(m_doc.get(), 2024, u"HUYEN"_s, *texts, edited, 0, u"subject"_s));
    unchanged("editing the decision's texts");

    // Every step undone, then redone.
    while (undo->canUndo())
        undo->undo();
    unchanged("undoing everything");
    while (undo->canRedo())
        undo->redo();
    unchanged("redoing everything");

    // A final year refuses them in core, whatever the window would do.
    const qint64 final2023 = (*m_doc->period(2023, u"HUYEN"_s))->id;
    QVERIFY(!SetScoreCommand::apply(
        m_doc.get(), final2023, u"H01"_s, leaf, (*m_doc->scoreSheet(final2023, u"H01"_s)).entry(leaf), entry));
    unchanged("a refused edit of a final year");
    QCOMPARE(printed(), paper);
    QVERIFY(Messages::takeShown().size() >= 1);
}

void TestHistoryWindow::checkDialogConfirmsThePaper()
{
    CheckDialog dialog(m_doc.get(), &m_window);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 60000);
    QVERIFY2(dialog.report().ok(), qPrintable(dialog.report().problems.join(u'\n')));
    const auto kept = m_doc->database().published((*m_doc->period(2023, u"SO"_s))->id);
    QVERIFY(kept && *kept);
    const QString digest = (*kept)->printedDigest();
    QVERIFY(std::any_of(dialog.report().notes.cbegin(), dialog.report().notes.cend(),
        [&](const QString &n) { return n.contains(digest); }));

    // Typed as a person reads it from paper: lower case, without the dash.
    dialog.digestField()->setText(digest.toLower().remove(u'-'));
    QTest::keyClick(dialog.digestField(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 60000);
    QVERIFY2(dialog.report().ok(), qPrintable(dialog.report().problems.join(u'\n')));
    QVERIFY(dialog.report().notes.value(0).contains(u"2023/SO"_s));

    // A digest of another file, against one period: not the paper, and which period published what.
    dialog.digestField()->setText(u"AAAA-AAAA"_s);
    dialog.periodBox()->setCurrentIndex(1);
    dialog.checkDigest();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 60000);
    QVERIFY(!dialog.report().ok());
    QVERIFY(dialog.report().problems.value(0).contains(u"does not match the paper"_s));
    QCOMPARE(dialog.report().notes.size(), 1);
    if (!qEnvironmentVariableIsEmpty("SHOT"))
        dialog.grab().save(qEnvironmentVariable("SHOT"));
}

QTEST_MAIN(TestHistoryWindow)
#include "tst_historywindow.moc"
