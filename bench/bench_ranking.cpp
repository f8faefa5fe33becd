// Scores and ranks a national-scale group in memory (no file): the part of the ranking that is ours alone.
#include "benchsupport.h"
#include "nationalfixture.h"
#include "scoring/ranking.h"

#include <QtCore/QCoreApplication>

using namespace parindex;
using namespace parindex::bench;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const NationalFixture f = makeNationalFixture();
    RankingInput input;
    input.year = 2025;
    input.groupCode = u"XA"_s;
    input.tree = f.tree;
    input.units = f.units;
    input.sheets = f.sheets;
    RankingTable table;
    const double ms = medianMs(7, [&] { table = computeRanking(input); });
    printRow({u"score + rank %1 units x %2 leaves in memory (no file; first: %3 %4)"_s.arg(table.ranked.size())
                  .arg(f.tree.leaves().size())
                  .arg(table.ranked.first().unitName, table.ranked.first().index.toString(2)),
        ms, u"ms"_s, {}, 0, u"(part of the above)"_s, true});
    return 0;
}
