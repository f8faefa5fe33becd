#pragma once

#include "model/classbands.h"

#include <QtCore/QJsonObject>
#include <QtCore/QMap>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace parindex {

// What the default texts of a decision are made from.
struct DecisionContext
{
    QString province; // "Minh Hòa"; empty: a dotted blank the council fills in
    int year = 0; // the year the index measures
    QStringList groupNames; // one annex per group, in this order
    bool methodologyAnnex = true;
};

// "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / the signer's name.
struct DecisionSignature
{
    QString authority; // TM. (on behalf of the committee); empty when the head signs in person
    QString capacity; // KT. / Q. (deputy, acting); empty when the head signs
    QString title;
    QString name;

    bool operator==(const DecisionSignature &) const = default;
};

// The words of a decision that the council edits per period. They are document content in Vietnamese,
// not user-interface strings: defaults follow Decree 30/2020/NĐ-CP and are built from the period.
struct DecisionTexts
{
    QString province;
    QString superiorBody; // "ỦY BAN NHÂN DÂN" (upper case, first heading line)
    QString issuingBody; // "TỈNH MINH HÒA" (upper case, bold)
    QString symbol; // "QĐ-UBND": follows the number
    QString place; // "Minh Hòa" in "Minh Hòa, ngày ..."
    QString subject; // "Về việc công bố Chỉ số cải cách hành chính năm 2023 của ..."
    QString issuerTitle; // "ỦY BAN NHÂN DÂN TỈNH MINH HÒA", above the bases
    QStringList bases; // each "Căn cứ ...;"
    QString proposal; // "Theo đề nghị của Giám đốc Sở Nội vụ."
    QStringList articles; // Điều 1, 2, 3...: the text after "Điều N."; '\n' starts a new paragraph
    QStringList recipients; // "Như Điều 3;" ... "Lưu: VT, NC." (the dash is printed, not stored)
    DecisionSignature signature;
    QString annexAttribution; // "của Ủy ban nhân dân tỉnh Minh Hòa" in "(Kèm theo Quyết định số ...)"
    QMap<ClassCode, QString> classLabels;
    bool methodologyAnnex = true;
    bool annexCharts = false; // each group's annex ends with its comparison chart

    static DecisionTexts defaults(const DecisionContext &context);

    // One JSON object, kept by storage as one TEXT value per period.
    QJsonObject toJson() const;
    // Keys that are missing or of the wrong type keep their defaults, built from the stored province
    // (or the context's when none is stored), so an older or partial document still prints whole.
    static DecisionTexts fromJson(const QJsonObject &json, DecisionContext context);

    QString classLabel(ClassCode code) const;

    bool operator==(const DecisionTexts &) const = default;
};

} // namespace parindex
