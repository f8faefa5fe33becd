#pragma once

#include "model/criteriatree.h"
#include "model/scoresheet.h"

#include <QtCore/QList>
#include <QtCore/QStringList>

namespace parindex {

// Points of every node of a tree for one unit, from its appraised values.
struct SheetScore
{
    QList<Fixed> points; // per tree node
    QList<Fixed> applicableMax; // per tree node; 0 where not applicable, and for deductions
    QList<bool> notApplicable; // per tree node, inherited from ancestors
    QStringList missing; // scorable leaves without an appraised value, in tree order
    Fixed totalPoints;
    Fixed totalMax;

    Fixed index() const { return Fixed::percent(totalPoints, totalMax); }
};

// Rules: a leaf scores its appraised value (a rate through its rule), capped to its max; a deduction
// leaf subtracts its value from its parent and an empty deduction counts as 0; a group scores the sum of
// its children less their deductions, never below 0 and capped to its applicable max; a not-applicable
// node and its subtree leave the denominator (the parent's applicable max shrinks by what they lose).
SheetScore scoreSheet(const CriteriaTree &tree, const ScoreSheet &sheet);
// The same from the entry of every node of the tree, by node index (nullptr where nothing is entered).
SheetScore scoreSheet(const CriteriaTree &tree, const ScoreEntry *const *entries);

// Points a leaf earns for an entered value (a rate in percent for rate criteria).
Fixed leafPoints(const Criterion &criterion, Fixed value);

} // namespace parindex
