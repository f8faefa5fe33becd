// Tree edits of the criteria editor: each operation's new codes, the renames that carry scores along, the
// criterion to select afterwards, and the refusals. Expected lists are written by hand from the base tree.
#include "model/criteriaedit.h"

#include <QtTest/QTest>

#include <algorithm>

using namespace parindex;
using namespace Qt::StringLiterals;

namespace {
using K = CriterionKind;

Criterion crit(const QString &code, const QString &title, const QString &max, K kind, const QString &rule = {})
{
    Criterion c;
    c.code = code;
    c.title = title;
    c.maxPoints = *Fixed::parse(max);
    c.kind = kind;
    c.rule = *RateRule::parse(rule);
    return c;
}

// Letters are titles, so that a criterion can be followed whatever its code becomes.
//   1 A (group 10): 1.1 B (4), 1.2 C (group 6): 1.2.1 D (3), 1.2.2 E (3); 1.3 F (deduction 2)
//   2 G (group 90): 2.1 H (50), 2.2 I (rate 40)
QList<Criterion> base()
{
    return {crit(u"1"_s, u"A"_s, u"10"_s, K::Group), crit(u"1.1"_s, u"B"_s, u"4"_s, K::Score),
        crit(u"1.2"_s, u"C"_s, u"6"_s, K::Group), crit(u"1.2.1"_s, u"D"_s, u"3"_s, K::Score),
        crit(u"1.2.2"_s, u"E"_s, u"3"_s, K::Score), crit(u"1.3"_s, u"F"_s, u"2"_s, K::Deduction),
        crit(u"2"_s, u"G"_s, u"90"_s, K::Group), crit(u"2.1"_s, u"H"_s, u"50"_s, K::Score),
        crit(u"2.2"_s, u"I"_s, u"40"_s, K::Rate, u"linear"_s)};
}

// Codes with gaps, as an imported file may have them: 1, 1.1, 1.3, 3.
QList<Criterion> withGaps()
{
    return {crit(u"1"_s, u"A"_s, u"60"_s, K::Group), crit(u"1.1"_s, u"B"_s, u"30"_s, K::Score),
        crit(u"1.3"_s, u"C"_s, u"30"_s, K::Score), crit(u"3"_s, u"D"_s, u"40"_s, K::Survey)};
}

Criterion added()
{
    return crit(QString(), u"N"_s, u"0"_s, K::Score);
}

QStringList outline(const QList<Criterion> &criteria)
{
    QStringList lines;
    for (const Criterion &c : criteria)
        lines.append(c.code + u' ' + c.title);
    return lines;
}

QStringList pairs(const QHash<QString, QString> &map)
{
    QStringList lines;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        lines.append(it.key() + u'>' + it.value());
    std::sort(lines.begin(), lines.end());
    return lines;
}

Result<CriteriaChange> run(const QString &operation, const QList<Criterion> &criteria, const QString &code)
{
    if (operation == u"addChild")
        return CriteriaEdit::addChild(criteria, code, added());
    if (operation == u"addSibling")
        return CriteriaEdit::addSibling(criteria, code, added());
    if (operation == u"remove")
        return CriteriaEdit::remove(criteria, code);
    if (operation == u"moveUp")
        return CriteriaEdit::moveUp(criteria, code);
    if (operation == u"moveDown")
        return CriteriaEdit::moveDown(criteria, code);
    if (operation == u"indent")
        return CriteriaEdit::indent(criteria, code);
    if (operation == u"outdent")
        return CriteriaEdit::outdent(criteria, code);
    return Error {Error::Kind::Usage, u"unknown operation "_s + operation};
}
} // namespace

class TestCriteriaEdit : public QObject
{
    Q_OBJECT
private slots:
    void operations_data();
    void operations();
    void refusals_data();
    void refusals();
    void reverseRenamesUndoAnEdit_data();
    void reverseRenamesUndoAnEdit();
    void reverseRenamesByHand();
    void change_data();
    void change();
    void subtreeCodes();
    void childrenMax();
    void droppedValues();
};

