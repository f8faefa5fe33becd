// How robust the order is (issue 16): 1,000 draws of the national period, ±20 % on the areas' maxima.
// bench_robustness [FILE]: the 2025 XA period of the national file (make_national_file), or without FILE the same
// 3,321 units x 120 leaves built in memory.
#include "benchsupport.h"
#include "nationalfixture.h"

#include "desk/periodranking.h"
#include "scoring/robustness.h"
#include "storage/database.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QThread>

using namespace parindex;
using namespace parindex::bench;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    RankingInput input;
    QString source = u"in memory"_s;
    if (argc > 1) {
        const auto db = Database::open(app.arguments()[1], Database::Access::ReadOnly);
        if (!db) {
            err << db.error().text() << u'\n';
            return 3;
        }
        auto loaded = loadRankingInput(**db, 2025, u"XA"_s);
        if (!loaded) {
            err << loaded.error().text() << u'\n';
            return 2;
        }
        input = std::move(loaded).value();
        source = u"from the file"_s;
    } else {
        const NationalFixture f = makeNationalFixture();
        input.year = 2025;
        input.groupCode = u"XA"_s;
        input.tree = f.tree;
        input.units = f.units;
        input.sheets = f.sheets;
    }
    const int cores = QThread::idealThreadCount();
    const auto timed = [&](const QString &what, RobustnessOptions options, const QString &target, double limitMs) {
        std::optional<RobustnessResult> last;
        const double ms = medianMs(5, [&] {
            auto r = Robustness::run(input, options);
            if (!r)
                qFatal("%s", qPrintable(r.error().text()));
            last = std::move(r).value();
        });
        printRow({what.arg(last->units.size()).arg(input.tree.leaves().size()).arg(source), ms, u"ms"_s, {}, 0, target,
            limitMs <= 0 || ms < limitMs});
        return *last;
    };
    RankingTable real;
    const double rankingMs = medianMs(5, [&] { real = computeRanking(input); });
    printRow({u"robustness: of which the real ranking, scored and ranked once (%1 units, %2)"_s.arg(real.ranked.size())
                  .arg(source),
        rankingMs, u"ms"_s, {}, 0, u"(part of the above)"_s, true});
    RobustnessOptions weights;
    weights.weights = Fixed::fromInt(20);
    weights.draws = 1000;
    weights.seed = 1;
    const RobustnessResult both = timed(
        u"robustness: 1,000 draws of %1 units x %2 leaves (%3), each area's maximum within ±20 %, %4 threads"_s.arg(
            u"%1"_s, u"%2"_s, u"%3"_s, QString::number(cores)),
        weights, u"< 2 s"_s, 2000);
    RobustnessOptions one = weights;
    one.threads = 1;
    const RobustnessResult single
        = timed(u"robustness: the same on 1 thread (%1 units x %2 leaves, %3)"_s, one, u"(reference)"_s, 0);
    RobustnessOptions scores = weights;
    scores.scores = Fixed::fromInt(5);
    timed(u"robustness: 1,000 draws of %1 units x %2 leaves (%3), weights ±20 % and every appraised leaf ±5 %, "
          u"%4 threads"_s.arg(u"%1"_s, u"%2"_s, u"%3"_s, QString::number(cores)),
        scores, u"(no target)"_s, 0);
    err << (both.units == single.units ? u"1 and %1 threads: the same result\n"_s.arg(cores)
                                       : u"1 and %1 threads: DIFFERENT results\n"_s.arg(cores));
    qsizetype moved = 0;
    for (const UnitRobustness &u : both.units)
        moved += u.p95Rank > u.p5Rank ? 1 : 0;
    err << u"%1 of %2 units have a 5-95 interval wider than one rank\n"_s.arg(moved).arg(both.units.size());
    return both.units == single.units ? 0 : 1;
}
