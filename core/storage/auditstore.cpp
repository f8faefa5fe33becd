// The audit log: a chain of SHA-256 hashes, one row per write, whose head the store records apart.
#include "auditstore.h"

#include "databaseprivate.h"

using namespace Qt::StringLiterals;

namespace parindex {

Status AuditStore::append(
    const QString &action, const QString &entity, const QString &oldValue, const QString &newValue)
{
    QSqlQuery head = d->query();
    if (!head.exec(
            u"SELECT hash, (SELECT value FROM meta WHERE key = 'audit_head') FROM audit ORDER BY id DESC LIMIT 1"_s))
        return d->error(head);
    const bool hasHead = head.next();
    const QString previous = hasHead ? head.value(0).toString() : QString();
    // A log whose newest rows were removed outside the program is not continued as if nothing had happened: the
    // next row would make the cut look whole.
    if (hasHead && head.value(1).toString() != previous)
        return d->changedOutside(Database::tr("the audit log"));
    const QString at = d->clock().toUTC().toString(Qt::ISODateWithMs);
    const QString hash = sql::chainHash({previous, at, d->who, action, entity, oldValue, newValue});
    QSqlQuery q = d->query();
    q.prepare(u"INSERT INTO audit (at, who, action, entity, old_value, new_value, prev_hash, hash) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    for (const QString &v : {at, d->who, action, entity, oldValue, newValue, previous, hash})
        q.addBindValue(v.isNull() ? u""_s : v); // a null QString would bind as SQL NULL
    // RETURNING, not lastInsertId(): the server's driver has no last row id.
    if (!q.exec() || !q.next())
        return d->error(q);
    d->pendingAudit = q.value(0).toLongLong();
    QSqlQuery meta = d->query();
    // On a server the store's guard has moved the head with the row (serverrights.cpp): nothing is written again.
    meta.prepare(u"INSERT INTO meta (key, value) VALUES ('audit_head', ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value WHERE meta.value <> excluded.value"_s);
    meta.addBindValue(hash);
    return d->exec(meta);
}

Result<QList<AuditEntry>> AuditStore::auditLog(int limit) const
{
    QSqlQuery q = d->query();
    q.prepare(u"SELECT id, at, who, action, entity, old_value, new_value, hash FROM audit ORDER BY id DESC LIMIT ?"_s);
    q.addBindValue(limit);
    if (!q.exec())
        return d->error(q);
    return entries(q);
}

Result<QList<AuditEntry>> AuditStore::auditAfter(qint64 id) const
{
    QSqlQuery q = d->query();
    q.prepare(u"SELECT id, at, who, action, entity, old_value, new_value, hash FROM audit WHERE id > ? ORDER BY id"_s);
    q.addBindValue(id);
    if (!q.exec())
        return d->error(q);
    return entries(q);
}

Result<QPair<qint64, QString>> AuditStore::auditHead() const
{
    QSqlQuery q = d->query();
    if (!q.exec(u"SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1"_s))
        return d->error(q);
    if (!q.next())
        return QPair<qint64, QString>(0, QString());
    return QPair<qint64, QString>(q.value(0).toLongLong(), q.value(1).toString());
}

Result<QString> AuditStore::auditHash(qint64 id) const
{
    QSqlQuery q = d->query();
    q.prepare(u"SELECT hash FROM audit WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return d->error(q);
    return q.next() ? q.value(0).toString() : QString();
}

Result<QString> AuditStore::fileId() const
{
    QSqlQuery q = d->query();
    if (!q.exec(u"SELECT value FROM meta WHERE key = 'file_id'"_s))
        return d->error(q);
    return q.next() ? q.value(0).toString() : QString();
}

QList<AuditEntry> AuditStore::entries(QSqlQuery &q) const
{
    QList<AuditEntry> list;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        list.append({id, QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
            q.value(7).toString(), d->ownAudit.contains(id)});
    }
    return list;
}

} // namespace parindex
