#pragma once

#include "database.h"

namespace parindex::links {

// What ties a year to the one before (model/lineage.h): criterion_link and unit_lineage (schema 8).

// The group's nearest period before `year` (none for its first).
Result<std::optional<int>> previousYear(const Database::Private &d, int year, const QString &groupCode);
Result<CriteriaMap> criteriaMap(const Database::Private &d, qint64 periodId);
Status setCriteriaMap(Database::Private &d, qint64 periodId, const QList<CriterionLink> &links,
    const std::optional<QList<CriterionLink>> &expected = std::nullopt);
Result<QList<LineageLink>> lineage(const Database::Private &d);
Status setLineage(
    Database::Private &d, const QList<LineageLink> &links, const std::optional<QList<LineageLink>> &expected);

// In the transaction of a new period copied from `copiedYear`: when that is the period just before it, every
// criterion continues the one it was copied from.
Status copyForward(Database::Private &d, qint64 periodId, int year, const QString &groupCode, int copiedYear,
    const CriteriaTree &tree);
// In the transaction of the first criteria of a period (its tree was empty): each criterion continues the criterion of
// the year before with the same code and the same title, as an upgrade links them; the others are left without a link.
Status linkSameCodeAndTitle(Database::Private &d, qint64 periodId, const CriteriaTree &tree);
// In the transaction of a change of a period's criteria: links follow the criteria that stay what they were (the same
// title, under the same code or the new code of a renumbering); those of a criterion that changed into something else
// go, on both sides (this period's links and the next period's links to it). Returns how many links went.
Result<int> followCriteria(Database::Private &d, qint64 periodId, const CriteriaTree &before, const CriteriaTree &after,
    const QHash<QString, QString> &renamedCodes);

} // namespace parindex::links
