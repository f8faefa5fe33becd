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
        QList<int> earlierYears; // an archive: the earlier years of its group that came with it
    };

    // Into `target`: a file (never one that exists, unless `existing` is Replace: a backup), or a server address of
    // an empty database (Database::create refuses any other). The source and the target are named in every error.
    static Result<Copied> copy(const Database &source, const QString &target, const Check &check,
        OutputFile::Existing existing = OutputFile::Existing::Refuse);
    // One final period of the store, as it was published, into a new file: its roster, criteria, bands, cells,
    // texts, explanations, evidence and published records, with the earlier periods of its group (what its ranks are
    // compared with: "up 6 places since 2022", which check computes again), every group and unit, and the whole audit
    // log (one chain), ids and seals as they are; the archive's own audit entry (period.archive) names the source and
    // its newest entry. Its check, rank and decision give what the source's give for that period. A period that is
    // not final, and a server target, are refused.
    static Result<Copied> archivePeriod(
        const Database &source, int year, const QString &group, const QString &target, const Check &check);
};

} // namespace parindex
