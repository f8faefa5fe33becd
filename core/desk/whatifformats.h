#pragma once

#include "io/sheetdata.h"
#include "scoring/whatif.h"

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QLocale>

namespace parindex {

// `whatif` and `impact` (formats.md): each unit's real index, rank and class beside the scenario's (`whatif_*`).
// A unit without an index (incomplete, nothing applicable) has empty cells or null, never 0; status and
// whatif_status say why (ranked, incomplete, not_ranked). whatif_rank_change is the real rank less the scenario's
// (positive: the scenario moves the unit up), empty unless ranked in both; class_changed is 1 (true) when the
// class differs.
class WhatIfFormats
{
    Q_DECLARE_TR_FUNCTIONS(WhatIfFormats)
public:
    // code,name,index,rank,class,status,whatif_index,whatif_rank,whatif_class,whatif_status,whatif_rank_change,
    // class_changed: a row per unit, in the real ranking's order.
    static SheetData sheet(const WhatIfComparison &comparison);
    static QByteArray writeCsv(const WhatIfComparison &comparison);
    // {"year", "group", "scenario", "total_max", "whatif_total_max", "units": [{"code", "name", "index", "rank",
    //  "class", "status", "whatif_index", "whatif_rank", "whatif_class", "whatif_status", "whatif_rank_change",
    //  "class_changed"}, ...]}
    static QByteArray writeJson(const WhatIfComparison &comparison);

    // impact --format json: {"year", "group", "unit", "criterion", "value" (a number, or "na"), "previous_value"
    // (a number, "na", or null where nothing was entered), "corrected": the unit's object, "units": the objects of
    // the units whose rank or class would change (the corrected one among them when it does)}.
    static QByteArray writeImpactJson(const CorrectionImpact &impact);
    // The same for people, in the UI's language and `locale`'s numbers.
    static QString impactText(const CorrectionImpact &impact, const QLocale &locale);
};

} // namespace parindex
