#pragma once

#include "csvtable.h"

#include "model/fixed.h"

#include <optional>

namespace parindex {

// Collects every problem of one file, so that a person sees them all at once.
class ProblemList
{
    Q_DECLARE_TR_FUNCTIONS(FileFormats)
public:
    explicit ProblemList(QString file) : m_file(std::move(file)) {}
    void add(int line, const QString &column, const QString &value, const QString &message);
    bool isEmpty() const { return m_texts.isEmpty(); }
    Error error() const; // "<file>: N problems; nothing was imported." with one line per problem

private:
    QString m_file;
    QStringList m_texts;
};

// A number of a file: '.' as decimal point, and ',' too where the delimiter is not ','.
std::optional<Fixed> parseFileNumber(QStringView text, QChar delimiter);

// The columns a format requires; every missing one is a problem on the header line.
bool requireColumns(const CsvTable &table, const QStringList &names, ProblemList &problems);

} // namespace parindex
