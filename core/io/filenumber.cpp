#include "filenumber.h"

namespace parindex {

namespace {
bool allDigits(QStringView text)
{
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// "1.23456": a number but for its fifth decimal, which Fixed cannot hold.
bool hasTooManyDecimals(QStringView text)
{
    qsizetype point = text.indexOf(u'.');
    if (point < 0)
        point = text.indexOf(u',');
    const qsizetype kept = point + 1 + Fixed::Decimals;
    return point >= 0 && text.size() > kept && allDigits(text.mid(kept)) && Fixed::parse(text.left(kept));
}
} // namespace

FileNumber FileNumber::read(QStringView text, QChar delimiter)
{
    const QStringView t = text.trimmed();
    // In a comma-separated file "12,5" can only come quoted, and is as likely 12 and 5 as 12.5.
    if (delimiter == u',' && t.contains(u','))
        return {std::nullopt, Fixed::parse(t) ? Issue::DecimalComma : Issue::NotANumber};
    if (const auto value = Fixed::parse(t))
        return {value, Issue::None};
    return {std::nullopt, hasTooManyDecimals(t) ? Issue::TooManyDecimals : Issue::NotANumber};
}

QString FileNumber::hint() const
{
    switch (issue) {
    case Issue::None:
    case Issue::NotANumber:
        return {};
    case Issue::TooManyDecimals:
        return tr(" with at most %1 decimals").arg(Fixed::Decimals);
    case Issue::DecimalComma:
        return tr(" with '.' as decimal point");
    }
    return {};
}

} // namespace parindex
