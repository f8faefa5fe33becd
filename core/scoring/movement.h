#pragma once

#include "model/result.h"
#include "model/unitresult.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace parindex {

// Which area of the earlier year each area of the later year continues, by the later area's code: the earlier
// area's code, or nullopt for an area new that year. An earlier area that no later area continues was removed.
// Areas are matched only through this map, never by equal codes.
using AreaContinuation = QHash<QString, std::optional<QString>>;

// One row of an explanation: an area in both years (or only in one, new or removed) and its part of the change.
struct AreaMovement
{
    QString code; // the later year's code; empty for a removed area
    QString title; // the later year's title; the earlier one for a removed area
    QString previousCode; // empty for a new area
    QString previousTitle;
    std::optional<Fixed> points; // later year; empty for a removed area
    std::optional<Fixed> max; //   its applicable maximum
    std::optional<Fixed> previousPoints; // earlier year; empty for a new area
    std::optional<Fixed> previousMax;
    // share(later) - share(earlier), where an area's share is its points / the unit's whole applicable maximum x 100
    // (a new area: its later share; a removed one: minus its earlier share), in hundredths, rounded so that the
    // rows add up exactly to IndexMovement::change (see explainMovement).
    Fixed contribution;

    bool isNew() const { return previousCode.isEmpty(); }
    bool isRemoved() const { return code.isEmpty(); }
    bool operator==(const AreaMovement &) const = default;
};

// A unit of both rankings, as it stood in each.
struct UnitPlace
{
    QString code;
    QString name; // the later year's name
    int rank = 0;
    int previousRank = 0;

    bool operator==(const UnitPlace &) const = default;
};

// Why a unit moved between two years: its index change split by area, its rank change, and the units it passed
// or that passed it.
struct IndexMovement
{
    QString unitCode;
    QString unitName;
    QString groupCode;
    int year = 0;
    int previousYear = 0;
    Fixed index; // the published (rounded) indices
    Fixed previousIndex;
    Fixed change; // index - previousIndex, exactly
    Fixed points;
    Fixed max;
    Fixed previousPoints;
    Fixed previousMax;
    int rank = 0;
    int previousRank = 0;
    int rankChange = 0; // previousRank - rank: positive when the unit moved up
    int rankedUnits = 0; // units ranked in the later year ("13/30")
    int previousRankedUnits = 0;
    // The later year's areas in their order, then the removed areas in the earlier year's order.
    QList<AreaMovement> areas;
    // Among units ranked in both years (by code): those strictly ahead of the unit before and strictly behind it
    // now (passed), and those strictly behind before and strictly ahead now (passed by); a unit level with it in
    // either year is in neither list. In the later ranking's order.
    QList<UnitPlace> passed;
    QList<UnitPlace> passedBy;

    bool operator==(const IndexMovement &) const = default;
};

class Movement
{
    Q_DECLARE_TR_FUNCTIONS(Movement)
public:
    // The explanation of `later` (the unit's result in later.year of `laterTable`) against `earlier` (its result in
    // `earlierTable`). Refused, with the reason, when the unit is not ranked in either year, when a result does not
    // add up (index != points / max x 100 rounded, or areas that do not sum to the unit's points and maximum),
    // or when `areas` leaves out a later area, names an earlier area that does not exist, or has two later areas
    // continue one earlier area (a split area has no contribution of its own).
    //
    // Rounding: the exact contributions c_i (rationals over the common denominator max x previousMax) add up to
    // the change of the unrounded indices, which differs from the published change D by less than 0.01. Each c_i
    // is rounded down to hundredths; the R hundredths still missing to reach D (0 <= R <= the number of areas with
    // a non-zero remainder) go, one each, to the R areas with the largest remainders c_i - floor(c_i); equal
    // remainders go to the area listed first. Every contribution is thus c_i rounded down or up, and the rows add
    // up to D exactly (largest remainder, Hamilton's method).
    static Result<IndexMovement> explain(const UnitResult &earlier, const UnitResult &later,
        const RankingTable &earlierTable, const RankingTable &laterTable, const AreaContinuation &areas);
    // The same for the unit `unitCode` of both tables (refused when it is not listed in one of them).
    static Result<IndexMovement> explain(const RankingTable &earlierTable, const RankingTable &laterTable,
        const QString &unitCode, const AreaContinuation &areas);
};

} // namespace parindex
