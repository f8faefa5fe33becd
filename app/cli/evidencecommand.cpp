// `evidence add|list|get|remove`: the evidence documents (tài liệu kiểm chứng) of a period's cells.
#include "commandline.h"

#include "desk/filetransfer.h"
#include "storage/database.h"

#include <QtCore/QDir>

using namespace Qt::StringLiterals;

namespace parindex {

int CommandLine::evidence()
{
    const QString what = m_words.value(1);
    const QString use
        = tr("Use: evidence add --year Y --group G --unit CODE --criterion C FILE, evidence list --year Y "
             "--group G [--unit CODE], evidence get --year Y --group G --id N --out FILE, evidence remove "
             "--year Y --group G --id N");
    const bool withFile = what == u"add";
    if (!QStringList {u"add"_s, u"list"_s, u"get"_s, u"remove"_s}.contains(what)
        || m_words.size() != (withFile ? 3 : 2))
        return usage(use);
    int year = 0;
    QString group;
    if (!requireYearAndGroup(year, group))
        return WrongUsage;
    bool idOk = false;
    const qint64 id = option(u"id"_s).toLongLong(&idOk);
    if ((what == u"get" || what == u"remove") && (!idOk || id <= 0))
        return usage(tr("evidence %1 needs --id with the number evidence list shows.").arg(what));
    if (what == u"get" && option(u"out"_s).isEmpty())
        return usage(tr("evidence get needs --out FILE: a document is not printed on the terminal."));
    const QString unit = option(u"unit"_s).trimmed();
    const QString criterion = option(u"criterion"_s).trimmed();
    if (withFile && (unit.isEmpty() || criterion.isEmpty()))
        return usage(tr("evidence add needs --unit CODE and --criterion C: the cell the document shows."));

    auto db = openDatabase(what == u"add" || what == u"remove");
    if (!db)
        return fail(db.error());
    const auto period = (*db)->period(year, group);
    if (!period)
        return fail(period.error());
    if (what == u"list") {
        const auto list = (*db)->evidence(period->id, unit);
        if (!list)
            return fail(list.error());
        QByteArray out = "id\tunit\tcriterion\tname\ttype\tsize\tsha256\tadded\tadded_by\n";
        for (const Evidence &e : *list)
            out += u"%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8\t%9\n"_s
                       .arg(QString::number(e.id), e.unitCode, e.criterionCode, e.name, e.mediaType,
                           QString::number(e.size), e.sha256, e.added.toString(Qt::ISODate), e.addedBy)
                       .toUtf8();
        return writeOutput(out);
    }
    if (what == u"get") {
        if (const Status s = FileTransfer::saveEvidence(**db, period->id, id, option(u"out"_s)); !s)
            return fail(s.error());
        m_err << tr("Wrote %1.").arg(QDir::toNativeSeparators(option(u"out"_s))) << u'\n';
        return Done;
    }
    if (what == u"remove") {
        if (const Status s = (*db)->removeEvidence(period->id, id); !s)
            return fail(s.error());
        m_err << tr("Evidence document %1 was taken away from %2/%3.").arg(id).arg(year).arg(group) << u'\n';
        return Done;
    }
    const auto added = FileTransfer::attachEvidence(**db, period->id, unit, criterion, m_words[2]);
    if (!added)
        return fail(added.error());
    m_err << tr("%1 (%2) is evidence %3 of unit %4 for criterion %5.")
                 .arg(added->name, evidence::sizeText(added->size), QString::number(added->id), unit, criterion)
          << u'\n';
    return Done;
}

} // namespace parindex
