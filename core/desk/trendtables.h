#pragma once

#include "model/classbands.h"
#include "model/result.h"
#include "model/unitresult.h"
#include "scoring/trends.h"
#include "yearlinks.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QList>

#include <functional>

#include <optional>

namespace parindex {

class Database;

// A group's rankings over a span of years, as the trend command and the charts read them.
struct GroupHistory
{
    QString groupCode;
    QString groupName;
    QList<RankingTable> rankings; // one per period of the group in the span, oldest first
    ClassBands bands; // the latest period's bands: the charts' background
    QList<LineageLink> lineage = {}; // the file's record of units that continue others (every group)
    QHash<QString, QString> unitNames = {}; // code -> name of every unit of the file, where there is lineage
    // For each year of `rankings` but a group's first: what its areas continue of the group's period before it
    // (YearLinks::toPreviousPeriod), which the area profile compares with.
    QHash<int, AreaLinks> areaLinks = {};
};

class TrendTables
{
    Q_DECLARE_TR_FUNCTIONS(TrendTables)
public:
    // The ranking of every period of the group from fromYear to toYear (either end open when empty),
    // oldest first. NotFound when the group does not exist or has no period in the span.
    static Result<QList<RankingTable>> rankingsOfGroup(const Database &db, const QString &groupCode,
        std::optional<int> fromYear = std::nullopt, std::optional<int> toYear = std::nullopt);

    // The same with the group's name and the latest period's bands.
    static Result<GroupHistory> groupHistory(const Database &db, const QString &groupCode,
        std::optional<int> fromYear = std::nullopt, std::optional<int> toYear = std::nullopt);

    // Called before each period is read (done of total) and once at the end (total of total); returning false
    // stops the reading: the result is then Error::Kind::Cancelled. For a reading off the GUI thread.
    using Progress = std::function<bool(int done, int total)>;
    static Result<GroupHistory> groupHistory(const Database &db, const QString &groupCode, const Progress &progress);

    // `trend`: the index of the units over the span, with the group average and median, and each unit's
    // predecessors where the file records lineage (Trends::trend). NotFound names the units that have no result in
    // any year of the span.
    static Result<TrendSeries> trendOfGroup(const Database &db, const QString &groupCode, const QStringList &unitCodes,
        std::optional<int> fromYear = std::nullopt, std::optional<int> toYear = std::nullopt);

    // Units asked for that have no result in any of the years: NotFound with their codes, else ok.
    static Status checkUnits(const QList<RankingTable> &years, const QStringList &unitCodes);
};

} // namespace parindex
