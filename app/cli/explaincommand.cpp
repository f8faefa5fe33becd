// `explain`: why a unit moved between two years of its group (issue 16); the words turned into a core request.
#include "commandline.h"

#include "desk/movementreport.h"
#include "desk/movementtext.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace parindex {

int CommandLine::explain()
{
    const QString use = tr("Use: explain --group G --unit CODE --year Y [--from Y0] [--format text|json] [--out FILE]");
    if (m_words.size() != 1)
        return usage(use);
    int year = 0;
    QString group;
    if (!requireYearAndGroup(year, group))
        return WrongUsage;
    const QString unit = option(u"unit"_s);
    if (unit.isEmpty())
        return usage(tr("explain needs --unit with the code of a unit of the group."));
    std::optional<int> from;
    if (has(u"from"_s)) {
        bool ok = false;
        from = option(u"from"_s).toInt(&ok);
        if (!ok || *from < 1900 || *from > 2999)
            return usage(tr("--from takes a year such as 2022."));
        if (*from >= year)
            return usage(tr("--from takes a year before --year (%1).").arg(year));
    }
    const QString format = has(u"format"_s) ? option(u"format"_s) : u"text"_s;
    if (format != u"text" && format != u"json")
        return usage(tr("--format takes text or json."));
    auto db = openDatabase(false);
    if (!db)
        return fail(db.error());
    const auto movement = MovementReport::explain(**db, group, unit, year, from);
    if (!movement)
        return fail(movement.error());
    QLocale locale = option(u"lang"_s) == u"vi" ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                                : QLocale(QLocale::English, QLocale::UnitedStates);
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return writeOutput(
        format == u"json" ? MovementText::json(*movement) : MovementText::text(*movement, locale).toUtf8());
}

} // namespace parindex
