#pragma once

#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace parindex {

// A group of units ranked together: departments (SO), districts (HUYEN), communes (XA).
struct UnitGroup
{
    QString code;
    QString name;
    int position = 0;

    bool operator==(const UnitGroup &) const = default;
};

// A department or People's Committee that is scored.
struct Unit
{
    qint64 id = 0;
    QString code;
    QString name;
    QString groupCode;
    std::optional<int> sinceYear; // first year it takes part (a new or merged unit)
    std::optional<int> retiredYear; // first year it no longer takes part; history is kept
    bool ranked = true; // units of special status are listed without a rank

    bool takesPartIn(int year) const;
    // A code that files, formulas and messages carry as it is: not empty, no white space, and not starting
    // with =, +, - or @, which a spreadsheet opening an export would take for the start of a formula. Names
    // may hold anything; codes are identifiers.
    static bool isValidCode(QStringView code);
    bool operator==(const Unit &) const = default;
};

} // namespace parindex
