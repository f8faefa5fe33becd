#pragma once

#include "database.h"

namespace parindex {

// Score cells (the table written all day, and in bulk by imports) and the explanations units send about them.
class ScoreStore
{
public:
    explicit ScoreStore(Database::Private &d) : d(&d) { }

    Result<QHash<QString, ScoreSheet>> scoreSheets(qint64 periodId) const;
    Result<ScoreGrid> scoreGrid(qint64 periodId, const QStringList &unitCodes, const QStringList &criterionCodes) const;
    Result<ScoreSheet> scoreSheet(qint64 periodId, const QString &unitCode) const;
    Status setScore(qint64 periodId, const QString &unitCode, const QString &criterionCode, const ScoreEntry &entry,
        const std::optional<ScoreEntry> &expected);
    Status importScores(qint64 periodId, const QList<ScoreRow> &rows);
    Status restoreScores(
        qint64 periodId, const QList<ScoreCell> &cells, const std::optional<QList<ScoreCell>> &expected);

    Result<QList<Explanation>> explanations(qint64 periodId, const QString &unitCode) const;
    Result<Explanation> addExplanation(qint64 periodId, const Explanation &explanation);
    Status decideExplanation(qint64 periodId, qint64 id, const QDate &decided, const QString &conclusion,
        const std::optional<Explanation> &expected);
    Status removeExplanation(qint64 periodId, qint64 id, const std::optional<Explanation> &expected);

private:
    Database::Private *d;
};

} // namespace parindex
