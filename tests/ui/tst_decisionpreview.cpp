// The Decision tab's preview: pages laid out and drawn on a worker thread, the same pages as the PDF.
#include "../render/decision/decisionfixture.h"

#include "decision/decisionpreview.h"
#include "render/decision/decisionprint.h"

#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QProgressBar>

using namespace Qt::StringLiterals;
using namespace parindex;
using namespace parindex::fixtures;

namespace {
// A province's decision with an annex of `communeCount` communes (about 40 a page).
DecisionDocument decisionOf(int communeCount)
{
    DecisionAnnex annex = annexOf(u"XA"_s, u"UBND cấp xã"_s, {});
    annex.table.ranked = communes(communeCount);
    DecisionDocument doc = finalDecision({districts(), annex});
    doc.texts.signature.name = u"Nguyễn Văn %1"_s.arg(communeCount);
    return doc;
}

int pdfPages(const DecisionDocument &doc, const QString &path)
{
    if (!DecisionPrint::writePdf(doc, path))
        return -1;
    const auto info = poppler(u"pdfinfo"_s, {path});
    if (!info)
        return 0;
    const auto pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(*info);
    return pages.hasMatch() ? pages.captured(1).toInt() : -1;
}
} // namespace

class TestDecisionPreview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void pagesArriveWithoutBlocking();
    void pagesAreThePrintedPages();
    void newerRequestSupersedes();
    void destroyedWhileDrawing();
    void pageKeysGoFromPageToPage();
};

void TestDecisionPreview::pagesArriveWithoutBlocking()
{
    DecisionPreview preview;
    preview.resize(600, 800);
    preview.show();
    QSignalSpy drawn(&preview, &DecisionPreview::drawn);
    preview.draw(decisionOf(400));
    // draw() returns at once: nothing is laid out on the caller's thread.
    QVERIFY(preview.isDrawing());
    QCOMPARE(preview.pageCount(), 0);
    QVERIFY(preview.findChild<QProgressBar *>(u"decisionPreviewProgress"_s)->isVisible());
    QVERIFY(drawn.wait(30000));
    QVERIFY(preview.pageCount() > 5);
    QCOMPARE(preview.drawnPages(), preview.pageCount());
    QCOMPARE(drawn.count(), 1);
    QCOMPARE(drawn.first().first().toInt(), preview.pageCount());
    QVERIFY(!preview.isDrawing());
    QVERIFY(!preview.findChild<QProgressBar *>(u"decisionPreviewProgress"_s)->isVisible());
}

void TestDecisionPreview::pagesAreThePrintedPages()
{
    QTemporaryDir dir;
    const DecisionDocument doc = decisionOf(150);
    const int printed = pdfPages(doc, dir.filePath(u"decision.pdf"_s));
    QVERIFY(printed != -1);
    if (printed == 0)
        QSKIP("poppler-utils (pdfinfo) are not installed");
    DecisionPreview preview;
    preview.resize(600, 800);
    preview.show();
    QSignalSpy drawn(&preview, &DecisionPreview::drawn);
    preview.draw(doc);
    QVERIFY(drawn.wait(30000));
    QCOMPARE(preview.pageCount(), printed);
    // Each page is the page the PDF's layout paints, pixel for pixel.
    const auto layout = DecisionPrint::layOutAsPdf(doc);
    QVERIFY(layout);
    QCOMPARE(int(layout->pages().size()), printed);
    for (int page : {1, 2, printed}) {
        const QImage shown = preview.pageImage(page);
        QVERIFY(!shown.isNull());
        QCOMPARE(shown, DecisionPrint::pageImage(*layout, page - 1, shown.width()).convertToFormat(shown.format()));
    }
    // A landscape annex page is shown landscape, as the PDF has it.
    const bool landscape = layout->pages().last().orientation == QPageLayout::Landscape;
    QCOMPARE(preview.pageImage(printed).width() > preview.pageImage(printed).height(), landscape);
}

void TestDecisionPreview::newerRequestSupersedes()
{
    DecisionPreview preview;
    preview.resize(600, 800);
    preview.show();
    QSignalSpy drawn(&preview, &DecisionPreview::drawn);
    const DecisionDocument older = decisionOf(600);
    const DecisionDocument newer = decisionOf(40);
    preview.draw(older);
    preview.draw(newer);
    QVERIFY(drawn.wait(30000));
    QTest::qWait(200); // an older result still in the queue would come now
    QCOMPARE(drawn.count(), 1);
    const auto layout = DecisionPrint::layOutAsPdf(newer);
    QVERIFY(layout);
    QCOMPARE(preview.pageCount(), int(layout->pages().size()));
    const QImage last = preview.pageImage(preview.pageCount());
    QCOMPARE(last,
        DecisionPrint::pageImage(*layout, layout->pages().size() - 1, last.width()).convertToFormat(last.format()));

    // Asked again while it draws: the preview shown so far is not the latest, and says so (no pages counted).
    preview.draw(older);
    QCOMPARE(preview.pageCount(), 0);
    preview.draw(newer);
    QVERIFY(drawn.wait(30000));
    QCOMPARE(drawn.count(), 2);
    QCOMPARE(preview.pageCount(), int(layout->pages().size()));
}

void TestDecisionPreview::destroyedWhileDrawing()
{
    // Deleted as the tab or window is: the worker is stopped and waited for, its queued pages dropped.
    for (int waitMs : {0, 50, 300}) {
        auto preview = std::make_unique<DecisionPreview>();
        preview->resize(600, 800);
        preview->show();
        preview->draw(decisionOf(600));
        QTest::qWait(waitMs);
        preview.reset();
        QTest::qWait(20);
    }
}

void TestDecisionPreview::pageKeysGoFromPageToPage()
{
    DecisionPreview preview;
    preview.resize(600, 700);
    preview.show();
    QSignalSpy drawn(&preview, &DecisionPreview::drawn);
    preview.draw(decisionOf(150));
    QVERIFY(drawn.wait(30000));
    const int pages = preview.pageCount();
    QCOMPARE(preview.currentPage(), 1);
    auto *area = preview.findChild<QWidget *>(u"decisionPreviewPages"_s);
    QVERIFY(area);
    QTest::keyClick(area, Qt::Key_PageDown);
    QCOMPARE(preview.currentPage(), 2);
    QTest::keyClick(area, Qt::Key_PageDown);
    QCOMPARE(preview.currentPage(), 3);
    QTest::keyClick(area, Qt::Key_PageUp);
    QCOMPARE(preview.currentPage(), 2);
    QTest::keyClick(area, Qt::Key_End);
    QCOMPARE(preview.currentPage(), pages);
    QTest::keyClick(area, Qt::Key_Home);
    QCOMPARE(preview.currentPage(), 1);
}

QTEST_MAIN(TestDecisionPreview)
#include "tst_decisionpreview.moc"
