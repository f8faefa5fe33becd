#include "whatif.h"

#include "model/messagelocale.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parindex {

std::optional<int> WhatIfRow::rankChange() const
{
    if (!real.rank || !scenario.rank)
        return std::nullopt;
    return *real.rank - *scenario.rank;
}

std::optional<ClassCode> WhatIfRow::classOf(const UnitResult &r)
{
    return r.hasIndex() ? std::optional<ClassCode>(r.classCode) : std::nullopt;
}

bool WhatIfRow::indexChanged() const
{
    if (real.hasIndex() != scenario.hasIndex())
        return true;
    return real.hasIndex() && real.index != scenario.index;
}

WhatIfScenario WhatIf::realScenario(const RankingInput &input, const QString &name)
{
    return {name, input.tree, input.bands};
}

QList<ScenarioTreeProblem> WhatIf::treeProblems(const CriteriaTree &real, const CriteriaTree &scenario)
{
    QList<ScenarioTreeProblem> problems;
    for (qsizetype i = 0; i < real.size(); ++i) {
        const Criterion &c = real.at(i);
        const qsizetype s = scenario.indexOf(c.code);
        if (s < 0)
            problems.append({ScenarioTreeProblem::Kind::Missing, c.code});
        else if (scenario.at(s).kind != c.kind)
            problems.append({ScenarioTreeProblem::Kind::KindChanged, c.code, c.kind, scenario.at(s).kind});
    }
    for (qsizetype i = 0; i < scenario.size(); ++i) {
        if (real.indexOf(scenario.at(i).code) < 0)
            problems.append({ScenarioTreeProblem::Kind::Extra, scenario.at(i).code});
    }
    return problems;
}

QString WhatIf::problemText(const ScenarioTreeProblem &problem)
{
    switch (problem.kind) {
    case ScenarioTreeProblem::Kind::Missing:
        return tr("criterion %1 of the period is missing from the scenario: a scenario has the same criteria as "
                  "the period, with other maxima or rules.")
            .arg(problem.code);
    case ScenarioTreeProblem::Kind::Extra:
        return tr("criterion %1 is not a criterion of the period: a scenario has the same criteria as the period, "
                  "with other maxima or rules.")
            .arg(problem.code);
    case ScenarioTreeProblem::Kind::KindChanged:
        return tr("criterion %1 is of kind %2 in the period and %3 in the scenario: the values entered could not "
                  "be carried over; keep its kind.")
            .arg(problem.code, criterionKindCode(problem.realKind), criterionKindCode(problem.scenarioKind));
    }
    return {};
}

Fixed WhatIf::carriedValue(const Criterion &real, const Criterion &scenario, Fixed value)
{
    if (real.kind == CriterionKind::Rate || real.maxPoints == scenario.maxPoints)
        return value;
    if (real.maxPoints <= Fixed())
        return Fixed();
    // value.raw x max.raw <= 10^7 x 10^7 = 10^14 within the bounds of bounds.h: exact in 64 bits.
    return Fixed::fromRaw(divideRounded(value.raw() * scenario.maxPoints.raw(), real.maxPoints.raw()));
}

Result<RankingInput> WhatIf::scenarioInput(const RankingInput &real, const WhatIfScenario &scenario)
{
    const QList<ScenarioTreeProblem> problems = treeProblems(real.tree, scenario.tree);
    if (!problems.isEmpty()) {
        QStringList details;
        for (const ScenarioTreeProblem &p : problems)
            details.append(problemText(p));
        return Error {Error::Kind::BadData,
            tr("The scenario's criteria do not fit the period %1/%2:").arg(QString::number(real.year), real.groupCode),
            details};
    }
    RankingInput input = real;
    input.tree = scenario.tree;
    input.bands = scenario.bands;
    // Only the leaves whose maximum changes (rate leaves aside) need their values carried.
    QList<std::pair<QString, std::pair<const Criterion *, const Criterion *>>> rescaled;
    for (qsizetype leaf : real.tree.leaves()) {
        const Criterion &from = real.tree.at(leaf);
        const Criterion &to = scenario.tree.at(scenario.tree.indexOf(from.code));
        if (from.kind != CriterionKind::Rate && from.maxPoints != to.maxPoints)
            rescaled.append({from.code, {&from, &to}});
    }
    if (rescaled.isEmpty())
        return input;
    for (ScoreSheet &sheet : input.sheets) {
        for (const auto &[code, criteria] : std::as_const(rescaled)) {
            const auto it = sheet.entries.find(code);
            if (it == sheet.entries.end())
                continue;
            if (it->appraised)
                it->appraised = carriedValue(*criteria.first, *criteria.second, *it->appraised);
            if (it->selfValue)
                it->selfValue = carriedValue(*criteria.first, *criteria.second, *it->selfValue);
        }
    }
    return input;
}

WhatIfComparison WhatIf::comparison(const RankingInput &real, const RankingInput &scenario, const QString &name)
{
    WhatIfComparison c;
    c.year = real.year;
    c.groupCode = real.groupCode;
    c.scenarioName = name;
    c.real = computeRanking(real);
    c.scenario = computeRanking(scenario);
    for (const QList<UnitResult> *list : {&c.real.ranked, &c.real.unranked, &c.real.incomplete}) {
        for (const UnitResult &r : *list) {
            const UnitResult *s = c.scenario.find(r.unitCode);
            Q_ASSERT(s);
            c.rows.append({r, s ? *s : UnitResult()});
        }
    }
    return c;
}

