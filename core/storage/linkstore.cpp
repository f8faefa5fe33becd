// What ties a year to the one before: the criteria a period's criteria continue, and the units that continue others.
#include "linkstore.h"

#include "databaseprivate.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <algorithm>
#include <iterator>
#include <set>
#include <tuple>

using namespace Qt::StringLiterals;

namespace parindex::links {

namespace {
Error noLinks(const Database::Private &d)
{
    return Error {Error::Kind::ReadOnly,
        Database::tr("This file is of schema version %1, which holds no links between years: open it with this "
                     "program to upgrade it.")
            .arg(d.schemaVersion)};
}

// What the audit row keeps: the whole map, so that it can be recovered from the log.
QString mapText(const CriteriaMap &map)
{
    QJsonArray links;
    for (const CriterionLink &l : map.links)
        links.append(QJsonArray {l.code, l.continues});
    QJsonObject o {{u"links"_s, links}};
    if (map.previousYear)
        o.insert(u"previous_year"_s, *map.previousYear);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString lineageText(const QList<LineageLink> &links)
{
    QJsonArray rows;
    for (const LineageLink &l : links)
        rows.append(QJsonArray {l.year, l.unitCode, l.continues});
    return QString::fromUtf8(QJsonDocument(QJsonObject {{u"lineage"_s, rows}}).toJson(QJsonDocument::Compact));
}

Status insertLink(Database::Private &d, qint64 periodId, const QString &code, int previousYear, const QString &previous)
{
    QSqlQuery q = d.query();
    q.prepare(u"INSERT INTO criterion_link (period_id, code, previous_year, previous_code, seal) "
              "VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(periodId);
    q.addBindValue(code);
    q.addBindValue(previousYear);
    q.addBindValue(sql::text(previous));
    q.addBindValue(seals::criterionLink(periodId, code, previousYear, previous));
    return d.exec(q);
}

Status deleteLink(Database::Private &d, qint64 periodId, const QString &code, const QString &previous)
{
    QSqlQuery q = d.query();
    q.prepare(u"DELETE FROM criterion_link WHERE period_id = ? AND code = ? AND previous_code = ?"_s);
    q.addBindValue(periodId);
    q.addBindValue(code);
    q.addBindValue(sql::text(previous));
    return d.exec(q);
}

struct StoredLink
{
    QString code;
    int previousYear = 0;
    QString previous;
};

// Every stored link of the period, seals verified.
Result<QList<StoredLink>> storedLinks(const Database::Private &d, qint64 periodId)
{
    QSqlQuery q = d.query();
    q.setForwardOnly(true);
    q.prepare(u"SELECT code, previous_year, previous_code, seal FROM criterion_link WHERE period_id = ?"_s);
    q.addBindValue(periodId);
    if (!q.exec())
        return d.error(q);
    QList<StoredLink> links;
    while (q.next()) {
        StoredLink l {q.value(0).toString(), q.value(1).toInt(), q.value(2).toString()};
        if (seals::criterionLink(periodId, l.code, l.previousYear, l.previous) != q.value(3).toString())
            return d.changedOutside(
                Database::tr("the link of criterion %1 in %2").arg(l.code, d.periods.label(periodId)));
        links.append(l);
    }
    return links;
}

// The next period of the group after `year`, if any.
Result<std::optional<Period>> nextPeriod(const Database::Private &d, int year, const QString &groupCode)
{
    QSqlQuery q = d.query();
    q.prepare(u"SELECT min(year) FROM period WHERE group_code = ? AND year > ?"_s);
    q.addBindValue(groupCode);
    q.addBindValue(year);
    if (!q.exec() || !q.next())
        return d.error(q);
    if (q.value(0).isNull())
        return std::optional<Period>();
    const auto p = d.periods.period(q.value(0).toInt(), groupCode);
    if (!p)
        return p.error();
    return std::optional<Period>(*p);
}
} // namespace

Result<std::optional<int>> previousYear(const Database::Private &d, int year, const QString &groupCode)
{
    QSqlQuery q = d.query();
    q.prepare(u"SELECT max(year) FROM period WHERE group_code = ? AND year < ?"_s);
    q.addBindValue(groupCode);
    q.addBindValue(year);
    if (!q.exec() || !q.next())
        return d.error(q);
    return q.value(0).isNull() ? std::optional<int>() : std::optional<int>(q.value(0).toInt());
}

Result<CriteriaMap> criteriaMap(const Database::Private &d, qint64 periodId)
{
    const auto p = d.periods.byId(periodId);
    if (!p)
        return p.error();
    CriteriaMap map;
    map.year = p->year;
    const auto previous = previousYear(d, p->year, p->groupCode);
    if (!previous)
        return previous.error();
    map.previousYear = *previous;
    if (d.schemaVersion < 8 || !map.previousYear)
        return map;
    const auto tree = d.criteria.criteria(periodId);
    if (!tree)
        return tree.error();
    const auto stored = storedLinks(d, periodId);
    if (!stored)
        return stored.error();
    // A link to a year that is no longer the one before (a period added between since) matches nothing.
    QHash<QString, QStringList> byCode;
    for (const StoredLink &l : *stored) {
        if (l.previousYear == *map.previousYear)
            byCode[l.code].append(l.previous);
    }
    for (qsizetype i = 0; i < tree->size(); ++i) {
        QStringList continued = byCode.value(tree->at(i).code);
        std::sort(continued.begin(), continued.end());
        for (const QString &c : continued)
            map.links.append({tree->at(i).code, c});
    }
    return map;
}

Status setCriteriaMap(Database::Private &d, qint64 periodId, const QList<CriterionLink> &links,
    const std::optional<QList<CriterionLink>> &expected)
{
    if (d.schemaVersion < 8)
        return noLinks(d);
    const auto p = d.periods.byId(periodId);
    if (!p)
        return p.error();
    const QString label = d.periods.label(*p);
    return d.writeWith(u"criteria.map"_s, [&]() -> Result<Database::Private::AuditText> {
        const auto before = criteriaMap(d, periodId);
        if (!before)
            return before.error();
        if (expected && before->links != *expected)
            return d.conflict(Database::tr("What the criteria of %1 continue").arg(label), {label},
                Database::tr("%n link(s)", nullptr, int(before->links.size())));
        if (!before->previousYear)
            return Error {Error::Kind::BadData,
                Database::tr("%1 is the first period of group %2: there is no earlier year whose criteria it could "
                             "continue.")
                    .arg(label, p->groupCode)};
        const auto previousPeriod = d.periods.period(*before->previousYear, p->groupCode);
        if (!previousPeriod)
            return previousPeriod.error();
        const QString previousLabel = d.periods.label(*previousPeriod);
        const auto tree = d.criteria.criteria(periodId);
        if (!tree)
            return tree.error();
        const auto earlier = d.criteria.criteria(previousPeriod->id);
        if (!earlier)
            return earlier.error();

        QStringList problems;
        QSet<QString> isNew;
        QSet<QString> continuing;
        QSet<std::pair<QString, QString>> seen;
        for (const CriterionLink &l : links) {
            const qsizetype i = tree->indexOf(l.code);
            if (i < 0) {
                problems.append(Database::tr("%1 has no criterion %2.").arg(label, l.code));
                continue;
            }
            if (seen.contains({l.code, l.continues})) {
                problems.append(l.isNew() ? Database::tr("Criterion %1 is given as new twice.").arg(l.code)
                                          : Database::tr("Criterion %1 is linked to %2 of %3 twice.")
                                                .arg(l.code, l.continues, previousLabel));
                continue;
            }
            seen.insert({l.code, l.continues});
            if ((l.isNew() && continuing.contains(l.code)) || (!l.isNew() && isNew.contains(l.code)))
                problems.append(Database::tr("Criterion %1 is given both as new and as continuing a criterion of %2.")
                                    .arg(l.code, previousLabel));
            if (l.isNew()) {
                isNew.insert(l.code);
                continue;
            }
            continuing.insert(l.code);
            const qsizetype j = earlier->indexOf(l.continues);
            if (j < 0)
                problems.append(Database::tr("%1 has no criterion %2 (given as what criterion %3 continues).")
                                    .arg(previousLabel, l.continues, l.code));
            else if ((tree->parentOf(i) < 0) != (earlier->parentOf(j) < 0))
                problems.append(
                    Database::tr("Criterion %1 cannot continue criterion %2 of %3: an area continues an area, and a "
                                 "criterion below an area one below an area.")
                        .arg(l.code, l.continues, previousLabel));
        }
        if (!problems.isEmpty())
            return Error {Error::Kind::BadData,
                Database::tr("The links of %1 to %2 were not saved.").arg(label, previousLabel), problems};

        QSqlQuery clear = d.query();
        clear.prepare(u"DELETE FROM criterion_link WHERE period_id = ?"_s);
        clear.addBindValue(periodId);
        if (const Status s = d.exec(clear); !s)
            return s.error();
        for (const CriterionLink &l : links) {
            if (const Status s = insertLink(d, periodId, l.code, *before->previousYear, l.continues); !s)
                return s.error();
        }
        const auto after = criteriaMap(d, periodId);
        if (!after)
            return after.error();
        return Database::Private::AuditText {label, mapText(*before), mapText(*after)};
    });
}

Result<QList<LineageLink>> lineage(const Database::Private &d)
{
    if (d.schemaVersion < 8)
        return QList<LineageLink>();
    QSqlQuery q = d.query();
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT l.year, u.code, c.code, l.unit_id, l.continues_id, l.seal FROM unit_lineage l "
                "JOIN unit u ON u.id = l.unit_id JOIN unit c ON c.id = l.continues_id "
                "ORDER BY l.year, u.code, c.code"_s))
        return d.error(q);
    QList<LineageLink> links;
    while (q.next()) {
        LineageLink l {q.value(0).toInt(), q.value(1).toString(), q.value(2).toString()};
        if (seals::lineage(q.value(3).toLongLong(), q.value(4).toLongLong(), l.year) != q.value(5).toString())
            return d.changedOutside(
                Database::tr("the record that unit %1 continues unit %2").arg(l.unitCode, l.continues));
        links.append(l);
    }
    return links;
}

// Refused (Conflict): a change of the lineage that would change a published rank change.
Status finalYearsTouched(Database::Private &d, const QList<LineageLink> &before, const QList<LineageLink> &after)
{
    using Link = std::tuple<int, QString, QString>;
    std::set<Link> was;
    std::set<Link> is;
    for (const LineageLink &l : before)
        was.insert({l.year, l.unitCode, l.continues});
    for (const LineageLink &l : after)
        is.insert({l.year, l.unitCode, l.continues});
    std::set<Link> changed;
    std::set_symmetric_difference(
        was.cbegin(), was.cend(), is.cbegin(), is.cend(), std::inserter(changed, changed.end()));
    std::set<std::pair<int, QString>> touched; // year, unit
    {
        for (const auto &[year, unit, continued] : changed) {
            touched.insert({year, unit});
            touched.insert({year, continued});
            for (const QList<LineageLink> *list : {&before, &after}) {
                for (const LineageLink &l : *list) {
                    if (l.year == year && l.continues == continued)
                        touched.insert({year, l.unitCode});
                }
            }
        }
    }
    if (touched.empty())
        return {};
    QStringList problems;
    QSqlQuery q = d.query();
    q.prepare(u"SELECT p.year, p.group_code, p.decision_number FROM period p"
              " JOIN roster r ON r.period_id = p.id JOIN unit u ON u.id = r.unit_id"
              " WHERE p.status = 'final' AND p.year = ? AND u.code = ?"_s);
    for (const auto &[year, unit] : touched) {
        q.addBindValue(year);
        q.addBindValue(unit);
        if (const Status s = d.exec(q); !s)
            return s;
        while (q.next()) {
            problems.append(Database::tr("%1/%2 is final (decision %3) and lists unit %4: the rank changes it "
                                         "published would change. Reopen it for a correction first.")
                                .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), unit));
        }
    }
    if (problems.isEmpty())
        return {};
    return Error {Error::Kind::Conflict,
        Database::tr("Which units continue which was not saved: a change of a year whose ranking is final."), problems};
}

