#pragma once

#include "model/result.h"
#include "sheetdata.h"

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QStringList>

namespace parindex {

// A CSV file or a spreadsheet's sheet as read: header and rows of NFC-normalised text, with the line (the
// sheet's row) each row started on.
struct CsvTable
{
    QString fileName; // for messages
    QString sheet; // the sheet of a workbook; empty for a CSV file
    // The sheet column (0 = A) of each header column, where a column mapping left some out; empty: the
    // header's own positions.
    QList<int> sourceColumns;
    QStringList header;
    QList<QStringList> rows;
    QList<int> lines; // 1-based line number of each row in the file
    int headerLine = 1; // the header is the first line that is not blank
    QChar delimiter = u',';
    QString encoding; // "UTF-8" or "windows-1258" ("UTF-16LE"/"UTF-16BE" after a UTF-16 byte order mark)

    // Index of a header column (case-insensitive, trimmed), -1 when absent.
    qsizetype column(QStringView name) const;
    bool isSheet() const { return !sheet.isEmpty(); }
    // The cell a person finds in the spreadsheet ("D7"), empty for a CSV file or a column not in the header.
    QString cellName(qsizetype column, int line) const;
};

// "A" for 0, "Z" for 25, "AA" for 26, as spreadsheets name their columns.
QString columnLetters(int column);

// One problem of an import, naming where it is and what was expected.
struct ImportProblem
{
    QString file;
    int line = 0; // 0: the file as a whole; a sheet's row number for a workbook
    QString column; // header name, empty when the problem is the row
    QString value;
    QString message; // what was expected
    QString sheet; // the sheet of a workbook, empty for CSV
    QString cell; // "D14" in a workbook, empty for CSV or when the column is missing

    // "scores.csv, line 14, column appraised: \"12,7x\" – expected a number from 0 to 2."
    // "scores.xlsx, sheet Điểm, cell D14 (appraised): \"12,7x\" – expected a number from 0 to 2."
    QString text() const;
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
    // UTF-8 with BOM, comma delimited, CRLF line ends, fields quoted where needed, every cell neutralised.
    static QByteArray write(const QStringList &header, const QList<QStringList> &rows);
    static QByteArray write(const SheetData &sheet) { return write(sheet.header, sheet.textRows()); }
    // Through OutputFile: the whole file or nothing; a FIFO or a device is written directly, never replaced.
    static Status writeFile(const QString &path, const QByteArray &bytes);

    // OWASP's rule against formulas in CSV files: a cell a spreadsheet would take for a formula (it starts with =,
    // +, -, @, tab or carriage return) gets a leading ', unless it is a plain number ("-3" stays a number). A cell
    // whose leading quotes are followed by one of those gets one more, so that restoreNeutralised() on import
    // gives back exactly the text that was written: it removes one leading ' where quotes are followed by one.
    static QString neutralised(const QString &cell);
    static void restoreNeutralised(QString &cell);
};

// Numbers in files: '.' as decimal point; ',' as well where the delimiter is not ','.
} // namespace parindex
