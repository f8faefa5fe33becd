#pragma once

#include "model/result.h"

#include <QtCore/QCoreApplication>

namespace parindex {

class Database;

// Files in and out of a database, as the command line and the app's File menu use them. Imports read
// and check the whole file first and change nothing unless every row is valid (one transaction).
class FileTransfer
{
    Q_DECLARE_TR_FUNCTIONS(FileTransfer)
public:
    enum class ScoresLayout { Long, Wide };

    // Adds or updates units; groups named in the file that do not exist yet are created.
    static Status importUnits(Database &db, const QString &path);
    static Status importCriteria(Database &db, int year, const QString &groupCode, const QString &path);
    static Status exportCriteria(const Database &db, int year, const QString &groupCode, const QString &path);
    static Status importScores(Database &db, int year, const QString &groupCode, const QString &path);
    static Status exportScores(
        const Database &db, int year, const QString &groupCode, const QString &path, ScoresLayout layout);
};

} // namespace parindex
