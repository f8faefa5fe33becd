#pragma once

#include "csvtable.h"

#include "model/criteriatree.h"

namespace parindex {

// Which column of a sheet holds what an import needs, when the sheet's own header does not say it in our
// words ("Mã đơn vị" for unit_code): one target per source column, a format's column name (unit_code,
// criterion_code, self, appraised, note, points, a..e) or a leaf criterion code (the wide form), or empty to
// leave the column out.
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)
public:
    enum class Kind { Scores, Survey };

    // The names a column can be mapped to for this kind of import, in the order a person picks them.
    static QStringList targets(Kind kind, const CriteriaTree &tree);
    // A person's word for a target, for the mapping's choices ("Unit code (unit_code)").
    static QString label(const QString &target, const CriteriaTree &tree);
    // The target of each column that its header names, in our words or the usual Vietnamese ones; empty
    // where the header names nothing known.
    static QStringList guess(const CsvTable &table, Kind kind, const CriteriaTree &tree);
    // The table with only the mapped columns, under their targets; the cells keep their sheet letters
    // (CsvTable::sourceColumns), so that problems still name "D7".
    static CsvTable apply(const CsvTable &table, const QStringList &targets);
    // The columns that hold something (a header or a value) but are not imported, as a person finds them in
    // the sheet ("C (Khác)", or the column's number in a CSV file): an import says what it leaves out.
    static QStringList leftOut(const CsvTable &table, const QStringList &targets);
};

} // namespace parindex
