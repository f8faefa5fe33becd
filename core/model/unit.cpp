#include "unit.h"

namespace parindex {

bool Unit::takesPartIn(int year) const
{
    if (sinceYear && year < *sinceYear)
        return false;
    if (retiredYear && year >= *retiredYear)
        return false;
    return true;
}

} // namespace parindex
