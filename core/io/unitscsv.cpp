#include "formats.h"
#include "problemlist.h"
#include "tablelayout.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
const QStringList unitColumns = {u"code"_s, u"name"_s, u"group"_s, u"since_year"_s, u"retired_year"_s, u"ranked"_s};
const QStringList rosterColumns = {u"code"_s, u"name"_s, u"ranked"_s};

bool hasSpace(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

// An optional year column: empty for none.
std::optional<int> readYear(const QString &text, bool *ok)
{
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    const int year = text.toInt(ok);
    *ok = *ok && year >= 1900 && year <= 9999;
    return year;
}

// A unit's code: valid (Unit::isValidCode), once in the file.
void checkUnitCode(ProblemList &problems, int line, const QString &code, QHash<QString, int> &lineOfCode)
{
    if (!Unit::isValidCode(code))
        problems.add(line, u"code"_s, code,
            FileFormats::tr("expected a unit code without spaces that does not start with =, +, - or @, such as DS."));
    else if (lineOfCode.contains(code))
        problems.add(line, u"code"_s, code,
            FileFormats::tr("expected each code once; line %1 has it already.").arg(lineOfCode[code]));
    else
        lineOfCode.insert(code, line);
}

// The columns this file may carry beyond the required ones, -1 where absent.
struct UnitColumns
{
    qsizetype code, name, group, since, retired, ranked;
};
} // namespace

Result<QList<Unit>> FileFormats::parseUnits(const CsvTable &table)
{
    ProblemList problems(table);
    if (!TableLayout::requireColumns(table, {u"code"_s, u"name"_s, u"group"_s}, problems))
        return problems.error();
    TableLayout::check(table, problems);
    TableLayout::refuseUnknownColumns(table, unitColumns, problems);
    const UnitColumns col {table.column(u"code"), table.column(u"name"), table.column(u"group"),
        table.column(u"since_year"), table.column(u"retired_year"), table.column(u"ranked")};

    QList<Unit> units;
    QHash<QString, int> lineOfCode;
    QHash<QPair<QString, QString>, int> lineOfName; // (group, case-folded name)
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const CsvRow row = table.rows[r];
        const int line = table.lines[r];
        Unit u;
        u.code = row.value(col.code);
        u.name = row.value(col.name);
        u.groupCode = row.value(col.group);

        checkUnitCode(problems, line, u.code, lineOfCode);

        if (u.groupCode.isEmpty() || hasSpace(u.groupCode))
            problems.add(line, u"group"_s, u.groupCode, tr("expected a group code such as SO, HUYEN or XA."));

        // "Sở Tư pháp" and "Sở tư pháp" are the same unit to a reader.
        const QPair<QString, QString> nameKey {u.groupCode, u.name.toCaseFolded()};
        if (u.name.isEmpty())
            problems.add(line, u"name"_s, u.name, tr("expected the unit's name."));
        else if (lineOfName.contains(nameKey))
            problems.add(line, u"name"_s, u.name,
                tr("expected names unique within a group; line %1 has this name in group %2 already.")
                    .arg(lineOfName[nameKey])
                    .arg(u.groupCode));
        else
            lineOfName.insert(nameKey, line);

        bool ok = true;
        if (col.since >= 0) {
            u.sinceYear = readYear(row.value(col.since), &ok);
            if (!ok)
                problems.add(line, u"since_year"_s, row.value(col.since),
                    tr("expected the first year the unit takes part, such as 2025, or nothing."));
        }
        if (col.retired >= 0) {
            u.retiredYear = readYear(row.value(col.retired), &ok);
            if (!ok)
                problems.add(line, u"retired_year"_s, row.value(col.retired),
                    tr("expected the first year the unit no longer takes part, such as 2025, or nothing."));
            else if (u.sinceYear && u.retiredYear && *u.retiredYear <= *u.sinceYear)
                problems.add(line, u"retired_year"_s, row.value(col.retired),
                    tr("expected a year after since_year %1.").arg(*u.sinceYear));
        }
        if (col.ranked >= 0) {
            const QString ranked = row.value(col.ranked);
            if (ranked == u"0")
                u.ranked = false;
            else if (!ranked.isEmpty() && ranked != u"1")
                problems.add(line, u"ranked"_s, ranked,
                    tr("expected 1 (ranked), 0 (listed without a rank) or nothing (ranked)."));
        }
        units.append(u);
    }
    if (!problems.isEmpty())
        return problems.error();
    return units;
}

Result<QList<Unit>> FileFormats::parseRoster(const CsvTable &table)
{
    ProblemList problems(table);
    if (!TableLayout::requireColumns(table, {u"code"_s, u"name"_s}, problems))
        return problems.error();
    TableLayout::check(table, problems);
    TableLayout::refuseUnknownColumns(table, rosterColumns, problems);
    const qsizetype code = table.column(u"code");
    const qsizetype name = table.column(u"name");
    const qsizetype ranked = table.column(u"ranked");
    QList<Unit> units;
    QHash<QString, int> lineOfCode;
    QHash<QString, int> lineOfName;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const CsvRow row = table.rows[r];
        const int line = table.lines[r];
        Unit u;
        u.code = row.value(code);
        u.name = row.value(name);
        checkUnitCode(problems, line, u.code, lineOfCode);
        if (u.name.isEmpty())
            problems.add(line, u"name"_s, u.name, tr("expected the unit's name that year."));
        else if (lineOfName.contains(u.name.toCaseFolded()))
            problems.add(line, u"name"_s, u.name,
                tr("expected names unique in the roster; line %1 has this name already.")
                    .arg(lineOfName[u.name.toCaseFolded()]));
        else
            lineOfName.insert(u.name.toCaseFolded(), line);
        if (ranked >= 0) {
            const QString flag = row.value(ranked);
            if (flag == u"0")
                u.ranked = false;
            else if (!flag.isEmpty() && flag != u"1")
                problems.add(
                    line, u"ranked"_s, flag, tr("expected 1 (ranked), 0 (listed without a rank) or nothing (ranked)."));
        }
        units.append(u);
    }
    if (!problems.isEmpty())
        return problems.error();
    return units;
}

SheetData FileFormats::rosterSheet(const QList<Unit> &units)
{
    SheetData sheet;
    sheet.name = tr("Roster");
    sheet.header = rosterColumns;
    sheet.columnWidths = {10, 48, 8};
    for (const Unit &u : units)
        sheet.rows.append({SheetCell::textCell(u.code), SheetCell::textCell(u.name),
            SheetCell::textCell(u.ranked ? u"1"_s : u"0"_s)});
    return sheet;
}

QByteArray FileFormats::writeUnits(const QList<Unit> &units)
{
    const auto year = [](const std::optional<int> &y) { return y ? QString::number(*y) : QString(); };
    QList<QStringList> rows;
    rows.reserve(units.size());
    for (const Unit &u : units)
        rows.append({u.code, u.name, u.groupCode, year(u.sinceYear), year(u.retiredYear), u.ranked ? u"1"_s : u"0"_s});
    return CsvWriter::write(unitColumns, rows);
}

} // namespace parindex
