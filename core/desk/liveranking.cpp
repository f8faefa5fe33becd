#include "liveranking.h"

#include "periodranking.h"
#include "storage/database.h"

namespace parindex {

Result<LiveRanking> LiveRanking::load(const Database &db, const Period &period)
{
    auto input = loadRankingInput(db, period.year, period.groupCode);
    if (!input)
        return input.error();
    LiveRanking live;
    live.m_periodId = period.id;
    live.m_input = std::move(input).value();
    live.m_results = scoreUnits(live.m_input);
    for (qsizetype i = 0; i < live.m_input.units.size(); ++i)
        live.m_position.insert(live.m_input.units[i].code, i);
    live.m_keys = nameKeys(live.m_input.units);
    live.m_table = rankResults(live.m_input, live.m_results, &live.m_keys);
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
    m_results[*position] = scoreUnit(m_input.tree, m_input.bands, m_input.units[*position], *sheet);
    m_table = rankResults(m_input, m_results, &m_keys);
    return {};
}

} // namespace parindex
