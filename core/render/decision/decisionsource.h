#pragma once

#include "decisiondocument.h"

#include "model/result.h"

#include <QtCore/QCoreApplication>

#include <functional>
#include <optional>

namespace parindex {

class Database;
class LiveRanking;

// Which decision to print, and what the command line or the Decision tab fills in for a draft.
struct DecisionRequest
{
    int year = 0;
    QString groupCode; // empty: every group with a period that year, one annex each
    QString number; // for a decision not yet final; a final one prints its stored number
    QDate date; // the same
    QString signerName; // overrides the stored texts' signer
};

// Builds a decision from the file: the periods of the year, their rankings and criteria, and the texts
// the council edited (defaults where it did not).
class DecisionSource
{
    Q_DECLARE_TR_FUNCTIONS(DecisionSource)
public:
    static Result<DecisionDocument> load(const Database &db, const DecisionRequest &request);
    // The same, taking a draft period's ranking, tree and bands from `kept` when it has them (the window keeps the
    // ranking it shows, up to date edit by edit: at national scale reading it again took most of a second).
    using KeptRanking = std::function<const LiveRanking *(qint64 periodId)>;
    static Result<DecisionDocument> load(const Database &db, const DecisionRequest &request, const KeptRanking &kept);
    // The texts of the decision: the first period of the request (in group order) that has stored texts,
    // else the defaults.
    static Result<DecisionTexts> loadTexts(const Database &db, int year, const QString &groupCode);
    // Stores the texts in every period of the decision (storage refuses a final period). With `expected` (an
    // undo), the texts stored must still be those, as saveTexts wrote them: otherwise nothing is written (Conflict).
    static Status saveTexts(Database &db, int year, const QString &groupCode, const DecisionTexts &texts,
        const std::optional<DecisionTexts> &expected = std::nullopt);
};

} // namespace parindex
