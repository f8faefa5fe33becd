#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QString>

namespace parindex {

// A what-if scenario kept in the file under a name, per period (schema 9): its content is the scenario as JSON (the
// scenario's criteria with their maxima and rules, and its bands: WhatIf::scenarioJson), which storage keeps as it is
// given. A scenario never changes the period's record; it is not what a decision published, so final periods have
// them too.
struct SavedScenario
{
    QString name; // unique in its period, 1 to 100 characters, no line breaks
    QString content; // JSON
    QDateTime savedAt; // UTC, set by storage
    QString savedBy; // set by storage: who saved it

    bool operator==(const SavedScenario &) const = default;
};

} // namespace parindex
