// Holds the lock beside a database file as another window of the program does, for the tests of taking a lock
// over: prints "locked" once it holds it, then lets go when its input closes (the window closes) or never, when
// it is killed (the program crashed: the lock file stays, naming a dead process).
#include <QtCore/QCoreApplication>
#include <QtCore/QLockFile>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 1;
    QLockFile lock(QString::fromLocal8Bit(argv[1]) + QStringLiteral(".lock"));
    if (!lock.tryLock(0))
        return 2;
    std::fputs("locked\n", stdout);
    std::fflush(stdout);
    char line[64];
    while (std::fgets(line, sizeof line, stdin)) { }
    return 0;
}
