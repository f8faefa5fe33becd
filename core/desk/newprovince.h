#pragma once

#include "model/classbands.h"
#include "model/criteriatree.h"
#include "model/result.h"
#include "model/unit.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QList>

#include <optional>

namespace parindex {

// The bộ tiêu chí a group starts its first year with, and where it was taken from.
struct GroupCriteria
{
    enum class Source {
        Later, // none yet: the council builds it on the Criteria tab
        Spreadsheet, // a criteria file (CSV or XLSX, the criteria.csv columns)
        OtherFile, // a year of a group in another .parindex file, with its class thresholds
    };
    Source source = Source::Later;
    QString path; // the spreadsheet or the other file
    int year = 0; // OtherFile: the year copied
    QString groupCode; // OtherFile: the group copied
    CriteriaTree tree;
    std::optional<ClassBands> bands; // OtherFile: that year's thresholds; otherwise the defaults
};

// Everything a new province's file holds when it is created: what the first-run assistant gathers.
struct ProvincePlan
{
    QString province; // "Minh Hòa": the decision prints "ỦY BAN NHÂN DÂN TỈNH MINH HÒA"
    bool city = false; // a centrally-run city: "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG"
    int year = 0; // the first kỳ đánh giá
    QList<UnitGroup> groups; // in the order the program lists them
    QString unitsPath; // for messages
    QList<Unit> units;
    QHash<QString, GroupCriteria> criteria; // by group code; a group without an entry starts empty
};

// A new province's file from nothing: its name, groups, units and each group's criteria for the first year. The
// readers are the import's (same columns, same problems naming the row and column); the file is built under a
// temporary name and renamed when whole, so that a refusal or a failure leaves nothing behind.
class NewProvince
{
    Q_DECLARE_TR_FUNCTIONS(NewProvince)
public:
    // Departments (SO), district (HUYEN) and commune (XA) People's Committees, as most provinces rank them; a
    // centrally-run city names its departments "Sở, ban, ngành thành phố".
    static QList<UnitGroup> defaultGroups(bool city = false);

    // The province's name as the decision prints it (not empty, without a leading "Tỉnh", or "Thành phố" for a
    // centrally-run city).
    static Status checkProvince(const QString &name, bool city = false);
    static Status checkYear(int year);
    // At least one group; codes valid and unique (case-insensitive), names not empty and unique.
    static Status checkGroups(const QList<UnitGroup> &groups);
    // A units file (units.csv columns, CSV or XLSX): the import's problems, and a unit of a group that is not
    // among `groups` named by its row and column; at least one unit.
    static Result<QList<Unit>> readUnits(const QString &path, const QList<UnitGroup> &groups);
    // A criteria file (criteria.csv columns, CSV or XLSX), as the Criteria tab imports it.
    static Result<CriteriaTree> readCriteria(const QString &path);

    // The years and groups another .parindex file holds, to copy a bộ tiêu chí from (opened read-only).
    struct SourcePeriod
    {
        int year = 0;
        QString groupCode;
        QString groupName;
        int criteria = 0; // how many criteria it holds
    };
    static Result<QList<SourcePeriod>> periodsIn(const QString &otherFile);
    // That year's criteria and class thresholds of that group.
    static Result<GroupCriteria> copyCriteria(const QString &otherFile, int year, const QString &groupCode);

    // Everything above, for the whole plan: the units' groups, criteria of groups the plan has.
    static Status check(const ProvincePlan &plan);
    // Creates the file at `path` (refused when it exists) in one go: a temporary file renamed into place.
    static Status createFile(const QString &path, const ProvincePlan &plan);
};

} // namespace parindex
