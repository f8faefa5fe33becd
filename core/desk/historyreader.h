#pragma once

#include "desk/trendtables.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace parindex {

// Reads a group's history (the ranking of every year) off the GUI thread: ten years of a national group take
// seconds. The worker opens its own read-only connection to the file (a connection belongs to the thread that
// opened it) and sees the committed file as it is when each year is read; the result is a value handed back
// to this object's thread through finished(). Starting again or cancel() stops the reading under way at the
// next year (its result is never delivered); the destructor stops and waits for every worker.
class HistoryReader : public QObject
{
    Q_OBJECT
public:
    explicit HistoryReader(QObject *parent = nullptr);
    ~HistoryReader() override;

    // Ahead: read before anyone waits for it (the tab not shown yet), on a thread that yields to every other
    // (QThread::IdlePriority: on Linux SCHED_IDLE, inherited by the second connection's thread), so that a
    // secretary's edits meanwhile keep their speed.
    enum class Urgency { Wanted, Ahead };
    void start(const QString &path, const QString &groupCode, Urgency urgency = Urgency::Wanted);
    void cancel(); // finished() then says Error::Kind::Cancelled
    bool isRunning() const { return m_job != nullptr; }

    // What the worker does, on the calling thread: for tests and for a caller that must have it now.
    static Result<GroupHistory> read(
        const QString &path, const QString &groupCode, const TrendTables::Progress &progress = {});

signals:
    void progress(int done, int total);
    void finished(const Result<GroupHistory> &history);

private:
    struct Job
    {
        std::atomic<bool> cancelled {false};
        std::optional<Result<GroupHistory>> result;
    };
    void deliver(const std::shared_ptr<Job> &job);

    std::shared_ptr<Job> m_job;
    QList<QPointer<QThread>> m_threads;
};

} // namespace parindex