void TestCriteriaEdit::operations_data()
{
    QTest::addColumn<QList<Criterion>>("criteria");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("renames");
    QTest::addColumn<QString>("focus");

    QTest::newRow("add child: last under its group")
        << base() << u"addChild"_s << u"1.2"_s
        << QStringList {u"1 A"_s, u"1.1 B"_s, u"1.2 C"_s, u"1.2.1 D"_s, u"1.2.2 E"_s, u"1.2.3 N"_s, u"1.3 F"_s,
               u"2 G"_s, u"2.1 H"_s, u"2.2 I"_s}
        << QStringList {} << u"1.2.3"_s;
    QTest::newRow("add child of the root: a new area at the end")
        << base() << u"addChild"_s << QString()
        << QStringList {u"1 A"_s, u"1.1 B"_s, u"1.2 C"_s, u"1.2.1 D"_s, u"1.2.2 E"_s, u"1.3 F"_s, u"2 G"_s, u"2.1 H"_s,
               u"2.2 I"_s, u"3 N"_s}
        << QStringList {} << u"3"_s;
    QTest::newRow("add sibling: later siblings move one on")
        << base() << u"addSibling"_s << u"1.1"_s
        << QStringList {u"1 A"_s, u"1.1 B"_s, u"1.2 N"_s, u"1.3 C"_s, u"1.3.1 D"_s, u"1.3.2 E"_s, u"1.4 F"_s, u"2 G"_s,
               u"2.1 H"_s, u"2.2 I"_s}
        << QStringList {u"1.2.1>1.3.1"_s, u"1.2.2>1.3.2"_s, u"1.2>1.3"_s, u"1.3>1.4"_s} << u"1.2"_s;
    QTest::newRow("add sibling of a group: after its sub-criteria")
        << base() << u"addSibling"_s << u"1.2"_s
        << QStringList {u"1 A"_s, u"1.1 B"_s, u"1.2 C"_s, u"1.2.1 D"_s, u"1.2.2 E"_s, u"1.3 N"_s, u"1.4 F"_s, u"2 G"_s,
               u"2.1 H"_s, u"2.2 I"_s}
        << QStringList {u"1.3>1.4"_s} << u"1.3"_s;
    QTest::newRow("add sibling of an area") << base() << u"addSibling"_s << u"1"_s
                                            << QStringList {u"1 A"_s, u"1.1 B"_s, u"1.2 C"_s, u"1.2.1 D"_s,
                                                   u"1.2.2 E"_s, u"1.3 F"_s, u"2 N"_s, u"3 G"_s, u"3.1 H"_s, u"3.2 I"_s}
                                            << QStringList {u"2.1>3.1"_s, u"2.2>3.2"_s, u"2>3"_s} << u"2"_s;
    QTest::newRow("remove a group: its sub-criteria go too, the next takes its code")
        << base() << u"remove"_s << u"1.2"_s
        << QStringList {u"1 A"_s, u"1.1 B"_s, u"1.2 F"_s, u"2 G"_s, u"2.1 H"_s, u"2.2 I"_s}
        << QStringList {u"1.2.1>"_s, u"1.2.2>"_s, u"1.2>"_s, u"1.3>1.2"_s} << u"1.2"_s;
    QTest::newRow("remove the last: the previous one is selected")
        << base() << u"remove"_s << u"2.2"_s
        << QStringList {u"1 A"_s, u"1.1 B"_s, u"1.2 C"_s, u"1.2.1 D"_s, u"1.2.2 E"_s, u"1.3 F"_s, u"2 G"_s, u"2.1 H"_s}
        << QStringList {u"2.2>"_s} << u"2.1"_s;
    QTest::newRow("remove an only child: the parent is selected")
        << QList<Criterion> {crit(u"1"_s, u"A"_s, u"100"_s, K::Group), crit(u"1.1"_s, u"B"_s, u"100"_s, K::Score)}
        << u"remove"_s << u"1.1"_s << QStringList {u"1 A"_s} << QStringList {u"1.1>"_s} << u"1"_s;
    QTest::newRow("remove an area") << base() << u"remove"_s << u"1"_s << QStringList {u"1 G"_s, u"1.1 H"_s, u"1.2 I"_s}
                                    << QStringList {u"1.1>"_s, u"1.2.1>"_s, u"1.2.2>"_s, u"1.2>"_s, u"1.3>"_s, u"1>"_s,
                                           u"2.1>1.1"_s, u"2.2>1.2"_s, u"2>1"_s}
                                    << u"1"_s;
    QTest::newRow("remove the only area: nothing left")
        << QList<Criterion> {crit(u"1"_s, u"A"_s, u"100"_s, K::Score)} << u"remove"_s << u"1"_s << QStringList {}
        << QStringList {u"1>"_s} << QString();
    QTest::newRow("move up a group: its sub-criteria follow")
        << base() << u"moveUp"_s << u"1.2"_s
        << QStringList {u"1 A"_s, u"1.1 C"_s, u"1.1.1 D"_s, u"1.1.2 E"_s, u"1.2 B"_s, u"1.3 F"_s, u"2 G"_s, u"2.1 H"_s,
               u"2.2 I"_s}
        << QStringList {u"1.1>1.2"_s, u"1.2.1>1.1.1"_s, u"1.2.2>1.1.2"_s, u"1.2>1.1"_s} << u"1.1"_s;
    QTest::newRow("move up an area") << base() << u"moveUp"_s << u"2"_s
                                     << QStringList {u"1 G"_s, u"1.1 H"_s, u"1.2 I"_s, u"2 A"_s, u"2.1 B"_s, u"2.2 C"_s,
                                            u"2.2.1 D"_s, u"2.2.2 E"_s, u"2.3 F"_s}
                                     << QStringList {u"1.1>2.1"_s, u"1.2.1>2.2.1"_s, u"1.2.2>2.2.2"_s, u"1.2>2.2"_s,
                                            u"1.3>2.3"_s, u"1>2"_s, u"2.1>1.1"_s, u"2.2>1.2"_s, u"2>1"_s}
                                     << u"1"_s;
    QTest::newRow("move down over a group")
        << base() << u"moveDown"_s << u"1.1"_s
        << QStringList {u"1 A"_s, u"1.1 C"_s, u"1.1.1 D"_s, u"1.1.2 E"_s, u"1.2 B"_s, u"1.3 F"_s, u"2 G"_s, u"2.1 H"_s,
               u"2.2 I"_s}
        << QStringList {u"1.1>1.2"_s, u"1.2.1>1.1.1"_s, u"1.2.2>1.1.2"_s, u"1.2>1.1"_s} << u"1.2"_s;
    QTest::newRow("move down a leaf: two codes swap") << base() << u"moveDown"_s << u"1.2.1"_s
                                                      << QStringList {u"1 A"_s, u"1.1 B"_s, u"1.2 C"_s, u"1.2.1 E"_s,
                                                             u"1.2.2 D"_s, u"1.3 F"_s, u"2 G"_s, u"2.1 H"_s, u"2.2 I"_s}
                                                      << QStringList {u"1.2.1>1.2.2"_s, u"1.2.2>1.2.1"_s} << u"1.2.2"_s;
    QTest::newRow("indent: last child of the previous group")
        << base() << u"indent"_s << u"1.3"_s
        << QStringList {u"1 A"_s, u"1.1 B"_s, u"1.2 C"_s, u"1.2.1 D"_s, u"1.2.2 E"_s, u"1.2.3 F"_s, u"2 G"_s,
               u"2.1 H"_s, u"2.2 I"_s}
        << QStringList {u"1.3>1.2.3"_s} << u"1.2.3"_s;
    QTest::newRow("indent an area with its criteria")
        << base() << u"indent"_s << u"2"_s
        << QStringList {u"1 A"_s, u"1.1 B"_s, u"1.2 C"_s, u"1.2.1 D"_s, u"1.2.2 E"_s, u"1.3 F"_s, u"1.4 G"_s,
               u"1.4.1 H"_s, u"1.4.2 I"_s}
        << QStringList {u"2.1>1.4.1"_s, u"2.2>1.4.2"_s, u"2>1.4"_s} << u"1.4"_s;
    QTest::newRow("outdent a group: next sibling of its parent")
        << base() << u"outdent"_s << u"1.2"_s
        << QStringList {u"1 A"_s, u"1.1 B"_s, u"1.2 F"_s, u"2 C"_s, u"2.1 D"_s, u"2.2 E"_s, u"3 G"_s, u"3.1 H"_s,
               u"3.2 I"_s}
        << QStringList {u"1.2.1>2.1"_s, u"1.2.2>2.2"_s, u"1.2>2"_s, u"1.3>1.2"_s, u"2.1>3.1"_s, u"2.2>3.2"_s, u"2>3"_s}
        << u"2"_s;
    QTest::newRow("outdent a first child: its sibling stays with the parent")
        << base() << u"outdent"_s << u"1.2.1"_s
        << QStringList {u"1 A"_s, u"1.1 B"_s, u"1.2 C"_s, u"1.2.1 E"_s, u"1.3 D"_s, u"1.4 F"_s, u"2 G"_s, u"2.1 H"_s,
               u"2.2 I"_s}
        << QStringList {u"1.2.1>1.3"_s, u"1.2.2>1.2.1"_s, u"1.3>1.4"_s} << u"1.3"_s;
    QTest::newRow("gaps are closed by any edit")
        << withGaps() << u"addChild"_s << u"1"_s << QStringList {u"1 A"_s, u"1.1 B"_s, u"1.2 C"_s, u"1.3 N"_s, u"2 D"_s}
        << QStringList {u"1.3>1.2"_s, u"3>2"_s} << u"1.3"_s;
    QTest::newRow("remove in a tree with gaps")
        << withGaps() << u"remove"_s << u"1.1"_s << QStringList {u"1 A"_s, u"1.1 C"_s, u"2 D"_s}
        << QStringList {u"1.1>"_s, u"1.3>1.1"_s, u"3>2"_s} << u"1.1"_s;
}

