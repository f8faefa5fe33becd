#include "trendformats.h"

#include "io/csvtable.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

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
    for (const UnitTrend &unit : series.units) {
        for (const TrendPoint &p : unit.points) {
            out.rows.append({SheetCell::textCell(u"unit"_s), SheetCell::textCell(unit.unitCode),
                SheetCell::textCell(unit.unitName), integer(p.year), index(p.index), integer(p.rank),
                SheetCell::textCell(text(p.classCode)), SheetCell::textCell(status(p.standing))});
        }
    }
    for (const auto &[name, values] :
        {std::pair {u"average"_s, &series.average}, std::pair {u"median"_s, &series.median}}) {
        for (const YearValue &v : *values)
            out.rows.append({SheetCell::textCell(name), {}, {}, integer(v.year), index(v.value), {}, {}, {}});
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
        for (const TrendPoint &p : unit.points) {
            points.append(QJsonObject {{u"year"_s, p.year}, {u"index"_s, json(p.index)}, {u"rank"_s, json(p.rank)},
                {u"class"_s, p.classCode ? QJsonValue(classCodeName(*p.classCode)) : QJsonValue(QJsonValue::Null)},
                {u"status"_s, p.standing ? QJsonValue(status(p.standing)) : QJsonValue(QJsonValue::Null)}});
        }
        units.append(QJsonObject {{u"code"_s, unit.unitCode}, {u"name"_s, unit.unitName}, {u"points"_s, points}});
    }
    const QJsonObject root {{u"group"_s, series.groupCode}, {u"years"_s, years}, {u"units"_s, units},
        {u"average"_s, jsonYears(series.average)}, {u"median"_s, jsonYears(series.median)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace parindex
