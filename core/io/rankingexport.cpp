#include "formats.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
QString optionalText(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

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

QStringList csvRow(const UnitResult &r, Listing listing)
{
    return {listing == Listing::Ranked ? optionalText(r.rank) : QString(), r.unitCode, r.unitName, r.points.toString(),
        r.max.toString(), r.index.toString(2), listing == Listing::Incomplete ? QString() : classCodeName(r.classCode),
        optionalText(r.previousRank), optionalText(r.rankChange)};
}
} // namespace

QByteArray FileFormats::writeRankingCsv(const RankingTable &table)
{
    QList<QStringList> rows;
    rows.reserve(table.ranked.size() + table.unranked.size() + table.incomplete.size());
    for (const UnitResult &r : table.ranked)
        rows.append(csvRow(r, Listing::Ranked));
    for (const UnitResult &r : table.unranked)
        rows.append(csvRow(r, Listing::Unranked));
    for (const UnitResult &r : table.incomplete)
        rows.append(csvRow(r, Listing::Incomplete));
    return CsvWriter::write({u"rank"_s, u"code"_s, u"name"_s, u"points"_s, u"max"_s, u"index"_s, u"class"_s,
                                u"previous_rank"_s, u"rank_change"_s},
        rows);
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
