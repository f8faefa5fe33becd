#pragma once

#include "csvtable.h"
#include "sheetdata.h"

#include "model/classbands.h"
#include "model/criteriatree.h"
#include "model/lineage.h"
#include "model/scoresheet.h"
#include "model/unit.h"
#include "model/unitresult.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>

#include <array>

namespace parindex {

// The file formats of formats.md. Every parse lists all problems at once in Error::details
// (one ImportProblem::text() per line, kind BadData) and returns nothing unless all rows are valid.
class FileFormats
{
    Q_DECLARE_TR_FUNCTIONS(FileFormats)
public:
    // units.csv: code,name,group (codes unique in the file, names unique within a group). Optional:
    // since_year and retired_year (a year, empty for none), ranked (1 or empty: ranked, 0: listed without
    // a rank); any other column is refused. writeUnits writes all six.
    static Result<QList<Unit>> parseUnits(const CsvTable &table);
    static QByteArray writeUnits(const QList<Unit> &units);
    // roster.csv, the units one period ranks: code,name (the name that year); optional ranked (as in units.csv).
    static Result<QList<Unit>> parseRoster(const CsvTable &table);
    static SheetData rosterSheet(const QList<Unit> &units);

    // criteria_map.csv (issue 16): code,continues, a row per link of a criterion of `tree` to the criterion of the
    // previous year's tree (`previous`) it continues, an empty `continues` for a new one; optional title and
    // continues_title repeat the titles and, when filled in, must be theirs. The sheet lists every criterion of the
    // year, with an empty `continues` where it has no link.
    static Result<QList<CriterionLink>> parseCriteriaMap(
        const CsvTable &table, const CriteriaTree &tree, const CriteriaTree &previous);
    static SheetData criteriaMapSheet(const CriteriaMap &map, const CriteriaTree &tree, const CriteriaTree &previous);
    // lineage.csv (issue 16): year,unit,continues, a row per unit a unit continues from that year on (`unitNames`:
    // every unit of the file by code); optional unit_name and continues_name as for the map's titles. Also read:
    // formats.md's year,code,predecessors,kind ("2025,N,A;B;C,merge"), whose kind must agree with its rows.
    static Result<QList<LineageLink>> parseLineage(const CsvTable &table, const QHash<QString, QString> &unitNames);
    static SheetData lineageSheet(const QList<LineageLink> &links, const QHash<QString, QString> &unitNames);

    // bands.csv (issue 16, `whatif --bands`): class,min_index, a row per class the period uses (class codes
    // excellent, good, fair, average, weak; the lowest index of the class, 0 to 100); the result is valid bands (the
    // classes' minima decrease in their order, the lowest starts at 0), whatever the order of the rows.
    static Result<ClassBands> parseBands(const CsvTable &table);
    static SheetData bandsSheet(const ClassBands &bands);

    // criteria.csv: code,title,max_points,kind,rule; the result is a valid tree.
    static Result<CriteriaTree> parseCriteria(const CsvTable &table);
    static QByteArray writeCriteria(const CriteriaTree &tree);
    static SheetData criteriaSheet(const CriteriaTree &tree);

    // scores.csv, long (unit_code,criterion_code,self,appraised,note) or wide (unit_code then one
    // column per leaf code, appraised values). Checked against the period's tree and units: the unit
    // takes part, the criterion is a leaf, values are in range ([0,max], a rate in [0,100]), `na` marks
    // not applicable, empty leaves the stored value as it is.
    static Result<QList<ScoreRow>> parseScores(
        const CsvTable &table, const CriteriaTree &tree, const QList<Unit> &units);
    static QByteArray writeScoresLong(
        const CriteriaTree &tree, const QList<Unit> &units, const QHash<QString, ScoreSheet> &sheets);
    static QByteArray writeScoresWide(
        const CriteriaTree &tree, const QList<Unit> &units, const QHash<QString, ScoreSheet> &sheets);
    static SheetData scoresLongSheet(
        const CriteriaTree &tree, const QList<Unit> &units, const QHash<QString, ScoreSheet> &sheets);
    static SheetData scoresWideSheet(
        const CriteriaTree &tree, const QList<Unit> &units, const QHash<QString, ScoreSheet> &sheets);

    // survey.csv, the people's-satisfaction survey of a period, in one of two forms, one row per unit and
    // survey criterion: unit_code,criterion_code,points (the survey team's points), or
    // unit_code,criterion_code,a,b,c,d,e (how many people gave each answer; a missing column counts 0).
    // Answer counts (each 0 to Bounds::MaxAnswers) become points by the method's rule, Survey::points
    // (model/survey.h). The criterion must be a leaf of kind survey; the points become its appraised value.
    static Result<QList<ScoreRow>> parseSurvey(
        const CsvTable &table, const CriteriaTree &tree, const QList<Unit> &units);

    // The self-assessment template of one unit: the long form (unit_code,criterion_code,title,kind,max,self,
    // note) with a row per leaf criterion the unit scores itself (survey criteria are the survey team's), the
    // unit's self-assessed values filled in where they exist, and `max` the largest value the cell takes (100
    // for a rate). Filled in and sent back, it imports as a scores file (title, kind and max are ignored). A
    // workbook has a second sheet of instructions.
    static QList<SheetData> selfAssessmentTemplate(const CriteriaTree &tree, const Unit &unit, const ScoreSheet &sheet);

    // rank --format csv: rank,code,name,points,max,index,class,previous_rank,rank_change,status,reason
    // (ranked units, then unranked and incomplete ones with an empty rank). status is ranked, incomplete or
    // not_ranked (special status, or every criterion not applicable), and reason says why in words. A unit
    // without an index (incomplete, nothing applicable) has empty points, index, class and rank_change.
    static QByteArray writeRankingCsv(const RankingTable &table);
    // The same columns as a table: points and maximum as numbers, the index with two decimals.
    static SheetData rankingSheet(const RankingTable &table);
    // The ranking for people, as the window exports it, in the UI's language (tr): a title line ("Ranking of the
    // PAR Index 2024 of sở, ban, ngành cấp tỉnh"), then rank, code, unit, total points, maximum, index, class name,
    // the index of each area (chỉ số thành phần), last year's rank, the change, and why a unit has no rank.
    // Numbers stay numbers (two decimals). Not the contract of formats.md: scripts use rankingSheet.
    static SheetData rankingSheetForPeople(const RankingTable &table, const QString &groupName);
    // "Ranking of the PAR Index 2024 of sở, ban, ngành cấp tỉnh": the group's name lower-case mid-sentence
    // unless it starts with an abbreviation (UBND).
    static QString rankingTitle(int year, const QString &groupName);
    // rank --format json, as formats.md shows, with "unranked" beside "incomplete"; every unit object has
    // "status" (and "reason" when it is not ranked); points, index and class are null without an index.
    static QByteArray writeRankingJson(const RankingTable &table);
};

} // namespace parindex
