#pragma once

#include "model/result.h"

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>

#include <functional>

namespace parindex {

// The one way the program writes a file: every writer (CSV, XLSX, charts, the decision, backups) in the command
// line and in the window goes through here, so that the same rules hold for all of them.
// - A regular file appears whole or not at all: it is written beside the target and renamed onto it, with the
//   permissions of the file it replaces; a new file gets 0666 less the umask, as any program's.
// - A FIFO or a character device (/dev/null, /dev/full, a terminal) is written directly: it is never replaced.
// - Refused before anything is written: a folder, a missing folder, a block device or a socket, a read-only file
//   or folder (by its mode bits too: root may write anything, a person expects "read-only" to hold).
// - Every write is checked; a full disk says "the disk is full".
// A symbolic link is followed: its target is written and the link stays.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)
public:
    enum class Target {
        NewFile, // nothing there yet
        File, // an existing regular file, replaced whole
        Stream, // a FIFO or a character device, written directly
    };
    // What the path reaches, or why nothing may be written there.
    static Result<Target> check(const QString &path);

    static Status write(const QString &path, const QByteArray &bytes);
    // What a writer does with a file already at its target: replaces it whole (a backup, an export), or refuses it
    // (a copy of a store, which is never written over another), up to the moment it takes the name.
    enum class Existing { Replace, Refuse };
    // For a writer that makes the file itself from a name (SQLite's VACUUM INTO): `fill` is given an empty new file
    // beside the target to write; it is renamed onto the target when `fill` succeeded, and removed otherwise.
    // A FIFO or a device is refused: such a writer needs a file.
    static Status writeThrough(const QString &path, const std::function<Status(const QString &temporary)> &fill,
        Existing existing = Existing::Replace);
    // The results of a command on stdout; a failed or short write is an error (a full disk included).
    static Status writeStandardOutput(const QByteArray &bytes);

    // Whether two paths reach the same file: by device and inode when both exist (a hard link, a symbolic link,
    // "..", another spelling of the folder), else by the same name in the same folder once links are followed.
    static bool sameFile(const QString &a, const QString &b);
    // Why a write failed, in the user's words ("the disk is full" for ENOSPC), from an errno value.
    static QString reason(int errorNumber);
    // "Cannot write FILE: the disk is full."
    static Error failure(const QString &path, int errorNumber);
};

} // namespace parindex
