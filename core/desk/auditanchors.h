#pragma once

#include "model/result.h"

#include <QtCore/QCoreApplication>

#include <optional>

namespace parindex {

class Database;

// What this computer last saw of a file's audit log (the newest entry's id and hash), kept outside the file, in the
// user's data folder, by file path and identity. Inside the file, someone who knows the program can cut the newest
// entries and record the cut log's head as if nothing had happened; the next look from this computer finds it.
// Copying the file elsewhere starts a record of its own; a backup restored over the file is reported (as it
// should be: the file went back in time).
class AuditAnchors
{
    Q_DECLARE_TR_FUNCTIONS(AuditAnchors)
public:
    // The record of this computer's programs (tests point it elsewhere through the standard paths' test mode).
    static QString store();
    // Records the file's audit head as seen now: after this computer's own writes, and after a look that found
    // nothing wrong. Returns why it could not be recorded (the user's data folder cannot be written), nullopt when it
    // was (or when there is nothing to record).
    static std::optional<QString> remember(const Database &db);
    // Why the file's audit log is not the one this computer saw last (shorter, or another entry at the same place);
    // nullopt when it is (or when this computer never saw the file).
    static std::optional<QString> problem(const Database &db);
};

} // namespace parindex
