// `trend` and `chart`: the words of formats.md turned into a core request; no logic of their own.
#include "commandline.h"

#include "desk/trendformats.h"
#include "desk/trendtables.h"
#include "io/xlsx/tablefile.h"
#include "render/charts/chartexport.h"
#include "render/charts/comparisonlistexport.h"
#include "render/charts/groupcharts.h"
#include "storage/database.h"

#include <QtCore/QDir>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
// "A, B,,C" -> A, B, C
QStringList unitList(const QString &value)
{
    QStringList units;
    for (const QString &code : value.split(u',', Qt::SkipEmptyParts)) {
        if (!code.trimmed().isEmpty())
            units.append(code.trimmed());
    }
    return units;
}

// An absent option is no year; a present one must be a year.
bool readYear(const QString &value, bool present, std::optional<int> &year)
{
    if (!present)
        return true;
    bool ok = false;
    const int y = value.toInt(&ok);
    if (!ok || y < 1900 || y > 2999)
        return false;
    year = y;
    return true;
}

QLocale numberLocale(const QString &lang)
{
    return lang == u"vi" ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                         : QLocale(QLocale::English, QLocale::UnitedStates);
}
} // namespace

int CommandLine::trend()
{
    const QString group = option(u"group"_s);
    if (group.isEmpty())
        return usage(tr("This command needs --group with a group code such as SO, HUYEN or XA."));
    std::optional<int> from;
    std::optional<int> to;
    if (!readYear(option(u"from"_s), has(u"from"_s), from) || !readYear(option(u"to"_s), has(u"to"_s), to))
        return usage(tr("--from and --to take a year such as 2022."));
    const QString format = has(u"format"_s) ? option(u"format"_s) : u"csv"_s;
    if (format != u"csv" && format != u"json")
        return usage(tr("--format takes csv or json."));
    auto db = openDatabase(false);
    if (!db)
        return fail(db.error());
    const auto series = TrendTables::trendOfGroup(**db, group, unitList(option(u"units"_s)), from, to);
    if (!series)
        return fail(series.error());
    if (TableFile::isWorkbook(option(u"out"_s))) {
        if (format != u"csv")
            return usage(tr("--out FILE.xlsx writes the trend table: use it without --format, or with --format csv."));
        const Status s = TableFile::write(option(u"out"_s), {TrendFormats::sheet(*series)});
        return s ? Done : fail(s.error());
    }
    return writeOutput(format == u"json" ? TrendFormats::writeJson(*series) : TrendFormats::writeCsv(*series));
}

int CommandLine::chart()
{
    const auto kind = chartKindFromName(m_words.value(1));
    if (!kind || m_words.size() != 2) {
        return usage(tr("Use: chart trend|compare|areas|ranks --group G [--year Y] [--units A,B] [--from Y1] [--to Y2] "
                        "--out FILE.png|.svg|.pdf, or chart robustness --year Y --group G [--weights P%] [--draws N] "
                        "[--seed S] --out FILE.png|.svg|.pdf"));
    }
    for (const QString &name : {u"weights"_s, u"scores"_s, u"draws"_s, u"seed"_s}) {
        if (has(name))
            return usage(
                tr("chart %1 does not take --%2: it would be ignored. Nothing was done.").arg(m_words.value(1), name));
    }
    ChartRequest request;
    request.kind = *kind;
    request.groupCode = option(u"group"_s);
    if (request.groupCode.isEmpty())
        return usage(tr("This command needs --group with a group code such as SO, HUYEN or XA."));
    const QString out = option(u"out"_s);
    if (out.isEmpty() || !ChartExport::formatOf(out))
        return usage(tr("chart needs --out with a file name ending in .png, .svg or .pdf."));
    if (!readYear(option(u"year"_s), has(u"year"_s), request.year))
        return usage(tr("--year takes a year such as 2024."));
    if (!readYear(option(u"from"_s), has(u"from"_s), request.fromYear)
        || !readYear(option(u"to"_s), has(u"to"_s), request.toYear))
        return usage(tr("--from and --to take a year such as 2022."));
    request.units = unitList(option(u"units"_s));
    if (request.kind == ChartKind::AreaProfile && request.units.size() != 1)
        return usage(tr("chart areas needs --units with one unit code."));
    request.stackByArea = has(u"stacked"_s);

    auto db = openDatabase(false);
    if (!db)
        return fail(db.error());
    const auto picture = GroupCharts::build(**db, request, numberLocale(option(u"lang"_s)));
    if (!picture)
        return fail(picture.error());
    for (const QString &note : picture->notes)
        m_err << note << u'\n';
    m_err.flush();
    const Status written = picture->list ? ComparisonListExport::write(*picture->list, out)
                                         : ChartExport::write(picture->chart.get(), out, picture->size);
    return written ? Done : fail(written.error());
}

} // namespace parindex
