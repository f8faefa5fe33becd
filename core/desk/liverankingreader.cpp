#include "liverankingreader.h"

#include "storage/database.h"

#include <QtCore/QThread>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <QtCore/QMutex>

namespace parindex {

namespace {
QMutex gateMutex;
LiveRankingReader::AfterRead afterRead; // guarded by gateMutex
std::atomic<int> workers {0};

LiveRankingReader::AfterRead currentHook()
{
    const QMutexLocker locker(&gateMutex);
    return afterRead;
}
} // namespace

void LiveRankingReader::setAfterReadForTests(AfterRead hook)
{
    const QMutexLocker locker(&gateMutex);
    afterRead = std::move(hook);
}

int LiveRankingReader::runningWorkers()
{
    return workers;
}

LiveRankingReader::LiveRankingReader(QObject *parent) : QObject(parent)
{ }

LiveRankingReader::~LiveRankingReader()
{
    if (m_job)
        m_job->cancelled = true;
    for (const QPointer<QThread> &thread : std::as_const(m_threads)) {
        if (thread) {
            thread->wait(); // it posts to this object, so it must end first
            delete thread;
        }
    }
}

Result<LiveRanking> LiveRankingReader::read(
    const QString &path, const Period &period, const LiveRanking::Preview &preview)
{
    // Structure only: the document that asks has opened (and checked) the file already.
    const auto db = Database::open(path, Database::Access::ReadOnly, Database::Verify::Structure);
    if (!db)
        return db.error();
    return preview ? LiveRanking::load(**db, period, preview) : LiveRanking::load(**db, period);
}

void LiveRankingReader::start(const QString &path, const Period &period)
{
    if (m_job)
        m_job->cancelled = true; // its result is not delivered: deliver() sees another job
    m_delivered.reset();
    m_preview.reset();
    auto job = std::make_shared<Job>();
    job->period = period;
    m_job = job;
    ++workers;
    QThread *thread = QThread::create([this, job, path] {
        struct Ending
        {
            ~Ending() { --workers; }
        } ending;
        if (job->cancelled)
            return;
        auto result = read(path, job->period, [this, job](RankingTable table) {
            if (job->cancelled)
                return;
            job->preview = std::move(table); // not touched here again: the GUI thread takes it
            QMetaObject::invokeMethod(
                this, [this, job] { deliverPreview(job); }, Qt::QueuedConnection);
        });
        if (const auto hook = currentHook())
            hook(job->cancelled);
        if (job->cancelled)
            return; // dropped: freed here, on the worker
        job->result = std::move(result);
        QMetaObject::invokeMethod(
            this, [this, job] { deliver(job); }, Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("ranking reader"));
    job->thread = thread;
    m_threads.removeAll(nullptr);
    m_threads.append(thread);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void LiveRankingReader::cancel()
{
    m_preview.reset();
    if (!m_job)
        return;
    m_job->cancelled = true;
    m_job.reset();
}

std::optional<Result<LiveRanking>> LiveRankingReader::wait()
{
    if (!m_job)
        return std::nullopt;
    m_preview.reset();
    const std::shared_ptr<Job> job = std::move(m_job); // deliver() sees another job and does nothing
    if (job->thread)
        job->thread->wait();
    if (!job->result)
        return Result<LiveRanking>(Error {Error::Kind::Internal, tr("The ranking could not be read.")});
    auto result = std::move(job->result);
    job->result.reset();
    return result;
}

std::optional<Result<LiveRanking>> LiveRankingReader::take()
{
    auto result = std::move(m_delivered);
    m_delivered.reset();
    return result;
}

void LiveRankingReader::deliverPreview(const std::shared_ptr<Job> &job)
{
    if (job != m_job || !job->preview)
        return; // replaced, cancelled, waited for or delivered whole already
    m_preview = std::move(job->preview);
    job->preview.reset();
    emit previewed(job->period.id);
}

void LiveRankingReader::deliver(const std::shared_ptr<Job> &job)
{
    if (job != m_job || !job->result)
        return; // replaced, cancelled or waited for
    m_job.reset();
    m_preview.reset();
    m_delivered = std::move(job->result);
    job->result.reset();
    const qint64 periodId = job->period.id;
    emit finished(periodId);
    m_delivered.reset(); // not taken: dropped
#if defined(__GLIBC__)
    // The worker's temporary readings were freed in its own allocator arena, which glibc keeps: give them back.
    malloc_trim(0);
#endif
}

} // namespace parindex
