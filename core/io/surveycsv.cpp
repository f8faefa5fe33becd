#include "filenumber.h"
#include "formats.h"
#include "problemlist.h"
#include "tablelayout.h"

#include "model/messagelocale.h"
#include "model/survey.h"

#include <QtCore/QSet>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
const QStringList answerColumns = {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s};
static_assert(Survey::Answers == 5);
} // namespace

Result<QList<ScoreRow>> FileFormats::parseSurvey(
    const CsvTable &table, const CriteriaTree &tree, const QList<Unit> &units)
{
    ProblemList problems(table);
    if (!TableLayout::requireColumns(table, {u"unit_code"_s, u"criterion_code"_s}, problems))
        return problems.error();
    TableLayout::check(table, problems);
    TableLayout::refuseUnknownColumns(
        table, {u"unit_code"_s, u"criterion_code"_s, u"points"_s, u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s}, problems);
    const qsizetype unitColumn = table.column(u"unit_code"), criterionColumn = table.column(u"criterion_code"),
                    pointsColumn = table.column(u"points");
    std::array<qsizetype, Survey::Answers> countColumns {};
    bool hasCounts = false;
    for (std::size_t i = 0; i < countColumns.size(); ++i) {
        countColumns[i] = table.column(answerColumns[qsizetype(i)]);
        hasCounts = hasCounts || countColumns[i] >= 0;
    }
    if (pointsColumn < 0 && !hasCounts) {
        problems.addColumn(table.headerLine, u"points"_s,
            tr("expected a column points, or the answer counts a, b, c, d, e (this file has %1).")
                .arg(table.header.join(table.delimiter)));
        return problems.error();
    }
    if (pointsColumn >= 0 && hasCounts) {
        problems.addColumn(
            table.headerLine, u"points"_s, tr("expected either points or the answer counts a, b, c, d, e, not both."));
        return problems.error();
    }

    QHash<QString, QString> known; // code -> name, for the problems
    for (const Unit &u : units)
        known.insert(u.code, u.name.isEmpty() ? u.code : u.name);
    QHash<QPair<QString, QString>, int> lineOfPair;
    QList<ScoreRow> rows;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const CsvRow row = table.rows[r];
        const int line = table.lines[r];
        const QString unit = row.value(unitColumn), code = row.value(criterionColumn);
        bool ok = true;
        if (!known.contains(unit)) {
            problems.add(line, u"unit_code"_s, unit, tr("expected the code of a unit that takes part in this period."));
            ok = false;
        }
        const qsizetype index = tree.indexOf(code);
        const Criterion *c = index >= 0 ? &tree.at(index) : nullptr;
        if (!c || c->kind != CriterionKind::Survey) {
            problems.add(line, u"criterion_code"_s, code,
                c ? tr("expected a survey criterion: %1 is of kind %2.").arg(code, criterionKindCode(c->kind))
                  : tr("expected the code of a survey criterion of this period."));
            continue;
        }
        std::optional<Fixed> points;
        if (pointsColumn >= 0) {
            const QString text = row.value(pointsColumn);
            const FileNumber number = FileNumber::read(text, table.delimiter);
            if (number.value && c->isValueInRange(*number.value))
                points = number.value;
            else
                problems.add(line, u"points"_s, text,
                    ok ? tr("expected the survey points, a number from 0 to %1%2 (criterion %3 of %4).")
                             .arg(MessageLocale::number(c->maxPoints), number.hint(), code, known.value(unit))
                       : tr("expected the survey points, a number from 0 to %1%2 (criterion %3).")
                             .arg(MessageLocale::number(c->maxPoints), number.hint(), code));
        } else {
            Survey::Counts counts {};
            bool countsOk = true;
            for (std::size_t i = 0; i < counts.size(); ++i) {
                if (countColumns[i] < 0)
                    continue;
                const QString text = row.value(countColumns[i]);
                bool isNumber = true;
                counts[i] = text.isEmpty() ? 0 : text.toLongLong(&isNumber);
                if (!isNumber || !Survey::isCountInRange(counts[i])) {
                    problems.add(line, answerColumns[qsizetype(i)], text,
                        tr("expected how many people gave answer %1, a whole number from 0 to %2.")
                            .arg(answerColumns[qsizetype(i)].toUpper())
                            .arg(Bounds::MaxAnswers));
                    countsOk = false;
                }
            }
            if (countsOk) {
                points = Survey::points(c->maxPoints, counts);
                if (!points)
                    problems.addLine(line,
                        tr("no answers counted for unit %1, criterion %2: expected at least one "
                           "answer A to E.")
                            .arg(unit, code));
            }
        }
        const QPair<QString, QString> pair {unit, code};
        if (ok && lineOfPair.contains(pair)) {
            problems.add(line, u"criterion_code"_s, code,
                tr("expected one row per unit and criterion; line %1 has unit %2 and this criterion already.")
                    .arg(lineOfPair[pair])
                    .arg(unit));
            continue;
        }
        lineOfPair.insert(pair, line);
        if (ok && points)
            rows.append({unit, code, std::nullopt, points, std::nullopt, std::nullopt});
    }
    if (!problems.isEmpty())
        return problems.error();
    return rows;
}

} // namespace parindex
