#pragma once
// A long group to print: 120 ranked communes with one rank each, one unit still missing its survey, one to which
// no criterion applies, and a unit with a very long name. Year 2024, group XA ("UBND các xã, phường, thị trấn"),
// on the small tree of tests/io/iofixture.h (100 points: 1.1.1 2, 1.1.2 rate, 1.2 6, 1.3 deduction, survey 90).
//
// Commune i (1 to 120) gets everything in area 1 (10 points) and 90 - (i - 1) x 0.5 in the survey: its index is
// 100 - (i - 1) x 0.5, so G001 is first with 100 (excellent) and G120 last with 40.5 (weak), every rank distinct.

#include "../io/iofixture.h"

#include "storage/database.h"

namespace parindex::test {

using namespace Qt::StringLiterals;

inline constexpr int longGroupRanked = 120;

inline QString longGroupCode(int i)
{
    return u"G%1"_s.arg(i, 3, 10, QLatin1Char('0'));
}

// The long unit name, wrapped in the printed table.
inline QString longGroupLongName()
{
    return u"UBND phường Trung tâm thành phố trực thuộc tỉnh, đơn vị hành chính cấp xã loại I sau sắp xếp năm 2024"_s;
}

inline bool makeLongGroup(const QString &path)
{
    using namespace parindex::iotest;
    auto db = Database::create(path);
    if (!db)
        return false;
    if (!(*db)->saveGroup({u"XA"_s, u"UBND các xã, phường, thị trấn"_s, 0}))
        return false;
    QList<Unit> units;
    for (int i = 1; i <= longGroupRanked; ++i)
        units.append(unit(longGroupCode(i), i == 7 ? longGroupLongName() : u"UBND xã Số %1"_s.arg(i), u"XA"_s));
    units.append(unit(u"CHUA"_s, u"UBND xã Chưa Đủ"_s, u"XA"_s));
    units.append(unit(u"KAD"_s, u"UBND xã Không Áp Dụng"_s, u"XA"_s));
    if (!(*db)->importUnits(units))
        return false;
    const auto period = (*db)->addPeriod(2024, u"XA"_s);
    if (!period || !(*db)->replaceCriteria(period->id, sampleTree()))
        return false;
    QList<ScoreRow> rows;
    const auto value = [](const QString &text) { return Fixed::parse(text); };
    const auto add = [&](const QString &code, const QString &criterion, const QString &appraised) {
        rows.append({code, criterion, std::nullopt, value(appraised), std::nullopt, std::nullopt});
    };
    for (int i = 1; i <= longGroupRanked + 1; ++i) {
        const QString code = i <= longGroupRanked ? longGroupCode(i) : u"CHUA"_s;
        add(code, u"1.1.1"_s, u"2"_s);
        add(code, u"1.1.2"_s, u"100"_s);
        add(code, u"1.2"_s, u"6"_s);
        add(code, u"1.3"_s, u"0"_s);
        if (i <= longGroupRanked) { // CHUA misses its survey: incomplete
            const int halves = 180 - (i - 1); // 90 - (i - 1) x 0.5, in halves
            add(code, u"2"_s, QString::number(halves / 2) + (halves % 2 ? u".5"_s : QString()));
        }
    }
    for (const QString &criterion : {u"1.1.1"_s, u"1.1.2"_s, u"1.2"_s, u"1.3"_s, u"2"_s})
        rows.append({u"KAD"_s, criterion, std::nullopt, std::nullopt, true, std::nullopt});
    return bool((*db)->importScores(period->id, rows));
}

} // namespace parindex::test
