#pragma once

#include "model/period.h"
#include "model/result.h"
#include "model/unitresult.h"
#include "storage/database.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonObject>

#include <optional>

namespace parindex {

// What a final period published, and the checks of a file against it. Finalising keeps the ranking as computed
// then (and the decision's texts as stored then); every later read of the period shows that, whatever happens
// to units, criteria or scores afterwards, and `check` recomputes it from the cells to report any difference.
class Publication
{
    Q_DECLARE_TR_FUNCTIONS(Publication)
public:
    // The ranking as the record keeps it, exactly (every value of every unit), and back.
    static QJsonObject rankingJson(const RankingTable &table);
    static Result<RankingTable> rankingFromJson(const QJsonObject &json);

    // Finalises the period with its ranking as computed now from the file, in the same transaction.
    // `overridden`: the problems the caller finalises despite (kept in the audit row).
    static Status finalize(Database &db, qint64 periodId, const QString &decisionNumber, const QDate &decisionDate,
        const QStringList &overridden = {});
    // Final periods of a file written before results were kept: their ranking as it shows now is kept (a file
    // opened read-write for the first time by this version). Read-only files are left as they are.
    static Status keepOlderFinals(Database &db);

    // The ranking a final period published (nullopt when the period is not final, or its record is missing).
    static Result<std::optional<RankingTable>> ranking(const Database &db, const Period &period);
    // The decision texts stored when the period was finalised, and its group's name then.
    struct Texts
    {
        QString json; // as stored (empty: the defaults)
        QString groupName;
    };
    static Result<std::optional<Texts>> texts(const Database &db, const Period &period);

    // Database::check, plus every final period's ranking computed again from its cells and compared with what it
    // published.
    static CheckReport check(const Database &db);
    // A digest typed from a printed decision: which final period of the file published it, and whether the file
    // still holds what was published then. With year and group, only that period is looked at.
    static CheckReport checkDigest(
        const Database &db, const QString &typed, std::optional<int> year = std::nullopt, const QString &group = {});
};

} // namespace parindex
