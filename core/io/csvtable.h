#pragma once

#include "model/result.h"

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QStringList>

namespace parindex {

// A CSV file as read: header and rows of NFC-normalised text, with the line each row started on.
struct CsvTable
{
    QString fileName; // for messages
    QStringList header;
    QList<QStringList> rows;
    QList<int> lines; // 1-based line number of each row in the file
    int headerLine = 1; // the header is the first line that is not blank
    QChar delimiter = u',';
    QString encoding; // "UTF-8" or "windows-1258" ("UTF-16LE"/"UTF-16BE" after a UTF-16 byte order mark)

    // Index of a header column (case-insensitive, trimmed), -1 when absent.
    qsizetype column(QStringView name) const;
};

// One problem of an import, naming where it is and what was expected.
struct ImportProblem
{
    QString file;
    int line = 0; // 0: the file as a whole
    QString column; // header name, empty when the problem is the row
    QString value;
    QString message; // what was expected

    QString text() const; // "scores.csv, line 14, column appraised: \"12,7x\" – expected a number from 0 to 2."
};

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    // UTF-8 with or without BOM, else Windows-1258; NFC; delimiter ',', ';' or tab detected from the
    // header line; RFC 4180 quoting (quoted delimiters, doubled quotes, line breaks inside quotes).
    // Spaces around unquoted fields are trimmed; lines that are blank or hold only delimiters are
    // skipped. An unterminated quote is an error naming the line it opens on.
    static Result<CsvTable> parse(const QByteArray &bytes, const QString &fileName);
    static Result<CsvTable> readFile(const QString &path);
};

class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
public:
    // UTF-8 with BOM, comma delimited, CRLF line ends, fields quoted where needed.
    static QByteArray write(const QStringList &header, const QList<QStringList> &rows);
    // Writes the whole file or nothing (QSaveFile).
    static Status writeFile(const QString &path, const QByteArray &bytes);
};

// Numbers in files: '.' as decimal point; ',' as well where the delimiter is not ','.
} // namespace parindex
