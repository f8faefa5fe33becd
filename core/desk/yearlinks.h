#pragma once

#include "model/result.h"
#include "scoring/trends.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QStringList>

#include <optional>

namespace parindex {

class Database;

// The areas of a year of a group and those of an earlier year they continue, through the links recorded for every
// year between (Database::criteriaMap): what `explain`, the area trends and the area profile compare. Nothing is
// matched by code: an area whose links are not recorded is named as such.
struct AreaLinks
{
    int year = 0;
    int fromYear = 0;
    // Each area code of `year` -> the area codes of `fromYear` it continues (several after a merger; none: new since).
    QHash<QString, QStringList> continues;
    // "2025: area 3 (Title)": areas whose link to the year before is not recorded, at some year between.
    QStringList unlinked;
    // The areas of `fromYear` that no area of `year` continues (taken away or split into nothing).
    QStringList removed;
    // The codes of the areas of `year` whose chain of links back to `fromYear` misses one (named in `unlinked`).
    QStringList unlinkedAreas;

    bool complete() const { return unlinked.isEmpty(); }
    // `continues` without the unlinked areas: what the area profile compares (an area left out is not compared).
    AreaLinkMap linked() const;
};

class YearLinks
{
    Q_DECLARE_TR_FUNCTIONS(YearLinks)
public:
    // Both years must be periods of the group, `fromYear` before `year`.
    static Result<AreaLinks> areas(const Database &db, const QString &groupCode, int year, int fromYear);
    // The links of `year` to the group's period before it (CriteriaMap::previousYear); empty for the group's first.
    static Result<std::optional<AreaLinks>> toPreviousPeriod(const Database &db, const QString &groupCode, int year);
    // What to do about unlinked areas, for a message: "Record them with: parindex-cli criteria map ...".
    static QString howToLink(const QString &groupCode, int year);
};

} // namespace parindex
