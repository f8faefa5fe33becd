// `notice`: the notices of appraisal results of a group (or of one unit) in one PDF; the document is core's.
#include "commandline.h"

#include "render/decision/noticeprint.h"
#include "storage/database.h"

#include <QtCore/QDir>

using namespace Qt::StringLiterals;

namespace parindex {

int CommandLine::notice()
{
    NoticeRequest request;
    if (!requireYearAndGroup(request.year, request.groupCode))
        return WrongUsage;
    request.unitCode = option(u"unit"_s).trimmed();
    const QString out = option(u"out"_s);
    if (!out.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        return usage(tr("notice needs --out with a file name ending in .pdf."));
    request.number = option(u"number"_s).trimmed();
    for (const auto &[name, date] :
        {std::pair {u"date"_s, &request.date}, std::pair {u"deadline"_s, &request.deadline}}) {
        if (!has(name))
            continue;
        *date = QDate::fromString(option(name), Qt::ISODate);
        if (!date->isValid())
            return usage(tr("--%1 takes a date as YYYY-MM-DD, such as 2025-03-16.").arg(name));
    }
    if (request.date.isValid() && request.deadline.isValid() && request.deadline < request.date)
        return usage(
            tr("--deadline %1 is before the notice's --date %2.").arg(option(u"deadline"_s), option(u"date"_s)));

    auto db = openDatabase(false);
    if (!db)
        return fail(db.error());
    const auto document = NoticeDocument::load(**db, request);
    if (!document)
        return fail(document.error());
    if (const Status written = NoticePrint::writePdf(*document, out); !written)
        return fail(written.error());
    m_err << tr("%1: %n notice(s) of appraisal results.", nullptr, int(document->units.size()))
                 .arg(QDir::toNativeSeparators(out))
          << u'\n';
    m_err.flush();
    return Done;
}

} // namespace parindex
