#include "groupcharts.h"

#include "areaprofilechart.h"
#include "comparisonchart.h"
#include "rankmovementchart.h"
#include "trendchart.h"

#include "scoring/trends.h"
#include "storage/database.h"

#include <QtCore/QSet>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
const RankingTable *tableOf(const GroupHistory &history, int year)
{
    for (const RankingTable &t : history.rankings) {
        if (t.year == year)
            return &t;
    }
    return nullptr;
}

bool isOneYear(ChartKind kind)
{
    return kind == ChartKind::Comparison || kind == ChartKind::AreaProfile;
}

// The latest period of the group, for a one-year chart that names no year.
Result<int> latestYear(const Database &db, const QString &groupCode)
{
    const auto periods = db.periods(groupCode);
    if (!periods)
        return periods.error();
    std::optional<int> latest;
    for (const Period &p : *periods) {
        if (p.groupCode == groupCode && (!latest || p.year > *latest))
            latest = p.year;
    }
    if (!latest)
        return Error {Error::Kind::NotFound, GroupCharts::tr("Group %1 has no period yet.").arg(groupCode)};
    return *latest;
}

ChartPicture picture(QChart *chart, QSize size, QStringList notes = {})
{
    return ChartPicture {std::unique_ptr<QChart>(chart), size, std::move(notes), std::nullopt};
}
} // namespace

std::optional<ChartKind> chartKindFromName(QStringView name)
{
    for (ChartKind kind : {ChartKind::Trend, ChartKind::Comparison, ChartKind::AreaProfile, ChartKind::RankMovement}) {
        if (name == chartKindName(kind))
            return kind;
    }
    return std::nullopt;
}

QString chartKindName(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Trend:
        return u"trend"_s;
    case ChartKind::Comparison:
        return u"compare"_s;
    case ChartKind::AreaProfile:
        return u"areas"_s;
    case ChartKind::RankMovement:
        return u"ranks"_s;
    }
    return {};
}

Result<ChartPicture> GroupCharts::build(const Database &db, const ChartRequest &request, const QLocale &locale)
{
    std::optional<int> from = request.fromYear;
    std::optional<int> to = request.toYear;
    if (isOneYear(request.kind)) {
        std::optional<int> year = request.year;
        if (!year) {
            const auto latest = latestYear(db, request.groupCode);
            if (!latest)
                return latest.error();
            year = *latest;
        }
        from = *year - 1;
        to = *year;
        if (request.kind == ChartKind::AreaProfile) {
            // The profile's previous year: the group's period before this one, which need not be the year before.
            if (const auto period = db.period(*year, request.groupCode)) {
                const auto map = db.criteriaMap(period->id);
                if (!map)
                    return map.error();
                from = map->previousYear.value_or(*year);
            }
        }
    }
    const auto history = TrendTables::groupHistory(db, request.groupCode, from, to);
    if (!history)
        return history.error();
    ChartRequest resolved = request;
    if (isOneYear(request.kind))
        resolved.year = to;
    return build(*history, resolved, locale);
}

