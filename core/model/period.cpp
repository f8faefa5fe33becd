#include "period.h"

using namespace Qt::StringLiterals;

namespace parindex {

QString periodStatusCode(PeriodStatus status)
{
    switch (status) {
    case PeriodStatus::Draft:
        return u"draft"_s;
    case PeriodStatus::Appraising:
        return u"appraising"_s;
    case PeriodStatus::Final:
        return u"final"_s;
    }
    return {};
}

std::optional<PeriodStatus> periodStatusFromCode(QStringView code)
{
    for (PeriodStatus s : {PeriodStatus::Draft, PeriodStatus::Appraising, PeriodStatus::Final}) {
        if (code == periodStatusCode(s))
            return s;
    }
    return std::nullopt;
}

QString PeriodText::statusLabel(PeriodStatus status)
{
    switch (status) {
    case PeriodStatus::Draft:
        return tr("Draft");
    case PeriodStatus::Appraising:
        return tr("Appraising");
    case PeriodStatus::Final:
        return tr("Final");
    }
    return {};
}

} // namespace parindex
