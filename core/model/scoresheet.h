#pragma once

#include "fixed.h"

#include <QtCore/QHash>
#include <QtCore/QString>

#include <optional>
#include <vector>

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

// What scoring reads of a period's cells (the appraised value and not-applicable; not the self-assessed value or the
// note), as a grid for the reads that score every unit and keep no sheet (a year's ranks, the years of a trend):
// one row per unit and one column per node of the criteria tree, in the orders the reader asked for. Nine bytes a
// cell in two contiguous blocks, so that 400,000 cells are 3.6 MB in two allocations, not a hash entry each.
class ScoreGrid
{
public:
    ScoreGrid() = default;
    ScoreGrid(qsizetype rows, qsizetype columns)
        : m_rows(rows),
          m_columns(columns),
          m_appraised(std::size_t(rows * columns)),
          m_flags(std::size_t(rows * columns))
    { }
    qsizetype rows() const { return m_rows; }
    qsizetype columns() const { return m_columns; }

    // A cell: its appraised value (raw, as Fixed holds it) and whether it is not applicable.
    void set(qsizetype row, qsizetype column, const std::optional<qint64> &appraised, bool notApplicable)
    {
        const auto i = std::size_t(row * m_columns + column);
        m_flags[i] = Present | (appraised ? HasAppraised : 0) | (notApplicable ? NotApplicable : 0);
        m_appraised[i] = appraised.value_or(0);
    }
    // The entry of a unit (row) for a node (column), as far as scoring reads it, into `out`; false (and `out`
    // untouched) where nothing is entered.
    bool get(qsizetype row, qsizetype column, ScoreEntry &out) const
    {
        const auto i = std::size_t(row * m_columns + column);
        const quint8 flags = m_flags[i];
        if (!(flags & Present))
            return false;
        out.appraised = flags & HasAppraised ? std::optional<Fixed>(Fixed::fromRaw(m_appraised[i])) : std::nullopt;
        out.notApplicable = flags & NotApplicable;
        return true;
    }

private:
    enum : quint8 { Present = 1, HasAppraised = 2, NotApplicable = 4 };
    qsizetype m_rows = 0;
    qsizetype m_columns = 0;
    std::vector<qint64> m_appraised; // row * columns + column
    std::vector<quint8> m_flags;
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
