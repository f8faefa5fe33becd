#include "filenumber.h"
#include "formats.h"
#include "model/messagelocale.h"
#include "problemlist.h"
#include "tablelayout.h"

#include <QtCore/QSet>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
const QStringList longColumns = {u"unit_code"_s, u"criterion_code"_s, u"self"_s, u"appraised"_s, u"note"_s};
// The self-assessment template's columns that show what a row is about; it comes back as a long-form file.
const QStringList templateColumns = {u"title"_s, u"kind"_s, u"max"_s};

// One value cell: empty (leave the stored value), `na` (not applicable) or a value in range.
struct Cell
{
    std::optional<Fixed> value;
    bool notApplicable = false;
    bool valid = true;
};

// The checks both forms share, against the period's tree and units; each one records its problem.
class ScoreChecks
{
public:
    ScoreChecks(const CsvTable &table, const CriteriaTree &tree, const QList<Unit> &units, ProblemList &problems)
        : m_table(table), m_tree(tree), m_problems(problems)
    {
        m_units.reserve(units.size());
        for (const Unit &u : units) {
            m_units.insert(u.code, m_units.size());
            m_codes.append(u.code);
            m_names.append(u.name.isEmpty() ? u.code : u.name);
        }
    }

    // The unit's code as the period holds it: every row of a unit shares the one string (a million rows).
    const QString &unitCode(qsizetype position) const { return m_codes[position]; }

    qsizetype unitCount() const { return m_units.size(); }
    qsizetype treeSize() const { return m_tree.size(); }
    const Criterion &criterionAt(qsizetype i) const { return m_tree.at(i); }

    // The unit's position among the period's units, or -1 (with its problem recorded).
    qsizetype unitPosition(const QString &code, int line)
    {
        if (const auto it = m_units.constFind(code); it != m_units.constEnd())
            return *it;
        m_problems.add(
            line, u"unit_code"_s, code, FileFormats::tr("expected the code of a unit that takes part in this period."));
        return -1;
    }

    const Criterion *leaf(const QString &code) const
    {
        const qsizetype i = leafPosition(code);
        return i >= 0 ? &m_tree.at(i) : nullptr;
    }

    // The leaf's position in the tree, or -1.
    qsizetype leafPosition(const QString &code) const
    {
        const qsizetype i = m_tree.indexOf(code);
        return i >= 0 && !m_tree.at(i).isGroup() ? i : -1;
    }

    bool isInTree(const QString &code) const { return m_tree.indexOf(code) >= 0; }

    QStringList leafCodes() const
    {
        QStringList codes;
        for (qsizetype i : m_tree.leaves())
            codes.append(m_tree.at(i).code);
        return codes;
    }

    // Why `code` takes no values, for a code that leaf() refuses.
    QString notALeaf(const QString &code) const
    {
        return m_tree.indexOf(code) >= 0
            ? FileFormats::tr("expected a leaf criterion: %1 is a group, its values go to its sub-criteria.").arg(code)
            : FileFormats::tr("expected the code of a leaf criterion of this period.");
    }

    // `unitAt`: the row's unit (named in the problem), or -1.
    Cell cell(const QString &text, const Criterion &c, int line, const QString &column, qsizetype unitAt)
    {
        if (text.isEmpty())
            return {};
        if (text.compare(u"na", Qt::CaseInsensitive) == 0)
            return {std::nullopt, true};
        const FileNumber number = FileNumber::read(text, m_table.delimiter);
        if (number.value && c.isValueInRange(*number.value))
            return {number.value};
        const bool rate = c.kind == CriterionKind::Rate;
        const QString max = MessageLocale::number(c.valueMax());
        QString expected;
        if (unitAt < 0)
            expected = rate
                ? FileFormats::tr("expected a rate in percent from 0 to 100%1 (criterion %2).")
                      .arg(number.hint(), c.code)
                : FileFormats::tr("expected a number from 0 to %1%2 (criterion %3).").arg(max, number.hint(), c.code);
        else
            expected = rate ? FileFormats::tr("expected a rate in percent from 0 to 100%1 (criterion %2 of %3).")
                                  .arg(number.hint(), c.code, m_names[unitAt])
                            : FileFormats::tr("expected a number from 0 to %1%2 (criterion %3 of %4).")
                                  .arg(max, number.hint(), c.code, m_names[unitAt]);
        m_problems.add(line, column, text, expected);
        return {std::nullopt, false, false};
    }

private:
    const CsvTable &m_table;
    const CriteriaTree &m_tree;
    ProblemList &m_problems;
    QHash<QString, qsizetype> m_units;
    QStringList m_codes;
    QStringList m_names;
};

