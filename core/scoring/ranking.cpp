#include "ranking.h"

#include "sheetscore.h"

#include <QtCore/QCollator>
#include <QtCore/QVarLengthArray>

#include <algorithm>

namespace parindex {

namespace {
UnitResult resultOf(const CriteriaTree &tree, const ClassBands &bands, const Unit &unit, const SheetScore &s)
{
    UnitResult r;
    r.unitCode = unit.code;
    r.unitName = unit.name;
    r.ranked = unit.ranked;
    r.points = s.totalPoints;
    r.max = s.totalMax;
    r.index = s.index();
    r.classCode = bands.classify(r.index);
    r.missing = s.missing;
    r.areas.reserve(tree.roots().size());
    for (qsizetype root : tree.roots()) {
        const Criterion &c = tree.at(root);
        r.areas.append({c.code, c.title, s.points[root], s.applicableMax[root],
            Fixed::percent(s.points[root], s.applicableMax[root])});
    }
    return r;
}
} // namespace

UnitResult scoreUnit(const CriteriaTree &tree, const ClassBands &bands, const Unit &unit, const ScoreSheet &sheet)
{
    return resultOf(tree, bands, unit, scoreSheet(tree, sheet));
}

UnitResult scoreUnit(
    const CriteriaTree &tree, const ClassBands &bands, const Unit &unit, const ScoreEntry *const *entries)
{
    return resultOf(tree, bands, unit, scoreSheet(tree, entries));
}

namespace {
QCollator nameCollator()
{
    QCollator collator {QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}
} // namespace

NameKeys nameKeys(const QList<Unit> &units)
{
    const QCollator collator = nameCollator();
    NameKeys keys;
    keys.reserve(size_t(units.size()));
    for (const Unit &u : units)
        keys.emplace(u.code, collator.sortKey(u.name));
    return keys;
}

bool ranksBefore(const UnitResult &a, const QCollatorSortKey &nameA, const UnitResult &b, const QCollatorSortKey &nameB)
{
    if (a.index != b.index)
        return a.index > b.index;
    const int byName = nameA.compare(nameB);
    if (byName != 0)
        return byName < 0;
    return a.unitCode < b.unitCode;
}

void numberRanks(QList<UnitResult> &ordered)
{
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        UnitResult &r = ordered[i];
        const bool tiedWithPrevious = i > 0 && r.index == ordered[i - 1].index;
        r.rank = tiedWithPrevious ? ordered[i - 1].rank : std::optional<int>(int(i) + 1);
        r.rankChange = r.previousRank ? std::optional<int>(*r.previousRank - *r.rank) : std::nullopt;
    }
}

void assignCompetitionRanks(QList<UnitResult> &results, const NameKeys *known)
{
    const QCollator collator = nameCollator();
    QList<std::pair<QCollatorSortKey, qsizetype>> keys;
    keys.reserve(results.size());
    for (qsizetype i = 0; i < results.size(); ++i) {
        const auto it = known ? known->find(results[i].unitCode) : NameKeys::const_iterator();
        keys.append({known && it != known->end() ? it->second : collator.sortKey(results[i].unitName), i});
    }

    QList<qsizetype> order(results.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
        [&](qsizetype a, qsizetype b) { return ranksBefore(results[a], keys[a].first, results[b], keys[b].first); });

    QList<UnitResult> sorted;
    sorted.reserve(results.size());
    for (qsizetype i : order)
        sorted.append(std::move(results[i]));
    numberRanks(sorted);
    results = std::move(sorted);
}

QList<UnitResult> scoreUnits(const RankingInput &input)
{
    QList<UnitResult> results;
    results.reserve(input.units.size());
    const ScoreSheet empty;
    for (const Unit &unit : input.units) {
        const auto it = input.sheets.constFind(unit.code);
        results.append(scoreUnit(input.tree, input.bands, unit, it != input.sheets.constEnd() ? *it : empty));
    }
    return results;
}

QList<UnitResult> scoreUnits(const RankingInput &input, const ScoreGrid &grid)
{
    Q_ASSERT(grid.rows() == input.units.size() && grid.columns() == input.tree.size());
    QList<UnitResult> results;
    results.reserve(input.units.size());
    QVarLengthArray<ScoreEntry, 256> row(grid.columns());
    QVarLengthArray<const ScoreEntry *, 256> entries(grid.columns(), nullptr);
    for (qsizetype r = 0; r < input.units.size(); ++r) {
        for (qsizetype column = 0; column < grid.columns(); ++column)
            entries[column] = grid.get(r, column, row[column]) ? &row[column] : nullptr;
        results.append(scoreUnit(input.tree, input.bands, input.units[r], entries.constData()));
    }
    return results;
}

void attachHistory(const RankingInput &input, UnitResult &result)
{
    result.previousRank.reset();
    if (input.previousRanks) {
        const auto prev = input.previousRanks->constFind(result.unitCode);
        if (prev != input.previousRanks->constEnd())
            result.previousRank = *prev;
    }
    const auto origin = input.origins.constFind(result.unitCode);
    result.origin = origin != input.origins.constEnd() ? std::optional<UnitOrigin>(*origin) : std::nullopt;
}

RankingTable rankResults(const RankingInput &input, QList<UnitResult> results, const NameKeys *keys)
{
    RankingTable table;
    table.year = input.year;
    table.groupCode = input.groupCode;
    table.totalMax = input.tree.totalMax();

    for (UnitResult &r : results) {
        r.rank.reset();
        r.rankChange.reset();
        attachHistory(input, r);
        switch (r.standing()) {
        case Standing::Ranked:
            table.ranked.append(std::move(r));
            break;
        case Standing::Incomplete:
            table.incomplete.append(std::move(r));
            break;
        case Standing::SpecialStatus:
        case Standing::NothingApplicable:
            table.unranked.append(std::move(r));
            break;
        }
    }
    assignCompetitionRanks(table.ranked, keys);
    const auto byName = [](QList<UnitResult> &list) {
        QCollator collator {QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
        std::sort(list.begin(), list.end(),
            [&](const UnitResult &a, const UnitResult &b) { return collator.compare(a.unitName, b.unitName) < 0; });
    };
    byName(table.unranked);
    byName(table.incomplete);
    return table;
}

RankingTable computeRanking(const RankingInput &input)
{
    return rankResults(input, scoreUnits(input));
}

} // namespace parindex