QString WhatIf::scenarioJson(const WhatIfScenario &scenario)
{
    QJsonArray criteria;
    for (const Criterion &c : scenario.tree.criteria())
        criteria.append(
            QJsonObject {{u"code"_s, c.code}, {u"title"_s, c.title}, {u"max_points"_s, c.maxPoints.toString()},
                {u"kind"_s, criterionKindCode(c.kind)}, {u"rule"_s, c.rule.toString()}});
    QJsonArray bands;
    for (const ClassBands::Band &b : scenario.bands.bands())
        bands.append(QJsonObject {{u"class"_s, classCodeName(b.code)}, {u"min_index"_s, b.minIndex.toString()}});
    return QString::fromUtf8(
        QJsonDocument(QJsonObject {{u"criteria"_s, criteria}, {u"bands"_s, bands}}).toJson(QJsonDocument::Compact));
}

Result<WhatIfScenario> WhatIf::scenarioFromJson(const QString &name, const QString &json)
{
    const auto bad = [&](const QString &why) {
        return Error {Error::Kind::BadData, tr("The scenario “%1” cannot be read: %2").arg(name, why)};
    };
    QJsonParseError parsed;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parsed);
    if (!document.isObject())
        return bad(parsed.errorString());
    const QJsonObject root = document.object();
    QList<Criterion> criteria;
    for (const QJsonValue &v : root[u"criteria"_s].toArray()) {
        Criterion c;
        c.code = v[u"code"_s].toString();
        c.title = v[u"title"_s].toString();
        const auto max = Fixed::parse(v[u"max_points"_s].toString());
        const auto kind = criterionKindFromCode(v[u"kind"_s].toString());
        auto rule = RateRule::parse(v[u"rule"_s].toString());
        if (!max || !kind || !rule)
            return bad(tr("criterion %1 has no valid maximum, kind or rule.").arg(c.code));
        c.maxPoints = *max;
        c.kind = *kind;
        c.rule = std::move(rule).value();
        criteria.append(c);
    }
    auto tree = CriteriaTree::build(criteria);
    if (!tree)
        return bad(tree.error().text());
    QList<ClassBands::Band> bandList;
    for (const QJsonValue &v : root[u"bands"_s].toArray()) {
        const auto code = classCodeFromName(v[u"class"_s].toString());
        const auto min = Fixed::parse(v[u"min_index"_s].toString());
        if (!code || !min)
            return bad(tr("the band %1 has no valid class or minimum.").arg(v[u"class"_s].toString()));
        bandList.append({*code, *min});
    }
    auto bands = ClassBands::build(bandList);
    if (!bands)
        return bad(bands.error().text());
    return WhatIfScenario {name, std::move(tree).value(), std::move(bands).value()};
}

Result<WhatIfComparison> WhatIf::compare(const RankingInput &real, const WhatIfScenario &scenario)
{
    const auto input = scenarioInput(real, scenario);
    if (!input)
        return input.error();
    return comparison(real, *input, scenario.name);
}

QList<WhatIfRow> CorrectionImpact::changedRows() const
{
    QList<WhatIfRow> rows;
    for (const WhatIfRow &row : comparison.rows) {
        if (row.rankChanged() || row.classChanged())
            rows.append(row);
    }
    return rows;
}

const WhatIfRow *CorrectionImpact::correctedRow() const
{
    for (const WhatIfRow &row : comparison.rows) {
        if (row.unitCode() == correction.unitCode)
            return &row;
    }
    return nullptr;
}

Result<CorrectionImpact> WhatIf::correct(const RankingInput &real, const ScoreCorrection &correction)
{
    const QString period = QString::number(real.year) + u'/' + real.groupCode;
    const bool takesPart = std::any_of(
        real.units.cbegin(), real.units.cend(), [&](const Unit &u) { return u.code == correction.unitCode; });
    if (!takesPart)
        return Error {Error::Kind::NotFound,
            tr("Unit %1 does not take part in %2: give the code of a unit of its roster.")
                .arg(correction.unitCode, period)};
    const qsizetype node = real.tree.indexOf(correction.criterionCode);
    if (node < 0)
        return Error {Error::Kind::NotFound,
            tr("%1 has no criterion %2: give the code of a leaf criterion, such as 1.1.")
                .arg(period, correction.criterionCode)};
    const Criterion &criterion = real.tree.at(node);
    if (criterion.isGroup())
        return Error {Error::Kind::NotFound,
            tr("Criterion %1 of %2 is a group: its points are the sum of its criteria; give one of them.")
                .arg(correction.criterionCode, period)};
    if (correction.value && !criterion.isValueInRange(*correction.value))
        return Error {Error::Kind::BadData,
            (criterion.kind == CriterionKind::Rate
                    ? tr("The value %1 is out of range for criterion %2: a rate in percent from 0 to %3.")
                    : tr("The value %1 is out of range for criterion %2: points from 0 to %3."))
                .arg(MessageLocale::number(*correction.value), correction.criterionCode,
                    MessageLocale::number(criterion.valueMax()))};

    RankingInput corrected = real;
    ScoreSheet &sheet = corrected.sheets[correction.unitCode];
    sheet.unitCode = correction.unitCode;
    ScoreEntry &entry = sheet.entries[correction.criterionCode];
    CorrectionImpact impact {correction, entry, {}};
    entry.appraised = correction.value;
    entry.notApplicable = !correction.value;
    impact.comparison = comparison(real, corrected, {});
    return impact;
}

} // namespace parindex
