#pragma once

#include <QtCore/QFile>
#include <QtCore/QString>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

// A folder that takes no new file, root included: immutable (chattr +i), or, for a user, mode 0555.
class ReadOnlyFolder
{
public:
    explicit ReadOnlyFolder(const QString &path) : m_path(path)
    {
        if (setImmutable(true))
            m_how = Immutable;
        else if (::geteuid() != 0 && ::chmod(QFile::encodeName(path).constData(), 0555) == 0)
            m_how = Mode;
    }
    ~ReadOnlyFolder()
    {
        if (m_how == Immutable)
            setImmutable(false);
        else if (m_how == Mode)
            ::chmod(QFile::encodeName(m_path).constData(), 0755);
    }
    bool made() const { return m_how != None; }

private:
    bool setImmutable(bool on)
    {
        const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_DIRECTORY);
        if (fd < 0)
            return false;
        int flags = 0;
        bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
        if (ok) {
            flags = on ? flags | FS_IMMUTABLE_FL : flags & ~FS_IMMUTABLE_FL;
            ok = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
        }
        ::close(fd);
        return ok;
    }

    enum How { None, Immutable, Mode };
    QString m_path;
    How m_how = None;
};
