#include "criteriaedit.h"

#include <QtCore/QSet>

#include <algorithm>

namespace parindex {

namespace {

// The tree as an outline: each criterion with its depth and the code it had before the edit (empty when the
// edit adds it). A criterion's sub-criteria are the items after it that are deeper.
struct Item
{
    Criterion criterion;
    QString oldCode;
    int depth = 0;
};
using Outline = QList<Item>;

Outline outlineOf(const QList<Criterion> &criteria)
{
    Outline outline;
    outline.reserve(criteria.size() + 1);
    for (const Criterion &c : criteria)
        outline.append({c, c.code, int(c.code.count(u'.'))});
    return outline;
}

qsizetype find(const Outline &outline, const QString &code)
{
    for (qsizetype i = 0; i < outline.size(); ++i) {
        if (!outline[i].oldCode.isEmpty() && outline[i].oldCode == code)
            return i;
    }
    return -1;
}

qsizetype subtreeEnd(const Outline &outline, qsizetype i)
{
    qsizetype end = i + 1;
    while (end < outline.size() && outline[end].depth > outline[i].depth)
        ++end;
    return end;
}

qsizetype previousSibling(const Outline &outline, qsizetype i)
{
    for (qsizetype k = i - 1; k >= 0; --k) {
        if (outline[k].depth < outline[i].depth)
            return -1;
        if (outline[k].depth == outline[i].depth)
            return k;
    }
    return -1;
}

qsizetype parentOf(const Outline &outline, qsizetype i)
{
    for (qsizetype k = i - 1; k >= 0; --k) {
        if (outline[k].depth < outline[i].depth)
            return k;
    }
    return -1;
}

Error notFound(const QString &code)
{
    return Error {Error::Kind::NotFound, CriteriaEdit::tr("There is no criterion %1.").arg(code)};
}

// Numbers every item by its position, records the renames and checks the tree.
Result<CriteriaChange> finish(Outline outline, qsizetype focus, const QStringList &removedCodes = {})
{
    CriteriaChange change;
    QList<int> counters;
    for (Item &item : outline) {
        counters.resize(item.depth + 1);
        ++counters[item.depth];
        QStringList parts;
        for (int n : std::as_const(counters))
            parts.append(QString::number(n));
        item.criterion.code = parts.join(u'.');
        if (!item.oldCode.isEmpty() && item.oldCode != item.criterion.code)
            change.renamedCodes.insert(item.oldCode, item.criterion.code);
        change.criteria.append(item.criterion);
    }
    for (const QString &code : removedCodes)
        change.renamedCodes.insert(code, QString());
    if (focus >= 0 && focus < outline.size())
        change.focusCode = outline[focus].criterion.code;
    const auto tree = CriteriaTree::build(change.criteria);
    if (!tree)
        return Error {Error::Kind::BadData, CriteriaEdit::tr("This change would make the criteria tree invalid."),
            tree.error().details};
    return change;
}

Item addedItem(const Criterion &added, int depth)
{
    Item item {added, QString(), depth};
    item.criterion.code.clear();
    return item;
}

// Moves the block [from, to) so that it starts at `at` (an index of the list without the block).
void moveBlock(Outline &outline, qsizetype from, qsizetype to, qsizetype at, int depthChange = 0)
{
    Outline block = outline.mid(from, to - from);
    outline.remove(from, to - from);
    for (Item &item : block)
        item.depth += depthChange;
    for (qsizetype k = 0; k < block.size(); ++k)
        outline.insert(at + k, block[k]);
}

} // namespace

Result<CriteriaChange> CriteriaEdit::addChild(
    const QList<Criterion> &criteria, const QString &parentCode, const Criterion &added)
{
    Outline outline = outlineOf(criteria);
    if (parentCode.isEmpty()) {
        outline.append(addedItem(added, 0));
        return finish(outline, outline.size() - 1);
    }
    const qsizetype parent = find(outline, parentCode);
    if (parent < 0)
        return notFound(parentCode);
    if (!outline[parent].criterion.isGroup()) {
        return Error {Error::Kind::BadData,
            tr("Only a group has sub-criteria: %1 is of kind %2. Change its kind to Group first.")
                .arg(parentCode, CriterionText::kindLabel(outline[parent].criterion.kind))};
    }
    const qsizetype at = subtreeEnd(outline, parent);
    outline.insert(at, addedItem(added, outline[parent].depth + 1));
    return finish(outline, at);
}

Result<CriteriaChange> CriteriaEdit::addSibling(
    const QList<Criterion> &criteria, const QString &code, const Criterion &added)
{
    Outline outline = outlineOf(criteria);
    const qsizetype i = find(outline, code);
    if (i < 0)
        return notFound(code);
    const qsizetype at = subtreeEnd(outline, i);
    outline.insert(at, addedItem(added, outline[i].depth));
    return finish(outline, at);
}

Result<CriteriaChange> CriteriaEdit::remove(const QList<Criterion> &criteria, const QString &code)
{
    Outline outline = outlineOf(criteria);
    const qsizetype i = find(outline, code);
    if (i < 0)
        return notFound(code);
    const int depth = outline[i].depth;
    const qsizetype end = subtreeEnd(outline, i);
    QStringList removed;
    for (qsizetype k = i; k < end; ++k)
        removed.append(outline[k].oldCode);
    outline.remove(i, end - i);

    qsizetype focus = -1;
    if (i < outline.size() && outline[i].depth == depth) {
        focus = i; // the next sibling, which takes its place
    } else {
        for (qsizetype k = i - 1; k >= 0; --k) {
            if (outline[k].depth <= depth) {
                focus = k; // the previous sibling, or else the parent
                break;
            }
        }
    }
    return finish(outline, focus, removed);
}

Result<CriteriaChange> CriteriaEdit::moveUp(const QList<Criterion> &criteria, const QString &code)
{
    Outline outline = outlineOf(criteria);
    const qsizetype i = find(outline, code);
    if (i < 0)
        return notFound(code);
    const qsizetype previous = previousSibling(outline, i);
    if (previous < 0)
        return Error {Error::Kind::BadData, tr("%1 is already the first on its level.").arg(code)};
    moveBlock(outline, i, subtreeEnd(outline, i), previous);
    return finish(outline, previous);
}

Result<CriteriaChange> CriteriaEdit::moveDown(const QList<Criterion> &criteria, const QString &code)
{
    Outline outline = outlineOf(criteria);
    const qsizetype i = find(outline, code);
    if (i < 0)
        return notFound(code);
    const qsizetype next = subtreeEnd(outline, i);
    if (next >= outline.size() || outline[next].depth != outline[i].depth)
        return Error {Error::Kind::BadData, tr("%1 is already the last on its level.").arg(code)};
    // Moving the next sibling's block up is the same as moving this one down.
    const qsizetype nextEnd = subtreeEnd(outline, next);
    moveBlock(outline, next, nextEnd, i);
    return finish(outline, i + (nextEnd - next));
}

Result<CriteriaChange> CriteriaEdit::indent(const QList<Criterion> &criteria, const QString &code)
{
    Outline outline = outlineOf(criteria);
    const qsizetype i = find(outline, code);
    if (i < 0)
        return notFound(code);
    const qsizetype previous = previousSibling(outline, i);
    if (previous < 0)
        return Error {Error::Kind::BadData, tr("%1 has no criterion before it on its level to go under.").arg(code)};
    if (!outline[previous].criterion.isGroup()) {
        return Error {Error::Kind::BadData,
            tr("%1 can only go under %2 if %2 is a group: change the kind of %2 to Group first.")
                .arg(code, outline[previous].oldCode)};
    }
    // It already follows the previous sibling's sub-criteria: one level deeper makes it the last of them.
    const qsizetype end = subtreeEnd(outline, i);
    for (qsizetype k = i; k < end; ++k)
        ++outline[k].depth;
    return finish(outline, i);
}

Result<CriteriaChange> CriteriaEdit::outdent(const QList<Criterion> &criteria, const QString &code)
{
    Outline outline = outlineOf(criteria);
    const qsizetype i = find(outline, code);
    if (i < 0)
        return notFound(code);
    const qsizetype parent = parentOf(outline, i);
    if (parent < 0)
        return Error {Error::Kind::BadData, tr("%1 is an area already: it cannot move a level up.").arg(code)};
    const qsizetype end = subtreeEnd(outline, i);
    const qsizetype parentEnd = subtreeEnd(outline, parent) - (end - i); // once the block is taken out
    moveBlock(outline, i, end, parentEnd, -1);
    return finish(outline, parentEnd);
}

Result<CriteriaChange> CriteriaEdit::change(
    const QList<Criterion> &criteria, const QString &code, const Criterion &changed)
{
    Outline outline = outlineOf(criteria);
    const qsizetype i = find(outline, code);
    if (i < 0)
        return notFound(code);
    outline[i].criterion = changed;
    return finish(outline, i);
}

QHash<QString, QString> CriteriaEdit::reverseRenames(
    const QList<Criterion> &before, const QList<Criterion> &after, const QHash<QString, QString> &renamedCodes)
{
    QHash<QString, QString> origin; // new code -> old code
    for (const Criterion &c : before) {
        const QString now = renamedCodes.value(c.code, c.code);
        if (!now.isEmpty())
            origin.insert(now, c.code);
    }
    QHash<QString, QString> reverse;
    for (const Criterion &c : after) {
        const auto found = origin.constFind(c.code);
        if (found == origin.constEnd())
            reverse.insert(c.code, QString()); // added by the edit: gone again
        else if (*found != c.code)
            reverse.insert(c.code, *found);
    }
    return reverse;
}

QStringList CriteriaEdit::subtreeCodes(const QList<Criterion> &criteria, const QString &code)
{
    const Outline outline = outlineOf(criteria);
    const qsizetype i = find(outline, code);
    QStringList codes;
    if (i < 0)
        return codes;
    for (qsizetype k = i; k < subtreeEnd(outline, i); ++k)
        codes.append(outline[k].oldCode);
    return codes;
}

Fixed CriteriaEdit::childrenMax(const CriteriaTree &tree, qsizetype node)
{
    Fixed sum;
    for (qsizetype child : tree.childrenOf(node)) {
        if (!tree.at(child).isDeduction())
            sum += tree.at(child).maxPoints;
    }
    return sum;
}

namespace {
// Dotted codes in the order of the tree: 1.2 before 1.10, a parent before its children.
bool codeBefore(const QString &a, const QString &b)
{
    const QStringList x = a.split(u'.');
    const QStringList y = b.split(u'.');
    for (qsizetype i = 0; i < x.size() && i < y.size(); ++i) {
        const int m = x[i].toInt();
        const int n = y[i].toInt();
        if (m != n)
            return m < n;
    }
    return x.size() < y.size();
}
} // namespace

int DroppedValues::unitCount() const
{
    QSet<QString> units;
    for (const ScoreCell &c : before)
        units.insert(c.unitCode);
    return int(units.size());
}

QStringList DroppedValues::criteria() const
{
    QStringList codes;
    for (const ScoreCell &c : before) {
        if (!codes.contains(c.criterionCode))
            codes.append(c.criterionCode);
    }
    std::sort(codes.begin(), codes.end(), codeBefore);
    return codes;
}

QString DroppedValues::summary() const
{
    const QStringList codes = criteria();
    const qsizetype shown = 5;
    QString list = codes.mid(0, shown).join(u", ");
    if (codes.size() > shown)
        list += tr(" and %n more", nullptr, int(codes.size() - shown));
    return tr("%1 of %2 in %3")
        .arg(tr("%n score(s)", nullptr, int(scoreCount())), tr("%n unit(s)", nullptr, unitCount()),
            (codes.size() == 1 ? tr("criterion %1") : tr("criteria %1")).arg(list));
}

QStringList DroppedValues::details() const
{
    QStringList lines;
    for (const QString &code : criteria()) {
        QSet<QString> units;
        int scores = 0;
        for (const ScoreCell &c : before) {
            if (c.criterionCode == code) {
                ++scores;
                units.insert(c.unitCode);
            }
        }
        lines.append(tr("%1: %2 of %3 – %4")
                         .arg(code, tr("%n score(s)", nullptr, scores), tr("%n unit(s)", nullptr, int(units.size())),
                             reasons.value(code)));
    }
    return lines;
}

DroppedValues CriteriaEdit::droppedValues(
    const CriteriaTree &after, const QHash<QString, ScoreSheet> &sheets, const QHash<QString, QString> &renamedCodes)
{
    DroppedValues dropped;
    QStringList units = sheets.keys();
    std::sort(units.begin(), units.end());
    for (const QString &unit : std::as_const(units)) {
        const ScoreSheet &sheet = sheets[unit];
        QStringList codes = sheet.entries.keys();
        std::sort(codes.begin(), codes.end(), codeBefore);
        for (const QString &code : std::as_const(codes)) {
            const ScoreEntry &entry = sheet.entries[code];
            if (entry.isEmpty())
                continue;
            const QString now = renamedCodes.value(code, code);
            const qsizetype node = now.isEmpty() ? -1 : after.indexOf(now);
            if (node < 0 || after.at(node).isGroup()) {
                dropped.before.append({unit, code, entry});
                dropped.after.append({unit, now, ScoreEntry()});
                dropped.reasons.insert(code,
                    node < 0 ? tr("no longer among the criteria")
                             : tr("%1 becomes a group, which takes no values of its own").arg(now));
                continue;
            }
            const Criterion &c = after.at(node);
            ScoreEntry kept = entry;
            for (std::optional<Fixed> *value : {&kept.selfValue, &kept.appraised}) {
                if (*value && !c.isValueInRange(**value))
                    value->reset();
            }
            if (kept == entry)
                continue;
            dropped.before.append({unit, code, entry});
            dropped.after.append({unit, now, kept});
            dropped.reasons.insert(code,
                c.kind == CriterionKind::Rate
                    ? tr("values outside 0 to 100 %")
                    : tr("values above the new maximum %1 of %2").arg(c.valueMax().toString(), now));
        }
    }
    return dropped;
}

} // namespace parindex
