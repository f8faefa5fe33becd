#include "fixed.h"

#include <cmath>
#include <cstdlib>

namespace parindex {

namespace {
constexpr qint64 powerOfTen(int n)
{
    qint64 p = 1;
    for (int i = 0; i < n; ++i)
        p *= 10;
    return p;
}
} // namespace

qint64 divideRounded(qint64 numerator, qint64 denominator)
{
    const bool negative = (numerator < 0) != (denominator < 0);
    const qint64 n = std::llabs(numerator);
    const qint64 d = std::llabs(denominator);
    // With an odd d there is no exact half, and d/2 rounds the remainders above it up.
    const qint64 q = (n + d / 2) / d;
    return negative ? -q : q;
}

Fixed Fixed::fromDouble(double value)
{
    return Fixed(qint64(std::llround(value * double(Scale))));
}

std::optional<Fixed> Fixed::parse(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    qsizetype i = 0;
    bool negative = false;
    if (t[0] == u'-' || t[0] == u'+') {
        negative = t[0] == u'-';
        ++i;
    }
    qint64 whole = 0;
    int wholeDigits = 0;
    for (; i < t.size() && t[i].isDigit(); ++i) {
        if (t[i].unicode() > u'9' || ++wholeDigits > 12)
            return std::nullopt;
        whole = whole * 10 + (t[i].unicode() - u'0');
    }
    qint64 fraction = 0;
    int fractionDigits = 0;
    if (i < t.size() && (t[i] == u'.' || t[i] == u',')) {
        ++i;
        for (; i < t.size() && t[i].isDigit(); ++i) {
            if (t[i].unicode() > u'9' || ++fractionDigits > Decimals)
                return std::nullopt;
            fraction = fraction * 10 + (t[i].unicode() - u'0');
        }
    }
    if (i != t.size() || wholeDigits + fractionDigits == 0)
        return std::nullopt;
    fraction *= powerOfTen(Decimals - fractionDigits);
    const qint64 raw = whole * Scale + fraction;
    return Fixed(negative ? -raw : raw);
}

Fixed Fixed::rounded(int decimals) const
{
    const qint64 step = powerOfTen(Decimals - qBound(0, decimals, Decimals));
    return Fixed(divideRounded(m_raw, step) * step);
}

int Fixed::toChars(char *out) const
{
    // Unsigned arithmetic: the magnitude of the most negative value has no signed form.
    quint64 magnitude = m_raw < 0 ? 0 - quint64(m_raw) : quint64(m_raw);
    char *p = out;
    if (m_raw < 0)
        *p++ = '-';
    quint64 whole = magnitude / quint64(Scale);
    char digits[20];
    int n = 0;
    do {
        digits[n++] = char('0' + whole % 10);
        whole /= 10;
    } while (whole != 0);
    while (n > 0)
        *p++ = digits[--n];
    quint64 fraction = magnitude % quint64(Scale);
    if (fraction != 0) {
        *p++ = '.';
        int places = Decimals;
        while (fraction % 10 == 0) {
            fraction /= 10;
            --places;
        }
        for (int i = places - 1; i >= 0; --i) {
            p[i] = char('0' + fraction % 10);
            fraction /= 10;
        }
        p += places;
    }
    return int(p - out);
}

QString Fixed::toString(int decimals) const
{
    if (decimals < 0) {
        char text[MaxChars];
        return QString::fromLatin1(text, toChars(text));
    }
    const Fixed value = decimals >= 0 ? rounded(decimals) : *this;
    const qint64 magnitude = std::llabs(value.m_raw);
    QString text = QString::number(magnitude / Scale);
    QString fraction = QString::number(magnitude % Scale).rightJustified(Decimals, u'0');
    if (decimals >= 0) {
        fraction.truncate(qMin(decimals, Decimals));
    } else {
        while (fraction.endsWith(u'0'))
            fraction.chop(1);
    }
    if (!fraction.isEmpty())
        text += u'.' + fraction;
    if (value.m_raw < 0)
        text.prepend(u'-');
    return text;
}

QString Fixed::toString(const QLocale &locale, int decimals) const
{
    QString text = toString(decimals);
    const qsizetype point = text.indexOf(u'.');
    if (point >= 0)
        text.replace(point, 1, locale.decimalPoint());
    if (text.startsWith(u'-'))
        text.replace(0, 1, locale.negativeSign());
    return text;
}

Fixed Fixed::percent(Fixed part, Fixed whole)
{
    if (whole.m_raw == 0)
        return Fixed();
    // part/whole x 100 in hundredths of a percent, then back to ten-thousandths.
    const qint64 hundredths = divideRounded(part.m_raw * 10000, whole.m_raw);
    return Fixed(hundredths * 100);
}

Fixed Fixed::percentOf(Fixed rate, Fixed whole)
{
    return Fixed(divideRounded(rate.m_raw * whole.m_raw, Scale * 100));
}

} // namespace parindex
