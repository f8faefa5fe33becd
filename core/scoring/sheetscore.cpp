#include "sheetscore.h"

#include <QtCore/QVarLengthArray>

namespace parindex {

Fixed leafPoints(const Criterion &criterion, Fixed value)
{
    if (criterion.kind == CriterionKind::Rate)
        return criterion.rule.points(value, criterion.maxPoints);
    return Fixed::max(Fixed(), Fixed::min(value, criterion.maxPoints));
}

SheetScore scoreSheet(const CriteriaTree &tree, const ScoreSheet &sheet)
{
    const qsizetype n = tree.size();
    QVarLengthArray<const ScoreEntry *, 256> entries(n, nullptr);
    for (qsizetype i = 0; i < n; ++i) {
        const auto it = sheet.entries.constFind(tree.at(i).code);
        if (it != sheet.entries.constEnd())
            entries[i] = &*it;
    }
    return scoreSheet(tree, entries.constData());
}

SheetScore scoreSheet(const CriteriaTree &tree, const ScoreEntry *const *entries)
{
    const qsizetype n = tree.size();
    SheetScore s;
    s.points.resize(n);
    s.applicableMax.resize(n);
    s.notApplicable.resize(n);

    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype parent = tree.parentOf(i);
        s.notApplicable[i] = (entries[i] && entries[i]->notApplicable) || (parent >= 0 && s.notApplicable[parent]);
    }

    // Parents come before children, so walking backwards meets every child before its parent.
    for (qsizetype i = n - 1; i >= 0; --i) {
        const Criterion &c = tree.at(i);
        if (s.notApplicable[i])
            continue;
        if (c.isDeduction()) {
            if (entries[i] && entries[i]->appraised)
                s.points[i] = leafPoints(c, *entries[i]->appraised);
            continue;
        }
        if (!c.isGroup()) {
            s.applicableMax[i] = c.maxPoints;
            if (entries[i] && entries[i]->appraised)
                s.points[i] = leafPoints(c, *entries[i]->appraised);
            continue;
        }
        Fixed earned;
        Fixed deducted;
        Fixed lost;
        for (qsizetype child : tree.childrenOf(i)) {
            const Criterion &cc = tree.at(child);
            if (cc.isDeduction()) {
                deducted += s.points[child];
            } else {
                earned += s.points[child];
                lost += cc.maxPoints - s.applicableMax[child];
            }
        }
        s.applicableMax[i] = Fixed::max(Fixed(), c.maxPoints - lost);
        s.points[i] = Fixed::min(s.applicableMax[i], Fixed::max(Fixed(), earned - deducted));
    }

    for (qsizetype i : tree.leaves()) {
        const Criterion &c = tree.at(i);
        if (!c.isDeduction() && !s.notApplicable[i] && !(entries[i] && entries[i]->appraised))
            s.missing.append(c.code);
    }
    for (qsizetype r : tree.roots()) {
        s.totalPoints += s.points[r];
        s.totalMax += s.applicableMax[r];
    }
    return s;
}

} // namespace parindex
