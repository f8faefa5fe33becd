#include "fieldparsing.h"
#include "formats.h"

#include <QtCore/QSet>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
// One value cell: empty (no change), `na` (not applicable) or a number within the criterion's range.
struct Cell
{
    std::optional<Fixed> value;
    bool notApplicable = false;
};

std::optional<Cell> parseCell(const QString &text, const Criterion &c, QChar delimiter, int line,
                              const QString &column, ProblemList &problems)
{
    if (text.isEmpty())
        return Cell{};
    if (text.compare(u"na", Qt::CaseInsensitive) == 0)
        return Cell{std::nullopt, true};
    const auto value = parseFileNumber(text, delimiter);
    const Fixed top = c.valueMax();
    const QString expected = c.kind == CriterionKind::Rate
        ? FileFormats::tr("expected a rate from 0 to 100 (%), or na (criterion %1).").arg(c.code)
        : FileFormats::tr("expected a number from 0 to %1, or na (criterion %2).").arg(top.toString(), c.code);
    if (!value || *value < Fixed() || *value > top) {
        problems.add(line, column, text, expected);
        return std::nullopt;
    }
    return Cell{value, false};
}

QString cellText(const std::optional<Fixed> &value)
{
    return value ? value->toString() : QString();
}
} // namespace

Result<QList<ScoreRow>> FileFormats::parseScores(const CsvTable &table, const CriteriaTree &tree,
                                                 const QList<Unit> &units)
{
    ProblemList problems(table.fileName);
    QSet<QString> unitCodes;
    for (const Unit &u : units)
        unitCodes.insert(u.code);
    const auto leafOf = [&](const QString &code) -> const Criterion * {
        const qsizetype i = tree.indexOf(code);
        return i >= 0 && !tree.at(i).isGroup() ? &tree.at(i) : nullptr;
    };
    const qsizetype unitColumn = table.column(u"unit_code");
    if (unitColumn < 0) {
        requireColumns(table, {u"unit_code"_s}, problems);
        return problems.error();
    }
    const bool longForm = table.column(u"criterion_code") >= 0;
    QList<ScoreRow> rows;
    QSet<QPair<QString, QString>> seen;
    const auto checkUnit = [&](const QString &code, int line) {
        if (unitCodes.contains(code))
            return true;
        problems.add(line, u"unit_code"_s, code, tr("no such unit takes part in this period."));
        return false;
    };
    const auto checkDuplicate = [&](const QString &unit, const QString &criterion, int line, const QString &column) {
        if (seen.contains({unit, criterion})) {
            problems.add(line, column, criterion, tr("unit %1 has a value for this criterion earlier in the file.").arg(unit));
            return false;
        }
        seen.insert({unit, criterion});
        return true;
    };

    if (longForm) {
        if (!requireColumns(table, {u"unit_code"_s, u"criterion_code"_s, u"appraised"_s}, problems))
            return problems.error();
        const qsizetype crit = table.column(u"criterion_code"), self = table.column(u"self"),
                        appraised = table.column(u"appraised"), note = table.column(u"note");
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            const QStringList &row = table.rows[r];
            const int line = table.lines[r];
            const QString unit = row.value(unitColumn);
            const QString code = row.value(crit);
            const bool unitOk = checkUnit(unit, line);
            const Criterion *c = leafOf(code);
            if (!c) {
                problems.add(line, u"criterion_code"_s, code,
                             tree.indexOf(code) >= 0 ? tr("this criterion is a group: values go to its sub-criteria.")
                                                     : tr("no such criterion in this period."));
                continue;
            }
            if (!unitOk || !checkDuplicate(unit, code, line, u"criterion_code"_s))
                continue;
            const auto selfCell = self >= 0 ? parseCell(row.value(self), *c, table.delimiter, line, u"self"_s, problems)
                                            : std::optional<Cell>(Cell{});
            const auto appraisedCell = parseCell(row.value(appraised), *c, table.delimiter, line, u"appraised"_s, problems);
            if (!selfCell || !appraisedCell)
                continue;
            ScoreRow out{unit, code, selfCell->value, appraisedCell->value, std::nullopt, std::nullopt};
            if (selfCell->notApplicable || appraisedCell->notApplicable)
                out.notApplicable = true;
            else if (selfCell->value || appraisedCell->value)
                out.notApplicable = false;
            if (note >= 0 && !row.value(note).isEmpty())
                out.note = row.value(note);
            rows.append(out);
        }
    } else {
        QList<const Criterion *> columns(table.header.size(), nullptr);
        for (qsizetype col = 0; col < table.header.size(); ++col) {
            if (col == unitColumn)
                continue;
            const QString code = table.header[col].trimmed();
            columns[col] = leafOf(code);
            if (!columns[col])
                problems.add(1, code, code,
                             tree.indexOf(code) >= 0 ? tr("this criterion is a group: values go to its sub-criteria.")
                                                     : tr("no such criterion in this period (expected leaf criterion codes)."));
        }
        if (!problems.isEmpty())
            return problems.error();
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            const QStringList &row = table.rows[r];
            const int line = table.lines[r];
            const QString unit = row.value(unitColumn);
            if (!checkUnit(unit, line))
                continue;
            for (qsizetype col = 0; col < columns.size(); ++col) {
                const Criterion *c = columns[col];
                if (!c)
                    continue;
                if (!checkDuplicate(unit, c->code, line, c->code))
                    continue;
                const auto cell = parseCell(row.value(col), *c, table.delimiter, line, c->code, problems);
                if (!cell || (!cell->value && !cell->notApplicable))
                    continue;
                ScoreRow out{unit, c->code, std::nullopt, cell->value, cell->notApplicable, std::nullopt};
                rows.append(out);
            }
        }
    }
    if (!problems.isEmpty())
        return problems.error();
    return rows;
}

QByteArray FileFormats::writeScoresLong(const CriteriaTree &tree, const QList<Unit> &units,
                                        const QHash<QString, ScoreSheet> &sheets)
{
    QList<QStringList> rows;
    for (const Unit &u : units) {
        const ScoreSheet sheet = sheets.value(u.code);
        for (qsizetype i : tree.leaves()) {
            const QString code = tree.at(i).code;
            const ScoreEntry e = sheet.entry(code);
            if (e.isEmpty())
                continue;
            rows.append({u.code, code, cellText(e.selfValue), e.notApplicable ? u"na"_s : cellText(e.appraised), e.note});
        }
    }
    return CsvWriter::write({u"unit_code"_s, u"criterion_code"_s, u"self"_s, u"appraised"_s, u"note"_s}, rows);
}

QByteArray FileFormats::writeScoresWide(const CriteriaTree &tree, const QList<Unit> &units,
                                        const QHash<QString, ScoreSheet> &sheets)
{
    QStringList header = {u"unit_code"_s};
    for (qsizetype i : tree.leaves())
        header.append(tree.at(i).code);
    QList<QStringList> rows;
    for (const Unit &u : units) {
        const ScoreSheet sheet = sheets.value(u.code);
        QStringList row = {u.code};
        for (qsizetype i : tree.leaves()) {
            const ScoreEntry e = sheet.entry(tree.at(i).code);
            row.append(e.notApplicable ? u"na"_s : cellText(e.appraised));
        }
        rows.append(row);
    }
    return CsvWriter::write(header, rows);
}

} // namespace parindex
