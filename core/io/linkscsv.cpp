// criteria_map.csv and lineage.csv (formats.md, issue 16): what ties a year to the one before.
#include "formats.h"
#include "problemlist.h"
#include "tablelayout.h"

#include <QtCore/QSet>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
const QStringList mapColumns = {u"code"_s, u"title"_s, u"continues"_s, u"continues_title"_s};
const QStringList lineageColumns = {u"year"_s, u"unit"_s, u"unit_name"_s, u"continues"_s, u"continues_name"_s};
// formats.md's first form: a row per new unit, its predecessors in one cell, and what happened.
const QStringList lineageListColumns = {u"year"_s, u"code"_s, u"predecessors"_s, u"kind"_s};

// An optional column that repeats what the file says elsewhere: when filled in, it must say the same.
void checkEcho(ProblemList &problems, int line, const QString &column, const QString &given, const QString &actual)
{
    if (!given.isEmpty() && given.simplified() != actual.simplified())
        problems.add(line, column, given, FileFormats::tr("expected \"%1\" (or nothing).").arg(actual));
}
} // namespace

Result<QList<CriterionLink>> FileFormats::parseCriteriaMap(
    const CsvTable &table, const CriteriaTree &tree, const CriteriaTree &previous)
{
    ProblemList problems(table);
    if (!TableLayout::requireColumns(table, {u"code"_s, u"continues"_s}, problems))
        return problems.error();
    TableLayout::check(table, problems);
    TableLayout::refuseUnknownColumns(table, mapColumns, problems);
    const qsizetype code = table.column(u"code");
    const qsizetype title = table.column(u"title");
    const qsizetype continues = table.column(u"continues");
    const qsizetype continuesTitle = table.column(u"continues_title");
    QList<CriterionLink> links;
    QHash<std::pair<QString, QString>, int> lineOf;
    QSet<QString> mentioned;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const CsvRow row = table.rows[r];
        const int line = table.lines[r];
        const CriterionLink link {row.value(code).trimmed(), row.value(continues).trimmed()};
        const qsizetype i = tree.indexOf(link.code);
        if (i < 0) {
            problems.add(line, u"code"_s, link.code, tr("expected a criterion code of this year's tree."));
            continue;
        }
        mentioned.insert(link.code);
        if (title >= 0)
            checkEcho(problems, line, u"title"_s, row.value(title), tree.at(i).title);
        if (!link.isNew()) {
            const qsizetype j = previous.indexOf(link.continues);
            if (j < 0) {
                problems.add(line, u"continues"_s, link.continues,
                    tr("expected a criterion code of the previous year's tree, or nothing for a new criterion."));
                continue;
            }
            if (continuesTitle >= 0)
                checkEcho(problems, line, u"continues_title"_s, row.value(continuesTitle), previous.at(j).title);
            if ((tree.parentOf(i) < 0) != (previous.parentOf(j) < 0))
                problems.add(line, u"continues"_s, link.continues,
                    tree.parentOf(i) < 0 ? tr("expected an area of the previous year: %1 is an area.").arg(link.code)
                                         : tr("expected a criterion below an area: %1 is not an area.").arg(link.code));
        } else if (continuesTitle >= 0 && !row.value(continuesTitle).isEmpty()) {
            problems.add(line, u"continues_title"_s, row.value(continuesTitle),
                tr("expected nothing: the criterion continues nothing (the continues column is empty)."));
        }
        const std::pair<QString, QString> key {link.code, link.continues};
        if (lineOf.contains(key)) {
            problems.addLine(line, tr("Line %1 has this link already.").arg(lineOf[key]));
            continue;
        }
        lineOf.insert(key, line);
        links.append(link);
    }
    // A map read from a file is whole: every area says what it continues (a criterion below one may be left out).
    for (const qsizetype r : tree.roots()) {
        const Criterion &area = tree.at(r);
        if (!mentioned.contains(area.code))
            problems.addLine(0,
                tr("Area %1 (%2) has no row: give the area of the previous year it continues, or an empty continues "
                   "for a new area.")
                    .arg(area.code, area.title));
    }
    if (!problems.isEmpty())
        return problems.error();
    return links;
}

