#pragma once

#include "model/classbands.h"
#include "model/criteriatree.h"
#include "model/evidence.h"
#include "model/explanation.h"
#include "model/lineage.h"
#include "model/member.h"
#include "model/period.h"
#include "model/result.h"
#include "model/savedscenario.h"
#include "model/scoresheet.h"
#include "model/unit.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QJsonObject>
#include <QtCore/QList>

#include <functional>
#include <memory>
#include <optional>

namespace parindex {

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString who;
    QString action; // e.g. score.set, scores.import, criteria.replace, period.finalize
    QString entity; // what was changed, e.g. "2023/HUYEN/DS/1.2.3"
    QString oldValue;
    QString newValue;
    QString hash; // hex SHA-256 of the previous hash and this row's fields
    bool own = false; // written through this Database object (this window), not by another program
};

// What a final period published, kept whole from its finalisation: the caller's result (its ranking and decision
// texts), what the period held then (rows and digest of each part), the audit head, under one SHA-256 digest whose
// first characters the decision prints, so that a file can be checked against the paper.
struct PublishedRecord
{
    qint64 periodId = 0;
    int version = 0; // 1, then 2 after a reopening and a new finalisation...
    QDateTime at; // UTC
    QString decisionNumber;
    QDate decisionDate;
    QJsonObject content; // {"period": {...}, "result": {...}, "holds": {...}, "audit": {"id", "hash"}}
    QString digest; // hex SHA-256 of the content as stored

    QString printedDigest() const; // "7K3M-Q9XD"
};
// The digest as the decision prints it: its first 40 bits in Crockford's base 32, "XXXX-XXXX".
QString printedDigest(const QString &sha256Hex);
// A digest typed from paper, in the printed form (case, spaces and O/I/L for 0/1 forgiven); nullopt if it is none.
std::optional<QString> parsePrintedDigest(QStringView typed);

// What `check` found: problems are failures (integrity, edits made outside the program), notes are facts.
struct CheckReport
{
    QStringList problems;
    QStringList notes;
    bool ok() const { return problems.isEmpty(); }
};

