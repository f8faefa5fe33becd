#pragma once

#include "model/evidence.h"
#include "model/result.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QStringList>

#include <optional>

namespace parindex {

class Database;

// Files in and out of a database, as the command line and the app's File menu use them. A path ending in
// .xlsx is a workbook (read from `sheet`, or its first sheet), anything else CSV. Imports read and check the
// whole file first and change nothing unless every row is valid (one transaction). Exports appear whole or
// not at all.
class FileTransfer
{
    Q_DECLARE_TR_FUNCTIONS(FileTransfer)
public:
    enum class ScoresLayout { Long, Wide };

    // Adds or updates units; groups named in the file that do not exist yet are created. A unit that would leave a
    // year that is not final while it has scores there is refused, unless `keepScores` (its scores stay in the
    // file, out of that year's ranking).
    static Status importUnits(Database &db, const QString &path, const QString &sheet = {}, bool keepScores = false);
    // The roster of a period that is not final (roster.csv), and out.
    static Status importRoster(
        Database &db, int year, const QString &groupCode, const QString &path, const QString &sheet = {});
    static Status exportRoster(const Database &db, int year, const QString &groupCode, const QString &path);
    // Replaces the period's criteria by the file's. An import that would take values away (CriteriaEdit::
    // droppedValues) is refused with their count, unless `dropScores`. `warnings` gets what the tree's checks
    // found (sums that do not add up) once the file's tree is read, whether it is then written or not: a refusal
    // after that is the database's (values it would take away, a final period).
    static Status importCriteria(Database &db, int year, const QString &groupCode, const QString &path,
        const QString &sheet = {}, bool dropScores = false, std::optional<QStringList> *warnings = nullptr);
    static Status exportCriteria(const Database &db, int year, const QString &groupCode, const QString &path);
    // What a period's criteria continue of the group's previous period (criteria_map.csv), and out: the export lists
    // every criterion of the year, linked or not.
    static Status importCriteriaMap(
        Database &db, int year, const QString &groupCode, const QString &path, const QString &sheet = {});
    static Status exportCriteriaMap(const Database &db, int year, const QString &groupCode, const QString &path);
    // Which units continue which (lineage.csv): the file replaces the whole record.
    static Status importLineage(Database &db, const QString &path, const QString &sheet = {});
    static Status exportLineage(const Database &db, const QString &path);
    // Scores in the long or wide form; a filled-in self-assessment template is a long-form file.
    // `notes` (when given) gets, after the import, which cells already stored the file changed (a value replaced by
    // another, a mark or a note changed): an import overwrites, and says so.
    static Status importScores(Database &db, int year, const QString &groupCode, const QString &path,
        const QString &sheet = {}, QStringList *notes = nullptr);
    static Status exportScores(
        const Database &db, int year, const QString &groupCode, const QString &path, ScoresLayout layout);
    // The survey's points, or its answer counts, into the period's survey criteria (FileFormats::parseSurvey).
    static Status importSurvey(Database &db, int year, const QString &groupCode, const QString &path,
        const QString &sheet = {}, QStringList *notes = nullptr);
    // Who reads an exported ranking: a script (the columns of rank --format csv, formats.md), or a person (the
    // window's export: a title line, headers and class names in the UI's language, the areas' indexes).
    enum class Readers { Scripts, People };
    // The ranking of a period.
    static Status exportRanking(const Database &db, int year, const QString &groupCode, const QString &path,
        Readers readers = Readers::Scripts);
    // The group's name as people read it (its code when it has none).
    static Result<QString> groupName(const Database &db, const QString &groupCode);
    // A unit's self-assessment template for the period (FileFormats::selfAssessmentTemplate).
    static Status exportTemplate(
        const Database &db, int year, const QString &groupCode, const QString &unitCode, const QString &path);

    // Attaches the file at `path` to the cell (unit, criterion) of the period as an evidence document
    // (Database::addEvidence), under the file's name. A file beyond evidence::MaxBytes is refused before it is read.
    static Result<Evidence> attachEvidence(
        Database &db, qint64 periodId, const QString &unitCode, const QString &criterionCode, const QString &path);
    // Writes the content of the period's evidence document `id` to `path` (whole or not at all; OutputFile).
    static Status saveEvidence(const Database &db, qint64 periodId, qint64 id, const QString &path);
};

} // namespace parindex
