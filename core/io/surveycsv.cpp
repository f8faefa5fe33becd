#include "filenumber.h"
#include "formats.h"
#include "problemlist.h"
#include "tablelayout.h"

#include <QtCore/QSet>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
const QStringList answerColumns = {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s};
// Share of the question's points that each answer earns, in percent (domain.md).
constexpr std::array<qint64, 5> answerWeights = {100, 60, 20, 0, 0};
constexpr qint64 maxCount = 10'000'000;
} // namespace

std::optional<Fixed> FileFormats::surveyPoints(Fixed max, const std::array<qint64, 5> &counts)
{
    qint64 answers = 0, weighted = 0;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        answers += counts[i];
        weighted += answerWeights[i] * counts[i];
    }
    if (answers <= 0)
        return std::nullopt;
    // max x weighted / (100 x answers), in ten-thousandths of a point; at most 10^6 x 10^9 < 2^63.
    return Fixed::fromRaw(divideRounded(max.raw() * weighted, 100 * answers));
}

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
    std::array<qsizetype, 5> countColumns {};
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

    QSet<QString> known;
    for (const Unit &u : units)
        known.insert(u.code);
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
            if (number.value && *number.value >= Fixed() && *number.value <= c->maxPoints)
                points = number.value;
            else
                problems.add(line, u"points"_s, text,
                    tr("expected the survey points, a number from 0 to %1%2 (criterion %3).")
                        .arg(c->maxPoints.toString(), number.hint(), code));
        } else {
            std::array<qint64, 5> counts {};
            bool countsOk = true;
            for (std::size_t i = 0; i < counts.size(); ++i) {
                if (countColumns[i] < 0)
                    continue;
                const QString text = row.value(countColumns[i]);
                bool isNumber = true;
                counts[i] = text.isEmpty() ? 0 : text.toLongLong(&isNumber);
                if (!isNumber || counts[i] < 0 || counts[i] > maxCount) {
                    problems.add(line, answerColumns[qsizetype(i)], text,
                        tr("expected how many people gave answer %1, a whole number from 0 to %2.")
                            .arg(answerColumns[qsizetype(i)].toUpper())
                            .arg(maxCount));
                    countsOk = false;
                }
            }
            if (countsOk) {
                points = surveyPoints(c->maxPoints, counts);
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
