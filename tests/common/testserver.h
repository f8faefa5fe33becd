#pragma once

#include "storage/serveraddress.h"

#include <QtCore/QUuid>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <QtTest/QTest>

// The throwaway PostgreSQL server of scripts/with-postgres.sh, for the tests that need one: found through
// PARINDEX_TEST_PG; without it a test is skipped, and fails on CI (which always runs beside one).
namespace parindex::testserver {

using namespace Qt::StringLiterals;

inline std::optional<ServerAddress> address()
{
    const auto parsed = ServerAddress::parse(qEnvironmentVariable("PARINDEX_TEST_PG"));
    return parsed ? std::optional<ServerAddress>(*parsed) : std::nullopt;
}

// A QPSQL connection named `name`, opened as `user` on `database` (libpq's PGPASSWORD is the password of every
// login the tests make); the one of that name when it is open already.
inline QSqlDatabase connect(
    const ServerAddress &server, const QString &name, const QString &user, const QString &database)
{
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.isValid()) {
        db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(server.host);
        db.setPort(server.port);
        db.setUserName(user);
        db.setDatabaseName(database);
        db.setConnectOptions(server.connectOptions());
    }
    if (!db.isOpen())
        db.open();
    return db;
}

// The server's administrator, on its own database.
inline QSqlDatabase admin(const ServerAddress &server)
{
    return connect(server, u"testserver-admin"_s, server.user, server.database);
}

// The address of one of the server's databases, as the server's administrator.
inline QString addressOf(const ServerAddress &server, const QString &database)
{
    ServerAddress a = server;
    a.database = database;
    return a.toString();
}

// Options of newDatabase(): text sorted in Vietnamese order, as a council's server would (nothing may depend on it).
inline const QString VietnameseOrder = u"LOCALE_PROVIDER icu ICU_LOCALE 'vi-VN' LOCALE 'C.UTF-8' TEMPLATE template0"_s;

// A new database named `prefix` and a unique suffix; empty when it could not be made (the reason is printed).
inline QString newDatabase(const ServerAddress &server, const QString &prefix, const QString &options = {})
{
    const QString name = prefix + QUuid::createUuid().toString(QUuid::Id128).left(12);
    QSqlQuery q(admin(server));
    if (!q.exec(u"CREATE DATABASE %1 %2"_s.arg(name, options))) {
        qWarning("%s", qPrintable(q.lastError().text()));
        return {};
    }
    return name;
}

// Drops the databases a test made (and forgets them).
inline void dropDatabases(const ServerAddress &server, QStringList &made)
{
    QSqlQuery q(admin(server));
    for (const QString &name : std::as_const(made)) {
        if (!q.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name)))
            qWarning("%s", qPrintable(q.lastError().text()));
    }
    made.clear();
}

} // namespace parindex::testserver

// In a test function (initTestCase): the server into `target` (a std::optional<ServerAddress>), or skip, or fail on CI.
#define PARINDEX_REQUIRE_SERVER(target)                                                                                \
    do {                                                                                                               \
        if (qEnvironmentVariableIsEmpty("PARINDEX_TEST_PG")) {                                                         \
            if (qEnvironmentVariableIsSet("CI"))                                                                       \
                QFAIL("CI runs the tests beside a PostgreSQL server (scripts/with-postgres.sh): PARINDEX_TEST_PG is "  \
                      "unset");                                                                                        \
            QSKIP("no PostgreSQL server: run the tests through scripts/run-tests.sh or scripts/with-postgres.sh");     \
        }                                                                                                              \
        target = parindex::testserver::address();                                                                      \
        QVERIFY2(target, "PARINDEX_TEST_PG is not a server address");                                                  \
    } while (false)
