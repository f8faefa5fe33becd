#include "summarytext.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
using Language = SummaryText::Language;

bool vi(Language language)
{
    return language == Language::Vietnamese;
}

QLocale localeOf(Language language)
{
    QLocale locale = vi(language) ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                  : QLocale(QLocale::English, QLocale::UnitedStates);
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}

QString points(Fixed value, Language language)
{
    return value.toString(localeOf(language), 2);
}

// " (tạm tính)" after a figure of a year whose period is not final.
QString mark(bool published, Language language)
{
    return published ? QString() : (vi(language) ? u" (tạm tính)"_s : u" (provisional)"_s);
}

QString yearText(int year)
{
    return QString::number(year);
}

// "A", "A và B", "A, B và C".
QString joined(const QStringList &items, Language language)
{
    if (items.size() <= 1)
        return items.value(0);
    const QString conjunction = vi(language) ? u" và "_s : u" and "_s;
    return QStringList(items.mid(0, items.size() - 1)).join(u", "_s) + conjunction + items.last();
}

QString orJoined(const QStringList &items, Language language)
{
    if (items.size() <= 1)
        return items.value(0);
    const QString conjunction = vi(language) ? u" hoặc "_s : u" or "_s;
    return QStringList(items.mid(0, items.size() - 1)).join(u", "_s) + conjunction + items.last();
}

// English ordinals: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st.
QString ordinal(int n)
{
    const int tens = n % 100;
    const int units = n % 10;
    const char16_t *suffix = (tens >= 11 && tens <= 13) ? u"th"
        : units == 1                                    ? u"st"
        : units == 2                                    ? u"nd"
        : units == 3                                    ? u"rd"
                                                        : u"th";
    return QString::number(n) + QString::fromUtf16(suffix);
}

QStringList namesOf(const QList<SummaryEntry> &entries)
{
    QStringList names;
    for (const SummaryEntry &e : entries)
        names.append(e.name);
    return names;
}

QString unitsCount(int n, Language language)
{
    if (vi(language))
        return u"%1 đơn vị"_s.arg(n);
    return n == 1 ? u"1 unit"_s : u"%1 units"_s.arg(n);
}

QString heading(const GroupSummary &s, Language language)
{
    const QString name = s.groupName.isEmpty() ? s.groupCode : s.groupName;
    if (vi(language))
        return u"Chỉ số cải cách hành chính năm %1 – %2 (%3 được xếp hạng)"_s.arg(
            yearText(s.now.year), name, unitsCount(s.now.ranked, language));
    return u"PAR Index %1 – %2 (%3 ranked)"_s.arg(yearText(s.now.year), name, unitsCount(s.now.ranked, language));
}

QString draftLine(const GroupSummary &s, Language language)
{
    return vi(language)
        ? u"DỰ THẢO: kỳ đánh giá năm %1 chưa chốt kết quả, các số liệu năm %1 là tạm tính."_s.arg(yearText(s.now.year))
        : u"DRAFT: the %1 period is not final; its figures are provisional."_s.arg(yearText(s.now.year));
}