void TestCriteriaEdit::operations()
{
    QFETCH(QList<Criterion>, criteria);
    QFETCH(QString, operation);
    QFETCH(QString, code);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, renames);
    QFETCH(QString, focus);

    const auto change = run(operation, criteria, code);
    QVERIFY2(change.ok(), qPrintable(change.error().text()));
    QCOMPARE(outline(change->criteria), expected);
    QCOMPARE(pairs(change->renamedCodes), renames);
    QCOMPARE(change->focusCode, focus);
    // Everything but the code is carried over as it was.
    for (const Criterion &c : change->criteria) {
        if (c.title == u"N")
            continue;
        const auto before
            = std::find_if(criteria.cbegin(), criteria.cend(), [&](const Criterion &b) { return b.title == c.title; });
        QVERIFY(before != criteria.cend());
        QCOMPARE(c.maxPoints, before->maxPoints);
        QCOMPARE(c.kind, before->kind);
        QCOMPARE(c.rule, before->rule);
    }
}

void TestCriteriaEdit::refusals_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("child of a leaf") << u"addChild"_s << u"1.1"_s << u"Change its kind to Group first"_s;
    QTest::newRow("child of nothing") << u"addChild"_s << u"9"_s << u"There is no criterion 9"_s;
    QTest::newRow("sibling of nothing") << u"addSibling"_s << u"1.9"_s << u"There is no criterion 1.9"_s;
    QTest::newRow("remove nothing") << u"remove"_s << u"3"_s << u"There is no criterion 3"_s;
    QTest::newRow("first moves up") << u"moveUp"_s << u"1.1"_s << u"already the first"_s;
    QTest::newRow("first area moves up") << u"moveUp"_s << u"1"_s << u"already the first"_s;
    QTest::newRow("last moves down") << u"moveDown"_s << u"1.3"_s << u"already the last"_s;
    QTest::newRow("last area moves down") << u"moveDown"_s << u"2"_s << u"already the last"_s;
    QTest::newRow("indent under a leaf") << u"indent"_s << u"1.2"_s << u"change the kind of 1.1 to Group"_s;
    QTest::newRow("indent the first") << u"indent"_s << u"1.2.1"_s << u"no criterion before it"_s;
    QTest::newRow("outdent an area") << u"outdent"_s << u"1"_s << u"an area already"_s;
    QTest::newRow("outdent a deduction to the root") << u"outdent"_s << u"1.3"_s << u"must belong to an area"_s;
}

