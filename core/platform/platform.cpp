#include "platform.h"

#include <QtCore/QFile>
#include <QtCore/QObject>
#include <QtCore/QSocketNotifier>

#include <cerrno>
#include <cstdio>

#ifdef Q_OS_WIN
#include <QtCore/QFileInfo>
#include <QtCore/QStorageInfo>

#include <fcntl.h>
#include <io.h>
#else
#include <fcntl.h>
#include <linux/fs.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>
#endif

namespace parindex::platform {

#ifdef Q_OS_WIN

bool nobodyWritesIn(const QString &folder)
{
    // Windows has no mode bits for everyone: a read-only volume or a folder this user may not write.
    return QStorageInfo(folder).isReadOnly() || !QFileInfo(folder).isWritable();
}

bool userWritesIn(const QString &folder)
{
    return QFileInfo(folder).isWritable();
}

QString userKey()
{
    return qEnvironmentVariable("USERNAME");
}

void onEndRequest(QObject *context, std::function<void()> handler)
{
    Q_UNUSED(context);
    Q_UNUSED(handler);
}

QuietStandardError::QuietStandardError()
{
    std::fflush(stderr);
    m_saved = ::_dup(_fileno(stderr));
    const int null = ::_open("NUL", _O_WRONLY);
    if (m_saved >= 0 && null >= 0)
        ::_dup2(null, _fileno(stderr));
    if (null >= 0)
        ::_close(null);
}

QuietStandardError::~QuietStandardError()
{
    std::fflush(stderr);
    if (m_saved >= 0) {
        ::_dup2(m_saved, _fileno(stderr));
        ::_close(m_saved);
    }
}

#else

bool userWritesIn(const QString &folder)
{
    return ::access(QFile::encodeName(folder).constData(), W_OK) == 0;
}

bool nobodyWritesIn(const QString &folder)
{
    if (userWritesIn(folder))
        return false;
    const QByteArray name = QFile::encodeName(folder);
    struct statvfs disk
    {
    };
    if (::statvfs(name.constData(), &disk) == 0 && (disk.f_flag & ST_RDONLY))
        return true;
    struct stat st
    {
    };
    if (::stat(name.constData(), &st) == 0 && (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
        return true;
    int flags = 0;
    const int fd = ::open(name.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    const bool immutable = fd >= 0 && ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0 && (flags & FS_IMMUTABLE_FL);
    if (fd >= 0)
        ::close(fd);
    return immutable;
}

QString userKey()
{
    return QString::number(::getuid());
}

namespace {
int endRequests[2] = {-1, -1}; // a socket pair: the signal handler writes a byte, the event loop reads it

extern "C" void requestEnd(int)
{
    const int saved = errno;
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(endRequests[0], &byte, 1); // async-signal-safe
    errno = saved;
}
} // namespace

void onEndRequest(QObject *context, std::function<void()> handler)
{
    if (endRequests[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, endRequests) != 0)
        return;
    auto *notifier = new QSocketNotifier(endRequests[1], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [handler = std::move(handler)] {
        char byte = 0;
        [[maybe_unused]] const auto read = ::read(endRequests[1], &byte, 1);
        handler();
    });
    struct sigaction action
    {
    };
    action.sa_handler = requestEnd;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signal : {SIGTERM, SIGINT, SIGHUP})
        ::sigaction(signal, &action, nullptr);
}

QuietStandardError::QuietStandardError()
{
    std::fflush(stderr);
    m_saved = ::dup(STDERR_FILENO);
    const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (m_saved >= 0 && null >= 0)
        ::dup2(null, STDERR_FILENO);
    if (null >= 0)
        ::close(null);
}

QuietStandardError::~QuietStandardError()
{
    std::fflush(stderr);
    if (m_saved >= 0) {
        ::dup2(m_saved, STDERR_FILENO);
        ::close(m_saved);
    }
}

#endif

} // namespace parindex::platform
