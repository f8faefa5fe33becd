#include "yearlinks.h"

#include "storage/database.h"

#include <QtCore/QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parindex {

Result<AreaLinks> YearLinks::areas(const Database &db, const QString &groupCode, int year, int fromYear)
{
    if (fromYear >= year)
        return Error {Error::Kind::Usage, tr("The earlier year (%1) must come before %2.").arg(fromYear).arg(year)};
    const auto periods = db.periods(groupCode);
    if (!periods)
        return periods.error();
    QList<Period> between; // fromYear .. year, oldest first
    for (const Period &p : *periods) {
        if (p.year >= fromYear && p.year <= year)
            between.append(p);
    }
    std::sort(between.begin(), between.end(), [](const Period &a, const Period &b) { return a.year < b.year; });
    for (const int y : {fromYear, year}) {
        if (std::none_of(between.cbegin(), between.cend(), [y](const Period &p) { return p.year == y; }))
            return Error {Error::Kind::NotFound, tr("There is no %1 period for group %2.").arg(y).arg(groupCode)};
    }
    AreaLinks links;
    links.year = year;
    links.fromYear = fromYear;
    const auto last = db.criteria(between.last().id);
    if (!last)
        return last.error();
    // Each area of `year` starts as itself, then steps back one period at a time.
    QHash<QString, QSet<QString>> reached;
    QStringList order;
    for (const qsizetype r : last->roots()) {
        reached.insert(last->at(r).code, {last->at(r).code});
        order.append(last->at(r).code);
    }
    for (qsizetype k = between.size() - 1; k > 0; --k) {
        const auto map = db.criteriaMap(between[k].id);
        if (!map)
            return map.error();
        const auto tree = db.criteria(between[k].id);
        if (!tree)
            return tree.error();
        QHash<QString, QStringList> step;
        for (const CriterionLink &l : map->links) {
            const qsizetype i = tree->indexOf(l.code);
            if (i >= 0 && tree->parentOf(i) < 0)
                step[l.code].append(l.continues);
        }
        for (const QString &area : order) {
            QSet<QString> earlier;
            for (const QString &code : std::as_const(reached[area])) {
                if (!step.contains(code)) {
                    if (!links.unlinkedAreas.contains(area))
                        links.unlinkedAreas.append(area);
                    const qsizetype i = tree->indexOf(code);
                    links.unlinked.append(
                        tr("%1: area %2 (%3)").arg(between[k].year).arg(code, i >= 0 ? tree->at(i).title : QString()));
                    continue;
                }
                for (const QString &previous : step.value(code)) {
                    if (!previous.isEmpty())
                        earlier.insert(previous);
                }
            }
            reached[area] = earlier;
        }
    }
    links.unlinked.removeDuplicates();
    QSet<QString> continued;
    for (const QString &area : order) {
        QStringList codes(reached[area].cbegin(), reached[area].cend());
        std::sort(codes.begin(), codes.end());
        links.continues.insert(area, codes);
        for (const QString &c : codes)
            continued.insert(c);
    }
    const auto first = db.criteria(between.first().id);
    if (!first)
        return first.error();
    for (const qsizetype r : first->roots()) {
        if (!continued.contains(first->at(r).code))
            links.removed.append(first->at(r).code);
    }
    return links;
}

AreaLinkMap AreaLinks::linked() const
{
    AreaLinkMap map = continues;
    for (const QString &area : unlinkedAreas)
        map.remove(area);
    return map;
}

Result<std::optional<AreaLinks>> YearLinks::toPreviousPeriod(const Database &db, const QString &groupCode, int year)
{
    const auto period = db.period(year, groupCode);
    if (!period)
        return period.error();
    const auto map = db.criteriaMap(period->id);
    if (!map)
        return map.error();
    if (!map->previousYear)
        return std::optional<AreaLinks>();
    auto links = areas(db, groupCode, year, *map->previousYear);
    if (!links)
        return links.error();
    return std::optional<AreaLinks>(std::move(links).value());
}

QString YearLinks::howToLink(const QString &groupCode, int year)
{
    return tr("Record what they continue with: parindex-cli criteria map --year %1 --group %2 FILE (criteria map "
              "export writes the file to fill in), or on the Criteria tab.")
        .arg(year)
        .arg(groupCode);
}

} // namespace parindex
