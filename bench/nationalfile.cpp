#include "nationalfile.h"

#include "nationalfixture.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace parindex::bench {

Status writeNationalFile(const QString &path, const NationalFileSpec &spec)
{
    auto db = Database::create(path);
    if (!db)
        return db.error();
    (*db)->setUserName(u"bench"_s);
    if (const Status s = (*db)->saveGroup({u"XA"_s, u"UBND cấp xã"_s, 0}); !s)
        return s;
    const int firstYear = spec.lastYear - spec.years + 1;
    for (int year = firstYear; year <= spec.lastYear; ++year) {
        const NationalFixture f = makeNationalFixture(spec.units, spec.seed + quint32(year));
        if (year == firstYear) {
            if (const Status s = (*db)->importUnits(f.units); !s)
                return s;
        }
        const auto period = (*db)->addPeriod(year, u"XA"_s);
        if (!period)
            return period.error();
        if (const Status s = (*db)->replaceCriteria(period->id, f.tree); !s)
            return s;
        if (const Status s = (*db)->importScores(period->id, f.rows); !s)
            return s;
    }
    return {};
}

} // namespace parindex::bench
