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
// The tables of the current schema, as the migrations leave them, in the order they were made: each after the tables
// it refers to (what a copy of a whole store writes them in).
const QStringList &tables();

} // namespace parindex::schema
