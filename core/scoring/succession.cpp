#include "succession.h"

#include <QtCore/QSet>

#include <algorithm>

namespace parindex {

bool Succession::anyOf(const QList<LineageLink> &links, int year)
{
    return std::any_of(links.cbegin(), links.cend(), [year](const LineageLink &l) { return l.year == year; });
}

QHash<QString, UnitOrigin> Succession::origins(const QList<LineageLink> &links, int year, const QStringList &thisYear,
    const LastYear &last, const QHash<QString, QString> &otherNames)
{
    QHash<QString, QStringList> continues; // unit -> the units it continues (links of the year)
    QHash<QString, QStringList> continuedBy; // unit -> the units that continue it
    for (const LineageLink &l : links) {
        if (l.year != year)
            continue;
        continues[l.unitCode].append(l.continues);
        continuedBy[l.continues].append(l.unitCode);
    }
    QHash<QString, UnitOrigin> out;
    if (continues.isEmpty())
        return out;
    const QSet<QString> listed(thisYear.cbegin(), thisYear.cend());
    const auto nameOf = [&](const QString &code) {
        if (const auto n = last.names.constFind(code); n != last.names.cend())
            return *n;
        if (const auto n = otherNames.constFind(code); n != otherNames.cend())
            return *n;
        return code;
    };
    const auto originOf = [&](UnitOrigin::Kind kind, QStringList codes) {
        std::sort(codes.begin(), codes.end());
        codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
        UnitOrigin o;
        o.kind = kind;
        o.codes = codes;
        for (const QString &c : std::as_const(codes))
            o.names.append(nameOf(c));
        return o;
    };
    for (const QString &unit : thisYear) {
        QStringList from = continues.value(unit);
        if (from.isEmpty()) {
            // No link of its own: a unit that kept its code while a part of it became another unit.
            if (continuedBy.contains(unit) && last.names.contains(unit))
                out.insert(unit, originOf(UnitOrigin::Kind::Split, {unit}));
            continue;
        }
        if (last.names.contains(unit))
            from.append(unit); // it kept its code: its own earlier self is one of the units it continues
        if (from.size() > 1) {
            out.insert(unit, originOf(UnitOrigin::Kind::Merged, from));
            continue;
        }
        const QString &only = from.first();
        const bool shared = continuedBy.value(only).size() > 1 || listed.contains(only);
        out.insert(unit, originOf(shared ? UnitOrigin::Kind::Split : UnitOrigin::Kind::Renamed, from));
    }
    return out;
}

std::optional<QHash<QString, int>> Succession::ranksFor(
    const std::optional<QHash<QString, int>> &ranks, const QHash<QString, UnitOrigin> &origins)
{
    if (!ranks || origins.isEmpty())
        return ranks;
    QHash<QString, int> out = *ranks;
    for (auto o = origins.cbegin(); o != origins.cend(); ++o) {
        out.remove(o.key());
        if (o->kind == UnitOrigin::Kind::Renamed) {
            if (const auto rank = ranks->constFind(o->codes.first()); rank != ranks->cend())
                out.insert(o.key(), *rank);
        }
    }
    return out;
}

} // namespace parindex
