#pragma once

#include "model/period.h"
#include "model/result.h"
#include "model/unitresult.h"
#include "scoring/ranking.h"

#include <functional>

namespace parindex {

class Database;

// The ranking of one period kept up to date edit by edit: loaded once (tree, bands, units, every sheet,
// last year's ranks), then one edit re-reads the edited unit's sheet, scores that unit again and re-ranks
// the results already scored. At national scale (3,321 units) that is what keeps an edit within a frame.
class LiveRanking
{
public:
    static Result<LiveRanking> load(const Database &db, const Period &period);
    // The same, handing over the ranking as soon as it is scored (from the cells read as a grid), before the sheets
    // are read: what the window shows meanwhile. The ranking kept is computed again from the sheets (read a moment
    // later, they may hold another program's write in between). A final period hands over what it published.
    using Preview = std::function<void(RankingTable table)>;
    static Result<LiveRanking> load(const Database &db, const Period &period, const Preview &preview);

    qint64 periodId() const { return m_periodId; }
    const RankingInput &input() const { return m_input; }
    const RankingTable &table() const { return m_table; }

    // After an edit of one unit's sheet in this period.
    Status updateUnit(const Database &db, const QString &unitCode);

private:
    qint64 m_periodId = 0;
    RankingInput m_input;
    QList<UnitResult> m_results; // in the order of m_input.units
    QHash<QString, qsizetype> m_position; // unit code -> index in m_results
    NameKeys m_keys;
    RankingTable m_table;
};

} // namespace parindex
