#include "decisiondocument.h"

#include "decisionwording.h"

using namespace Qt::StringLiterals;

namespace parindex {

QString DecisionArea::columnLabel() const
{
    return u"LV"_s + code;
}

QList<DecisionArea> DecisionAnnex::areasOf(const CriteriaTree &tree)
{
    QList<DecisionArea> areas;
    for (qsizetype root : tree.roots()) {
        const Criterion &c = tree.at(root);
        if (!c.isDeduction())
            areas.append({c.code, c.title, c.maxPoints});
    }
    return areas;
}

DecisionContext DecisionDocument::contextFor(int year, const QList<DecisionAnnex> &annexes, const QString &province)
{
    DecisionContext context;
    context.province = province;
    context.year = year;
    for (const DecisionAnnex &a : annexes)
        context.groupNames.append(a.group.name.isEmpty() ? a.group.code : a.group.name);
    return context;
}

DecisionDocument DecisionDocument::withDefaultTexts(int year, QList<DecisionAnnex> annexes, const QString &province)
{
    DecisionDocument d;
    d.year = year;
    d.texts = DecisionTexts::defaults(contextFor(year, annexes, province));
    d.annexes = std::move(annexes);
    return d;
}

QString DecisionDocument::annexLabel(int index) const
{
    return DecisionWording::annexLabel(index, annexCount());
}

QString DecisionDocument::fullNumber() const
{
    const QString n = number.trimmed();
    if (n.isEmpty())
        return u"       /"_s + texts.symbol;
    return n.contains(u'/') ? n : n + u'/' + texts.symbol;
}

QString DecisionDocument::numberLine() const
{
    return u"Số: "_s + fullNumber();
}

QString DecisionDocument::writtenDate() const
{
    return date.isValid() ? DecisionWording::writtenDate(date) : DecisionWording::blankDate(issueYear());
}

QString DecisionDocument::placeAndDate() const
{
    return texts.place + u", "_s + writtenDate();
}

QString DecisionDocument::attachedTo() const
{
    return u"(Kèm theo Quyết định số %1 %2 %3)"_s.arg(fullNumber(), writtenDate(), texts.annexAttribution);
}

QString DecisionDocument::documentTitle() const
{
    const QString subject = texts.subject.left(1).toLower() + texts.subject.mid(1);
    return number.trimmed().isEmpty() ? u"Dự thảo Quyết định %1"_s.arg(subject)
                                      : u"Quyết định số %1 %2"_s.arg(fullNumber(), subject);
}

} // namespace parindex
