// The server address of --db and of connection profiles: libpq's URI form, read exactly or refused with the part
// that is wrong; a password in it is refused.
#include "storage/serveraddress.h"

#include <QtTest/QTest>

using namespace parindex;
using namespace Qt::StringLiterals;

class TestServerAddress : public QObject
{
    Q_OBJECT
private slots:
    void reads_data();
    void reads();
    void refuses_data();
    void refuses();
    void tellsAddressesFromPaths_data();
    void tellsAddressesFromPaths();
};

using Options = QMap<QString, QString>;

void TestServerAddress::reads_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database");
    QTest::addColumn<Options>("options");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("connectOptions");

    QTest::newRow("everything") << u"postgresql://council@db.sonoivu.gov.vn:5433/parindex?sslmode=require"_s
                                << u"db.sonoivu.gov.vn"_s << 5433 << u"council"_s << u"parindex"_s
                                << Options {{u"sslmode"_s, u"require"_s}}
                                << u"postgresql://council@db.sonoivu.gov.vn:5433/parindex?sslmode=require"_s
                                << u"sslmode=require"_s;
    QTest::newRow("postgres scheme, default port, no user")
        << u"postgres://localhost/parindex"_s << u"localhost"_s << 5432 << QString() << u"parindex"_s << Options {}
        << u"postgresql://localhost/parindex"_s << QString();
    QTest::newRow("socket directory") << u"postgresql:///parindex?host=/tmp/pg-test"_s << u"/tmp/pg-test"_s << 5432
                                      << QString() << u"parindex"_s << Options {}
                                      << u"postgresql:///parindex?host=/tmp/pg-test"_s << QString();
    QTest::newRow("no host: the Debian socket")
        << u"postgresql:///minhhoa"_s << u"/run/postgresql"_s << 5432 << QString() << u"minhhoa"_s << Options {}
        << u"postgresql:///minhhoa?host=/run/postgresql"_s << QString();
    QTest::newRow("percent-encoded user and database")
        << u"postgresql://th%C6%B0%20k%C3%BD@10.0.0.5/ch%E1%BB%89%20s%E1%BB%91"_s << u"10.0.0.5"_s << 5432
        << u"thư ký"_s << u"chỉ số"_s << Options {}
        << u"postgresql://th%C6%B0%20k%C3%BD@10.0.0.5/ch%E1%BB%89%20s%E1%BB%91"_s << QString();
    QTest::newRow("two options, sorted") << u"postgresql://h/db?connect_timeout=10&application_name=parindex"_s
                                         << u"h"_s << 5432 << QString() << u"db"_s
                                         << Options {{u"application_name"_s, u"parindex"_s},
                                                {u"connect_timeout"_s, u"10"_s}}
                                         << u"postgresql://h/db?application_name=parindex&connect_timeout=10"_s
                                         << u"application_name=parindex;connect_timeout=10"_s;
    QTest::newRow("spaces around") << u"  postgresql://h:6000/db  "_s << u"h"_s << 6000 << QString() << u"db"_s
                                   << Options {} << u"postgresql://h:6000/db"_s << QString();
}

void TestServerAddress::reads()
{
    QFETCH(QString, text);
    const auto a = ServerAddress::parse(text);
    QVERIFY2(a, qPrintable(a.error().text()));
    QTEST(a->host, "host");
    QTEST(a->port, "port");
    QTEST(a->user, "user");
    QTEST(a->database, "database");
    QTEST(a->options, "options");
    QTEST(a->toString(), "canonical");
    QTEST(a->connectOptions(), "connectOptions");
    // What a profile keeps reads back as the same address.
    const auto again = ServerAddress::parse(a->toString());
    QVERIFY2(again, qPrintable(again.error().text()));
    QCOMPARE(*again, *a);
}

void TestServerAddress::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("a path") << u"/home/thuky/minhhoa.parindex"_s << u"must start with postgresql://"_s;
    QTest::newRow("no database") << u"postgresql://h:5432"_s << u"names no database"_s;
    QTest::newRow("only a slash") << u"postgresql://h/"_s << u"names no database"_s;
    QTest::newRow("a password") << u"postgresql://council:s3cret@h/db"_s << u"holds a password"_s;
    QTest::newRow("misspelt option") << u"postgresql://h/db?sslmod=require"_s
                                     << u"the option \u201csslmod\u201d is not known here"_s;
    QTest::newRow("bad sslmode") << u"postgresql://h/db?sslmode=yes"_s << u"sslmode must be one of"_s;
    QTest::newRow("timeout not a number")
        << u"postgresql://h/db?connect_timeout=ten"_s << u"connect_timeout is a number of seconds"_s;
    QTest::newRow("option twice") << u"postgresql://h/db?sslmode=require&sslmode=disable"_s << u"given twice"_s;
    QTest::newRow("host twice") << u"postgresql://h/db?host=/tmp"_s << u"given twice"_s;
    QTest::newRow("relative socket dir") << u"postgresql:///db?host=tmp"_s << u"names a socket directory"_s;
    QTest::newRow("slash in the database") << u"postgresql://h/a/b"_s << u"holds a slash"_s;
    QTest::newRow("fragment") << u"postgresql://h/db#x"_s << u"no #x part"_s;
    QTest::newRow("port zero") << u"postgresql://h:0/db"_s << u"port must be from 1 to 65535"_s;
    QTest::newRow("port too big") << u"postgresql://h:70000/db"_s << u"is not a server address"_s;
}

void TestServerAddress::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const auto a = ServerAddress::parse(text);
    QVERIFY(!a);
    QCOMPARE(a.error().kind, Error::Kind::Usage);
    QVERIFY2(a.error().message.contains(reason), qPrintable(a.error().message));
    QVERIFY2(!a.error().message.contains(u"s3cret"_s), "a password is never repeated");
}

void TestServerAddress::tellsAddressesFromPaths_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("address");
    QTest::newRow("url") << u"postgresql://h/db"_s << true;
    QTest::newRow("short scheme, upper case") << u"POSTGRES://h/db"_s << true;
    QTest::newRow("file") << u"minhhoa.parindex"_s << false;
    QTest::newRow("folder named postgresql") << u"postgresql/minhhoa.parindex"_s << false;
}

void TestServerAddress::tellsAddressesFromPaths()
{
    QFETCH(QString, text);
    QTEST(ServerAddress::isAddress(text), "address");
}

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
