#pragma once

#include "scoring/movement.h"

#include <QtCore/QCoreApplication>

#include <optional>

namespace parindex {

class Database;

// Why a unit moved between two years of its group, from the file: each year's ranking as rankPeriod gives it (what a
// final year published), the areas compared through the links the file records (YearLinks). An area made of several
// areas of the earlier year is compared with their sum ("2 + 3"); areas whose links are not recorded are refused,
// named, with how to record them.
class MovementReport
{
    Q_DECLARE_TR_FUNCTIONS(MovementReport)
public:
    // `fromYear`: the group's period before `year` when not given.
    static Result<IndexMovement> explain(
        const Database &db, const QString &groupCode, const QString &unitCode, int year, std::optional<int> fromYear);
};

} // namespace parindex
