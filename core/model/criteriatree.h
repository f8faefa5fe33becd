#pragma once

#include "criterion.h"
#include "result.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QList>

namespace parindex {

// A period's criteria: areas at the root, criteria and sub-criteria below, in the order given
// (parents before their children). Nodes are addressed by their index in that order.
class CriteriaTree
{
    Q_DECLARE_TR_FUNCTIONS(CriteriaTree)
public:
    CriteriaTree() = default;

    // Checks codes, parents, kinds, maxima and rules; every structural problem is listed in
    // Error::details. Sums that do not add up are warnings, not errors.
    static Result<CriteriaTree> build(QList<Criterion> criteria);

    qsizetype size() const { return m_nodes.size(); }
    bool isEmpty() const { return m_nodes.isEmpty(); }
    const Criterion &at(qsizetype i) const { return m_nodes[i].criterion; }
    const QList<Criterion> criteria() const;
    qsizetype parentOf(qsizetype i) const { return m_nodes[i].parent; }
    const QList<qsizetype> &childrenOf(qsizetype i) const { return m_nodes[i].children; }
    const QList<qsizetype> &roots() const { return m_roots; }
    const QList<qsizetype> &leaves() const { return m_leaves; }
    qsizetype indexOf(const QString &code) const { return m_index.value(code, -1); }
    // The area (root) a node belongs to.
    qsizetype areaOf(qsizetype i) const;
    int depthOf(qsizetype i) const;

    // Sum of the roots' maxima (deductions excluded): normally 100.
    Fixed totalMax() const;
    // "children of 1.2 add up to 7.5, its max is 8" and the like.
    QStringList warnings() const;

private:
    struct Node
    {
        Criterion criterion;
        qsizetype parent = -1;
        QList<qsizetype> children;
    };
    QList<Node> m_nodes;
    QList<qsizetype> m_roots;
    QList<qsizetype> m_leaves;
    QHash<QString, qsizetype> m_index;
};

} // namespace parindex
