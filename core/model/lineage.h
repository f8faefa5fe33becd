#pragma once

#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace parindex {

// What ties one year to the one before when things were reorganised (issue 16). Nothing is matched by code alone:
// a criterion or a unit continues another only where the file records it.

// A criterion of a period continues a criterion of the group's previous period (`continues`), or nothing: it is new
// (`continues` empty). A criterion made of several earlier ones has a link to each; an earlier one split in two is
// continued by both. An area (a root of the tree) continues an area, a criterion below an area one below an area.
struct CriterionLink
{
    QString code;
    QString continues; // a code of the previous period's tree; empty: new in this period

    bool isNew() const { return continues.isEmpty(); }
    bool operator==(const CriterionLink &) const = default;
};

// A period's links, to the group's nearest earlier period (`previousYear`; none for a group's first period). A
// criterion without a link is not matched: it is shown as such, never matched by its code.
struct CriteriaMap
{
    int year = 0;
    std::optional<int> previousYear;
    QList<CriterionLink> links; // in the order of the period's tree, then of `continues`

    bool operator==(const CriteriaMap &) const = default;
};

// From `year` on, unit `unitCode` continues unit `continues`: several links to one unit are a merger (the communes it
// was made from), several from one unit a split, a single one a rename under a new code.
struct LineageLink
{
    int year = 0;
    QString unitCode;
    QString continues;

    bool operator==(const LineageLink &) const = default;
};

} // namespace parindex
