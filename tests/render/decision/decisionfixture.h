#pragma once

#include "render/decision/decisiondocument.h"
#include "scoring/ranking.h"

#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QStringList>

#include <optional>

// Hand-made rankings for the decision tests: eight areas worth 100 points, the way a province's criteria
// are usually split, and units whose index is given; ranks come from the real scoring code.
namespace parindex::fixtures {

inline const QList<DecisionArea> &eightAreas()
{
    static const QList<DecisionArea> areas = {
        {QStringLiteral("1"), QStringLiteral("Công tác chỉ đạo, điều hành cải cách hành chính"), Fixed::fromInt(9)},
        {QStringLiteral("2"), QStringLiteral("Cải cách thể chế"), Fixed::fromInt(5)},
        {QStringLiteral("3"), QStringLiteral("Cải cách thủ tục hành chính"), Fixed::fromInt(16)},
        {QStringLiteral("4"), QStringLiteral("Cải cách tổ chức bộ máy hành chính"), Fixed::fromInt(7)},
        {QStringLiteral("5"), QStringLiteral("Cải cách chế độ công vụ"), Fixed::fromInt(10)},
        {QStringLiteral("6"), QStringLiteral("Cải cách tài chính công"), Fixed::fromInt(7)},
        {QStringLiteral("7"), QStringLiteral("Xây dựng, phát triển Chính quyền điện tử, Chính quyền số"),
            Fixed::fromInt(16)},
        {QStringLiteral("8"), QStringLiteral("Tác động của cải cách hành chính đến người dân, tổ chức"),
            Fixed::fromInt(30)},
    };
    return areas;
}

// A unit of index `index` (out of 100): its points spread over the areas in proportion to their maxima.
inline UnitResult unitWithIndex(const QString &code, const QString &name, const QString &index, bool ranked = true)
{
    UnitResult r;
    r.unitCode = code;
    r.unitName = name;
    r.index = *Fixed::parse(index);
    r.points = r.index;
    r.max = Fixed::fromInt(100);
    r.classCode = ClassBands::defaults().classify(r.index);
    r.ranked = ranked;
    Fixed spread;
    for (qsizetype i = 0; i < eightAreas().size(); ++i) {
        const DecisionArea &a = eightAreas()[i];
        const Fixed points
            = i + 1 < eightAreas().size() ? Fixed::percentOf(r.index, a.maxPoints).rounded(2) : r.points - spread;
        spread += points;
        r.areas.append({a.code, a.title, points, a.maxPoints, Fixed::percent(points, a.maxPoints)});
    }
    return r;
}

// "code:name:index" for ranked units; ranks and order from assignCompetitionRanks.
inline DecisionAnnex annexOf(const QString &groupCode, const QString &groupName, const QStringList &units,
    const QList<UnitResult> &unranked = {}, const QList<UnitResult> &incomplete = {})
{
    DecisionAnnex annex;
    annex.group = {groupCode, groupName, 0};
    annex.areas = eightAreas();
    annex.table.year = 2023;
    annex.table.groupCode = groupCode;
    annex.table.totalMax = Fixed::fromInt(100);
    for (const QString &u : units) {
        const QStringList f = u.split(u':');
        annex.table.ranked.append(unitWithIndex(f[0], f[1], f[2]));
    }
    assignCompetitionRanks(annex.table.ranked);
    annex.table.unranked = unranked;
    annex.table.incomplete = incomplete;
    return annex;
}

// Thanh Hóa's districts in 2023 (the two first are the published figures), and a tie.
inline DecisionAnnex districts()
{
    return annexOf(QStringLiteral("HUYEN"), QStringLiteral("UBND cấp huyện"),
        {QStringLiteral("DS:Đông Sơn:92.15"), QStringLiteral("HH:Hoằng Hóa:91.92"), QStringLiteral("TX:Thọ Xuân:88.4"),
            QStringLiteral("NS:Nông Cống:88.4"), QStringLiteral("QX:Quảng Xương:79.99"),
            QStringLiteral("MT:Mường Lát:64.5")});
}

// A final decision of the province, signed 02/02/2024.
inline DecisionDocument finalDecision(QList<DecisionAnnex> annexes)
{
    DecisionDocument doc = DecisionDocument::withDefaultTexts(2023, std::move(annexes), QStringLiteral("Minh Hòa"));
    doc.number = QStringLiteral("600/QĐ-UBND");
    doc.date = QDate(2024, 2, 2);
    doc.draft = false;
    doc.texts.signature.name = QStringLiteral("Nguyễn Văn Thắng");
    return doc;
}

// Long commune names, some on two or three lines of the unit column.
inline QList<UnitResult> communes(int count)
{
    static const QStringList names = {
        QStringLiteral("UBND xã Hoằng Đạt"),
        QStringLiteral("UBND phường Nguyễn Trãi thuộc thành phố Minh Hòa (đơn vị hành chính mới sáp nhập năm 2025)"),
        QStringLiteral("UBND xã Ea Kuếh"),
        QStringLiteral("UBND xã Quảng Điền, huyện miền núi đặc biệt khó khăn"),
        QStringLiteral("UBND thị trấn Ưng Hòa"),
    };
    QList<UnitResult> list;
    for (int i = 0; i < count; ++i) {
        const QString index = Fixed::fromRaw(1000000 - qint64(i % 4000) * 97).toString(2);
        list.append(unitWithIndex(QStringLiteral("X%1").arg(i, 4, 10, QLatin1Char('0')),
            names[i % names.size()] + QStringLiteral(" số %1").arg(i + 1), index));
    }
    assignCompetitionRanks(list);
    return list;
}

// What a poppler tool prints, or nothing when poppler-utils are not installed.
inline std::optional<QString> poppler(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return std::nullopt;
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace parindex::fixtures
