#pragma once
// Files of two years (2024 and 2025, group XA) for the tests of last year's ranks and of the ranking's
// second connection.

#include "storage/database.h"

#include <QtCore/QString>

#include <functional>
#include <memory>

namespace parindex::test {

// A file with group XA, `units`, and the periods 2024 and 2025, each with `tree` and the rows `rowsOf(year)`.
inline std::unique_ptr<Database> twoYears(const QString &path, const QList<Unit> &units, const CriteriaTree &tree,
    const std::function<QList<ScoreRow>(int)> &rowsOf)
{
    using namespace Qt::StringLiterals;
    const auto must = [](const Status &s) {
        if (!s)
            qFatal("%s", qPrintable(s.error().text()));
    };
    auto db = Database::create(path);
    if (!db)
        qFatal("%s", qPrintable(db.error().text()));
    must((*db)->saveGroup({u"XA"_s, u"UBND cấp xã"_s, 0}));
    must((*db)->importUnits(units));
    for (int year : {2024, 2025}) {
        const auto p = (*db)->addPeriod(year, u"XA"_s);
        must(p ? (*db)->replaceCriteria(p->id, tree) : Status(p.error()));
        must((*db)->importScores(p->id, rowsOf(year)));
    }
    return std::move(db).value();
}

} // namespace parindex::test