QString averageLine(const GroupSummary &s, Language language)
{
    QStringList parts;
    for (qsizetype i = 0; i < s.earlier.size(); ++i) {
        const SummaryYear &y = s.earlier[i];
        if (!y.exists) {
            // The year before has none either: one phrase for both ("năm 2020 và năm 2019 chưa có kỳ đánh giá").
            if (i > 0 && !s.earlier[i - 1].exists) {
                parts.last() = vi(language)
                    ? u"năm %1 và năm %2 chưa có kỳ đánh giá"_s.arg(s.earlier[i - 1].year).arg(y.year)
                    : u"%1 and %2 have no period"_s.arg(s.earlier[i - 1].year).arg(y.year);
                continue;
            }
            parts.append(
                vi(language) ? u"năm %1 chưa có kỳ đánh giá"_s.arg(y.year) : u"%1 has no period"_s.arg(y.year));
            continue;
        }
        if (!y.average) {
            parts.append(vi(language) ? u"năm %1 chưa có đơn vị nào được xếp hạng"_s.arg(y.year)
                                      : u"no unit was ranked in %1"_s.arg(y.year));
            continue;
        }
        const Fixed change = *s.averageChange(i);
        const QString then = SummaryText::percent(*y.average, language);
        const QString provisional = y.published ? QString() : (vi(language) ? u", tạm tính"_s : u", provisional"_s);
        if (change == Fixed()) {
            parts.append(vi(language) ? u"bằng năm %1 (%2%3)"_s.arg(yearText(y.year), then, provisional)
                                      : u"the same as in %1 (%2%3)"_s.arg(yearText(y.year), then, provisional));
        } else if (vi(language)) {
            parts.append(u"%1 %2 điểm so với năm %3 (%4%5)"_s.arg(change > Fixed() ? u"tăng"_s : u"giảm"_s,
                points(change > Fixed() ? change : -change, language), yearText(y.year), then, provisional));
        } else {
            parts.append(u"%1 %2 points on %3 (%4%5)"_s.arg(change > Fixed() ? u"up"_s : u"down"_s,
                points(change > Fixed() ? change : -change, language), yearText(y.year), then, provisional));
        }
    }
    const QString now = SummaryText::percent(*s.now.average, language) + mark(s.now.published, language);
    QString line = vi(language) ? u"Chỉ số bình quân đạt %1"_s.arg(now) : u"The average index is %1"_s.arg(now);
    if (!parts.isEmpty())
        line += u", "_s + joined(parts, language);
    return line + u'.';
}

QString classesLine(const GroupSummary &s, Language language)
{
    QStringList counted;
    QStringList none;
    for (const auto &[code, n] : s.classes) {
        if (n == 0)
            none.append(SummaryText::classLabel(code, language));
        else if (vi(language))
            counted.append(u"%1 đạt loại %2"_s.arg(unitsCount(n, language), SummaryText::classLabel(code, language)));
        else
            counted.append(u"%1 %2"_s.arg(unitsCount(n, language), SummaryText::classLabel(code, language)));
    }
    QString line = vi(language) ? u"Xếp loại: "_s : u"Classes: "_s;
    line += counted.join(u", "_s);
    if (!none.isEmpty()) {
        line += (counted.isEmpty() ? QString() : u"; "_s)
            + (vi(language) ? u"không có đơn vị nào đạt loại %1"_s.arg(orJoined(none, language))
                            : u"no unit %1"_s.arg(orJoined(none, language)));
    }
    return line + u'.';
}

QString firstLastLine(const GroupSummary &s, Language language)
{
    const SummaryEntry &top = s.first.first();
    const SummaryEntry &bottom = s.last.first();
    const QString of = QString::number(s.now.ranked);
    QString line;
    if (vi(language)) {
        line = s.first.size() == 1 ? u"Dẫn đầu là %1 với %2"_s.arg(top.name, SummaryText::percent(top.index, language))
                                   : u"Dẫn đầu là %1, cùng đạt %2"_s.arg(
                                       joined(namesOf(s.first), language), SummaryText::percent(top.index, language));
        if (bottom.rank != top.rank) {
            line += s.last.size() == 1
                ? u"; đứng cuối là %1 (thứ %2/%3) với %4"_s.arg(
                    bottom.name, QString::number(bottom.rank), of, SummaryText::percent(bottom.index, language))
                : u"; đứng cuối là %1 (cùng xếp thứ %2/%3) với %4"_s.arg(joined(namesOf(s.last), language),
                    QString::number(bottom.rank), of, SummaryText::percent(bottom.index, language));
        }
    } else {
        line = s.first.size() == 1 ? u"First: %1 with %2"_s.arg(top.name, SummaryText::percent(top.index, language))
                                   : u"First: %1, each with %2"_s.arg(
                                       joined(namesOf(s.first), language), SummaryText::percent(top.index, language));
        if (bottom.rank != top.rank) {
            line += s.last.size() == 1 ? u"; last: %1 (%2 of %3) with %4"_s.arg(
                        bottom.name, ordinal(bottom.rank), of, SummaryText::percent(bottom.index, language))
                                       : u"; last: %1 (joint %2 of %3) with %4"_s.arg(joined(namesOf(s.last), language),
                                           ordinal(bottom.rank), of, SummaryText::percent(bottom.index, language));
        }
    }
    return line + u'.';
}