void TestCriteriaEdit::refusals()
{
    QFETCH(QString, operation);
    QFETCH(QString, code);
    QFETCH(QString, fragment);

    const auto change = run(operation, base(), code);
    QVERIFY(!change.ok());
    QVERIFY2(change.error().text().contains(fragment), qPrintable(change.error().text()));
}

void TestCriteriaEdit::reverseRenamesUndoAnEdit_data()
{
    operations_data();
}

// Following a criterion forwards and back through the reverse renames leads to where it started; what the edit
// added maps to nothing.
void TestCriteriaEdit::reverseRenamesUndoAnEdit()
{
    QFETCH(QList<Criterion>, criteria);
    QFETCH(QString, operation);
    QFETCH(QString, code);

    const auto change = run(operation, criteria, code);
    QVERIFY2(change.ok(), qPrintable(change.error().text()));
    const QHash<QString, QString> reverse
        = CriteriaEdit::reverseRenames(criteria, change->criteria, change->renamedCodes);
    for (const Criterion &c : criteria) {
        const QString now = change->renamedCodes.value(c.code, c.code);
        if (now.isEmpty())
            continue;
        QCOMPARE(reverse.value(now, now), c.code);
    }
    for (const Criterion &c : change->criteria) {
        if (c.title == u"N")
            QCOMPARE(reverse.value(c.code, u"?"_s), QString());
    }
}