Status setLineage(
    Database::Private &d, const QList<LineageLink> &links, const std::optional<QList<LineageLink>> &expected)
{
    if (d.schemaVersion < 8)
        return noLinks(d);
    return d.writeWith(u"units.lineage"_s, [&]() -> Result<Database::Private::AuditText> {
        const auto before = lineage(d);
        if (!before)
            return before.error();
        if (expected && *before != *expected)
            return d.conflict(Database::tr("Which units continue which"), {Database::tr("units")},
                Database::tr("%n link(s)", nullptr, int(before->size())));
        QStringList problems;
        QHash<QString, qint64> ids;
        QSet<std::pair<QString, QString>> seen;
        QHash<QString, QStringList> continues; // unit -> the units it continues
        for (const LineageLink &l : links) {
            bool known = true;
            for (const QString &code : {l.unitCode, l.continues}) {
                if (ids.contains(code))
                    continue;
                const auto u = d.units.unit(code);
                if (!u) {
                    if (u.error().kind != Error::Kind::NotFound)
                        return u.error();
                    problems.append(Database::tr("There is no unit with the code %1.").arg(code));
                    known = false;
                    ids.insert(code, -1);
                } else {
                    ids.insert(code, u->id);
                }
            }
            known = known && ids.value(l.unitCode) >= 0 && ids.value(l.continues) >= 0;
            if (l.year < 1990 || l.year > 2200)
                problems.append(Database::tr("%1 is not a plausible year.").arg(l.year));
            if (l.unitCode == l.continues) {
                problems.append(Database::tr("Unit %1 cannot continue itself.").arg(l.unitCode));
                continue;
            }
            if (seen.contains({l.unitCode, l.continues})) {
                problems.append(
                    Database::tr("Unit %1 is given twice as continuing unit %2.").arg(l.unitCode, l.continues));
                continue;
            }
            seen.insert({l.unitCode, l.continues});
            if (known)
                continues[l.unitCode].append(l.continues);
        }
        // No unit continues itself through others (A continues B, B continues A).
        QHash<QString, int> state; // 1: being visited, 2: done
        std::function<bool(const QString &, QStringList &)> visit = [&](const QString &code, QStringList &path) {
            if (state.value(code) == 2)
                return false;
            if (state.value(code) == 1) {
                path.append(code);
                return true;
            }
            state.insert(code, 1);
            path.append(code);
            for (const QString &next : continues.value(code)) {
                if (visit(next, path))
                    return true;
            }
            path.removeLast();
            state.insert(code, 2);
            return false;
        };
        QStringList starts = continues.keys();
        std::sort(starts.begin(), starts.end());
        for (const QString &code : starts) {
            QStringList path;
            if (visit(code, path)) {
                path = path.mid(path.indexOf(path.last()));
                problems.append(Database::tr("The units continue each other in a circle: %1.")
                                    .arg(path.join(Database::tr(" continues "))));
                break;
            }
        }
        if (!problems.isEmpty())
            return Error {Error::Kind::BadData, Database::tr("Which units continue which was not saved."), problems};
        // A link of year Y says what the rank changes of year Y are compared with: where a final period of Y lists a
        // unit it touches (the unit, the one it continues, and the others that continue that one), its decision
        // published them, and history does not change.
        const Status published = finalYearsTouched(d, *before, links);
        if (!published)
            return published.error();

        QSqlQuery clear = d.query();
        if (!clear.exec(u"DELETE FROM unit_lineage"_s))
            return d.error(clear);
        QSqlQuery q = d.query();
        q.prepare(u"INSERT INTO unit_lineage (unit_id, continues_id, year, seal) VALUES (?, ?, ?, ?)"_s);
        for (const LineageLink &l : links) {
            const qint64 unit = ids.value(l.unitCode);
            const qint64 continued = ids.value(l.continues);
            q.addBindValue(unit);
            q.addBindValue(continued);
            q.addBindValue(l.year);
            q.addBindValue(seals::lineage(unit, continued, l.year));
            if (const Status s = d.exec(q); !s)
                return s.error();
        }
        const auto after = lineage(d);
        if (!after)
            return after.error();
        return Database::Private::AuditText {Database::tr("units"), lineageText(*before), lineageText(*after)};
    });
}

