#include "decisionreadiness.h"

#include "decisionsource.h"
#include "decisionwording.h"

#include "model/bounds.h"

#include <QtCore/QLocale>
#include <QtCore/QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {

constexpr int UnitsListed = 20; // per group and kind: the rest are counted

QString groupName(const DecisionAnnex &annex)
{
    return annex.group.name.isEmpty() ? annex.group.code : annex.group.name;
}

// A unit of the annex by its name (the code when the table does not hold it).
QString unitName(const DecisionAnnex &annex, const QString &unitCode)
{
    const UnitResult *r = annex.table.find(unitCode);
    return r && !r->unitName.isEmpty() ? r->unitName : unitCode;
}

// The words around the first blank: "…vụ tại Tờ trình số ……/TTr-SNV ngày ……."
QString excerpt(const QString &text)
{
    const QStringList words = text.simplified().split(u' ');
    qsizetype at = 0;
    while (at < words.size() && !DecisionReadiness::holdsBlank(words[at]))
        ++at;
    if (at == words.size())
        at = 0;
    const qsizetype from = std::max<qsizetype>(0, at - 5);
    const qsizetype to = std::min<qsizetype>(words.size(), at + 4);
    QString part = words.mid(from, to - from).join(u' ');
    if (from > 0)
        part.prepend(u'…');
    if (to < words.size())
        part.append(u'…');
    return part;
}

// The roman numerals of "Phụ lục N" the text cites.
QList<std::pair<QString, int>> citedAnnexes(const QString &text)
{
    static const QRegularExpression cited(u"Phụ lục ([IVXLC]+)\\b"_s);
    QList<std::pair<QString, int>> list;
    for (auto it = cited.globalMatch(text); it.hasNext();) {
        const QString roman = it.next().captured(1);
        for (int n = 1; n <= 60; ++n) {
            if (DecisionWording::romanNumeral(n) == roman) {
                list.append({roman, n});
                break;
            }
        }
    }
    return list;
}

} // namespace

bool DecisionReadiness::holdsBlank(const QString &text)
{
    static const QRegularExpression blank(u"…|\\.{3,}|_{3,}"_s);
    return blank.match(text).hasMatch();
}

QStringList DecisionReadiness::criteriaWarnings(const DecisionAnnex &annex)
{
    return annex.criteria.warnings();
}

QString DecisionReadiness::printedCriteriaNote(const CriteriaTree &tree)
{
    QStringList parts;
    const QLocale vietnamese(QLocale::Vietnamese, QLocale::Vietnam);
    if (!tree.roots().isEmpty() && tree.totalMax() != Bounds::UsualTotal)
        parts.append(u"các lĩnh vực cộng lại %1 điểm, không phải %2 điểm"_s.arg(
            tree.totalMax().toString(vietnamese), Bounds::UsualTotal.toString(vietnamese)));
    for (qsizetype n = 0; n < tree.size(); ++n) {
        const Criterion &c = tree.at(n);
        if (!c.isGroup())
            continue;
        Fixed sum;
        bool any = false;
        for (qsizetype child : tree.childrenOf(n)) {
            any = true;
            if (!tree.at(child).isDeduction())
                sum += tree.at(child).maxPoints;
        }
        if (!any)
            parts.append(u"tiêu chí %1 chưa có tiêu chí thành phần"_s.arg(c.code));
        else if (sum != c.maxPoints)
            parts.append(u"các tiêu chí thành phần của %1 cộng lại %2 điểm, điểm tối đa của tiêu chí là %3 điểm"_s.arg(
                c.code, sum.toString(vietnamese), c.maxPoints.toString(vietnamese)));
    }
    if (parts.isEmpty())
        return {};
    return u"Lưu ý: điểm tối đa của bộ tiêu chí chưa khớp (%1); kết quả trong dự thảo này được tính trên bộ tiêu chí "
           "đó."_s.arg(parts.join(u"; "_s));
}

