#pragma once

#include "model/unitresult.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLocale>

namespace parindex {

// The ranking as a plain-text table for a terminal: numbers in the locale's format (91,92 in
// Vietnamese), rank changes as ▲ 2 / ▼ 1, incomplete units listed apart with what is missing.
class RankingText
{
    Q_DECLARE_TR_FUNCTIONS(RankingText)
public:
    static QString format(const RankingTable &table, const QLocale &locale);
    // "▲ 6", "▼ 2", "=" or "" (no ranking the year before).
    static QString change(const std::optional<int> &rankChange, const QLocale &locale);
    // The same for a unit, where a merged or split unit reads "new (merged from A, B and C)".
    static QString change(const UnitResult &result, const QLocale &locale);
};

} // namespace parindex
