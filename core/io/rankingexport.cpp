#include "formats.h"

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

// A ranked unit, or an unranked one (rank null): the fields of formats.md's "units".
QJsonObject unitObject(const UnitResult &r, bool withRank)
{
    QJsonArray areas;
    for (const AreaResult &a : r.areas)
        areas.append(QJsonObject {{u"code"_s, a.code}, {u"points"_s, number(a.points)}, {u"max"_s, number(a.max)}});
    return QJsonObject {{u"code"_s, r.unitCode}, {u"name"_s, r.unitName}, {u"points"_s, number(r.points)},
        {u"max"_s, number(r.max)}, {u"index"_s, number(r.index)},
        {u"rank"_s, withRank ? optionalJson(r.rank) : QJsonValue(QJsonValue::Null)},
        {u"class"_s, classCodeName(r.classCode)}, {u"previous_rank"_s, optionalJson(r.previousRank)},
        {u"rank_change"_s, optionalJson(r.rankChange)}, {u"areas"_s, areas}};
}

enum class Listing { Ranked, Unranked, Incomplete };

SheetCell optionalInt(const std::optional<int> &value)
{
    return value ? SheetCell::numberCell(Fixed::fromInt(*value)) : SheetCell::textCell({});
}

QList<SheetCell> rankingRow(const UnitResult &r, Listing listing)
{
    return {listing == Listing::Ranked ? optionalInt(r.rank) : SheetCell::textCell({}), SheetCell::textCell(r.unitCode),
        SheetCell::textCell(r.unitName), SheetCell::numberCell(r.points), SheetCell::numberCell(r.max),
        SheetCell::numberCell(r.index, 2),
        SheetCell::textCell(listing == Listing::Incomplete ? QString() : classCodeName(r.classCode)),
        optionalInt(r.previousRank), optionalInt(r.rankChange)};
}
} // namespace

SheetData FileFormats::rankingSheet(const RankingTable &table)
{
    SheetData sheet {tr("Ranking"),
        {u"rank"_s, u"code"_s, u"name"_s, u"points"_s, u"max"_s, u"index"_s, u"class"_s, u"previous_rank"_s,
            u"rank_change"_s},
        {}, {8, 10, 36, 10, 10, 10, 12, 14, 12}};
    sheet.rows.reserve(table.ranked.size() + table.unranked.size() + table.incomplete.size());
    for (const UnitResult &r : table.ranked)
        sheet.rows.append(rankingRow(r, Listing::Ranked));
    for (const UnitResult &r : table.unranked)
        sheet.rows.append(rankingRow(r, Listing::Unranked));
    for (const UnitResult &r : table.incomplete)
        sheet.rows.append(rankingRow(r, Listing::Incomplete));
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
        incomplete.append(QJsonObject {
            {u"code"_s, r.unitCode}, {u"name"_s, r.unitName}, {u"missing"_s, QJsonArray::fromStringList(r.missing)}});
    }
    const QJsonObject root {{u"year"_s, table.year}, {u"group"_s, table.groupCode},
        {u"total_max"_s, number(table.totalMax)}, {u"units"_s, units}, {u"unranked"_s, unranked},
        {u"incomplete"_s, incomplete}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace parindex
