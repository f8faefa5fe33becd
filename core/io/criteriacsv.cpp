#include "filenumber.h"
#include "formats.h"
#include "model/messagelocale.h"
#include "problemlist.h"
#include "tablelayout.h"

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
const QStringList criteriaColumns = {u"code"_s, u"title"_s, u"max_points"_s, u"kind"_s, u"rule"_s};

// CriteriaTree::build checks the rows in order and each row only against those before it, so the
// problems of the first n rows are a prefix of those of n + 1: what a row adds is its own.
void addTreeProblems(const QList<Criterion> &criteria, const QList<int> &lines, ProblemList &problems)
{
    qsizetype known = 0;
    for (qsizetype n = 1; n <= criteria.size(); ++n) {
        const auto prefix = CriteriaTree::build(criteria.first(n));
        const QStringList details = prefix ? QStringList() : prefix.error().details;
        for (qsizetype i = known; i < details.size(); ++i)
            problems.addLine(lines[n - 1], details[i]);
        known = qMax(known, details.size());
    }
}
} // namespace

Result<CriteriaTree> FileFormats::parseCriteria(const CsvTable &table)
{
    ProblemList problems(table);
    if (!TableLayout::requireColumns(table, criteriaColumns, problems))
        return problems.error();
    TableLayout::check(table, problems);
    TableLayout::refuseUnknownColumns(table, criteriaColumns, problems);
    const qsizetype code = table.column(u"code"), title = table.column(u"title"), max = table.column(u"max_points"),
                    kind = table.column(u"kind"), rule = table.column(u"rule");

    QList<Criterion> criteria;
    criteria.reserve(table.rows.size());
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const CsvRow row = table.rows[r];
        const int line = table.lines[r];
        Criterion c;
        c.code = row.value(code);
        c.title = row.value(title);

        const FileNumber points = FileNumber::read(row.value(max), table.delimiter);
        if (!points.value || *points.value < Fixed())
            problems.add(line, u"max_points"_s, row.value(max),
                tr("expected the maximum points%1, a number such as 2 or 1.5.").arg(points.hint()));
        else if (*points.value > Bounds::MaxPoints)
            problems.add(line, u"max_points"_s, row.value(max),
                tr("expected the maximum points, a number from 0 to %1, the most a criteria tree can have.")
                    .arg(MessageLocale::number(Bounds::MaxPoints)));
        else
            c.maxPoints = *points.value;

        if (const auto k = criterionKindFromCode(row.value(kind)))
            c.kind = *k;
        else
            problems.add(line, u"kind"_s, row.value(kind), tr("expected group, score, rate, survey or deduction."));

        if (const auto parsed = RateRule::parse(row.value(rule)))
            c.rule = *parsed;
        else
            problems.add(line, u"rule"_s, row.value(rule),
                tr("expected linear, thresholds such as 100:2;80:1, or nothing. %1").arg(parsed.error().message));
        criteria.append(c);
    }
    if (table.rows.isEmpty())
        problems.addLine(table.headerLine, tr("expected at least one criterion below the header."));
    // The tree's own checks need every row's kind and maximum: they come once the cells are right.
    if (!problems.isEmpty())
        return problems.error();
    auto tree = CriteriaTree::build(criteria);
    if (!tree) {
        addTreeProblems(criteria, table.lines, problems);
        return problems.error();
    }
    return tree;
}

SheetData FileFormats::criteriaSheet(const CriteriaTree &tree)
{
    SheetData sheet {tr("Criteria"), criteriaColumns, {}, {10, 60, 12, 12, 16}};
    sheet.rows.reserve(tree.size());
    for (qsizetype i = 0; i < tree.size(); ++i) {
        const Criterion &c = tree.at(i);
        // The code stays text: a spreadsheet would read 1.10 as the number 1.1.
        sheet.rows.append(
            {SheetCell::textCell(c.code), SheetCell::textCell(c.title), SheetCell::numberCell(c.maxPoints),
                SheetCell::textCell(criterionKindCode(c.kind)), SheetCell::textCell(c.rule.toString())});
    }
    return sheet;
}

QByteArray FileFormats::writeCriteria(const CriteriaTree &tree)
{
    return CsvWriter::write(criteriaSheet(tree));
}

} // namespace parindex
