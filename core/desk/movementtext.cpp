#include "movementtext.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
QString number(Fixed value, const QLocale &locale)
{
    return value.toString(locale, 2);
}

QString place(int rank, int of)
{
    return QString::number(rank) + u'/' + QString::number(of);
}

// The rows whose contribution has the sign `sign` (+1 or -1), largest first (equal ones in area order), at most
// `count` of them.
QList<const AreaMovement *> largest(const IndexMovement &m, int sign, int count)
{
    QList<const AreaMovement *> rows;
    for (const AreaMovement &a : m.areas) {
        if ((sign > 0 && a.contribution > Fixed()) || (sign < 0 && a.contribution < Fixed()))
            rows.append(&a);
    }
    std::stable_sort(rows.begin(), rows.end(), [sign](const AreaMovement *a, const AreaMovement *b) {
        return sign > 0 ? a->contribution > b->contribution : a->contribution < b->contribution;
    });
    if (rows.size() > count)
        rows.resize(count);
    return rows;
}

QJsonValue jsonValue(const std::optional<Fixed> &value)
{
    return value ? QJsonValue(value->toDouble()) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonValue(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonArray codes(const QList<UnitPlace> &units)
{
    QJsonArray array;
    for (const UnitPlace &u : units)
        array.append(u.code);
    return array;
}
} // namespace

QString MovementText::areaName(const AreaMovement &area)
{
    if (!area.title.isEmpty())
        return area.title;
    return area.isRemoved() ? area.previousCode : area.code;
}

QString MovementText::signedNumber(Fixed value, const QLocale &locale)
{
    if (value == Fixed())
        return number(value, locale);
    return (value > Fixed() ? u"+"_s : u"-"_s) + number(value < Fixed() ? -value : value, locale);
}

QString MovementText::sentence(const IndexMovement &m, const QLocale &locale)
{
    const QString before = place(m.previousRank, m.previousRankedUnits);
    const QString now = place(m.rank, m.rankedUnits);
    QString rank;
    if (m.rankChange > 0)
        rank = tr("Rank up %1 since %2 (from %3 to %4)").arg(m.rankChange).arg(m.previousYear).arg(before, now);
    else if (m.rankChange < 0)
        rank = tr("Rank down %1 since %2 (from %3 to %4)").arg(-m.rankChange).arg(m.previousYear).arg(before, now);
    else
        rank = tr("Same rank as in %1 (%2)").arg(m.previousYear).arg(now);

    const QString from = number(m.previousIndex, locale);
    const QString to = number(m.index, locale);
    QString index;
    if (m.change > Fixed())
        index = tr("index up %1 points (from %2% to %3%)").arg(number(m.change, locale), from, to);
    else if (m.change < Fixed())
        index = tr("index down %1 points (from %2% to %3%)").arg(number(-m.change, locale), from, to);
    else
        index = tr("index unchanged (%1%)").arg(to);

    const auto areaList = [&](const QList<const AreaMovement *> &rows) -> QString {
        QStringList named;
        for (const AreaMovement *a : rows) {
            const QString value = signedNumber(a->contribution, locale);
            if (a->isNew())
                named.append(tr("the new area %1 (%2 points)").arg(areaName(*a), value));
            else if (a->isRemoved())
                named.append(tr("area %1 (dropped, %2 points)").arg(areaName(*a), value));
            else
                named.append(tr("area %1 (%2 points)").arg(areaName(*a), value));
        }
        return named.size() == 2 ? tr("%1 and %2").arg(named[0], named[1]) : named.join(u", "_s);
    };
    const QList<const AreaMovement *> ups = largest(m, +1, NamedAreas);
    const QList<const AreaMovement *> downs = largest(m, -1, NamedAreas);
    QStringList clauses;
    if (m.change > Fixed()) {
        if (!ups.isEmpty())
            clauses.append(tr("mainly thanks to %1").arg(areaList(ups)));
        if (!downs.isEmpty())
            clauses.append(tr("down in %1").arg(areaList(downs)));
    } else if (m.change < Fixed()) {
        if (!downs.isEmpty())
            clauses.append(tr("mainly because of %1").arg(areaList(downs)));
        if (!ups.isEmpty())
            clauses.append(tr("up in %1").arg(areaList(ups)));
    } else {
        if (!ups.isEmpty())
            clauses.append(tr("up in %1").arg(areaList(ups)));
        if (!downs.isEmpty())
            clauses.append(tr("down in %1").arg(areaList(downs)));
    }
    QString text = rank + u", "_s + index;
    if (!clauses.isEmpty())
        text += u", "_s + clauses.join(u"; "_s);
    text += u'.';

    const auto unitList = [](const QList<UnitPlace> &units) -> QString {
        QStringList names;
        for (qsizetype i = 0; i < units.size() && i < NamedUnits; ++i)
            names.append(units[i].name);
        const QString list = names.join(u", "_s);
        return units.size() > NamedUnits ? tr("%1 and %2 more").arg(list).arg(units.size() - NamedUnits) : list;
    };
    if (!m.passed.isEmpty() && !m.passedBy.isEmpty())
        text += u' ' + tr("Passed: %1; passed by: %2.").arg(unitList(m.passed), unitList(m.passedBy));
    else if (!m.passed.isEmpty())
        text += u' ' + tr("Passed: %1.").arg(unitList(m.passed));
    else if (!m.passedBy.isEmpty())
        text += u' ' + tr("Passed by: %1.").arg(unitList(m.passedBy));
    return text;
}

QString MovementText::text(const IndexMovement &m, const QLocale &locale)
{
    QString out = tr("%1 (%2), %3 against %4").arg(m.unitName, m.unitCode).arg(m.year).arg(m.previousYear) + u"\n\n"_s
        + sentence(m, locale) + u"\n\n"_s;

    const auto pointsOf = [&](const std::optional<Fixed> &points, const std::optional<Fixed> &max) -> QString {
        return points && max ? number(*points, locale) + u'/' + number(*max, locale) : u"–"_s;
    };
    const QStringList header
        = {tr("Area"), QString::number(m.previousYear), QString::number(m.year), tr("Contribution")};
    QList<QStringList> rows;
    for (const AreaMovement &a : m.areas) {
        QString name = (a.isRemoved() ? a.previousCode : a.code) + u". "_s + areaName(a);
        if (a.isNew())
            name += u' ' + tr("(new)");
        else if (a.isRemoved())
            name += u' ' + tr("(dropped)");
        else if (a.previousCode != a.code)
            name += u' ' + tr("(was %1)").arg(a.previousCode);
        rows.append({name, pointsOf(a.previousPoints, a.previousMax), pointsOf(a.points, a.max),
            signedNumber(a.contribution, locale)});
    }
    rows.append(
        {tr("Index (%)"), number(m.previousIndex, locale), number(m.index, locale), signedNumber(m.change, locale)});

    QList<qsizetype> widths(header.size());
    for (qsizetype c = 0; c < header.size(); ++c) {
        widths[c] = header[c].size();
        for (const QStringList &row : std::as_const(rows))
            widths[c] = qMax(widths[c], row[c].size());
    }
    const auto line = [&](const QStringList &cells) -> QString {
        QStringList padded {cells[0].leftJustified(widths[0])};
        for (qsizetype c = 1; c < cells.size(); ++c)
            padded.append(cells[c].rightJustified(widths[c]));
        return padded.join(u"  "_s) + u'\n';
    };
    out += line(header);
    for (const QStringList &row : std::as_const(rows))
        out += line(row);
    return out;
}

QByteArray MovementText::json(const IndexMovement &m)
{
    QJsonArray areas;
    for (const AreaMovement &a : m.areas) {
        const QString status = a.isNew() ? u"new"_s : a.isRemoved() ? u"removed"_s : u"continued"_s;
        areas.append(QJsonObject {{u"code"_s, jsonValue(a.code)},
            {u"title"_s, a.isRemoved() ? QJsonValue() : QJsonValue(a.title)},
            {u"previous_code"_s, jsonValue(a.previousCode)},
            {u"previous_title"_s, a.isNew() ? QJsonValue() : QJsonValue(a.previousTitle)}, {u"status"_s, status},
            {u"points"_s, jsonValue(a.points)}, {u"max"_s, jsonValue(a.max)},
            {u"previous_points"_s, jsonValue(a.previousPoints)}, {u"previous_max"_s, jsonValue(a.previousMax)},
            {u"contribution"_s, a.contribution.toDouble()}});
    }
    const QJsonObject object {{u"unit"_s, m.unitCode}, {u"name"_s, m.unitName}, {u"group"_s, m.groupCode},
        {u"year"_s, m.year}, {u"from"_s, m.previousYear}, {u"index"_s, m.index.toDouble()},
        {u"previous_index"_s, m.previousIndex.toDouble()}, {u"change"_s, m.change.toDouble()},
        {u"points"_s, m.points.toDouble()}, {u"max"_s, m.max.toDouble()},
        {u"previous_points"_s, m.previousPoints.toDouble()}, {u"previous_max"_s, m.previousMax.toDouble()},
        {u"rank"_s, m.rank}, {u"previous_rank"_s, m.previousRank}, {u"rank_change"_s, m.rankChange},
        {u"units"_s, m.rankedUnits}, {u"previous_units"_s, m.previousRankedUnits}, {u"areas"_s, areas},
        {u"passed"_s, codes(m.passed)}, {u"passed_by"_s, codes(m.passedBy)}, {u"rounding"_s, u"largest_remainder"_s}};
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace parindex
