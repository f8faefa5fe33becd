#pragma once

#include "rankingsummary.h"

#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>
#include <QtCore/QLocale>

namespace parindex {

// The news of a ranking in words: the sentences a council's press office writes ("Hoằng Hóa xếp thứ 2 với 91,92%,
// năm 2022 cũng xếp thứ 2 với 92,14%"; "Mê Linh xếp thứ 13/30, tăng 6 bậc so với năm 2022 và 10 bậc so với năm
// 2021"), and the same facts as JSON (formats.md). Like the decision's texts, the sentences are document content
// written here in each language, not interface strings: Vietnamese numbers with a decimal comma and "%" without a
// space (vietnamese.md), names and never codes. A provisional year (its period not final) is marked "(tạm tính)"
// wherever its figures appear, and the whole text is headed DỰ THẢO when this year's is.
class SummaryText
{
public:
    enum class Language { Vietnamese, English };
    // Vietnamese for a Vietnamese locale, English otherwise.
    static Language languageOf(const QLocale &locale);

    // One group: a heading line, then a line per fact, then the unit's sentences when there is a unit.
    static QString format(const GroupSummary &summary, Language language);
    // Several groups, a blank line between them.
    static QString format(const QList<GroupSummary> &summaries, Language language);

    // The sentences on the named unit alone ("Mê Linh xếp thứ 13/30, tăng 6 bậc so với năm 2022 và 10 bậc so
    // với năm 2021."), each a line; empty without a unit.
    static QStringList unitSentences(const GroupSummary &summary, Language language);

    // A number as the text prints it: "91,92%" / "91.92%"; "1,23" / "1.23" points.
    static QString percent(Fixed value, Language language);
    // A class's label: Xuất sắc, Tốt, Khá, Trung bình, Yếu / Excellent, Good, Fair, Average, Weak.
    static QString classLabel(ClassCode code, Language language);

    // summary --format json: one object per group (formats.md), with --group a single object, else an array.
    static QJsonObject json(const GroupSummary &summary);
    static QByteArray writeJson(const QList<GroupSummary> &summaries, bool single);
};

} // namespace parindex
