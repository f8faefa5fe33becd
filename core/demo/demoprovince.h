#pragma once

#include "model/result.h"

#include <QtCore/QCoreApplication>

namespace parindex {

class Database;

// An illustrative province ("Tỉnh Minh Hòa", invented) with departments, districts and communes,
// a criteria tree per group and four years of self-assessed and appraised scores. The scores are
// generated from a seed, so the same seed always gives the same file contents.
class DemoProvince
{
    Q_DECLARE_TR_FUNCTIONS(DemoProvince)
public:
    static constexpr quint32 DefaultSeed = 20240202;
    static constexpr int FirstYear = 2021;
    static constexpr int LastYear = 2024;

    // Fills an empty database. The years before the last are final (decision issued); the last year is
    // being appraised, with one commune still incomplete.
    static Status fill(Database &db, quint32 seed = DefaultSeed);
    // Creates a demo file at path: built under a temporary name and renamed when complete, so that a
    // failure never leaves half a province behind. A server address (an empty database, as `copy` needs): the file is
    // made in a temporary folder and copied there (StoreCopy, checked first), then removed.
    static Status createFile(const QString &path, quint32 seed = DefaultSeed);
};

} // namespace parindex
