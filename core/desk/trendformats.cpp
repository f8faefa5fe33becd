#include "trendformats.h"

#include "io/csvtable.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
QString text(const std::optional<ClassCode> &code)
{
    return code ? classCodeName(*code) : QString();
}

// ranked, incomplete, not_ranked; empty where the unit is not listed that year.
QString status(const std::optional<Standing> &standing)
{
    return standing ? StandingText::code(*standing) : QString();
}

QJsonValue json(const std::optional<Fixed> &value)
{
    return value ? QJsonValue(value->toDouble()) : QJsonValue(QJsonValue::Null);
}

QJsonValue json(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject jsonPoint(const TrendPoint &p)
{
    return QJsonObject {{u"year"_s, p.year}, {u"index"_s, json(p.index)}, {u"rank"_s, json(p.rank)},
        {u"class"_s, p.classCode ? QJsonValue(classCodeName(*p.classCode)) : QJsonValue(QJsonValue::Null)},
        {u"status"_s, p.standing ? QJsonValue(status(p.standing)) : QJsonValue(QJsonValue::Null)}};
}

bool hasPredecessors(const TrendSeries &series)
{
    return std::any_of(
        series.units.cbegin(), series.units.cend(), [](const UnitTrend &unit) { return !unit.predecessors.isEmpty(); });
}

QJsonArray jsonYears(const QList<YearValue> &values)
{
    QJsonArray array;
    for (const YearValue &v : values)
        array.append(QJsonObject {{u"year"_s, v.year}, {u"index"_s, json(v.value)}});
    return array;
}
} // namespace

SheetData TrendFormats::sheet(const TrendSeries &series)
{
    const auto index = [](const std::optional<Fixed> &v) { return SheetCell::optionalNumber(v, 2); };
    const auto integer = [](const std::optional<int> &v) {
        return v ? SheetCell::numberCell(Fixed::fromInt(*v)) : SheetCell::textCell({});
    };
    SheetData out {u"trend"_s,
        {u"series"_s, u"code"_s, u"name"_s, u"year"_s, u"index"_s, u"rank"_s, u"class"_s, u"status"_s}, {},
        {10, 10, 36, 8, 10, 8, 12, 12}};
    const bool lineage = hasPredecessors(series);
    if (lineage) {
        out.header << u"for_unit"_s << u"relation"_s << u"continues_into"_s << u"from_year"_s;
        out.columnWidths << 10 << 10 << 16 << 10;
    }
    for (const UnitTrend &unit : series.units) {
        for (const TrendPoint &p : unit.points) {
            out.rows.append({SheetCell::textCell(u"unit"_s), SheetCell::textCell(unit.unitCode),
                SheetCell::textCell(unit.unitName), integer(p.year), index(p.index), integer(p.rank),
                SheetCell::textCell(text(p.classCode)), SheetCell::textCell(status(p.standing))});
            if (lineage)
                out.rows.last() << SheetCell {} << SheetCell {} << SheetCell {} << SheetCell {};
        }
        for (const PredecessorTrend &pre : unit.predecessors) {
            const QList<SheetCell> link {SheetCell::textCell(unit.unitCode),
                SheetCell::textCell(lineageRelationName(pre.relation)), SheetCell::textCell(pre.intoCodes.join(u';')),
                integer(pre.fromYear)};
            if (!pre.hasResult()) {
                out.rows.append(
                    QList<SheetCell> {SheetCell::textCell(u"predecessor"_s), SheetCell::textCell(pre.unitCode),
                        SheetCell::textCell(pre.unitName), {}, {}, {}, {}, SheetCell::textCell(u"no_result_in_group"_s)}
                    + link);
                continue;
            }
            for (const TrendPoint &p : pre.points) {
                out.rows.append(
                    QList<SheetCell> {SheetCell::textCell(u"predecessor"_s), SheetCell::textCell(pre.unitCode),
                        SheetCell::textCell(pre.unitName), integer(p.year), index(p.index), integer(p.rank),
                        SheetCell::textCell(text(p.classCode)), SheetCell::textCell(status(p.standing))}
                    + link);
            }
        }
    }
    for (const auto &[name, values] :
        {std::pair {u"average"_s, &series.average}, std::pair {u"median"_s, &series.median}}) {
        for (const YearValue &v : *values) {
            out.rows.append({SheetCell::textCell(name), {}, {}, integer(v.year), index(v.value), {}, {}, {}});
            if (lineage)
                out.rows.last() << SheetCell {} << SheetCell {} << SheetCell {} << SheetCell {};
        }
    }
    return out;
}

QByteArray TrendFormats::writeCsv(const TrendSeries &series)
{
    return CsvWriter::write(sheet(series));
}

QByteArray TrendFormats::writeJson(const TrendSeries &series)
{
    QJsonArray years;
    for (int y : series.years)
        years.append(y);
    QJsonArray units;
    for (const UnitTrend &unit : series.units) {
        QJsonArray points;
        for (const TrendPoint &p : unit.points)
            points.append(jsonPoint(p));
        QJsonObject object {{u"code"_s, unit.unitCode}, {u"name"_s, unit.unitName}, {u"points"_s, points}};
        if (!unit.predecessors.isEmpty()) {
            QJsonArray predecessors;
            for (const PredecessorTrend &pre : unit.predecessors) {
                QJsonArray prePoints;
                for (const TrendPoint &p : pre.points)
                    prePoints.append(jsonPoint(p));
                predecessors.append(QJsonObject {{u"code"_s, pre.unitCode}, {u"name"_s, pre.unitName},
                    {u"relation"_s, lineageRelationName(pre.relation)},
                    {u"continues_into"_s, QJsonArray::fromStringList(pre.intoCodes)}, {u"from_year"_s, pre.fromYear},
                    {u"depth"_s, pre.depth}, {u"has_result"_s, pre.hasResult()}, {u"points"_s, prePoints},
                    {u"join_index"_s, json(pre.joinIndex)}});
            }
            object.insert(u"predecessors"_s, predecessors);
        }
        units.append(object);
    }
    const QJsonObject root {{u"group"_s, series.groupCode}, {u"years"_s, years}, {u"units"_s, units},
        {u"average"_s, jsonYears(series.average)}, {u"median"_s, jsonYears(series.median)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace parindex
