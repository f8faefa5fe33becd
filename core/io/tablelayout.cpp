#include "tablelayout.h"

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
// The number of cells up to the last one that holds something.
qsizetype filledWidth(const CsvRow &row)
{
    qsizetype width = row.size();
    while (width > 0 && row.view(width - 1).isEmpty())
        --width;
    return width;
}
// A header as a message shows it: a file that is not a table at all can have a "header" of any length.
QString shortened(const QString &text)
{
    constexpr qsizetype shown = 120;
    return text.size() <= shown ? text : text.left(shown) + u"…"_s;
}

// Levenshtein distance of two short names, case-folded.
qsizetype editDistance(const QString &a, const QString &b)
{
    const QString x = a.toCaseFolded(), y = b.toCaseFolded();
    std::vector<qsizetype> previous(size_t(y.size() + 1)), current(size_t(y.size() + 1));
    for (qsizetype j = 0; j <= y.size(); ++j)
        previous[size_t(j)] = j;
    for (qsizetype i = 1; i <= x.size(); ++i) {
        current[0] = i;
        for (qsizetype j = 1; j <= y.size(); ++j) {
            const qsizetype substitute = previous[size_t(j - 1)] + (x[i - 1] == y[j - 1] ? 0 : 1);
            current[size_t(j)] = qMin(substitute, qMin(previous[size_t(j)], current[size_t(j - 1)]) + 1);
        }
        std::swap(previous, current);
    }
    return previous[size_t(y.size())];
}
} // namespace

QString TableLayout::nearest(const QString &name, const QStringList &candidates)
{
    // Names longer than a header cell can sensibly be are not compared (the cost grows with both lengths).
    if (name.isEmpty() || name.size() > 64)
        return {};
    QString best;
    qsizetype bestDistance = 0;
    for (const QString &c : candidates) {
        const qsizetype d = editDistance(name, c);
        if (best.isEmpty() || d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    // A slip: at most a third of the longer name differs (one letter in "note", two in "appraised").
    const qsizetype allowed = qMax<qsizetype>(1, qMax(name.size(), best.size()) / 3);
    // and the two have something in common ("x" is not a slip for "a").
    const bool related = bestDistance < name.size();
    return bestDistance > 0 && bestDistance <= allowed && related ? best : QString();
}

QString TableLayout::suggestion(const QString &name, const QStringList &candidates)
{
    const QString best = nearest(name, candidates);
    return best.isEmpty() ? QString() : tr(" – did you mean \"%1\"?").arg(best);
}

void TableLayout::refuseUnknownColumns(
    const CsvTable &table, const QStringList &known, ProblemList &problems, const QStringList &alsoAccepted)
{
    const auto accepted = [&](const QString &name) {
        const auto same = [&](const QString &k) { return k.compare(name, Qt::CaseInsensitive) == 0; };
        return std::any_of(known.cbegin(), known.cend(), same)
            || std::any_of(alsoAccepted.cbegin(), alsoAccepted.cend(), same);
    };
    for (const QString &name : table.header) {
        if (name.isEmpty() || accepted(name))
            continue;
        const QString hint = suggestion(name, known + alsoAccepted);
        problems.addColumn(table.headerLine, name,
            hint.isEmpty()
                ? tr("the column \"%1\" is not one of %2.").arg(shortened(name), known.join(u", "_s))
                : tr("the column \"%1\" is not one of %2%3").arg(shortened(name), known.join(u", "_s), hint));
    }
}

bool TableLayout::requireColumns(const CsvTable &table, const QStringList &names, ProblemList &problems)
{
    bool ok = true;
    for (const QString &name : names) {
        if (table.column(name) >= 0)
            continue;
        problems.addColumn(table.headerLine, name,
            tr("expected a column named %1 in the header (this file has %2).")
                .arg(name, shortened(table.header.join(table.delimiter))));
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
                if (!table.rows[r].view(i).isEmpty()) {
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
