// Groups, units, periods, criteria and bands: the tables a council edits rarely.
#include "database.h"

#include "databaseprivate.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSet>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
QVariant optionalInt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Int));
}

QString unitText(const Unit &u)
{
    QJsonObject o {{u"code"_s, u.code}, {u"name"_s, u.name}, {u"group"_s, u.groupCode}, {u"ranked"_s, u.ranked}};
    if (u.sinceYear)
        o.insert(u"since_year"_s, *u.sinceYear);
    if (u.retiredYear)
        o.insert(u"retired_year"_s, *u.retiredYear);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Unit unitFrom(const QSqlQuery &q)
{
    Unit u;
    u.id = q.value(0).toLongLong();
    u.code = q.value(1).toString();
    u.name = q.value(2).toString();
    u.groupCode = q.value(3).toString();
    if (!q.value(4).isNull())
        u.sinceYear = q.value(4).toInt();
    if (!q.value(5).isNull())
        u.retiredYear = q.value(5).toInt();
    u.ranked = q.value(6).toBool();
    return u;
}

const QString unitColumns = u"id, code, name, group_code, since_year, retired_year, ranked"_s;
} // namespace

Result<QList<UnitGroup>> Database::groups() const
{
    QSqlQuery q = d->query();
    if (!q.exec(u"SELECT code, name, position FROM unit_group ORDER BY position, code"_s))
        return d->error(q);
    QList<UnitGroup> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()});
    return list;
}

Status Database::saveGroup(const UnitGroup &group, const std::optional<UnitGroup> &expected)
{
    if (group.code.trimmed().isEmpty() || group.name.trimmed().isEmpty())
        return Error {Error::Kind::BadData, tr("A group needs a code and a name.")};
    QString old;
    if (const auto all = groups(); all) {
        for (const UnitGroup &g : *all) {
            if (g.code == group.code)
                old = g.name;
        }
    }
    return d->write(u"group.save"_s, group.code, old, group.name, [&]() -> Status {
        if (expected) {
            const auto all = groups();
            if (!all)
                return all.error();
            const auto now
                = std::find_if(all->cbegin(), all->cend(), [&](const UnitGroup &g) { return g.code == group.code; });
            if (now == all->cend() || *now != *expected)
                return d->conflict(
                    tr("Group %1").arg(group.code), {group.code}, now == all->cend() ? QString() : now->name);
        }
        QSqlQuery q = d->query();
        q.prepare(u"INSERT INTO unit_group (code, name, position, seal) VALUES (?, ?, ?, ?) ON CONFLICT(code) DO "
                  "UPDATE SET name = excluded.name, position = excluded.position, seal = excluded.seal"_s);
        q.addBindValue(group.code);
        q.addBindValue(group.name);
        q.addBindValue(group.position);
        q.addBindValue(seals::group(group));
        return d->exec(q);
    });
}

Result<QList<Unit>> Database::units(const QString &groupCode) const
{
    QSqlQuery q = d->query();
    if (groupCode.isEmpty()) {
        q.prepare(u"SELECT %1 FROM unit ORDER BY group_code, code"_s.arg(unitColumns));
    } else {
        q.prepare(u"SELECT %1 FROM unit WHERE group_code = ? ORDER BY code"_s.arg(unitColumns));
        q.addBindValue(groupCode);
    }
    if (!q.exec())
        return d->error(q);
    QList<Unit> list;
    while (q.next())
        list.append(unitFrom(q));
    return list;
}

Result<Unit> Database::unit(const QString &code) const
{
    QSqlQuery q = d->query();
    q.prepare(u"SELECT %1 FROM unit WHERE code = ?"_s.arg(unitColumns));
    q.addBindValue(code);
    if (!q.exec())
        return d->error(q);
    if (!q.next())
        return Error {Error::Kind::NotFound, tr("There is no unit with the code %1.").arg(code)};
    return unitFrom(q);
}

