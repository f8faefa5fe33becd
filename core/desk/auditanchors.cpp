#include "auditanchors.h"

#include "storage/database.h"
#include "storage/serveraddress.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
// A file by its absolute path; a server database by its address.
QString whereIs(const Database &db)
{
    return ServerAddress::isAddress(db.path()) ? db.path() : QFileInfo(db.path()).absoluteFilePath();
}

// One group per file: its identity and where it is (a copy elsewhere is another record).
std::optional<QString> keyOf(const Database &db)
{
    const auto id = db.fileId();
    if (!id || id->isEmpty())
        return std::nullopt;
    const QString where = whereIs(db);
    return *id + u'-'
        + QString::fromLatin1(QCryptographicHash::hash(where.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}
} // namespace

QString AuditAnchors::store()
{
    // Shared by the desktop program and the command line.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/parindex/audit-anchors.ini"_s;
}

std::optional<QString> AuditAnchors::remember(const Database &db)
{
    const auto key = keyOf(db);
    const auto head = db.auditHead();
    if (!key || !head || head->first == 0)
        return std::nullopt;
    const QString folder = QFileInfo(store()).absolutePath();
    const auto unrecorded = [&db, folder] {
        return tr("What this computer saw of the audit log of %1 could not be recorded in %2 (the folder cannot be "
                  "written): a later cut of the log will not be noticed here.")
            .arg(QDir::toNativeSeparators(whereIs(db)), QDir::toNativeSeparators(folder));
    };
    if (!QDir().mkpath(folder))
        return unrecorded();
    QSettings settings(store(), QSettings::IniFormat);
    settings.beginGroup(*key);
    settings.setValue(u"path"_s, whereIs(db));
    settings.setValue(u"entry"_s, head->first);
    settings.setValue(u"hash"_s, head->second);
    settings.setValue(u"seen"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    settings.endGroup();
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return unrecorded();
    return std::nullopt;
}

std::optional<QString> AuditAnchors::problem(const Database &db)
{
    // A file whose identity cannot be read, or was removed, is never taken for one whose log is as this computer saw
    // it (every file of the current schema has one from its creation or its migration).
    const auto id = db.fileId();
    if (!id)
        return tr("The audit log of %1 cannot be compared with what this computer saw of it: %2")
            .arg(QDir::toNativeSeparators(db.path()), id.error().text());
    if (id->isEmpty())
        return tr("The identity of %1 was removed from the file outside the program: its audit log cannot be "
                  "compared with what this computer saw of it.")
            .arg(QDir::toNativeSeparators(db.path()));
    const auto key = keyOf(db);
    if (!key)
        return std::nullopt;
    QSettings settings(store(), QSettings::IniFormat);
    settings.beginGroup(*key);
    const qint64 entry = settings.value(u"entry"_s).toLongLong();
    if (entry <= 0)
        return std::nullopt;
    const auto hash = db.auditHash(entry);
    if (!hash)
        return hash.error().message;
    if (*hash == settings.value(u"hash"_s).toString())
        return std::nullopt;
    const QString seen = QDateTime::fromString(settings.value(u"seen"_s).toString(), Qt::ISODate)
                             .toLocalTime()
                             .toString(u"dd/MM/yyyy HH:mm"_s);
    return hash->isEmpty()
        ? tr("The audit log of %1 ends before entry %2, which this computer saw on %3: its newest entries were "
             "removed, or this is an older copy (a backup put back).")
              .arg(QDir::toNativeSeparators(db.path()), QString::number(entry), seen)
        : tr("Entry %1 of the audit log of %2 is not the one this computer saw on %3: the log was changed, or this "
             "is another copy of the file.")
              .arg(QString::number(entry), QDir::toNativeSeparators(db.path()), seen);
}

} // namespace parindex
