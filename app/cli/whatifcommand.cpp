// `whatif` and `impact`: the words of formats.md turned into a core comparison; nothing in the file changes.
#include "commandline.h"

#include "desk/whatifformats.h"
#include "desk/whatifsource.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace parindex {

int CommandLine::whatif()
{
    int year = 0;
    QString group;
    if (!requireYearAndGroup(year, group))
        return WrongUsage;
    if (option(u"criteria"_s).isEmpty())
        return usage(tr("whatif needs --criteria FILE, a criteria file (criteria.csv) with the scenario's maxima "
                        "and rules."));
    const QString format = has(u"format"_s) ? option(u"format"_s) : u"csv"_s;
    if (format != u"csv" && format != u"json")
        return usage(tr("--format takes csv or json."));
    auto db = openDatabase(false);
    if (!db)
        return fail(db.error());
    QStringList warnings;
    const auto comparison = WhatIfSource::compareWithFile(**db, year, group, option(u"criteria"_s), &warnings);
    for (const QString &warning : std::as_const(warnings))
        m_err << tr("Warning: %1").arg(warning) << u'\n';
    m_err.flush();
    if (!comparison)
        return fail(comparison.error());
    return writeOutput(
        format == u"json" ? WhatIfFormats::writeJson(*comparison) : WhatIfFormats::writeCsv(*comparison));
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
