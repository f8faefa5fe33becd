#include "noticedocument.h"

#include "decisionsource.h"
#include "decisionwording.h"

#include "desk/periodranking.h"
#include "scoring/sheetscore.h"
#include "storage/database.h"

#include <QtCore/QSet>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
// The sheet with the self-assessed values in the place of the appraised ones: its points are the self-assessment.
ScoreSheet selfAssessed(const ScoreSheet &sheet)
{
    ScoreSheet self = sheet;
    for (ScoreEntry &e : self.entries)
        e.appraised = e.selfValue;
    return self;
}

QString explanationLine(const Explanation &e)
{
    const QString when = e.received.toString(u"dd/MM/yyyy"_s);
    if (e.isOpen())
        return u"Giải trình ngày %1: %2"_s.arg(when, e.text);
    const QString decided = e.decided.toString(u"dd/MM/yyyy"_s);
    return e.conclusion.isEmpty()
        ? u"Giải trình ngày %1: %2 (Hội đồng đã xem xét ngày %3)"_s.arg(when, e.text, decided)
        : u"Giải trình ngày %1: %2 (Hội đồng đã xem xét ngày %3: %4)"_s.arg(when, e.text, decided, e.conclusion);
}

UnitNotice noticeOf(const RankingInput &input, const Unit &unit, const RankingTable &table,
    const QList<Explanation> &explanations, const QList<Evidence> &evidence)
{
    UnitNotice notice;
    notice.unitCode = unit.code;
    notice.unitName = unit.name;
    if (const UnitResult *r = table.find(unit.code))
        notice.result = *r;
    notice.rankedUnits = int(table.ranked.size());
    const ScoreSheet sheet = input.sheets.value(unit.code);
    const SheetScore appraised = scoreSheet(input.tree, sheet);
    const SheetScore self = scoreSheet(input.tree, selfAssessed(sheet));
    if (self.missing.isEmpty())
        notice.selfTotal = self.totalPoints;
    const QList<qsizetype> &leafList = input.tree.leaves();
    const QSet<qsizetype> leaves(leafList.cbegin(), leafList.cend());
    for (qsizetype i = 0; i < input.tree.size(); ++i) {
        const Criterion &c = input.tree.at(i);
        NoticeRow row;
        row.code = c.code;
        row.title = c.title;
        row.depth = input.tree.depthOf(i);
        row.leaf = leaves.contains(i);
        row.kind = c.kind;
        row.maxPoints = c.maxPoints;
        // A group whose every criterion is not applicable has nothing applicable left: it says so, not "0".
        row.notApplicable = appraised.notApplicable.value(i)
            || (!leaves.contains(i) && appraised.applicableMax.value(i) == Fixed() && c.maxPoints > Fixed());
        const ScoreEntry entry = sheet.entry(c.code);
        if (row.leaf) {
            row.note = entry.note;
            if (entry.selfValue)
                row.selfPoints = self.points.value(i);
            if (entry.appraised)
                row.appraisedPoints = appraised.points.value(i);
            if (c.kind == CriterionKind::Rate) {
                row.selfRate = entry.selfValue;
                row.appraisedRate = entry.appraised;
            }
        } else {
            row.selfPoints = self.points.value(i);
            row.appraisedPoints = appraised.points.value(i);
        }
        for (const Explanation &e : explanations) {
            if (e.unitCode == unit.code && e.criterionCode == c.code)
                row.explanations.append(explanationLine(e));
        }
        for (const Evidence &e : evidence) {
            if (e.unitCode == unit.code && e.criterionCode == c.code)
                row.evidence.append(e.name);
        }
        notice.rows.append(row);
    }
    return notice;
}
} // namespace

Result<NoticeDocument> NoticeDocument::load(const Database &db, const NoticeRequest &request)
{
    const auto period = db.period(request.year, request.groupCode);
    if (!period)
        return period.error();
    const auto input = loadRankingInput(db, request.year, request.groupCode);
    if (!input)
        return input.error();
    const auto table = rankPeriod(db, request.year, request.groupCode);
    if (!table)
        return table.error();
    auto texts = DecisionSource::loadTexts(db, request.year, request.groupCode);
    if (!texts)
        return texts.error();
    const auto explanations = db.explanations(period->id, request.unitCode);
    if (!explanations)
        return explanations.error();
    const auto evidence = db.evidence(period->id, request.unitCode);
    if (!evidence)
        return evidence.error();
    const auto groups = db.groups();
    if (!groups)
        return groups.error();

    NoticeDocument doc;
    doc.texts = std::move(texts).value();
    doc.year = request.year;
    doc.groupCode = request.groupCode;
    doc.groupName = request.groupCode;
    for (const UnitGroup &g : *groups) {
        if (g.code == request.groupCode)
            doc.groupName = g.name;
    }
    doc.number = request.number.trimmed();
    doc.date = request.date;
    doc.deadline = request.deadline;
    for (const Unit &u : input->units) {
        if (request.unitCode.isEmpty() || u.code == request.unitCode)
            doc.units.append(noticeOf(*input, u, *table, *explanations, *evidence));
    }
    if (doc.units.isEmpty()) {
        return Error {Error::Kind::NotFound,
            request.unitCode.isEmpty() ? tr("Group %1 has no units in %2: there is no notice to make.")
                                             .arg(doc.groupName, QString::number(request.year))
                                       : tr("Unit %1 does not take part in the %2 appraisal of %3.")
                                             .arg(request.unitCode, QString::number(request.year), doc.groupName)};
    }
    return doc;
}

QString NoticeDocument::superiorLine() const
{
    // "UBND TỈNH MINH HÒA" on one line, as the councils' letters write their superior body.
    if (texts.superiorBody.trimmed() == u"ỦY BAN NHÂN DÂN")
        return u"UBND "_s + texts.issuingBody.trimmed();
    return QString(texts.superiorBody + u' ' + texts.issuingBody).trimmed();
}

QString NoticeDocument::issuerLine() const
{
    return u"HỘI ĐỒNG THẨM ĐỊNH"_s;
}

QString NoticeDocument::numberLine() const
{
    const QString symbol = u"TB-HĐTĐ"_s;
    if (number.isEmpty())
        return u"Số:        /%1"_s.arg(symbol);
    return u"Số: %1"_s.arg(number.contains(u'/') ? number : number + u'/' + symbol);
}

QString NoticeDocument::placeAndDate() const
{
    const QString written = date.isValid() ? DecisionWording::writtenDate(date) : DecisionWording::blankDate(year + 1);
    return texts.place + u", "_s + written;
}

QString NoticeDocument::deadlineText() const
{
    return deadline.isValid() ? DecisionWording::writtenDate(deadline) : DecisionWording::blankDate(year + 1);
}

QString NoticeDocument::subject(const UnitNotice &unit) const
{
    return u"Kết quả thẩm định Chỉ số cải cách hành chính năm %1 của %2"_s.arg(QString::number(year), unit.unitName);
}

QString NoticeDocument::fileName(int year, const QString &groupCode, const QString &unitCode)
{
    QString safe = unitCode;
    for (QChar &c : safe) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'_';
    }
    return u"ThongBao_%1_%2_%3.pdf"_s.arg(QString::number(year), groupCode, safe);
}

} // namespace parindex
