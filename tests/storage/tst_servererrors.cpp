// What the server engine makes of PostgreSQL's SQLSTATE codes: the kind the callers map to exit codes, and a message
// that names the server and database. No server needed.
#include "storage/postgresengine.h"

#include <QtTest/QTest>

using namespace parindex;
using namespace Qt::StringLiterals;

class TestServerErrors : public QObject
{
    Q_OBJECT
private slots:
    void kinds_data();
    void kinds();
};

void TestServerErrors::kinds_data()
{
    QTest::addColumn<QString>("sqlState");
    QTest::addColumn<bool>("connectionLost");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("says");
    QTest::newRow("unique violation") << u"23505"_s << false << int(Error::Kind::BadData) << u"consistency"_s;
    QTest::newRow("foreign key violation") << u"23503"_s << false << int(Error::Kind::BadData) << u"consistency"_s;
    QTest::newRow("check violation") << u"23514"_s << false << int(Error::Kind::BadData) << u"consistency"_s;
    QTest::newRow("serialization failure") << u"40001"_s << false << int(Error::Kind::Locked) << u"busy"_s;
    QTest::newRow("deadlock") << u"40P01"_s << false << int(Error::Kind::Locked) << u"busy"_s;
    QTest::newRow("lock not available") << u"55P03"_s << false << int(Error::Kind::Locked) << u"busy"_s;
    QTest::newRow("disk full") << u"53100"_s << false << int(Error::Kind::Io) << u"disk of the server"_s;
    QTest::newRow("connection failure") << u"08006"_s << false << int(Error::Kind::Io) << u"connection"_s;
    QTest::newRow("connection lost, no code") << QString() << true << int(Error::Kind::Io) << u"connection"_s;
    QTest::newRow("insufficient privilege") << u"42501"_s << false << int(Error::Kind::ReadOnly) << u"refused"_s;
    QTest::newRow("read-only transaction") << u"25006"_s << false << int(Error::Kind::ReadOnly) << u"refused"_s;
    QTest::newRow("data corrupted") << u"XX001"_s << false << int(Error::Kind::Corrupt) << u"damaged"_s;
    QTest::newRow("undefined table") << u"42P01"_s << false << int(Error::Kind::Internal) << u"Unexpected"_s;
}

void TestServerErrors::kinds()
{
    QFETCH(QString, sqlState);
    QFETCH(bool, connectionLost);
    QFETCH(int, kind);
    QFETCH(QString, says);
    const QString where = u"postgresql://thuky@db.tinh.gov.vn/thanhhoa"_s;
    const Error e = PostgresEngine::errorFor(sqlState, u"ERROR: detail"_s, connectionLost, where);
    QCOMPARE(int(e.kind), kind);
    QVERIFY2(e.message.contains(where), qPrintable(e.message));
    QVERIFY2(e.message.contains(says), qPrintable(e.message));
}

QTEST_GUILESS_MAIN(TestServerErrors)
#include "tst_servererrors.moc"
