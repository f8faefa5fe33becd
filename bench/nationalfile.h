#pragma once

#include "model/result.h"

#include <QtCore/QString>

namespace parindex::bench {

// The file a ministry-level user may hold: every commune of the country (3,321) in group XA, the
// 120-leaf tree of nationalfixture.h, and `years` periods ending in 2025, each fully scored.
// Deterministic: the same arguments give the same rows (the seed of year Y is seed + Y).
struct NationalFileSpec
{
    int units = 3321;
    int years = 10;
    int lastYear = 2025;
    quint32 seed = 7;
};

Status writeNationalFile(const QString &path, const NationalFileSpec &spec = {});

} // namespace parindex::bench
