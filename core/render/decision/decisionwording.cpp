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
    if (items.size() <= 1)
        return items.value(0);
    return items.first(items.size() - 1).join(u"; "_s) + u" và "_s + items.last();
}

QString DecisionWording::groupPhrase(const QString &groupName)
{
    const QString name = groupName.trimmed();
    const QString firstWord = name.section(u' ', 0, 0).section(u',', 0, 0);
    const bool acronym = firstWord.size() > 1 && firstWord == firstWord.toUpper();
    if (name.isEmpty() || acronym)
        return name;
    return u"các "_s + name.left(1).toLower() + name.mid(1);
}

QString DecisionWording::blank()
{
    return u"……"_s;
}

} // namespace parindex