Result<ChartPicture> GroupCharts::build(const GroupHistory &history, const ChartRequest &request, const QLocale &locale)
{
    if (const Status s = TrendTables::checkUnits(history.rankings, request.units); !s)
        return s.error();
    const ChartContext context {locale, history.groupName, history.bands, {}};

    if (request.kind == ChartKind::Trend || request.kind == ChartKind::RankMovement) {
        QList<RankingTable> span;
        for (const RankingTable &t : history.rankings) {
            if ((!request.fromYear || t.year >= *request.fromYear) && (!request.toYear || t.year <= *request.toYear))
                span.append(t);
        }
        if (request.kind == ChartKind::RankMovement) {
            const RankMovement movement = Trends::rankMovement(span, request.units);
            return picture(
                RankMovementChart::build(movement, context), RankMovementChart::sizeFor(movement.lowestRank));
        }
        QStringList units = request.units;
        QStringList notes;
        if (units.isEmpty()) {
            // Every unit, less those that ended into another one (drawn there as its predecessors).
            QStringList all;
            for (const UnitTrend &unit : Trends::trend(span, {}, history.lineage, history.unitNames).units)
                all.append(unit.unitCode);
            units = all.mid(0, DefaultTrendUnits);
            if (all.size() > DefaultTrendUnits)
                notes.append(tr("The chart shows the first %1 units of the latest ranking; choose units to see others.")
                                 .arg(DefaultTrendUnits));
        }
        const TrendSeries series = Trends::trend(span, units, history.lineage, history.unitNames);
        return picture(
            TrendChart::build(series, context, {request.average, request.median}), TrendChart::DefaultSize, notes);
    }

    const int year = request.year.value_or(history.rankings.isEmpty() ? 0 : history.rankings.last().year);
    const RankingTable *table = tableOf(history, year);
    if (!table)
        return Error {Error::Kind::NotFound, tr("Group %1 has no period %2.").arg(history.groupCode).arg(year)};

    if (request.kind == ChartKind::Comparison) {
        ComparisonData data = Trends::comparison(*table);
        QStringList notes;
        if (const qsizetype all = data.bars.size(); request.comparisonEnds > 0 && all > 2 * request.comparisonEnds) {
            const qsizetype ends = request.comparisonEnds;
            QList<ComparisonBar> kept;
            const QSet<QString> chosenUnits(request.units.cbegin(), request.units.cend());
            qsizetype checked = 0;
            for (qsizetype i = 0; i < all; ++i) {
                const bool end = i < ends || i >= all - ends;
                const bool chosen = chosenUnits.contains(data.bars[i].unitCode);
                if (end || chosen)
                    kept.append(std::move(data.bars[i]));
                checked += chosen && !end ? 1 : 0;
            }
            data.bars = std::move(kept);
            if (checked == 0)
                notes.append(tr("%1 of the %2 units are drawn: the first %3 and the last %3 of the ranking.")
                                 .arg(data.bars.size())
                                 .arg(all)
                                 .arg(ends));
            else
                notes.append(tr("%1 of the %2 units are drawn: the first %3 and the last %3 of the ranking, and the "
                                "checked units between them (%4).")
                                 .arg(data.bars.size())
                                 .arg(all)
                                 .arg(ends)
                                 .arg(checked));
        }
        if (!table->incomplete.isEmpty()) {
            QStringList names;
            for (const UnitResult &r : table->incomplete)
                names.append(r.unitName);
            notes.append(tr("Not shown, scores missing: %1.").arg(names.join(u", ")));
        }
        QStringList nothingApplicable;
        for (const UnitResult &r : table->unranked) {
            if (!r.hasIndex())
                nothingApplicable.append(r.unitName);
        }
        if (!nothingApplicable.isEmpty())
            notes.append(tr("Not shown, every criterion not applicable: %1.").arg(nothingApplicable.join(u", ")));
        if (data.bars.size() > ComparisonList::MaxChartBars) {
            ChartPicture list;
            list.list = ComparisonList::build(data, context, request.stackByArea, request.units);
            list.list->notes = notes;
            list.notes = std::move(notes);
            return list;
        }
        return picture(ComparisonChart::build(data, context, {request.stackByArea}),
            ComparisonChart::sizeFor(data.bars.size(), request.stackByArea ? data.areas.size() : 0), notes);
    }

    if (request.units.size() != 1)
        return Error {Error::Kind::Usage, tr("The area profile shows one unit: choose exactly one.")};
    // The year before is the group's period before this one, its areas matched only through the recorded links.
    const auto links = history.areaLinks.constFind(year);
    const bool linked = links != history.areaLinks.cend();
    const RankingTable *previous = linked ? tableOf(history, links->fromYear) : nullptr;
    const auto profile
        = Trends::areaProfile(*table, previous, request.units.first(), linked ? links->linked() : AreaLinkMap());
    if (!profile)
        return profile.error();
    QStringList notes;
    if (previous) {
        QStringList unlinked;
        for (const AreaProfileRow &row : profile->areas) {
            if (row.past == AreaPast::Unlinked)
                unlinked.append(row.code);
        }
        if (!unlinked.isEmpty())
            notes.append(tr("Areas %1 of %2 are not compared with %3: what they continue is not recorded. %4")
                             .arg(unlinked.join(u", "_s))
                             .arg(year)
                             .arg(previous->year)
                             .arg(YearLinks::howToLink(history.groupCode, year)));
    }
    return picture(AreaProfileChart::build(*profile, context), AreaProfileChart::sizeFor(profile->areas.size()), notes);
}

} // namespace parindex
