#pragma once

#include "model/result.h"
#include "sheetdata.h"

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QIODevice>
#include <QtCore/QList>
#include <QtCore/QStringList>

#include <initializer_list>

namespace parindex {

class CsvRows;

// One row of a table as read: a view of its cells, valid while the rows it belongs to live and are not changed.
class CsvRow
{
public:
    CsvRow() = default;
    CsvRow(const CsvRows *rows, qsizetype first, qsizetype count) : m_rows(rows), m_first(first), m_count(count) { }

    qsizetype size() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    // The cell's text; empty beyond the row's last cell.
    QStringView view(qsizetype column) const;
    QString value(qsizetype column) const { return view(column).toString(); }
    QString operator[](qsizetype column) const { return value(column); }
    QStringList toList() const;
    operator QStringList() const { return toList(); }

private:
    const CsvRows *m_rows = nullptr;
    qsizetype m_first = 0;
    qsizetype m_count = 0;
};

// The rows of a table, their cells' texts in one buffer: a million rows of five cells take about 60 MB rather
// than the 500 MB a QString per cell would (each costs some 70 bytes before its first character).
class CsvRows
{
public:
    CsvRows() = default;
    CsvRows(std::initializer_list<QStringList> rows);

    qsizetype size() const { return m_rowStarts.size() - 1; }
    bool isEmpty() const { return size() == 0; }
    CsvRow operator[](qsizetype row) const { return at(row); }
    CsvRow at(qsizetype row) const
    {
        return CsvRow(this, qsizetype(m_rowStarts[row]), qsizetype(m_rowStarts[row + 1] - m_rowStarts[row]));
    }
    CsvRow value(qsizetype row) const { return row >= 0 && row < size() ? at(row) : CsvRow(); }
    CsvRow first() const { return at(0); }

    // Building, a row at a time: its cells, then endRow().
    void addCell(QStringView text);
    void endRow() { m_rowStarts.append(quint32(m_cellEnds.size())); }
    void append(const QStringList &row);
    // Room for `characters` of cell text and `cells` cells, when the reader knows them.
    void reserve(qsizetype characters, qsizetype cells);
    void squeeze();
    void clear() { *this = CsvRows(); }

    // The bytes the rows take (what a memory budget counts).
    qint64 memoryBytes() const;
    QList<QStringList> toList() const;

    class const_iterator
    {
    public:
        const_iterator(const CsvRows *rows, qsizetype row) : m_rows(rows), m_row(row) { }
        CsvRow operator*() const { return m_rows->at(m_row); }
        const_iterator &operator++()
        {
            ++m_row;
            return *this;
        }
        bool operator!=(const const_iterator &o) const { return m_row != o.m_row; }

    private:
        const CsvRows *m_rows;
        qsizetype m_row;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }

    bool operator==(const CsvRows &o) const { return toList() == o.toList(); }
    bool operator==(const QList<QStringList> &o) const { return toList() == o; }

private:
    friend class CsvRow;
    // Implicitly shared like the rest of Qt's containers: a table handed to a model or a dialog is not copied.
    QString m_text;
    QList<quint32> m_cellEnds; // the end of each cell in m_text
    QList<quint32> m_rowStarts {0}; // each row's first cell, then the end of the last row
};

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
    CsvRows rows;
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

// What reading one file may take: every reader refuses a file, with a plain message, before it holds more.
struct CsvLimits
{
    qint64 maxMemoryBytes = 200 * 1024 * 1024; // the table and the text being read
};

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    // UTF-8 with or without BOM, else Windows-1258; NFC; delimiter ',', ';' or tab detected from the
    // header line; RFC 4180 quoting (quoted delimiters, doubled quotes, line breaks inside quotes).
    // Spaces around unquoted fields are trimmed; lines that are blank or hold only delimiters are
    // skipped. An unterminated quote is an error naming the line it opens on; so is a control character (a
    // NUL byte: a binary file). UTF-16 without a byte order mark is told by its zero bytes; a workbook (.xlsx,
    // .xls) is refused by its first bytes. The bytes are read a chunk at a time and the rows kept compact, so a
    // file is refused (too large) before the reading holds more than limits.maxMemoryBytes.
    static Result<CsvTable> read(QIODevice &device, const QString &fileName, const CsvLimits &limits = {});
    static Result<CsvTable> parse(const QByteArray &bytes, const QString &fileName, const CsvLimits &limits = {});
    static Result<CsvTable> readFile(const QString &path, const CsvLimits &limits = {});
};

class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
public:
    // UTF-8 with BOM, comma delimited, CRLF line ends, fields quoted where needed, every cell neutralised.
    static QByteArray write(const QStringList &header, const QList<QStringList> &rows);
    // The sheet's title lines (one cell each, then an empty line) above its header.
    static QByteArray write(const SheetData &sheet);
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
