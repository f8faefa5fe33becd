#pragma once

#include "csvtable.h"

#include "model/criteriatree.h"
#include "model/scoresheet.h"
#include "model/unit.h"
#include "model/unitresult.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>

namespace parindex {

// The file formats of formats.md. Every parse lists all problems at once in Error::details
// (one ImportProblem::text() per line, kind BadData) and returns nothing unless all rows are valid.
class FileFormats
{
    Q_DECLARE_TR_FUNCTIONS(FileFormats)
public:
    // units.csv: code,name,group (codes unique in the file, names unique within a group). Optional:
    // since_year and retired_year (a year, empty for none), ranked (1 or empty: ranked, 0: listed without
    // a rank); other columns are ignored. writeUnits writes all six.
    static Result<QList<Unit>> parseUnits(const CsvTable &table);
    static QByteArray writeUnits(const QList<Unit> &units);

    // criteria.csv: code,title,max_points,kind,rule; the result is a valid tree.
    static Result<CriteriaTree> parseCriteria(const CsvTable &table);
    static QByteArray writeCriteria(const CriteriaTree &tree);

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

    // rank --format csv: rank,code,name,points,max,index,class,previous_rank,rank_change
    // (ranked units, then unranked and incomplete ones with an empty rank).
    static QByteArray writeRankingCsv(const RankingTable &table);
    // rank --format json, as formats.md shows, with "unranked" beside "incomplete".
    static QByteArray writeRankingJson(const RankingTable &table);
};

} // namespace parindex
