#include "tablelayout.h"

namespace parindex {

namespace {
// The number of cells up to the last one that holds something.
qsizetype filledWidth(const QStringList &row)
{
    qsizetype width = row.size();
    while (width > 0 && row[width - 1].isEmpty())
        --width;
    return width;
}
} // namespace

bool TableLayout::requireColumns(const CsvTable &table, const QStringList &names, ProblemList &problems)
{
    bool ok = true;
    for (const QString &name : names) {
        if (table.column(name) >= 0)
            continue;
        problems.addColumn(table.headerLine, name,
            tr("expected a column named %1 in the header (this file has %2).")
                .arg(name, table.header.join(table.delimiter)));
        ok = false;
    }
    return ok;
}

void TableLayout::check(const CsvTable &table, ProblemList &problems)
{
    for (qsizetype i = 0; i < table.header.size(); ++i) {
        const QString &name = table.header[i];
        if (name.isEmpty()) {
            for (qsizetype r = 0; r < table.rows.size(); ++r) {
                if (!table.rows[r].value(i).isEmpty()) {
                    problems.addLine(table.headerLine,
                        tr("column %1 has no name but holds a value on line %2: expected a column name.")
                            .arg(i + 1)
                            .arg(table.lines[r]));
                    break;
                }
            }
        } else if (table.column(name) != i) {
            problems.addColumn(table.headerLine, name,
                tr("expected each column once; this one is column %1 and %2.").arg(table.column(name) + 1).arg(i + 1));
        }
    }
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const qsizetype width = filledWidth(table.rows[r]);
        if (width > table.header.size()) {
            problems.addLine(table.lines[r],
                tr("expected at most %1 values, one per column of the header, but found %2 (a value "
                   "that holds the delimiter \"%3\" must be in quotes).")
                    .arg(table.header.size())
                    .arg(width)
                    .arg(table.delimiter == u'\t' ? tr("tab") : QString(table.delimiter)));
        }
    }
}

} // namespace parindex
