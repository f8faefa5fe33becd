// The desktop program on the national file, driven as a person does: for each action, when its result is on
// screen ("ready") and the longest time the GUI thread did not turn its event loop ("stall": the window froze
// that long). A 5 ms heartbeat timer on the GUI thread is the probe: a stall is the longest gap between two of
// its ticks, minus its period. On a machine shared with other work the wall-clock gap is inflated by waiting for
// a core, so the GUI thread's own CPU time within that gap is printed too ("CPU"): what the stall is on an idle
// machine. Also the resident memory after every tab was visited.
// Usage: bench_stalls NATIONAL_FILE   (works on a copy: it edits a score)
#include "benchsupport.h"
#include "charts/chartstab.h"
#include "charts/chartview.h"
#include "charts/comparisonlistview.h"
#include "criteria/criteriatab.h"
#include "decision/decisiontab.h"
#include "deskdocument.h"
#include "mainwindow.h"
#include "ranking/rankingmodel.h"
#include "ranking/rankingtab.h"
#include "scores/scorestab.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCore/QFile>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtWidgets/QApplication>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTabWidget>

#include <malloc.h>
#include <time.h>
#include <unistd.h>

using namespace parindex;
using namespace parindex::bench;
using namespace Qt::StringLiterals;

namespace {
constexpr int BeatMs = 5;

qint64 threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(BeatMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 cpu = threadCpuNs();
            m_longest = std::max(m_longest, now - m_last);
            m_longestCpu = std::max(m_longestCpu, cpu - m_lastCpu);
            m_last = now;
            m_lastCpu = cpu;
        });
        m_clock.start();
        m_timer.start();
    }
    void reset()
    {
        m_last = m_clock.nsecsElapsed();
        m_lastCpu = threadCpuNs();
        m_longest = 0;
        m_longestCpu = 0;
    }
    // The longest gap since reset(), up to now, less the beat: what the person felt as a frozen window.
    double stallMs() const
    {
        const qint64 open = m_clock.nsecsElapsed() - m_last; // a gap still under way
        return std::max(0.0, double(std::max(m_longest, open)) / 1e6 - BeatMs);
    }
    // The most CPU time the GUI thread spent between two ticks since reset().
    double stallCpuMs() const { return double(std::max(m_longestCpu, threadCpuNs() - m_lastCpu)) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    qint64 m_lastCpu = 0;
    qint64 m_longestCpu = 0;
};

double residentMb()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? double(fields[1].toLongLong()) * double(sysconf(_SC_PAGESIZE)) / 1048576.0 : 0;
}

struct Outcome
{
    double readyMs = 0;
    double stallMs = 0;
    double stallCpuMs = 0;
};

// Runs `action`, turns the event loop until `ready` holds (at most 60 s), then `settleMs` more for work
// scheduled behind it (timers of the tabs).
Outcome drive(
    Heartbeat &beat, const std::function<void()> &action, const std::function<bool()> &ready, int settleMs = 400)
{
    beat.reset();
    QElapsedTimer t;
    t.start();
    action();
    while (!ready() && t.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    Outcome o;
    o.readyMs = double(t.nsecsElapsed()) / 1e6;
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < settleMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    o.stallMs = beat.stallMs();
    o.stallCpuMs = beat.stallCpuMs();
    return o;
}

void printAction(const QString &action, const Outcome &o, double readyTarget)
{
    const bool stallMet = o.stallCpuMs < 200;
    const bool readyMet = readyTarget <= 0 || o.readyMs < readyTarget;
    QTextStream out(stdout);
    out << "| " << action << " | " << QString::number(o.readyMs, 'f', 0) << " ms"
        << (readyTarget > 0 ? u" (< %1)"_s.arg(readyTarget) : QString()) << " | " << QString::number(o.stallMs, 'f', 0)
        << " ms | " << QString::number(o.stallCpuMs, 'f', 0) << " ms | " << (stallMet && readyMet ? "yes" : "**no**")
        << " |\n";
    out.flush();
}

qsizetype barsOf(QChart *chart)
{
    if (!chart)
        return 0;
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories->count();
    }
    return 0;
}

// Whether the Charts tab is still reading the group's years (its progress bar is shown; none before issue 14).
bool chartsReading(ChartsTab *tab)
{
    const auto *bar = tab->findChild<QProgressBar *>();
    return bar && bar->isVisible();
}