// unit_code,criterion_code,self,appraised,note: `na` in self or appraised marks the criterion not
// applicable; a number with no `na` marks it applicable again.
QList<ScoreRow> readLongForm(const CsvTable &table, ScoreChecks &checks, ProblemList &problems)
{
    const qsizetype unitColumn = table.column(u"unit_code"), criterionColumn = table.column(u"criterion_code"),
                    selfColumn = table.column(u"self"), appraisedColumn = table.column(u"appraised"),
                    noteColumn = table.column(u"note");
    if (selfColumn < 0 && appraisedColumn < 0) {
        problems.addColumn(table.headerLine, u"appraised"_s,
            FileFormats::tr("expected a column self or appraised, or both (this file has %1).")
                .arg(table.header.join(table.delimiter)));
        return {};
    }
    QList<ScoreRow> rows;
    rows.reserve(table.rows.size());
    // The line of each (unit, leaf) already given, 0 for none: one flat table by positions, not a hash of
    // 400,000 code pairs.
    const qsizetype leafCount = checks.treeSize();
    std::vector<int> lineOfPair(size_t(checks.unitCount() * leafCount), 0);
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const CsvRow row = table.rows[r];
        const int line = table.lines[r];
        const QString unit = row.value(unitColumn);
        const QString code = row.value(criterionColumn);
        const qsizetype unitAt = checks.unitPosition(unit, line);
        const qsizetype leafAt = checks.leafPosition(code);
        if (leafAt < 0) {
            problems.add(line, u"criterion_code"_s, code, checks.notALeaf(code));
            continue;
        }
        const Criterion *criterion = &checks.criterionAt(leafAt);
        const Cell self
            = selfColumn >= 0 ? checks.cell(row.value(selfColumn), *criterion, line, u"self"_s, unitAt) : Cell {};
        const Cell appraised = appraisedColumn >= 0
            ? checks.cell(row.value(appraisedColumn), *criterion, line, u"appraised"_s, unitAt)
            : Cell {};
        if (unitAt < 0)
            continue;
        int &seenAt = lineOfPair[size_t(unitAt * leafCount + leafAt)];
        if (seenAt != 0) {
            problems.add(line, u"criterion_code"_s, code,
                FileFormats::tr("expected one row per unit and criterion; line %1 has unit %2 and this "
                                "criterion already.")
                    .arg(seenAt)
                    .arg(unit));
            continue;
        }
        seenAt = line;
        if (!self.valid || !appraised.valid)
            continue;

        ScoreRow out {
            checks.unitCode(unitAt), criterion->code, self.value, appraised.value, std::nullopt, std::nullopt};
        if (self.notApplicable || appraised.notApplicable)
            out.notApplicable = true;
        else if (self.value || appraised.value)
            out.notApplicable = false;
        if (noteColumn >= 0 && !row.value(noteColumn).isEmpty())
            out.note = row.value(noteColumn);
        if (out.selfValue || out.appraised || out.notApplicable || out.note)
            rows.append(out);
    }
    return rows;
}

