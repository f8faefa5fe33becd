// `robustness` and `chart robustness`: the words of formats.md turned into RobustnessOptions; the draws are core's.
#include "commandline.h"

#include "desk/robustnessreport.h"
#include "io/xlsx/tablefile.h"
#include "render/charts/chartexport.h"
#include "render/charts/robustnesschart.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
// "20%", "20", "12.5 %": a percentage; empty when it is not a number.
std::optional<Fixed> percentage(const QString &value)
{
    QString text = value.trimmed();
    if (text.endsWith(u'%'))
        text.chop(1);
    return Fixed::parse(text);
}
} // namespace

std::optional<int> CommandLine::robustnessOptions(RobustnessOptions &options)
{
    if (has(u"weights"_s)) {
        const auto weights = percentage(option(u"weights"_s));
        if (!weights)
            return usage(tr("--weights takes a percentage from 0 to 100, such as 20%."));
        options.weights = *weights;
    } else {
        options.weights = Fixed::fromInt(20);
    }
    if (has(u"scores"_s)) {
        const auto scores = percentage(option(u"scores"_s));
        if (!scores)
            return usage(tr("--scores takes a percentage from 0 to 100, such as 5%."));
        options.scores = *scores;
    }
    if (has(u"draws"_s)) {
        bool ok = false;
        options.draws = option(u"draws"_s).toInt(&ok);
        if (!ok)
            return usage(tr("--draws must be a whole number from 1 to %1.").arg(RobustnessOptions::MaxDraws));
    }
    if (has(u"seed"_s)) {
        bool ok = false;
        options.seed = option(u"seed"_s).toULongLong(&ok);
        if (!ok)
            return usage(tr("--seed must be a whole number from 0 to %1.").arg(RobustnessOptions::MaxSeed));
    }
    if (const Status s = Robustness::check(options); !s)
        return usage(s.error().message);
    return std::nullopt;
}

int CommandLine::robustness()
{
    int year = 0;
    QString group;
    if (!requireYearAndGroup(year, group))
        return WrongUsage;
    RobustnessOptions options;
    if (const auto refused = robustnessOptions(options))
        return *refused;
    const QString format = has(u"format"_s) ? option(u"format"_s) : u"text"_s;
    if (format != u"text" && format != u"csv" && format != u"json")
        return usage(tr("--format takes text, csv or json."));
    const bool workbook = TableFile::isWorkbook(option(u"out"_s));
    if (workbook && has(u"format"_s) && format != u"csv")
        return usage(tr("--out FILE.xlsx writes the robustness table: use it without --format, or with --format csv."));
    auto db = openDatabase(false);
    if (!db)
        return fail(db.error());
    const auto result = RobustnessReport::load(**db, year, group, options);
    if (!result)
        return fail(result.error());
    if (workbook) {
        const Status s = TableFile::write(option(u"out"_s), {RobustnessReport::sheet(*result)});
        return s ? Done : fail(s.error());
    }
    if (format == u"json")
        return writeOutput(RobustnessReport::writeJson(*result));
    if (format == u"csv")
        return writeOutput(RobustnessReport::writeCsv(*result));
    return writeOutput(RobustnessReport::text(*result, textLocale()).toUtf8());
}

int CommandLine::robustnessChart()
{
    if (m_words.size() != 2)
        return usage(tr("Use: chart robustness --year Y --group G [--weights P%] [--scores Q%] "
                        "[--draws N] [--seed S] --out FILE.png|.svg|.pdf"));
    int year = 0;
    QString group;
    if (!requireYearAndGroup(year, group))
        return WrongUsage;
    const QString out = option(u"out"_s);
    if (out.isEmpty() || !ChartExport::formatOf(out))
        return usage(tr("chart needs --out with a file name ending in .png, .svg or .pdf."));
    for (const QString &name : {u"from"_s, u"to"_s, u"stacked"_s, u"units"_s}) {
        if (has(name))
            return usage(tr("chart robustness does not take --%1: it would be ignored. Nothing was done.").arg(name));
    }
    RobustnessOptions options;
    if (const auto refused = robustnessOptions(options))
        return *refused;
    auto db = openDatabase(false);
    if (!db)
        return fail(db.error());
    const auto result = RobustnessReport::load(**db, year, group, options);
    if (!result)
        return fail(result.error());
    const ChartContext context {textLocale(), result->groupName, result->bands, {}};
    const RobustnessPicture picture = RobustnessChart::build(*result, context);
    for (const QString &note : picture.notes)
        m_err << note << u'\n';
    m_err.flush();
    const Status written = ChartExport::write(picture.chart.get(), out, picture.size);
    return written ? Done : fail(written.error());
}

} // namespace parindex
