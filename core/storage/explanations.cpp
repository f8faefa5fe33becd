// Explanations (giải trình): what the units answered to their notice of appraisal results, per cell.
#include "scorestore.h"

#include "databaseprivate.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLocale>

using namespace Qt::StringLiterals;

namespace parindex {

namespace seals {
QString explanation(qint64 id, qint64 periodId, qint64 unitId, const QString &criterion, const QString &text,
    const QString &received, const QString &decided, const QString &conclusion)
{
    return sql::seal({u"explanation"_s, QString::number(id), QString::number(periodId), QString::number(unitId),
        criterion, text, received, decided, conclusion});
}
} // namespace seals

namespace {
QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// What the audit row keeps of it: enough to recover it from the log.
QString auditText(const Explanation &e)
{
    QJsonObject o {{u"id"_s, QString::number(e.id)}, {u"text"_s, e.text}, {u"received"_s, isoDate(e.received)}};
    if (!e.isOpen())
        o.insert(u"decided"_s, isoDate(e.decided));
    if (!e.conclusion.isEmpty())
        o.insert(u"conclusion"_s, e.conclusion);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

const QString selectColumns = u"SELECT e.id, u.code, e.criterion_code, e.content, e.received, e.decided, "
                              "e.conclusion, e.period_id, e.unit_id, e.seal FROM explanation e "
                              "JOIN unit u ON u.id = e.unit_id "_s;

Explanation explanationFrom(const QSqlQuery &q)
{
    Explanation e;
    e.id = q.value(0).toLongLong();
    e.unitCode = q.value(1).toString();
    e.criterionCode = q.value(2).toString();
    e.text = q.value(3).toString();
    e.received = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    e.decided = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    e.conclusion = q.value(6).toString();
    return e;
}

bool sealHolds(const QSqlQuery &q)
{
    return seals::explanation(q.value(0).toLongLong(), q.value(7).toLongLong(), q.value(8).toLongLong(),
               q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
               q.value(6).toString())
        == q.value(9).toString();
}
} // namespace

Result<QList<Explanation>> ScoreStore::explanations(qint64 periodId, const QString &unitCode) const
{
    if (d->schemaVersion < 6)
        return QList<Explanation>();
    QSqlQuery q = d->query();
    q.setForwardOnly(true);
    QString sql = selectColumns + u"WHERE e.period_id = ?"_s;
    if (!unitCode.isEmpty())
        sql += u" AND u.code = ?"_s;
    q.prepare(sql + u" ORDER BY u.code, e.criterion_code, e.received, e.id"_s);
    q.addBindValue(periodId);
    if (!unitCode.isEmpty())
        q.addBindValue(unitCode);
    if (!q.exec())
        return d->error(q);
    QList<Explanation> list;
    while (q.next()) {
        const Explanation e = explanationFrom(q);
        if (!sealHolds(q))
            return d->changedOutside(Database::tr("the explanation of unit %1 for criterion %2 in %3")
                                         .arg(e.unitCode, e.criterionCode, d->periods.label(periodId)));
        list.append(e);
    }
    return list;
}

namespace {
// The stored explanation `id` of the period, its seal verified (inside a write's transaction).
Result<Explanation> storedExplanation(const Database::Private &d, qint64 periodId, qint64 id)
{
    QSqlQuery q = d.query();
    q.prepare(selectColumns + u"WHERE e.period_id = ? AND e.id = ?"_s);
    q.addBindValue(periodId);
    q.addBindValue(id);
    if (!q.exec())
        return d.error(q);
    if (!q.next())
        return Error {Error::Kind::NotFound,
            Database::tr("Explanation %1 is not in %2 (removed meanwhile?).").arg(id).arg(d.periods.label(periodId))};
    const Explanation e = explanationFrom(q);
    if (!sealHolds(q))
        return d.changedOutside(Database::tr("the explanation of unit %1 for criterion %2 in %3")
                                    .arg(e.unitCode, e.criterionCode, d.periods.label(periodId)));
    return e;
}

Status requireExplanations(const Database::Private &d)
{
    if (d.schemaVersion < 6)
        return Error {Error::Kind::ReadOnly,
            Database::tr("This file is of schema version %1, which holds no explanations: open it with this program "
                         "to upgrade it.")
                .arg(d.schemaVersion)};
    return {};
}
} // namespace

Result<Explanation> ScoreStore::addExplanation(qint64 periodId, const Explanation &explanation)
{
    if (const Status s = requireExplanations(*d); !s)
        return s.error();
    Explanation stored = explanation;
    stored.text = stored.text.trimmed();
    const Status written = d->writeWith(u"explanation.add"_s, [&]() -> Result<Database::Private::AuditText> {
        const auto p = d->periods.byId(periodId);
        if (!p)
            return p.error();
        if (const Status s = d->periods.requireOpen(periodId); !s)
            return s.error();
        const QString entity = u"%1/%2/%3"_s.arg(d->periods.label(*p), stored.unitCode, stored.criterionCode);
        if (stored.text.isEmpty())
            return Error {Error::Kind::BadData,
                Database::tr("The explanation of unit %1 for criterion %2 has no text: write what the unit explained.")
                    .arg(stored.unitCode, stored.criterionCode)};
        if (!stored.received.isValid())
            return Error {Error::Kind::BadData,
                Database::tr("The explanation of unit %1 for criterion %2 needs the date it was received.")
                    .arg(stored.unitCode, stored.criterionCode)};
        const auto unitId = d->units.rosterUnitId(*p, stored.unitCode);
        if (!unitId)
            return unitId.error();
        QSqlQuery c = d->query();
        c.prepare(u"SELECT 1 FROM criterion WHERE period_id = ? AND code = ? AND kind <> 'group'"_s);
        c.addBindValue(periodId);
        c.addBindValue(stored.criterionCode);
        if (!c.exec())
            return d->error(c);
        if (!c.next())
            return Error {Error::Kind::NotFound,
                Database::tr("%1 is not a criterion that takes a value in %2.")
                    .arg(stored.criterionCode, d->periods.label(*p))};
        if (stored.id == 0) {
            QSqlQuery next = d->query();
            if (!next.exec(u"SELECT coalesce(max(id), 0) + 1 FROM explanation"_s) || !next.next())
                return d->error(next);
            stored.id = next.value(0).toLongLong();
        }
        QSqlQuery q = d->query();
        q.prepare(u"INSERT INTO explanation (id, period_id, unit_id, criterion_code, content, received, decided, "
                  "conclusion, seal) VALUES (?, ?, ?, ?, ?, ?, coalesce(?, ''), coalesce(?, ''), ?)"_s);
        const QString received = isoDate(stored.received);
        const QString decided = isoDate(stored.decided);
        for (const QVariant &v :
            {QVariant(stored.id), QVariant(periodId), QVariant(*unitId), QVariant(stored.criterionCode),
                QVariant(stored.text), QVariant(received), QVariant(decided), QVariant(stored.conclusion)})
            q.addBindValue(v);
        q.addBindValue(seals::explanation(
            stored.id, periodId, *unitId, stored.criterionCode, stored.text, received, decided, stored.conclusion));
        if (const Status s = d->exec(q); !s)
            return s.error();
        return Database::Private::AuditText {entity, QString(), auditText(stored)};
    });
    if (!written)
        return written.error();
    return stored;
}

Status ScoreStore::decideExplanation(qint64 periodId, qint64 id, const QDate &decided, const QString &conclusion,
    const std::optional<Explanation> &expected)
{
    if (const Status s = requireExplanations(*d); !s)
        return s;
    return d->writeWith(u"explanation.decide"_s, [&]() -> Result<Database::Private::AuditText> {
        if (const Status s = d->periods.requireOpen(periodId); !s)
            return s.error();
        const auto old = storedExplanation(*d, periodId, id);
        if (!old)
            return old.error();
        const QString entity = u"%1/%2/%3"_s.arg(d->periods.label(periodId), old->unitCode, old->criterionCode);
        if (expected && *old != *expected)
            return d->conflict(
                Database::tr("The explanation of unit %1 for criterion %2").arg(old->unitCode, old->criterionCode),
                {entity}, old->isOpen() ? Database::tr("open") : Database::tr("decided"));
        if (decided.isValid() && decided < old->received)
            return Error {Error::Kind::BadData,
                Database::tr(
                    "The explanation of unit %1 for criterion %2 was received on %3: it cannot be decided before.")
                    .arg(old->unitCode, old->criterionCode, QLocale().toString(old->received, QLocale::ShortFormat))};
        Explanation now = *old;
        now.decided = decided;
        now.conclusion = decided.isValid() ? conclusion.trimmed() : QString();
        QSqlQuery unit = d->query();
        unit.prepare(u"SELECT unit_id FROM explanation WHERE id = ?"_s);
        unit.addBindValue(id);
        if (!unit.exec() || !unit.next())
            return d->error(unit);
        QSqlQuery q = d->query();
        q.prepare(
            u"UPDATE explanation SET decided = coalesce(?, ''), conclusion = coalesce(?, ''), seal = ? WHERE id = ?"_s);
        q.addBindValue(isoDate(now.decided));
        q.addBindValue(now.conclusion);
        q.addBindValue(seals::explanation(id, periodId, unit.value(0).toLongLong(), now.criterionCode, now.text,
            isoDate(now.received), isoDate(now.decided), now.conclusion));
        q.addBindValue(id);
        if (const Status s = d->exec(q); !s)
            return s.error();
        return Database::Private::AuditText {entity, auditText(*old), auditText(now)};
    });
}

Status ScoreStore::removeExplanation(qint64 periodId, qint64 id, const std::optional<Explanation> &expected)
{
    if (const Status s = requireExplanations(*d); !s)
        return s;
    return d->writeWith(u"explanation.remove"_s, [&]() -> Result<Database::Private::AuditText> {
        if (const Status s = d->periods.requireOpen(periodId); !s)
            return s.error();
        const auto old = storedExplanation(*d, periodId, id);
        if (!old)
            return old.error();
        const QString entity = u"%1/%2/%3"_s.arg(d->periods.label(periodId), old->unitCode, old->criterionCode);
        if (expected && *old != *expected)
            return d->conflict(
                Database::tr("The explanation of unit %1 for criterion %2").arg(old->unitCode, old->criterionCode),
                {entity}, old->isOpen() ? Database::tr("open") : Database::tr("decided"));
        QSqlQuery q = d->query();
        q.prepare(u"DELETE FROM explanation WHERE id = ?"_s);
        q.addBindValue(id);
        if (const Status s = d->exec(q); !s)
            return s.error();
        return Database::Private::AuditText {entity, auditText(*old), QString()};
    });
}

} // namespace parindex