QStringList DecisionReadiness::problems(const DecisionDocument &doc, Scope scope)
{
    QStringList list;
    const DecisionTexts &t = doc.texts;
    const auto field = [&](const QString &name, const QString &value, bool required) {
        if (value.trimmed().isEmpty()) {
            if (required)
                list.append(tr("%1 is empty.").arg(name));
        } else if (holdsBlank(value)) {
            list.append(tr("%1 still holds a blank to fill in: “%2”.").arg(name, excerpt(value)));
        }
    };
    field(tr("Issuing body, first line"), t.superiorBody, true);
    field(tr("Issuing body, second line"), t.issuingBody, true);
    field(tr("Symbol after the number"), t.symbol, true);
    field(tr("Place of issue"), t.place, true);
    field(tr("Subject"), t.subject, true);
    field(tr("Issuer's title"), t.issuerTitle, true);
    if (t.bases.isEmpty())
        list.append(tr("Legal bases are empty."));
    for (qsizetype i = 0; i < t.bases.size(); ++i)
        field(tr("Legal bases, line %1").arg(i + 1), t.bases[i], false);
    field(tr("Proposal"), t.proposal, false);
    if (t.articles.isEmpty())
        list.append(tr("Articles are empty."));
    const int annexes = doc.annexCount();
    for (qsizetype i = 0; i < t.articles.size(); ++i) {
        const QString name = tr("Article %1 (Điều %1)").arg(i + 1);
        field(name, t.articles[i], false);
        for (const auto &[roman, n] : citedAnnexes(t.articles[i])) {
            if (n > annexes)
                list.append(
                    tr("%1 cites Phụ lục %2, but the decision has %n annex(es).", nullptr, annexes).arg(name, roman));
        }
    }
    for (const auto &[roman, n] : citedAnnexes(t.subject)) {
        if (n > annexes)
            list.append(tr("%1 cites Phụ lục %2, but the decision has %n annex(es).", nullptr, annexes)
                            .arg(tr("Subject"), roman));
    }
    for (qsizetype i = 0; i < t.recipients.size(); ++i)
        field(tr("Recipients, line %1").arg(i + 1), t.recipients[i], false);
    field(tr("On behalf of (TM.)"), t.signature.authority, false);
    field(tr("Capacity (KT., Q.)"), t.signature.capacity, false);
    field(tr("Signer's title"), t.signature.title, true);
    field(tr("Signer's name"), t.signature.name, true);
    field(tr("Issued by (annex heading)"), t.annexAttribution, true);
    if (scope == Scope::Issuing) {
        if (doc.number.trimmed().isEmpty())
            list.append(tr("The decision's number is missing."));
        else if (holdsBlank(doc.number))
            list.append(tr("The decision's number still holds a blank: “%1”.").arg(doc.number));
        if (!doc.date.isValid())
            list.append(tr("The decision's date is missing."));
    }

    for (const DecisionAnnex &annex : doc.annexes) {
        const QString group = groupName(annex);
        for (const QString &warning : criteriaWarnings(annex))
            list.append(tr("Group %1, criteria: %2").arg(group, warning));
        const QList<UnitResult> &incomplete = annex.table.incomplete;
        for (qsizetype i = 0; i < std::min<qsizetype>(incomplete.size(), UnitsListed); ++i)
            list.append(tr("Group %1: %2 lacks the appraised score of %n criterion(s).", nullptr,
                int(incomplete[i].missing.size()))
                            .arg(group, incomplete[i].unitName));
        if (incomplete.size() > UnitsListed)
            list.append(tr("Group %1: and %n more unit(s) without all their scores.", nullptr,
                int(incomplete.size() - UnitsListed))
                            .arg(group));
        QStringList classless;
        for (const QList<UnitResult> *results : {&annex.table.ranked, &annex.table.unranked}) {
            for (const UnitResult &r : *results) {
                if (r.isComplete() && !r.hasIndex())
                    classless.append(r.unitName);
            }
        }
        for (qsizetype i = 0; i < std::min<qsizetype>(classless.size(), UnitsListed); ++i)
            list.append(
                tr("Group %1: %2 has no index and no class: no criterion applies to it.").arg(group, classless[i]));
        if (classless.size() > UnitsListed)
            list.append(
                tr("Group %1: and %n more unit(s) without a class.", nullptr, int(classless.size() - UnitsListed))
                    .arg(group));
        const QList<Explanation> &open = annex.openExplanations;
        for (qsizetype i = 0; i < std::min<qsizetype>(open.size(), UnitsListed); ++i)
            list.append(tr("Group %1: the explanation of %2 for criterion %3 awaits the council's conclusion.")
                            .arg(group, unitName(annex, open[i].unitCode), open[i].criterionCode));
        if (open.size() > UnitsListed)
            list.append(tr("Group %1: and %n more explanation(s) awaiting the council's conclusion.", nullptr,
                int(open.size() - UnitsListed))
                            .arg(group));
        for (const ClassBands::Band &band : annex.bands.bands()) {
            if (t.classLabels.value(band.code).trimmed().isEmpty())
                list.append(tr("Class “%1” is empty.").arg(ClassBands::label(band.code)));
        }
    }
    list.removeDuplicates();
    return list;
}

Result<QStringList> DecisionReadiness::beforeFinalising(
    const Database &db, int year, const QString &groupCode, const QString &number, const QDate &date)
{
    DecisionRequest request;
    request.year = year;
    request.groupCode = groupCode;
    auto doc = DecisionSource::load(db, request);
    if (!doc)
        return doc.error();
    doc->number = number;
    doc->date = date;
    return problems(*doc, Scope::Issuing);
}

} // namespace parindex
