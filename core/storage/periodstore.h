#pragma once

#include "database.h"

class QSqlQuery;

namespace parindex {

// Periods, their finalisation and what they published, and the texts of their decision. A final period refuses
// writes here, for every part.
class PeriodStore
{
public:
    explicit PeriodStore(Database::Private &d) : d(&d) { }

    using Publisher = std::function<Result<QJsonObject>(const Database &)>;

    Result<QList<Period>> periods(const QString &groupCode) const;
    Result<Period> period(int year, const QString &groupCode) const;
    Result<Period> addPeriod(int year, const QString &groupCode, std::optional<int> copyFromYear);
    Status finalize(qint64 periodId, const QString &decisionNumber, const QDate &decisionDate, const Publisher &publish,
        const QStringList &overridden);
    Status publishFinal(qint64 periodId, const Publisher &publish);
    Result<std::optional<PublishedRecord>> published(qint64 periodId) const;
    Result<QList<PublishedRecord>> publishedVersions(qint64 periodId) const;
    Status setPeriodStatus(qint64 periodId, PeriodStatus status, const QString &decisionNumber,
        const QDate &decisionDate, const QString &reason);
    Result<QString> decisionTexts(qint64 periodId) const;
    Status setDecisionTexts(
        const QList<qint64> &periodIds, const QString &json, const std::optional<QString> &expected);

    Result<Period> byId(qint64 periodId) const;
    // A row of id, year, group_code, status, decision_number, decision_date, seal; its seal must hold.
    Result<Period> fromRow(const QSqlQuery &q) const;
    static QString label(const Period &p);
    QString label(qint64 periodId) const; // "2023/HUYEN" (the id when the period cannot be read)
    // Refuses a write to a final period ("... is final (decision ...); reopen it with a reason").
    Status requireOpen(qint64 periodId) const;

private:
    // Inserts the next published record of `p` (in a write's transaction); returns its digest.
    Result<QString> keepPublished(
        const Period &p, const QString &number, const QString &date, const Publisher &content);

    Database::Private *d;
};

} // namespace parindex
