#include "platform.h"

#include <QtCore/QFile>

#include <cstdio>

#ifdef Q_OS_WIN
#include <QtCore/QFileInfo>
#include <QtCore/QStorageInfo>

#include <fcntl.h>
#include <io.h>
#else
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
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
