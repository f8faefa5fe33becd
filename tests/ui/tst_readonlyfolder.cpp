// A council's file in a folder that takes no new file (an archive, a read-only share; chattr +i here, which root
// cannot bypass): the window opens it read-only and says why, shows its rankings, and exports elsewhere; its
// exports refuse a read-only target and the database by a hard link, with the reason.
#include "charts/chartstab.h"
#include "decision/decisiontab.h"
#include "deskdocument.h"
#include "deskfixture.h"
#include "mainwindow.h"
#include "messages.h"
#include "navigator.h"
#include "ranking/rankingmodel.h"
#include "ranking/rankingtab.h"

#include "../common/readonlyfolder.h"

#include <QtCore/QDir>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>

using namespace parindex;
using namespace Qt::StringLiterals;

namespace { } // namespace

class TestReadOnlyFolder : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void opensReadOnlyWithTheReason();
    void exportsRefuseWhatTheyMayNotReplace();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestReadOnlyFolder::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Messages::setTestMode(true);
    m_demo = m_dir.filePath(u"demo.parindex"_s);
    QVERIFY(test::createDemo(m_demo));
}

void TestReadOnlyFolder::opensReadOnlyWithTheReason()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"archive"_s);
    QVERIFY(QDir().mkdir(folder));
    const QString path = folder + u"/council.parindex"_s;
    QVERIFY(test::copyOf(m_demo, path));
    QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
    const ReadOnlyFolder readOnly(folder);
    if (!readOnly.made())
        QSKIP("this file system takes no immutable flag");
    {
        MainWindow window;
        QVERIFY(window.openFile(path));
        QVERIFY(window.document()->isReadOnly());
        QCOMPARE(window.document()->readOnlyReason(),
            u"This file opens read-only: its folder can only be read, and a change needs to write its log beside it."_s);
        QVERIFY(window.windowTitle().contains(u"[read-only]"_s));
        window.navigator()->selectPeriod(2024, u"SO"_s);
        QVERIFY(window.rankingTab()->model()->rowCount() > 5);
        // The decision and a chart are written elsewhere as from any file.
        const QString pdf = dir.filePath(u"decision.pdf"_s);
        const Status decision = window.decisionTab()->exportPdf(pdf);
        QVERIFY2(decision, qPrintable(decision.error().text()));
        QVERIFY(QFileInfo(pdf).size() > 0);
    }
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
        QStringList {u"council.parindex"_s});
}

void TestReadOnlyFolder::exportsRefuseWhatTheyMayNotReplace()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"council.parindex"_s);
    QVERIFY(test::copyOf(m_demo, path));
    MainWindow window;
    QVERIFY(window.openFile(path));
    window.navigator()->selectPeriod(2024, u"SO"_s);
    const QString kept = dir.filePath(u"kept.pdf"_s);
    {
        QFile f(kept);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("kept");
    }
    QVERIFY(QFile::setPermissions(kept, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QString hard = dir.filePath(u"hard.pdf"_s);
    QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(hard).constData()), 0);
    const QList<Status> readOnly = {window.decisionTab()->exportPdf(kept), window.document()->backupTo(kept)};
    for (const Status &s : readOnly) {
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(u"can only be read"_s), qPrintable(s.error().message));
    }
    const QList<Status> own = {
        window.decisionTab()->exportPdf(hard), window.chartsTab()->exportTo(hard), window.document()->backupTo(hard)};
    for (const Status &s : own) {
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(u"own file"_s), qPrintable(s.error().message));
    }
    QFile f(kept);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("kept"));
    QVERIFY(window.document()->database().check().ok());
}

QTEST_MAIN(TestReadOnlyFolder)
#include "tst_readonlyfolder.moc"
