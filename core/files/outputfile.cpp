#include "outputfile.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Writable by its mode bits and by access(2): root passes access() but not a file whose mode says read-only.
bool writable(const QByteArray &file, const struct stat &st)
{
    return (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) != 0 && ::access(file.constData(), W_OK) == 0;
}

// The file a path names once symbolic links are followed (the link stays, its target is written); the path
// itself when it is no link. A link to nothing yet names the file it would create.
QString resolved(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isSymLink())
        return info.absoluteFilePath();
    if (!info.exists())
        return info.symLinkTarget();
    // A link that names no path (/dev/stdout on a pipe) is written through its own name.
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

// Writes all of `bytes`, retrying short writes; errno of the failure, or 0.
int writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return n < 0 ? errno : EIO;
        done += n;
    }
    return 0;
}

// A new empty file beside `target`, created 0666 less the umask (O_EXCL: never one that exists), or with the
// permissions and owner of the file it will replace.
struct Temporary
{
    QString path;
    int fd = -1;
    int error = 0;

    Temporary(const QString &target, const struct stat *replaced)
    {
        const QFileInfo info(target);
        for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
            path = info.absoluteDir().filePath(
                u".%1.%2.tmp"_s.arg(info.fileName(), QString::number(QRandomGenerator::global()->generate64(), 36)));
            fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
            if (fd < 0 && errno != EEXIST)
                break;
        }
        if (fd < 0) {
            error = errno;
            path.clear();
            return;
        }
        if (replaced) {
            // The owner first: fchown() may clear set-id bits that fchmod() then restores. Both best effort, as
            // an editor saving a file does: the content is what was asked for.
            const bool mayOwn = ::geteuid() == 0 || ::geteuid() == replaced->st_uid;
            const int owned = mayOwn ? ::fchown(fd, replaced->st_uid, replaced->st_gid) : 0;
            Q_UNUSED(owned)
            ::fchmod(fd, replaced->st_mode & 07777);
        }
    }
    ~Temporary()
    {
        if (fd >= 0)
            ::close(fd);
        if (!path.isEmpty())
            ::unlink(QFile::encodeName(path).constData());
    }
    Temporary(const Temporary &) = delete;
    Temporary &operator=(const Temporary &) = delete;

    // Closes the file, checking that what was written reached the disk; errno of the failure, or 0.
    int close()
    {
        int failure = 0;
        if (::fsync(fd) != 0)
            failure = errno;
        if (::close(fd) != 0 && failure == 0)
            failure = errno;
        fd = -1;
        return failure;
    }

    // Replaces the target in one step (rename(2)); errno of the failure, or 0.
    int renameOnto(const QString &target)
    {
        if (std::rename(QFile::encodeName(path).constData(), QFile::encodeName(target).constData()) != 0)
            return errno;
        path.clear();
        return 0;
    }

    // Takes the target's name only while nothing has it (EEXIST otherwise), in one step: renameat2(RENAME_NOREPLACE),
    // or a hard link where the file system has no such rename.
    int renameAsNew(const QString &target)
    {
        const QByteArray from = QFile::encodeName(path);
        const QByteArray to = QFile::encodeName(target);
        if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) != 0) {
            if (errno != EINVAL && errno != ENOSYS)
                return errno;
            if (::link(from.constData(), to.constData()) != 0)
                return errno;
            ::unlink(from.constData());
        }
        path.clear();
        return 0;
    }
};

struct Checked
{
    OutputFile::Target kind;
    QString file; // symbolic links followed
    struct stat st;
};

Result<Checked> inspect(const QString &path)
{
    if (path.isEmpty())
        return Error {Error::Kind::Usage, OutputFile::tr("No file name was given to write to.")};
    Checked c {OutputFile::Target::NewFile, resolved(path), {}};
    const QByteArray file = QFile::encodeName(c.file);
    if (::stat(file.constData(), &c.st) == 0) {
        if (S_ISDIR(c.st.st_mode))
            return Error {Error::Kind::CannotOpen,
                OutputFile::tr("%1 is a folder: give the name of a file to write. Nothing was written.")
                    .arg(native(path))};
        if (S_ISFIFO(c.st.st_mode) || S_ISCHR(c.st.st_mode))
            c.kind = OutputFile::Target::Stream;
        else if (S_ISREG(c.st.st_mode))
            c.kind = OutputFile::Target::File;
        else
            return Error {Error::Kind::CannotOpen,
                OutputFile::tr("%1 is a device, not a file: nothing was written to it.").arg(native(path))};
        if (!writable(file, c.st))
            return Error {Error::Kind::ReadOnly,
                OutputFile::tr("%1 can only be read: it was not replaced. Choose another file, or allow writing to it.")
                    .arg(native(path))};
        if (c.kind == OutputFile::Target::Stream)
            return c;
    } else if (errno != ENOENT) {
        return OutputFile::failure(path, errno);
    }
    // A file is written beside its target and renamed onto it: the folder must take a new file.
    const QString folder = QFileInfo(c.file).absolutePath();
    struct stat dir
    {
    };
    if (::stat(QFile::encodeName(folder).constData(), &dir) != 0 || !S_ISDIR(dir.st_mode))
        return Error {Error::Kind::CannotOpen,
            OutputFile::tr("The folder of %1 does not exist. Nothing was written.").arg(native(path))};
    if (!writable(QFile::encodeName(folder), dir))
        return Error {Error::Kind::ReadOnly,
            OutputFile::tr("The folder of %1 can only be read: nothing was written there.").arg(native(path))};
    return c;
}

