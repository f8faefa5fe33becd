// bands.csv: a period's classification bands (the thresholds of the classes), as `whatif --bands` reads them.
#include "filenumber.h"
#include "formats.h"
#include "problemlist.h"
#include "tablelayout.h"

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
const QStringList bandsColumns = {u"class"_s, u"min_index"_s};
} // namespace

Result<ClassBands> FileFormats::parseBands(const CsvTable &table)
{
    ProblemList problems(table);
    if (!TableLayout::requireColumns(table, bandsColumns, problems))
        return problems.error();
    TableLayout::check(table, problems);
    TableLayout::refuseUnknownColumns(table, bandsColumns, problems);
    const qsizetype classColumn = table.column(u"class");
    const qsizetype minColumn = table.column(u"min_index");
    QList<ClassBands::Band> bands;
    QHash<int, int> lineOf; // class -> line
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const CsvRow row = table.rows[r];
        const int line = table.lines[r];
        const QString name = row.value(classColumn).trimmed();
        const auto code = classCodeFromName(name.toLower());
        if (!code) {
            problems.add(line, u"class"_s, name, tr("expected a class code: excellent, good, fair, average or weak."));
            continue;
        }
        const FileNumber number = FileNumber::read(row.value(minColumn), table.delimiter);
        if (!number.value || *number.value < Fixed() || *number.value > Fixed::fromInt(100)) {
            problems.add(line, u"min_index"_s, row.value(minColumn),
                tr("expected the lowest index of the class, a number from 0 to 100%1.").arg(number.hint()));
            continue;
        }
        if (lineOf.contains(int(*code))) {
            problems.addLine(line, tr("Line %1 gives the class %2 already.").arg(lineOf[int(*code)]).arg(name));
            continue;
        }
        lineOf.insert(int(*code), line);
        bands.append({*code, *number.value});
    }
    if (!problems.isEmpty())
        return problems.error();
    if (bands.isEmpty()) {
        problems.addLine(0, tr("The file gives no class: a row per class used, such as excellent,90."));
        return problems.error();
    }
    // What the set as a whole breaks (minima out of the classes' order, no class from 0) is said for the file.
    auto built = ClassBands::build(bands);
    if (!built) {
        problems.addLine(0, built.error().text());
        return problems.error();
    }
    return built;
}

SheetData FileFormats::bandsSheet(const ClassBands &bands)
{
    SheetData sheet;
    sheet.name = tr("Bands");
    sheet.header = bandsColumns;
    sheet.columnWidths = {14, 10};
    for (const ClassBands::Band &b : bands.bands())
        sheet.rows.append({SheetCell::textCell(classCodeName(b.code)), SheetCell::numberCell(b.minIndex)});
    return sheet;
}

} // namespace parindex
