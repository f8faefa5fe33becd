// Two windows of the council on the throwaway server of scripts/with-postgres.sh: an edit of one member reaches the
// other (LISTEN/NOTIFY, then the reload of what the audit log says changed), and two members changing the same cell
// do not overwrite each other: the second is told the other's value and name, and nothing is written. Skipped
// without a server, failed on CI without one. With PARINDEX_SHOTS=DIR, the conflict's message is saved as a picture.
#include "../storage/storagefixture.h"

#include "../common/testserver.h"
#include "commands/setscorecommand.h"
#include "deskdocument.h"
#include "mainwindow.h"
#include "messages.h"

#include <QtCore/QTimer>
#include <QtCore/QTranslator>
#include <QtCore/QUuid>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <QtTest/QSignalSpy>
#include <QtWidgets/QApplication>

using namespace parindex;
using namespace parindex::storagefixture;
using namespace Qt::StringLiterals;

class TestServerWindows : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void editReachesTheOtherWindow();
    void sameCellIsNotOverwritten();
    void memberSeesOnlyAssignedCellsEditable();
    void lostConnectionIsSaid();

private:
    QString addressFor(const QString &user) const
    {
        ServerAddress a = *m_server;
        a.user = user;
        a.database = m_database;
        return a.toString();
    }
    QSqlDatabase admin();

    std::optional<ServerAddress> m_server;
    QString m_database;
    QString m_member; // an appraiser of area 1 of HUYEN
    qint64 m_period = 0;
};

QSqlDatabase TestServerWindows::admin()
{
    return testserver::admin(*m_server);
}

void TestServerWindows::initTestCase()
{
    Messages::setTestMode(true);
    // The pictures in the language councils read.
    static QTranslator translator;
    if (qEnvironmentVariableIsSet("PARINDEX_SHOTS"))
        MainWindow::applyLanguage(u"vi"_s, &translator);
    PARINDEX_REQUIRE_SERVER(m_server);
    const QString run = QUuid::createUuid().toString(QUuid::Id128).left(10);
    m_database = u"windows_"_s + run;
    m_member = u"tuphap_"_s + run;
    QSqlQuery q(admin());
    QVERIFY2(q.exec(u"CREATE DATABASE %1"_s.arg(m_database)), qPrintable(q.lastError().text()));
    auto owner = makeProvince(addressFor(m_server->user), &m_period);
    QVERIFY(owner->setScore(m_period, u"DS"_s, u"1.1"_s, appraised("20", "28")));
    const Status added = owner->addMember(
        {m_member, Member::Role::Appraiser, u"HUYEN"_s, {u"1"_s}, {}}, qEnvironmentVariable("PGPASSWORD"));
    QVERIFY2(added.ok(), qPrintable(added.error().text()));
}

void TestServerWindows::cleanupTestCase()
{
    if (!m_server)
        return;
    QSqlQuery q(admin());
    q.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_database));
    for (const QString &role :
        QStringList {m_member, m_database + u"_secretary"_s, m_database + u"_appraiser"_s, m_database + u"_unit"_s})
        q.exec(u"DROP ROLE IF EXISTS \"%1\""_s.arg(role));
}

void TestServerWindows::editReachesTheOtherWindow()
{
    auto secretary = DeskDocument::open(addressFor(m_server->user));
    QVERIFY2(secretary, qPrintable(secretary.error().text()));
    auto member = DeskDocument::open(addressFor(m_member));
    QVERIFY2(member, qPrintable(member.error().text()));
    QVERIFY(!(*member)->isReadOnly());
    QSignalSpy heard(member->get(), &DeskDocument::changedElsewhere);
    QSignalSpy cell(member->get(), &DeskDocument::scoreChanged);
    const ScoreEntry old = *(*secretary)->storedEntry(m_period, u"HH"_s, u"1.1"_s);
    ScoreEntry entry = old;
    entry.appraised = Fixed::parse(u"24,5"_s.replace(u',', u'.'));
    QVERIFY(SetScoreCommand::apply(secretary->get(), m_period, u"HH"_s, u"1.1"_s, old, entry));
    QTRY_COMPARE_WITH_TIMEOUT(heard.count(), 1, 10000);
    QVERIFY2(heard.first().first().toString().contains(m_server->user), qPrintable(heard.first().first().toString()));
    if (const QString dir = qEnvironmentVariable("PARINDEX_SHOTS"); !dir.isEmpty())
        qInfo("heard: %s", qPrintable(heard.first().first().toString()));
    QCOMPARE(cell.count(), 1);
    QCOMPARE(cell.first().at(1).toString(), u"HH"_s);
    QCOMPARE((*member)->storedEntry(m_period, u"HH"_s, u"1.1"_s)->appraised, entry.appraised);
}

