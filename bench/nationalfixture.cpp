#include "nationalfixture.h"

#include <QtCore/QRandomGenerator>

using namespace Qt::StringLiterals;

namespace parindex::bench {

NationalFixture makeNationalFixture(int unitCount, quint32 seed)
{
    NationalFixture f;
    QList<Criterion> criteria;
    // 8 areas: 7 of 10 points minus 0.x, survey area 8 of 30 -> areas 1..7 = 10 each (70), area 8 = 30.
    for (int a = 1; a <= 8; ++a) {
        const qint64 areaMax = a == 8 ? 30 : 10;
        criteria.append(
            {QString::number(a), u"Lĩnh vực %1"_s.arg(a), Fixed::fromInt(areaMax), CriterionKind::Group, {}});
        for (int c = 1; c <= 3; ++c) {
            // Criterion maxima split the area in 3 (in ten-thousandths: the last one takes the remainder).
            const qint64 raw = areaMax * Fixed::Scale;
            const qint64 part = c < 3 ? raw / 3 / 5 * 5 : raw - 2 * (raw / 3 / 5 * 5);
            const QString code = u"%1.%2"_s.arg(a).arg(c);
            criteria.append({code, u"Tiêu chí %1"_s.arg(code), Fixed::fromRaw(part), CriterionKind::Group, {}});
            for (int s = 1; s <= 5; ++s) {
                const QString leaf = code + u'.' + QString::number(s);
                const CriterionKind kind
                    = a == 8 ? CriterionKind::Survey : (s == 5 ? CriterionKind::Rate : CriterionKind::Score);
                criteria.append({leaf, u"Tiêu chí thành phần %1"_s.arg(leaf), Fixed::fromRaw(part / 5), kind,
                    kind == CriterionKind::Rate ? RateRule::linear() : RateRule()});
            }
        }
    }
    f.tree = *CriteriaTree::build(criteria);

    QRandomGenerator rng(seed);
    f.units.reserve(unitCount);
    f.rows.reserve(qsizetype(unitCount) * f.tree.leaves().size());
    for (int u = 0; u < unitCount; ++u) {
        Unit unit;
        unit.id = u + 1;
        unit.code = u"X%1"_s.arg(u + 1, 4, 10, QChar(u'0'));
        unit.name = u"UBND xã Số %1"_s.arg(u + 1);
        unit.groupCode = u"XA"_s;
        f.units.append(unit);
        ScoreSheet sheet;
        sheet.unitCode = unit.code;
        const double quality = 0.5 + 0.5 * rng.generateDouble();
        for (qsizetype i : f.tree.leaves()) {
            const Criterion &c = f.tree.at(i);
            const double share = qBound(0.0, quality + (rng.generateDouble() - 0.5) * 0.2, 1.0);
            const Fixed value = c.kind == CriterionKind::Rate
                ? Fixed::fromRaw(qint64(share * 100) * Fixed::Scale)
                : Fixed::fromRaw(qint64(share * double(c.maxPoints.raw())));
            ScoreEntry e;
            e.appraised = value;
            sheet.entries.insert(c.code, e);
            f.rows.append({unit.code, c.code, std::nullopt, value, std::nullopt, std::nullopt});
        }
        f.sheets.insert(unit.code, sheet);
    }
    return f;
}

} // namespace parindex::bench
