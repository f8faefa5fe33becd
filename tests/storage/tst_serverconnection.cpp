// The PostgreSQL server the test command starts (scripts/with-postgres.sh) is reached the way the program will
// reach a council's server: its address read by ServerAddress, Qt's QPSQL driver, the password from libpq's
// environment. Vietnamese text and exact decimals come back as they went in. Outside that command (a bare ctest)
// the test is skipped, except on CI, where a missing server is a failure.
#include "storage/serveraddress.h"

#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <QtTest/QTest>

using namespace parindex;
using namespace Qt::StringLiterals;

class TestServerConnection : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void isPostgreSql15();
    void keepsVietnameseAndDecimals();
    void refusesAWrongDatabase();

private:
    QSqlDatabase open(const ServerAddress &address, const QString &name);
    std::optional<ServerAddress> m_address;
};

QSqlDatabase TestServerConnection::open(const ServerAddress &address, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setUserName(address.user);
    db.setDatabaseName(address.database);
    db.setConnectOptions(address.connectOptions());
    // numeric comes back as its exact text only so: the default policy turns 9192.00 into a double.
    db.setNumericalPrecisionPolicy(QSql::HighPrecision);
    db.open();
    return db;
}

void TestServerConnection::initTestCase()
{
    const QString url = qEnvironmentVariable("PARINDEX_TEST_PG");
    if (url.isEmpty()) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("CI runs the tests beside a PostgreSQL server (scripts/with-postgres.sh): PARINDEX_TEST_PG is unset");
        QSKIP("no PostgreSQL server: run the tests through scripts/run-tests.sh or scripts/with-postgres.sh");
    }
    QVERIFY2(QSqlDatabase::isDriverAvailable(u"QPSQL"_s), "Qt's QPSQL driver is missing (libqt6sql6-psql)");
    const auto address = ServerAddress::parse(url);
    QVERIFY2(address, qPrintable(address.error().text()));
    m_address = *address;
}

void TestServerConnection::cleanupTestCase()
{
    for (const QString &name : QSqlDatabase::connectionNames())
        QSqlDatabase::removeDatabase(name);
}

void TestServerConnection::isPostgreSql15()
{
    QSqlDatabase db = open(*m_address, u"version"_s);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    QSqlQuery q(db);
    QVERIFY2(q.exec(u"SELECT current_setting('server_version_num')::int, current_setting('server_encoding')"_s),
        qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    QVERIFY2(q.value(0).toInt() >= 150000 && q.value(0).toInt() < 160000, qPrintable(q.value(0).toString()));
    QCOMPARE(q.value(1).toString(), u"UTF8"_s);
}

void TestServerConnection::keepsVietnameseAndDecimals()
{
    QSqlDatabase db = open(*m_address, u"roundtrip"_s);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    QSqlQuery q(db);
    QVERIFY2(q.exec(u"CREATE TEMPORARY TABLE unit_probe (name text NOT NULL, points numeric(8,2) NOT NULL)"_s),
        qPrintable(q.lastError().text()));
    QVERIFY(q.prepare(u"INSERT INTO unit_probe (name, points) VALUES (?, ?)"_s));
    q.addBindValue(u"UBND huyện Hoằng Hóa"_s);
    q.addBindValue(u"91.92"_s); // decimals travel as text: never through a double
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY2(q.exec(u"SELECT name, points::text, length(name), points * 100 FROM unit_probe"_s),
        qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"UBND huyện Hoằng Hóa"_s);
    QCOMPARE(q.value(1).toString(), u"91.92"_s);
    QCOMPARE(q.value(2).toInt(), 20); // characters, not bytes
    QCOMPARE(q.value(3).toString(), u"9192.00"_s);
}

void TestServerConnection::refusesAWrongDatabase()
{
    ServerAddress wrong = *m_address;
    wrong.database = u"khong_co_csdl_nay"_s;
    QSqlDatabase db = open(wrong, u"wrong"_s);
    QVERIFY(!db.isOpen());
    QVERIFY2(db.lastError().text().contains(u"khong_co_csdl_nay"_s), qPrintable(db.lastError().text()));
}

QTEST_GUILESS_MAIN(TestServerConnection)
#include "tst_serverconnection.moc"