SheetData FileFormats::criteriaMapSheet(const CriteriaMap &map, const CriteriaTree &tree, const CriteriaTree &previous)
{
    SheetData sheet;
    sheet.name = tr("Criteria map");
    sheet.header = mapColumns;
    sheet.columnWidths = {10, 48, 10, 48};
    QHash<QString, QStringList> byCode;
    for (const CriterionLink &l : map.links)
        byCode[l.code].append(l.continues);
    // Every criterion of the year, linked or not: a row with an empty `continues` of a criterion that has no link is
    // what the person fills in (an empty one in a file imported says "new").
    for (qsizetype i = 0; i < tree.size(); ++i) {
        const Criterion &c = tree.at(i);
        const QStringList continued = byCode.value(c.code, {QString()});
        for (const QString &p : continued) {
            const qsizetype j = p.isEmpty() ? -1 : previous.indexOf(p);
            sheet.rows.append({SheetCell::textCell(c.code), SheetCell::textCell(c.title), SheetCell::textCell(p),
                SheetCell::textCell(j >= 0 ? previous.at(j).title : QString())});
        }
    }
    return sheet;
}

namespace {
// year,code,predecessors,kind: "2025,N,A;B;C,merge". The kind must agree with the rows: a merge has two or more
// predecessors, a rename or a split one; a rename's predecessor continues into no other unit that year, a split's
// into several.
Result<QList<LineageLink>> parseLineageList(const CsvTable &table, const QHash<QString, QString> &unitNames)
{
    ProblemList problems(table);
    if (!TableLayout::requireColumns(table, {u"year"_s, u"code"_s, u"predecessors"_s, u"kind"_s}, problems))
        return problems.error();
    TableLayout::check(table, problems);
    TableLayout::refuseUnknownColumns(table, lineageListColumns, problems);
    const qsizetype year = table.column(u"year");
    const qsizetype code = table.column(u"code");
    const qsizetype predecessors = table.column(u"predecessors");
    const qsizetype kind = table.column(u"kind");
    QList<LineageLink> links;
    QHash<std::pair<QString, QString>, int> lineOf;
    QHash<std::pair<int, QString>, int> successors; // (year, predecessor) -> how many rows continue it
    struct Row
    {
        int line;
        int year;
        QString kind;
        QStringList from;
    };
    QList<Row> rows;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const CsvRow row = table.rows[r];
        const int line = table.lines[r];
        bool ok = false;
        const int y = row.value(year).trimmed().toInt(&ok);
        if (!ok || y < 1990 || y > 2200)
            problems.add(line, u"year"_s, row.value(year),
                FileFormats::tr("expected the first year of the new unit, such as 2025."));
        const QString unit = row.value(code).trimmed();
        if (!unitNames.contains(unit))
            problems.add(line, u"code"_s, unit, FileFormats::tr("expected the code of a unit of the file."));
        const QString k = row.value(kind).trimmed().toLower();
        if (k != u"merge"_s && k != u"split"_s && k != u"rename"_s)
            problems.add(line, u"kind"_s, row.value(kind), FileFormats::tr("expected merge, split or rename."));
        QStringList from;
        for (const QString &part : row.value(predecessors).split(u';')) {
            const QString c = part.trimmed();
            if (c.isEmpty())
                continue;
            if (!unitNames.contains(c)) {
                problems.add(line, u"predecessors"_s, c, FileFormats::tr("expected the code of a unit of the file."));
                continue;
            }
            if (c == unit) {
                problems.add(line, u"predecessors"_s, c, FileFormats::tr("expected another unit than %1.").arg(unit));
                continue;
            }
            const std::pair<QString, QString> key {unit, c};
            if (lineOf.contains(key)) {
                problems.addLine(line, FileFormats::tr("Line %1 has this link already.").arg(lineOf[key]));
                continue;
            }
            lineOf.insert(key, line);
            from.append(c);
            successors[{y, c}] += 1;
            links.append({y, unit, c});
        }
        if (from.isEmpty() && row.value(predecessors).trimmed().isEmpty())
            problems.add(line, u"predecessors"_s, {},
                FileFormats::tr("expected the codes of the units it continues, separated by ;."));
        rows.append({line, y, k, from});
    }
    for (const Row &r : std::as_const(rows)) {
        if (r.from.isEmpty())
            continue;
        if (r.kind == u"merge"_s && r.from.size() < 2)
            problems.add(
                r.line, u"kind"_s, r.kind, FileFormats::tr("a merge continues two units or more: this row names one."));
        if ((r.kind == u"rename"_s || r.kind == u"split"_s) && r.from.size() != 1)
            problems.add(r.line, u"kind"_s, r.kind,
                FileFormats::tr("a %1 continues one unit: this row names %2.").arg(r.kind).arg(r.from.size()));
        if (r.kind == u"rename"_s && r.from.size() == 1 && successors.value({r.year, r.from.first()}) > 1)
            problems.add(r.line, u"kind"_s, r.kind,
                FileFormats::tr("%1 continues into several units in %2: that is a split.")
                    .arg(r.from.first())
                    .arg(r.year));
        if (r.kind == u"split"_s && r.from.size() == 1 && successors.value({r.year, r.from.first()}) < 2)
            problems.add(r.line, u"kind"_s, r.kind,
                FileFormats::tr("no other row continues %1 in %2: a split has two units or more (or it is a rename).")
                    .arg(r.from.first())
                    .arg(r.year));
    }
    if (!problems.isEmpty())
        return problems.error();
    return links;
}
} // namespace

