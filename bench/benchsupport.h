#pragma once

#include <QtCore/QElapsedTimer>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QTextStream>

#include <algorithm>
#include <functional>

#include <sys/resource.h>

namespace parindex::bench {

// Wall-clock milliseconds of each of `runs` calls, sorted.
inline QList<double> timesMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times;
}

inline double medianMs(int runs, const std::function<void()> &work)
{
    const QList<double> t = timesMs(runs, work);
    return t[t.size() / 2];
}

// The p-th percentile (0..100) of sorted values, nearest rank.
inline double percentile(const QList<double> &sorted, double p)
{
    const qsizetype rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted[std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1)];
}

// The most resident memory this process has used so far, in MB.
inline double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// One row of the table scripts/run-bench.sh prints (a Markdown table, pasted into BENCHMARKS.md):
// what was measured, the figure, the reference taken in the same run (if any), the ratio, the target.
struct Row
{
    QString measure;
    double value = 0;
    QString unit;
    QString reference; // "" when there is none
    double referenceValue = 0;
    QString target;
    bool met = false;
};

inline void printRow(const Row &r)
{
    QTextStream out(stdout);
    const QString ratio = r.reference.isEmpty() || r.referenceValue <= 0
        ? QStringLiteral("-")
        : QString::number(r.value / r.referenceValue, 'f', 2) + QLatin1Char('x');
    const QString reference = r.reference.isEmpty()
        ? QStringLiteral("-")
        : r.reference + QStringLiteral(": ") + QString::number(r.referenceValue, 'f', 1) + QLatin1Char(' ') + r.unit;
    out << "| " << r.measure << " | " << QString::number(r.value, 'f', 1) << ' ' << r.unit << " | " << reference
        << " | " << ratio << " | " << r.target << " | " << (r.met ? "yes" : "**no**") << " |\n";
    out.flush();
}

} // namespace parindex::bench