// "tăng nhiều bậc nhất là Mê Linh (tăng 6 bậc, từ thứ 19 lên thứ 13)"
QString moversPart(const QList<SummaryEntry> &entries, int places, bool rise, Language language)
{
    if (entries.isEmpty()) {
        if (vi(language))
            return rise ? u"không có đơn vị nào tăng bậc"_s : u"không có đơn vị nào giảm bậc"_s;
        return rise ? u"no unit rose"_s : u"no unit fell"_s;
    }
    const auto route = [&](const SummaryEntry &e) {
        if (vi(language))
            return u"từ thứ %1 %2 thứ %3"_s.arg(
                QString::number(*e.earlierRank), rise ? u"lên"_s : u"xuống"_s, QString::number(e.rank));
        return u"from %1 to %2"_s.arg(ordinal(*e.earlierRank), ordinal(e.rank));
    };
    const QString names = joined(namesOf(entries), language);
    const QString amount = vi(language)
        ? u"%1 %2 bậc"_s.arg(rise ? u"tăng"_s : u"giảm"_s).arg(places)
        : u"%1 %2 place%3"_s.arg(rise ? u"up"_s : u"down"_s).arg(places).arg(places == 1 ? QString() : u"s"_s);
    QString detail;
    if (entries.size() == 1) {
        detail = amount + u", "_s + route(entries.first());
    } else {
        QStringList routes;
        for (const SummaryEntry &e : entries)
            routes.append(e.name + u' ' + route(e));
        detail = (vi(language) ? u"cùng "_s : u"each "_s) + amount + u": "_s + routes.join(u", "_s);
    }
    if (vi(language))
        return u"%1 nhiều bậc nhất là %2 (%3)"_s.arg(rise ? u"tăng"_s : u"giảm"_s, names, detail);
    return u"the largest %1 %2 (%3)"_s.arg(rise ? u"rise"_s : u"fall"_s, names, detail);
}

QString moversLine(const SummaryMovers &m, bool published, Language language)
{
    const QString y = yearText(m.fromYear);
    if (!m.compared) {
        return vi(language) ? u"So với năm %1: không có kết quả xếp hạng năm %1 để so sánh."_s.arg(y)
                            : u"Against %1: there is no ranking of %1 to compare with."_s.arg(y);
    }
    const QString head
        = (vi(language) ? u"So với năm %1%2: "_s : u"Against %1%2: "_s).arg(y, mark(published, language));
    return head + moversPart(m.risers, m.largestRise, true, language) + u"; "_s
        + moversPart(m.fallers, m.largestFall, false, language) + u'.';
}

// "tăng 6 bậc so với năm 2022", or the second of two in the same direction without its verb: "10 bậc so với năm
// 2021".
QString changePhrase(int change, int year, bool published, bool elided, Language language)
{
    const QString y = yearText(year) + mark(published, language);
    const int places = std::abs(change);
    if (vi(language)) {
        if (change == 0)
            return u"giữ nguyên thứ hạng so với năm %1"_s.arg(y);
        return (elided ? QString() : (change > 0 ? u"tăng "_s : u"giảm "_s))
            + u"%1 bậc so với năm %2"_s.arg(places).arg(y);
    }
    if (change == 0)
        return u"unchanged on %1"_s.arg(y);
    if (elided)
        return u"%1 on %2"_s.arg(places).arg(y);
    return u"%1 %2 place%3 on %4"_s.arg(change > 0 ? u"up"_s : u"down"_s)
        .arg(places)
        .arg(places == 1 ? QString() : u"s"_s)
        .arg(y);
}

