#include "liveranking.h"

#include "periodranking.h"
#include "publication.h"
#include "storage/database.h"

namespace parindex {

Result<LiveRanking> LiveRanking::load(const Database &db, const Period &period)
{
    return load(db, period, {});
}

Result<LiveRanking> LiveRanking::load(const Database &db, const Period &period, const Preview &preview)
{
    std::optional<RankingTable> publishedAhead;
    if (preview) {
        auto kept = Publication::ranking(db, period);
        if (!kept)
            return kept.error();
        publishedAhead = std::move(kept).value();
    }
    auto input = preview ? loadRankingInput(db, period.year, period.groupCode,
                     [&](const RankingInput &frame, const QList<UnitResult> &results) {
                         preview(publishedAhead ? *publishedAhead : rankResults(frame, results));
                     })
                         : loadRankingInput(db, period.year, period.groupCode);
    if (!input)
        return input.error();
    LiveRanking live;
    live.m_periodId = period.id;
    live.m_input = std::move(input).value();
    live.m_results = scoreUnits(live.m_input);
    for (qsizetype i = 0; i < live.m_input.units.size(); ++i)
        live.m_position.insert(live.m_input.units[i].code, i);
    live.m_keys = nameKeys(live.m_input.units);
    auto published = Publication::ranking(db, period);
    if (!published)
        return published.error();
    // A final period shows what it published (it takes no edit, so the table is never ranked again).
    live.m_table = *published ? std::move(**published) : rankResults(live.m_input, live.m_results, &live.m_keys);
    return live;
}

Status LiveRanking::updateUnit(const Database &db, const QString &unitCode)
{
    const auto position = m_position.constFind(unitCode);
    if (position == m_position.constEnd())
        return {}; // not a unit of this ranking
    auto sheet = db.scoreSheet(m_periodId, unitCode);
    if (!sheet)
        return sheet.error();
    m_input.sheets.insert(unitCode, *sheet);
    UnitResult fresh = scoreUnit(m_input.tree, m_input.bands, m_input.units[*position], *sheet);
    const bool wasRanked = m_results[*position].standing() == Standing::Ranked;
    m_results[*position] = fresh;
    if (!wasRanked || fresh.standing() != Standing::Ranked) {
        m_table = rankResults(m_input, m_results, &m_keys); // the unit joins or leaves the ranking
        return {};
    }
    // Still ranked: move the unit to its new place and number the ranks again, without sorting them all.
    QList<UnitResult> &ranked = m_table.ranked;
    const auto old
        = std::find_if(ranked.begin(), ranked.end(), [&](const UnitResult &r) { return r.unitCode == unitCode; });
    if (old == ranked.end()) {
        m_table = rankResults(m_input, m_results, &m_keys);
        return {};
    }
    ranked.erase(old);
    attachHistory(m_input, fresh);
    const QCollatorSortKey &name = m_keys.at(unitCode);
    const auto place = std::partition_point(ranked.begin(), ranked.end(),
        [&](const UnitResult &r) { return ranksBefore(r, m_keys.at(r.unitCode), fresh, name); });
    ranked.insert(place, std::move(fresh));
    numberRanks(ranked);
    return {};
}

} // namespace parindex