// A province's PAR Index file. Everything that touches SQL lives behind this class; callers get values
// or an Error. Every write is one transaction with its audit row, so an accepted edit is on disk when
// the call returns. A finalised period refuses writes here, not only in the UI.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    static constexpr qint32 ApplicationId = 0x50415249; // "PARI"
    static constexpr int SchemaVersion = 10;

    enum class Access { ReadWrite, ReadOnly };
    // How much of the file open() reads to refuse a damaged one. Every way checks the header, the schema
    // version and that the file is as long as its header says (a truncated copy). Full adds quick_check,
    // which reads every page: 1 s for a national file of ten years, so Auto runs it only up to
    // QuickCheckBytes; beyond, a damaged page is reported when it is read ("is damaged") and by check().
    enum class Verify { Auto, Full, Structure };
    static constexpr qint64 QuickCheckBytes = 64 * 1024 * 1024;

    // Creates a new file with the current schema (or, for migration tests, an older one); refuses a path
    // that exists. A server address (postgresql://user@host:port/dbname, ServerAddress) makes the store in that
    // database on PostgreSQL instead, refused unless the database is empty.
    static Result<std::unique_ptr<Database>> create(const QString &path, int schemaVersion = SchemaVersion);
    // Opens an existing file. Refused without writing a byte: a missing file, a file that is not SQLite,
    // an SQLite file of another program (application_id), a file of a newer schema. An older schema is
    // migrated after a backup copy "<file>.v<N>.bak" is taken (ReadWrite only; ReadOnly refuses to migrate).
    // A file the user may not write opens read-only even when ReadWrite is asked. A server address opens the store
    // in that database (PostgresEngine): one of another version is refused (an older one says how its owner upgrades
    // it: upgrade()), and a login the server lets only read opens read-only.
    static Result<std::unique_ptr<Database>> open(
        const QString &path, Access access = Access::ReadWrite, Verify verify = Verify::Auto);
    // What upgrade() did: the version it found and the version the store is at now (the same when it was current:
    // nothing was written), and the backup copy a file's upgrade made first (a server's owner backs the database up
    // with pg_dump before).
    struct Upgraded
    {
        int from = 0;
        int to = 0;
        QString backup;
    };
    // Brings an older store to this program's schema. A file: as opening it to write does (its backup copy first).
    // A server store (explicitly: opening one refuses an older version): only by its owner or a superuser (another
    // login is refused, named, nothing changed); each step in a transaction of its own, so that a failing step leaves
    // the store at the version before it; the last step also installs the server's guards again and, where members
    // were added, the grants on every table, and writes the audit entry store.upgrade (old and new version). A newer
    // store is refused as open() refuses it.
    static Result<Upgraded> upgrade(const QString &path);

    // Why the file at `path` cannot be changed here, in words ("its folder can only be read"); empty when it can.
    // Read by mode bits as well: root may write anything, a person expects a read-only file to stay so. Such a
    // file opens read-only, and every reading works (in a read-only folder too).
    static QString readOnlyReason(const QString &path);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const;
    bool isReadOnly() const;
    QString journalMode() const; // "wal", or "delete" on network file systems
    int schemaVersion() const;

    // Who the audit log names for the writes of this connection (default: the OS user name; on a server always the
    // login, which the server checks).
    void setUserName(const QString &who);

    // Members of the council and their rights, on a server store (serverrights.h); a file has none and refuses
    // members() and the changes with a Usage error. rights(): what this connection may change (a file: everything).
    Result<Rights> rights() const;
    Result<QList<Member>> members() const;
    // Makes the login (with the password, when not empty) and its assignment; needs a login that may create roles.
    Status addMember(const Member &member, const QString &password = {});
    Status removeMember(const QString &login);
    // The clock of audit rows; tests inject a fixed one.
    void setClock(std::function<QDateTime()> clock);

    // Groups and units
    Result<QList<UnitGroup>> groups() const;
    // Add or update by code. With `expected`, the group must still be as given (an undo): otherwise a Conflict
    // error says who changed it since, and nothing is written. The same holds for every `expected` below.
    Status saveGroup(const UnitGroup &group, const std::optional<UnitGroup> &expected = std::nullopt);
    Result<QList<Unit>> units(const QString &groupCode = {}) const; // ordered by group, then code
    Result<Unit> unit(const QString &code) const;
    // A unit that leaves a period which is not final (moved to another group, retired, starting later) while it has
    // scores there: refused with the count, or, when the person confirmed it, its scores stay in the file, out of
    // that year's ranking (taking the change back brings them back).
    enum class Leaving { Refuse, KeepScores };
    // Add or update by code; the rosters of periods that are not final follow (never those of a final period).
    Status saveUnit(
        const Unit &unit, const std::optional<Unit> &expected = std::nullopt, Leaving leaving = Leaving::Refuse);
    // Add or update by code; all or nothing. `expected`: as for saveUnit. `newGroups` that do not exist yet are
    // created in the same transaction (an import that names groups of its own), so that a refused import leaves
    // no group behind.
    Status importUnits(const QList<Unit> &units, const std::optional<Unit> &expected = std::nullopt,
        Leaving leaving = Leaving::Refuse, const QList<UnitGroup> &newGroups = {});
    // Which units continue which after a reorganisation (model/lineage.h), ordered by year, unit, continued unit.
    Result<QList<LineageLink>> lineage() const;
    // Replaces the whole record (one transaction, one audit row naming what was added and taken away). Both units of
    // a link must exist and differ, and no unit may continue itself through a chain: otherwise nothing is written and
    // the error names every bad link. A link of year Y decides what year Y's rank changes are compared with: a change
    // that touches a unit listed in a final period of Y is refused (Conflict, naming the period), as the decision
    // published them; reopen the period for a correction first.
    Status setLineage(
        const QList<LineageLink> &links, const std::optional<QList<LineageLink>> &expected = std::nullopt);

    // Periods
    Result<QList<Period>> periods(const QString &groupCode = {}) const; // ordered by group, then year
    Result<Period> period(int year, const QString &groupCode) const; // NotFound when absent
    // Opens a period in draft, with default bands; with copyFromYear, copies that year's criteria and bands.
    Result<Period> addPeriod(int year, const QString &groupCode, std::optional<int> copyFromYear = std::nullopt);
    // Finalises a period (decision number and date required) and keeps what it publishes: `publish` is called
    // inside the transaction, with this database, and returns the result to keep (its ranking and texts, computed
    // by the caller from what it reads then). Every row of the period must verify first: nothing changed outside
    // the program is published. From then on the period refuses writes, and PublishedRecord is what it shows.
    // `overridden`: what the caller was told would make the decision wrong and finalised all the same (the command
    // line's --force); the audit row keeps it.
    Status finalize(qint64 periodId, const QString &decisionNumber, const QDate &decisionDate,
        const std::function<Result<QJsonObject>(const Database &)> &publish, const QStringList &overridden = {});
    // Keeps what a period finalised by a program that did not keep it (schema before 5) shows now.
    Status publishFinal(qint64 periodId, const std::function<Result<QJsonObject>(const Database &)> &publish);
    // The newest record of what the period published (nullopt when it never was); every version, oldest first.
    Result<std::optional<PublishedRecord>> published(qint64 periodId) const;
    Result<QList<PublishedRecord>> publishedVersions(qint64 periodId) const;
    // Reopens a final period (a reason is required and goes to the audit log; what it published stays kept), or
    // moves a period between draft and appraising. Finalising goes through finalize().
    Status setPeriodStatus(qint64 periodId, PeriodStatus status, const QString &decisionNumber = {},
        const QDate &decisionDate = {}, const QString &reason = {});
    // The period's roster: the units it ranks, with the name and the ranked flag they had that year (groupCode is
    // the period's group). Filled when the period is added, from the units of its group that take part in its
    // year; saving a unit changes the rosters of periods that are not final, never those of a final one.
    Result<QList<Unit>> periodUnits(qint64 periodId) const;
    // Replaces the roster of a period that is not final (units by code, with their name and flag that year).
    // A unit that has scores in the period is not taken out: the error says how many.
    Status setRoster(qint64 periodId, const QList<Unit> &roster);

    // Criteria and bands
    Result<CriteriaTree> criteria(qint64 periodId) const;
    // What replaceCriteria may take from the values entered (CriteriaEdit::droppedValues: the cells of criteria that
    // no longer take a value, values above a new maximum): nothing (the change is refused with their count, and
    // nothing is written), any (the command line's --drop-scores), or exactly the cells a person confirmed.
    struct Dropping
    {
        enum class Allow { Nothing, Any, Exactly } allow = Allow::Nothing;
        QList<ScoreCell> cells; // Exactly: DroppedValues::before, as the person saw them
    };
    // One change of a period's criteria, written in one transaction with one audit row.
    struct CriteriaWrite
    {
        QHash<QString, QString> renamedCodes; // old code -> new code after an edit that renumbered: scores follow
        std::optional<CriteriaTree> expected; // the tree the change was made on (an undo step): a Conflict otherwise
        Dropping dropping;
        // Cells (by their new codes) then written exactly as given (an empty entry: none): an undo puts back the
        // values its edit took.
        QList<ScoreCell> restored;
        std::optional<ClassBands> bands; // set too (a copy of another year's criteria and bands)
        std::optional<ClassBands> expectedBands;
    };
    // Replaces the tree; scores of leaves whose code remains a leaf are kept. The values it takes away are named in
    // the audit row (old_value: a line of JSON {"scores": [cells]} after the count of criteria; new_value the same
    // for what it wrote in their place), so that they can be recovered from the log.
    Status replaceCriteria(qint64 periodId, const CriteriaTree &tree);
    Status replaceCriteria(qint64 periodId, const CriteriaTree &tree, const QHash<QString, QString> &renamedCodes,
        const std::optional<CriteriaTree> &expected = std::nullopt);
    Status replaceCriteria(qint64 periodId, const CriteriaTree &tree, const CriteriaWrite &write);
    // Which criterion of the group's previous period each criterion of this one continues (model/lineage.h).
    Result<CriteriaMap> criteriaMap(qint64 periodId) const;
    // Replaces the period's links (one transaction, one audit row). Every code must be one of the period's criteria
    // and every continued code one of the previous period's; an area continues an area, a criterion below an area
    // one below an area. Otherwise nothing is written and the error names each problem.
    // Links say how years compare, not what a decision published: they can be set for a final period too.
    // With `expected`, the links must still be those (an undo): otherwise a Conflict, and nothing is written.
    Status setCriteriaMap(qint64 periodId, const QList<CriterionLink> &links,
        const std::optional<QList<CriterionLink>> &expected = std::nullopt);
    // Named what-if scenarios of the period (schema 9; none in an older file), ordered by name, seals verified.
    // They are not the period's record: saving or deleting one never changes its criteria, bands, scores or what it
    // published, and final periods have them too.
    Result<QList<SavedScenario>> scenarios(qint64 periodId) const;
    // Saves `scenario` (its name and content; who and when are set here). Without `replacing`, a new name: refused
    // (BadData) when the period has one of that name. With it, the content the caller read of the scenario it
    // replaces: refused (Conflict, saying who saved it since) when the stored one is another or is gone. A name is 1
    // to 100 characters on one line (trimmed); the content a JSON object. One transaction, one audit row
    // (scenario.save, old and new content).
    Status saveScenario(
        qint64 periodId, const SavedScenario &scenario, const std::optional<QString> &replacing = std::nullopt);
    // Why `name` cannot name a scenario (empty when it can): what saveScenario refuses, for a check before it.
    static QString scenarioNameProblem(const QString &name);
    // Deletes the scenario `name` (scenario.delete, its content kept in the audit row); NotFound when there is none,
    // Conflict when its content is not `expected`.
    Status deleteScenario(qint64 periodId, const QString &name, const std::optional<QString> &expected = std::nullopt);
    Result<ClassBands> bands(qint64 periodId) const;
    Status setBands(qint64 periodId, const ClassBands &bands, const std::optional<ClassBands> &expected = std::nullopt);

    // Scores
    Result<QHash<QString, ScoreSheet>> scoreSheets(qint64 periodId) const; // by unit code
    // What scoring reads of the same cells, as a grid: a row per unit of `unitCodes`, a column per criterion of
    // `criterionCodes` (cells of other units or criteria are checked, not kept). Every seal is checked, and the cells
    // are those the program wrote, as for scoreSheets.
    Result<ScoreGrid> scoreGrid(qint64 periodId, const QStringList &unitCodes, const QStringList &criterionCodes) const;
    // One unit's sheet (what an edit changed), read by key: a national period is not read for it.
    Result<ScoreSheet> scoreSheet(qint64 periodId, const QString &unitCode) const;
    // Sets one cell (one transaction, one audit row with old and new value). The unit must take part,
    // the criterion must be a leaf of the period, values must be in range.
    Status setScore(qint64 periodId, const QString &unitCode, const QString &criterionCode, const ScoreEntry &entry,
        const std::optional<ScoreEntry> &expected = std::nullopt);
    // All rows or none, in one transaction with one audit row; every bad row is listed in Error::details.
    Status importScores(qint64 periodId, const QList<ScoreRow> &rows);
    // Sets each cell to exactly its entry (an empty entry removes the row), all or none in one transaction
    // with one audit row: the undo and redo of an import.
    // With `expected`, every cell of it must still hold exactly its entry.
    Status restoreScores(
        qint64 periodId, const QList<ScoreCell> &cells, const std::optional<QList<ScoreCell>> &expected = std::nullopt);

    // Explanations (giải trình) the units sent about cells of their notice of appraisal results (schema 6 on; an
    // older file read-only shows none). Ordered by unit, criterion, then as received. Written only while the period
    // is not final: each write is one transaction with one audit row (explanation.add, .decide, .remove).
    Result<QList<Explanation>> explanations(qint64 periodId, const QString &unitCode = {}) const;
    // Records one; the unit must take part, the criterion must take a value, the text and the date received must
    // be given. An id other than 0 is kept (the redo of an undone recording); returns it as stored.
    Result<Explanation> addExplanation(qint64 periodId, const Explanation &explanation);
    // Marks it decided on `decided` with the council's conclusion, or open again with an invalid date (an undo).
    // With `expected`, it must still be as given (Conflict otherwise).
    Status decideExplanation(qint64 periodId, qint64 id, const QDate &decided, const QString &conclusion,
        const std::optional<Explanation> &expected = std::nullopt);
    // Takes a recording back (its undo); the audit row keeps what it held.
    Status removeExplanation(qint64 periodId, qint64 id, const std::optional<Explanation> &expected = std::nullopt);

    // Evidence documents (tài liệu kiểm chứng) attached to the units' cells (schema 7 on; an older file read-only shows
    // none), ordered by unit, criterion, then as attached. The list carries no content; content() reads one, checked
    // against its SHA-256 (Corrupt when it was changed outside the program).
    Result<QList<Evidence>> evidence(qint64 periodId, const QString &unitCode = {}) const;
    Result<QByteArray> evidenceContent(qint64 periodId, qint64 id) const;
    // Attaches `content` as `evidence.name` to the cell (evidence.unitCode, evidence.criterionCode), while the period
    // is not final: the unit must take part, the criterion must take a value, the content must be a document of an
    // accepted kind (model/evidence.h) within evidence::MaxBytes, and not already attached to that cell. A content
    // already in the store is kept once. An id other than 0 is kept, with who attached it and when (an attachment put
    // back: the undo of its removal, the redo of its attaching). One
    // transaction, one audit row (evidence.add); returns it as stored.
    Result<Evidence> addEvidence(qint64 periodId, const Evidence &evidence, const QByteArray &content);
    // Takes an attachment away (evidence.remove); its content goes when no other attachment needs it. With
    // `expected`, it must still be as given (Conflict otherwise).
    Status removeEvidence(qint64 periodId, qint64 id, const std::optional<Evidence> &expected = std::nullopt);

    // The texts of the period's published decision, as one JSON document (empty when never edited).
    Result<QString> decisionTexts(qint64 periodId) const;
    Status setDecisionTexts(qint64 periodId, const QString &json);
    // The same texts in several periods (the groups of one decision), in one transaction.
    Status setDecisionTexts(
        const QList<qint64> &periodIds, const QString &json, const std::optional<QString> &expected = std::nullopt);

    // Audit log and checks
    Result<QList<AuditEntry>> auditLog(int limit = 1000) const; // newest first
    // The newest entry's id and hash (0 and empty for an empty log), and the hash of entry `id` (empty when the log
    // holds no such entry): what a program keeps outside the file to find a log cut together with its recorded head.
    Result<QPair<qint64, QString>> auditHead() const;
    Result<QString> auditHash(qint64 id) const;
    // The file's own identity, made when it is created (a copy keeps it: the same record at another moment).
    Result<QString> fileId() const;
    // The entries after `id`, oldest first: what others wrote since this window last looked.
    Result<QList<AuditEntry>> auditAfter(qint64 id) const;
    // SQLite's data_version: it changes when another connection (another program, window or command) commits
    // to the file, and not for this connection's own writes. Cheap enough to ask every second.
    Result<qint64> dataVersion() const;
    // Calls `changed` soon after another connection commits, in this thread's event loop, while `context` lives:
    // a server tells its windows (LISTEN/NOTIFY); false for a file, whose dataVersion() is polled.
    bool watchChanges(QObject *context, std::function<void()> changed);
    // integrity_check, foreign_key_check, the audit hash chain, and the row seals that reveal
    // edits made outside the program.
    CheckReport check() const;
    // Refuses a path that is the database file or one of its own (-wal, -shm, -journal), existing or not: reading one
    // through a descriptor of our own would release this process's locks on it (another program would then think
    // itself alone and delete the log under us), and writing one would destroy the file.
    static Status refuseOwnFile(const QString &databasePath, const QString &path);
    // A consistent copy (VACUUM INTO a temporary file, checked, then renamed onto target). A server's store is copied
    // row by row into the file (StoreCopy), and checked as check() does before it takes the target's name.
    Status backupTo(const QString &target) const;

    // The connection and its helpers, opaque outside core/storage (databaseprivate.h).
    struct Private;

private:
    explicit Database(std::unique_ptr<Private> d);
    static Result<std::unique_ptr<Database>> openFile(
        const QString &path, Access access, Verify verify, Upgraded *upgraded);
    void checkPeriods(CheckReport &report, const QHash<qint64, QString> &auditChain) const;
    std::unique_ptr<Private> d;
};

} // namespace parindex
