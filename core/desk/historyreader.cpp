#include "historyreader.h"

#include "storage/database.h"

#include <QtCore/QThread>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace parindex {

HistoryReader::HistoryReader(QObject *parent) : QObject(parent)
{ }

HistoryReader::~HistoryReader()
{
    if (m_job)
        m_job->cancelled = true;
    for (const QPointer<QThread> &thread : std::as_const(m_threads)) {
        if (thread) {
            thread->wait(); // it stops at its next year; it posts to this object, so it must end first
            delete thread;
        }
    }
}

Result<GroupHistory> HistoryReader::read(
    const QString &path, const QString &groupCode, const TrendTables::Progress &progress)
{
    // Structure only: the document that asks has opened (and checked) the file already.
    const auto db = Database::open(path, Database::Access::ReadOnly, Database::Verify::Structure);
    if (!db)
        return db.error();
    return TrendTables::groupHistory(**db, groupCode, progress);
}

void HistoryReader::start(const QString &path, const QString &groupCode, Urgency urgency)
{
    if (m_job)
        m_job->cancelled = true; // its result is not delivered: deliver() sees another job
    auto job = std::make_shared<Job>();
    m_job = job;
    QThread *thread = QThread::create([this, job, path, groupCode] {
        const auto step = [this, job](int done, int total) {
            if (job->cancelled)
                return false;
            QMetaObject::invokeMethod(
                this,
                [this, job, done, total] {
                    if (job == m_job)
                        emit progress(done, total);
                },
                Qt::QueuedConnection);
            return true;
        };
        job->result = read(path, groupCode, step);
        QMetaObject::invokeMethod(
            this, [this, job] { deliver(job); }, Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("history reader"));
    m_threads.removeAll(nullptr);
    m_threads.append(thread);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(urgency == Urgency::Ahead ? QThread::IdlePriority : QThread::LowPriority);
}

void HistoryReader::cancel()
{
    if (!m_job)
        return;
    m_job->cancelled = true;
    m_job.reset();
    emit finished(Error {Error::Kind::Cancelled, TrendTables::tr("Reading the group's years was stopped.")});
}

void HistoryReader::deliver(const std::shared_ptr<Job> &job)
{
    if (job != m_job || !job->result)
        return; // replaced or cancelled
    m_job.reset();
    emit finished(*job->result);
    job->result.reset();
#if defined(__GLIBC__)
    // The worker read 400,000 cells a year into its own allocator arena and freed them: glibc keeps such pages
    // (the window grew by hundreds of MB and never shrank). Give them back; a few milliseconds.
    malloc_trim(0);
#endif
}

} // namespace parindex
