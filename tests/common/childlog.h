#pragma once
// What the tests that share a file with the `killchild` helper program (tests/storage/killchild.cpp) read:
// the operations it printed, the POSIX locks this process holds on a file, descriptors of deleted files.

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QStringList>

#include <sys/stat.h>

namespace parindex::test {

using Cell = QPair<QString, QString>; // unit, criterion
using Cells = QHash<Cell, qint64>; // appraised raw values

// One operation a writer tried: an edit is one row, an import many.
struct Operation
{
    QList<std::pair<Cell, qint64>> rows;
    bool acknowledged = false;
};

inline void applyTo(Cells &cells, const Operation &op)
{
    for (const auto &[cell, raw] : op.rows)
        cells.insert(cell, raw);
}

// Reads a child's lines: the operations acknowledged, and the one tried but not acknowledged (if any).
// Lines it does not know (a checkpoint's "C ...") are skipped.
struct ChildLog
{
    QList<Operation> operations;
    QStringList refusals;

    void parse(const QByteArray &output)
    {
        using namespace Qt::StringLiterals;
        const QList<QByteArray> lines = output.split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QStringList w = QString::fromUtf8(lines[i]).split(u' ');
            if (w[0] == u"T" && w.size() >= 3 && w[1] == u"E" && w.size() == 5) {
                Operation op;
                op.rows.append({Cell(w[2], w[3]), w[4].toLongLong()});
                operations.append(op);
            } else if (w[0] == u"T" && w.size() == 3 && w[1] == u"I") {
                Operation op;
                const int n = w[2].toInt();
                for (int k = 0; k < n && i + 1 < lines.size(); ++k) {
                    const QStringList r = QString::fromUtf8(lines[++i]).split(u' ');
                    if (r.size() == 4 && r[0] == u"R")
                        op.rows.append({{r[1], r[2]}, r[3].toLongLong()});
                }
                if (op.rows.size() == n)
                    operations.append(op); // a batch cut short by the kill was never handed to the database
            } else if (w[0] == u"A" && !operations.isEmpty()) {
                operations.last().acknowledged = true;
            } else if (w[0] == u"F") {
                refusals.append(QString::fromUtf8(lines[i]));
                if (!operations.isEmpty() && !operations.last().acknowledged)
                    operations.removeLast(); // refused: it changed nothing
            }
        }
    }
};

// The POSIX locks this process holds on a file, from /proc/locks ("1: POSIX ADVISORY READ 1234 08:01:5678 ...");
// -1 when /proc/locks cannot be read.
inline int locksHeldOn(const QString &path)
{
    using namespace Qt::StringLiterals;
    QFile locks(u"/proc/locks"_s);
    if (!locks.open(QIODevice::ReadOnly))
        return -1;
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    const QString inode = QString::number(info.st_ino);
    const QString pid = QString::number(QCoreApplication::applicationPid());
    int held = 0;
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QStringList w = QString::fromUtf8(line).simplified().split(u' ');
        if (w.size() >= 6 && w[1] == u"POSIX" && w[4] == pid && w[5].section(u':', 2) == inode)
            ++held;
    }
    return held;
}

// True when a descriptor of this process refers to `path` after it was deleted (unlinked under it).
inline bool holdsDeleted(const QString &path)
{
    using namespace Qt::StringLiterals;
    const QString target = QFileInfo(path).absoluteFilePath() + u" (deleted)"_s;
    const QDir fds(u"/proc/self/fd"_s);
    for (const QString &fd : fds.entryList(QDir::Files | QDir::System)) {
        if (QFile::symLinkTarget(fds.filePath(fd)) == target)
            return true;
    }
    return false;
}

} // namespace parindex::test
