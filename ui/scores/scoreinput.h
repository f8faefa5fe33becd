#pragma once

#include "model/criterion.h"
#include "model/result.h"
#include "model/scoresheet.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLocale>
#include <QtCore/QVariant>
#include <QtGui/QColor>

#include <optional>

namespace parindex {

// What a score cell accepts and how it reads back, shared by the sheet and the grid: numbers with '.' or ','
// in [0, max] (a rate in [0, 100] %), shown in the UI locale. The range is core's rule (Criterion::isValueInRange).
class ScoreInput
{
    Q_DECLARE_TR_FUNCTIONS(ScoreInput)
public:
    // Roles that the value cells of both score models answer, for the editor: the cell's Criterion, and the
    // range message (rangeMessage in the model's locale).
    static constexpr int CriterionRole = Qt::UserRole + 32;
    static constexpr int RangeMessageRole = Qt::UserRole + 33;

    // Empty text clears the value (an ok result holding nullopt); a Fixed is taken as it is. The error
    // says which criterion and which range, in words a secretary can act on.
    static Result<std::optional<Fixed>> parse(const Criterion &criterion, const QVariant &input, const QLocale &locale);
    // "Criterion 1.2.3 takes a value from 0 to 2 points." / "... a rate from 0 to 100 %."
    static QString rangeMessage(const Criterion &criterion, const QLocale &locale);
    // Whether text being typed can still become a value that parse() takes, by typing more: "", "1", "1,", ",5"
    // for a maximum of 2; not "-", "-0,5", "a", "3", "2,5" or "1,23456". An editor shows the range message as soon
    // as this is false, and keeps what was typed: nothing is swallowed or saved in its place.
    static bool canBecomeValue(const Criterion &criterion, QStringView typed);

    // The value as a cell shows it: "12,5", or "85 %" for a rate; empty for no value.
    static QString displayText(const Criterion &criterion, const std::optional<Fixed> &value, const QLocale &locale);
    // The value as an editor starts with it: a plain number in the locale.
    static QString editText(const std::optional<Fixed> &value, const QLocale &locale);

    // An appraised value that differs from the self-assessed one wants a note that says why.
    static bool needsNote(const ScoreEntry &entry);
    static QColor needsNoteColor();
    static QString needsNoteToolTip();
    // Rows that leave the maximum are drawn in this colour.
    static QColor notApplicableColor();
    // The cells of a sheet open for editing that this login was not assigned (a member of the council on a server).
    static QColor notAssignedColor();
};

} // namespace parindex
