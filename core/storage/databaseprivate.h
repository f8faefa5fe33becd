#pragma once

#include "auditstore.h"
#include "criteriastore.h"
#include "database.h"
#include "evidencestore.h"
#include "periodstore.h"
#include "scorestore.h"
#include "sqlsupport.h"
#include "storageengine.h"
#include "unitstore.h"

#include <QtCore/QSet>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

namespace parindex {

// A set of rows known by their seals: how many, and the XOR of their seals. The order of the rows does not matter,
// so a write updates it by the rows it removes and adds; what period_content keeps for each part of a period, and
// what a read or `check` compares with the rows the file holds (a row removed, added or re-sealed outside).
struct SealSet
{
    qint64 rows = 0;
    quint64 high = 0;
    quint64 low = 0;

    bool toggle(QStringView seal); // false when `seal` is not 32 lower-case hex digits
    bool toggle(const char *seal); // 32 ASCII hex digits, as sql::scoreSeal writes them
    bool add(QStringView seal);
    bool add(const char *seal);
    void add(const unsigned char bytes[16]); // the seal's 16 bytes (sql::scoreSealBytes)
    bool remove(QStringView seal);
    QString digest() const; // 32 hex digits
    static std::optional<SealSet> from(qint64 rows, const QString &digest);
    bool operator==(const SealSet &) const = default;
};

// The parts of a period whose rows period_content counts: the first five from schema 5 on, the evidence documents
// from schema 10 on (partsOf).
enum class Part { Roster, Criteria, Bands, Scores, Texts, Evidence };
inline constexpr Part AllParts[]
    = {Part::Roster, Part::Criteria, Part::Bands, Part::Scores, Part::Texts, Part::Evidence};
QString partCode(Part part); // as stored: roster, criteria, bands, scores, texts, evidence
QString partName(Part part); // in messages: "score cells"
int partSince(Part part); // the schema version from which period_content counts it
QList<Part> partsOf(int schemaVersion); // the parts a store of that version counts

// What the parts of a Database share: the engine, who writes and when, what this object committed, the damage found,
// the record of what each period holds (sealing.cpp) and the frame of every write (writes.cpp).
struct Database::Private
{
    explicit Private(std::unique_ptr<StorageEngine> storage);
    // A new store on `engine`, which holds no table yet, migrated to `schemaVersion`: what Database::create() does for
    // a file, for any engine. On failure the Database is closed again; what the engine made is the caller's to remove.
    static Result<std::unique_ptr<Database>> create(std::unique_ptr<StorageEngine> engine, int schemaVersion);
    // The parts of an open Database, for the code of core/storage and its tests.
    static Private &of(const Database &db) { return *db.d; }

    const Database *owner = nullptr;
    std::unique_ptr<StorageEngine> engine;
    QString path; // what messages name
    int schemaVersion = 0;
    QString who;
    std::function<QDateTime()> clock;
    QSet<qint64> ownAudit; // audit rows this object committed: the window tells them from other programs' writes
    qint64 pendingAudit = 0; // the audit row of the transaction under way, own once it commits

    UnitStore units {*this};
    PeriodStore periods {*this};
    CriteriaStore criteria {*this};
    ScoreStore scores {*this};
    AuditStore audit {*this};
    EvidenceStore evidence {*this};

    QSqlDatabase db() const { return engine->connection(); }
    QSqlQuery query() const { return QSqlQuery(db()); }
    std::unique_ptr<BulkStatement> statement(const char *sql) const { return engine->statement(sql); }
    Error error(const QSqlQuery &q) const;

    // Why the file is known damaged or changed outside the program (empty while it is not): found by a read
    // (the engine's corruption error, a seal that does not verify, a count that does not match); writes are then
    // refused for as long as the file stays open.
    mutable QString damage;
    Error noted(Error e) const; // records a Corrupt error as damage
    Error changedOutside(const QString &what) const; // the Corrupt error of a read or write that found it

