#include "decisiontexts.h"

#include "decisionwording.h"

#include <QtCore/QJsonArray>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {

constexpr ClassCode classCodes[]
    = {ClassCode::Excellent, ClassCode::Good, ClassCode::Fair, ClassCode::Average, ClassCode::Weak};

// The Law on Local Government Organisation in force when the decision on `year` is signed (early the next
// year): the 2015 law as amended in 2019, replaced on 1 July 2025.
QString localGovernmentLaw(int year)
{
    if (year >= 2025)
        return u"Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"_s;
    return u"Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số "
           "điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;"_s;
}

// "tỉnh" or "thành phố": the word before the province's name inside a sentence.
QString localityWord(const DecisionContext &c)
{
    return c.city ? u"thành phố"_s : u"tỉnh"_s;
}

QStringList defaultBases(const DecisionContext &c, const QString &province)
{
    const QString year = QString::number(c.year);
    QStringList bases = {
        localGovernmentLaw(c.year),
        u"Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải "
        "cách hành chính nhà nước giai đoạn 2021 - 2030;"_s,
    };
    if (c.year >= 2022) {
        bases.append(u"Căn cứ Quyết định số 876/QĐ-BNV ngày 10 tháng 11 năm 2022 của Bộ trưởng Bộ Nội vụ phê duyệt "
                     "Đề án “Xác định Chỉ số cải cách hành chính của các bộ, cơ quan ngang bộ, Ủy ban nhân dân các "
                     "tỉnh, thành phố trực thuộc trung ương giai đoạn 2022 - 2030”;"_s);
    }
    const QString locality = localityWord(c);
    bases.append(u"Căn cứ Quyết định số %1/QĐ-UBND ngày %1 của Ủy ban nhân dân %2 %3 ban hành Bộ tiêu chí xác "
                 "định Chỉ số cải cách hành chính năm %4 của các cơ quan, đơn vị trên địa bàn %2;"_s.arg(
                     DecisionWording::blank(), locality, province, year));
    bases.append(u"Căn cứ kết quả thẩm định của Hội đồng thẩm định Chỉ số cải cách hành chính năm %1 %2 %3;"_s.arg(
        year, locality, province));
    return bases;
}

QStringList groupPhrases(const DecisionContext &c)
{
    QStringList groups;
    for (const QString &name : c.groupNames)
        groups.append(DecisionWording::groupPhrase(name));
    return groups;
}

int annexCount(const DecisionContext &c)
{
    return int(c.groupNames.size()) + (c.methodologyAnnex ? 1 : 0);
}

// "Phụ lục I và Phụ lục II": the annexes of the groups.
QString groupAnnexes(const DecisionContext &c)
{
    QStringList labels;
    for (int i = 0; i < c.groupNames.size(); ++i)
        labels.append(DecisionWording::annexLabel(i, annexCount(c)));
    return DecisionWording::annexList(labels);
}

// "Phụ lục III": the annex of the methodology (the last one).
QString methodAnnex(const DecisionContext &c)
{
    return DecisionWording::annexLabel(annexCount(c) - 1, annexCount(c));
}

// "Phụ lục I", "các Phụ lục I và Phụ lục II": where the units are listed.
QString annexesOfUnits(const DecisionContext &c)
{
    return c.groupNames.size() > 1 ? u"các "_s + groupAnnexes(c) : groupAnnexes(c);
}

QString articleOne(const DecisionContext &c)
{
    QString text
        = u"Phê duyệt và công bố Chỉ số cải cách hành chính năm %1 của %2 (chi tiết tại %3 kèm theo Quyết định này)."_s
              .arg(QString::number(c.year), DecisionWording::joinedList(groupPhrases(c)), groupAnnexes(c));
    if (c.methodologyAnnex) {
        text += u"\nPhương pháp xác định, xếp hạng và xếp loại Chỉ số cải cách hành chính được quy định tại %1 kèm "
                "theo Quyết định này."_s.arg(methodAnnex(c));
    }
    return text;
}

QString actionArticleText(const DecisionContext &c)
{
    return u"Các cơ quan, đơn vị có tên tại %1 căn cứ kết quả Chỉ số cải cách hành chính năm %2 có giải pháp đẩy mạnh "
           "cải cách hành chính, cải thiện Chỉ số cải cách hành chính của cơ quan, đơn vị mình trong những năm tiếp "
           "theo."_s.arg(annexesOfUnits(c), QString::number(c.year));
}

