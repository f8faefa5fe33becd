#pragma once

#include "database.h"

#include <QtCore/QList>
#include <QtCore/QStringList>

namespace parindex::schema {

// One forward step of the schema: the statements that take a file from version toVersion-1 to toVersion, then
// what SQL alone cannot do (seals). Each step runs in one transaction; a failing step leaves the file as it was.
struct Migration
{
    int toVersion;
    QStringList statements;
    Status (*code)(Database::Private &) = nullptr;
};

const QList<Migration> &migrations();

} // namespace parindex::schema
