#pragma once

#include "model/criteriatree.h"
#include "model/scoresheet.h"
#include "model/unit.h"

#include <QtCore/QHash>

namespace parindex::bench {

// The national scale of 2025: 3,321 communes in one group, a 120-leaf tree (8 areas x 3 criteria x
// 5 sub-criteria), appraised values for every leaf. Deterministic for a seed.
struct NationalFixture
{
    CriteriaTree tree;
    QList<Unit> units;
    QHash<QString, ScoreSheet> sheets;
    QList<ScoreRow> rows; // the same values as import rows
};

NationalFixture makeNationalFixture(int unitCount = 3321, quint32 seed = 7);

} // namespace parindex::bench
