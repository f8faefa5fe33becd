#include "decisionwording.h"

using namespace Qt::StringLiterals;

namespace parindex {

QString DecisionWording::writtenDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    const QString day = u"%1"_s.arg(date.day(), 2, 10, QChar(u'0'));
    const QString month
        = date.month() <= 2 ? u"%1"_s.arg(date.month(), 2, 10, QChar(u'0')) : QString::number(date.month());
    return u"ngày %1 tháng %2 năm %3"_s.arg(day, month, QString::number(date.year()));
}

QString DecisionWording::blankDate(int year)
{
    return u"ngày      tháng      năm %1"_s.arg(year);
}

QString DecisionWording::romanNumeral(int number)
{
    static const struct
    {
        int value;
        const char16_t *letters;
    } steps[] = {{1000, u"M"}, {900, u"CM"}, {500, u"D"}, {400, u"CD"}, {100, u"C"}, {90, u"XC"}, {50, u"L"},
        {40, u"XL"}, {10, u"X"}, {9, u"IX"}, {5, u"V"}, {4, u"IV"}, {1, u"I"}};
    QString text;
    for (const auto &step : steps) {
        while (number >= step.value) {
            text += QString::fromUtf16(step.letters);
            number -= step.value;
        }
    }
    return text;
}

QString DecisionWording::annexLabel(int index, int count)
{
    return count == 1 ? u"Phụ lục"_s : u"Phụ lục "_s + romanNumeral(index + 1);
}

QString DecisionWording::joinedList(const QStringList &items)
{
    return items.join(u"; "_s);
}

QString DecisionWording::annexList(const QStringList &labels)
{
    if (labels.size() <= 1)
        return labels.value(0);
    return labels.first(labels.size() - 1).join(u", "_s) + u" và "_s + labels.last();
}

QString DecisionWording::groupPhrase(const QString &groupName)
{
    const QString name = groupName.trimmed();
    // The levels of local government as real decisions name them: "UBND các huyện, thị xã, thành phố".
    static const struct
    {
        const char16_t *level;
        const char16_t *places;
    } levels[] = {{u"cấp huyện", u"các huyện, thị xã, thành phố"}, {u"cấp xã", u"các xã, phường, thị trấn"}};
    for (const auto &l : levels) {
        for (const QString &committee : {u"UBND"_s, u"Ủy ban nhân dân"_s, u"Uỷ ban nhân dân"_s}) {
            if (name.compare(committee + u' ' + QString::fromUtf16(l.level), Qt::CaseInsensitive) == 0)
                return committee + u' ' + QString::fromUtf16(l.places);
        }
    }
    const QString firstWord = name.section(u' ', 0, 0).section(u',', 0, 0);
    const bool acronym = firstWord.size() > 1 && firstWord == firstWord.toUpper();
    if (name.isEmpty() || acronym)
        return name;
    return u"các "_s + name.left(1).toLower() + name.mid(1);
}

QString DecisionWording::addressee(const QString &groupPhrase)
{
    // The head of a People's Committee is its Chủ tịch; of a department, its Thủ trưởng.
    const bool committee = groupPhrase.startsWith(u"UBND"_s) || groupPhrase.startsWith(u"Ủy ban"_s, Qt::CaseInsensitive)
        || groupPhrase.startsWith(u"Uỷ ban"_s, Qt::CaseInsensitive);
    return (committee ? u"Chủ tịch "_s : u"Thủ trưởng "_s) + groupPhrase;
}

QString DecisionWording::blank()
{
    return u"……"_s;
}

} // namespace parindex