Status copyForward(
    Database::Private &d, qint64 periodId, int year, const QString &groupCode, int copiedYear, const CriteriaTree &tree)
{
    if (d.schemaVersion < 8)
        return {};
    const auto previous = previousYear(d, year, groupCode);
    if (!previous)
        return previous.error();
    if (previous->value_or(0) != copiedYear)
        return {};
    for (const Criterion &c : tree.criteria()) {
        if (const Status s = insertLink(d, periodId, c.code, copiedYear, c.code); !s)
            return s;
    }
    return {};
}

Status linkSameCodeAndTitle(Database::Private &d, qint64 periodId, const CriteriaTree &tree)
{
    if (d.schemaVersion < 8)
        return {};
    const auto p = d.periods.byId(periodId);
    if (!p)
        return p.error();
    const auto previous = previousYear(d, p->year, p->groupCode);
    if (!previous)
        return previous.error();
    if (!*previous)
        return {};
    const auto previousPeriod = d.periods.period(**previous, p->groupCode);
    if (!previousPeriod)
        return previousPeriod.error();
    const auto earlier = d.criteria.criteria(previousPeriod->id);
    if (!earlier)
        return earlier.error();
    for (const Criterion &c : tree.criteria()) {
        const qsizetype j = earlier->indexOf(c.code);
        if (j < 0 || earlier->at(j).title != c.title)
            continue;
        if (const Status s = insertLink(d, periodId, c.code, **previous, c.code); !s)
            return s;
    }
    return {};
}