    // What a period holds, part by part (schema 5 on, evidence 10 on; nothing to check before).
    bool records(Part part) const { return schemaVersion >= partSince(part); }
    Result<SealSet> storedContent(qint64 periodId, Part part) const;
    Status storeContent(qint64 periodId, Part part, const SealSet &set);
    // The part's rows as the file holds them; rows whose seal does not verify are named in `problems`.
    Result<SealSet> readPart(qint64 periodId, Part part, QStringList *problems) const;
    // Every row's seal verifies and the rows are those the program wrote; else changedOutside().
    Status verifyPart(qint64 periodId, Part part) const;
    // The rows a read found (`holds`) are those the program wrote of the part; else changedOutside().
    Status requireRecorded(qint64 periodId, Part part, const SealSet &holds) const;
    static QString contentDifference(const QString &label, Part part, const SealSet &wrote, const SealSet &holds);
    Status recount(qint64 periodId, Part part); // after a write that replaced the part
    Status adjustContent(qint64 periodId, Part part, const SealSet &removed, const SealSet &added);

    // What an audit row says about a write whose old value is read inside its transaction.
    struct AuditText
    {
        QString entity;
        QString oldValue;
        QString newValue;
    };
    // Runs `body` in one write transaction of the engine, then appends the audit row it describes; rolls back on
    // any failure. Reads that decide a write belong in the body: outside, another process may commit between
    // the read and the write (a lost update), and an unfinished read would keep a stale snapshot.
    // Keys::CheckedByBody is for bulk writes whose body checks, inside the transaction, that every key it
    // writes exists (StorageEngine::Keys); `check` still looks for broken references over the whole store.
    using Keys = StorageEngine::Keys;
    Status writeWith(const QString &action, const std::function<Result<AuditText>()> &body, Keys keys = Keys::Enforced);
    // The same, for writes whose audit text is known before the transaction.
    Status write(const QString &action, const QString &entity, const QString &oldValue, const QString &newValue,
        const std::function<Status()> &body);
    Status requireWritable() const;
    // Refuses a write that would replace a value someone else changed since the caller read it (an undo): says
    // who changed it and when, from the newest audit row about one of `entities`, and what it holds now.
    Error conflict(const QString &what, const QStringList &entities, const QString &now) const;
    static QString actionName(const QString &action); // "an import of scores" for scores.import
    Status exec(QSqlQuery &q) const;
    Status exec(const QString &statement) const;
};

namespace seals {
QString group(const UnitGroup &g);
QString unit(const QString &code, const QString &name, const QString &group, const QVariant &since,
    const QVariant &retired, bool ranked);
QString period(
    qint64 id, int year, const QString &group, const QString &status, const QString &number, const QString &date);
QString band(qint64 periodId, const QString &classCode, qint64 minIndex);
QString criterion(qint64 periodId, const QString &code, const QString &title, qint64 max, const QString &kind,
    const QString &rule, int position);
QString score(
    qint64 criterionId, qint64 unitId, const QVariant &self, const QVariant &appraised, bool na, const QString &note);
QString decisionText(qint64 periodId, const QString &content);
QString rosterEntry(qint64 periodId, qint64 unitId, const QString &name, bool ranked);
QString explanation(qint64 id, qint64 periodId, qint64 unitId, const QString &criterion, const QString &text,
    const QString &received, const QString &decided, const QString &conclusion);
QString evidence(qint64 id, qint64 periodId, qint64 unitId, const Evidence &e, const QString &added);
QString criterionLink(qint64 periodId, const QString &code, int previousYear, const QString &previousCode);
QString lineage(qint64 unitId, qint64 continuesId, int year);
QString scenario(
    qint64 periodId, const QString &name, const QString &content, const QString &savedAt, const QString &savedBy);
QString content(qint64 periodId, const QString &part, qint64 rows, const QString &digest);
QString published(qint64 periodId, int version, const QString &at, const QString &number, const QString &date,
    const QString &content, const QString &digest);
} // namespace seals

} // namespace parindex
