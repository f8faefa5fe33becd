#pragma once
// A file of three years of district rankings (group HUYEN: 2021 and 2022 final, 2023 still being appraised) and one
// provisional year of departments (SO 2023), for the tests of the ranking's news (summary). One criterion of 100
// points, so that a unit's index is its value.
//
//   unit             2021 (final)    2022 (final)      2023 (provisional)
//   A  An Lão        80     #3 Tốt   82.5   #3 Tốt     95     #1 Xuất sắc
//   B  Bá Thước      70     #4 Khá   88     #2 Tốt     75     #7 Khá
//   C  Cẩm Thủy      89.5   #1 Tốt   79     #4 Khá     79     #6 Khá
//   D  Đông Sơn      60     #5 TB    79     #4 Khá     88     #3 Tốt
//   E  Hoằng Hóa     85     #2 Tốt   92.14  #1 XS      91.92  #2 Xuất sắc
//   F  Mê Linh       -  (new from 2023)                80     #5 Tốt
//   G  Ngọc Lặc      50     #6 TB    - (not in 2022)   84     #4 Tốt
//
//   average  2021: 434.5 / 6 = 72.41666… -> 72.42      2022: 420.64 / 5 = 84.128 -> 84.13
//            2023: 592.92 / 7 = 84.70285… -> 84.70;    2023-2022 = +0.57, 2023-2021 = +12.28, 2022-2021 = +11.71
//   classes  2021: XS 0, Tốt 3, Khá 1, TB 2, Yếu 0     2022: XS 1, Tốt 2, Khá 2, TB 0, Yếu 0
//            2023: XS 2, Tốt 3, Khá 2, TB 0, Yếu 0
//   changes  2023 on 2022: A +2, B -5, C -2, D +1, E -1 (F, G not ranked 2022): rise A +2, fall B -5
//            2023 on 2021: A +2, B -3, C -5, D +2, E 0, G +2: rises A, D, G +2 (tied), fall C -5
//            2022 on 2021: A 0, B +2, C -3, D +1, E +1: rise B +2, fall C -3; 2020 has no period
//
//   SO 2023 (provisional): S1 Sở Tư pháp 92.62 #1, S2 Sở Nội vụ 90.91 #2.

#include "desk/publication.h"
#include "storage/database.h"

#include <QtCore/QDate>
#include <QtCore/QString>

#include <memory>

namespace parindex::test {

inline std::unique_ptr<Database> threeYears(const QString &path)
{
    using namespace Qt::StringLiterals;
    const auto must = [](const Status &s) {
        if (!s)
            qFatal("%s", qPrintable(s.error().text()));
    };
    auto db = Database::create(path);
    if (!db)
        qFatal("%s", qPrintable(db.error().text()));
    must((*db)->saveGroup({u"SO"_s, u"Sở, ban, ngành cấp tỉnh"_s, 0}));
    must((*db)->saveGroup({u"HUYEN"_s, u"UBND cấp huyện"_s, 1}));
    QList<Unit> units;
    const auto unit = [&](const QString &code, const QString &name, const QString &group) {
        Unit u;
        u.code = code;
        u.name = name;
        u.groupCode = group;
        units.append(u);
    };
    unit(u"A"_s, u"An Lão"_s, u"HUYEN"_s);
    unit(u"B"_s, u"Bá Thước"_s, u"HUYEN"_s);
    unit(u"C"_s, u"Cẩm Thủy"_s, u"HUYEN"_s);
    unit(u"D"_s, u"Đông Sơn"_s, u"HUYEN"_s);
    unit(u"E"_s, u"Hoằng Hóa"_s, u"HUYEN"_s);
    unit(u"F"_s, u"Mê Linh"_s, u"HUYEN"_s);
    units.last().sinceYear = 2023;
    unit(u"G"_s, u"Ngọc Lặc"_s, u"HUYEN"_s);
    unit(u"S1"_s, u"Sở Tư pháp"_s, u"SO"_s);
    unit(u"S2"_s, u"Sở Nội vụ"_s, u"SO"_s);
    must((*db)->importUnits(units));

    Criterion area;
    area.code = u"1"_s;
    area.title = u"Cải cách hành chính"_s;
    area.maxPoints = Fixed::fromInt(100);
    area.kind = CriterionKind::Group;
    Criterion leaf = area;
    leaf.code = u"1.1"_s;
    leaf.title = u"Kết quả"_s;
    leaf.kind = CriterionKind::Score;
    const CriteriaTree tree = *CriteriaTree::build({area, leaf});

    const auto period = [&](int year, const QString &group, const QList<std::pair<QString, QString>> &values) {
        const auto p = (*db)->addPeriod(year, group);
        must(p ? Status() : Status(p.error()));
        must((*db)->replaceCriteria(p->id, tree));
        QList<Unit> roster;
        QList<ScoreRow> rows;
        for (const auto &[code, value] : values) {
            for (const Unit &u : std::as_const(units)) {
                if (u.code == code)
                    roster.append(u);
            }
            rows.append({code, u"1.1"_s, std::nullopt, Fixed::parse(value), std::nullopt, std::nullopt});
        }
        must((*db)->setRoster(p->id, roster));
        must((*db)->importScores(p->id, rows));
        return p->id;
    };
    const qint64 y2021 = period(2021, u"HUYEN"_s,
        {{u"A"_s, u"80"_s}, {u"B"_s, u"70"_s}, {u"C"_s, u"89.5"_s}, {u"D"_s, u"60"_s}, {u"E"_s, u"85"_s},
            {u"G"_s, u"50"_s}});
    must(Publication::finalize(**db, y2021, u"100/QĐ-UBND"_s, QDate(2022, 2, 10)));
    const qint64 y2022 = period(2022, u"HUYEN"_s,
        {{u"A"_s, u"82.5"_s}, {u"B"_s, u"88"_s}, {u"C"_s, u"79"_s}, {u"D"_s, u"79"_s}, {u"E"_s, u"92.14"_s}});
    must(Publication::finalize(**db, y2022, u"200/QĐ-UBND"_s, QDate(2023, 2, 10)));
    period(2023, u"HUYEN"_s,
        {{u"A"_s, u"95"_s}, {u"B"_s, u"75"_s}, {u"C"_s, u"79"_s}, {u"D"_s, u"88"_s}, {u"E"_s, u"91.92"_s},
            {u"F"_s, u"80"_s}, {u"G"_s, u"84"_s}});
    period(2023, u"SO"_s, {{u"S1"_s, u"92.62"_s}, {u"S2"_s, u"90.91"_s}});
    return std::move(db).value();
}

} // namespace parindex::test