QString absentPhrase(const SummaryUnitYear &y, Language language)
{
    if (!y.exists)
        return vi(language) ? u"năm %1 chưa có kỳ đánh giá"_s.arg(y.year) : u"%1 has no period"_s.arg(y.year);
    return vi(language) ? u"năm %1 chưa được xếp hạng"_s.arg(y.year) : u"not ranked in %1"_s.arg(y.year);
}

QString rankChangesSentence(const UnitSummary &u, bool published, Language language)
{
    QString head = vi(language) ? u"%1 xếp thứ %2/%3%4"_s : u"%1 ranks %2/%3%4"_s;
    head = head.arg(u.name, QString::number(*u.rank), QString::number(u.of), mark(published, language));
    QStringList parts;
    QList<int> notRanked; // indices of earlier years where the unit was not ranked, in a group that was
    std::optional<int> previousChange;
    for (qsizetype i = 0; i < u.earlier.size(); ++i) {
        const SummaryUnitYear &y = u.earlier[i];
        if (const auto c = u.change(i)) {
            const bool elided = previousChange && *previousChange != 0 && *c != 0 && (*previousChange > 0) == (*c > 0);
            parts.append(changePhrase(*c, y.year, y.published, elided, language));
            previousChange = c;
            continue;
        }
        previousChange.reset();
        if (y.exists)
            notRanked.append(int(i));
        else
            parts.append(absentPhrase(y, language));
    }
    if (!notRanked.isEmpty()) {
        QStringList years;
        for (int i : std::as_const(notRanked))
            years.append(vi(language) ? u"năm %1"_s.arg(u.earlier[i].year) : yearText(u.earlier[i].year));
        QString phrase = vi(language) ? u"%1 chưa được xếp hạng"_s.arg(joined(years, language))
                                      : u"not ranked in %1"_s.arg(joined(years, language));
        // The lineage hook: a merged unit names what it was formed from.
        if (!u.formedFrom.isEmpty())
            phrase = (vi(language) ? u"là đơn vị mới (hợp nhất từ %1)"_s : u"a new unit (merged from %1)"_s)
                         .arg(joined(u.formedFrom, language));
        parts.insert(notRanked.first() < parts.size() ? notRanked.first() : parts.size(), phrase);
    }
    if (parts.isEmpty())
        return head + u'.';
    return head + u", "_s + joined(parts, language) + u'.';
}

QString rankIndexSentence(const UnitSummary &u, bool published, Language language)
{
    QString line = (vi(language) ? u"%1 xếp thứ %2 với %3%4"_s : u"%1 ranks %2 with %3%4"_s)
                       .arg(u.name, vi(language) ? QString::number(*u.rank) : ordinal(*u.rank),
                           SummaryText::percent(*u.index, language), mark(published, language));
    for (const SummaryUnitYear &y : u.earlier) {
        if (!y.rank)
            continue;
        const bool same = *y.rank == *u.rank;
        if (vi(language))
            line += u", năm %1%2 %3xếp thứ %4 với %5"_s.arg(yearText(y.year), mark(y.published, language),
                same ? u"cũng "_s : QString(), QString::number(*y.rank), SummaryText::percent(*y.index, language));
        else
            line += u"; in %1%2 it %3ranked %4 with %5"_s.arg(yearText(y.year), mark(y.published, language),
                same ? u"also "_s : QString(), ordinal(*y.rank), SummaryText::percent(*y.index, language));
    }
    return line + u'.';
}
} // namespace

SummaryText::Language SummaryText::languageOf(const QLocale &locale)
{
    return locale.language() == QLocale::Vietnamese ? Language::Vietnamese : Language::English;
}

QString SummaryText::percent(Fixed value, Language language)
{
    return points(value, language) + u'%';
}

QString SummaryText::classLabel(ClassCode code, Language language)
{
    switch (code) {
    case ClassCode::Excellent:
        return vi(language) ? u"Xuất sắc"_s : u"Excellent"_s;
    case ClassCode::Good:
        return vi(language) ? u"Tốt"_s : u"Good"_s;
    case ClassCode::Fair:
        return vi(language) ? u"Khá"_s : u"Fair"_s;
    case ClassCode::Average:
        return vi(language) ? u"Trung bình"_s : u"Average"_s;
    case ClassCode::Weak:
        return vi(language) ? u"Yếu"_s : u"Weak"_s;
    }
    return {};
}

