#include "csvtable.h"

#include "problemlist.h"
#include "windows1258.h"

#include "files/outputfile.h"

#include <QtCore/QBuffer>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QStringDecoder>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace parindex {

QStringView CsvRow::view(qsizetype column) const
{
    if (!m_rows || column < 0 || column >= m_count)
        return {};
    const qsizetype cell = m_first + column;
    const qsizetype start = cell == 0 ? 0 : qsizetype(m_rows->m_cellEnds[cell - 1]);
    return QStringView(m_rows->m_text).sliced(start, qsizetype(m_rows->m_cellEnds[cell]) - start);
}

QStringList CsvRow::toList() const
{
    QStringList cells;
    cells.reserve(m_count);
    for (qsizetype c = 0; c < m_count; ++c)
        cells.append(value(c));
    return cells;
}

CsvRows::CsvRows(std::initializer_list<QStringList> rows)
{
    for (const QStringList &row : rows)
        append(row);
}

void CsvRows::addCell(QStringView text)
{
    m_text.append(text);
    m_cellEnds.append(quint32(m_text.size()));
}

void CsvRows::append(const QStringList &row)
{
    for (const QString &cell : row)
        addCell(cell);
    endRow();
}

void CsvRows::reserve(qsizetype characters, qsizetype cells)
{
    m_text.reserve(characters);
    m_cellEnds.reserve(cells);
}

void CsvRows::squeeze()
{
    m_text.squeeze();
    m_cellEnds.squeeze();
    m_rowStarts.squeeze();
}

qint64 CsvRows::memoryBytes() const
{
    return qint64(m_text.capacity()) * 2 + qint64(m_cellEnds.capacity() + m_rowStarts.capacity()) * 4;
}

QList<QStringList> CsvRows::toList() const
{
    QList<QStringList> rows;
    rows.reserve(size());
    for (qsizetype r = 0; r < size(); ++r)
        rows.append(at(r).toList());
    return rows;
}

