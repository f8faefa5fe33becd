#pragma once

#include "database.h"

namespace parindex::scenarios {

// Named what-if scenarios of a period (model/savedscenario.h): the table scenario (schema 9). They never touch the
// period's record (criteria, bands, scores, what it published), so they are kept for final periods too.

QString nameProblem(const QString &name);
Result<QList<SavedScenario>> list(const Database::Private &d, qint64 periodId);
Status save(
    Database::Private &d, qint64 periodId, const SavedScenario &scenario, const std::optional<QString> &replacing);
Status remove(Database::Private &d, qint64 periodId, const QString &name, const std::optional<QString> &expected);

} // namespace parindex::scenarios
