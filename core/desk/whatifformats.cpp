#include "whatifformats.h"

#include "io/csvtable.h"
#include "rankingtext.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
std::optional<Fixed> indexOf(const UnitResult &r)
{
    return r.hasIndex() ? std::optional<Fixed>(r.index) : std::nullopt;
}

QString classText(const UnitResult &r)
{
    const auto code = WhatIfRow::classOf(r);
    return code ? classCodeName(*code) : QString();
}

QJsonValue json(const std::optional<Fixed> &value)
{
    return value ? QJsonValue(value->toDouble()) : QJsonValue(QJsonValue::Null);
}

QJsonValue json(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue json(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject unitObject(const WhatIfRow &row)
{
    return {{u"code"_s, row.real.unitCode}, {u"name"_s, row.real.unitName}, {u"index"_s, json(indexOf(row.real))},
        {u"rank"_s, json(row.real.rank)}, {u"class"_s, json(classText(row.real))},
        {u"status"_s, StandingText::code(row.real.standing())}, {u"whatif_index"_s, json(indexOf(row.scenario))},
        {u"whatif_rank"_s, json(row.scenario.rank)}, {u"whatif_class"_s, json(classText(row.scenario))},
        {u"whatif_status"_s, StandingText::code(row.scenario.standing())},
        {u"whatif_rank_change"_s, json(row.rankChange())}, {u"class_changed"_s, row.classChanged()}};
}

// An entry's value as a script reads it: a number, "na", or null where nothing is entered.
QJsonValue entryJson(const ScoreEntry &e)
{
    if (e.notApplicable)
        return u"na"_s;
    return json(e.appraised);
}

// The same for people: "1,5", "not applicable", "nothing entered".
QString entryText(const ScoreEntry &e, const QLocale &locale)
{
    if (e.notApplicable)
        return WhatIfFormats::tr("not applicable");
    if (!e.appraised)
        return WhatIfFormats::tr("nothing entered");
    return e.appraised->toString(locale);
}

// "index 85,00, rank 3, Good", or why there is no index.
QString standingText(const UnitResult &r, const QLocale &locale)
{
    if (!r.hasIndex())
        return StandingText::reason(r);
    const QString classLabel = ClassBands::label(r.classCode);
    return r.rank ? WhatIfFormats::tr("index %1, rank %2, %3")
                        .arg(r.index.toString(locale, 2), locale.toString(*r.rank), classLabel)
                  : WhatIfFormats::tr("index %1, not ranked, %2").arg(r.index.toString(locale, 2), classLabel);
}
} // namespace

SheetData WhatIfFormats::sheet(const WhatIfComparison &comparison)
{
    const auto index = [](const UnitResult &r) { return SheetCell::optionalNumber(indexOf(r), 2); };
    const auto integer = [](const std::optional<int> &v) {
        return v ? SheetCell::numberCell(Fixed::fromInt(*v)) : SheetCell::textCell({});
    };
    SheetData out {u"whatif"_s,
        {u"code"_s, u"name"_s, u"index"_s, u"rank"_s, u"class"_s, u"status"_s, u"whatif_index"_s, u"whatif_rank"_s,
            u"whatif_class"_s, u"whatif_status"_s, u"whatif_rank_change"_s, u"class_changed"_s},
        {}, {10, 36, 10, 8, 12, 12, 12, 12, 12, 12, 18, 14}};
    for (const WhatIfRow &row : comparison.rows) {
        out.rows.append({SheetCell::textCell(row.real.unitCode), SheetCell::textCell(row.real.unitName),
            index(row.real), integer(row.real.rank), SheetCell::textCell(classText(row.real)),
            SheetCell::textCell(StandingText::code(row.real.standing())), index(row.scenario),
            integer(row.scenario.rank), SheetCell::textCell(classText(row.scenario)),
            SheetCell::textCell(StandingText::code(row.scenario.standing())), integer(row.rankChange()),
            SheetCell::numberCell(Fixed::fromInt(row.classChanged() ? 1 : 0))});
    }
    return out;
}

QByteArray WhatIfFormats::writeCsv(const WhatIfComparison &comparison)
{
    return CsvWriter::write(sheet(comparison));
}

QByteArray WhatIfFormats::writeJson(const WhatIfComparison &comparison)
{
    QJsonArray units;
    for (const WhatIfRow &row : comparison.rows)
        units.append(unitObject(row));
    const QJsonObject root {{u"year"_s, comparison.year}, {u"group"_s, comparison.groupCode},
        {u"scenario"_s, comparison.scenarioName}, {u"total_max"_s, comparison.real.totalMax.toDouble()},
        {u"whatif_total_max"_s, comparison.scenario.totalMax.toDouble()}, {u"units"_s, units}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray WhatIfFormats::writeImpactJson(const CorrectionImpact &impact)
{
    QJsonArray units;
    for (const WhatIfRow &row : impact.changedRows())
        units.append(unitObject(row));
    const WhatIfRow *corrected = impact.correctedRow();
    const ScoreEntry after {std::nullopt, impact.correction.value, !impact.correction.value, {}};
    const QJsonObject root {{u"year"_s, impact.comparison.year}, {u"group"_s, impact.comparison.groupCode},
        {u"unit"_s, impact.correction.unitCode}, {u"criterion"_s, impact.correction.criterionCode},
        {u"value"_s, entryJson(after)}, {u"previous_value"_s, entryJson(impact.previous)},
        {u"corrected"_s, corrected ? QJsonValue(unitObject(*corrected)) : QJsonValue(QJsonValue::Null)},
        {u"units"_s, units}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString WhatIfFormats::impactText(const CorrectionImpact &impact, const QLocale &locale)
{
    const ScoreEntry after {std::nullopt, impact.correction.value, !impact.correction.value, {}};
    QString text
        = tr("%1/%2, unit %3, criterion %4: %5 instead of %6 (nothing is changed in the file).")
              .arg(QString::number(impact.comparison.year), impact.comparison.groupCode, impact.correction.unitCode,
                  impact.correction.criterionCode, entryText(after, locale), entryText(impact.previous, locale))
        + u'\n';
    if (const WhatIfRow *row = impact.correctedRow())
        text += tr("%1 %2: now %3; after the correction %4.")
                    .arg(row->real.unitCode, row->real.unitName, standingText(row->real, locale),
                        standingText(row->scenario, locale))
            + u'\n';
    const QList<WhatIfRow> changed = impact.changedRows();
    if (changed.isEmpty())
        return text + tr("No unit's rank or class would change.") + u'\n';
    text += tr("Units whose rank or class would change (%1):").arg(locale.toString(changed.size())) + u'\n';
    for (const WhatIfRow &row : changed) {
        QStringList parts;
        if (row.rankChanged()) {
            const auto rank = [&](const UnitResult &r) { return r.rank ? locale.toString(*r.rank) : tr("not ranked"); };
            parts.append(tr("rank %1 → %2").arg(rank(row.real), rank(row.scenario)));
            if (const auto change = row.rankChange())
                parts.last() += u" ("_s + RankingText::change(change, locale) + u')';
        }
        if (row.classChanged()) {
            const auto label = [](const UnitResult &r) {
                const auto code = WhatIfRow::classOf(r);
                return code ? ClassBands::label(*code) : tr("no class");
            };
            parts.append(tr("class %1 → %2").arg(label(row.real), label(row.scenario)));
        }
        text += u"  %1  %2: %3\n"_s.arg(row.real.unitCode, row.real.unitName, parts.join(u"; "_s));
    }
    return text;
}

} // namespace parindex
