// Scores and ranks a national-scale group in memory, and loads + ranks it from a database file.
// Prints one line per measurement: the median of several runs.
#include "desk/periodranking.h"
#include "nationalfixture.h"
#include "storage/database.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTextStream>

#include <algorithm>
#include <functional>

using namespace parindex;
using namespace Qt::StringLiterals;

namespace {
double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const bench::NationalFixture f = bench::makeNationalFixture();
    const qsizetype leaves = f.tree.leaves().size();
    out << u"units %1, leaves %2, score rows %3\n"_s.arg(f.units.size()).arg(leaves).arg(f.rows.size());

    RankingInput input;
    input.year = 2025;
    input.groupCode = u"XA"_s;
    input.tree = f.tree;
    input.units = f.units;
    input.sheets = f.sheets;
    RankingTable table;
    const double inMemory = medianMs(7, [&] { table = computeRanking(input); });
    out << u"score + rank in memory: %1 ms (first: %2 %3)\n"_s.arg(inMemory, 0, 'f', 1)
               .arg(table.ranked.first().unitName, table.ranked.first().index.toString(2));
    out.flush();

    QTemporaryDir dir;
    const QString path = dir.filePath(u"national.sqlite"_s);
    {
        auto db = Database::create(path);
        if (!db) {
            out << db.error().text() << u'\n';
            return 1;
        }
        const auto period = [&]() -> Result<Period> {
            if (const Status s = (*db)->saveGroup({u"XA"_s, u"UBND cấp xã"_s, 0}); !s)
                return s.error();
            if (const Status s = (*db)->importUnits(f.units); !s)
                return s.error();
            auto p = (*db)->addPeriod(2025, u"XA"_s);
            if (!p)
                return p;
            if (const Status s = (*db)->replaceCriteria(p->id, f.tree); !s)
                return s.error();
            return p;
        }();
        if (!period) {
            out << period.error().text() << u'\n';
            return 1;
        }
        QElapsedTimer t;
        t.start();
        const Status s = (*db)->importScores(period->id, f.rows);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (!s) {
            out << s.error().text() << u'\n';
            return 1;
        }
        out << u"import %1 score rows: %2 ms (%3 rows/s)\n"_s.arg(f.rows.size())
                   .arg(ms, 0, 'f', 0)
                   .arg(double(f.rows.size()) / ms * 1000.0, 0, 'f', 0);
    }
    const double openOnly = medianMs(5, [&] { auto db = Database::open(path, Database::Access::ReadOnly); });
    out << u"open (header, pragmas, quick_check): %1 ms\n"_s.arg(openOnly, 0, 'f', 1);
    {
        auto db = Database::open(path, Database::Access::ReadOnly);
        const auto period = (*db)->period(2025, u"XA"_s);
        const double load = medianMs(5, [&] { (void)(*db)->scoreSheets(period->id); });
        out << u"load the period's score sheets: %1 ms\n"_s.arg(load, 0, 'f', 1);
    }
    const double fromFile = medianMs(5, [&] {
        auto db = Database::open(path, Database::Access::ReadOnly);
        table = *rankPeriod(**db, 2025, u"XA"_s);
    });
    out << u"open + load + score + rank from file: %1 ms (ranked %2)\n"_s.arg(fromFile, 0, 'f', 1)
               .arg(table.ranked.size());
    return 0;
}
