#pragma once

#include <QtCore/QList>
#include <QtCore/QStringList>

namespace parindex::schema {

// One forward step of the schema: the statements that take a file from version toVersion-1 to toVersion.
// Each step runs in one transaction; a failing step leaves the file as it was.
struct Migration
{
    int toVersion;
    QStringList statements;
};

const QList<Migration> &migrations();

} // namespace parindex::schema