// unit_code then one column per leaf code, appraised values.
QList<ScoreRow> readWideForm(const CsvTable &table, ScoreChecks &checks, ProblemList &problems)
{
    const qsizetype unitColumn = table.column(u"unit_code");
    QList<const Criterion *> criteria(table.header.size(), nullptr);
    // What a misspelt column may have meant: a long-form name, or a leaf that no column names yet.
    QStringList missingLeaves = longColumns;
    for (const QString &leaf : checks.leafCodes()) {
        if (table.column(leaf) < 0)
            missingLeaves.append(leaf);
    }
    for (qsizetype col = 0; col < table.header.size(); ++col) {
        const QString &code = table.header[col];
        // The unit column, a repeated column and a column without a name are not criteria; TableLayout
        // names the last two where they matter.
        if (col == unitColumn || code.isEmpty() || table.column(code) != col)
            continue;
        criteria[col] = checks.leaf(code);
        if (!criteria[col]) {
            problems.addColumn(table.headerLine, code,
                checks.notALeaf(code) + u' '
                    + FileFormats::tr("The wide form has unit_code and one column per leaf criterion; "
                                      "the long form has the columns %1.")
                          .arg(longColumns.join(u','))
                    + (checks.isInTree(code) ? QString() : TableLayout::suggestion(code, missingLeaves)));
        }
    }
    QList<ScoreRow> rows;
    QHash<QString, int> lineOfUnit;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const CsvRow row = table.rows[r];
        const int line = table.lines[r];
        const QString unit = row.value(unitColumn);
        const qsizetype unitAt = checks.unitPosition(unit, line);
        const bool unitOk = unitAt >= 0;
        if (unitOk && lineOfUnit.contains(unit)) {
            problems.add(line, u"unit_code"_s, unit,
                FileFormats::tr("expected one row per unit; line %1 has this unit already.").arg(lineOfUnit[unit]));
            continue;
        }
        lineOfUnit.insert(unit, line);
        for (qsizetype col = 0; col < criteria.size(); ++col) {
            const Criterion *c = criteria[col];
            if (!c)
                continue;
            const Cell cell = checks.cell(row.value(col), *c, line, c->code, unitAt);
            if (!unitOk || !cell.valid || (!cell.value && !cell.notApplicable))
                continue;
            rows.append({checks.unitCode(unitAt), c->code, std::nullopt, cell.value, cell.notApplicable, std::nullopt});
        }
    }
    return rows;
}
} // namespace

Result<QList<ScoreRow>> FileFormats::parseScores(
    const CsvTable &table, const CriteriaTree &tree, const QList<Unit> &units)
{
    ProblemList problems(table);
    if (!TableLayout::requireColumns(table, {u"unit_code"_s}, problems))
        return problems.error();
    TableLayout::check(table, problems);
    ScoreChecks checks(table, tree, units, problems);
    const bool longForm = table.column(u"criterion_code") >= 0;
    if (longForm)
        TableLayout::refuseUnknownColumns(table, longColumns, problems, templateColumns);
    const QList<ScoreRow> rows
        = longForm ? readLongForm(table, checks, problems) : readWideForm(table, checks, problems);
    if (!problems.isEmpty())
        return problems.error();
    return rows;
}

namespace {
// An appraised cell: `na` takes the place of the value of a criterion that does not apply.
SheetCell appraisedCell(const ScoreEntry &e)
{
    return e.notApplicable ? SheetCell::textCell(u"na"_s) : SheetCell::optionalNumber(e.appraised);
}
} // namespace

SheetData FileFormats::scoresLongSheet(
    const CriteriaTree &tree, const QList<Unit> &units, const QHash<QString, ScoreSheet> &sheets)
{
    SheetData out {tr("Scores"), longColumns, {}, {12, 14, 10, 10, 40}};
    for (const Unit &u : units) {
        const ScoreSheet sheet = sheets.value(u.code);
        for (qsizetype i : tree.leaves()) {
            const QString &code = tree.at(i).code;
            const ScoreEntry e = sheet.entry(code);
            if (e.isEmpty())
                continue;
            out.rows.append({SheetCell::textCell(u.code), SheetCell::textCell(code),
                SheetCell::optionalNumber(e.selfValue), appraisedCell(e), SheetCell::textCell(e.note)});
        }
    }
    return out;
}

SheetData FileFormats::scoresWideSheet(
    const CriteriaTree &tree, const QList<Unit> &units, const QHash<QString, ScoreSheet> &sheets)
{
    SheetData out {tr("Scores"), {u"unit_code"_s}, {}, {12}};
    for (qsizetype i : tree.leaves())
        out.header.append(tree.at(i).code);
    out.rows.reserve(units.size());
    for (const Unit &u : units) {
        const ScoreSheet sheet = sheets.value(u.code);
        QList<SheetCell> row = {SheetCell::textCell(u.code)};
        for (qsizetype i : tree.leaves())
            row.append(appraisedCell(sheet.entry(tree.at(i).code)));
        out.rows.append(row);
    }
    return out;
}

QByteArray FileFormats::writeScoresLong(
    const CriteriaTree &tree, const QList<Unit> &units, const QHash<QString, ScoreSheet> &sheets)
{
    return CsvWriter::write(scoresLongSheet(tree, units, sheets));
}

QByteArray FileFormats::writeScoresWide(
    const CriteriaTree &tree, const QList<Unit> &units, const QHash<QString, ScoreSheet> &sheets)
{
    return CsvWriter::write(scoresWideSheet(tree, units, sheets));
}

} // namespace parindex
