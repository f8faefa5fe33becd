#pragma once

#include "model/result.h"
#include "scoring/whatif.h"

#include <QtCore/QStringList>

namespace parindex {

class Database;

// What if, read from the file: the period's real input (loadRankingInput) beside a scenario, and nothing written.
class WhatIfSource
{
public:
    // A scenario from a criteria file in the format of `criteria import` (criteria.csv, or a workbook's sheet),
    // with the period's bands, named after the file. Refused (BadData, nothing done): a file that is not a valid
    // criteria file, and a criterion that does not fit the period's tree (a code missing or extra, a kind changed),
    // each named with the file, line and column. `warnings` gets the tree's own warnings (sums that do not add up).
    static Result<WhatIfScenario> readCriteria(const Database &db, const RankingInput &real, const QString &path,
        const QString &sheet = {}, QStringList *warnings = nullptr);
    // The period's real ranking and the ranking under the criteria file's tree.
    static Result<WhatIfComparison> compareWithFile(
        const Database &db, int year, const QString &groupCode, const QString &path, QStringList *warnings = nullptr);
    // The period's real ranking and the one after one appraised value is corrected (WhatIf::correct). Any period,
    // final ones too: it only reads.
    static Result<CorrectionImpact> impact(
        const Database &db, int year, const QString &groupCode, const ScoreCorrection &correction);
};

} // namespace parindex
