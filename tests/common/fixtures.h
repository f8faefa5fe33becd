#pragma once

#include "model/criteriatree.h"
#include "model/scoresheet.h"

#include <QtCore/QStringList>
#include <QtTest/QTest>

// Small hand-written trees and sheets for data-driven tests.
namespace parindex::fixtures {

// One criterion titled "Tiêu chí CODE", for trees built in a test: crit(u"1.1"_s, u"2"_s, CriterionKind::Score).
inline Criterion crit(const QString &code, const QString &max, CriterionKind kind, const QString &rule = {})
{
    Criterion c;
    c.code = code;
    c.title = QStringLiteral("Tiêu chí ") + code;
    c.maxPoints = *Fixed::parse(max);
    c.kind = kind;
    c.rule = *RateRule::parse(rule);
    return c;
}

// Rows "code|title|max|kind|rule", e.g. "1|Area one|10|group|".
inline CriteriaTree makeTree(const QStringList &rows)
{
    QList<Criterion> list;
    for (const QString &row : rows) {
        const QStringList f = row.split(u'|');
        Criterion c;
        c.code = f.value(0);
        c.title = f.value(1);
        c.maxPoints = Fixed::parse(f.value(2)).value_or(Fixed());
        c.kind = criterionKindFromCode(f.value(3)).value_or(CriterionKind::Score);
        c.rule = RateRule::parse(f.value(4)).ok() ? *RateRule::parse(f.value(4)) : RateRule();
        list.append(c);
    }
    auto tree = CriteriaTree::build(list);
    if (!tree.ok())
        qFatal("fixture tree invalid: %s", qPrintable(tree.error().text()));
    return *tree;
}

// Entries "code=value" (appraised), "code=na", "code=value/self" (appraised/self).
inline ScoreSheet makeSheet(const QString &unitCode, const QStringList &entries)
{
    ScoreSheet sheet;
    sheet.unitCode = unitCode;
    for (const QString &e : entries) {
        const qsizetype eq = e.indexOf(u'=');
        const QString code = e.left(eq);
        const QString value = e.mid(eq + 1);
        ScoreEntry entry;
        if (value == u"na") {
            entry.notApplicable = true;
        } else {
            const QStringList parts = value.split(u'/');
            if (!parts.value(0).isEmpty())
                entry.appraised = Fixed::parse(parts.value(0));
            if (parts.size() > 1)
                entry.selfValue = Fixed::parse(parts.value(1));
        }
        sheet.entries.insert(code, entry);
    }
    return sheet;
}

} // namespace parindex::fixtures
