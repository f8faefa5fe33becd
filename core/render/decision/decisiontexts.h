#pragma once

#include "model/classbands.h"

#include <QtCore/QDate>
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
    bool actionArticle = false; // an article asking the units to act on the results
    // A centrally-run city (thành phố trực thuộc trung ương: Hà Nội, Hải Phòng...), not a tỉnh: the texts say
    // "THÀNH PHỐ HẢI PHÒNG", "Ủy ban nhân dân thành phố", "Thành ủy".
    bool city = false;
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
    bool city = false; // DecisionContext::city
    QString superiorBody; // "ỦY BAN NHÂN DÂN" (upper case, first heading line)
    QString issuingBody; // "TỈNH MINH HÒA" (upper case, bold)
    QString symbol; // "QĐ-UBND": follows the number
    QString place; // "Minh Hòa" in "Minh Hòa, ngày ..."
    QString subject; // "Về việc công bố Chỉ số cải cách hành chính năm 2023 của ..."
    QString issuerTitle; // "ỦY BAN NHÂN DÂN TỈNH MINH HÒA", above the bases
    QStringList bases; // each "Căn cứ ...;"
    QString proposal; // "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 20 tháng 01 năm 2025."
    QString submissionNumber; // the Tờ trình cited by the proposal: "45/TTr-SNV" or "45"; empty: a blank
    QDate submissionDate; // invalid: a blank
    QStringList articles; // Điều 1, 2, 3...: the text after "Điều N."; '\n' starts a new paragraph
    QStringList recipients; // "Như Điều 3;" ... "Lưu: VT, NC." (the dash is printed, not stored)
    DecisionSignature signature;
    QString annexAttribution; // "của Ủy ban nhân dân tỉnh Minh Hòa" in "(Kèm theo Quyết định số ...)"
    QMap<ClassCode, QString> classLabels;
    bool methodologyAnnex = true;
    bool annexCharts = false; // each group's annex ends with its comparison chart
    bool actionArticle = false; // Điều 2 asks the units to act on the results
    // The names of the groups the texts were written for: the subject, Điều 1's annexes and the addressees follow
    // them. Texts stored for other groups are adapted (adaptedTo) before they print; empty in texts from before.
    QStringList scope;

    static DecisionTexts defaults(const DecisionContext &context);

    // One JSON object, kept by storage as one TEXT value per period.
    QJsonObject toJson() const;
    // Keys that are missing or of the wrong type keep their defaults, built from the stored province
    // (or the context's when none is stored), so an older or partial document still prints whole.
    static DecisionTexts fromJson(const QJsonObject &json, DecisionContext context);

    QString classLabel(ClassCode code) const;

    // The texts for a decision covering the context's groups: each text built from the groups (subject, Điều 1 and
    // its annexes, the addressees, "Như Điều N") that still reads as the defaults for `written` (the groups they
    // were written for; every candidate in turn when the texts do not say) is rebuilt for the context's groups;
    // the council's own words stay as they are. The province, year and annexes are the texts' own.
    DecisionTexts adaptedTo(const DecisionContext &context, const QList<QStringList> &candidates = {}) const;
    // The proposal for a submission: "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày ...".
    static QString proposalFor(const QString &submissionNumber, const QDate &submissionDate);
    // The Tờ trình changed: the proposal follows when it still reads as the default for the former one.
    DecisionTexts withSubmission(const QString &number, const QDate &date) const;
    // Adds or removes the methodology annex, and Điều 1 follows (its paragraph on the method, the annex numbers).
    DecisionTexts withMethodologyAnnex(bool on, const DecisionContext &context) const;
    // Adds or removes the article asking the units to act (as Điều 2), and "Như Điều N" follows.
    DecisionTexts withActionArticle(bool on, const DecisionContext &context) const;
    // The context these texts are the defaults of, for the groups given.
    DecisionContext contextFor(int year, const QStringList &groupNames) const;

    bool operator==(const DecisionTexts &) const = default;
};

} // namespace parindex
