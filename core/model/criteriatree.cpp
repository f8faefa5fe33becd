#include "criteriatree.h"

namespace parindex {

Result<CriteriaTree> CriteriaTree::build(QList<Criterion> criteria)
{
    CriteriaTree tree;
    QStringList problems;
    tree.m_nodes.reserve(criteria.size());
    for (Criterion &c : criteria) {
        const qsizetype i = tree.m_nodes.size();
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
    if (!m_roots.isEmpty() && totalMax() != Fixed::fromInt(100))
        list.append(tr("The areas add up to %1 points, not 100.").arg(totalMax().toString()));
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
