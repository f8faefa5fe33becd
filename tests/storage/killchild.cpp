// The writer that tst_killsafety kills: applies random score edits and imports to a file and prints each one
// on stdout the moment it is acknowledged, so that the parent knows what must survive a SIGKILL.
//   killchild FILE SEED [COUNT]   (COUNT operations, then exit 0; without COUNT, until killed)
// Lines: "T E unit criterion raw" or "T I n" + n lines "R unit criterion raw" (the operation is tried),
// then "A" (acknowledged: the call returned success) or "F message" (refused).
#include "storage/database.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QRandomGenerator>

#include <cstdio>

using namespace parindex;
using namespace Qt::StringLiterals;

namespace {
void say(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout); // in the pipe before the next call: a kill after this line cannot take it back
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fputs("usage: killchild FILE SEED [COUNT]\n", stderr);
        return 1;
    }
    auto db = Database::open(args[1]);
    if (!db) {
        say(u"F "_s + db.error().text().simplified());
        return 3;
    }
    (*db)->setUserName(u"killchild-"_s + args[2]);
    const auto period = (*db)->period(2025, u"XA"_s);
    const auto units = (*db)->periodUnits(period->id);
    const auto tree = (*db)->criteria(period->id);
    if (!period || !units || !tree) {
        say(u"F cannot read the period"_s);
        return 3;
    }
    QRandomGenerator rng(args[2].toUInt());
    const qint64 count = args.size() > 3 ? args[3].toLongLong() : -1;
    const QList<qsizetype> leaves = tree->leaves();
    const auto randomValue = [&](const Criterion &c) { return qint64(rng.bounded(int(c.maxPoints.raw()) + 1)); };
    for (qint64 done = 0; count < 0 || done < count; ++done) {
        Status s;
        if (rng.bounded(5) > 0) {
            const Unit &u = (*units)[rng.bounded(int(units->size()))];
            const Criterion &c = tree->at(leaves[rng.bounded(int(leaves.size()))]);
            ScoreEntry e;
            const qint64 raw = randomValue(c);
            e.appraised = Fixed::fromRaw(raw);
            say(u"T E %1 %2 %3"_s.arg(u.code, c.code).arg(raw));
            s = (*db)->setScore(period->id, u.code, c.code, e);
        } else {
            // Every leaf of a few units: a batch that is either all there or not at all.
            QList<ScoreRow> rows;
            const int batchUnits = 1 + rng.bounded(4);
            const int first = rng.bounded(int(units->size()) - batchUnits + 1);
            for (int k = first; k < first + batchUnits; ++k) {
                for (qsizetype i : leaves) {
                    const Criterion &c = tree->at(i);
                    rows.append({(*units)[k].code, c.code, std::nullopt, Fixed::fromRaw(randomValue(c)), std::nullopt,
                        std::nullopt});
                }
            }
            QString lines = u"T I %1"_s.arg(rows.size());
            for (const ScoreRow &r : rows)
                lines += u"\nR %1 %2 %3"_s.arg(r.unitCode, r.criterionCode).arg(r.appraised->raw());
            say(lines);
            s = (*db)->importScores(period->id, rows);
        }
        say(s ? u"A"_s : u"F "_s + s.error().text().simplified());
    }
    return 0;
}
