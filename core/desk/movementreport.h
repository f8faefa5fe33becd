#pragma once

#include "scoring/movement.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QStringList>

#include <optional>

namespace parindex {

class Database;

// Why a unit moved between two years of its group, from the file: each year's ranking as rankPeriod gives it (what a
// final year published), the areas compared through the links the file records (YearLinks). An area made of several
// areas of the earlier year is compared with their sum ("2 + 3"); areas whose links are not recorded are refused,
// named, with how to record them.
// What every unit's explanation between two years reads from the file, read once: the window explains each unit it
// selects from it, without reading the two rankings again.
struct MovementFrame
{
    QString groupCode;
    int year = 0;
    int fromYear = 0;
    RankingTable earlier;
    RankingTable later;
    QHash<QString, QStringList> continues; // AreaLinks::continues: each area of `year` -> those of `fromYear`
};

class MovementReport
{
    Q_DECLARE_TR_FUNCTIONS(MovementReport)
public:
    // `fromYear`: the group's period before `year` when not given. Refused when the areas' links are not recorded.
    static Result<MovementFrame> load(
        const Database &db, const QString &groupCode, int year, std::optional<int> fromYear);
    static Result<IndexMovement> explain(const MovementFrame &frame, const QString &unitCode);
    // load() then explain().
    static Result<IndexMovement> explain(
        const Database &db, const QString &groupCode, const QString &unitCode, int year, std::optional<int> fromYear);
};

} // namespace parindex
