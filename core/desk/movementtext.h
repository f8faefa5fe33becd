#pragma once

#include "scoring/movement.h"

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QLocale>

namespace parindex {

// Why a unit moved, in words a secretary can paste, and in the formats of `explain` (formats.md).
class MovementText
{
    Q_DECLARE_TR_FUNCTIONS(MovementText)
public:
    // Units named in the sentence's lists of passed units; more are counted ("A, B, C, D, E and 3 more").
    static constexpr int NamedUnits = 5;
    // Areas named for each direction of the change.
    static constexpr int NamedAreas = 2;

    // One paragraph, numbers in the locale's format: "Tăng 6 bậc so với năm 2023 (từ 19/30 lên 13/30), chỉ số
    // tăng 2,45 điểm (từ 85,10% lên 87,55%), chủ yếu nhờ lĩnh vực Cải cách thủ tục hành chính (+3,20 điểm);
    // giảm ở lĩnh vực Tổ chức bộ máy (-0,75 điểm). Vượt qua: A, B; bị vượt: C." The areas named are the (at
    // most NamedAreas) largest contributions in the direction of the change ("mainly thanks to" / "mainly because
    // of"), then those against it; an unchanged index names the rises, then the falls. Names, never codes.
    static QString sentence(const IndexMovement &movement, const QLocale &locale);
    // An area as the sentence and the chart name it: its title (its code when it has none).
    static QString areaName(const AreaMovement &area);
    // "+3,20", "-0,75", "0,00": the sign always written, two decimals.
    static QString signedNumber(Fixed value, const QLocale &locale);

    // `explain --format text`: a heading line, the sentence, and a table of the areas in both years.
    static QString text(const IndexMovement &movement, const QLocale &locale);
    // `explain --format json`: {"unit", "name", "group", "year", "from", "index", "previous_index", "change",
    // "points", "max", "previous_points", "previous_max", "rank", "previous_rank", "rank_change", "units",
    // "previous_units", "areas": [{"code", "title", "previous_code", "previous_title", "status" (continued, new,
    // removed), "points", "max", "previous_points", "previous_max", "contribution"}], "passed": [codes],
    // "passed_by": [codes], "rounding": "largest_remainder"}; a missing side is null.
    static QByteArray json(const IndexMovement &movement);
};

} // namespace parindex
