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
    static QByteArray writeCsv(const TrendSeries &series);
    // The same table with numbers as numbers (the index with two decimals), for a workbook.
    static SheetData sheet(const TrendSeries &series);
    // {"group": "SO", "years": [...], "units": [{"code", "name", "points": [{"year", "index", "rank", "class",
    // "status"}]}],
    //  "average": [{"year", "index"}], "median": [...]}
    static QByteArray writeJson(const TrendSeries &series);
};

} // namespace parindex
