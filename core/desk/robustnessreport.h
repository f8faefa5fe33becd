#pragma once

#include "io/sheetdata.h"
#include "scoring/robustness.h"

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QLocale>

#include <functional>

namespace parindex {

class Database;

// `robustness` (formats.md): a period's ranking drawn again under perturbed weights (scoring/robustness.h), read
// from the file and written for scripts (JSON, CSV) and for people (a text table).
class RobustnessReport
{
    Q_DECLARE_TR_FUNCTIONS(RobustnessReport)
public:
    // The period's ranking as the file holds it (loadRankingInput: for a final period the published one, which
    // `check` confirms), drawn again. A period without a ranked unit is refused (bad data).
    static Result<RobustnessResult> load(const Database &db, int year, const QString &groupCode,
        const RobustnessOptions &options, const std::function<bool(int)> &progress = {});

    // {"year", "group", "draws", "seed", "weights", "scores", "total_max",
    //  "units": [{"code", "name", "rank", "index", "class", "median_rank", "p5_rank", "p95_rank", "best_rank",
    //             "worst_rank", "classes": {"excellent": 0.93, "good": 0.07}}]}: weights and scores in percent,
    // a class's share of the draws with four decimals (count / draws rounded half up), classes never drawn left out.
    static QByteArray writeJson(const RobustnessResult &result);
    // rank,code,name,index,class,median_rank,p5_rank,p95_rank,best_rank,worst_rank,excellent,good,fair,average,weak
    static SheetData sheet(const RobustnessResult &result);
    static QByteArray writeCsv(const RobustnessResult &result);
    // A table for a terminal, numbers in the locale's format, with the model in a sentence above it.
    static QString text(const RobustnessResult &result, const QLocale &locale);
};

} // namespace parindex
