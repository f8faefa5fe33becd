#pragma once

#include "database.h"

namespace parindex {

// Groups, units, and the roster of each period: the units it ranks, with the name they had that year. A unit keeps
// what it is now; a change of it reaches the rosters of periods that are not final, never a final one.
class UnitStore
{
public:
    explicit UnitStore(Database::Private &d) : d(&d) { }

    Result<QList<UnitGroup>> groups() const;
    Status saveGroup(const UnitGroup &group, const std::optional<UnitGroup> &expected);
    Result<QList<Unit>> units(const QString &groupCode) const;
    Result<Unit> unit(const QString &code) const;
    Status saveUnit(const Unit &unit, const std::optional<Unit> &expected, Database::Leaving leaving);
    Status importUnits(const QList<Unit> &units, const std::optional<Unit> &expected, Database::Leaving leaving,
        const QList<UnitGroup> &newGroups);
    Result<QList<Unit>> periodUnits(qint64 periodId) const;
    Status setRoster(qint64 periodId, const QList<Unit> &roster);
    // The id of a unit on the period's roster (its roster row's seal verified); NotFound when it is not ranked there.
    Result<qint64> rosterUnitId(const Period &p, const QString &unitCode) const;
    // Fills the roster of a new period from the units of its group that take part in its year, as they are now.
    Status fillRoster(qint64 periodId, int year, const QString &groupCode);

private:
    Database::Private *d;
};

} // namespace parindex
