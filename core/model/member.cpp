#include "member.h"

#include <QtCore/QCoreApplication>

using namespace Qt::StringLiterals;

namespace parindex {

QString roleCode(Member::Role role)
{
    switch (role) {
    case Member::Role::Secretary:
        return u"secretary"_s;
    case Member::Role::Appraiser:
        return u"appraiser"_s;
    case Member::Role::Unit:
        return u"unit"_s;
    }
    return {};
}

std::optional<Member::Role> roleFromCode(const QString &code)
{
    for (const Member::Role role : {Member::Role::Secretary, Member::Role::Appraiser, Member::Role::Unit}) {
        if (roleCode(role) == code)
            return role;
    }
    return std::nullopt;
}

QString areaOf(const QString &criterionCode)
{
    const qsizetype dot = criterionCode.indexOf(u'.');
    return dot < 0 ? criterionCode : criterionCode.left(dot);
}

bool Rights::mayAppraise(const QString &groupCode, const QString &criterionCode, const QString &unitCode) const
{
    if (everything)
        return true;
    if (!member || member->role != Member::Role::Appraiser)
        return false;
    return (member->groupCode.isEmpty() || member->groupCode == groupCode)
        && (member->areas.isEmpty() || member->areas.contains(areaOf(criterionCode)))
        && (member->unitCode.isEmpty() || member->unitCode == unitCode);
}

bool Rights::maySelfAssess(const QString &unitCode) const
{
    if (everything)
        return true;
    return member && member->role == Member::Role::Unit && member->unitCode == unitCode;
}

QString Rights::description() const
{
    if (everything)
        return {};
    if (!member)
        return QCoreApplication::translate("Rights", "not a member of the council: this login may only read");
    switch (member->role) {
    case Member::Role::Secretary:
        return {};
    case Member::Role::Unit:
        return QCoreApplication::translate("Rights",
            "%1, staff of unit %2: self-assessment and explanations of that "
            "unit only")
            .arg(member->login, member->unitCode);
    case Member::Role::Appraiser: {
        QString what = member->areas.isEmpty()
            ? QCoreApplication::translate("Rights", "every area")
            : QCoreApplication::translate("Rights", "area(s) %1").arg(member->areas.join(u", "_s));
        if (!member->groupCode.isEmpty())
            what = QCoreApplication::translate("Rights", "%1 of group %2").arg(what, member->groupCode);
        if (!member->unitCode.isEmpty())
            what = QCoreApplication::translate("Rights", "%1, unit %2").arg(what, member->unitCode);
        return QCoreApplication::translate("Rights", "%1, appraiser of %2: appraised values and notes there only")
            .arg(member->login, what);
    }
    }
    return {};
}

} // namespace parindex
