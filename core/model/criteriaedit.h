#pragma once

#include "criteriatree.h"
#include "result.h"
#include "scoresheet.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QList>

namespace parindex {

// The outcome of one edit of a criteria tree.
struct CriteriaChange
{
    QList<Criterion> criteria; // pre-order, codes renumbered by position: 1, 1.1, 1.2, 2, ...
    // Old code -> new code for every criterion whose code changed; a removed criterion's old code maps to
    // an empty string, so that its scores never land on the criterion that takes over its code.
    QHash<QString, QString> renamedCodes;
    // The criterion the edit was about, under its new code: the added or moved one; after a removal the one
    // that took its place (or its previous sibling, or its parent; empty when the tree is empty).
    QString focusCode;
};

// What a change of the criteria takes from the values entered: the cells of criteria that no longer take a value
// (removed, or turned into groups) go whole; values above a leaf's new maximum are cleared, the rest of their cell
// (not applicable, note, the other value) stays.
struct DroppedValues
{
    Q_DECLARE_TR_FUNCTIONS(DroppedValues)
public:
    QList<ScoreCell> before; // each cell touched, as stored, under its code before the change
    QList<ScoreCell> after; // what stays of it, under its code after the change (empty entry: nothing); same order
    QHash<QString, QString> reasons; // code before the change -> why its values go

    bool isEmpty() const { return before.isEmpty(); }
    qsizetype scoreCount() const { return before.size(); }
    int unitCount() const;
    QStringList criteria() const; // codes before the change, each once, in the tree's order
    // "21 scores of 21 units in criterion 1.1.2"
    QString summary() const;
    // One line per criterion: "1.1.2: 21 scores of 21 units – no longer among the criteria".
    QStringList details() const;
};

// Tree edits as pure functions over a valid tree's criteria in pre-order. Each one renumbers every code by
// position and checks the result with CriteriaTree::build, so that it returns a valid tree or says why not.
class CriteriaEdit
{
    Q_DECLARE_TR_FUNCTIONS(CriteriaEdit)
public:
    // `added` gives the new criterion's title, maximum, kind and rule; its code is ignored.
    // An empty parentCode adds an area (a root) at the end; otherwise the parent must be a group.
    static Result<CriteriaChange> addChild(
        const QList<Criterion> &criteria, const QString &parentCode, const Criterion &added);
    // Right after `code` and its sub-criteria, on the same level.
    static Result<CriteriaChange> addSibling(
        const QList<Criterion> &criteria, const QString &code, const Criterion &added);
    // With its sub-criteria.
    static Result<CriteriaChange> remove(const QList<Criterion> &criteria, const QString &code);
    // Among its siblings, with its sub-criteria.
    static Result<CriteriaChange> moveUp(const QList<Criterion> &criteria, const QString &code);
    static Result<CriteriaChange> moveDown(const QList<Criterion> &criteria, const QString &code);
    // Becomes the last child of its previous sibling, which must be a group.
    static Result<CriteriaChange> indent(const QList<Criterion> &criteria, const QString &code);
    // Becomes the next sibling of its parent; the siblings after it stay with the parent.
    static Result<CriteriaChange> outdent(const QList<Criterion> &criteria, const QString &code);
    // Sets title, maximum, kind and rule of one criterion (its code is kept); refused when the tree would not
    // be valid, e.g. a group with sub-criteria turned into a leaf.
    static Result<CriteriaChange> change(
        const QList<Criterion> &criteria, const QString &code, const Criterion &changed);

    // The renames that take the criteria of `after` back to `before` (the inverse of an edit's renamedCodes):
    // a criterion the edit added maps to an empty string.
    static QHash<QString, QString> reverseRenames(
        const QList<Criterion> &before, const QList<Criterion> &after, const QHash<QString, QString> &renamedCodes);
    // A criterion's code and those of its sub-criteria, in order (empty when there is no such code).
    static QStringList subtreeCodes(const QList<Criterion> &criteria, const QString &code);

    // The maxima of a group's children added up, deductions excluded (what CriteriaTree::warnings() compares
    // with the group's maximum).
    static Fixed childrenMax(const CriteriaTree &tree, qsizetype node);
    // The values that replacing the tree of `sheets` by `after` takes away, codes renamed by `renamedCodes` (an
    // empty new code: removed). The one rule for the editor, the imports and the file.
    static DroppedValues droppedValues(const CriteriaTree &after, const QHash<QString, ScoreSheet> &sheets,
        const QHash<QString, QString> &renamedCodes = {});
};

} // namespace parindex
