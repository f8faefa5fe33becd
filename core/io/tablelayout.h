#pragma once

#include "problemlist.h"

namespace parindex {

// The shape of a table that every format relies on, checked before its cells are read.
class TableLayout
{
    Q_DECLARE_TR_FUNCTIONS(TableLayout)
public:
    // Each required column is in the header; every missing one is a problem on the header line.
    static bool requireColumns(const CsvTable &table, const QStringList &names, ProblemList &problems);

    // Header names appear once; a column without a name holds no values; no row has more values than
    // the header has columns (the sign of a value with the delimiter in it that lacks its quotes).
    static void check(const CsvTable &table, ProblemList &problems);

    // Every named column of the header is one of `known` (or of `alsoAccepted`, names that a file we write
    // carries beside them): a column that nothing reads would be dropped without a word, so each other one is
    // a problem that names it, lists `known` and suggests the nearest name.
    static void refuseUnknownColumns(
        const CsvTable &table, const QStringList &known, ProblemList &problems, const QStringList &alsoAccepted = {});
    // The name among `candidates` nearest to `name` (by edit distance, ignoring case), when it is near
    // enough to be a slip of the keyboard; empty otherwise.
    static QString nearest(const QString &name, const QStringList &candidates);
    // " – did you mean "appraised"?" for the nearest candidate, or nothing.
    static QString suggestion(const QString &name, const QStringList &candidates);
};

} // namespace parindex