QStringList SummaryText::unitSentences(const GroupSummary &s, Language language)
{
    if (!s.unit)
        return {};
    const UnitSummary &u = *s.unit;
    const QString y = yearText(s.now.year);
    switch (u.standing) {
    case Standing::Ranked:
        return {rankChangesSentence(u, s.now.published, language), rankIndexSentence(u, s.now.published, language),
            (vi(language) ? u"Năm %1 %2 đạt loại %3%4."_s : u"In %1 %2 is classed %3%4."_s)
                .arg(y, u.name, classLabel(*u.classCode, language), mark(s.now.published, language))};
    case Standing::Incomplete:
        return {vi(language) ? u"%1 chưa được xếp hạng năm %2: còn thiếu điểm thẩm định của %3 tiêu chí."_s.arg(
                    u.name, y, QString::number(u.missing))
                             : u"%1 is not ranked in %2: appraised scores of %3 criteria are missing."_s.arg(
                                 u.name, y, QString::number(u.missing))};
    case Standing::SpecialStatus:
        return {vi(language)
                ? u"%1 là đơn vị đặc thù, không xếp hạng năm %2; chỉ số đạt %3%4, loại %5."_s.arg(u.name, y,
                    percent(*u.index, language), mark(s.now.published, language), classLabel(*u.classCode, language))
                : u"%1 is a unit of special status, not ranked in %2; its index is %3%4, class %5."_s.arg(u.name, y,
                    percent(*u.index, language), mark(s.now.published, language), classLabel(*u.classCode, language))};
    case Standing::NothingApplicable:
        return {vi(language)
                ? u"%1 chưa được xếp hạng năm %2: không có tiêu chí nào áp dụng cho đơn vị."_s.arg(u.name, y)
                : u"%1 is not ranked in %2: no criterion applies to it."_s.arg(u.name, y)};
    }
    return {};
}

QString SummaryText::format(const GroupSummary &s, Language language)
{
    QStringList lines {heading(s, language)};
    if (!s.now.published)
        lines.append(draftLine(s, language));
    if (s.now.ranked == 0) {
        lines.append(vi(language) ? u"Chưa có đơn vị nào được xếp hạng."_s : u"No unit is ranked yet."_s);
    } else {
        lines.append(u"- "_s + averageLine(s, language));
        lines.append(u"- "_s + classesLine(s, language));
        lines.append(u"- "_s + firstLastLine(s, language));
        for (const SummaryMovers &m : s.movers) {
            bool published = true;
            for (const SummaryYear &y : s.earlier) {
                if (y.year == m.fromYear)
                    published = y.published;
            }
            lines.append(u"- "_s + moversLine(m, published, language));
        }
    }
    const QStringList unit = unitSentences(s, language);
    if (!unit.isEmpty())
        lines.append(unit.join(u'\n'));
    return lines.join(u'\n') + u'\n';
}

QString SummaryText::format(const QList<GroupSummary> &summaries, Language language)
{
    QStringList parts;
    for (const GroupSummary &s : summaries)
        parts.append(format(s, language));
    return parts.join(u'\n');
}

