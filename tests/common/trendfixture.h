#pragma once

#include "common/fixtures.h"
#include "scoring/ranking.h"
#include "scoring/trends.h"

#include <QtCore/QList>
#include <QtCore/QStringList>

// Three years of a small group, ranked by the real scoring code, for the trend and chart tests.
// Area 1 is worth 40 points, area 2 60, so a unit's index is the sum of its two values.
//
//   unit           2021          2022                  2023
//   A An           30+55 = 85 #3  36+56    = 92    #1   38+52    = 90    #2
//   B Bình         35+57 = 92 #1  30+55.5  = 85.5  #2   33+57    = 90    #2
//   C Cao          20+50 = 70 #4  25+50    = 75    #3   30+55.25 = 85.25 #4
//   D Dũng (new)   -              -                     40+55    = 95    #1
//   E Ea Súp       38+50 = 88 #2  incomplete (1.1)      30+50.33 = 80.33 #5
//   S Sở đặc thù   -              -                     40+59    = 99    not ranked (special status)
//
//   ranked average 83.75          84.17 (84.1666…)      88.12 (88.116)
//   ranked median  86.50 (85|88)  85.50                 90.00
namespace parindex::fixtures {

// "code:name:area1:area2"; an empty value is not entered; a '*' before the code: special status.
inline RankingTable trendYear(int year, const QStringList &units)
{
    RankingInput in;
    in.year = year;
    in.groupCode = QStringLiteral("HUYEN");
    in.tree = makeTree({QStringLiteral("1|Chỉ đạo, điều hành|40|group|"), QStringLiteral("1.1|Kế hoạch|40|score|"),
        QStringLiteral("2|Cải cách thủ tục hành chính|60|group|"), QStringLiteral("2.1|Thủ tục|60|score|")});
    for (QString u : units) {
        Unit unit;
        unit.ranked = !u.startsWith(u'*');
        if (!unit.ranked)
            u.remove(0, 1);
        const QStringList f = u.split(u':');
        unit.code = f[0];
        unit.name = f[1];
        unit.groupCode = in.groupCode;
        in.units.append(unit);
        QStringList entries;
        if (!f[2].isEmpty())
            entries.append(QStringLiteral("1.1=") + f[2]);
        if (!f[3].isEmpty())
            entries.append(QStringLiteral("2.1=") + f[3]);
        in.sheets.insert(unit.code, makeSheet(unit.code, entries));
    }
    return computeRanking(in);
}

// The fixture's years share one tree: each area continues its namesake, as copy-forward records it.
inline AreaLinkMap trendAreaLinks()
{
    return {{QStringLiteral("1"), {QStringLiteral("1")}}, {QStringLiteral("2"), {QStringLiteral("2")}}};
}

inline QList<RankingTable> trendYears()
{
    return {
        trendYear(2021,
            {QStringLiteral("A:An:30:55"), QStringLiteral("B:Bình:35:57"), QStringLiteral("C:Cao:20:50"),
                QStringLiteral("E:Ea Súp:38:50")}),
        trendYear(2022,
            {QStringLiteral("A:An:36:56"), QStringLiteral("B:Bình:30:55.5"), QStringLiteral("C:Cao:25:50"),
                QStringLiteral("E:Ea Súp::50")}),
        trendYear(2023,
            {QStringLiteral("A:An:38:52"), QStringLiteral("B:Bình:33:57"), QStringLiteral("C:Cao:30:55.25"),
                QStringLiteral("D:Dũng:40:55"), QStringLiteral("E:Ea Súp:30:50.33"),
                QStringLiteral("*S:Sở đặc thù:40:59")}),
    };
}

} // namespace parindex::fixtures
