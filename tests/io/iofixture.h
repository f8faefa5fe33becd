#pragma once

#include "io/csvtable.h"
#include "model/criteriatree.h"
#include "model/scoresheet.h"
#include "model/unit.h"

#include <QtTest/QTest>

// A small period to import into: a tree with every kind of criterion, and three districts.
namespace parindex::iotest {

using namespace Qt::StringLiterals;

inline Criterion criterion(
    const QString &code, const QString &title, const char *max, CriterionKind kind, const QString &rule = {})
{
    Criterion c;
    c.code = code;
    c.title = title;
    c.maxPoints = *Fixed::parse(QString::fromLatin1(max));
    c.kind = kind;
    c.rule = *RateRule::parse(rule);
    return c;
}

//   1      Chỉ đạo, điều hành          10  group
//   1.1    Kế hoạch CCHC                4  group
//   1.1.1  Ban hành kế hoạch            2  score
//   1.1.2  Tỷ lệ hoàn thành kế hoạch    2  rate 100:2;80:1
//   1.2    Báo cáo đúng hạn             6  score
//   1.3    Chậm báo cáo                 1  deduction
//   2      Khảo sát sự hài lòng        90  survey
inline QList<Criterion> sampleCriteria()
{
    using K = CriterionKind;
    return {criterion(u"1"_s, u"Chỉ đạo, điều hành"_s, "10", K::Group),
        criterion(u"1.1"_s, u"Kế hoạch CCHC"_s, "4", K::Group),
        criterion(u"1.1.1"_s, u"Ban hành kế hoạch"_s, "2", K::Score),
        criterion(u"1.1.2"_s, u"Tỷ lệ hoàn thành kế hoạch"_s, "2", K::Rate, u"100:2;80:1"_s),
        criterion(u"1.2"_s, u"Báo cáo đúng hạn"_s, "6", K::Score),
        criterion(u"1.3"_s, u"Chậm báo cáo"_s, "1", K::Deduction),
        criterion(u"2"_s, u"Khảo sát sự hài lòng"_s, "90", K::Survey)};
}

inline CriteriaTree sampleTree()
{
    auto tree = CriteriaTree::build(sampleCriteria());
    if (!tree)
        qFatal("sample tree: %s", qPrintable(tree.error().text()));
    return *tree;
}

inline Unit unit(const QString &code, const QString &name, const QString &group = u"HUYEN"_s)
{
    Unit u;
    u.code = code;
    u.name = name;
    u.groupCode = group;
    return u;
}

inline QList<Unit> sampleUnits()
{
    return {unit(u"DS"_s, u"Đông Sơn"_s), unit(u"HH"_s, u"Hoằng Hóa"_s), unit(u"TX"_s, u"Thọ Xuân"_s)};
}

// An entry with the given appraised and self-assessed values (text, nullptr for none), na flag and note.
inline ScoreEntry entry(
    const char *appraised, const char *self = nullptr, bool notApplicable = false, const QString &note = {})
{
    ScoreEntry e;
    if (appraised)
        e.appraised = Fixed::parse(QString::fromLatin1(appraised));
    if (self)
        e.selfValue = Fixed::parse(QString::fromLatin1(self));
    e.notApplicable = notApplicable;
    e.note = note;
    return e;
}

// Stops the test program when a set-up step fails: what follows would test nothing.
inline void must(const Status &s)
{
    if (!s)
        qFatal("%s", qPrintable(s.error().text()));
}

// The table of a file's text, failing the test when it cannot be read.
inline CsvTable table(const QString &text, const QString &fileName)
{
    auto t = CsvReader::parse(text.toUtf8(), fileName);
    if (!t)
        qFatal("%s", qPrintable(t.error().text()));
    return *t;
}

} // namespace parindex::iotest
