// The ranking copied as a table (tab-separated, for pasting into a spreadsheet): a unit named like a formula is
// pasted as text, not run; a tab or a line break in a name keeps its row and column.
#include "deskfixture.h"
#include "mainwindow.h"
#include "messages.h"
#include "navigator.h"
#include "ranking/rankingtab.h"

#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace parindex;
using namespace Qt::StringLiterals;

class TestRankingCopy : public QObject
{
    Q_OBJECT
private slots:
    void formulasArePastedAsText();
};

void TestRankingCopy::formulasArePastedAsText()
{
    QStandardPaths::setTestModeEnabled(true);
    Messages::setTestMode(true);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"council.parindex"_s);
    QVERIFY(test::createDemo(path));
    {
        auto db = Database::open(path);
        QVERIFY(db);
        Unit stp = *(*db)->unit(u"STP"_s);
        stp.name = u"=HYPERLINK(\"http://x\",\"click\")"_s;
        QVERIFY((*db)->saveUnit(stp));
        Unit snv = *(*db)->unit(u"SNV"_s);
        snv.name = u"Sở\tNội\nvụ"_s;
        QVERIFY((*db)->saveUnit(snv));
    }
    MainWindow window;
    QVERIFY(window.openFile(path));
    window.navigator()->selectPeriod(2024, u"SO"_s);
    const QString copied = window.rankingTab()->visibleRowsAsText();
    const QStringList lines = copied.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 5);
    const qsizetype columns = lines.first().count(u'\t');
    for (const QString &line : lines)
        QCOMPARE(line.count(u'\t'), columns);
    QVERIFY2(copied.contains(u"\t'=HYPERLINK(\"http://x\",\"click\")\t"_s), qPrintable(copied));
    QVERIFY2(copied.contains(u"\tSở Nội vụ\t"_s), qPrintable(copied));
}

QTEST_MAIN(TestRankingCopy)
#include "tst_rankingcopy.moc"
