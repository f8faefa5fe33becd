#pragma once

#include "fixed.h"
#include "result.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QLocale>

#include <optional>

namespace parindex {

enum class ClassCode { Excellent, Good, Fair, Average, Weak };

QString classCodeName(ClassCode code); // excellent, good, fair, average, weak
std::optional<ClassCode> classCodeFromName(QStringView name);

// The classification of a period: each band starts at its minimum index (inclusive).
// Provinces differ, so bands are data per period; a period may use fewer than five.
class ClassBands
{
    Q_DECLARE_TR_FUNCTIONS(ClassBands)
public:
    struct Band
    {
        ClassCode code;
        Fixed minIndex;
        bool operator==(const Band &) const = default;
    };

    // Xuất sắc >= 90, Tốt >= 80, Khá >= 70, Trung bình >= 50, Yếu below.
    static ClassBands defaults();
    // Bands must have distinct codes, minima in [0, 100] strictly decreasing in the order of the codes,
    // and the lowest band must start at 0.
    static Result<ClassBands> build(QList<Band> bands);

    const QList<Band> &bands() const { return m_bands; } // highest first
    ClassCode classify(Fixed index) const;

    static QString label(ClassCode code); // Xuất sắc / Excellent ...

    // The indexes the band of `code` takes, given the band above it, in words: "90 and above",
    // "80 to under 90", "under 50" (Vietnamese "từ 90 trở lên", "từ 80 đến dưới 90", "dưới 50"), the numbers
    // in `locale`; empty when the classification does not use `code`.
    QString rangeText(ClassCode code, const QLocale &locale) const;

    bool operator==(const ClassBands &) const = default;

private:
    QList<Band> m_bands;
};

} // namespace parindex
