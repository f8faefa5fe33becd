#pragma once

#include "model/period.h"
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
    // A bands file (bands.csv, FileFormats::parseBands, or a workbook's sheet); BadData naming the file, line and
    // column of each problem.
    static Result<ClassBands> readBands(const Database &db, const QString &path, const QString &sheet = {});
    // The scenario of a criteria file and/or a bands file (either may be empty: the period's own then), named after
    // the criteria file, else the bands file.
    static Result<WhatIfScenario> readFiles(const Database &db, const RankingInput &real, const QString &criteriaPath,
        const QString &bandsPath, QStringList *warnings = nullptr);

    // The scenarios saved in the period (Database::scenarios), read back; one that cannot be read is an error naming
    // it.
    static Result<QList<WhatIfScenario>> savedScenarios(const Database &db, const Period &period);
    // The one named `name`; NotFound naming the period's scenarios when it has none of that name.
    static Result<WhatIfScenario> savedScenario(const Database &db, const Period &period, const QString &name);
    // Saves `scenario` under its name: a new one, or with `replace` in place of the one of that name (what the file
    // holds of it is read in the same call and must not change meanwhile). Refused (BadData, nothing written): a
    // scenario whose criteria do not fit the period (`real`'s), a name the period has already without `replace`.
    static Status saveScenario(
        Database &db, const RankingInput &real, const Period &period, const WhatIfScenario &scenario, bool replace);
    // The period's real ranking and the one after one appraised value is corrected (WhatIf::correct). Any period,
    // final ones too: it only reads.
    static Result<CorrectionImpact> impact(
        const Database &db, int year, const QString &groupCode, const ScoreCorrection &correction);
};

} // namespace parindex
