#pragma once

#include "model/lineage.h"
#include "model/unitresult.h"

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace parindex {

// How a period's units continue the units of the year before, from the lineage record (issue 16), for their rank
// change. The rules, for a unit N of year Y and the links of year Y:
// - N continues the units it has links to, and itself when it was listed the year before under its own code;
// - N continuing one unit A that no other unit of Y continues, A not listed in Y: a rename, ranked against A;
// - N continuing two or more: a merger; N continuing A that another unit of Y continues too, or that is still
//   listed in Y, or A itself when a part of it left for another unit: a split. Neither has a rank change.
// Only the links of year Y count: a link says from which year a unit continues another.
class Succession
{
public:
    struct LastYear
    {
        std::optional<QHash<QString, int>> ranks; // by unit code; empty: no ranking the year before
        QHash<QString, QString> names; // every unit listed the year before, ranked or not: code -> name
    };

    // The origin of each unit of `thisYear` that has one. Names come from `last`, else from `otherNames` (the
    // unit's current name), else the code.
    static QHash<QString, UnitOrigin> origins(const QList<LineageLink> &links, int year, const QStringList &thisYear,
        const LastYear &last, const QHash<QString, QString> &otherNames = {});

    // Last year's ranks as this year's units are compared with them: a renamed unit takes its predecessor's rank,
    // a merged or split one has none.
    static std::optional<QHash<QString, int>> ranksFor(
        const std::optional<QHash<QString, int>> &ranks, const QHash<QString, UnitOrigin> &origins);

    // Whether any link is of `year` (nothing to work out otherwise).
    static bool anyOf(const QList<LineageLink> &links, int year);
};

} // namespace parindex
