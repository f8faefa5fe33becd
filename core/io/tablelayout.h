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
};

} // namespace parindex
