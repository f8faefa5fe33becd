#include "fieldparsing.h"
#include "formats.h"

using namespace Qt::StringLiterals;

namespace parindex {

Result<CriteriaTree> FileFormats::parseCriteria(const CsvTable &table)
{
    ProblemList problems(table.fileName);
    const QStringList columns = {u"code"_s, u"title"_s, u"max_points"_s, u"kind"_s, u"rule"_s};
    if (!requireColumns(table, columns, problems))
        return problems.error();
    const qsizetype code = table.column(u"code"), title = table.column(u"title"), max = table.column(u"max_points"),
                    kind = table.column(u"kind"), rule = table.column(u"rule");
    QList<Criterion> list;
    QHash<QString, int> lineOf;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QStringList &row = table.rows[r];
        const int line = table.lines[r];
        Criterion c;
        c.code = row.value(code);
        c.title = row.value(title);
        const auto points = parseFileNumber(row.value(max), table.delimiter);
        if (!points || *points < Fixed())
            problems.add(line, u"max_points"_s, row.value(max), tr("expected a number of points such as 2 or 1.5."));
        else
            c.maxPoints = *points;
        const auto k = criterionKindFromCode(row.value(kind));
        if (!k)
            problems.add(line, u"kind"_s, row.value(kind), tr("expected group, score, rate, survey or deduction."));
        else
            c.kind = *k;
        const auto parsed = RateRule::parse(row.value(rule));
        if (!parsed)
            problems.add(line, u"rule"_s, row.value(rule), parsed.error().message);
        else
            c.rule = *parsed;
        lineOf.insert(c.code, line);
        list.append(c);
    }
    if (!problems.isEmpty())
        return problems.error();
    auto tree = CriteriaTree::build(list);
    if (!tree) {
        // The tree's problems name criteria by code: give each the line it stands on.
        for (const QString &detail : tree.error().details) {
            int line = 0;
            for (auto it = lineOf.cbegin(); it != lineOf.cend(); ++it) {
                if (detail.contains(u"Criterion "_s + it.key() + u' ') || detail.contains(u"Criterion "_s + it.key() + u':')
                    || detail.contains(u"Criterion \""_s + it.key() + u'"'))
                    line = it.value();
            }
            problems.add(line, {}, {}, detail);
        }
        return problems.error();
    }
    return tree;
}

QByteArray FileFormats::writeCriteria(const CriteriaTree &tree)
{
    QList<QStringList> rows;
    for (qsizetype i = 0; i < tree.size(); ++i) {
        const Criterion &c = tree.at(i);
        rows.append({c.code, c.title, c.maxPoints.toString(), criterionKindCode(c.kind), c.rule.toString()});
    }
    return CsvWriter::write({u"code"_s, u"title"_s, u"max_points"_s, u"kind"_s, u"rule"_s}, rows);
}

} // namespace parindex
