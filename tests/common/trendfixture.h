#pragma once

#include "common/fixtures.h"
#include "model/lineage.h"
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
inline RankingTable trendYear(int year, const QStringList &units, const QString &groupCode = QStringLiteral("HUYEN"))
{
    RankingInput in;
    in.year = year;
    in.groupCode = groupCode;
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

// A group of communes reorganised in 2025 (issue 16), for following units through their lineage.
// Same tree (area 1 of 40 points, area 2 of 60): the index is the sum of the two values.
//
//   unit                    2023               2024                2025
//   HP Hoằng Phượng         35+55   = 90   #1  36+56.5 = 92.5 #1   -  } merged into HN in 2025
//   HQ Hoằng Quý            25+45   = 70   #7  27+44   = 71   #6   -  }
//   HX Hoằng Xuân           30+50   = 80   #4  31+52   = 83   #3   -  } (HX had absorbed O in 2024)
//   O  Hoằng Cát            31+51   = 82   #3  -                   -    merged into HX in 2024
//   HN Hoằng Phú (new)      -                  -                   37+51.75 = 88.75 #2
//   T  Thọ Lập              32+53   = 85   #2  33+54   = 87   #2   34+55    = 89    #1
//   R  Quảng Tiến           30+48.5 = 78.5 #5  31+49   = 80   #4   -    renamed RN in 2025
//   RN Phường Quảng Tiến    -                  -                   32+50    = 82    #3
//   SP Sầm Sơn              28+49   = 77   #6  29+50   = 79   #5   -    split into S1 and S2 in 2025
//   S1 Quảng Cư             -                  -                   30+51    = 81    #4
//   S2 Quảng Vinh           -                  -                   26+50    = 76    #5
//
//   ranked average  80.36 (562.5 / 7 = 80.357…)  82.08 (492.5 / 6 = 82.083…)  83.35 (416.75 / 5)
//   ranked median   80.00                        81.50 ((83 + 80) / 2)         82.00
inline QList<RankingTable> reorganisedYears()
{
    const QString group = QStringLiteral("XA");
    return {
        trendYear(2023,
            {QStringLiteral("HP:Hoằng Phượng:35:55"), QStringLiteral("HQ:Hoằng Quý:25:45"),
                QStringLiteral("HX:Hoằng Xuân:30:50"), QStringLiteral("O:Hoằng Cát:31:51"),
                QStringLiteral("T:Thọ Lập:32:53"), QStringLiteral("R:Quảng Tiến:30:48.5"),
                QStringLiteral("SP:Sầm Sơn:28:49")},
            group),
        trendYear(2024,
            {QStringLiteral("HP:Hoằng Phượng:36:56.5"), QStringLiteral("HQ:Hoằng Quý:27:44"),
                QStringLiteral("HX:Hoằng Xuân:31:52"), QStringLiteral("T:Thọ Lập:33:54"),
                QStringLiteral("R:Quảng Tiến:31:49"), QStringLiteral("SP:Sầm Sơn:29:50")},
            group),
        trendYear(2025,
            {QStringLiteral("HN:Hoằng Phú:37:51.75"), QStringLiteral("T:Thọ Lập:34:55"),
                QStringLiteral("RN:Phường Quảng Tiến:32:50"), QStringLiteral("S1:Quảng Cư:30:51"),
                QStringLiteral("S2:Quảng Vinh:26:50")},
            group),
    };
}

// "2025:HN<-HP" -> from 2025 on, HN continues HP.
inline QList<LineageLink> lineageLinks(const QStringList &texts)
{
    QList<LineageLink> links;
    for (const QString &t : texts) {
        const qsizetype colon = t.indexOf(u':');
        const QStringList codes = t.mid(colon + 1).split(QStringLiteral("<-"));
        links.append({t.left(colon).toInt(), codes.value(0), codes.value(1)});
    }
    return links;
}

// The lineage of reorganisedYears(), in the order Database::lineage() gives (year, unit, continued unit).
inline QList<LineageLink> reorganisation()
{
    return lineageLinks({QStringLiteral("2024:HX<-O"), QStringLiteral("2025:HN<-HP"), QStringLiteral("2025:HN<-HQ"),
        QStringLiteral("2025:HN<-HX"), QStringLiteral("2025:RN<-R"), QStringLiteral("2025:S1<-SP"),
        QStringLiteral("2025:S2<-SP")});
}

} // namespace parindex::fixtures
