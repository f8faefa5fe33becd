#include "classbands.h"

#include "bounds.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
constexpr ClassCode allCodes[]
    = {ClassCode::Excellent, ClassCode::Good, ClassCode::Fair, ClassCode::Average, ClassCode::Weak};
}

QString classCodeName(ClassCode code)
{
    switch (code) {
    case ClassCode::Excellent:
        return u"excellent"_s;
    case ClassCode::Good:
        return u"good"_s;
    case ClassCode::Fair:
        return u"fair"_s;
    case ClassCode::Average:
        return u"average"_s;
    case ClassCode::Weak:
        return u"weak"_s;
    }
    return {};
}

std::optional<ClassCode> classCodeFromName(QStringView name)
{
    for (ClassCode c : allCodes) {
        if (name.compare(classCodeName(c), Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

QString ClassBands::label(ClassCode code)
{
    switch (code) {
    case ClassCode::Excellent:
        return tr("Excellent");
    case ClassCode::Good:
        return tr("Good");
    case ClassCode::Fair:
        return tr("Fair");
    case ClassCode::Average:
        return tr("Average");
    case ClassCode::Weak:
        return tr("Weak");
    }
    return {};
}

ClassBands ClassBands::defaults()
{
    ClassBands b;
    b.m_bands = {{ClassCode::Excellent, Fixed::fromInt(90)}, {ClassCode::Good, Fixed::fromInt(80)},
        {ClassCode::Fair, Fixed::fromInt(70)}, {ClassCode::Average, Fixed::fromInt(50)},
        {ClassCode::Weak, Fixed::fromInt(0)}};
    return b;
}

Result<ClassBands> ClassBands::build(QList<Band> bands)
{
    if (bands.isEmpty())
        return Error {Error::Kind::BadData, tr("A classification needs at least one band.")};
    std::sort(bands.begin(), bands.end(), [](const Band &a, const Band &b) { return a.code < b.code; });
    QStringList problems;
    for (qsizetype i = 0; i < bands.size(); ++i) {
        const Band &b = bands[i];
        if (b.minIndex < Fixed() || b.minIndex > Bounds::MaxIndex)
            problems.append(tr("Band %1 starts at %2, outside 0 to 100.").arg(label(b.code), b.minIndex.toString()));
        if (i > 0 && bands[i - 1].code == b.code)
            problems.append(tr("Band %1 appears twice.").arg(label(b.code)));
        else if (i > 0 && bands[i - 1].minIndex <= b.minIndex)
            problems.append(tr("Band %1 must start below band %2.").arg(label(b.code), label(bands[i - 1].code)));
    }
    if (bands.last().minIndex != Fixed())
        problems.append(tr("The lowest band, %1, must start at 0.").arg(label(bands.last().code)));
    if (!problems.isEmpty())
        return Error {Error::Kind::BadData, tr("The classification bands are not valid."), problems};
    ClassBands result;
    result.m_bands = std::move(bands);
    return result;
}

QString ClassBands::rangeText(ClassCode code, const QLocale &locale) const
{
    for (qsizetype i = 0; i < m_bands.size(); ++i) {
        if (m_bands[i].code != code)
            continue;
        const QString low = m_bands[i].minIndex.toString(locale);
        if (i == 0)
            return tr("%1 and above", "index range of the highest class").arg(low);
        const QString high = m_bands[i - 1].minIndex.toString(locale);
        if (m_bands[i].minIndex == Fixed())
            return tr("under %1", "index range of the lowest class").arg(high);
        return tr("%1 to under %2", "index range of a class").arg(low, high);
    }
    return {};
}

ClassCode ClassBands::classify(Fixed index) const
{
    for (const Band &b : m_bands) {
        if (index >= b.minIndex)
            return b.code;
    }
    return m_bands.isEmpty() ? ClassCode::Weak : m_bands.last().code;
}

} // namespace parindex