qsizetype CsvTable::column(QStringView name) const
{
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (QStringView(header[i]).trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString CsvTable::cellName(qsizetype column, int line) const
{
    if (!isSheet() || column < 0 || column >= header.size() || line <= 0)
        return {};
    const int source = sourceColumns.isEmpty() ? int(column) : sourceColumns.value(column, int(column));
    return columnLetters(source) + QString::number(line);
}

QString columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

QString ImportProblem::text() const
{
    QString where = file;
    if (!sheet.isEmpty())
        where += CsvReader::tr(", sheet %1").arg(sheet);
    if (!cell.isEmpty())
        where += column.isEmpty() ? CsvReader::tr(", cell %1").arg(cell)
                                  : CsvReader::tr(", cell %1 (%2)").arg(cell, column);
    else if (!sheet.isEmpty() && line > 0)
        where += CsvReader::tr(", row %1").arg(line);
    else if (line > 0)
        where += CsvReader::tr(", line %1").arg(line);
    if (!column.isEmpty() && cell.isEmpty())
        where += CsvReader::tr(", column %1").arg(column);
    if (!value.isNull())
        where += u": \"%1\""_s.arg(value);
    return where + u" – "_s + message;
}

namespace {
constexpr qint64 MiB = 1024 * 1024;

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// The delimiter that occurs most often outside quotes in the first line that is not blank; ',' on a
// tie or when there is none (a file of one column).
QChar detectDelimiter(QStringView text)
{
    qsizetype start = 0;
    while (start < text.size() && (text[start] == u' ' || isLineBreak(text[start])))
        ++start;
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (qsizetype i = start; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (isLineBreak(c))
            break;
        else if (c == u',')
            ++comma;
        else if (c == u';')
            ++semicolon;
        else if (c == u'\t')
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return u';';
    if (tab > comma && tab > semicolon)
        return u'\t';
    return u',';
}

// RFC 4180 records, fed a piece of text at a time (each piece but the last ends with a line break). Unquoted
// fields are trimmed; after a closing quote, spaces are dropped and any other text is kept, the way
// spreadsheets read `"a"b`. Records without any value are left out; the first one is the header, the others go
// straight into the table's compact rows.
class RecordSplitter
{
public:
    explicit RecordSplitter(CsvTable &table) : m_table(table), m_delimiter(table.delimiter) { }

    // False when the piece holds a control character (badChar()) that text never has.
    bool feed(QStringView text)
    {
        m_text = text;
        m_runStart = m_runEnd = 0;
        for (qsizetype i = 0; i < m_text.size(); ++i) {
            const QChar c = m_text[i];
            if (c.unicode() < 0x20 && c != u'\t' && !isLineBreak(c)) {
                m_badChar = c;
                m_badLine = m_line;
                return false;
            }
            if (m_inQuotes)
                quotedChar(c, i);
            else
                plainChar(c, i);
        }
        flush();
        m_text = {};
        m_runStart = m_runEnd = 0;
        return true;
    }

    // False when a quote is never closed; unclosedQuoteLine() says where it opened.
    bool finish()
    {
        if (m_inQuotes)
            return false;
        endRecord();
        return true;
    }

    bool hasHeader() const { return m_hasHeader; }
    int unclosedQuoteLine() const { return m_quoteLine; }
    QChar badChar() const { return m_badChar; }
    int badLine() const { return m_badLine; }
    // What the record being read holds so far, beside the rows (a budget counts it).
    qint64 pendingBytes() const { return qint64(m_field.capacity()) * 2; }

private:
    void quotedChar(QChar c, qsizetype &i)
    {
        if (c == u'"') {
            if (i + 1 < m_text.size() && m_text[i + 1] == u'"') {
                take(i);
                ++i;
            } else {
                m_inQuotes = false;
                m_afterQuote = true;
            }
            return;
        }
        // A line break inside quotes belongs to the value, but the lines still count.
        if (c == u'\n' || (c == u'\r' && (i + 1 >= m_text.size() || m_text[i + 1] != u'\n')))
            ++m_line;
        take(i);
    }

    void plainChar(QChar c, qsizetype &i)
    {
        if (c == m_delimiter) {
            endField();
        } else if (isLineBreak(c)) {
            if (c == u'\r' && i + 1 < m_text.size() && m_text[i + 1] == u'\n')
                ++i;
            endRecord();
            ++m_line;
            m_recordLine = m_line;
        } else if (c == u'"' && !m_quoted && field().trimmed().isEmpty()) {
            m_field.clear();
            m_inQuotes = true;
            m_quoted = true;
            m_quoteLine = m_line;
        } else if (!(m_afterQuote && c.isSpace())) {
            take(i);
        }
    }

    // The value grows by runs of the text, not by characters: the character at `i` is the next one of the
    // current run unless something was skipped since (a doubled quote, a space after a closing quote).
    void take(qsizetype i)
    {
        if (i != m_runEnd) {
            flush();
            m_runStart = i;
        }
        m_runEnd = i + 1;
    }

    void flush()
    {
        if (m_runEnd > m_runStart)
            m_field.append(m_text.sliced(m_runStart, m_runEnd - m_runStart));
        m_runStart = m_runEnd;
    }

    const QString &field()
    {
        flush();
        return m_field;
    }

    void endField()
    {
        flush();
        m_cells.append(m_quoted ? m_field : m_field.trimmed());
        m_field.clear();
        m_quoted = false;
        m_afterQuote = false;
    }

    void endRecord()
    {
        endField();
        const bool blank = std::all_of(m_cells.cbegin(), m_cells.cend(), [](const QString &s) { return s.isEmpty(); });
        if (!blank) {
            if (!m_hasHeader) {
                m_table.header = m_cells;
                for (QString &name : m_table.header) {
                    name = name.trimmed();
                    CsvWriter::restoreNeutralised(name);
                }
                m_table.headerLine = m_recordLine;
                m_hasHeader = true;
            } else {
                // What CsvWriter neutralised against formulas ('=...) reads back as it was written.
                for (QString &cell : m_cells) {
                    CsvWriter::restoreNeutralised(cell);
                    m_table.rows.addCell(cell);
                }
                m_table.rows.endRow();
                m_table.lines.append(m_recordLine);
            }
        }
        m_cells.clear();
    }

    CsvTable &m_table;
    QStringView m_text;
    QChar m_delimiter;
    QStringList m_cells;
    QString m_field;
    qsizetype m_runStart = 0; // m_text[m_runStart, m_runEnd) belongs to the value but is not in m_field yet
    qsizetype m_runEnd = 0;
    bool m_inQuotes = false;
    bool m_quoted = false; // the current field opened with a quote: its spaces are kept
    bool m_afterQuote = false; // its closing quote has been read
    bool m_hasHeader = false;
    int m_line = 1;
    int m_recordLine = 1;
    int m_quoteLine = 0;
    QChar m_badChar;
    int m_badLine = 0;
};

enum class Encoding { Utf8, Utf16LE, Utf16BE, Windows1258 };

QString encodingName(Encoding e)
{
    switch (e) {
    case Encoding::Utf8:
        return u"UTF-8"_s;
    case Encoding::Utf16LE:
        return u"UTF-16LE"_s;
    case Encoding::Utf16BE:
        return u"UTF-16BE"_s;
    case Encoding::Windows1258:
        break;
    }
    return u"windows-1258"_s;
}

// UTF-16 without a byte order mark shows itself by its zero bytes: the high byte of every ASCII character
// (a header of column names is ASCII), at odd offsets for little endian, even ones for big endian.
std::optional<Encoding> utf16ByZeros(QByteArrayView head)
{
    const qsizetype pairs = qMin<qsizetype>(head.size(), 4096) / 2;
    if (pairs < 2)
        return std::nullopt;
    qsizetype evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        evenZeros += head[2 * i] == 0 ? 1 : 0;
        oddZeros += head[2 * i + 1] == 0 ? 1 : 0;
    }
    if (oddZeros * 3 >= pairs && evenZeros * 10 <= oddZeros)
        return Encoding::Utf16LE;
    if (evenZeros * 3 >= pairs && oddZeros * 10 <= evenZeros)
        return Encoding::Utf16BE;
    return std::nullopt;
}

// What the first bytes say a file is, when it is not a CSV file at all; empty for text.
QString binaryKind(QByteArrayView head)
{
    if (head.startsWith("PK\x03\x04"))
        return CsvReader::tr("the file is a zip archive (an .xlsx workbook, say), not a CSV file: give an .xlsx "
                             "workbook its extension .xlsx, or save the sheet as CSV (UTF-8).");
    if (head.startsWith("\xD0\xCF\x11\xE0"))
        return CsvReader::tr("the file is an Excel 97-2003 workbook (.xls), not a CSV file: save it as .xlsx or "
                             ".csv and import that file.");
    return {};
}

// Reads a device's bytes a chunk at a time and hands on their text in pieces that end at a line break, each
// decoded on its own and NFC-normalised (normalising a piece equals normalising the whole: no line break
// composes, and no character of UTF-8, UTF-16 or Windows-1258 is cut at a line break's bytes).
class TextPieces
{
public:
    TextPieces(QIODevice &device, Encoding encoding, qsizetype skip)
        : m_device(device), m_encoding(encoding), m_skip(skip)
    { }

    // The next piece; false at the end, or when the bytes are not of the encoding (decodingFailed()).
    bool next(QString &piece)
    {
        for (;;) {
            if (!m_atEnd) {
                QByteArray chunk = m_device.read(ChunkBytes);
                if (m_skip > 0) {
                    const qsizetype n = qMin(m_skip, chunk.size());
                    chunk.remove(0, n);
                    m_skip -= n;
                }
                m_atEnd = chunk.isEmpty() || m_device.atEnd();
                m_bytes += chunk;
            }
            if (m_bytes.isEmpty())
                return false;
            const qsizetype cut = m_atEnd ? m_bytes.size() : lastLineEnd();
            if (cut <= 0)
                continue;
            const auto text = decode(QByteArrayView(m_bytes).first(cut));
            if (!text) {
                m_failed = true;
                return false;
            }
            piece = text->normalized(QString::NormalizationForm_C);
            m_bytes.remove(0, cut);
            return true;
        }
    }

    bool decodingFailed() const { return m_failed; }
    qint64 pendingBytes() const { return m_bytes.capacity(); }

private:
    static constexpr qint64 ChunkBytes = 1 * MiB;

    std::optional<QString> decode(QByteArrayView bytes) const
    {
        if (m_encoding == Encoding::Windows1258)
            return decodeWindows1258(bytes.toByteArray());
        // Stateless: a sequence cut off at the end is an error too.
        QStringDecoder decoder(m_encoding == Encoding::Utf8 ? QStringDecoder::Utf8
                : m_encoding == Encoding::Utf16LE           ? QStringDecoder::Utf16LE
                                                            : QStringDecoder::Utf16BE,
            QStringDecoder::Flag::Stateless);
        QString text = decoder.decode(bytes);
        if (decoder.hasError())
            return std::nullopt;
        return text;
    }

    // Just after the last line break of the pending bytes (a CR last waits for the LF that may follow), 0 when
    // they have none.
    qsizetype lastLineEnd() const
    {
        const qsizetype n = m_bytes.size();
        if (m_encoding == Encoding::Utf16LE || m_encoding == Encoding::Utf16BE) {
            const int low = m_encoding == Encoding::Utf16LE ? 0 : 1;
            for (qsizetype i = (n & ~qsizetype(1)) - 2; i >= 0; i -= 2) {
                if (m_bytes[i + 1 - low] == 0 && m_bytes[i + low] == '\n')
                    return i + 2;
            }
            return 0;
        }
        const qsizetype lf = m_bytes.lastIndexOf('\n');
        if (lf >= 0)
            return lf + 1;
        const qsizetype cr = m_bytes.lastIndexOf('\r');
        return cr >= 0 && cr + 1 < n ? cr + 1 : 0;
    }

    QIODevice &m_device;
    Encoding m_encoding;
    qsizetype m_skip;
    QByteArray m_bytes;
    bool m_atEnd = false;
    bool m_failed = false;
};

enum class Outcome { Done, NotThisEncoding };

Error tooLarge(const QString &fileName, qint64 budget)
{
    ProblemList problems(fileName);
    problems.addLine(0,
        CsvReader::tr("the file is too large: reading it would take more than %1 MB of memory. Expected a table of "
                      "units, criteria or scores; split a larger file into several.")
            .arg((budget + MiB - 1) / MiB));
    return problems.error();
}

// One reading of the device in one encoding: the table, or the reason it is refused, or NotThisEncoding (a
// file that is not UTF-8 is read again as Windows-1258).
Result<Outcome> readTable(
    QIODevice &device, Encoding encoding, qsizetype skip, const CsvLimits &limits, CsvTable &table)
{
    TextPieces pieces(device, encoding, skip);
    std::optional<RecordSplitter> splitter;
    QString piece;
    while (pieces.next(piece)) {
        if (!splitter) {
            table.delimiter = detectDelimiter(piece);
            splitter.emplace(table);
        }
        if (!splitter->feed(piece)) {
            ProblemList problems(table.fileName);
            problems.addLine(splitter->badLine(),
                splitter->badChar() == QChar(0)
                    ? CsvReader::tr("the file holds a NUL byte here: expected text. A binary file or a UTF-16 file "
                                    "cannot be read as CSV; save the table as CSV (UTF-8).")
                    : CsvReader::tr("the file holds the control character U+%1 here: expected text; save the table "
                                    "as CSV (UTF-8).")
                          .arg(splitter->badChar().unicode(), 4, 16, QChar(u'0')));
            return problems.error();
        }
        const qint64 used = table.rows.memoryBytes() + qint64(table.lines.capacity()) * 4 + pieces.pendingBytes()
            + splitter->pendingBytes() + qint64(piece.capacity()) * 2;
        if (used > limits.maxMemoryBytes)
            return tooLarge(table.fileName, limits.maxMemoryBytes);
    }
    if (pieces.decodingFailed())
        return Outcome::NotThisEncoding;
    if (pieces.pendingBytes() > limits.maxMemoryBytes)
        return tooLarge(table.fileName, limits.maxMemoryBytes);
    if (!splitter)
        splitter.emplace(table);
    if (!splitter->finish()) {
        ProblemList problems(table.fileName);
        problems.addLine(splitter->unclosedQuoteLine(),
            CsvReader::tr("a value opens with a quote here that is never closed: expected a closing \"."));
        return problems.error();
    }
    if (!splitter->hasHeader()) {
        ProblemList problems(table.fileName);
        problems.addLine(0, CsvReader::tr("the file is empty: expected a header line with the column names."));
        return problems.error();
    }
    table.encoding = encodingName(encoding);
    table.rows.squeeze();
    table.lines.squeeze();
    return Outcome::Done;
}
} // namespace

Result<CsvTable> CsvReader::read(QIODevice &device, const QString &fileName, const CsvLimits &limits)
{
    const QByteArray head = device.peek(4096);
    if (const QString kind = binaryKind(head); !kind.isEmpty()) {
        ProblemList problems(fileName);
        problems.addLine(0, kind);
        return problems.error();
    }
    // UTF-8 (BOM or not), UTF-16 after its BOM (Excel's "Unicode text") or by its zero bytes, else Windows-1258.
    Encoding encoding = Encoding::Utf8;
    qsizetype skip = 0;
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        encoding = head.startsWith("\xFF\xFE") ? Encoding::Utf16LE : Encoding::Utf16BE;
        skip = 2;
    } else if (head.startsWith("\xEF\xBB\xBF")) {
        skip = 3;
    } else if (const auto utf16 = utf16ByZeros(head)) {
        encoding = *utf16;
    }
    const qint64 start = device.pos();
    for (;;) {
        CsvTable table;
        table.fileName = fileName;
        const auto outcome = readTable(device, encoding, skip, limits, table);
        if (!outcome)
            return outcome.error();
        if (*outcome == Outcome::Done)
            return table;
        if (encoding == Encoding::Windows1258 || !device.seek(start)) {
            ProblemList problems(fileName);
            problems.addLine(
                0, tr("the file is not text in %1: expected a CSV file in UTF-8.").arg(encodingName(encoding)));
            return problems.error();
        }
        // Not UTF-8, nor the UTF-16 that its BOM or zero bytes promised: the one-byte Vietnamese code page.
        encoding = Encoding::Windows1258;
        skip = 0;
    }
}

Result<CsvTable> CsvReader::parse(const QByteArray &bytes, const QString &fileName, const CsvLimits &limits)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return read(buffer, fileName, limits);
}

