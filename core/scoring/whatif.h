#pragma once

#include "scoring/ranking.h"

#include <QtCore/QCoreApplication>

#include <optional>

namespace parindex {

// What if the weights were different: a period's real scores ranked again under another criteria tree (other maxima,
// other rate rules) and/or other class bands, beside the real ranking. Nothing of the period changes.
//
// How an entered value carries over to the scenario's tree, leaf by leaf (the rule the README states):
// - a `rate` leaf keeps its rate (percent); the scenario's maximum and rule turn it into points;
// - any other leaf (score, survey, deduction) keeps the share of its maximum the unit reached:
//   value x scenario max / real max, rounded half away from zero to four decimals (Fixed's precision), so that
//   1.5 of 2 becomes 2.25 of 3 and 1 of 3 becomes 0.6667 of 2; a value of a 0 maximum stays 0;
// - not applicable stays not applicable, a missing value stays missing;
// then the unit is scored and ranked by the real ranking's own code (computeRanking): indices rounded half up to
// two decimals, competition ranks (1, 2, 2, 4). A leaf whose maximum does not change keeps its value exactly, so a
// scenario equal to the real tree and bands gives the real ranking.

// A scenario as a value: what a file can store under a name.
struct WhatIfScenario
{
    QString name;
    CriteriaTree tree;
    ClassBands bands = ClassBands::defaults();
};

// One unit, real and under the scenario.
struct WhatIfRow
{
    UnitResult real;
    UnitResult scenario;

    const QString &unitCode() const { return real.unitCode; }
    // Real rank less scenario rank: positive when the scenario moves the unit up; empty unless ranked in both.
    std::optional<int> rankChange() const;
    // The class, where the unit has an index.
    static std::optional<ClassCode> classOf(const UnitResult &r);
    bool rankChanged() const { return real.rank != scenario.rank; }
    bool classChanged() const { return classOf(real) != classOf(scenario); }
    bool indexChanged() const;
};

struct WhatIfComparison
{
    int year = 0;
    QString groupCode;
    QString scenarioName;
    RankingTable real;
    RankingTable scenario;
    QList<WhatIfRow> rows; // in the real ranking's order: ranked, not ranked, incomplete
};

// Why a scenario tree does not fit the period: the criteria must be the same codes, each of the same kind, or
// the entered values could not be carried over.
struct ScenarioTreeProblem
{
    enum class Kind { Missing, Extra, KindChanged };
    Kind kind;
    QString code;
    CriterionKind realKind = CriterionKind::Score; // KindChanged
    CriterionKind scenarioKind = CriterionKind::Score; // KindChanged
};

// One appraised value corrected (the impact of a correction): a value (points, or a rate in percent), or not
// applicable when `value` is empty.
struct ScoreCorrection
{
    QString unitCode;
    QString criterionCode;
    std::optional<Fixed> value;
};

// The real ranking and the one after a correction, with the entry the correction replaces.
struct CorrectionImpact
{
    ScoreCorrection correction;
    ScoreEntry previous; // empty where nothing was entered
    WhatIfComparison comparison;

    // The rows whose rank or class changes, in the real ranking's order.
    QList<WhatIfRow> changedRows() const;
    const WhatIfRow *correctedRow() const;
};

class WhatIf
{
    Q_DECLARE_TR_FUNCTIONS(WhatIf)
public:
    // The period's own tree and bands: the scenario that changes nothing.
    static WhatIfScenario realScenario(const RankingInput &input, const QString &name = {});

    // Every difference of codes and kinds between the period's tree and a scenario's, in the real tree's order
    // (extra codes after, in the scenario's order).
    static QList<ScenarioTreeProblem> treeProblems(const CriteriaTree &real, const CriteriaTree &scenario);
    // A problem in words: "criterion 1.2 of the period is missing from the scenario" and the like.
    static QString problemText(const ScenarioTreeProblem &problem);

    // A leaf's entered value under the scenario's criterion (the rule above).
    static Fixed carriedValue(const Criterion &real, const Criterion &scenario, Fixed value);
    // The period's input with the scenario's tree and bands and the values carried over; BadData naming every
    // criterion that does not fit.
    static Result<RankingInput> scenarioInput(const RankingInput &real, const WhatIfScenario &scenario);

    // A scenario as a file keeps it (Database::saveScenario), compact JSON with its keys in a fixed order:
    // {"bands": [{"class": "excellent", "min_index": "90"}, ...], "criteria": [{"code": "1", "kind": "group",
    //  "max_points": "7.5", "rule": "", "title": "..."}, ...]}; numbers are decimal strings, exact as Fixed is. The
    // name is not in it (the file keeps it beside).
    static QString scenarioJson(const WhatIfScenario &scenario);
    // The scenario kept as `json` under `name`; BadData saying what is wrong when it is not one (a valid tree, valid
    // bands).
    static Result<WhatIfScenario> scenarioFromJson(const QString &name, const QString &json);

    // The real ranking and the scenario's, unit by unit.
    static Result<WhatIfComparison> compare(const RankingInput &real, const WhatIfScenario &scenario);

    // The real ranking and the one after a single correction of an appraised value. Refused: a unit that does not
    // take part (NotFound), a criterion that is not a leaf of the tree (NotFound), a value out of its range
    // (BadData), each named.
    static Result<CorrectionImpact> correct(const RankingInput &real, const ScoreCorrection &correction);

private:
    static WhatIfComparison comparison(const RankingInput &real, const RankingInput &scenario, const QString &name);
};

} // namespace parindex
