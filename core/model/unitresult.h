#pragma once

#include "classbands.h"
#include "fixed.h"

#include <QtCore/QCoreApplication>
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

// Where a unit stands in its period's ranking.
// A unit that continues other units from this year on (unit_lineage, model/lineage.h), as its rank change reads it.
// A rename (one unit continued by this one alone) keeps the rank change, counted from the earlier unit's rank; a
// merger (several units, the unit's own earlier self included when it kept its code) or a split (a unit continued
// by several) has none: it is new, "mới (hợp nhất từ A, B, C)", never a number against a unit it only partly is.
struct UnitOrigin
{
    enum class Kind { Renamed, Merged, Split };
    Kind kind = Kind::Renamed;
    QStringList codes; // the units it continues, in code order
    QStringList names; // their names as last listed, in the same order

    bool operator==(const UnitOrigin &) const = default;
};

enum class Standing {
    Ranked, // complete, with an index and a rank
    Incomplete, // appraised values missing: no index yet
    SpecialStatus, // complete, listed without a rank (a unit of special status)
    NothingApplicable, // every criterion is not applicable to it: no maximum, so no index and no class
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
    std::optional<UnitOrigin> origin; // empty: the unit continues only itself
    QList<AreaResult> areas;
    QStringList missing; // leaf codes without an appraised value
    bool ranked = true; // false for units of special status, listed without a rank

    bool isComplete() const { return missing.isEmpty(); }
    // An index (and a class) that means something: complete, with an applicable maximum above 0. Without
    // one, `index` and `classCode` hold 0 and the lowest class, which no output shows.
    bool hasIndex() const { return isComplete() && max > Fixed(); }
    Standing standing() const
    {
        if (!isComplete())
            return Standing::Incomplete;
        if (max <= Fixed())
            return Standing::NothingApplicable;
        return ranked ? Standing::Ranked : Standing::SpecialStatus;
    }
    bool operator==(const UnitResult &) const = default;
};

// The words for a unit's standing, in exports and on screen.
class StandingText
{
    Q_DECLARE_TR_FUNCTIONS(StandingText)
public:
    // formats.md's status column: ranked, incomplete, not_ranked.
    static QString code(Standing standing);
    // Why a unit has no rank ("appraised scores missing: 1.2, 3.4"); empty for a ranked unit.
    static QString reason(const UnitResult &result);
    // What a unit continues: "merged from A, B and C", "split from A", "formerly A".
    static QString origin(const UnitOrigin &origin);
    // "A, B and C".
    static QString names(const QStringList &names);
};

// The result of one period: ranked units in rank order (Vietnamese name order inside a tie),
// then those left out of the ranking.
struct RankingTable
{
    int year = 0;
    QString groupCode;
    Fixed totalMax;
    QList<UnitResult> ranked;
    QList<UnitResult> unranked; // complete, listed without a rank: special status, or nothing applicable
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
