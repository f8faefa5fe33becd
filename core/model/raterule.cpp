#include "raterule.h"

#include "bounds.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parindex {

RateRule RateRule::linear()
{
    RateRule rule;
    rule.m_type = Type::Linear;
    return rule;
}

RateRule RateRule::thresholds(QList<Step> steps)
{
    std::sort(steps.begin(), steps.end(), [](const Step &a, const Step &b) { return a.rate > b.rate; });
    RateRule rule;
    rule.m_type = Type::Thresholds;
    rule.m_steps = std::move(steps);
    return rule;
}

Result<RateRule> RateRule::parse(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return RateRule();
    if (t.compare(u"linear", Qt::CaseInsensitive) == 0)
        return linear();

    QList<Step> steps;
    for (QStringView part : t.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(u':');
        const auto rate = colon > 0 ? Fixed::parse(part.left(colon)) : std::nullopt;
        const auto points = colon > 0 ? Fixed::parse(part.mid(colon + 1)) : std::nullopt;
        if (!rate || !points) {
            return Error {Error::Kind::BadData,
                tr("Rate rule \"%1\": \"%2\" is not of the form rate:points (e.g. 80:1.5).")
                    .arg(t.toString(), part.trimmed().toString())};
        }
        if (*rate < Fixed() || *rate > Bounds::MaxRate) {
            return Error {Error::Kind::BadData,
                tr("Rate rule \"%1\": the rate %2 is outside 0 to 100.").arg(t.toString(), rate->toString())};
        }
        if (*points < Fixed()) {
            return Error {Error::Kind::BadData,
                tr("Rate rule \"%1\": the points %2 are negative.").arg(t.toString(), points->toString())};
        }
        for (const Step &s : std::as_const(steps)) {
            if (s.rate == *rate) {
                return Error {Error::Kind::BadData,
                    tr("Rate rule \"%1\": the rate %2 appears twice.").arg(t.toString(), rate->toString())};
            }
        }
        steps.append({*rate, *points});
    }
    if (steps.isEmpty()) {
        return Error {Error::Kind::BadData,
            tr("Rate rule \"%1\" is neither \"linear\" nor a list of rate:points thresholds.").arg(t.toString())};
    }
    return thresholds(std::move(steps));
}

QString RateRule::toString() const
{
    switch (m_type) {
    case Type::None:
        return {};
    case Type::Linear:
        return u"linear"_s;
    case Type::Thresholds:
        break;
    }
    QStringList parts;
    for (const Step &s : m_steps)
        parts.append(s.rate.toString() + u':' + s.points.toString());
    return parts.join(u';');
}

Fixed RateRule::highestPoints(Fixed max) const
{
    switch (m_type) {
    case Type::None:
        return Fixed();
    case Type::Linear:
        return max;
    case Type::Thresholds:
        break;
    }
    Fixed highest;
    for (const Step &s : m_steps)
        highest = Fixed::max(highest, s.points);
    return highest;
}

Fixed RateRule::points(Fixed rate, Fixed max) const
{
    // Values are checked at entry; a rate outside 0 to 100 (a file changed outside the program) still earns no
    // more than 100 % would, and its product with the maximum stays inside the bounds' proof.
    rate = Fixed::min(Bounds::MaxRate, Fixed::max(Fixed(), rate));
    switch (m_type) {
    case Type::None:
        return Fixed();
    case Type::Linear:
        return Fixed::min(max, Fixed::percentOf(rate, max));
    case Type::Thresholds:
        break;
    }
    for (const Step &s : m_steps) {
        if (rate >= s.rate)
            return Fixed::min(max, s.points);
    }
    return Fixed();
}

} // namespace parindex
