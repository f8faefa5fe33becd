// parindex-cli with --db postgresql://...: the same steps on the throwaway server of scripts/with-postgres.sh and on
// a file give the same ranking, byte for byte; a server database that is not a store, or not empty for init, is
// refused with its address named. Each test makes databases of its own on the server and drops them afterwards.
// Skipped without a server, failed on CI without one.
#include "../common/clirun.h"
#include "../common/testserver.h"

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUuid>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <QtTest/QTest>

using namespace parindex;
using namespace Qt::StringLiterals;

using parindex::clirun::cli;
using parindex::clirun::Run;

namespace {
void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestCliServer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void sameRankingAsAFile_data();
    void sameRankingAsAFile();
    void refusesADatabaseThatIsNoStore();
    void initRefusesADatabaseWithTables();
    void demoIsOnlyAFile();

private:
    QString newDatabase(); // its address; empty when it could not be made
    QString addressOf(const QString &database) const;
    QSqlDatabase admin();

    std::optional<ServerAddress> m_server;
    QStringList m_made; // dropped after each test
    QTemporaryDir m_dir;
};

void TestCliServer::initTestCase()
{
    PARINDEX_REQUIRE_SERVER(m_server);
    QVERIFY(m_dir.isValid());
    QVERIFY2(admin().isOpen(), qPrintable(admin().lastError().text()));
}

QSqlDatabase TestCliServer::admin()
{
    return testserver::admin(*m_server);
}

QString TestCliServer::addressOf(const QString &database) const
{
    return testserver::addressOf(*m_server, database);
}

QString TestCliServer::newDatabase()
{
    // Vietnamese order, as a council's server would sort text: nothing here may depend on it.
    const QString name = testserver::newDatabase(*m_server, u"cli_"_s, testserver::VietnameseOrder);
    if (name.isEmpty())
        return {};
    m_made.append(name);
    return addressOf(name);
}

void TestCliServer::cleanup()
{
    testserver::dropDatabases(*m_server, m_made);
}

void TestCliServer::cleanupTestCase()
{
    QSqlDatabase::removeDatabase(u"admin"_s);
}

void TestCliServer::sameRankingAsAFile_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("json") << u"json"_s;
    QTest::newRow("csv") << u"csv"_s;
}

void TestCliServer::sameRankingAsAFile()
{
    QFETCH(QString, format);
    const QString server = newDatabase();
    QVERIFY(!server.isEmpty());
    const QString file = m_dir.filePath(u"province-%1.parindex"_s.arg(format));
    const QString units = m_dir.filePath(u"units.csv"_s);
    // Names whose order differs between code points and a collation (Đ, Ấ), a tie, and a unit with no score.
    writeFile(units,
        "code,name,group\nDS,Đông Sơn,HUYEN\nHH,Hoằng Hóa,HUYEN\nBT,Bá Thước,HUYEN\nAT,Ấp Tân,HUYEN\n"
        "ZZ,Zô Ra,HUYEN\n");
    const QString criteria = m_dir.filePath(u"criteria.csv"_s);
    writeFile(criteria,
        "code,title,max_points,kind,rule\n1,Thẩm định,70,group,\n1.1,Chỉ đạo điều hành,30,score,\n"
        "1.2,Tỷ lệ hồ sơ đúng hạn,40,rate,linear\n2,Khảo sát,30,survey,\n");
    const QString scores = m_dir.filePath(u"scores.csv"_s);
    writeFile(scores, "unit_code;1.1;1.2;2\nDS;28,15;95;26\nHH;28;94,5;26,12\nBT;28;94,5;26,12\nAT;na;80;20,5\n");
    const QList<QStringList> steps = {
        {u"init"_s},
        {u"units"_s, u"import"_s, units},
        {u"period"_s, u"add"_s, u"--year"_s, u"2023"_s, u"--group"_s, u"HUYEN"_s},
        {u"criteria"_s, u"import"_s, u"--year"_s, u"2023"_s, u"--group"_s, u"HUYEN"_s, criteria},
        {u"scores"_s, u"import"_s, u"--year"_s, u"2023"_s, u"--group"_s, u"HUYEN"_s, scores},
        {u"check"_s},
    };
    for (const QString &db : {server, file}) {
        for (const QStringList &step : steps) {
            const Run r = cli(QStringList {u"--lang"_s, u"en"_s, u"--db"_s, db} + step);
            QVERIFY2(r.exitCode == 0, qPrintable(u"%1 %2: %3"_s.arg(db, step.join(u' '), r.err)));
        }
    }
    QByteArray ranking[2];
    for (int i = 0; i < 2; ++i) {
        const QString out = m_dir.filePath(u"rank-%1-%2.%1"_s.arg(format).arg(i));
        const Run r = cli({u"--lang"_s, u"en"_s, u"--db"_s, i == 0 ? server : file, u"rank"_s, u"--year"_s, u"2023"_s,
                              u"--group"_s, u"HUYEN"_s, u"--format"_s, format},
            {out, -1, {}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        ranking[i] = fileBytes(out);
    }
    QVERIFY(ranking[1].contains("Bá Thước"));
    QCOMPARE(ranking[0], ranking[1]);
}

void TestCliServer::refusesADatabaseThatIsNoStore()
{
    const QString server = newDatabase();
    QVERIFY(!server.isEmpty());
    const Run r
        = cli({u"--lang"_s, u"en"_s, u"--db"_s, server, u"rank"_s, u"--year"_s, u"2023"_s, u"--group"_s, u"HUYEN"_s});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(server + u" holds no PAR Index store"_s), qPrintable(r.err));
    const QString missing = addressOf(u"khong_co_csdl_nay"_s);
    const Run m = cli({u"--lang"_s, u"en"_s, u"--db"_s, missing, u"check"_s});
    QVERIFY(m.exitCode != 0);
    QVERIFY2(m.err.contains(missing) && m.err.contains(u"khong_co_csdl_nay\" does not exist"_s), qPrintable(m.err));
}

void TestCliServer::initRefusesADatabaseWithTables()
{
    const QString server = newDatabase();
    QVERIFY(!server.isEmpty());
    QCOMPARE(cli({u"--lang"_s, u"en"_s, u"--db"_s, server, u"init"_s}).exitCode, 0);
    const Run again = cli({u"--lang"_s, u"en"_s, u"--db"_s, server, u"init"_s});
    QVERIFY(again.exitCode != 0);
    QVERIFY2(again.err.contains(server + u" already holds tables"_s), qPrintable(again.err));
}

void TestCliServer::demoIsOnlyAFile()
{
    const QString server = newDatabase();
    QVERIFY(!server.isEmpty());
    const Run r = cli({u"--lang"_s, u"en"_s, u"--db"_s, server, u"init"_s, u"--demo"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"only as a file, not in the server database "_s + server), qPrintable(r.err));
    // Nothing was made: a plain init still finds the database empty.
    QCOMPARE(cli({u"--db"_s, server, u"init"_s}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliServer)
#include "tst_cli_server.moc"