bool chartDrawn(ChartsTab *tab)
{
    return !chartsReading(tab) && tab->view()->chart() && !tab->view()->chart()->series().isEmpty();
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (app.arguments().size() < 2) {
        QTextStream(stderr) << u"usage: bench_stalls NATIONAL_FILE\n"_s;
        return 1;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"national.parindex"_s);
    if (!QFile::copy(app.arguments()[1], path))
        qFatal("cannot copy %s", qPrintable(app.arguments()[1]));

    QTextStream out(stdout);
    out << "| action on the national file (3,321 units) | ready | longest GUI stall, wall clock | its GUI-thread CPU "
           "(< 200 ms) | met |\n"
        << "|---|---|---|---|---|\n";
    out.flush();
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    Heartbeat beat;
    const double before = residentMb();

    printAction(u"open the file and show the Ranking tab"_s,
        drive(
            beat,
            [&] {
                window.openFile(path);
                window.tabs()->setCurrentWidget(window.rankingTab());
            },
            [&] { return window.rankingTab()->model()->rowCount() == 3321; }),
        500);
    const double ranked = residentMb();
    ChartsTab *charts = window.chartsTab();
    DecisionTab *decision = window.decisionTab();
    const auto show = [&](QWidget *tab) { return [&window, tab] { window.tabs()->setCurrentWidget(tab); }; };
    printAction(u"first show of the Criteria tab"_s, drive(beat, show(window.criteriaTab()), [] { return true; }), 500);
    printAction(u"first show of the Scores tab"_s, drive(beat, show(window.scoresTab()), [] { return true; }), 500);
    printAction(u"first show of the Charts tab (trend drawn)"_s,
        drive(beat, show(charts), [&] { return chartDrawn(charts); }), 500);

    window.tabs()->setCurrentWidget(charts);
    auto *ends = charts->findChild<QSpinBox *>(u"chartEnds"_s);
    printAction(ends ? u"comparison chart, first and last 20 of the ranking"_s
                     : u"comparison chart of the whole group (no choice before)"_s,
        drive(
            beat, [&] { charts->setKind(ChartKind::Comparison); },
            [&] { return chartDrawn(charts) && barsOf(charts->view()->chart()) > 0; }),
        0);
    if (ends) {
        // Every unit is a list that paints the rows in sight (a chart of 3,321 bars before).
        const auto everyUnitDrawn = [&] {
            return barsOf(charts->view()->chart()) == 3321
                || (charts->showsList() && charts->comparisonList()->model()->rowCount() == 3321);
        };
        printAction(u"comparison of the whole group (every unit)"_s,
            drive(
                beat, [&] { ends->setValue(0); }, everyUnitDrawn),
            0);
        if (charts->showsList()) {
            printAction(u"every unit: scroll to the last unit"_s,
                drive(
                    beat, [&] { charts->comparisonList()->scrollToBottom(); }, [] { return true; }),
                0);
            const QString pdf = dir.filePath(u"every-unit.pdf"_s);
            printAction(u"every unit: export as PDF (A4 pages)"_s,
                drive(
                    beat, [&] { (void)charts->exportTo(pdf); }, [&] { return QFile::exists(pdf); }),
                0);
        }
        printAction(u"comparison chart, back to the first and last 20"_s,
            drive(
                beat, [&] { ends->setValue(20); }, [&] { return barsOf(charts->view()->chart()) == 40; }),
            0);
    }
    printAction(u"trend chart again"_s,
        drive(
            beat, [&] { charts->setKind(ChartKind::Trend); },
            [&] { return chartDrawn(charts) && barsOf(charts->view()->chart()) == 0; }),
        0);

    // After the comparisons, so that they are measured whatever the Decision tab does.
    printAction(u"first show of the Decision tab (preview drawn)"_s,
        drive(beat, show(decision), [&] { return decision->previewPageCount() > 0; }), 500);

    // An edit on the Ranking tab, then back to the Charts and Decision tabs.
    window.tabs()->setCurrentWidget(window.rankingTab());
    QCoreApplication::processEvents();
    DeskDocument *doc = window.document();
    const auto period = *doc->period(2025, u"XA"_s);
    const CriteriaTree tree = *doc->criteria(period->id);
    const QList<Unit> units = *doc->periodUnits(period->id);
    const Criterion &leaf = tree.at(tree.leaves()[7]);
    ScoreEntry entry;
    entry.appraised = leaf.valueMax();
    printAction(u"one score edit (Ranking tab)"_s,
        drive(
            beat,
            [&] {
                if (!doc->setScore(period->id, units[1234].code, leaf.code, entry))
                    qFatal("the edit was refused");
            },
            [] { return true; }),
        0);
    QChart *drawn = charts->view()->chart();
    printAction(u"back to the Charts tab after the edit (redrawn)"_s,
        drive(beat, show(charts), [&] { return charts->view()->chart() != drawn && chartDrawn(charts); }), 500);
    printAction(u"back to the Decision tab after the edit"_s,
        drive(
            beat, show(decision), [&] { return decision->previewPageCount() > 0; }, 800),
        500);
    for (QWidget *tab : {static_cast<QWidget *>(window.criteriaTab()), static_cast<QWidget *>(window.scoresTab()),
             static_cast<QWidget *>(window.rankingTab())})
        drive(
            beat, show(tab), [] { return true; }, 200);
    QElapsedTimer idle; // as a person reads the tab: the window's own timers run (it gives freed memory back)
    idle.start();
    while (idle.elapsed() < 1500)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double visited = residentMb();
    out << "\n| resident memory | MB | target |\n|---|---|---|\n"
        << "| before opening | " << QString::number(before, 'f', 0) << " | - |\n"
        << "| the file open and ranked | " << QString::number(ranked, 'f', 0) << " | - |\n"
        << "| after every tab and chart above | " << QString::number(visited, 'f', 0) << " | < 250 MB"
        << (visited < 250 ? "" : " **no**") << " |\n"
        << "| peak (getrusage) | " << QString::number(peakRssMb(), 'f', 0) << " | - |\n";
    // What of it is freed memory the allocator kept (a diagnosis, not a figure of the program).
    malloc_trim(0);
    out << "| after every tab, once the allocator returned its free pages (malloc_trim) | "
        << QString::number(residentMb(), 'f', 0) << " | - |\n";
    return 0;
}
