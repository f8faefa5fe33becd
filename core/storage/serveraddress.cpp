#include "serveraddress.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QHash>
#include <QtCore/QMutex>
#include <QtCore/QSaveFile>
#include <QtCore/QUrl>
#include <QtCore/QUrlQuery>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {

// The options libpq's URI may carry that mean something to us; anything else is refused rather than ignored.
const QStringList knownOptions = {u"sslmode"_s, u"connect_timeout"_s, u"application_name"_s, u"host"_s};
const QStringList sslModes = {u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s};

Error refused(const QString &text, const QString &why)
{
    return Error {Error::Kind::Usage, ServerAddress::tr("%1 is not a server address: %2").arg(text, why)};
}

} // namespace

bool ServerAddress::isAddress(QStringView text)
{
    return text.startsWith(u"postgresql://", Qt::CaseInsensitive)
        || text.startsWith(u"postgres://", Qt::CaseInsensitive);
}

Result<ServerAddress> ServerAddress::parse(const QString &text)
{
    const QString shown = text.trimmed();
    if (!isAddress(shown))
        return refused(shown, tr("it must start with postgresql://, as postgresql://user@host:5432/database."));
    const QUrl url(shown, QUrl::StrictMode);
    if (!url.isValid())
        return refused(shown, url.errorString());
    if (!url.password().isEmpty()) {
        // The address itself is not repeated: it holds the password.
        return Error {Error::Kind::Usage,
            tr("The server address holds a password. Remove it from the address (it would show in the list of "
               "processes): the program asks for it, or takes it from ~/.pgpass.")};
    }
    ServerAddress a;
    a.host = url.host(QUrl::FullyDecoded);
    a.user = url.userName(QUrl::FullyDecoded);
    if (url.port() == 0)
        return refused(shown, tr("the port must be from 1 to 65535."));
    a.port = url.port(5432);
    a.database = url.path(QUrl::FullyDecoded);
    if (a.database.startsWith(u'/'))
        a.database.remove(0, 1);
    if (a.database.isEmpty())
        return refused(shown, tr("it names no database (…/dbname at its end)."));
    if (a.database.contains(u'/'))
        return refused(shown, tr("the database name \u201c%1\u201d holds a slash.").arg(a.database));
    if (!url.fragment().isEmpty())
        return refused(shown, tr("a server address has no #%1 part.").arg(url.fragment()));

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!knownOptions.contains(key))
            return refused(shown,
                tr("the option \u201c%1\u201d is not known here (known: %2).").arg(key, knownOptions.join(u", "_s)));
        if (a.options.contains(key) || (key == u"host" && !a.host.isEmpty()))
            return refused(shown, tr("the option \u201c%1\u201d is given twice.").arg(key));
        if (key == u"sslmode" && !sslModes.contains(value))
            return refused(
                shown, tr("sslmode must be one of %1, not \u201c%2\u201d.").arg(sslModes.join(u", "_s), value));
        if (key == u"connect_timeout") {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 0)
                return refused(shown, tr("connect_timeout is a number of seconds, not \u201c%1\u201d.").arg(value));
        }
        if (key == u"host") {
            // postgresql:///db?host=/run/postgresql: the Unix socket's directory.
            if (!value.startsWith(u'/'))
                return refused(shown,
                    tr("the host option names a socket directory (/run/postgresql), not "
                       "\u201c%1\u201d; write the host name after //.")
                        .arg(value));
            a.host = value;
            continue;
        }
        a.options.insert(key, value);
    }
    if (a.host.isEmpty())
        a.host = u"/run/postgresql"_s; // libpq's default socket directory on Debian
    return a;
}

QString ServerAddress::toString() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    QUrlQuery query;
    if (host.startsWith(u'/'))
        query.addQueryItem(u"host"_s, host);
    else
        url.setHost(host);
    url.setUserName(user);
    if (port != 5432)
        url.setPort(port);
    url.setPath(u'/' + database);
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        query.addQueryItem(it.key(), it.value());
    url.setQuery(query);
    // A socket directory leaves the authority empty: "postgresql:///db?host=/run/postgresql".
    QString s = url.toString(QUrl::FullyEncoded);
    if (host.startsWith(u'/') && user.isEmpty() && s.startsWith(u"postgresql:/"_s) && !s.startsWith(u"postgresql://"_s))
        s.insert(int(qstrlen("postgresql:")), u"//"_s);
    return s;
}

QString ServerAddress::connectOptions() const
{
    QStringList parts;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        parts.append(it.key() + u'=' + it.value());
    return parts.join(u';');
}

namespace {
QString passwordKey(const ServerAddress &a)
{
    return u"%1:%2:%3:%4"_s.arg(a.host).arg(a.port).arg(a.database, a.user);
}

QMutex passwordsMutex;
QHash<QString, QString> &sessionPasswords()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

QString pgpassField(QString text)
{
    return text.replace(u"\\"_s, u"\\\\"_s).replace(u":"_s, u"\\:"_s);
}
} // namespace

void rememberSessionPassword(const ServerAddress &address, const QString &password)
{
    const QMutexLocker locker(&passwordsMutex);
    sessionPasswords().insert(passwordKey(address), password);
}

std::optional<QString> sessionPassword(const ServerAddress &address)
{
    const QMutexLocker locker(&passwordsMutex);
    const auto it = sessionPasswords().constFind(passwordKey(address));
    if (it == sessionPasswords().cend())
        return std::nullopt;
    return *it;
}

QString passwordFilePath()
{
    const QString set = qEnvironmentVariable("PGPASSFILE");
    return set.isEmpty() ? QDir::home().filePath(u".pgpass"_s) : set;
}

Status savePassword(const ServerAddress &address, const QString &password)
{
    const QString path = passwordFilePath();
    // The host as libpq compares it: a socket directory is "localhost" there.
    const QString host = address.host.isEmpty() || address.host.startsWith(u'/') ? u"localhost"_s : address.host;
    const QString prefix = u"%1:%2:%3:%4:"_s.arg(pgpassField(host))
                               .arg(address.port)
                               .arg(pgpassField(address.database), pgpassField(address.user));
    QStringList lines;
    QFile old(path);
    if (old.exists()) {
        if (!old.open(QIODevice::ReadOnly))
            return Error {Error::Kind::CannotOpen,
                ServerAddress::tr("The password file %1 cannot be read: %2. The password was not saved.")
                    .arg(QDir::toNativeSeparators(path), old.errorString())};
        for (const QString &line : QString::fromUtf8(old.readAll()).split(u'\n')) {
            if (!line.isEmpty() && !line.startsWith(prefix))
                lines.append(line);
        }
    }
    lines.append(prefix + pgpassField(password));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write((lines.join(u'\n') + u'\n').toUtf8()) < 0 || !file.commit())
        return Error {Error::Kind::Io,
            ServerAddress::tr("The password could not be saved in %1: %2. Nothing was changed in that file.")
                .arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

} // namespace parindex
