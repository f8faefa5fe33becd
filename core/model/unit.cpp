#include "unit.h"

#include <algorithm>

namespace parindex {

bool Unit::takesPartIn(int year) const
{
    if (sinceYear && year < *sinceYear)
        return false;
    if (retiredYear && year >= *retiredYear)
        return false;
    return true;
}

bool Unit::isValidCode(QStringView code)
{
    if (code.isEmpty())
        return false;
    if (code.front() == u'=' || code.front() == u'+' || code.front() == u'-' || code.front() == u'@')
        return false;
    return std::none_of(
        code.begin(), code.end(), [](QChar c) { return c.isSpace() || c.category() == QChar::Other_Control; });
}

} // namespace parindex