Result<QList<LineageLink>> FileFormats::parseLineage(const CsvTable &table, const QHash<QString, QString> &unitNames)
{
    if (table.column(u"predecessors") >= 0)
        return parseLineageList(table, unitNames);
    ProblemList problems(table);
    if (!TableLayout::requireColumns(table, {u"year"_s, u"unit"_s, u"continues"_s}, problems))
        return problems.error();
    TableLayout::check(table, problems);
    TableLayout::refuseUnknownColumns(table, lineageColumns, problems);
    const qsizetype year = table.column(u"year");
    const qsizetype unit = table.column(u"unit");
    const qsizetype unitName = table.column(u"unit_name");
    const qsizetype continues = table.column(u"continues");
    const qsizetype continuesName = table.column(u"continues_name");
    QList<LineageLink> links;
    QHash<std::pair<QString, QString>, int> lineOf;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const CsvRow row = table.rows[r];
        const int line = table.lines[r];
        LineageLink link;
        bool ok = false;
        link.year = row.value(year).trimmed().toInt(&ok);
        if (!ok || link.year < 1990 || link.year > 2200)
            problems.add(
                line, u"year"_s, row.value(year), tr("expected the first year of the new unit, such as 2025."));
        link.unitCode = row.value(unit).trimmed();
        link.continues = row.value(continues).trimmed();
        bool known = true;
        for (const auto &[column, code, nameColumn] : {std::tuple {u"unit"_s, link.unitCode, unitName},
                 std::tuple {u"continues"_s, link.continues, continuesName}}) {
            if (!unitNames.contains(code)) {
                problems.add(line, column, code, tr("expected the code of a unit of the file."));
                known = false;
            } else if (nameColumn >= 0) {
                checkEcho(problems, line, column + u"_name"_s, row.value(nameColumn), unitNames.value(code));
            }
        }
        if (!known)
            continue;
        if (link.unitCode == link.continues) {
            problems.add(line, u"continues"_s, link.continues, tr("expected another unit than %1.").arg(link.unitCode));
            continue;
        }
        const std::pair<QString, QString> key {link.unitCode, link.continues};
        if (lineOf.contains(key)) {
            problems.addLine(line, tr("Line %1 has this link already.").arg(lineOf[key]));
            continue;
        }
        lineOf.insert(key, line);
        links.append(link);
    }
    if (!problems.isEmpty())
        return problems.error();
    return links;
}

SheetData FileFormats::lineageSheet(const QList<LineageLink> &links, const QHash<QString, QString> &unitNames)
{
    SheetData sheet;
    sheet.name = tr("Lineage");
    sheet.header = lineageColumns;
    sheet.columnWidths = {6, 10, 40, 10, 40};
    for (const LineageLink &l : links)
        sheet.rows.append({SheetCell::textCell(QString::number(l.year)), SheetCell::textCell(l.unitCode),
            SheetCell::textCell(unitNames.value(l.unitCode)), SheetCell::textCell(l.continues),
            SheetCell::textCell(unitNames.value(l.continues))});
    return sheet;
}

} // namespace parindex
