// `decision`: the words of formats.md turned into a DecisionRequest; the document and its PDF are core's.
#include "commandline.h"

#include "render/charts/decisioncharts.h"
#include "render/decision/decisionprint.h"
#include "render/decision/decisionsource.h"
#include "storage/database.h"

#include <QtCore/QDir>

using namespace Qt::StringLiterals;

namespace parindex {

int CommandLine::decision()
{
    DecisionRequest request;
    bool ok = false;
    request.year = option(u"year"_s).toInt(&ok);
    if (!ok || request.year < 1900 || request.year > 2999)
        return usage(tr("This command needs --year with a year such as 2024."));
    request.groupCode = option(u"group"_s);
    const QString out = option(u"out"_s);
    if (!out.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        return usage(tr("decision needs --out with a file name ending in .pdf."));
    request.number = option(u"number"_s).trimmed();
    if (has(u"date"_s)) {
        request.date = QDate::fromString(option(u"date"_s), Qt::ISODate);
        if (!request.date.isValid())
            return usage(tr("--date takes a date as YYYY-MM-DD, such as 2024-02-02."));
    }
    request.signerName = option(u"signer"_s);

    auto db = openDatabase(false);
    if (!db)
        return fail(db.error());
    auto document = DecisionSource::load(**db, request);
    if (!document)
        return fail(document.error());
    if (has(u"charts"_s) || document->texts.annexCharts)
        DecisionCharts::attach(*document);
    if (const Status written = DecisionPrint::writePdf(*document, out); !written)
        return fail(written.error());
    if (document->draft) {
        m_err << tr("%1: the period is not final, so the decision carries the draft mark (DỰ THẢO).")
                     .arg(QDir::toNativeSeparators(out))
              << u'\n';
        m_err.flush();
    }
    return Done;
}

} // namespace parindex