QString executionArticle(const DecisionContext &c)
{
    QStringList heads;
    for (const QString &phrase : groupPhrases(c))
        heads.append(DecisionWording::addressee(phrase));
    heads.removeAll(QString());
    return u"Chánh Văn phòng Ủy ban nhân dân %1, Giám đốc Sở Nội vụ, %2 và các cơ quan, đơn vị có liên quan chịu "
           "trách nhiệm thi hành Quyết định này./."_s.arg(localityWord(c), heads.join(u", "_s));
}

QStringList defaultArticles(const DecisionContext &c)
{
    QStringList articles {articleOne(c)};
    if (c.actionArticle)
        articles.append(actionArticleText(c));
    articles.append(u"Quyết định này có hiệu lực thi hành kể từ ngày ký."_s);
    articles.append(executionArticle(c));
    return articles;
}

QString subjectOf(const DecisionContext &c)
{
    return u"Về việc phê duyệt và công bố Chỉ số cải cách hành chính năm %1 của %2"_s.arg(
        QString::number(c.year), DecisionWording::joinedList(groupPhrases(c)));
}

QString executionRecipient(int articles)
{
    return u"Như Điều %1;"_s.arg(articles);
}

QStringList stringList(const QJsonValue &value, const QStringList &fallback)
{
    if (!value.isArray())
        return fallback;
    QStringList list;
    for (const QJsonValue &v : value.toArray()) {
        if (!v.isString())
            return fallback;
        list.append(v.toString());
    }
    return list;
}

QString text(const QJsonObject &json, const QString &key, const QString &fallback)
{
    const QJsonValue v = json.value(key);
    return v.isString() ? v.toString() : fallback;
}

} // namespace

DecisionTexts DecisionTexts::defaults(const DecisionContext &context)
{
    const QString province
        = context.province.trimmed().isEmpty() ? DecisionWording::blank() : context.province.trimmed();

    const QString locality = localityWord(context);

    DecisionTexts t;
    t.province = context.province.trimmed();
    t.city = context.city;
    t.superiorBody = u"ỦY BAN NHÂN DÂN"_s;
    t.issuingBody = locality.toUpper() + u' ' + province.toUpper();
    t.symbol = u"QĐ-UBND"_s;
    t.place = province;
    t.subject = subjectOf(context);
    t.issuerTitle = u"ỦY BAN NHÂN DÂN "_s + t.issuingBody;
    t.bases = defaultBases(context, province);
    t.proposal = proposalFor({}, {});
    t.articles = defaultArticles(context);
    t.recipients = {
        executionRecipient(int(t.articles.size())),
        u"Bộ Nội vụ (để báo cáo);"_s,
        context.city ? u"Thường trực Thành ủy (để báo cáo);"_s : u"Thường trực Tỉnh ủy (để báo cáo);"_s,
        u"Thường trực HĐND %1 (để báo cáo);"_s.arg(locality),
        u"Chủ tịch, các Phó Chủ tịch UBND %1;"_s.arg(locality),
        u"Cổng Thông tin điện tử %1;"_s.arg(locality),
        u"Lưu: VT, NC."_s,
    };
    t.signature = {u"TM. ỦY BAN NHÂN DÂN"_s, u"KT. CHỦ TỊCH"_s, u"PHÓ CHỦ TỊCH"_s, QString()};
    t.annexAttribution = u"của Ủy ban nhân dân %1 %2"_s.arg(locality, province);
    t.classLabels = {{ClassCode::Excellent, u"Xuất sắc"_s}, {ClassCode::Good, u"Tốt"_s}, {ClassCode::Fair, u"Khá"_s},
        {ClassCode::Average, u"Trung bình"_s}, {ClassCode::Weak, u"Yếu"_s}};
    t.methodologyAnnex = context.methodologyAnnex;
    t.actionArticle = context.actionArticle;
    t.scope = context.groupNames;
    return t;
}