namespace {
QString unitProblem(const Unit &u)
{
    if (u.code.trimmed().isEmpty())
        return Database::tr("A unit needs a code.");
    if (u.name.trimmed().isEmpty())
        return Database::tr("Unit %1 needs a name.").arg(u.code);
    if (u.sinceYear && u.retiredYear && *u.retiredYear <= *u.sinceYear)
        return Database::tr("Unit %1 cannot retire (%2) before or in the year it starts (%3).")
            .arg(u.code)
            .arg(*u.retiredYear)
            .arg(*u.sinceYear);
    return {};
}
} // namespace

Status Database::saveUnit(const Unit &unit, const std::optional<Unit> &expected)
{
    return importUnits({unit}, expected);
}

Status Database::importUnits(const QList<Unit> &units, const std::optional<Unit> &expected)
{
    QStringList problems;
    QSet<QString> groupCodes;
    if (const auto g = groups(); g) {
        for (const UnitGroup &group : *g)
            groupCodes.insert(group.code);
    }
    for (const Unit &u : units) {
        if (const QString p = unitProblem(u); !p.isEmpty())
            problems.append(p);
        else if (!groupCodes.contains(u.groupCode))
            problems.append(tr("Unit %1: there is no group %2.").arg(u.code, u.groupCode));
    }
    if (!problems.isEmpty())
        return Error {Error::Kind::BadData, tr("No unit was saved."), problems};
    QString oldText;
    if (units.size() == 1) {
        if (const auto old = unit(units.first().code); old)
            oldText = unitText(*old);
    }
    const QString newText = units.size() == 1 ? unitText(units.first()) : tr("%n unit(s)", nullptr, int(units.size()));
    return d->write(units.size() == 1 ? u"unit.save"_s : u"units.import"_s,
        units.size() == 1 ? units.first().code : QString(), oldText, newText, [&]() -> Status {
            if (expected) {
                const auto now = unit(expected->code);
                if (!now && now.error().kind != Error::Kind::NotFound)
                    return now.error();
                if (!now || *now != *expected)
                    return d->conflict(
                        tr("Unit %1").arg(expected->code), {expected->code}, now ? unitText(*now) : QString());
            }
            QSqlQuery q = d->query();
            q.prepare(u"INSERT INTO unit (code, name, group_code, since_year, retired_year, ranked, seal) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET name = excluded.name, "
                      "group_code = excluded.group_code, since_year = excluded.since_year, "
                      "retired_year = excluded.retired_year, ranked = excluded.ranked, seal = excluded.seal"_s);
            for (const Unit &u : units) {
                const QVariant since = optionalInt(u.sinceYear);
                const QVariant retired = optionalInt(u.retiredYear);
                q.addBindValue(u.code);
                q.addBindValue(u.name);
                q.addBindValue(u.groupCode);
                q.addBindValue(since);
                q.addBindValue(retired);
                q.addBindValue(u.ranked ? 1 : 0);
                q.addBindValue(seals::unit(u.code, u.name, u.groupCode, since, retired, u.ranked));
                if (const Status s = d->exec(q); !s)
                    return s;
            }
            return {};
        });
}

Result<QList<Period>> Database::periods(const QString &groupCode) const
{
    QSqlQuery q = d->query();
    const QString select = u"SELECT p.id, p.year, p.group_code, p.status, p.decision_number, p.decision_date "
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
        Period p;
        p.id = q.value(0).toLongLong();
        p.year = q.value(1).toInt();
        p.groupCode = q.value(2).toString();
        p.status = periodStatusFromCode(q.value(3).toString()).value_or(PeriodStatus::Draft);
        p.decisionNumber = q.value(4).toString();
        p.decisionDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        list.append(p);
    }
    return list;
}

Result<Period> Database::period(int year, const QString &groupCode) const
{
    QSqlQuery q = d->query();
    q.prepare(u"SELECT id FROM period WHERE year = ? AND group_code = ?"_s);
    q.addBindValue(year);
    q.addBindValue(groupCode);
    if (!q.exec())
        return d->error(q);
    if (!q.next())
        return Error {
            Error::Kind::NotFound, tr("There is no %1 period for group %2.").arg(QString::number(year), groupCode)};
    return d->periodById(q.value(0).toLongLong());
}