namespace {
QJsonValue number(const std::optional<Fixed> &value)
{
    return value ? QJsonValue(value->toDouble()) : QJsonValue(QJsonValue::Null);
}

QJsonValue number(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject entryJson(const SummaryEntry &e)
{
    QJsonObject o {{u"code"_s, e.code}, {u"name"_s, e.name}, {u"rank"_s, e.rank}, {u"index"_s, e.index.toDouble()},
        {u"class"_s, classCodeName(e.classCode)}, {u"rank_change"_s, number(e.change)},
        {u"rank_change_2y"_s, number(e.change2y)}};
    if (e.earlierRank)
        o.insert(u"from_rank"_s, *e.earlierRank);
    return o;
}

QJsonArray entriesJson(const QList<SummaryEntry> &entries)
{
    QJsonArray a;
    for (const SummaryEntry &e : entries)
        a.append(entryJson(e));
    return a;
}

QJsonObject yearJson(const SummaryYear &y)
{
    return {{u"year"_s, y.year}, {u"exists"_s, y.exists}, {u"published"_s, y.published}, {u"units"_s, y.ranked},
        {u"average"_s, number(y.average)}};
}
} // namespace

QJsonObject SummaryText::json(const GroupSummary &s)
{
    QJsonObject o {{u"group"_s, s.groupCode}, {u"group_name"_s, s.groupName}, {u"year"_s, s.now.year},
        {u"published"_s, s.now.published}, {u"units"_s, s.now.ranked}, {u"average"_s, number(s.now.average)}};
    const QStringList suffixes {QString(), u"_2y"_s};
    QJsonArray years {yearJson(s.now)};
    for (qsizetype i = 0; i < s.earlier.size() && i < suffixes.size(); ++i) {
        const SummaryYear &y = s.earlier[i];
        o.insert(u"previous_year"_s + suffixes[i], y.year);
        o.insert(u"previous_published"_s + suffixes[i], y.exists ? QJsonValue(y.published) : QJsonValue());
        o.insert(u"previous_average"_s + suffixes[i], number(y.average));
        o.insert(u"average_change"_s + suffixes[i], number(s.averageChange(i)));
        years.append(yearJson(y));
    }
    o.insert(u"years"_s, years);
    QJsonObject classes;
    for (const auto &[code, n] : s.classes)
        classes.insert(classCodeName(code), n);
    o.insert(u"classes"_s, classes);
    o.insert(u"first"_s, entriesJson(s.first));
    o.insert(u"last"_s, entriesJson(s.last));
    for (qsizetype i = 0; i < s.movers.size() && i < suffixes.size(); ++i) {
        const SummaryMovers &m = s.movers[i];
        // Not compared (no ranking that year): null, not an empty list that would say nobody moved.
        o.insert(u"risers"_s + suffixes[i], m.compared ? QJsonValue(entriesJson(m.risers)) : QJsonValue());
        o.insert(u"fallers"_s + suffixes[i], m.compared ? QJsonValue(entriesJson(m.fallers)) : QJsonValue());
    }
    if (s.unit) {
        const UnitSummary &u = *s.unit;
        QJsonArray earlier;
        for (const SummaryUnitYear &y : u.earlier) {
            earlier.append(QJsonObject {{u"year"_s, y.year}, {u"exists"_s, y.exists},
                {u"published"_s, y.exists ? QJsonValue(y.published) : QJsonValue()}, {u"rank"_s, number(y.rank)},
                {u"of"_s, y.exists ? QJsonValue(y.of) : QJsonValue()}, {u"index"_s, number(y.index)},
                {u"class"_s, y.classCode ? QJsonValue(classCodeName(*y.classCode)) : QJsonValue()}});
        }
        o.insert(u"unit"_s,
            QJsonObject {{u"code"_s, u.code}, {u"name"_s, u.name}, {u"status"_s, StandingText::code(u.standing)},
                {u"rank"_s, number(u.rank)}, {u"of"_s, u.of}, {u"index"_s, number(u.index)},
                {u"class"_s, u.classCode ? QJsonValue(classCodeName(*u.classCode)) : QJsonValue()},
                {u"rank_change"_s, number(u.change(0))}, {u"rank_change_2y"_s, number(u.change(1))},
                {u"earlier"_s, earlier},
                {u"lineage"_s,
                    u.formedFrom.isEmpty() ? QJsonValue() : QJsonValue(QJsonArray::fromStringList(u.formedFrom))}});
    }
    return o;
}

QByteArray SummaryText::writeJson(const QList<GroupSummary> &summaries, bool single)
{
    if (single && summaries.size() == 1)
        return QJsonDocument(json(summaries.first())).toJson(QJsonDocument::Indented);
    QJsonArray all;
    for (const GroupSummary &s : summaries)
        all.append(json(s));
    return QJsonDocument(all).toJson(QJsonDocument::Indented);
}

} // namespace parindex
