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

Result<ClassBands> WhatIfSource::readBands(const Database &db, const QString &path, const QString &sheet)
{
    if (const Status s = Database::refuseOwnFile(db.path(), path); !s)
        return s.error();
    const auto table = TableFile::read(path, sheet);
    if (!table)
        return table.error();
    return FileFormats::parseBands(*table);
}

Result<WhatIfScenario> WhatIfSource::readFiles(const Database &db, const RankingInput &real,
    const QString &criteriaPath, const QString &bandsPath, QStringList *warnings)
{
    WhatIfScenario scenario = WhatIf::realScenario(real, QFileInfo(bandsPath).completeBaseName());
    if (!criteriaPath.isEmpty()) {
        auto read = readCriteria(db, real, criteriaPath, {}, warnings);
        if (!read)
            return read.error();
        scenario = std::move(read).value();
    }
    if (!bandsPath.isEmpty()) {
        auto bands = readBands(db, bandsPath);
        if (!bands)
            return bands.error();
        scenario.bands = std::move(bands).value();
    }
    return scenario;
}

Result<QList<WhatIfScenario>> WhatIfSource::savedScenarios(const Database &db, const Period &period)
{
    const auto saved = db.scenarios(period.id);
    if (!saved)
        return saved.error();
    QList<WhatIfScenario> list;
    for (const SavedScenario &s : *saved) {
        auto scenario = WhatIf::scenarioFromJson(s.name, s.content);
        if (!scenario)
            return scenario.error();
        list.append(std::move(scenario).value());
    }
    return list;
}

Result<WhatIfScenario> WhatIfSource::savedScenario(const Database &db, const Period &period, const QString &name)
{
    const auto saved = db.scenarios(period.id);
    if (!saved)
        return saved.error();
    QStringList names;
    for (const SavedScenario &s : *saved) {
        if (s.name == name)
            return WhatIf::scenarioFromJson(s.name, s.content);
        names.append(u"“%1”"_s.arg(s.name));
    }
    const QString label = u"%1/%2"_s.arg(QString::number(period.year), period.groupCode);
    return Error {Error::Kind::NotFound,
        names.isEmpty()
            ? WhatIf::tr("%1 has no saved scenario (looked for “%2”).").arg(label, name)
            : WhatIf::tr("%1 has no scenario named “%2”; its scenarios are %3.").arg(label, name, names.join(u", "_s))};
}

Status WhatIfSource::saveScenario(
    Database &db, const RankingInput &real, const Period &period, const WhatIfScenario &scenario, bool replace)
{
    // A scenario that does not fit the period is refused before anything is written.
    if (const auto input = WhatIf::scenarioInput(real, scenario); !input)
        return input.error();
    std::optional<QString> replacing;
    if (replace) {
        const auto saved = db.scenarios(period.id);
        if (!saved)
            return saved.error();
        for (const SavedScenario &s : *saved) {
            if (s.name == scenario.name.trimmed())
                replacing = s.content;
        }
    }
    return db.saveScenario(period.id, {scenario.name, WhatIf::scenarioJson(scenario), {}, {}}, replacing);
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
