#include "formats.h"

#include "model/classbands.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
QJsonValue optionalJson(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// Fixed as a JSON number: the shortest text of the double, 91.92 rather than 91.9200.
QJsonValue number(Fixed value)
{
    return QJsonValue(value.toDouble());
}

// Its standing in formats.md's words: "status" ranked, incomplete or not_ranked, and the reason there is no rank.
void addStanding(QJsonObject &o, const UnitResult &r)
{
    o.insert(u"status"_s, StandingText::code(r.standing()));
    if (r.standing() != Standing::Ranked)
        o.insert(u"reason"_s, StandingText::reason(r));
}

// formats.md's lineage kinds.
QString lineageKind(UnitOrigin::Kind kind)
{
    switch (kind) {
    case UnitOrigin::Kind::Renamed:
        return u"rename"_s;
    case UnitOrigin::Kind::Merged:
        return u"merge"_s;
    case UnitOrigin::Kind::Split:
        return u"split"_s;
    }
    return {};
}

// "merge:A;B;C": the CSV's lineage column; empty for a unit that continues only itself.
QString lineageCell(const UnitResult &r)
{
    return r.origin ? lineageKind(r.origin->kind) + u':' + r.origin->codes.join(u';') : QString();
}

// A ranked unit, or an unranked one (rank null): the fields of formats.md's "units". A unit without an index
// (nothing applicable) has null points, index and class, never a 0 that reads as a result.
QJsonObject unitObject(const UnitResult &r, bool withRank)
{
    QJsonArray areas;
    for (const AreaResult &a : r.areas)
        areas.append(QJsonObject {{u"code"_s, a.code}, {u"points"_s, number(a.points)}, {u"max"_s, number(a.max)}});
    const QJsonValue null(QJsonValue::Null);
    const bool hasIndex = r.hasIndex();
    QJsonObject o {{u"code"_s, r.unitCode}, {u"name"_s, r.unitName}, {u"points"_s, hasIndex ? number(r.points) : null},
        {u"max"_s, number(r.max)}, {u"index"_s, hasIndex ? number(r.index) : null},
        {u"rank"_s, withRank ? optionalJson(r.rank) : null},
        {u"class"_s, hasIndex ? QJsonValue(classCodeName(r.classCode)) : null},
        {u"previous_rank"_s, optionalJson(r.previousRank)}, {u"rank_change"_s, optionalJson(r.rankChange)},
        {u"areas"_s, areas}};
    if (r.origin) {
        o.insert(u"lineage"_s,
            QJsonObject {{u"kind"_s, lineageKind(r.origin->kind)},
                {u"from"_s, QJsonArray::fromStringList(r.origin->codes)},
                {u"names"_s, QJsonArray::fromStringList(r.origin->names)}});
    }
    addStanding(o, r);
    return o;
}

SheetCell optionalInt(const std::optional<int> &value)
{
    return value ? SheetCell::numberCell(Fixed::fromInt(*value)) : SheetCell::textCell({});
}

// A unit without an index (incomplete, or nothing applicable) has empty points, index, class and rank change:
// a partial 67.50 or a 0.00 would read as a result.
QList<SheetCell> rankingRow(const UnitResult &r)
{
    const bool ranked = r.standing() == Standing::Ranked;
    const bool hasIndex = r.hasIndex();
    const SheetCell empty = SheetCell::textCell({});
    return {ranked ? optionalInt(r.rank) : empty, SheetCell::textCell(r.unitCode), SheetCell::textCell(r.unitName),
        hasIndex ? SheetCell::numberCell(r.points) : empty, SheetCell::numberCell(r.max),
        hasIndex ? SheetCell::numberCell(r.index, 2) : empty,
        hasIndex ? SheetCell::textCell(classCodeName(r.classCode)) : empty, optionalInt(r.previousRank),
        ranked ? optionalInt(r.rankChange) : empty, SheetCell::textCell(StandingText::code(r.standing())),
        SheetCell::textCell(StandingText::reason(r)), SheetCell::textCell(lineageCell(r))};
}
// The areas of the table, in the order of the first unit that has them (every unit of a period has the same).
QList<AreaResult> areaHeads(const RankingTable &table)
{
    for (const QList<UnitResult> *list : {&table.ranked, &table.unranked, &table.incomplete}) {
        for (const UnitResult &r : *list) {
            if (!r.areas.isEmpty())
                return r.areas;
        }
    }
    return {};
}

QList<SheetCell> peopleRow(const UnitResult &r, const QList<AreaResult> &heads)
{
    const bool ranked = r.standing() == Standing::Ranked;
    const bool hasIndex = r.hasIndex();
    const SheetCell empty = SheetCell::textCell({});
    QList<SheetCell> row {ranked ? optionalInt(r.rank) : empty, SheetCell::textCell(r.unitCode),
        SheetCell::textCell(r.unitName), hasIndex ? SheetCell::numberCell(r.points, 2) : empty,
        SheetCell::numberCell(r.max, 2), hasIndex ? SheetCell::numberCell(r.index, 2) : empty,
        hasIndex ? SheetCell::textCell(ClassBands::label(r.classCode)) : empty};
    for (const AreaResult &head : heads) {
        // An area that does not apply to the unit (no maximum) has no index: empty, never 0.
        AreaResult a;
        for (const AreaResult &own : r.areas) {
            if (own.code == head.code)
                a = own;
        }
        row.append(hasIndex && a.max > Fixed() ? SheetCell::numberCell(a.index, 2) : empty);
    }
    row.append(optionalInt(r.previousRank));
    const bool isNew = r.origin && r.origin->kind != UnitOrigin::Kind::Renamed;
    row.append(ranked ? (isNew ? SheetCell::textCell(FileFormats::tr("new")) : optionalInt(r.rankChange)) : empty);
    // Why a unit has no rank, or, for a ranked one, what it continues.
    row.append(SheetCell::textCell(ranked && r.origin ? StandingText::origin(*r.origin) : StandingText::reason(r)));
    return row;
}
} // namespace