void TestCriteriaEdit::reverseRenamesByHand()
{
    const auto change = CriteriaEdit::addSibling(base(), u"1.1"_s, added());
    QVERIFY(change.ok());
    QCOMPARE(pairs(CriteriaEdit::reverseRenames(base(), change->criteria, change->renamedCodes)),
        (QStringList {u"1.2>"_s, u"1.3.1>1.2.1"_s, u"1.3.2>1.2.2"_s, u"1.3>1.2"_s, u"1.4>1.3"_s}));

    const auto removal = CriteriaEdit::remove(base(), u"1.2"_s);
    QVERIFY(removal.ok());
    QCOMPARE(pairs(CriteriaEdit::reverseRenames(base(), removal->criteria, removal->renamedCodes)),
        (QStringList {u"1.2>1.3"_s}));
}

void TestCriteriaEdit::change_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<Criterion>("changed");
    QTest::addColumn<QString>("fragment"); // empty: accepted

    QTest::newRow("new maximum") << u"1.1"_s << crit(u"ignored"_s, u"B"_s, u"4.5"_s, K::Score) << QString();
    QTest::newRow("new title") << u"2.1"_s << crit(u"2.1"_s, u"Cải cách thủ tục hành chính"_s, u"50"_s, K::Score)
                               << QString();
    QTest::newRow("leaf to rate with a rule")
        << u"1.1"_s << crit(u"1.1"_s, u"B"_s, u"4"_s, K::Rate, u"100:4;80:2"_s) << QString();
    QTest::newRow("leaf to group without children")
        << u"1.1"_s << crit(u"1.1"_s, u"B"_s, u"4"_s, K::Group) << QString();
    QTest::newRow("group with children to a leaf")
        << u"1.2"_s << crit(u"1.2"_s, u"C"_s, u"6"_s, K::Score) << u"is not of kind group"_s;
    QTest::newRow("rate without a rule") << u"1.1"_s << crit(u"1.1"_s, u"B"_s, u"4"_s, K::Rate) << u"has no rule"_s;
    QTest::newRow("rule giving more than the maximum")
        << u"2.2"_s << crit(u"2.2"_s, u"I"_s, u"40"_s, K::Rate, u"100:50"_s) << u"more than its maximum"_s;
    QTest::newRow("negative maximum") << u"1.1"_s << crit(u"1.1"_s, u"B"_s, u"-1"_s, K::Score) << u"negative"_s;
    QTest::newRow("empty title") << u"1.1"_s << crit(u"1.1"_s, u" "_s, u"4"_s, K::Score) << u"has no title"_s;
    QTest::newRow("deduction as an area")
        << u"1"_s << crit(u"1"_s, u"A"_s, u"10"_s, K::Deduction) << u"is not of kind group"_s;
}

