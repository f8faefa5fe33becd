#include "unitresult.h"

using namespace Qt::StringLiterals;

namespace parindex {

QString StandingText::code(Standing standing)
{
    switch (standing) {
    case Standing::Ranked:
        return u"ranked"_s;
    case Standing::Incomplete:
        return u"incomplete"_s;
    case Standing::SpecialStatus:
    case Standing::NothingApplicable:
        return u"not_ranked"_s;
    }
    return {};
}

QString StandingText::names(const QStringList &names)
{
    if (names.size() < 2)
        return names.value(0);
    return tr("%1 and %2").arg(names.mid(0, names.size() - 1).join(u", "_s), names.last());
}

QString StandingText::origin(const UnitOrigin &origin)
{
    switch (origin.kind) {
    case UnitOrigin::Kind::Renamed:
        return tr("formerly %1").arg(names(origin.names));
    case UnitOrigin::Kind::Merged:
        return tr("merged from %1").arg(names(origin.names));
    case UnitOrigin::Kind::Split:
        return tr("split from %1").arg(names(origin.names));
    }
    return {};
}

QString StandingText::reason(const UnitResult &result)
{
    switch (result.standing()) {
    case Standing::Ranked:
        return {};
    case Standing::Incomplete:
        return tr("appraised scores missing: %1").arg(result.missing.join(u", "_s));
    case Standing::SpecialStatus:
        return tr("a unit of special status, listed without a rank");
    case Standing::NothingApplicable:
        return tr("every criterion is not applicable to this unit (its applicable maximum is 0)");
    }
    return {};
}

} // namespace parindex