Status writeStream(const QString &path, const Checked &target, const QByteArray &bytes)
{
    // No O_CREAT, no O_TRUNC: the FIFO or the device is what it was, only written to.
    const int fd = ::open(QFile::encodeName(target.file).constData(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return OutputFile::failure(path, errno);
    int failure = writeAll(fd, bytes);
    if (::close(fd) != 0 && failure == 0)
        failure = errno;
    if (failure != 0)
        return OutputFile::failure(path, failure);
    return {};
}
} // namespace

Result<OutputFile::Target> OutputFile::check(const QString &path)
{
    const auto c = inspect(path);
    if (!c)
        return c.error();
    return c->kind;
}

Status OutputFile::write(const QString &path, const QByteArray &bytes)
{
    const auto target = inspect(path);
    if (!target)
        return target.error();
    if (target->kind == Target::Stream)
        return writeStream(path, *target, bytes);
    Temporary temporary(target->file, target->kind == Target::File ? &target->st : nullptr);
    if (temporary.fd < 0)
        return OutputFile::failure(path, temporary.error);
    if (const int failure = writeAll(temporary.fd, bytes); failure != 0)
        return OutputFile::failure(path, failure);
    if (const int failure = temporary.close(); failure != 0)
        return OutputFile::failure(path, failure);
    if (const int failure = temporary.renameOnto(target->file); failure != 0)
        return OutputFile::failure(path, failure);
    return {};
}

Status OutputFile::writeThrough(
    const QString &path, const std::function<Status(const QString &temporary)> &fill, Existing existing)
{
    const auto target = inspect(path);
    if (!target)
        return target.error();
    const auto exists = [&path] {
        return Error {Error::Kind::CannotOpen,
            tr("%1 already exists: it is never written over. Choose a new name; nothing was written.")
                .arg(native(path))};
    };
    if (existing == Existing::Refuse && target->kind != Target::NewFile)
        return exists();
    if (target->kind == Target::Stream)
        return Error {Error::Kind::CannotOpen,
            tr("%1 is a device or a pipe: this is written only to a file. Nothing was written.").arg(native(path))};
    Temporary temporary(target->file, target->kind == Target::File ? &target->st : nullptr);
    if (temporary.fd < 0)
        return OutputFile::failure(path, temporary.error);
    if (const int failure = temporary.close(); failure != 0)
        return OutputFile::failure(path, failure);
    if (const Status s = fill(temporary.path); !s)
        return s;
    // What the writer left is on the disk before it takes the target's name.
    if (const int fd = ::open(QFile::encodeName(temporary.path).constData(), O_RDONLY | O_CLOEXEC); fd >= 0) {
        const int failure = ::fsync(fd) == 0 ? 0 : errno;
        ::close(fd);
        if (failure != 0)
            return OutputFile::failure(path, failure);
    }
    if (existing == Existing::Refuse) {
        if (const int failure = temporary.renameAsNew(target->file); failure == EEXIST)
            return exists();
        else if (failure != 0)
            return OutputFile::failure(path, failure);
        return {};
    }
    if (const int failure = temporary.renameOnto(target->file); failure != 0)
        return OutputFile::failure(path, failure);
    return {};
}

Status OutputFile::writeStandardOutput(const QByteArray &bytes)
{
    // What stdio holds yet goes first, so that the order stays as written.
    int failure = std::fflush(stdout) == 0 ? 0 : errno;
    if (failure == 0)
        failure = writeAll(STDOUT_FILENO, bytes);
    if (failure != 0)
        return Error {
            Error::Kind::Io, tr("The results could not be written to the standard output: %1.").arg(reason(failure))};
    return {};
}

bool OutputFile::sameFile(const QString &a, const QString &b)
{
    struct stat x
    {
    };
    struct stat y
    {
    };
    if (::stat(QFile::encodeName(a).constData(), &x) == 0 && ::stat(QFile::encodeName(b).constData(), &y) == 0)
        return x.st_dev == y.st_dev && x.st_ino == y.st_ino;
    const QFileInfo fx(resolved(a));
    const QFileInfo fy(resolved(b));
    const QString folderX = QFileInfo(fx.absolutePath()).canonicalFilePath();
    const QString folderY = QFileInfo(fy.absolutePath()).canonicalFilePath();
    return !folderX.isEmpty() && folderX == folderY && fx.fileName() == fy.fileName();
}

Error OutputFile::failure(const QString &path, int errorNumber)
{
    return {Error::Kind::Io, tr("Cannot write %1: %2.").arg(native(path), reason(errorNumber))};
}

QString OutputFile::reason(int errorNumber)
{
    switch (errorNumber) {
    case ENOSPC:
    case EDQUOT:
        return tr("the disk is full");
    case EROFS:
        return tr("the disk can only be read");
    case EACCES:
    case EPERM:
        return tr("permission denied");
    case 0:
        return tr("the write failed");
    default:
        return QString::fromLocal8Bit(std::strerror(errorNumber));
    }
}

} // namespace parindex
