#include "movementreport.h"

#include "periodranking.h"
#include "yearlinks.h"

#include "storage/database.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
// The unit's result in a ranking (ranked, unranked or incomplete), or nothing.
std::optional<UnitResult> resultOf(const RankingTable &table, const QString &unitCode)
{
    const UnitResult *r = table.find(unitCode);
    return r ? std::optional<UnitResult>(*r) : std::nullopt;
}
} // namespace

Result<MovementFrame> MovementReport::load(
    const Database &db, const QString &groupCode, int year, std::optional<int> fromYear)
{
    const auto period = db.period(year, groupCode);
    if (!period)
        return period.error();
    if (!fromYear) {
        const auto map = db.criteriaMap(period->id);
        if (!map)
            return map.error();
        if (!map->previousYear)
            return Error {Error::Kind::BadData,
                tr("%1 is the first year of group %2: there is no earlier year to compare with.")
                    .arg(year)
                    .arg(groupCode)};
        fromYear = map->previousYear;
    }
    const auto links = YearLinks::areas(db, groupCode, year, *fromYear);
    if (!links)
        return links.error();
    if (!links->complete()) {
        QStringList details = links->unlinked;
        details.append(YearLinks::howToLink(groupCode, year));
        return Error {Error::Kind::BadData,
            tr("The areas of %1 cannot be compared with those of %2: what these areas continue is not recorded.")
                .arg(year)
                .arg(*fromYear),
            details};
    }
    auto later = rankPeriod(db, year, groupCode);
    if (!later)
        return later.error();
    auto earlier = rankPeriod(db, *fromYear, groupCode);
    if (!earlier)
        return earlier.error();
    return MovementFrame {
        groupCode, year, *fromYear, std::move(earlier).value(), std::move(later).value(), links->continues};
}

Result<IndexMovement> MovementReport::explain(const MovementFrame &frame, const QString &unitCode)
{
    const std::optional<UnitResult> now = resultOf(frame.later, unitCode);
    const std::optional<UnitResult> before = resultOf(frame.earlier, unitCode);
    if (!now || !before)
        return Error {Error::Kind::NotFound,
            tr("Unit %1 is not listed in the %2 ranking of group %3.")
                .arg(unitCode)
                .arg(now ? frame.fromYear : frame.year)
                .arg(frame.groupCode)};

    // A unit not ranked in one of the years (special status, incomplete, nothing applicable) is refused with its
    // reason before its areas are joined (an incomplete result's areas are partial).
    if (!now->rank || now->standing() != Standing::Ranked || !before->rank || before->standing() != Standing::Ranked)
        return Movement::explain(*before, *now, frame.earlier, frame.later, {});

    // An earlier area split between several of this year's areas has no contribution of its own: refused, naming them.
    QHash<QString, QStringList> continuedBy; // earlier area -> the later areas that continue it
    for (auto it = frame.continues.cbegin(); it != frame.continues.cend(); ++it) {
        for (const QString &code : it.value())
            continuedBy[code].append(it.key());
    }
    QStringList splitAreas(continuedBy.keyBegin(), continuedBy.keyEnd());
    std::sort(splitAreas.begin(), splitAreas.end());
    for (const QString &code : std::as_const(splitAreas)) {
        QStringList later = continuedBy.value(code);
        if (later.size() < 2)
            continue;
        std::sort(later.begin(), later.end());
        return Error {Error::Kind::BadData,
            tr("Area %1 of %2 is split between areas %3 of %4: the change of a split area cannot be divided between "
               "them, so the movement cannot be explained by area.")
                .arg(code)
                .arg(frame.fromYear)
                .arg(later.join(u", "_s))
                .arg(frame.year)};
    }

    // An area made of several of the earlier year is compared with their sum: those are joined into one area.
    UnitResult joined = *before;
    AreaContinuation continuation;
    for (auto it = frame.continues.cbegin(); it != frame.continues.cend(); ++it) {
        const QStringList &codes = it.value();
        if (codes.isEmpty()) {
            continuation.insert(it.key(), std::nullopt);
            continue;
        }
        if (codes.size() == 1) {
            continuation.insert(it.key(), codes.first());
            continue;
        }
        AreaResult sum;
        sum.code = codes.join(u" + "_s);
        QStringList titles;
        for (const QString &code : codes) {
            for (qsizetype i = 0; i < joined.areas.size(); ++i) {
                if (joined.areas[i].code != code)
                    continue;
                sum.points = sum.points + joined.areas[i].points;
                sum.max = sum.max + joined.areas[i].max;
                titles.append(joined.areas[i].title);
                joined.areas.removeAt(i);
                break;
            }
        }
        if (titles.size() != codes.size())
            return Error {Error::Kind::BadData,
                tr("Area %1 of %2 continues areas %3 of %4, which the unit's result there does not hold all of, or "
                   "which another area continues too: a split area has no contribution of its own.")
                    .arg(it.key())
                    .arg(frame.year)
                    .arg(codes.join(u", "_s))
                    .arg(frame.fromYear)};
        sum.title = titles.join(u" + "_s);
        joined.areas.append(sum);
        continuation.insert(it.key(), sum.code);
    }
    return Movement::explain(joined, *now, frame.earlier, frame.later, continuation);
}

Result<IndexMovement> MovementReport::explain(
    const Database &db, const QString &groupCode, const QString &unitCode, int year, std::optional<int> fromYear)
{
    const auto frame = load(db, groupCode, year, fromYear);
    if (!frame)
        return frame.error();
    return explain(*frame, unitCode);
}

} // namespace parindex
