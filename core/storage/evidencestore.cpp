// Evidence documents (tài liệu kiểm chứng): what the units attach to their cells, kept in the store itself.
#include "evidencestore.h"

#include "databaseprivate.h"

#include <QtCore/QFileInfo>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

using namespace Qt::StringLiterals;

namespace parindex {

namespace seals {
QString evidence(qint64 id, qint64 periodId, qint64 unitId, const Evidence &e, const QString &added)
{
    return sql::seal({u"evidence"_s, QString::number(id), QString::number(periodId), QString::number(unitId),
        e.criterionCode, e.name, e.mediaType, e.sha256, QString::number(e.size), added, e.addedBy});
}
} // namespace seals

namespace {
QString timeText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

// What the audit row keeps of an attachment: enough to say what it was and find its content by its digest.
QString auditText(const Evidence &e)
{
    const QJsonObject o {{u"id"_s, QString::number(e.id)}, {u"name"_s, e.name}, {u"type"_s, e.mediaType},
        {u"sha256"_s, e.sha256}, {u"size"_s, QString::number(e.size)}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

const QString selectColumns = u"SELECT e.id, u.code, e.criterion_code, e.name, e.media_type, e.sha256, e.size, "
                              "e.added, e.added_by, e.period_id, e.unit_id, e.seal FROM evidence e "
                              "JOIN unit u ON u.id = e.unit_id "_s;

Evidence evidenceFrom(const QSqlQuery &q)
{
    Evidence e;
    e.id = q.value(0).toLongLong();
    e.unitCode = q.value(1).toString();
    e.criterionCode = q.value(2).toString();
    e.name = q.value(3).toString();
    e.mediaType = q.value(4).toString();
    e.sha256 = q.value(5).toString();
    e.size = q.value(6).toLongLong();
    e.added = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    e.addedBy = q.value(8).toString();
    return e;
}

bool sealHolds(const QSqlQuery &q, const Evidence &e)
{
    return seals::evidence(e.id, q.value(9).toLongLong(), q.value(10).toLongLong(), e, q.value(7).toString())
        == q.value(11).toString();
}

QString described(const Evidence &e, const QString &period)
{
    return Database::tr("the evidence document %1 of unit %2 for criterion %3 in %4")
        .arg(e.name, e.unitCode, e.criterionCode, period);
}

// The stored attachment `id` of the period, its seal verified.
Result<Evidence> stored(const Database::Private &d, qint64 periodId, qint64 id)
{
    QSqlQuery q = d.query();
    q.prepare(selectColumns + u"WHERE e.period_id = ? AND e.id = ?"_s);
    q.addBindValue(periodId);
    q.addBindValue(id);
    if (!q.exec())
        return d.error(q);
    if (!q.next())
        return Error {Error::Kind::NotFound,
            Database::tr("Evidence document %1 is not in %2 (removed meanwhile?).")
                .arg(id)
                .arg(d.periods.label(periodId))};
    const Evidence e = evidenceFrom(q);
    if (!sealHolds(q, e))
        return d.changedOutside(described(e, d.periods.label(periodId)));
    return e;
}
} // namespace

Status EvidenceStore::requireSchema() const
{
    if (d->schemaVersion < 7)
        return Error {Error::Kind::ReadOnly,
            Database::tr("This file is of schema version %1, which holds no evidence documents: open it with this "
                         "program to upgrade it.")
                .arg(d->schemaVersion)};
    return {};
}

Result<QList<Evidence>> EvidenceStore::list(qint64 periodId, const QString &unitCode) const
{
    if (d->schemaVersion < 7)
        return QList<Evidence>();
    const ReadSnapshot snapshot(*d->engine); // the rows and the record of them, as of one moment
    // The period's attachments are those the program wrote (schema 10 on): none removed or added outside it. Read for
    // a whole period only: a notice per unit of a national period would read them all once per unit.
    if (unitCode.isEmpty()) {
        if (const Status s = d->verifyPart(periodId, Part::Evidence); !s)
            return s.error();
    }
    QSqlQuery q = d->query();
    q.setForwardOnly(true);
    QString sql = selectColumns + u"WHERE e.period_id = ?"_s;
    if (!unitCode.isEmpty())
        sql += u" AND u.code = ?"_s;
    q.prepare(sql + u" ORDER BY u.code, e.criterion_code, e.id"_s);
    q.addBindValue(periodId);
    if (!unitCode.isEmpty())
        q.addBindValue(unitCode);
    if (!q.exec())
        return d->error(q);
    QList<Evidence> list;
    while (q.next()) {
        const Evidence e = evidenceFrom(q);
        if (!sealHolds(q, e))
            return d->changedOutside(described(e, d->periods.label(periodId)));
        list.append(e);
    }
    return list;
}

Result<QByteArray> EvidenceStore::content(qint64 periodId, qint64 id) const
{
    if (const Status s = requireSchema(); !s)
        return s.error();
    const ReadSnapshot snapshot(*d->engine);
    if (const Status s = d->verifyPart(periodId, Part::Evidence); !s)
        return s.error();
    const auto e = stored(*d, periodId, id);
    if (!e)
        return e.error();
    QSqlQuery q = d->query();
    q.setForwardOnly(true);
    q.prepare(u"SELECT content FROM evidence_content WHERE sha256 = ?"_s);
    q.addBindValue(e->sha256);
    if (!q.exec())
        return d->error(q);
    // The content is known by its digest: one that no longer matches it was changed outside the program.
    const QByteArray bytes = q.next() ? q.value(0).toByteArray() : QByteArray();
    if (bytes.size() != e->size || evidence::digestOf(bytes) != e->sha256)
        return d->changedOutside(Database::tr("the content of %1").arg(described(*e, d->periods.label(periodId))));
    return bytes;
}

Result<Evidence> EvidenceStore::add(qint64 periodId, const Evidence &evidence, const QByteArray &content)
{
    if (const Status s = requireSchema(); !s)
        return s.error();
    Evidence made = evidence;
    made.name = QFileInfo(evidence.name.trimmed()).fileName();
    if (made.name.isEmpty())
        return Error {Error::Kind::BadData, Database::tr("An evidence document needs the name of its file.")};
    const auto type = evidence::mediaTypeOf(made.name, content);
    if (!type)
        return type.error();
    made.mediaType = *type;
    made.sha256 = evidence::digestOf(content);
    made.size = content.size();
    // An attachment put back (the undo of its removal, the redo of its attaching) keeps who attached it and when.
    const bool restored = made.id != 0 && made.added.isValid() && !made.addedBy.isEmpty();
    if (!restored) {
        made.addedBy = d->who;
        made.added = d->clock().toUTC();
    }
    // What is stored is what is read back: a time to the millisecond.
    made.added = QDateTime::fromString(timeText(made.added), Qt::ISODateWithMs);
    const Status written = d->writeWith(u"evidence.add"_s, [&]() -> Result<Database::Private::AuditText> {
        const auto p = d->periods.byId(periodId);
        if (!p)
            return p.error();
        if (const Status s = d->periods.requireOpen(periodId); !s)
            return s.error();
        const QString entity = u"%1/%2/%3"_s.arg(d->periods.label(*p), made.unitCode, made.criterionCode);
        const auto unitId = d->units.rosterUnitId(*p, made.unitCode);
        if (!unitId)
            return unitId.error();
        QSqlQuery c = d->query();
        c.prepare(u"SELECT 1 FROM criterion WHERE period_id = ? AND code = ? AND kind <> 'group'"_s);
        c.addBindValue(periodId);
        c.addBindValue(made.criterionCode);
        if (!c.exec())
            return d->error(c);
        if (!c.next())
            return Error {Error::Kind::NotFound,
                Database::tr("%1 is not a criterion that takes a value in %2.")
                    .arg(made.criterionCode, d->periods.label(*p))};
        // The same document twice on one cell is a slip, not evidence: said, not kept twice.
        QSqlQuery same = d->query();
        same.prepare(u"SELECT name FROM evidence WHERE period_id = ? AND unit_id = ? AND criterion_code = ? AND "
                     "sha256 = ?"_s);
        for (const QVariant &v :
            {QVariant(periodId), QVariant(*unitId), QVariant(made.criterionCode), QVariant(made.sha256)})
            same.addBindValue(v);
        if (!same.exec())
            return d->error(same);
        if (same.next())
            return Error {Error::Kind::BadData,
                Database::tr(
                    "%1 is already attached to criterion %2 of unit %3, as %4: the same document is kept once.")
                    .arg(made.name, made.criterionCode, made.unitCode, same.value(0).toString())};
        QSqlQuery keep = d->query();
        keep.prepare(u"INSERT INTO evidence_content (sha256, size, content) VALUES (?, ?, ?) "
                     "ON CONFLICT (sha256) DO NOTHING"_s);
        keep.addBindValue(made.sha256);
        keep.addBindValue(made.size);
        keep.addBindValue(content);
        if (const Status s = d->exec(keep); !s)
            return s.error();
        if (made.id == 0) {
            QSqlQuery next = d->query();
            if (!next.exec(u"SELECT coalesce(max(id), 0) + 1 FROM evidence"_s) || !next.next())
                return d->error(next);
            made.id = next.value(0).toLongLong();
        }
        const QString added = timeText(made.added);
        QSqlQuery q = d->query();
        q.prepare(u"INSERT INTO evidence (id, period_id, unit_id, criterion_code, name, media_type, sha256, size, "
                  "added, added_by, seal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (const QVariant &v : {QVariant(made.id), QVariant(periodId), QVariant(*unitId),
                 QVariant(made.criterionCode), QVariant(made.name), QVariant(made.mediaType), QVariant(made.sha256),
                 QVariant(made.size), QVariant(added), QVariant(made.addedBy)})
            q.addBindValue(v);
        const QString seal = seals::evidence(made.id, periodId, *unitId, made, added);
        q.addBindValue(seal);
        if (const Status s = d->exec(q); !s)
            return s.error();
        // The period's record of what it holds counts the attachment (schema 10 on).
        SealSet attached;
        attached.add(seal);
        if (const Status s = d->adjustContent(periodId, Part::Evidence, SealSet(), attached); !s)
            return s.error();
        return Database::Private::AuditText {entity, QString(), auditText(made)};
    });
    if (!written)
        return written.error();
    return made;
}

Status EvidenceStore::remove(qint64 periodId, qint64 id, const std::optional<Evidence> &expected)
{
    if (const Status s = requireSchema(); !s)
        return s;
    return d->writeWith(u"evidence.remove"_s, [&]() -> Result<Database::Private::AuditText> {
        if (const Status s = d->periods.requireOpen(periodId); !s)
            return s.error();
        const auto old = stored(*d, periodId, id);
        if (!old)
            return old.error();
        const QString entity = u"%1/%2/%3"_s.arg(d->periods.label(periodId), old->unitCode, old->criterionCode);
        if (expected && *old != *expected)
            return d->conflict(Database::tr("The evidence document %1 of unit %2 for criterion %3")
                                   .arg(old->name, old->unitCode, old->criterionCode),
                {entity}, old->name);
        QSqlQuery q = d->query();
        q.prepare(u"DELETE FROM evidence WHERE id = ? RETURNING seal"_s);
        q.addBindValue(id);
        if (const Status s = d->exec(q); !s)
            return s.error();
        SealSet removed;
        while (q.next())
            removed.add(q.value(0).toString());
        q.finish();
        if (const Status s = d->adjustContent(periodId, Part::Evidence, removed, SealSet()); !s)
            return s.error();
        // Its content goes with the last attachment that needs it.
        QSqlQuery unused = d->query();
        unused.prepare(u"DELETE FROM evidence_content WHERE sha256 = ? AND NOT EXISTS "
                       "(SELECT 1 FROM evidence WHERE sha256 = ?)"_s);
        unused.addBindValue(old->sha256);
        unused.addBindValue(old->sha256);
        if (const Status s = d->exec(unused); !s)
            return s.error();
        return Database::Private::AuditText {entity, auditText(*old), QString()};
    });
}

} // namespace parindex