Result<int> followCriteria(Database::Private &d, qint64 periodId, const CriteriaTree &before, const CriteriaTree &after,
    const QHash<QString, QString> &renamedCodes)
{
    if (d.schemaVersion < 8)
        return 0;
    const auto p = d.periods.byId(periodId);
    if (!p)
        return p.error();
    // What each old code is now: its new code when the criterion stays what it was, nothing otherwise.
    const auto now = [&](const QString &code) -> std::optional<QString> {
        const QString renamed = renamedCodes.value(code, code);
        const qsizetype i = before.indexOf(code);
        const qsizetype j = after.indexOf(renamed);
        if (i < 0 || j < 0 || before.at(i).title != after.at(j).title)
            return std::nullopt;
        return renamed;
    };
    int gone = 0;
    // Renumbering moves codes onto each other's: every link that changes is taken away before any is written.
    const auto follow = [&](qint64 id, const QList<StoredLink> &links, bool ownSide) -> Status {
        QList<StoredLink> moved;
        for (const StoredLink &l : links) {
            if (!ownSide && l.previous.isEmpty())
                continue; // a new criterion of the next period continues nothing here
            const std::optional<QString> becomes = now(ownSide ? l.code : l.previous);
            if (becomes && *becomes == (ownSide ? l.code : l.previous))
                continue;
            if (const Status s = deleteLink(d, id, l.code, l.previous); !s)
                return s;
            if (!becomes)
                ++gone;
            else
                moved.append({ownSide ? *becomes : l.code, l.previousYear, ownSide ? l.previous : *becomes});
        }
        for (const StoredLink &l : moved) {
            QSqlQuery q = d.query();
            q.prepare(u"INSERT INTO criterion_link (period_id, code, previous_year, previous_code, seal) "
                      "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"_s);
            q.addBindValue(id);
            q.addBindValue(l.code);
            q.addBindValue(l.previousYear);
            q.addBindValue(sql::text(l.previous));
            q.addBindValue(seals::criterionLink(id, l.code, l.previousYear, l.previous));
            if (const Status s = d.exec(q); !s)
                return s;
        }
        return {};
    };
    const auto own = storedLinks(d, periodId);
    if (!own)
        return own.error();
    if (const Status s = follow(periodId, *own, true); !s)
        return s.error();
    const auto next = nextPeriod(d, p->year, p->groupCode);
    if (!next)
        return next.error();
    if (*next) {
        auto theirs = storedLinks(d, (*next)->id);
        if (!theirs)
            return theirs.error();
        QList<StoredLink> toHere;
        for (const StoredLink &l : *theirs) {
            if (l.previousYear == p->year)
                toHere.append(l);
        }
        if (const Status s = follow((*next)->id, toHere, false); !s)
            return s.error();
    }
    return gone;
}

} // namespace parindex::links