Result<CsvTable> CsvReader::readFile(const QString &path, const CsvLimits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {Error::Kind::CannotOpen,
            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    if (file.isSequential()) {
        // A pipe cannot be read twice: its bytes are kept, up to the budget.
        const QByteArray bytes = file.read(limits.maxMemoryBytes / 2 + 1);
        if (bytes.size() > limits.maxMemoryBytes / 2)
            return tooLarge(QFileInfo(path).fileName(), limits.maxMemoryBytes);
        return parse(bytes, QFileInfo(path).fileName(), limits);
    }
    return read(file, QFileInfo(path).fileName(), limits);
}

namespace {
bool startsFormula(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// "-3", "91.92": what a spreadsheet reads as a number, and nothing else.
bool isPlainNumber(QStringView cell)
{
    qsizetype i = cell.startsWith(u'-') || cell.startsWith(u'+') ? 1 : 0;
    const qsizetype digitsFrom = i;
    while (i < cell.size() && cell[i].isDigit() && cell[i].unicode() < 128)
        ++i;
    if (i == digitsFrom)
        return false;
    if (i < cell.size() && cell[i] == u'.') {
        const qsizetype decimalsFrom = ++i;
        while (i < cell.size() && cell[i].isDigit() && cell[i].unicode() < 128)
            ++i;
        if (i == decimalsFrom)
            return false;
    }
    return i == cell.size();
}

// The text after the quotes a cell starts with begins a formula ('=..., ''=...).
bool quotedFormula(QStringView cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell[i] == u'\'')
        ++i;
    return i > 0 && i < cell.size() && startsFormula(cell[i]);
}
} // namespace

QString CsvWriter::neutralised(const QString &cell)
{
    if (cell.isEmpty() || isPlainNumber(cell))
        return cell;
    if (startsFormula(cell.front()) || quotedFormula(cell))
        return u'\'' + cell;
    return cell;
}

void CsvWriter::restoreNeutralised(QString &cell)
{
    if (quotedFormula(cell))
        cell.remove(0, 1);
}

namespace {
// Quotes where a reader would otherwise split, join or trim the value.
QString csvField(const QString &value)
{
    const bool needsQuotes = value.contains(u',') || value.contains(u';') || value.contains(u'\t')
        || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r') || value != value.trimmed();
    if (!needsQuotes)
        return value;
    return u'"' + QString(value).replace(u"\""_s, u"\"\""_s) + u'"';
}

QString csvLine(const QStringList &cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QString &cell : cells)
        fields.append(csvField(CsvWriter::neutralised(cell)));
    return fields.join(u',') + u"\r\n"_s;
}
} // namespace

QByteArray CsvWriter::write(const QStringList &header, const QList<QStringList> &rows)
{
    QString text = csvLine(header);
    for (const QStringList &row : rows)
        text += csvLine(row);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QByteArray CsvWriter::write(const SheetData &sheet)
{
    if (sheet.title.isEmpty())
        return write(sheet.header, sheet.textRows());
    QList<QStringList> rows;
    rows.reserve(sheet.title.size() + 2 + sheet.rows.size());
    for (const QString &line : sheet.title.mid(1))
        rows.append({line});
    rows.append(QStringList());
    rows.append(sheet.header);
    rows.append(sheet.textRows());
    return write({sheet.title.first()}, rows);
}

Status CsvWriter::writeFile(const QString &path, const QByteArray &bytes)
{
    return OutputFile::write(path, bytes);
}

} // namespace parindex
