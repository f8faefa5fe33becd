#pragma once

#include "database.h"

namespace parindex {

// A period's criteria tree and classification bands: what a council edits rarely, and what every score refers to.
class CriteriaStore
{
public:
    explicit CriteriaStore(Database::Private &d) : d(&d) { }

    Result<CriteriaTree> criteria(qint64 periodId) const;
    Status replaceCriteria(qint64 periodId, const CriteriaTree &tree, const Database::CriteriaWrite &write);
    Result<ClassBands> bands(qint64 periodId) const;
    Status setBands(qint64 periodId, const ClassBands &bands, const std::optional<ClassBands> &expected);
    // The rows of a new period (in its write's transaction).
    Status insertCriteria(qint64 periodId, const CriteriaTree &tree);
    Status insertBands(qint64 periodId, const ClassBands &bands);

private:
    Database::Private *d;
};

} // namespace parindex
