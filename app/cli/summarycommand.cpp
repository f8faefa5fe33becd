// `summary`: the news of a ranking (issue 16, section 5) as text, JSON or a one-page infographic; the facts and
// their words are core's.
#include "commandline.h"

#include "desk/rankingsummary.h"
#include "desk/summarytext.h"
#include "render/charts/chartexport.h"
#include "render/charts/summarygraphic.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace parindex {

int CommandLine::summary()
{
    if (m_words.size() != 1)
        return usage(tr("Use: summary --year Y [--group G] [--unit CODE] [--format text|json] [--out FILE]"));
    bool ok = false;
    const int year = option(u"year"_s).toInt(&ok);
    if (!ok || year < 1900 || year > 2999)
        return usage(tr("This command needs --year with a year such as 2024."));
    const QString format = has(u"format"_s) ? option(u"format"_s) : u"text"_s;
    if (format != u"text" && format != u"json")
        return usage(tr("--format takes text or json."));
    const QString out = option(u"out"_s);
    const bool graphic = !out.isEmpty() && ChartExport::formatOf(out).has_value();
    if (graphic && has(u"format"_s))
        return usage(tr("--out FILE.png|.svg|.pdf draws the summary as a one-page infographic: use it without "
                        "--format."));
    auto db = openDatabase(false);
    if (!db)
        return fail(db.error());
    const auto summaries = RankingSummary::load(**db, year, option(u"group"_s), option(u"unit"_s));
    if (!summaries)
        return fail(summaries.error());
    const auto language
        = option(u"lang"_s) == u"vi" ? SummaryText::Language::Vietnamese : SummaryText::Language::English;
    if (graphic) {
        if (summaries->size() != 1)
            return usage(tr("The infographic shows one group: give --group (or --unit)."));
        const Status written = SummaryGraphic::write(summaries->first(), language, out);
        return written ? Done : fail(written.error());
    }
    if (format == u"json")
        return writeOutput(SummaryText::writeJson(*summaries, has(u"group"_s) || has(u"unit"_s)));
    return writeOutput(SummaryText::format(*summaries, language).toUtf8());
}

} // namespace parindex