namespace {
Status insertBands(Database::Private &d, qint64 periodId, const ClassBands &bands)
{
    QSqlQuery del = d.query();
    del.prepare(u"DELETE FROM band WHERE period_id = ?"_s);
    del.addBindValue(periodId);
    if (const Status s = d.exec(del); !s)
        return s;
    QSqlQuery q = d.query();
    q.prepare(u"INSERT INTO band (period_id, class_code, min_index, seal) VALUES (?, ?, ?, ?)"_s);
    for (const ClassBands::Band &b : bands.bands()) {
        q.addBindValue(periodId);
        q.addBindValue(classCodeName(b.code));
        q.addBindValue(b.minIndex.raw());
        q.addBindValue(seals::band(periodId, classCodeName(b.code), b.minIndex.raw()));
        if (const Status s = d.exec(q); !s)
            return s;
    }
    return {};
}

Status insertCriteria(Database::Private &d, qint64 periodId, const CriteriaTree &tree)
{
    QSqlQuery q = d.query();
    q.prepare(u"INSERT INTO criterion (period_id, code, title, max_points, kind, rule, position, seal) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < tree.size(); ++i) {
        const Criterion &c = tree.at(i);
        const QString kind = criterionKindCode(c.kind);
        const QString rule = c.rule.toString();
        q.addBindValue(periodId);
        q.addBindValue(c.code);
        q.addBindValue(sql::text(c.title));
        q.addBindValue(c.maxPoints.raw());
        q.addBindValue(kind);
        q.addBindValue(sql::text(rule));
        q.addBindValue(int(i));
        q.addBindValue(seals::criterion(periodId, c.code, c.title, c.maxPoints.raw(), kind, rule, int(i)));
        if (const Status s = d.exec(q); !s)
            return s;
    }
    return {};
}

QString bandsText(const ClassBands &bands)
{
    QStringList parts;
    for (const ClassBands::Band &b : bands.bands())
        parts.append(classCodeName(b.code) + u">="_s + b.minIndex.toString());
    return parts.join(u';');
}
} // namespace

Result<Period> Database::addPeriod(int year, const QString &groupCode, std::optional<int> copyFromYear)
{
    if (year < 1990 || year > 2200)
        return Error {Error::Kind::BadData, tr("%1 is not a plausible year.").arg(year)};
    if (const auto existing = period(year, groupCode); existing)
        return Error {Error::Kind::BadData,
            tr("The %1 period of group %2 exists already.").arg(QString::number(year), groupCode)};
    std::optional<Period> source;
    CriteriaTree tree;
    ClassBands bands = ClassBands::defaults();
    if (copyFromYear) {
        const auto from = period(*copyFromYear, groupCode);
        if (!from)
            return from.error();
        source = *from;
        auto t = criteria(from->id);
        if (!t)
            return t.error();
        tree = *t;
        auto b = this->bands(from->id);
        if (!b)
            return b.error();
        bands = *b;
    }
    qint64 newId = 0;
    const Status s = d->write(u"period.add"_s, u"%1/%2"_s.arg(year).arg(groupCode), QString(),
        copyFromYear ? tr("copied from %1").arg(*copyFromYear) : QString(), [&]() -> Status {
            QSqlQuery q = d->query();
            q.prepare(u"INSERT INTO period (year, group_code, status, seal) VALUES (?, ?, 'draft', '')"_s);
            q.addBindValue(year);
            q.addBindValue(groupCode);
            if (const Status e = d->exec(q); !e)
                return e;
            newId = q.lastInsertId().toLongLong();
            QSqlQuery seal = d->query();
            seal.prepare(u"UPDATE period SET seal = ? WHERE id = ?"_s);
            seal.addBindValue(seals::period(newId, year, groupCode, u"draft"_s, QString(), QString()));
            seal.addBindValue(newId);
            if (const Status e = d->exec(seal); !e)
                return e;
            if (const Status e = insertBands(*d, newId, bands); !e)
                return e;
            return insertCriteria(*d, newId, tree);
        });
    if (!s) {
        if (s.error().kind == Error::Kind::BadData)
            return Error {Error::Kind::BadData, tr("There is no group %1.").arg(groupCode)};
        return s.error();
    }
    return d->periodById(newId);
}

