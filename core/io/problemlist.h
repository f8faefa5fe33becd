#pragma once

#include "csvtable.h"

namespace parindex {

// Collects every problem of one file, so that a person sees them all at once and fixes the file in
// one go; an import with any problem imports nothing.
class ProblemList
{
    Q_DECLARE_TR_FUNCTIONS(ProblemList)
public:
    explicit ProblemList(QString file) : m_file(std::move(file)) { }
    // The problems of a table: in a workbook they name the sheet and the cell ("D7").
    explicit ProblemList(const CsvTable &table) : m_file(table.fileName), m_table(&table) { }

    // A bad cell: its line, column (header name), value as written, and what was expected.
    void add(int line, const QString &column, const QString &value, const QString &expected);
    // A problem of a column as a whole (a header cell, say).
    void addColumn(int line, const QString &column, const QString &message);
    // A problem of a whole line, or of the file as a whole (line 0).
    void addLine(int line, const QString &message);

    bool isEmpty() const { return m_texts.isEmpty(); }
    qsizetype size() const { return m_texts.size(); }
    // BadData: "<file>: N problems; nothing was imported.", one ImportProblem::text() per detail.
    Error error() const;

private:
    ImportProblem problem(int line, const QString &column) const;
    void append(const ImportProblem &p, int line, const QString &column);

    QString m_file;
    const CsvTable *m_table = nullptr;
    QStringList m_texts;
    QList<QPair<int, int>> m_cells;
};

} // namespace parindex