QJsonObject DecisionTexts::toJson() const
{
    QJsonObject labels;
    for (auto it = classLabels.cbegin(); it != classLabels.cend(); ++it)
        labels.insert(classCodeName(it.key()), it.value());
    return {
        {u"version"_s, 1},
        {u"province"_s, province},
        {u"city"_s, city},
        {u"superiorBody"_s, superiorBody},
        {u"issuingBody"_s, issuingBody},
        {u"symbol"_s, symbol},
        {u"place"_s, place},
        {u"subject"_s, subject},
        {u"issuerTitle"_s, issuerTitle},
        {u"bases"_s, QJsonArray::fromStringList(bases)},
        {u"proposal"_s, proposal},
        {u"submissionNumber"_s, submissionNumber},
        {u"submissionDate"_s, submissionDate.isValid() ? submissionDate.toString(Qt::ISODate) : QString()},
        {u"articles"_s, QJsonArray::fromStringList(articles)},
        {u"recipients"_s, QJsonArray::fromStringList(recipients)},
        {u"signature"_s,
            QJsonObject {{u"authority"_s, signature.authority}, {u"capacity"_s, signature.capacity},
                {u"title"_s, signature.title}, {u"name"_s, signature.name}}},
        {u"annexAttribution"_s, annexAttribution},
        {u"classLabels"_s, labels},
        {u"methodologyAnnex"_s, methodologyAnnex},
        {u"annexCharts"_s, annexCharts},
        {u"actionArticle"_s, actionArticle},
        {u"scope"_s, QJsonArray::fromStringList(scope)},
    };
}

DecisionTexts DecisionTexts::fromJson(const QJsonObject &json, DecisionContext context)
{
    context.province = text(json, u"province"_s, context.province);
    if (const QJsonValue v = json.value(u"city"_s); v.isBool())
        context.city = v.toBool();
    if (const QJsonValue v = json.value(u"methodologyAnnex"_s); v.isBool())
        context.methodologyAnnex = v.toBool();
    if (const QJsonValue v = json.value(u"actionArticle"_s); v.isBool())
        context.actionArticle = v.toBool();
    const bool scoped = json.value(u"scope"_s).isArray();
    if (scoped)
        context.groupNames = stringList(json.value(u"scope"_s), context.groupNames);
    DecisionTexts t = defaults(context);
    if (!scoped)
        t.scope.clear(); // written before texts said their groups: adaptedTo tries the candidates
    t.submissionNumber = text(json, u"submissionNumber"_s, t.submissionNumber);
    t.submissionDate = QDate::fromString(text(json, u"submissionDate"_s, QString()), Qt::ISODate);
    t.superiorBody = text(json, u"superiorBody"_s, t.superiorBody);
    t.issuingBody = text(json, u"issuingBody"_s, t.issuingBody);
    if (const QJsonValue v = json.value(u"annexCharts"_s); v.isBool())
        t.annexCharts = v.toBool();
    t.symbol = text(json, u"symbol"_s, t.symbol);
    t.place = text(json, u"place"_s, t.place);
    t.subject = text(json, u"subject"_s, t.subject);
    t.issuerTitle = text(json, u"issuerTitle"_s, t.issuerTitle);
    t.bases = stringList(json.value(u"bases"_s), t.bases);
    t.proposal = text(json, u"proposal"_s, t.proposal);
    t.articles = stringList(json.value(u"articles"_s), t.articles);
    t.recipients = stringList(json.value(u"recipients"_s), t.recipients);
    const QJsonObject sig = json.value(u"signature"_s).toObject();
    t.signature.authority = text(sig, u"authority"_s, t.signature.authority);
    t.signature.capacity = text(sig, u"capacity"_s, t.signature.capacity);
    t.signature.title = text(sig, u"title"_s, t.signature.title);
    t.signature.name = text(sig, u"name"_s, t.signature.name);
    t.annexAttribution = text(json, u"annexAttribution"_s, t.annexAttribution);
    const QJsonObject labels = json.value(u"classLabels"_s).toObject();
    for (ClassCode code : classCodes)
        t.classLabels[code] = text(labels, classCodeName(code), t.classLabels.value(code));
    return t;
}

DecisionContext DecisionTexts::contextFor(int year, const QStringList &groupNames) const
{
    DecisionContext c;
    c.province = province;
    c.city = city;
    c.year = year;
    c.groupNames = groupNames;
    c.methodologyAnnex = methodologyAnnex;
    c.actionArticle = actionArticle;
    return c;
}

