#include "csvtable.h"

#include "problemlist.h"
#include "windows1258.h"

#include "files/outputfile.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QStringDecoder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parindex {

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
struct DecodedText
{
    QString text;
    QString encoding;
};

// UTF-8 (BOM or not), UTF-16 after its BOM (Excel's "Unicode text"), else Windows-1258; always NFC.
// Normalising the whole text equals normalising each field: no delimiter, quote or line break
// composes with a combining mark.
DecodedText decode(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        QStringDecoder utf16(
            little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE, QStringDecoder::Flag::Stateless);
        const QString text = utf16.decode(QByteArrayView(bytes).sliced(2));
        if (!utf16.hasError())
            return {text.normalized(QString::NormalizationForm_C), little ? u"UTF-16LE"_s : u"UTF-16BE"_s};
    }
    QByteArrayView data(bytes);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    // Stateless: a sequence cut off at the end of the file is an error too.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(data);
    if (!utf8.hasError())
        return {text.normalized(QString::NormalizationForm_C), u"UTF-8"_s};
    return {decodeWindows1258(data.toByteArray()), u"windows-1258"_s};
}

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

struct Record
{
    int line = 0;
    QStringList cells;
};

// RFC 4180 records. Unquoted fields are trimmed; after a closing quote, spaces are dropped and any
// other text is kept, the way spreadsheets read `"a"b`. Records without any value are left out.
class RecordSplitter
{
public:
    RecordSplitter(QStringView text, QChar delimiter) : m_text(text), m_delimiter(delimiter) { }

    // False when a quote is never closed; unclosedQuoteLine() says where it opened.
    bool split()
    {
        for (qsizetype i = 0; i < m_text.size(); ++i) {
            const QChar c = m_text[i];
            if (m_inQuotes)
                quotedChar(c, i);
            else
                plainChar(c, i);
        }
        if (m_inQuotes)
            return false;
        endRecord();
        return true;
    }

    QList<Record> &records() { return m_records; }
    int unclosedQuoteLine() const { return m_quoteLine; }

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
        const qsizetype width = m_cells.size();
        if (!blank)
            m_records.append({m_recordLine, std::move(m_cells)});
        m_cells.clear();
        m_cells.reserve(width); // the next record has as many cells, most likely
    }

    QStringView m_text;
    QChar m_delimiter;
    QList<Record> m_records;
    QStringList m_cells;
    QString m_field;
    qsizetype m_runStart = 0; // m_text[m_runStart, m_runEnd) belongs to the value but is not in m_field yet
    qsizetype m_runEnd = 0;
    bool m_inQuotes = false;
    bool m_quoted = false; // the current field opened with a quote: its spaces are kept
    bool m_afterQuote = false; // its closing quote has been read
    int m_line = 1;
    int m_recordLine = 1;
    int m_quoteLine = 0;
};
} // namespace

Result<CsvTable> CsvReader::parse(const QByteArray &bytes, const QString &fileName)
{
    CsvTable table;
    table.fileName = fileName;
    const DecodedText decoded = decode(bytes);
    table.encoding = decoded.encoding;
    table.delimiter = detectDelimiter(decoded.text);

    RecordSplitter splitter(decoded.text, table.delimiter);
    if (!splitter.split()) {
        ProblemList problems(fileName);
        problems.addLine(splitter.unclosedQuoteLine(),
            tr("a value opens with a quote here that is never closed: expected a closing \"."));
        return problems.error();
    }
    QList<Record> &records = splitter.records();
    if (records.isEmpty()) {
        ProblemList problems(fileName);
        problems.addLine(0, tr("the file is empty: expected a header line with the column names."));
        return problems.error();
    }
    table.headerLine = records.first().line;
    table.header = records.takeFirst().cells;
    for (QString &name : table.header) {
        name = name.trimmed();
        CsvWriter::restoreNeutralised(name);
    }
    table.rows.reserve(records.size());
    table.lines.reserve(records.size());
    for (Record &r : records) {
        for (QString &cell : r.cells)
            CsvWriter::restoreNeutralised(cell);
        table.rows.append(std::move(r.cells));
        table.lines.append(r.line);
    }
    return table;
}

Result<CsvTable> CsvReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {Error::Kind::CannotOpen,
            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return parse(file.readAll(), QFileInfo(path).fileName());
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

Status CsvWriter::writeFile(const QString &path, const QByteArray &bytes)
{
    return OutputFile::write(path, bytes);
}

} // namespace parindex
