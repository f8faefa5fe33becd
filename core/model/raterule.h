#pragma once

#include "fixed.h"
#include "result.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QList>

namespace parindex {

// Turns a rate in percent (0..100) into points for a `rate` criterion.
//   linear              rate/100 x max
//   T1:P1;T2:P2;...     the first threshold from the top with rate >= Ti gives Pi; below all, 0
class RateRule
{
    Q_DECLARE_TR_FUNCTIONS(RateRule)
public:
    enum class Type { None, Linear, Thresholds };
    struct Step
    {
        Fixed rate;
        Fixed points;
        bool operator==(const Step &) const = default;
    };

    static Result<RateRule> parse(QStringView text);
    static RateRule linear();
    static RateRule thresholds(QList<Step> steps);

    Type type() const { return m_type; }
    const QList<Step> &steps() const { return m_steps; } // highest rate first
    QString toString() const;

    // The highest points the rule can give (to check against the criterion's max).
    Fixed highestPoints(Fixed max) const;
    Fixed points(Fixed rate, Fixed max) const;

    bool operator==(const RateRule &) const = default;

private:
    Type m_type = Type::None;
    QList<Step> m_steps;
};

} // namespace parindex
