#pragma once

#include <QtCore/QString>

#include <functional>

class QObject;

// The few things core and app ask of the operating system that Qt does not answer: each has a POSIX and a
// Windows implementation here (platform.cpp), so that no other source of ours calls either system directly.
namespace parindex::platform {

// True when nobody can make a file in `folder`: a read-only disk, an immutable folder (chattr +i), or no write
// permission for anyone (an archive). A folder that only this user may not write is not one.
bool nobodyWritesIn(const QString &folder);

// True when this user may make a file in `folder` (access(2) with W_OK: root may, whatever the mode bits).
bool userWritesIn(const QString &folder);

// The user running the program, as a number on POSIX (the uid) or a name on Windows: to name a private folder.
QString userKey();

// While one lives, what the process writes on its standard error goes nowhere (a library that prints its own
// failures there, where ours say them better); the standard error is back when it dies.
class QuietStandardError
{
public:
    QuietStandardError();
    ~QuietStandardError();
    QuietStandardError(const QuietStandardError &) = delete;
    QuietStandardError &operator=(const QuietStandardError &) = delete;

private:
    int m_saved = -1;
};

// Calls `handler` from the event loop of the thread that called this, for as long as `context` lives, when the
// process is asked to end by SIGTERM, SIGINT or SIGHUP (a session's logout, `kill`, Ctrl+C in its terminal), instead
// of the process dying on the spot with its lock and journal left behind. Windows asks a window program to end through
// its window messages, which Qt turns into close events: nothing to do there. Once per process.
void onEndRequest(QObject *context, std::function<void()> handler);

} // namespace parindex::platform
