#pragma once

#include "desk/liveranking.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace parindex {

// Loads the kept ranking of a period (LiveRanking::load: the period's 400,000 cells at national scale, and last
// year's ranks) off the GUI thread. The worker opens its own read-only connection to the file (a connection belongs
// to the thread that opened it) and sees the committed file as it is when it reads; when it is done, finished()
// says so on this object's thread and take() hands the ranking over (moved, never copied). Starting again or
// cancel() drops the reading under way (its result is never delivered); the destructor stops and waits for every
// worker.
class LiveRankingReader : public QObject
{
    Q_OBJECT
public:
    explicit LiveRankingReader(QObject *parent = nullptr);
    ~LiveRankingReader() override;

    void start(const QString &path, const Period &period);
    void cancel(); // nothing is delivered
    // The period being read; 0 when none.
    qint64 periodId() const { return m_job ? m_job->period.id : 0; }
    bool isRunning() const { return m_job != nullptr; }
    // Waits for the reading under way (for a caller that must have the ranking now) and takes its result; nullopt
    // when nothing is being read. finished() is then not emitted for it.
    std::optional<Result<LiveRanking>> wait();
    // The result announced by the last finished(); nullopt once taken.
    std::optional<Result<LiveRanking>> take();
    // The ranking of the period being read as soon as it is scored, before its sheets are read (previewed() says
    // when): what the window shows meanwhile. nullptr until then, and once the reading ends or is dropped.
    const RankingTable *preview() const { return m_preview ? &*m_preview : nullptr; }

    // For tests: every worker, once it has read and before it delivers, calls `hook` with the flag that says its
    // reading was dropped (a test holds it there, so that what happens meanwhile is certain to come after its
    // reading; it must return once the flag is set). Empty: none.
    using AfterRead = std::function<void(const std::atomic<bool> &dropped)>;
    static void setAfterReadForTests(AfterRead hook);
    // The workers of every reader that have not ended yet.
    static int runningWorkers();

    // What the worker does, on the calling thread.
    static Result<LiveRanking> read(
        const QString &path, const Period &period, const LiveRanking::Preview &preview = {});

signals:
    void previewed(qint64 periodId);
    void finished(qint64 periodId);

private:
    struct Job
    {
        Period period;
        std::atomic<bool> cancelled {false};
        std::optional<Result<LiveRanking>> result;
        std::optional<RankingTable> preview; // written by the worker before it posts deliverPreview()
        QPointer<QThread> thread;
    };
    void deliver(const std::shared_ptr<Job> &job);
    void deliverPreview(const std::shared_ptr<Job> &job);

    std::shared_ptr<Job> m_job;
    std::optional<Result<LiveRanking>> m_delivered;
    std::optional<RankingTable> m_preview; // of m_job
    QList<QPointer<QThread>> m_threads;
};

} // namespace parindex
