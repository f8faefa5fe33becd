#pragma once

#include "database.h"

#include "files/outputfile.h"

#include <QtCore/QCoreApplication>

#include <functional>

namespace parindex {

// A whole store copied into a new one, a file or a server database, as it is stored: every row of every table of the
// schema, column by column, ids included (seals hash them), read from one snapshot of the source and written in one
// transaction. The copy is checked before it is kept: a file is written beside its name and takes it only then; a
// server database is emptied again. Tables of the server's own beside the schema (parindex_store) are not copied.
class StoreCopy
{
    Q_DECLARE_TR_FUNCTIONS(StoreCopy)
public:
    // What the copy must pass before it is kept (Database::check, or Publication::check above storage). When it
    // finds problems, the source is checked the same way: problems there are the source's damage, named as such.
    using Check = std::function<CheckReport(const Database &)>;
    struct Copied
    {
        qint64 rows = 0;
        int tables = 0;
        qint64 copyingMs = 0; // reading, writing and committing the rows
        qint64 checkingMs = 0; // the copy's check
    };

    // Into `target`: a file (never one that exists, unless `existing` is Replace: a backup), or a server address of
    // an empty database (Database::create refuses any other). The source and the target are named in every error.
    static Result<Copied> copy(const Database &source, const QString &target, const Check &check,
        OutputFile::Existing existing = OutputFile::Existing::Refuse);
};

} // namespace parindex
