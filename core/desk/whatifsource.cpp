#include "whatifsource.h"

#include "io/formats.h"
#include "io/problemlist.h"
#include "io/xlsx/tablefile.h"
#include "periodranking.h"
#include "storage/database.h"

#include <QtCore/QFileInfo>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
// The line of the file's row with `code` (0 when there is none: the file as a whole).
int lineOf(const CsvTable &table, const QString &code)
{
    const qsizetype column = table.column(u"code");
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        if (table.rows[r].value(column) == code)
            return table.lines[r];
    }
    return 0;
}
} // namespace

Result<WhatIfScenario> WhatIfSource::readCriteria(
    const Database &db, const RankingInput &real, const QString &path, const QString &sheet, QStringList *warnings)
{
    if (const Status s = Database::refuseOwnFile(db.path(), path); !s)
        return s.error();
    const auto table = TableFile::read(path, sheet);
    if (!table)
        return table.error();
    auto tree = FileFormats::parseCriteria(*table);
    if (!tree)
        return tree.error();
    if (warnings)
        *warnings = tree->warnings();
    ProblemList problems(*table);
    for (const ScenarioTreeProblem &p : WhatIf::treeProblems(real.tree, *tree)) {
        const int line = lineOf(*table, p.code);
        if (p.kind == ScenarioTreeProblem::Kind::KindChanged)
            problems.add(line, u"kind"_s, criterionKindCode(p.scenarioKind), WhatIf::problemText(p));
        else if (p.kind == ScenarioTreeProblem::Kind::Extra)
            problems.add(line, u"code"_s, p.code, WhatIf::problemText(p));
        else
            problems.addLine(0, WhatIf::problemText(p));
    }
    if (!problems.isEmpty())
        return problems.error();
    return WhatIfScenario {QFileInfo(path).completeBaseName(), std::move(tree).value(), real.bands};
}

Result<WhatIfComparison> WhatIfSource::compareWithFile(
    const Database &db, int year, const QString &groupCode, const QString &path, QStringList *warnings)
{
    const auto real = loadRankingInput(db, year, groupCode);
    if (!real)
        return real.error();
    const auto scenario = readCriteria(db, *real, path, {}, warnings);
    if (!scenario)
        return scenario.error();
    return WhatIf::compare(*real, *scenario);
}

Result<CorrectionImpact> WhatIfSource::impact(
    const Database &db, int year, const QString &groupCode, const ScoreCorrection &correction)
{
    const auto real = loadRankingInput(db, year, groupCode);
    if (!real)
        return real.error();
    return WhatIf::correct(*real, correction);
}

} // namespace parindex
