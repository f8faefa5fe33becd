#pragma once

#include "model/fixed.h"

#include <QtCore/QCoreApplication>

#include <optional>

namespace parindex {

// A number as a file writes it: '.' as decimal point, and ',' too where the delimiter is not ','
// (the decimal comma of Vietnamese spreadsheets); at most four decimals; no grouping, no exponent.
struct FileNumber
{
    Q_DECLARE_TR_FUNCTIONS(FileNumber)
public:
    enum class Issue { None, NotANumber, TooManyDecimals, DecimalComma };

    static FileNumber read(QStringView text, QChar delimiter);

    // What to add to "expected a number from 0 to 2" so that the person sees why the value failed:
    // " with at most 4 decimals", " with '.' as decimal point", or nothing.
    QString hint() const;

    std::optional<Fixed> value;
    Issue issue = Issue::None;
};

} // namespace parindex