Status Database::setPeriodStatus(qint64 periodId, PeriodStatus status, const QString &decisionNumber,
    const QDate &decisionDate, const QString &reason)
{
    const auto p = d->periodById(periodId);
    if (!p)
        return p.error();
    if (status == PeriodStatus::Final && (decisionNumber.trimmed().isEmpty() || !decisionDate.isValid()))
        return Error {Error::Kind::BadData, tr("Finalising needs the decision's number and date.")};
    if (p->isFinal() && status != PeriodStatus::Final && reason.trimmed().isEmpty())
        return Error {
            Error::Kind::BadData, tr("Reopening a final period needs a reason, which is kept in the audit log.")};
    if (p->isFinal() && status == PeriodStatus::Final)
        return Error {Error::Kind::Final,
            tr("The %1 ranking of group %2 is final already.").arg(QString::number(p->year), p->groupCode)};
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
        d->periodLabel(*p), periodStatusCode(p->status) + u" "_s + p->decisionNumber, newText, [&]() -> Status {
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

Result<QList<Unit>> Database::periodUnits(qint64 periodId) const
{
    const auto p = d->periodById(periodId);
    if (!p)
        return p.error();
    auto all = units(p->groupCode);
    if (!all)
        return all.error();
    QList<Unit> taking;
    for (const Unit &u : *all) {
        if (u.takesPartIn(p->year))
            taking.append(u);
    }
    return taking;
}

Result<CriteriaTree> Database::criteria(qint64 periodId) const
{
    QSqlQuery q = d->query();
    q.prepare(u"SELECT code, title, max_points, kind, rule FROM criterion WHERE period_id = ? ORDER BY position"_s);
    q.addBindValue(periodId);
    if (!q.exec())
        return d->error(q);
    QList<Criterion> list;
    while (q.next()) {
        Criterion c;
        c.code = q.value(0).toString();
        c.title = q.value(1).toString();
        c.maxPoints = Fixed::fromRaw(q.value(2).toLongLong());
        c.kind = criterionKindFromCode(q.value(3).toString()).value_or(CriterionKind::Score);
        const auto rule = RateRule::parse(q.value(4).toString());
        c.rule = rule ? *rule : RateRule();
        list.append(c);
    }
    auto tree = CriteriaTree::build(list);
    if (!tree)
        return Error {Error::Kind::Corrupt, tr("The stored criteria tree is not valid: %1").arg(tree.error().text())};
    return tree;
}

Status Database::replaceCriteria(qint64 periodId, const CriteriaTree &tree)
{
    return replaceCriteria(periodId, tree, {});
}

Status Database::replaceCriteria(qint64 periodId, const CriteriaTree &tree, const QHash<QString, QString> &renamedCodes,
    const std::optional<CriteriaTree> &expected)
{
    const auto p = d->periodById(periodId);
    if (!p)
        return p.error();
    if (const Status s = d->requireOpenPeriod(periodId); !s)
        return s;
    const auto old = criteria(periodId);
    const QString oldText = old ? tr("%n criteria", nullptr, int(old->size())) : QString();
    return d->write(u"criteria.replace"_s, d->periodLabel(*p), oldText, tr("%n criteria", nullptr, int(tree.size())),
        [&]() -> Status {
            if (expected) {
                const auto now = criteria(periodId);
                if (!now)
                    return now.error();
                if (now->criteria() != expected->criteria())
                    return d->conflict(tr("The criteria of %1").arg(d->periodLabel(*p)), {d->periodLabel(*p)},
                        tr("%n criteria", nullptr, int(now->size())));
            }
            // Keep the scores: remember them by (new) code, replace the tree, put back those whose code
            // is still a leaf.
            QSqlQuery read = d->query();
            read.prepare(u"SELECT c.code, s.unit_id, s.self_value, s.appraised, s.not_applicable, s.note "
                         "FROM score s JOIN criterion c ON c.id = s.criterion_id WHERE c.period_id = ?"_s);
            read.addBindValue(periodId);
            if (const Status s = d->exec(read); !s)
                return s;
            struct Kept
            {
                QString code;
                QVariant unit, self, appraised, na, note;
            };
            QList<Kept> kept;
            while (read.next()) {
                const QString code = renamedCodes.value(read.value(0).toString(), read.value(0).toString());
                kept.append({code, read.value(1), read.value(2), read.value(3), read.value(4), read.value(5)});
            }
            QSqlQuery del = d->query();
            del.prepare(u"DELETE FROM criterion WHERE period_id = ?"_s);
            del.addBindValue(periodId);
            if (const Status s = d->exec(del); !s)
                return s;
            if (const Status s = insertCriteria(*d, periodId, tree); !s)
                return s;
            QHash<QString, qint64> ids;
            QSqlQuery idq = d->query();
            idq.prepare(u"SELECT code, id FROM criterion WHERE period_id = ?"_s);
            idq.addBindValue(periodId);
            if (const Status s = d->exec(idq); !s)
                return s;
            while (idq.next())
                ids.insert(idq.value(0).toString(), idq.value(1).toLongLong());
            QSqlQuery ins = d->query();
            ins.prepare(u"INSERT INTO score (criterion_id, unit_id, self_value, appraised, not_applicable, "
                        "note, seal) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
            for (const Kept &k : std::as_const(kept)) {
                const qsizetype node = tree.indexOf(k.code);
                if (node < 0 || tree.at(node).isGroup())
                    continue;
                const qint64 cid = ids.value(k.code);
                ins.addBindValue(cid);
                ins.addBindValue(k.unit);
                ins.addBindValue(k.self);
                ins.addBindValue(k.appraised);
                ins.addBindValue(k.na);
                ins.addBindValue(sql::text(k.note.toString()));
                ins.addBindValue(
                    seals::score(cid, k.unit.toLongLong(), k.self, k.appraised, k.na.toBool(), k.note.toString()));
                if (const Status s = d->exec(ins); !s)
                    return s;
            }
            return {};
        });
}

Result<ClassBands> Database::bands(qint64 periodId) const
{
    QSqlQuery q = d->query();
    q.prepare(u"SELECT class_code, min_index FROM band WHERE period_id = ?"_s);
    q.addBindValue(periodId);
    if (!q.exec())
        return d->error(q);
    QList<ClassBands::Band> list;
    while (q.next()) {
        const auto code = classCodeFromName(q.value(0).toString());
        if (code)
            list.append({*code, Fixed::fromRaw(q.value(1).toLongLong())});
    }
    if (list.isEmpty())
        return ClassBands::defaults();
    auto bands = ClassBands::build(list);
    if (!bands)
        return Error {Error::Kind::Corrupt, tr("The stored bands are not valid: %1").arg(bands.error().text())};
    return bands;
}

Status Database::setBands(qint64 periodId, const ClassBands &bands, const std::optional<ClassBands> &expected)
{
    const auto p = d->periodById(periodId);
    if (!p)
        return p.error();
    if (const Status s = d->requireOpenPeriod(periodId); !s)
        return s;
    const auto old = this->bands(periodId);
    return d->write(
        u"bands.set"_s, d->periodLabel(*p), old ? bandsText(*old) : QString(), bandsText(bands), [&]() -> Status {
            if (expected) {
                const auto now = this->bands(periodId);
                if (!now)
                    return now.error();
                if (*now != *expected)
                    return d->conflict(
                        tr("The bands of %1").arg(d->periodLabel(*p)), {d->periodLabel(*p)}, bandsText(*now));
            }
            return insertBands(*d, periodId, bands);
        });
}

} // namespace parindex
