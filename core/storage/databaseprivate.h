#pragma once

#include "database.h"
#include "sqlsupport.h"

#include <QtCore/QSet>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

namespace parindex {

struct Database::Private
{
    QString path;
    QString connectionName;
    bool readOnly = false;
    QString journalMode;
    int schemaVersion = 0;
    QString who;
    std::function<QDateTime()> clock;
    bool keysLeftOff = false; // foreign keys could not be turned back on after a bulk write (see writeWith)
    QSet<qint64> ownAudit; // audit rows this object committed: the window tells them from other programs' writes
    qint64 pendingAudit = 0; // the audit row of the transaction under way, own once it commits

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }
    QSqlQuery query() const { return QSqlQuery(db()); }
    Error error(const QSqlQuery &q) const { return sql::queryError(q, path); }

    // What an audit row says about a write whose old value is read inside its transaction.
    struct AuditText
    {
        QString entity;
        QString oldValue;
        QString newValue;
    };
    // Runs `body` in one BEGIN IMMEDIATE transaction, then appends the audit row it describes; rolls back on
    // any failure. Reads that decide a write belong in the body: outside, another process may commit between
    // the read and the write (a lost update), and an unfinished read would keep a stale snapshot.
    // Keys::CheckedByBody is for bulk writes whose body checks, inside the transaction, that every key it
    // writes exists: SQLite's own foreign-key lookups (two per score cell) are then left out for that
    // transaction only, and `check` still runs foreign_key_check over the whole file.
    enum class Keys { Enforced, CheckedByBody };
    Status writeWith(const QString &action, const std::function<Result<AuditText>()> &body, Keys keys = Keys::Enforced);
    // The same, for writes whose audit text is known before the transaction.
    Status write(const QString &action, const QString &entity, const QString &oldValue, const QString &newValue,
        const std::function<Status()> &body);
    Status appendAudit(const QString &action, const QString &entity, const QString &oldValue, const QString &newValue);
    Status requireWritable() const;
    QList<AuditEntry> auditEntries(QSqlQuery &q) const; // rows of id, at, who, action, entity, old, new, hash
    // Refuses a write that would replace a value someone else changed since the caller read it (an undo): says
    // who changed it and when, from the newest audit row about one of `entities`, and what it holds now.
    Error conflict(const QString &what, const QStringList &entities, const QString &now) const;
    // Refuses a write to a final period ("... is final (decision ...); reopen it with a reason").
    Status requireOpenPeriod(qint64 periodId) const;
    Result<Period> periodById(qint64 periodId) const;
    QString periodLabel(const Period &p) const;
    Status exec(QSqlQuery &q) const;
    Status exec(const QString &statement) const;
};

namespace seals {
QString group(const UnitGroup &g);
QString unit(const QString &code, const QString &name, const QString &group, const QVariant &since,
    const QVariant &retired, bool ranked);
QString period(
    qint64 id, int year, const QString &group, const QString &status, const QString &number, const QString &date);
QString band(qint64 periodId, const QString &classCode, qint64 minIndex);
QString criterion(qint64 periodId, const QString &code, const QString &title, qint64 max, const QString &kind,
    const QString &rule, int position);
QString score(
    qint64 criterionId, qint64 unitId, const QVariant &self, const QVariant &appraised, bool na, const QString &note);
QString decisionText(qint64 periodId, const QString &content);
} // namespace seals

} // namespace parindex
