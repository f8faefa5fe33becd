#pragma once

#include "classbands.h"
#include "fixed.h"

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace parindex {

// An area's (root criterion's) share of a unit's result.
struct AreaResult
{
    QString code;
    QString title;
    Fixed points;
    Fixed max; // applicable maximum: not-applicable criteria left out
    Fixed index; // points / max x 100, two decimals

    bool operator==(const AreaResult &) const = default;
};

struct UnitResult
{
    QString unitCode;
    QString unitName;
    Fixed points;
    Fixed max; // the unit's applicable maximum
    Fixed index; // rounded half up to two decimals; the ranking uses this value
    ClassCode classCode = ClassCode::Weak;
    std::optional<int> rank; // empty: incomplete, or a unit of special status
    std::optional<int> previousRank;
    std::optional<int> rankChange; // positive: moved up
    QList<AreaResult> areas;
    QStringList missing; // leaf codes without an appraised value
    bool ranked = true; // false for units of special status, listed without a rank

    bool isComplete() const { return missing.isEmpty(); }
    bool operator==(const UnitResult &) const = default;
};

// The result of one period: ranked units in rank order (Vietnamese name order inside a tie),
// then those left out of the ranking.
struct RankingTable
{
    int year = 0;
    QString groupCode;
    Fixed totalMax;
    QList<UnitResult> ranked;
    QList<UnitResult> unranked; // special status: complete, listed without a rank
    QList<UnitResult> incomplete; // missing appraised values

    const UnitResult *find(const QString &unitCode) const;
};

inline const UnitResult *RankingTable::find(const QString &unitCode) const
{
    for (const QList<UnitResult> *list : {&ranked, &unranked, &incomplete}) {
        for (const UnitResult &r : *list) {
            if (r.unitCode == unitCode)
                return &r;
        }
    }
    return nullptr;
}

} // namespace parindex
