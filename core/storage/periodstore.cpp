// Periods: each ranks one group in one year, from draft to appraising to final; a final one refuses writes.
#include "periodstore.h"

#include "databaseprivate.h"
#include "linkstore.h"

#include <QtCore/QDir>

using namespace Qt::StringLiterals;

namespace parindex {

Result<QList<Period>> PeriodStore::periods(const QString &groupCode) const
{
    QSqlQuery q = d->query();
    const QString select = u"SELECT p.id, p.year, p.group_code, p.status, p.decision_number, p.decision_date, p.seal "
                           "FROM period p JOIN unit_group g ON g.code = p.group_code "_s;
    if (groupCode.isEmpty()) {
        q.prepare(select + u"ORDER BY g.position, g.code, p.year"_s);
    } else {
        q.prepare(select + u"WHERE p.group_code = ? ORDER BY p.year"_s);
        q.addBindValue(groupCode);
    }
    if (!q.exec())
        return d->error(q);
    QList<Period> list;
    while (q.next()) {
        auto p = fromRow(q);
        if (!p)
            return p.error();
        list.append(*p);
    }
    return list;
}

Result<Period> PeriodStore::period(int year, const QString &groupCode) const
{
    QSqlQuery q = d->query();
    q.prepare(u"SELECT id FROM period WHERE year = ? AND group_code = ?"_s);
    q.addBindValue(year);
    q.addBindValue(groupCode);
    if (!q.exec())
        return d->error(q);
    if (!q.next())
        return Error {Error::Kind::NotFound,
            Database::tr("There is no %1 period for group %2.").arg(QString::number(year), groupCode)};
    return byId(q.value(0).toLongLong());
}

Result<Period> PeriodStore::addPeriod(int year, const QString &groupCode, std::optional<int> copyFromYear)
{
    if (year < 1990 || year > 2200)
        return Error {Error::Kind::BadData, Database::tr("%1 is not a plausible year.").arg(year)};
    if (const auto existing = period(year, groupCode); existing)
        return Error {Error::Kind::BadData,
            Database::tr("The %1 period of group %2 exists already.").arg(QString::number(year), groupCode)};
    std::optional<Period> source;
    CriteriaTree tree;
    ClassBands bands = ClassBands::defaults();
    if (copyFromYear) {
        const auto from = period(*copyFromYear, groupCode);
        if (!from)
            return from.error();
        source = *from;
        auto t = d->criteria.criteria(from->id);
        if (!t)
            return t.error();
        tree = *t;
        auto b = d->criteria.bands(from->id);
        if (!b)
            return b.error();
        bands = *b;
    }
    qint64 newId = 0;
    const Status s = d->write(u"period.add"_s, u"%1/%2"_s.arg(year).arg(groupCode), QString(),
        copyFromYear ? Database::tr("copied from %1").arg(*copyFromYear) : QString(), [&]() -> Status {
            QSqlQuery q = d->query();
            q.prepare(u"INSERT INTO period (year, group_code, status, seal) VALUES (?, ?, 'draft', '') RETURNING id"_s);
            q.addBindValue(year);
            q.addBindValue(groupCode);
            if (!q.exec() || !q.next())
                return d->error(q);
            newId = q.value(0).toLongLong();
            QSqlQuery seal = d->query();
            seal.prepare(u"UPDATE period SET seal = ? WHERE id = ?"_s);
            seal.addBindValue(seals::period(newId, year, groupCode, u"draft"_s, QString(), QString()));
            seal.addBindValue(newId);
            if (const Status e = d->exec(seal); !e)
                return e;
            if (const Status e = d->criteria.insertBands(newId, bands); !e)
                return e;
            if (const Status e = d->criteria.insertCriteria(newId, tree); !e)
                return e;
            if (copyFromYear) {
                if (const Status e = links::copyForward(*d, newId, year, groupCode, *copyFromYear, tree); !e)
                    return e;
            }
            return d->units.fillRoster(newId, year, groupCode);
        });
    if (!s) {
        if (s.error().kind == Error::Kind::BadData)
            return Error {Error::Kind::BadData, Database::tr("There is no group %1.").arg(groupCode)};
        return s.error();
    }
    return byId(newId);
}

Status PeriodStore::setPeriodStatus(qint64 periodId, PeriodStatus status, const QString &decisionNumber,
    const QDate &decisionDate, const QString &reason)
{
    const auto p = byId(periodId);
    if (!p)
        return p.error();
    if (status == PeriodStatus::Final && (decisionNumber.trimmed().isEmpty() || !decisionDate.isValid()))
        return Error {Error::Kind::BadData, Database::tr("Finalising needs the decision's number and date.")};
    if (status == PeriodStatus::Final && d->schemaVersion >= 5) // it publishes: finalize() keeps what it published
        return Error {
            Error::Kind::Usage, Database::tr("A period is finalised with what it publishes (Database::finalize).")};
    if (p->isFinal() && status != PeriodStatus::Final && reason.trimmed().isEmpty())
        return Error {Error::Kind::BadData,
            Database::tr("Reopening a final period needs a reason, which is kept in the audit log.")};
    if (p->isFinal() && status == PeriodStatus::Final)
        return Error {Error::Kind::Final,
            Database::tr("The %1 ranking of group %2 is final already.").arg(QString::number(p->year), p->groupCode)};
    const QString number = status == PeriodStatus::Final ? decisionNumber.trimmed() : QString();
    const QString date = status == PeriodStatus::Final ? decisionDate.toString(Qt::ISODate) : QString();
    const QString code = periodStatusCode(status);
    QString newText = code;
    if (status == PeriodStatus::Final)
        newText += u" "_s + number + u" "_s + date;
    if (!reason.trimmed().isEmpty())
        newText += u" – "_s + reason.trimmed();
    return d->write(
        status == PeriodStatus::Final ? u"period.finalize"_s : (p->isFinal() ? u"period.reopen"_s : u"period.status"_s),
        label(*p), periodStatusCode(p->status) + u" "_s + p->decisionNumber, newText, [&]() -> Status {
            const auto now = byId(periodId); // read again in the transaction; its seal must hold
            if (!now)
                return now.error();
            if (now->status != p->status)
                return d->conflict(label(*p), {label(*p)}, PeriodText::statusLabel(now->status));
            QSqlQuery q = d->query();
            q.prepare(u"UPDATE period SET status = ?, decision_number = ?, decision_date = ?, seal = ? "
                      "WHERE id = ?"_s);
            q.addBindValue(code);
            q.addBindValue(sql::text(number));
            q.addBindValue(sql::text(date));
            q.addBindValue(seals::period(periodId, p->year, p->groupCode, code, number, date));
            q.addBindValue(periodId);
            return d->exec(q);
        });
}

Result<Period> PeriodStore::byId(qint64 periodId) const
{
    QSqlQuery q = d->query();
    q.prepare(u"SELECT id, year, group_code, status, decision_number, decision_date, seal FROM period WHERE id = ?"_s);
    q.addBindValue(periodId);
    if (!q.exec())
        return d->error(q);
    if (!q.next())
        return Error {Error::Kind::NotFound,
            Database::tr("The period no longer exists in %1.").arg(QDir::toNativeSeparators(d->path))};
    return fromRow(q);
}

Result<Period> PeriodStore::fromRow(const QSqlQuery &q) const
{
    Period p;
    p.id = q.value(0).toLongLong();
    p.year = q.value(1).toInt();
    p.groupCode = q.value(2).toString();
    const auto status = periodStatusFromCode(q.value(3).toString());
    p.status = status.value_or(PeriodStatus::Draft);
    p.decisionNumber = q.value(4).toString();
    p.decisionDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    if (!status
        || seals::period(p.id, p.year, p.groupCode, q.value(3).toString(), p.decisionNumber, q.value(5).toString())
            != q.value(6).toString())
        return d->changedOutside(Database::tr("the %1 period of group %2").arg(QString::number(p.year), p.groupCode));
    return p;
}

QString PeriodStore::label(const Period &p)
{
    return u"%1/%2"_s.arg(p.year).arg(p.groupCode);
}

QString PeriodStore::label(qint64 periodId) const
{
    QSqlQuery q = d->query();
    q.prepare(u"SELECT year, group_code FROM period WHERE id = ?"_s);
    q.addBindValue(periodId);
    if (q.exec() && q.next())
        return u"%1/%2"_s.arg(q.value(0).toString(), q.value(1).toString());
    return QString::number(periodId);
}

Status PeriodStore::requireOpen(qint64 periodId) const
{
    const auto p = byId(periodId);
    if (!p)
        return p.error();
    if (p->isFinal()) {
        return Error {Error::Kind::Final,
            Database::tr("The %1 ranking of group %2 is final (decision %3): it cannot be changed. Reopen "
                         "it with a reason to correct it.")
                .arg(QString::number(p->year), p->groupCode, p->decisionNumber)};
    }
    return {};
}

Result<QString> PeriodStore::decisionTexts(qint64 periodId) const
{
    const ReadSnapshot snapshot(*d->engine); // what is verified is what is shown
    if (const Status s = d->verifyPart(periodId, Part::Texts); !s)
        return s.error();
    QSqlQuery q = d->query();
    q.prepare(u"SELECT content FROM decision_text WHERE period_id = ?"_s);
    q.addBindValue(periodId);
    if (!q.exec())
        return d->error(q);
    return q.next() ? q.value(0).toString() : QString();
}

Status PeriodStore::setDecisionTexts(
    const QList<qint64> &periodIds, const QString &json, const std::optional<QString> &expected)
{
    // One decision covers several periods (one per group): its texts change in all of them or in none.
    QStringList labels;
    QString old;
    for (qint64 periodId : periodIds) {
        const auto p = byId(periodId);
        if (!p)
            return p.error();
        if (const Status s = requireOpen(periodId); !s)
            return s;
        labels.append(label(*p));
        if (old.isEmpty()) {
            const auto stored = decisionTexts(periodId);
            old = stored ? *stored : QString();
        }
    }
    return d->write(u"decision.texts"_s, labels.join(u", "_s), old, json, [&]() -> Status {
        if (expected && !periodIds.isEmpty()) {
            const auto now = decisionTexts(periodIds.first());
            if (!now)
                return now.error();
            if (*now != *expected)
                return d->conflict(Database::tr("The texts of the decision"), labels, Database::tr("different"));
        }
        QSqlQuery q = d->query();
        q.prepare(u"INSERT INTO decision_text (period_id, content, seal) VALUES (?, ?, ?) "
                  "ON CONFLICT(period_id) DO UPDATE SET content = excluded.content, seal = excluded.seal"_s);
        for (qint64 periodId : periodIds) {
            // Read again in the transaction: the period may have been finalised meanwhile, or its texts changed
            // outside the program (never sealed again).
            if (const Status s = requireOpen(periodId); !s)
                return s;
            if (const Status s = d->verifyPart(periodId, Part::Texts); !s)
                return s;
            q.addBindValue(periodId);
            q.addBindValue(json);
            q.addBindValue(seals::decisionText(periodId, json));
            if (const Status s = d->exec(q); !s)
                return s;
            if (const Status s = d->recount(periodId, Part::Texts); !s)
                return s;
        }
        return {};
    });
}

} // namespace parindex
