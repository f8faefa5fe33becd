#pragma once

#include "io/sheetdata.h"
#include "scoring/trends.h"

#include <QtCore/QByteArray>

namespace parindex {

// `trend --format csv|json` (formats.md). A year without an index (not listed, incomplete, nothing applicable) is
// an empty cell or null, never 0; status says which: ranked, incomplete, not_ranked, or empty when not listed.
class TrendFormats
{
public:
    // series,code,name,year,index,rank,class,status: one "unit" row per unit and year, then one "average" and one
    // "median" row per year (code, name, rank, class and status empty).
    // Where the lineage gives a unit of the series predecessors (issue 16), four columns follow:
    // for_unit,relation,continues_into,from_year, and after each unit's rows come "predecessor" rows, one per year
    // of the series before from_year, for each unit it continues (then for those a predecessor continues, and so
    // on): for_unit is the unit of the series whose history they are, relation is merge, split or rename,
    // continues_into the unit(s) the predecessor went into in from_year, separated by ';' (a split lists every
    // part; the first is the one on this line: the series' unit, or a predecessor of it). A predecessor with no
    // result in the group in any of those years has one row with an empty year and status no_result_in_group. The
    // four columns are empty on the other rows. Without lineage the table is exactly the eight columns above.
    static QByteArray writeCsv(const TrendSeries &series);
    // The same table with numbers as numbers (the index with two decimals), for a workbook.
    static SheetData sheet(const TrendSeries &series);
    // {"group": "SO", "years": [...], "units": [{"code", "name", "points": [{"year", "index", "rank", "class",
    // "status"}]}],
    //  "average": [{"year", "index"}], "median": [...]}
    // A unit with predecessors (lineage, issue 16) has "predecessors": [{"code", "name", "relation": "merge" |
    // "split" | "rename", "continues_into": [codes], "from_year", "depth" (1: continued by the unit itself, 2: by one
    // of its predecessors, ...), "has_result" (false: no result in the group in those years), "points": [as above,
    // the years before from_year], "join_index" (the index of continues_into[0] in from_year, or null)}], depth
    // first in the order of the links; a unit without predecessors has no "predecessors" key.
    static QByteArray writeJson(const TrendSeries &series);
};

} // namespace parindex
