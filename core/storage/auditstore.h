#pragma once

#include "database.h"

class QSqlQuery;

namespace parindex {

// The audit log, a hash chain every write appends to in its own transaction, and `check`, which holds the whole
// store against the chain and the seals.
class AuditStore
{
public:
    explicit AuditStore(Database::Private &d) : d(&d) { }

    Result<QList<AuditEntry>> auditLog(int limit) const;
    Result<QPair<qint64, QString>> auditHead() const;
    Result<QString> auditHash(qint64 id) const;
    Result<QString> fileId() const;
    Result<QList<AuditEntry>> auditAfter(qint64 id) const;
    CheckReport check() const;

    // Appends the row of a write (inside its transaction), continuing the chain from the recorded head.
    Status append(const QString &action, const QString &entity, const QString &oldValue, const QString &newValue);

private:
    QList<AuditEntry> entries(QSqlQuery &q) const; // rows of id, at, who, action, entity, old, new, hash
    void checkPeriods(CheckReport &report, const QHash<qint64, QString> &auditChain) const;

    Database::Private *d;
};

} // namespace parindex
