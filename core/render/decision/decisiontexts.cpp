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
    bases.append(u"Căn cứ Quyết định số %1/QĐ-UBND ngày %1 của Ủy ban nhân dân tỉnh %2 ban hành Bộ tiêu chí xác "
                 "định Chỉ số cải cách hành chính năm %3 của các cơ quan, đơn vị trên địa bàn tỉnh;"_s.arg(
                     DecisionWording::blank(), province, year));
    bases.append(u"Căn cứ kết quả thẩm định của Hội đồng thẩm định Chỉ số cải cách hành chính năm %1 tỉnh %2;"_s.arg(
        year, province));
    return bases;
}

QString articleOne(const DecisionContext &c, const QString &groups)
{
    const int count = int(c.groupNames.size()) + (c.methodologyAnnex ? 1 : 0);
    QStringList labels;
    for (int i = 0; i < c.groupNames.size(); ++i)
        labels.append(DecisionWording::annexLabel(i, count));
    const QString annexes = labels.size() <= 1
        ? labels.value(0)
        : labels.first(labels.size() - 1).join(u", "_s) + u" và "_s + labels.last();
    QString text = u"Công bố Chỉ số cải cách hành chính năm %1 của %2 (chi tiết tại %3 kèm theo Quyết định này)."_s.arg(
        QString::number(c.year), groups, annexes);
    if (c.methodologyAnnex) {
        text += u"\nPhương pháp xác định, xếp hạng và xếp loại Chỉ số cải cách hành chính tại %1 kèm theo Quyết "
                "định này."_s.arg(DecisionWording::annexLabel(count - 1, count));
    }
    return text;
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
    QStringList groups;
    for (const QString &name : context.groupNames)
        groups.append(DecisionWording::groupPhrase(name));
    const QString groupList = DecisionWording::joinedList(groups);

    DecisionTexts t;
    t.province = context.province.trimmed();
    t.superiorBody = u"ỦY BAN NHÂN DÂN"_s;
    t.issuingBody = u"TỈNH "_s + province.toUpper();
    t.symbol = u"QĐ-UBND"_s;
    t.place = province;
    t.subject
        = u"Về việc công bố Chỉ số cải cách hành chính năm %1 của %2"_s.arg(QString::number(context.year), groupList);
    t.issuerTitle = u"ỦY BAN NHÂN DÂN TỈNH "_s + province.toUpper();
    t.bases = defaultBases(context, province);
    t.proposal = u"Theo đề nghị của Giám đốc Sở Nội vụ."_s;
    t.articles = {
        articleOne(context, groupList),
        u"Quyết định này có hiệu lực thi hành kể từ ngày ký."_s,
        u"Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, thủ trưởng các cơ quan, đơn vị có tên tại Phụ "
        "lục kèm theo Quyết định này và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./."_s,
    };
    t.recipients = {
        u"Như Điều 3;"_s,
        u"Bộ Nội vụ (để báo cáo);"_s,
        u"Thường trực Tỉnh ủy (để báo cáo);"_s,
        u"Thường trực HĐND tỉnh (để báo cáo);"_s,
        u"Chủ tịch, các Phó Chủ tịch UBND tỉnh;"_s,
        u"Cổng Thông tin điện tử tỉnh;"_s,
        u"Lưu: VT, NC."_s,
    };
    t.signature = {u"TM. ỦY BAN NHÂN DÂN"_s, u"KT. CHỦ TỊCH"_s, u"PHÓ CHỦ TỊCH"_s, QString()};
    t.annexAttribution = u"của Ủy ban nhân dân tỉnh "_s + province;
    t.classLabels = {{ClassCode::Excellent, u"Xuất sắc"_s}, {ClassCode::Good, u"Tốt"_s}, {ClassCode::Fair, u"Khá"_s},
        {ClassCode::Average, u"Trung bình"_s}, {ClassCode::Weak, u"Yếu"_s}};
    t.methodologyAnnex = context.methodologyAnnex;
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
        {u"superiorBody"_s, superiorBody},
        {u"issuingBody"_s, issuingBody},
        {u"symbol"_s, symbol},
        {u"place"_s, place},
        {u"subject"_s, subject},
        {u"issuerTitle"_s, issuerTitle},
        {u"bases"_s, QJsonArray::fromStringList(bases)},
        {u"proposal"_s, proposal},
        {u"articles"_s, QJsonArray::fromStringList(articles)},
        {u"recipients"_s, QJsonArray::fromStringList(recipients)},
        {u"signature"_s,
            QJsonObject {{u"authority"_s, signature.authority}, {u"capacity"_s, signature.capacity},
                {u"title"_s, signature.title}, {u"name"_s, signature.name}}},
        {u"annexAttribution"_s, annexAttribution},
        {u"classLabels"_s, labels},
        {u"methodologyAnnex"_s, methodologyAnnex},
        {u"annexCharts"_s, annexCharts},
    };
}

DecisionTexts DecisionTexts::fromJson(const QJsonObject &json, DecisionContext context)
{
    context.province = text(json, u"province"_s, context.province);
    if (const QJsonValue v = json.value(u"methodologyAnnex"_s); v.isBool())
        context.methodologyAnnex = v.toBool();
    DecisionTexts t = defaults(context);
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

QString DecisionTexts::classLabel(ClassCode code) const
{
    const QString label = classLabels.value(code);
    return label.isEmpty() ? ClassBands::label(code) : label;
}

} // namespace parindex