void TestCriteriaEdit::change()
{
    QFETCH(QString, code);
    QFETCH(Criterion, changed);
    QFETCH(QString, fragment);

    const auto result = CriteriaEdit::change(base(), code, changed);
    if (!fragment.isEmpty()) {
        QVERIFY(!result.ok());
        QVERIFY2(result.error().text().contains(fragment), qPrintable(result.error().text()));
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QVERIFY(result->renamedCodes.isEmpty());
    QCOMPARE(result->focusCode, code);
    QList<Criterion> expected = base();
    for (Criterion &c : expected) {
        if (c.code == code) {
            c = changed;
            c.code = code;
        }
    }
    QCOMPARE(result->criteria, expected);
}

void TestCriteriaEdit::subtreeCodes()
{
    QCOMPARE(CriteriaEdit::subtreeCodes(base(), u"1"_s),
        (QStringList {u"1"_s, u"1.1"_s, u"1.2"_s, u"1.2.1"_s, u"1.2.2"_s, u"1.3"_s}));
    QCOMPARE(CriteriaEdit::subtreeCodes(base(), u"1.2"_s), (QStringList {u"1.2"_s, u"1.2.1"_s, u"1.2.2"_s}));
    QCOMPARE(CriteriaEdit::subtreeCodes(base(), u"2.2"_s), QStringList {u"2.2"_s});
    QCOMPARE(CriteriaEdit::subtreeCodes(base(), u"7"_s), QStringList());
}

void TestCriteriaEdit::childrenMax()
{
    QList<Criterion> criteria = base();
    criteria[3].maxPoints = *Fixed::parse(u"1.5"); // 1.2.1: the sub-criteria of 1.2 now add up to 4.5
    const auto tree = CriteriaTree::build(criteria);
    QVERIFY(tree.ok());
    QCOMPARE(CriteriaEdit::childrenMax(*tree, tree->indexOf(u"1"_s)), Fixed::fromInt(10)); // deduction 1.3 left out
    QCOMPARE(CriteriaEdit::childrenMax(*tree, tree->indexOf(u"1.2"_s)), *Fixed::parse(u"4.5"));
    QCOMPARE(CriteriaEdit::childrenMax(*tree, tree->indexOf(u"2"_s)), Fixed::fromInt(90));
    QCOMPARE(CriteriaEdit::childrenMax(*tree, tree->indexOf(u"2.1"_s)), Fixed());
}

// What a new tree takes from the values entered: whole cells of criteria removed or made groups, values above a new
// maximum (the rest of their cell stays); codes follow the renames.
void TestCriteriaEdit::droppedValues()
{
    QList<Criterion> criteria = base();
    criteria[1].maxPoints = Fixed::fromInt(2); // 1.1 lowered from 4 to 2
    const auto tree = CriteriaTree::build(criteria);
    QVERIFY(tree.ok());

    QHash<QString, ScoreSheet> sheets;
    ScoreSheet ds {u"DS"_s, {}};
    ds.entries.insert(u"1.1"_s, ScoreEntry {Fixed::fromInt(3), Fixed::fromInt(2), false, u"n"_s}); // self above
    ds.entries.insert(u"2.2"_s, ScoreEntry {{}, Fixed::fromInt(100), false, {}}); // a rate: up to 100 %
    ScoreSheet hh {u"HH"_s, {}};
    hh.entries.insert(u"1.1"_s, ScoreEntry {{}, *Fixed::parse(u"2.5"), false, {}});
    hh.entries.insert(u"1.2.1"_s, ScoreEntry {{}, Fixed::fromInt(3), true, {}});
    ScoreSheet ns {u"NS"_s, {}};
    ns.entries.insert(u"1.1"_s, ScoreEntry {{}, Fixed::fromInt(2), false, {}}); // at the maximum: fine
    sheets.insert(ds.unitCode, ds);
    sheets.insert(hh.unitCode, hh);
    sheets.insert(ns.unitCode, ns);

    const DroppedValues lowered = CriteriaEdit::droppedValues(*tree, sheets);
    QCOMPARE(lowered.scoreCount(), 2);
    QCOMPARE(lowered.unitCount(), 2);
    QCOMPARE(lowered.criteria(), QStringList {u"1.1"_s});
    QCOMPARE(lowered.before[0], (ScoreCell {u"DS"_s, u"1.1"_s, ds.entries[u"1.1"_s]}));
    QCOMPARE(lowered.after[0], (ScoreCell {u"DS"_s, u"1.1"_s, ScoreEntry {{}, Fixed::fromInt(2), false, u"n"_s}}));
    QCOMPARE(lowered.after[1], (ScoreCell {u"HH"_s, u"1.1"_s, ScoreEntry {}}));
    QCOMPARE(lowered.summary(), u"2 score(s) of 2 unit(s) in criterion 1.1"_s);
    QVERIFY2(lowered.details().value(0).contains(u"above the new maximum 2 of 1.1"_s),
        qPrintable(lowered.details().join(u'\n')));
    QVERIFY(CriteriaEdit::droppedValues(CriteriaTree::build(base()).value(), sheets).isEmpty());

    // 1.2 removed with its sub-criteria: 1.3 becomes 1.2, and HH's not-applicable cell of 1.2.1 goes whole.
    const auto removed = CriteriaEdit::remove(base(), u"1.2"_s);
    QVERIFY(removed.ok());
    const DroppedValues gone
        = CriteriaEdit::droppedValues(*CriteriaTree::build(removed->criteria), sheets, removed->renamedCodes);
    QCOMPARE(gone.scoreCount(), 1);
    QCOMPARE(gone.before[0], (ScoreCell {u"HH"_s, u"1.2.1"_s, hh.entries[u"1.2.1"_s]}));
    QVERIFY(gone.after[0].entry.isEmpty());
    QVERIFY(gone.details().value(0).contains(u"no longer among the criteria"_s));
}

QTEST_APPLESS_MAIN(TestCriteriaEdit)
#include "tst_criteriaedit.moc"
