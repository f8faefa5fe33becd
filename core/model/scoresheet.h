#pragma once

#include "fixed.h"

#include <QtCore/QHash>
#include <QtCore/QString>

#include <optional>

namespace parindex {

// One unit's values for one leaf criterion. Values are points, or a rate in percent for rate
// criteria. Only the appraised value counts; the self-assessed one is shown beside it.
struct ScoreEntry
{
    std::optional<Fixed> selfValue;
    std::optional<Fixed> appraised;
    bool notApplicable = false;
    QString note;

    bool isEmpty() const { return !selfValue && !appraised && !notApplicable && note.isEmpty(); }
    bool operator==(const ScoreEntry &) const = default;
};

// One unit's entries in one period, by criterion code.
struct ScoreSheet
{
    QString unitCode;
    QHash<QString, ScoreEntry> entries;

    ScoreEntry entry(const QString &criterionCode) const { return entries.value(criterionCode); }
    bool operator==(const ScoreSheet &) const = default;
};

// One value of an import: the cells a file gives for one unit and one leaf criterion.
// Empty optionals leave the stored value as it is; `notApplicable` set to a value changes it.
struct ScoreRow
{
    QString unitCode;
    QString criterionCode;
    std::optional<Fixed> selfValue;
    std::optional<Fixed> appraised;
    std::optional<bool> notApplicable;
    std::optional<QString> note;

    // The stored entry after this row: the parts the row gives replace, the others stay.
    ScoreEntry appliedTo(ScoreEntry e) const
    {
        if (selfValue)
            e.selfValue = selfValue;
        if (appraised)
            e.appraised = appraised;
        if (notApplicable)
            e.notApplicable = *notApplicable;
        if (note)
            e.note = *note;
        return e;
    }
};

// One cell exactly as it is to be stored (an empty entry: no row), as the undo of an import writes it back.
struct ScoreCell
{
    QString unitCode;
    QString criterionCode;
    ScoreEntry entry;

    bool operator==(const ScoreCell &) const = default;
};

} // namespace parindex
