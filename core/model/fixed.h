#pragma once

#include <QtCore/QLocale>
#include <QtCore/QString>
#include <QtCore/QStringView>

#include <compare>
#include <optional>

namespace parindex {

// An exact decimal with four places, kept as an integer count of ten-thousandths.
// Points, maxima, rates and indices are all Fixed, so that 84.995 rounds to 85.00 and
// sums of parts never drift the way binary floating point does.
class Fixed
{
public:
    static constexpr qint64 Scale = 10000;
    static constexpr int Decimals = 4;

    constexpr Fixed() = default;
    static constexpr Fixed fromRaw(qint64 raw) { return Fixed(raw); }
    static constexpr Fixed fromInt(qint64 whole) { return Fixed(whole * Scale); }
    // Nearest representable value; for tests and for values that come from doubles (spreadsheets).
    static Fixed fromDouble(double value);

    // Accepts an optional sign, digits, and '.' or ',' as the decimal point, with at most four
    // decimals; no grouping separators, no exponent. Leading/trailing spaces are ignored.
    static std::optional<Fixed> parse(QStringView text);

    constexpr qint64 raw() const { return m_raw; }
    double toDouble() const { return double(m_raw) / double(Scale); }

    // Rounded half away from zero to `decimals` places (0..4).
    Fixed rounded(int decimals) const;

    // Plain text with '.' as decimal point: exactly `decimals` places, or, with -1, as few as needed.
    QString toString(int decimals = -1) const;
    // toString() in ASCII bytes, without allocating: writes at most MaxChars into `out`, returns how many.
    static constexpr int MaxChars = 26; // "-922337203685477.5808"
    int toChars(char *out) const;
    // Text in a locale's number format (91,92 in vi_VN), without group separators.
    QString toString(const QLocale &locale, int decimals = -1) const;

    // part / whole x 100, rounded half up to two decimals; 0 when whole is 0. Computes part.raw x 10^4: exact for
    // any part within the bounds of bounds.h (their proof shows the worst case).
    static Fixed percent(Fixed part, Fixed whole);
    // rate x whole / 100 (a rate in percent of a maximum), rounded half up to four decimals. Computes
    // rate.raw x whole.raw: exact for a rate and a whole within the bounds of bounds.h.
    static Fixed percentOf(Fixed rate, Fixed whole);

    constexpr Fixed operator+(Fixed o) const { return Fixed(m_raw + o.m_raw); }
    constexpr Fixed operator-(Fixed o) const { return Fixed(m_raw - o.m_raw); }
    constexpr Fixed operator-() const { return Fixed(-m_raw); }
    constexpr Fixed &operator+=(Fixed o)
    {
        m_raw += o.m_raw;
        return *this;
    }
    constexpr Fixed &operator-=(Fixed o)
    {
        m_raw -= o.m_raw;
        return *this;
    }
    constexpr auto operator<=>(const Fixed &) const = default;

    static constexpr Fixed min(Fixed a, Fixed b) { return a < b ? a : b; }
    static constexpr Fixed max(Fixed a, Fixed b) { return a < b ? b : a; }

private:
    constexpr explicit Fixed(qint64 raw) : m_raw(raw) { }
    qint64 m_raw = 0;
};

// Division of integers rounded half away from zero; denominator must not be 0.
qint64 divideRounded(qint64 numerator, qint64 denominator);

} // namespace parindex

Q_DECLARE_METATYPE(parindex::Fixed)
