#include "criteriatree.h"

namespace parindex {

Result<CriteriaTree> CriteriaTree::build(QList<Criterion> criteria)
{
    CriteriaTree tree;
    QStringList problems;
    tree.m_nodes.reserve(qMin(criteria.size(), Bounds::MaxCriteria));
    // The areas' maxima added up so far: the bound is checked as each area comes, so that the problems of the
    // first n criteria are those of the whole list's first n (criteriacsv.cpp relies on it).
    Fixed total;
    for (qsizetype at = 0; at < criteria.size(); ++at) {
        Criterion &c = criteria[at];
        const qsizetype i = tree.m_nodes.size();
        if (at == Bounds::MaxCriteria) {
            problems.append(tr("A criteria tree can have at most %1 criteria; %2 comes after them.")
                                .arg(QString::number(Bounds::MaxCriteria), c.code));
            break;
        }
        if (!Criterion::isValidCode(c.code)) {
            problems.append(
                tr("Criterion \"%1\": the code must be numbers joined by dots, such as 1, 1.2 or 1.2.3.").arg(c.code));
            continue;
        }
        if (tree.m_index.contains(c.code)) {
            problems.append(tr("Criterion %1 appears more than once.").arg(c.code));
            continue;
        }
        if (c.title.trimmed().isEmpty())
            problems.append(tr("Criterion %1 has no title.").arg(c.code));
        if (c.maxPoints < Fixed())
            problems.append(
                tr("Criterion %1: the maximum points %2 are negative.").arg(c.code, c.maxPoints.toString()));
        else if (c.maxPoints > Bounds::MaxPoints)
            problems.append(tr("Criterion %1: the maximum points %2 are above %3, the most a criteria tree can have.")
                                .arg(c.code, c.maxPoints.toString(), Bounds::MaxPoints.toString()));
        if (c.kind == CriterionKind::Rate && c.rule.type() == RateRule::Type::None)
            problems.append(
                tr("Criterion %1 is a rate but has no rule (linear, or thresholds such as 100:2;80:1).").arg(c.code));
        if (c.kind != CriterionKind::Rate && c.rule.type() != RateRule::Type::None)
            problems.append(tr("Criterion %1 has a rate rule but is not a rate criterion.").arg(c.code));
        if (c.kind == CriterionKind::Rate && c.rule.highestPoints(c.maxPoints) > c.maxPoints)
            problems.append(tr("Criterion %1: its rule gives up to %2 points, more than its maximum %3.")
                                .arg(c.code, c.rule.highestPoints(c.maxPoints).toString(), c.maxPoints.toString()));

        Node node;
        const QString parentCode = Criterion::parentCode(c.code);
        if (!parentCode.isEmpty()) {
            node.parent = tree.m_index.value(parentCode, -1);
            if (node.parent < 0) {
                problems.append(
                    tr("Criterion %1: its parent %2 is missing or comes after it.").arg(c.code, parentCode));
                continue;
            }
            if (!tree.m_nodes[node.parent].criterion.isGroup()) {
                problems.append(tr("Criterion %1: its parent %2 is not of kind group.").arg(c.code, parentCode));
                continue;
            }
            tree.m_nodes[node.parent].children.append(i);
        } else {
            if (c.isDeduction())
                problems.append(tr("Criterion %1: a deduction must belong to an area or criterion.").arg(c.code));
            const bool within = total <= Bounds::MaxPoints;
            if (!c.isDeduction() && c.maxPoints >= Fixed() && c.maxPoints <= Bounds::MaxPoints)
                total += c.maxPoints;
            if (within && total > Bounds::MaxPoints)
                problems.append(tr("Area %1 brings the areas' maxima to %2 points, above %3, the most a criteria tree "
                                   "can have.")
                                    .arg(c.code, total.toString(), Bounds::MaxPoints.toString()));
            tree.m_roots.append(i);
        }
        node.criterion = std::move(c);
        tree.m_index.insert(node.criterion.code, i);
        tree.m_nodes.append(std::move(node));
    }
    if (!problems.isEmpty())
        return Error {
            Error::Kind::BadData, tr("The criteria tree has %n problem(s).", nullptr, int(problems.size())), problems};
    for (qsizetype i = 0; i < tree.m_nodes.size(); ++i) {
        if (!tree.m_nodes[i].criterion.isGroup())
            tree.m_leaves.append(i);
    }
    return tree;
}

const QList<Criterion> CriteriaTree::criteria() const
{
    QList<Criterion> list;
    list.reserve(m_nodes.size());
    for (const Node &n : m_nodes)
        list.append(n.criterion);
    return list;
}

qsizetype CriteriaTree::areaOf(qsizetype i) const
{
    while (m_nodes[i].parent >= 0)
        i = m_nodes[i].parent;
    return i;
}

int CriteriaTree::depthOf(qsizetype i) const
{
    int depth = 0;
    while (m_nodes[i].parent >= 0) {
        i = m_nodes[i].parent;
        ++depth;
    }
    return depth;
}

Fixed CriteriaTree::totalMax() const
{
    Fixed total;
    for (qsizetype r : m_roots)
        total += m_nodes[r].criterion.maxPoints;
    return total;
}

QStringList CriteriaTree::warnings() const
{
    QStringList list;
    if (!m_roots.isEmpty() && totalMax() != Bounds::UsualTotal)
        list.append(
            tr("The areas add up to %1 points, not %2.").arg(totalMax().toString(), Bounds::UsualTotal.toString()));
    for (const Node &n : m_nodes) {
        if (!n.criterion.isGroup())
            continue;
        if (n.children.isEmpty()) {
            list.append(tr("Criterion %1 is a group without sub-criteria.").arg(n.criterion.code));
            continue;
        }
        Fixed sum;
        for (qsizetype c : n.children) {
            if (!m_nodes[c].criterion.isDeduction())
                sum += m_nodes[c].criterion.maxPoints;
        }
        if (sum != n.criterion.maxPoints) {
            list.append(tr("The sub-criteria of %1 add up to %2 points; its maximum is %3.")
                            .arg(n.criterion.code, sum.toString(), n.criterion.maxPoints.toString()));
        }
    }
    return list;
}

} // namespace parindex