void TestServerWindows::sameCellIsNotOverwritten()
{
    auto secretary = DeskDocument::open(addressFor(m_server->user));
    auto member = DeskDocument::open(addressFor(m_member));
    QVERIFY(secretary && member);
    // Both show the cell as it is; the secretary changes it first, the member then types over what it showed.
    const ScoreEntry shown = *(*member)->storedEntry(m_period, u"DS"_s, u"1.1"_s);
    ScoreEntry theirs = shown;
    theirs.appraised = Fixed::parse(u"22.5"_s);
    QVERIFY(SetScoreCommand::apply(secretary->get(), m_period, u"DS"_s, u"1.1"_s, shown, theirs));
    QSignalSpy failed(member->get(), &DeskDocument::writeFailed);
    ScoreEntry mine = shown;
    mine.appraised = Fixed::parse(u"25"_s);
    QVERIFY(!SetScoreCommand::apply(member->get(), m_period, u"DS"_s, u"1.1"_s, shown, mine));
    QCOMPARE(failed.count(), 1);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(m_server->user), qPrintable(message)); // who changed it
    QVERIFY2(message.contains(u"22.5"_s) || message.contains(u"22,5"_s), qPrintable(message)); // to what
    QCOMPARE((*secretary)->storedEntry(m_period, u"DS"_s, u"1.1"_s)->appraised, theirs.appraised);
    QCOMPARE((*member)->undoStack()->count(), 0);

    if (const QString dir = qEnvironmentVariable("PARINDEX_SHOTS"); !dir.isEmpty()) {
        // The message as the member's window shows it.
        Messages::setTestMode(false);
        QTimer::singleShot(300, this, [dir] {
            if (QWidget *box = QApplication::activeModalWidget()) {
                box->grab().save(dir + u"/conflict.png"_s);
                box->close();
            }
        });
        Messages::warning(nullptr, QCoreApplication::translate("parindex::MainWindow", "Not saved"), message);
        Messages::setTestMode(true);
    }
}

void TestServerWindows::memberSeesOnlyAssignedCellsEditable()
{
    auto member = DeskDocument::open(addressFor(m_member));
    QVERIFY(member);
    const Rights &rights = (*member)->rights();
    QVERIFY(!rights.isSecretary());
    QVERIFY(!(*member)->mayChangeStructure());
    QVERIFY(rights.mayAppraise(u"HUYEN"_s, u"1.2"_s, u"DS"_s));
    QVERIFY(!rights.mayAppraise(u"HUYEN"_s, u"2"_s, u"DS"_s));
    QVERIFY(!rights.maySelfAssess(u"DS"_s));
    QVERIFY2((*member)->structureLockedReason().contains(m_member), qPrintable((*member)->structureLockedReason()));
    // What the window would refuse, the server refuses too.
    const ScoreEntry old = *(*member)->storedEntry(m_period, u"DS"_s, u"2"_s);
    ScoreEntry entry = old;
    entry.appraised = Fixed::parse(u"10"_s);
    QSignalSpy failed(member->get(), &DeskDocument::writeFailed);
    QVERIFY(!SetScoreCommand::apply(member->get(), m_period, u"DS"_s, u"2"_s, old, entry));
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(m_database), qPrintable(failed.first().first().toString()));
}

// The server ends a window's connection (a restart, the network): the window's next edit is refused with the reason,
// nothing is half written, and no stream of driver warnings follows.
void TestServerWindows::lostConnectionIsSaid()
{
    auto member = DeskDocument::open(addressFor(m_member));
    QVERIFY(member);
    const ScoreEntry shown = *(*member)->storedEntry(m_period, u"DS"_s, u"1.1"_s);
    QSqlQuery q(admin());
    QVERIFY2(
        q.exec(u"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE usename = '%1'"_s.arg(m_member)),
        qPrintable(q.lastError().text()));
    QVERIFY(q.next() && q.value(0).toInt() > 0);
    QTest::qWait(1500); // the window's watch of the others' writes sees the end of its connection
    QSignalSpy failed(member->get(), &DeskDocument::writeFailed);
    ScoreEntry mine = shown;
    mine.appraised = Fixed::parse(u"21"_s);
    QVERIFY(!SetScoreCommand::apply(member->get(), m_period, u"DS"_s, u"1.1"_s, shown, mine));
    QCOMPARE(failed.count(), 1);
    const QString said = failed.first().first().toString();
    QVERIFY2(
        said.contains(u"connection"_s) && said.contains(u"was lost"_s) && said.contains(m_database), qPrintable(said));
    QCOMPARE((*member)->undoStack()->count(), 0);
    // Nothing was written: the cell is as it was for the others.
    auto secretary = DeskDocument::open(addressFor(m_server->user));
    QVERIFY(secretary);
    QCOMPARE((*secretary)->storedEntry(m_period, u"DS"_s, u"1.1"_s)->appraised, shown.appraised);
}

QTEST_MAIN(TestServerWindows)
#include "tst_serverwindows.moc"