QString FileFormats::rankingTitle(int year, const QString &groupName)
{
    QString name = groupName.trimmed();
    // "Sở, ban, ngành" reads "sở, ban, ngành" mid-sentence; "UBND cấp huyện" keeps its abbreviation.
    if (name.size() > 1 && name.at(0).isUpper() && name.at(1).isLower())
        name[0] = name.at(0).toLower();
    return tr("Ranking of the PAR Index %1 of %2").arg(year).arg(name);
}

SheetData FileFormats::rankingSheetForPeople(const RankingTable &table, const QString &groupName)
{
    const QList<AreaResult> heads = areaHeads(table);
    SheetData sheet {tr("Ranking"),
        {tr("Rank"), tr("Code"), tr("Unit"), tr("Total points"), tr("Maximum points"), tr("PAR Index (%)"),
            tr("Class")},
        {}, {10, 10, 40, 14, 12, 14, 14}, {rankingTitle(table.year, groupName)}};
    for (const AreaResult &a : heads) {
        sheet.header.append(tr("Area %1. %2 (index, %)").arg(a.code, a.title));
        sheet.columnWidths.append(16);
    }
    sheet.header.append({tr("Rank last year"), tr("Rank change"), tr("Note")});
    sheet.columnWidths.append({12, 12, 48});
    sheet.rows.reserve(table.ranked.size() + table.unranked.size() + table.incomplete.size());
    for (const QList<UnitResult> *list : {&table.ranked, &table.unranked, &table.incomplete}) {
        for (const UnitResult &r : *list)
            sheet.rows.append(peopleRow(r, heads));
    }
    return sheet;
}

SheetData FileFormats::rankingSheet(const RankingTable &table)
{
    SheetData sheet {tr("Ranking"),
        {u"rank"_s, u"code"_s, u"name"_s, u"points"_s, u"max"_s, u"index"_s, u"class"_s, u"previous_rank"_s,
            u"rank_change"_s, u"status"_s, u"reason"_s, u"lineage"_s},
        {}, {8, 10, 36, 10, 10, 10, 12, 14, 12, 12, 48, 20}};
    sheet.rows.reserve(table.ranked.size() + table.unranked.size() + table.incomplete.size());
    for (const QList<UnitResult> *list : {&table.ranked, &table.unranked, &table.incomplete}) {
        for (const UnitResult &r : *list)
            sheet.rows.append(rankingRow(r));
    }
    return sheet;
}

QByteArray FileFormats::writeRankingCsv(const RankingTable &table)
{
    return CsvWriter::write(rankingSheet(table));
}

QByteArray FileFormats::writeRankingJson(const RankingTable &table)
{
    QJsonArray units;
    for (const UnitResult &r : table.ranked)
        units.append(unitObject(r, true));
    QJsonArray unranked;
    for (const UnitResult &r : table.unranked)
        unranked.append(unitObject(r, false));
    QJsonArray incomplete;
    for (const UnitResult &r : table.incomplete) {
        QJsonObject o {
            {u"code"_s, r.unitCode}, {u"name"_s, r.unitName}, {u"missing"_s, QJsonArray::fromStringList(r.missing)}};
        addStanding(o, r);
        incomplete.append(o);
    }
    const QJsonObject root {{u"year"_s, table.year}, {u"group"_s, table.groupCode},
        {u"total_max"_s, number(table.totalMax)}, {u"units"_s, units}, {u"unranked"_s, unranked},
        {u"incomplete"_s, incomplete}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace parindex
