// `whatif` and `impact`: the words of formats.md turned into a core comparison; nothing in the file changes.
#include "commandline.h"

#include "desk/periodranking.h"
#include "desk/whatifformats.h"
#include "desk/whatifsource.h"
#include "storage/database.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parindex {

int CommandLine::whatif()
{
    int year = 0;
    QString group;
    if (!requireYearAndGroup(year, group))
        return WrongUsage;
    const bool files = has(u"criteria"_s) || has(u"bands"_s);
    for (const QString &name : {u"criteria"_s, u"bands"_s, u"scenario"_s, u"save"_s}) {
        if (has(name) && option(name).trimmed().isEmpty())
            return usage(tr("--%1 needs a value.").arg(name));
    }
    if (has(u"save"_s) && !files)
        return usage(tr("--save keeps the scenario of --criteria and --bands files under a name; a saved scenario "
                        "is saved already."));
    if (!files && !has(u"scenario"_s))
        return usage(tr("whatif needs --criteria FILE (a criteria file, criteria.csv, with the scenario's maxima and "
                        "rules), --bands FILE (bands.csv: class,min_index), both, or --scenario NAME (a scenario "
                        "saved in the file)."));
    if (files && has(u"scenario"_s))
        return usage(tr("--scenario runs a saved scenario as it is: give either --scenario or --criteria/--bands."));
    if (has(u"replace"_s) && !has(u"save"_s))
        return usage(tr("--replace goes with --save NAME: it replaces the scenario saved under that name."));
    const QString format = has(u"format"_s) ? option(u"format"_s) : u"csv"_s;
    if (format != u"csv" && format != u"json")
        return usage(tr("--format takes csv or json."));
    const QString saveAs = option(u"save"_s).trimmed().normalized(QString::NormalizationForm_C);
    if (has(u"save"_s)) {
        if (const QString problem = Database::scenarioNameProblem(saveAs); !problem.isEmpty())
            return usage(problem);
    }
    auto db = openDatabase(has(u"save"_s));
    if (!db)
        return fail(db.error());
    const auto period = (*db)->period(year, group);
    if (!period)
        return fail(period.error());
    const auto real = loadRankingInput(**db, year, group);
    if (!real)
        return fail(real.error());
    QStringList warnings;
    auto scenario = has(u"scenario"_s)
        ? WhatIfSource::savedScenario(**db, *period, option(u"scenario"_s))
        : WhatIfSource::readFiles(**db, *real, option(u"criteria"_s), option(u"bands"_s), &warnings);
    for (const QString &warning : std::as_const(warnings))
        m_err << tr("Warning: %1").arg(warning) << u'\n';
    m_err.flush();
    if (!scenario)
        return fail(scenario.error());
    if (has(u"save"_s)) {
        // What a save would refuse is said before anything is written (the comparison included).
        scenario->name = saveAs;
        const auto saved = (*db)->scenarios(period->id);
        if (!saved)
            return fail(saved.error());
        const bool exists = std::any_of(
            saved->cbegin(), saved->cend(), [&](const SavedScenario &s) { return s.name == scenario->name; });
        if (exists && !has(u"replace"_s))
            return fail(Error {Error::Kind::BadData,
                tr("%1/%2 already has a scenario named “%3”: give another name, or add --replace to replace it.")
                    .arg(QString::number(year), group, scenario->name)});
    }
    const auto comparison = WhatIf::compare(*real, *scenario);
    if (!comparison)
        return fail(comparison.error());
    // The comparison first: an output that cannot be written (the database itself, a read-only file) saves nothing.
    const int written
        = writeOutput(format == u"json" ? WhatIfFormats::writeJson(*comparison) : WhatIfFormats::writeCsv(*comparison));
    if (written != Done || !has(u"save"_s))
        return written;
    if (const Status s = WhatIfSource::saveScenario(**db, *real, *period, *scenario, has(u"replace"_s)); !s) {
        return fail(s.error());
    }
    m_err << tr("The scenario “%1” of %2/%3 was saved (the period itself is not changed).")
                 .arg(scenario->name, QString::number(year), group)
          << u'\n';
    m_err.flush();
    return Done;
}

int CommandLine::impact()
{
    int year = 0;
    QString group;
    if (!requireYearAndGroup(year, group))
        return WrongUsage;
    if (option(u"unit"_s).isEmpty() || option(u"criterion"_s).isEmpty() || !has(u"value"_s))
        return usage(tr("Use: impact --year Y --group G --unit CODE --criterion C --value V [--format text|json]"));
    ScoreCorrection correction {option(u"unit"_s), option(u"criterion"_s), std::nullopt};
    if (option(u"value"_s).trimmed().compare(u"na"_s, Qt::CaseInsensitive) != 0) {
        correction.value = Fixed::parse(option(u"value"_s));
        if (!correction.value)
            return usage(tr("--value takes a number such as 1.5 (points, or a rate in percent), or na (not "
                            "applicable)."));
    }
    const QString format = has(u"format"_s) ? option(u"format"_s) : u"text"_s;
    if (format != u"text" && format != u"json")
        return usage(tr("--format takes text or json."));
    auto db = openDatabase(false);
    if (!db)
        return fail(db.error());
    const auto impact = WhatIfSource::impact(**db, year, group, correction);
    if (!impact)
        return fail(impact.error());
    if (format == u"json")
        return writeOutput(WhatIfFormats::writeImpactJson(*impact));
    return writeOutput(WhatIfFormats::impactText(*impact, textLocale()).toUtf8());
}

} // namespace parindex
