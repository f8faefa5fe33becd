#pragma once

#include "bounds.h"
#include "fixed.h"
#include "raterule.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

#include <optional>

namespace parindex {

// group: inner node, sum of its children capped to its max; score: points entered;
// rate: a percentage turned into points by the rule; survey: points from the survey;
// deduction: points subtracted from the parent (never below 0).
enum class CriterionKind { Group, Score, Rate, Survey, Deduction };

QString criterionKindCode(CriterionKind kind);
std::optional<CriterionKind> criterionKindFromCode(QStringView code);

class CriterionText
{
    Q_DECLARE_TR_FUNCTIONS(CriterionText)
public:
    static QString kindLabel(CriterionKind kind);
};

struct Criterion
{
    QString code; // dotted path: 1, 1.2, 1.2.3
    QString title;
    Fixed maxPoints;
    CriterionKind kind = CriterionKind::Score;
    RateRule rule;

    bool isGroup() const { return kind == CriterionKind::Group; }
    bool isDeduction() const { return kind == CriterionKind::Deduction; }
    // The value entered for a leaf: a rate in percent for rate criteria, points otherwise.
    Fixed valueMax() const { return kind == CriterionKind::Rate ? Bounds::MaxRate : maxPoints; }
    // The method's rule for a value entered for a leaf, the one every import, form and storage write applies:
    // [0, max] points, or a rate in [0, 100] percent.
    bool isValueInRange(Fixed value) const { return value >= Fixed() && value <= valueMax(); }
    // The parent code of a dotted path ("1.2" for "1.2.3", empty for "1").
    static QString parentCode(QStringView code);
    static bool isValidCode(QStringView code);

    bool operator==(const Criterion &) const = default;
};

} // namespace parindex
