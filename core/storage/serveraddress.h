#pragma once

#include "model/result.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QMap>
#include <QtCore/QString>

#include <optional>

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

// A password typed for an address in this session (File › Connect to server…), in memory only: every connection
// this process makes to that address (the window's and its workers') uses it; nothing writes it anywhere.
void rememberSessionPassword(const ServerAddress &address, const QString &password);
std::optional<QString> sessionPassword(const ServerAddress &address);

// libpq's password file: PGPASSFILE, else ~/.pgpass. savePassword() adds or replaces the line of the address
// (host:port:database:login:password, with : and \ escaped), written whole (a temporary file renamed into place),
// readable by its owner only (libpq ignores a password file others may read).
QString passwordFilePath();
Status savePassword(const ServerAddress &address, const QString &password);

} // namespace parindex
