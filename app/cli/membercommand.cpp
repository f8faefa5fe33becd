// `member add|list|remove`: the council's members on a server store and what each may change (the server enforces
// it: core/storage/serverrights.h).
#include "commandline.h"

#include "storage/database.h"

#include <QtCore/QFile>

using namespace Qt::StringLiterals;

namespace parindex {

int CommandLine::member()
{
    const QString what = m_words.value(1);
    const QString use = tr("Use: member add --login NAME --role secretary|appraiser|unit [--group G] [--areas 2,5] "
                           "[--unit CODE] [--password-stdin], member list, member remove --login NAME");
    if (m_words.size() != 2 || (what != u"add" && what != u"list" && what != u"remove"))
        return usage(use);
    if (what == u"list") {
        auto db = openDatabase(false);
        if (!db)
            return fail(db.error());
        const auto list = (*db)->members();
        if (!list)
            return fail(list.error());
        QByteArray out = "login\trole\tgroup\tareas\tunit\n";
        for (const Member &m : *list)
            out += u"%1\t%2\t%3\t%4\t%5\n"_s.arg(m.login, roleCode(m.role), m.groupCode, m.areas.join(u','), m.unitCode)
                       .toUtf8();
        return writeOutput(out);
    }
    const QString login = option(u"login"_s).trimmed();
    if (login.isEmpty())
        return usage(tr("member %1 needs --login NAME.").arg(what));
    if (what == u"remove") {
        auto db = openDatabase(true);
        if (!db)
            return fail(db.error());
        if (const Status s = (*db)->removeMember(login); !s)
            return fail(s.error());
        m_err << tr("%1 is no longer a member.").arg(login) << u'\n';
        return Done;
    }
    Member m;
    m.login = login;
    const auto role = roleFromCode(option(u"role"_s));
    if (!role)
        return usage(tr("member add needs --role secretary, appraiser or unit."));
    m.role = *role;
    m.groupCode = option(u"group"_s).trimmed();
    m.unitCode = option(u"unit"_s).trimmed();
    for (const QString &area : option(u"areas"_s).split(u',', Qt::SkipEmptyParts))
        m.areas.append(area.trimmed());
    QString password;
    if (has(u"password-stdin"_s)) {
        // The first line of standard input, never an argument (which other users see in the process list).
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return usage(tr("--password-stdin: standard input cannot be read."));
        password = QString::fromUtf8(in.readLine()).remove(u'\n').remove(u'\r');
        if (password.isEmpty())
            return usage(tr("--password-stdin: the first line of standard input is empty."));
    }
    auto db = openDatabase(true);
    if (!db)
        return fail(db.error());
    if (const Status s = (*db)->addMember(m, password); !s)
        return fail(s.error());
    const Rights rights = Rights::of(m);
    m_err << tr("%1 is a member: %2.").arg(login, rights.isSecretary() ? tr("secretary") : rights.description())
          << u'\n';
    return Done;
}

} // namespace parindex
