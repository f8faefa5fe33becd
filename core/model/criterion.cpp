#include "criterion.h"

using namespace Qt::StringLiterals;

namespace parindex {

QString criterionKindCode(CriterionKind kind)
{
    switch (kind) {
    case CriterionKind::Group:
        return u"group"_s;
    case CriterionKind::Score:
        return u"score"_s;
    case CriterionKind::Rate:
        return u"rate"_s;
    case CriterionKind::Survey:
        return u"survey"_s;
    case CriterionKind::Deduction:
        return u"deduction"_s;
    }
    return {};
}

std::optional<CriterionKind> criterionKindFromCode(QStringView code)
{
    for (CriterionKind k : {CriterionKind::Group, CriterionKind::Score, CriterionKind::Rate, CriterionKind::Survey,
             CriterionKind::Deduction}) {
        if (code.compare(criterionKindCode(k), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

QString CriterionText::kindLabel(CriterionKind kind)
{
    switch (kind) {
    case CriterionKind::Group:
        return tr("Group");
    case CriterionKind::Score:
        return tr("Points");
    case CriterionKind::Rate:
        return tr("Rate");
    case CriterionKind::Survey:
        return tr("Survey");
    case CriterionKind::Deduction:
        return tr("Deduction");
    }
    return {};
}

QString Criterion::parentCode(QStringView code)
{
    const qsizetype dot = code.lastIndexOf(u'.');
    return dot < 0 ? QString() : code.left(dot).toString();
}

bool Criterion::isValidCode(QStringView code)
{
    if (code.isEmpty())
        return false;
    for (QStringView part : code.split(u'.')) {
        if (part.isEmpty() || part.size() > 4)
            return false;
        for (QChar c : part) {
            if (c < u'0' || c > u'9')
                return false;
        }
        if (part.size() > 1 && part[0] == u'0')
            return false;
    }
    return true;
}

} // namespace parindex
