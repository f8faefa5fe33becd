#include "formats.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
QJsonValue optionalInt(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject unitObject(const UnitResult &r)
{
    QJsonArray areas;
    for (const AreaResult &a : r.areas)
        areas.append(QJsonObject{{u"code"_s, a.code}, {u"points"_s, a.points.toDouble()}, {u"max"_s, a.max.toDouble()}});
    return QJsonObject{{u"code"_s, r.unitCode},
                       {u"name"_s, r.unitName},
                       {u"points"_s, r.points.toDouble()},
                       {u"max"_s, r.max.toDouble()},
                       {u"index"_s, r.index.toDouble()},
                       {u"rank"_s, optionalInt(r.rank)},
                       {u"class"_s, classCodeName(r.classCode)},
                       {u"previous_rank"_s, optionalInt(r.previousRank)},
                       {u"rank_change"_s, optionalInt(r.rankChange)},
                       {u"areas"_s, areas}};
}
} // namespace

QByteArray FileFormats::writeRankingCsv(const RankingTable &table)
{
    QList<QStringList> rows;
    const auto add = [&](const UnitResult &r, bool withClass) {
        rows.append({r.rank ? QString::number(*r.rank) : QString(), r.unitCode, r.unitName, r.points.toString(),
                     r.max.toString(), r.index.toString(2), withClass ? classCodeName(r.classCode) : QString(),
                     r.previousRank ? QString::number(*r.previousRank) : QString(),
                     r.rankChange ? QString::number(*r.rankChange) : QString()});
    };
    for (const UnitResult &r : table.ranked)
        add(r, true);
    for (const UnitResult &r : table.unranked)
        add(r, true);
    for (const UnitResult &r : table.incomplete)
        add(r, false);
    return CsvWriter::write({u"rank"_s, u"code"_s, u"name"_s, u"points"_s, u"max"_s, u"index"_s, u"class"_s,
                             u"previous_rank"_s, u"rank_change"_s},
                            rows);
}

QByteArray FileFormats::writeRankingJson(const RankingTable &table)
{
    QJsonArray units;
    for (const UnitResult &r : table.ranked)
        units.append(unitObject(r));
    QJsonArray unranked;
    for (const UnitResult &r : table.unranked)
        unranked.append(unitObject(r));
    QJsonArray incomplete;
    for (const UnitResult &r : table.incomplete) {
        incomplete.append(QJsonObject{{u"code"_s, r.unitCode}, {u"name"_s, r.unitName},
                                      {u"missing"_s, QJsonArray::fromStringList(r.missing)}});
    }
    const QJsonObject root{{u"year"_s, table.year},       {u"group"_s, table.groupCode},
                           {u"total_max"_s, table.totalMax.toDouble()}, {u"units"_s, units},
                           {u"unranked"_s, unranked},     {u"incomplete"_s, incomplete}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace parindex
