#pragma once

#include "model/result.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QMap>
#include <QtCore/QString>

namespace parindex {

// Where a council's PostgreSQL database is: the address given to --db and kept in a connection profile,
// "postgresql://user@host:port/dbname?sslmode=require" (libpq's URI form). A password is never part of it: an
// address shows in the list of processes and in settings files; libpq takes it from ~/.pgpass, PGPASSWORD or the
// desktop keyring instead.
struct ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)
public:
    QString host; // a name, an IP address, or a directory holding the server's Unix socket ("/run/postgresql")
    int port = 5432;
    QString user; // empty: libpq's default (the operating-system user name)
    QString database;
    QMap<QString, QString> options; // sslmode, connect_timeout, application_name

    // True when `text` is meant as a server address rather than a file's path.
    static bool isAddress(QStringView text);
    // The address, or why it is not one (naming the part that is wrong).
    static Result<ServerAddress> parse(const QString &text);

    // The address written back in its canonical form (what a profile keeps and a message shows).
    QString toString() const;
    // The options as QPSQL's connect options ("sslmode=require;connect_timeout=10").
    QString connectOptions() const;

    bool operator==(const ServerAddress &) const = default;
};

} // namespace parindex
