#pragma once

#include <QtCore/QDate>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace parindex {

// How Decree 30/2020/NĐ-CP writes numbers, dates and lists in a decision.
class DecisionWording
{
public:
    // "ngày 05 tháng 3 năm 2024": days below 10 and the months 1 and 2 take a leading zero.
    static QString writtenDate(const QDate &date);
    // The same with blanks for day and month, for a decision not yet signed: "ngày     tháng     năm 2024".
    static QString blankDate(int year);
    // I, II, III, IV... for the annexes.
    static QString romanNumeral(int number);
    // "Phụ lục II" (index from 0), or "Phụ lục" when the decision has a single annex.
    static QString annexLabel(int index, int count);
    // "a", "a; b", "a; b; c": group names contain commas, so the list uses semicolons, as real decisions do
    // ("của các sở, ban, ngành cấp tỉnh; UBND các huyện, thị xã, thành phố").
    static QString joinedList(const QStringList &items);
    // "Phụ lục I", "Phụ lục I và Phụ lục II", "Phụ lục I, Phụ lục II và Phụ lục III".
    static QString annexList(const QStringList &labels);
    // The group as printed in a decision: "Sở, ban, ngành cấp tỉnh" -> "các sở, ban, ngành cấp tỉnh";
    // "UBND cấp huyện" -> "UBND các huyện, thị xã, thành phố"; "UBND cấp xã" -> "UBND các xã, phường, thị trấn";
    // another name starting with an acronym stays as it is.
    static QString groupPhrase(const QString &groupName);
    // Who executes the decision for a group: "Thủ trưởng các sở, ban, ngành cấp tỉnh", "Chủ tịch UBND các huyện,
    // thị xã, thành phố".
    static QString addressee(const QString &groupPhrase);
    // The dotted blank a council fills in by hand.
    static QString blank();
};

} // namespace parindex