namespace {
// The texts built from `was` (the groups, the annexes) rebuilt for `now`: whole texts that read as the defaults,
// then the phrases built from them inside texts the council edited.
void rebuild(DecisionTexts &t, const DecisionContext &was, const DecisionContext &now)
{
    const QList<std::pair<QString, QString>> whole = {
        {subjectOf(was), subjectOf(now)},
        {executionArticle(was), executionArticle(now)},
        {articleOne(was), articleOne(now)},
        {actionArticleText(was), actionArticleText(now)},
    };
    const auto methodParagraph = [](const DecisionContext &c) {
        const QString one = articleOne(c);
        const qsizetype at = one.indexOf(u'\n');
        return at < 0 ? QString() : one.mid(at);
    };
    const auto adapt = [&](QString &text) {
        for (const auto &[from, to] : whole) {
            if (text == from) {
                text = to;
                return;
            }
        }
        if (was.methodologyAnnex && !now.methodologyAnnex)
            text.remove(methodParagraph(was));
        if (was.methodologyAnnex && now.methodologyAnnex)
            text.replace(u"quy định tại "_s + methodAnnex(was), u"quy định tại "_s + methodAnnex(now));
        const QList<std::pair<QString, QString>> parts = {
            {u"của "_s + DecisionWording::joinedList(groupPhrases(was)),
                u"của "_s + DecisionWording::joinedList(groupPhrases(now))},
            {u"tại "_s + groupAnnexes(was) + u" kèm theo"_s, u"tại "_s + groupAnnexes(now) + u" kèm theo"_s},
            {u"có tên tại "_s + annexesOfUnits(was), u"có tên tại "_s + annexesOfUnits(now)},
        };
        for (const auto &[from, to] : parts) {
            if (from != to)
                text.replace(from, to);
        }
    };
    adapt(t.subject);
    for (QString &article : t.articles)
        adapt(article);
}
} // namespace

DecisionTexts DecisionTexts::adaptedTo(const DecisionContext &context, const QList<QStringList> &candidates) const
{
    DecisionTexts t = *this;
    const DecisionContext now = contextFor(context.year, context.groupNames);
    const QList<QStringList> written = scope.isEmpty() ? candidates : QList<QStringList> {scope};
    for (const QStringList &groups : written) {
        if (groups != context.groupNames)
            rebuild(t, contextFor(context.year, groups), now);
    }
    if (t.articles.size() == defaults(now).articles.size()) {
        for (QString &recipient : t.recipients) {
            if (recipient.startsWith(u"Như Điều "_s))
                recipient = executionRecipient(int(t.articles.size()));
        }
    }
    t.scope = context.groupNames;
    return t;
}

DecisionTexts DecisionTexts::withMethodologyAnnex(bool on, const DecisionContext &context) const
{
    DecisionTexts t = *this;
    if (on == methodologyAnnex)
        return t;
    DecisionContext was = contextFor(context.year, context.groupNames);
    DecisionContext now = was;
    now.methodologyAnnex = on;
    rebuild(t, was, now);
    t.methodologyAnnex = on;
    return t;
}

QString DecisionTexts::proposalFor(const QString &submissionNumber, const QDate &submissionDate)
{
    QString number = submissionNumber.trimmed();
    if (number.isEmpty())
        number = DecisionWording::blank() + u"/TTr-SNV"_s;
    else if (!number.contains(u'/'))
        number += u"/TTr-SNV"_s;
    const QString date = submissionDate.isValid() ? DecisionWording::writtenDate(submissionDate)
                                                  : u"ngày "_s + DecisionWording::blank();
    return u"Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số %1 %2."_s.arg(number, date);
}

DecisionTexts DecisionTexts::withSubmission(const QString &number, const QDate &date) const
{
    DecisionTexts t = *this;
    if (proposal == proposalFor(submissionNumber, submissionDate) || proposal.trimmed().isEmpty())
        t.proposal = proposalFor(number, date);
    t.submissionNumber = number.trimmed();
    t.submissionDate = date;
    return t;
}

DecisionTexts DecisionTexts::withActionArticle(bool on, const DecisionContext &context) const
{
    DecisionTexts t = *this;
    if (on == actionArticle)
        return t;
    t.actionArticle = on;
    DecisionContext c = contextFor(context.year, context.groupNames);
    c.actionArticle = on;
    if (on)
        t.articles.insert(std::min<qsizetype>(1, t.articles.size()), actionArticleText(c));
    else if (t.articles.size() > 1)
        t.articles.removeAt(1);
    for (QString &recipient : t.recipients) {
        if (recipient.startsWith(u"Như Điều "_s))
            recipient = executionRecipient(int(t.articles.size()));
    }
    return t;
}

QString DecisionTexts::classLabel(ClassCode code) const
{
    const QString label = classLabels.value(code);
    return label.isEmpty() ? ClassBands::label(code) : label;
}

} // namespace parindex
