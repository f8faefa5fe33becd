#include "xlsxreader.h"

#include "io/problemlist.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QtCore/QBuffer>
#include <QtCore/QDate>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QHash>
#include <QtCore/QMap>
#include <QtCore/QSet>
#include <QtCore/QXmlStreamReader>

#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
// Transitional (ECMA-376) and strict (ISO/IEC 29500 strict) spreadsheet namespaces.
const QStringList mainNamespaces = {
    u"http://schemas.openxmlformats.org/spreadsheetml/2006/main"_s, u"http://purl.oclc.org/ooxml/spreadsheetml/main"_s};
const QStringList relationshipNamespaces = {u"http://schemas.openxmlformats.org/officeDocument/2006/relationships"_s,
    u"http://purl.oclc.org/ooxml/officeDocument/relationships"_s};

QString megabytes(qint64 bytes)
{
    const qint64 mb = 1024 * 1024;
    return QString::number((bytes + mb - 1) / mb);
}

// A relationship's type names what it points to in its last path segment, in both namespaces.
bool hasType(const QString &type, QStringView kind)
{
    return type.endsWith(u'/' + kind.toString());
}

// A part name relative to the folder of the part that refers to it, as OPC resolves targets.
QString resolvePart(const QString &base, const QString &target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    const qsizetype slash = base.lastIndexOf(u'/');
    const QString folder = slash >= 0 ? base.left(slash + 1) : QString();
    return QDir::cleanPath(folder + target);
}

QString relsPartOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return part.left(slash + 1) + u"_rels/"_s + part.mid(slash + 1) + u".rels"_s;
}

// An attribute by local name, whatever its namespace prefix (r:id in either relationships namespace).
QString relationshipId(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == u"id" && relationshipNamespaces.contains(a.namespaceUri().toString()))
            return a.value().toString();
    }
    return {};
}

struct Relationship
{
    QString type;
    QString target; // resolved part name
};

struct SheetRef
{
    QString name;
    QString part;
};

// Number format ids that Excel shows as dates or times (ECMA-376 18.8.30), and custom codes with date
// letters outside quotes and brackets.
bool isDateFormatId(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

bool isDateFormatCode(QStringView code)
{
    bool quoted = false;
    int bracket = 0;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == u'\\') {
            ++i;
            continue;
        }
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u'[')
            ++bracket;
        else if (c == u']')
            bracket = qMax(0, bracket - 1);
        else if (bracket == 0) {
            const QChar l = c.toLower();
            if (l == u'd' || l == u'm' || l == u'y' || l == u'h' || l == u's')
                return true;
        }
    }
    return false;
}

// Excel's serial day number as an ISO date (and time when it has one): day 1 is 1900-01-01 in the 1900
// system (which counts a 29 February 1900 that never was), 1904-01-02 in the 1904 system.
QString serialDateText(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958466)
        return {};
    qint64 days = qint64(std::floor(serial));
    qint64 seconds = qint64(std::llround((serial - double(days)) * 86400.0));
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days);
    else
        date = (days < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30)).addDays(days);
    QString text = date.toString(Qt::ISODate);
    if (seconds > 0)
        text += u' ' + QTime(0, 0).addSecs(int(seconds)).toString(u"HH:mm:ss"_s);
    return text;
}

// A number as a person reads it in the sheet: at most 15 significant digits (what Excel keeps, so that a
// formula's 0.30000000000000004 reads 0.3), '.' as decimal point, no exponent.
QString numberText(QStringView raw, bool *ok)
{
    const double d = raw.trimmed().toDouble(ok);
    if (!*ok || !std::isfinite(d)) {
        *ok = false;
        return raw.toString();
    }
    if (d == 0)
        return u"0"_s;
    const QString g = QString::number(d, 'g', 15);
    if (!g.contains(u'e'))
        return g;
    return QString::number(g.toDouble(), 'f', QLocale::FloatingPointShortest);
}

// "D7" -> column 3, row 7; false for anything else.
bool parseCellReference(QStringView ref, int &column, int &row)
{
    qsizetype i = 0;
    qint64 col = 0;
    while (i < ref.size() && ref[i].isLetter() && ref[i].toLatin1() != 0) {
        const char c = char(ref[i].toUpper().toLatin1());
        if (c < 'A' || c > 'Z')
            return false;
        col = col * 26 + (c - 'A' + 1);
        if (col > 100000)
            return false;
        ++i;
    }
    if (i == 0 || i == ref.size())
        return false;
    bool ok = false;
    const qint64 r = ref.mid(i).toLongLong(&ok);
    if (!ok || r < 1 || r > 100000000 || !ref[i].isDigit())
        return false;
    column = int(col - 1);
    row = int(r);
    return true;
}

// A part of the zip as the XML reader takes it, a chunk at a time: the unpacked bytes are counted, and the reading
// stops (an error) once they pass the limit, whatever size the part's header claims; a zip bomb is never held.
class PartDevice : public QIODevice
{
public:
    PartDevice(QuaZipFile &file, qint64 limit) : m_file(file), m_limit(limit) { open(QIODevice::ReadOnly); }

    bool isSequential() const override { return true; }
    bool exceeded() const { return m_exceeded; }
    bool failed() const { return m_failed; }
    qint64 unpacked() const { return m_read; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = m_file.read(data, maxSize);
        if (n < 0) {
            m_failed = true;
            return -1;
        }
        m_read += n;
        if (m_read > m_limit) {
            m_exceeded = true;
            return -1;
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QuaZipFile &m_file;
    qint64 m_limit;
    qint64 m_read = 0;
    bool m_exceeded = false;
    bool m_failed = false;
};

// Strings kept compactly, one buffer and the end of each: 15 million shared strings take 60 MB, not a gigabyte.
class StringTable
{
public:
    qsizetype size() const { return qsizetype(m_ends.size()); }
    QStringView at(qsizetype i) const
    {
        const qsizetype start = i == 0 ? 0 : qsizetype(m_ends[size_t(i - 1)]);
        return QStringView(m_text).sliced(start, qsizetype(m_ends[size_t(i)]) - start);
    }
    void append(QStringView text)
    {
        m_text.append(text);
        m_ends.push_back(quint32(m_text.size()));
    }
    qint64 memoryBytes() const { return qint64(m_text.capacity()) * 2 + qint64(m_ends.capacity()) * 4; }

private:
    QString m_text;
    std::vector<quint32> m_ends;
};

// The next token of a part. A document type declaration with entities stops the reading: Excel and LibreOffice
// never write one, and an external entity would read as nothing (QXmlStreamReader drops it without a word).
QXmlStreamReader::TokenType nextToken(QXmlStreamReader &xml)
{
    const auto token = xml.readNext();
    if (token == QXmlStreamReader::DTD && !xml.entityDeclarations().isEmpty())
        xml.raiseError(u"<!ENTITY>"_s);
    return token;
}

// Reads one workbook: its parts come through the zip under the limits, then the XML of each is streamed.
class Workbook
{
public:
    Workbook(const QByteArray &bytes, const QString &fileName, const XlsxLimits &limits)
        : m_bytes(bytes), m_fileName(fileName), m_limits(limits), m_buffer(&m_bytes), m_zip(&m_buffer)
    { }

    Status open()
    {
        if (m_bytes.size() > m_limits.maxFileBytes)
            return bad(XlsxReader::tr("the file is larger than %1 MB: expected a workbook of score sheets.")
                           .arg(megabytes(m_limits.maxFileBytes)));
        if (m_bytes.startsWith("\xD0\xCF\x11\xE0"))
            return bad(XlsxReader::tr("this is an Excel 97-2003 workbook (.xls): expected an .xlsx workbook. "
                                      "Save it as \"Excel Workbook (.xlsx)\" and import that file."));
        if (!m_zip.open(QuaZip::mdUnzip))
            return bad(XlsxReader::tr("the file is not an .xlsx workbook (it is not a zip archive)."));
        const auto rootRels = relationships(u"_rels/.rels"_s, QString());
        if (!rootRels)
            return rootRels.error();
        for (const Relationship &r : *rootRels) {
            if (hasType(r.type, u"officeDocument"))
                m_workbookPart = r.target;
        }
        if (m_workbookPart.isEmpty())
            m_workbookPart = u"xl/workbook.xml"_s;
        if (const Status s = readWorkbook(); !s)
            return s;
        return {};
    }

    QStringList sheetNames() const
    {
        QStringList names;
        for (const SheetRef &s : m_sheets)
            names.append(s.name);
        return names;
    }

    Result<CsvTable> readSheet(const QString &wanted, const ReadControl &control)
    {
        if (m_sheets.isEmpty())
            return bad(XlsxReader::tr("the workbook has no sheet: expected at least one sheet."));
        const SheetRef *sheet = &m_sheets.first();
        if (!wanted.isEmpty()) {
            sheet = findSheet(wanted, Qt::CaseSensitive);
            if (!sheet)
                sheet = findSheet(wanted, Qt::CaseInsensitive);
            if (!sheet)
                return bad(XlsxReader::tr("there is no sheet named \"%1\": expected one of %2.")
                               .arg(wanted, sheetNames().join(u", "_s)));
        }
        control.report(0);
        if (const Status s = readStyles(); !s)
            return s.error();
        if (const Status s = readSharedStrings(control); !s)
            return s.error();
        if (control.cancelled())
            return cancelled();
        control.report(10);
        return readCells(sheet->part, sheet->name, control);
    }

private:
    Error bad(const QString &message) const
    {
        ProblemList problems(m_fileName);
        problems.addLine(0, message);
        return problems.error();
    }

    Error badPart(const QString &part, const QXmlStreamReader &xml) const
    {
        if (xml.error() == QXmlStreamReader::CustomError)
            return bad(XlsxReader::tr("the part %1 of the workbook declares entities (<!ENTITY>), which Excel and "
                                      "LibreOffice never write and which could read as nothing: open and save the "
                                      "workbook in Excel or LibreOffice.")
                           .arg(part));
        return bad(XlsxReader::tr("the part %1 of the workbook is damaged (%2, line %3): expected well-formed XML.")
                       .arg(part, xml.errorString())
                       .arg(xml.lineNumber()));
    }

    Error cancelled() const
    {
        return Error {Error::Kind::Cancelled, XlsxReader::tr("Reading %1 was cancelled.").arg(m_fileName)};
    }

    const SheetRef *findSheet(const QString &name, Qt::CaseSensitivity cs) const
    {
        for (const SheetRef &s : m_sheets) {
            if (s.name.compare(name, cs) == 0)
                return &s;
        }
        return nullptr;
    }

    bool hasPart(const QString &name) { return m_zip.setCurrentFile(name, QuaZip::csInsensitive); }

    // Opens a part to be streamed through a PartDevice; false (with the error) when it is missing or too large.
    Status openPart(const QString &name, QuaZipFile &file)
    {
        if (!hasPart(name))
            return bad(XlsxReader::tr("the workbook lacks its part %1: expected a complete .xlsx file.").arg(name));
        QuaZipFileInfo64 info;
        if (m_zip.getCurrentFileInfo(&info) && qint64(info.uncompressedSize) > m_limits.maxPartBytes)
            return tooLarge(name);
        m_partSize = qint64(info.uncompressedSize);
        file.setZip(&m_zip);
        if (!file.open(QIODevice::ReadOnly))
            return bad(XlsxReader::tr("the part %1 of the workbook cannot be unpacked: expected a complete .xlsx "
                                      "file.")
                           .arg(name));
        return {};
    }

    qint64 partLimit() const { return qMin(m_limits.maxPartBytes, m_limits.maxTotalBytes - m_totalBytes); }

    // After a part was streamed: the reason it stopped, if it was not its end.
    Status closePart(const QString &name, QuaZipFile &file, const PartDevice &device, const QXmlStreamReader &xml)
    {
        if (device.exceeded())
            return tooLarge(name);
        if (device.failed())
            return bad(XlsxReader::tr("the part %1 of the workbook cannot be unpacked: expected a complete .xlsx "
                                      "file.")
                           .arg(name));
        if (xml.hasError())
            return badPart(name, xml);
        m_totalBytes += device.unpacked();
        file.close();
        if (file.getZipError() != 0)
            return bad(XlsxReader::tr("the part %1 of the workbook is damaged (its checksum is wrong): expected a "
                                      "complete .xlsx file.")
                           .arg(name));
        return {};
    }

    // What the reading holds: the workbook's bytes, its shared strings and the table read so far.
    qint64 memoryUsed(const CsvTable *table = nullptr) const
    {
        qint64 used = m_bytes.size() + m_strings.memoryBytes();
        if (table)
            used += table->rows.memoryBytes() + qint64(table->lines.capacity()) * 4;
        return used;
    }

    Error overBudget() const
    {
        return bad(XlsxReader::tr("reading the workbook would take more than %1 MB of memory: expected a workbook of "
                                  "score sheets (it holds too many strings or cells).")
                       .arg(megabytes(m_limits.maxMemoryBytes)));
    }

    // Relationships, sheets, number formats and cell styles: a workbook has a few hundred (Excel allows 64,000
    // cell styles); a part with more is refused before its entries fill the memory.
    static constexpr qsizetype MaxEntries = 100000;

    Error tooManyEntries(const QString &name) const
    {
        return bad(XlsxReader::tr("the part %1 has more than %2 entries: expected a workbook of score sheets.")
                       .arg(name)
                       .arg(MaxEntries));
    }

    Error tooLarge(const QString &name) const
    {
        return bad(XlsxReader::tr("the part %1 unpacks to more than %2 MB: expected a workbook of score sheets "
                                  "(this file may be a zip bomb).")
                       .arg(name, megabytes(qMin(m_limits.maxPartBytes, m_limits.maxTotalBytes))));
    }

    // The relationships of a part, targets resolved; a missing .rels part has none.
    Result<QList<Relationship>> relationships(const QString &relsPart, const QString &sourcePart)
    {
        if (!hasPart(relsPart))
            return QList<Relationship>();
        QuaZipFile file;
        if (const Status s = openPart(relsPart, file); !s)
            return s.error();
        PartDevice device(file, partLimit());
        QList<Relationship> list;
        QXmlStreamReader xml(&device);
        while (!xml.atEnd()) {
            if (nextToken(xml) != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
                continue;
            const QXmlStreamAttributes a = xml.attributes();
            if (a.value("TargetMode"_L1) == u"External")
                continue;
            if (list.size() >= MaxEntries)
                return tooManyEntries(relsPart);
            list.append({a.value("Type"_L1).toString(), resolvePart(sourcePart, a.value("Target"_L1).toString())});
            m_relationshipIds.insert(relsPart + u'#' + a.value("Id"_L1).toString(), list.last().target);
        }
        if (const Status s = closePart(relsPart, file, device, xml); !s)
            return s.error();
        return list;
    }

    Status readWorkbook()
    {
        const QString relsPart = relsPartOf(m_workbookPart);
        const auto rels = relationships(relsPart, m_workbookPart);
        if (!rels)
            return rels.error();
        for (const Relationship &r : *rels) {
            if (hasType(r.type, u"sharedStrings"))
                m_sharedStringsPart = r.target;
            else if (hasType(r.type, u"styles"))
                m_stylesPart = r.target;
        }
        QuaZipFile file;
        if (const Status s = openPart(m_workbookPart, file); !s)
            return s.error();
        PartDevice device(file, partLimit());
        QXmlStreamReader xml(&device);
        bool spreadsheet = false;
        while (!xml.atEnd()) {
            if (nextToken(xml) != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"workbook")
                spreadsheet = mainNamespaces.contains(xml.namespaceUri().toString());
            else if (xml.name() == u"workbookPr")
                m_date1904
                    = xml.attributes().value("date1904"_L1) == u"1" || xml.attributes().value("date1904"_L1) == u"true";
            else if (xml.name() == u"sheet") {
                const QString name
                    = xml.attributes().value("name"_L1).toString().normalized(QString::NormalizationForm_C);
                const QString target = m_relationshipIds.value(relsPart + u'#' + relationshipId(xml.attributes()));
                // Chart sheets and dialog sheets have no cells to import; only worksheets are listed.
                if (m_sheets.size() >= MaxEntries)
                    return tooManyEntries(m_workbookPart);
                if (!target.isEmpty() && isWorksheet(*rels, target))
                    m_sheets.append({name, target});
            }
        }
        if (const Status s = closePart(m_workbookPart, file, device, xml); !s)
            return s.error();
        if (!spreadsheet)
            return bad(XlsxReader::tr("the file is not a spreadsheet (its main part is not a SpreadsheetML "
                                      "workbook): expected an .xlsx workbook."));
        return {};
    }

    static bool isWorksheet(const QList<Relationship> &rels, const QString &target)
    {
        for (const Relationship &r : rels) {
            if (r.target == target)
                return hasType(r.type, u"worksheet");
        }
        return false;
    }

    Status readStyles()
    {
        if (m_stylesPart.isEmpty() || !hasPart(m_stylesPart))
            return {};
        QuaZipFile file;
        if (const Status s = openPart(m_stylesPart, file); !s)
            return s.error();
        PartDevice device(file, partLimit());
        QHash<int, bool> customDate;
        QXmlStreamReader xml(&device);
        bool inCellXfs = false;
        while (!xml.atEnd()) {
            const auto token = nextToken(xml);
            if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs")
                inCellXfs = false;
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (customDate.size() >= MaxEntries || m_dateStyles.size() >= MaxEntries)
                return tooManyEntries(m_stylesPart);
            if (xml.name() == u"numFmt") {
                customDate.insert(xml.attributes().value("numFmtId"_L1).toInt(),
                    isDateFormatCode(xml.attributes().value("formatCode"_L1)));
            } else if (xml.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == u"xf") {
                const int id = xml.attributes().value("numFmtId"_L1).toInt();
                m_dateStyles.append(customDate.contains(id) ? customDate.value(id) : isDateFormatId(id));
            }
        }
        if (const Status s = closePart(m_stylesPart, file, device, xml); !s)
            return s.error();
        return {};
    }

    // <si> holds a <t>, or runs <r><t>...</t></r> whose texts join; phonetic runs (<rPh>) are not the text.
    Status readSharedStrings(const ReadControl &control)
    {
        if (m_sharedStringsPart.isEmpty() || !hasPart(m_sharedStringsPart))
            return {};
        QuaZipFile file;
        if (const Status s = openPart(m_sharedStringsPart, file); !s)
            return s;
        PartDevice device(file, partLimit());
        QXmlStreamReader xml(&device);
        QString current;
        int phonetic = 0;
        bool inItem = false;
        while (!xml.atEnd()) {
            const auto token = nextToken(xml);
            if (token == QXmlStreamReader::StartElement) {
                if (xml.name() == u"si") {
                    inItem = true;
                    current.clear();
                } else if (xml.name() == u"rPh") {
                    ++phonetic;
                } else if (xml.name() == u"t" && inItem && phonetic == 0) {
                    current += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                }
            } else if (token == QXmlStreamReader::EndElement) {
                if (xml.name() == u"si") {
                    inItem = false;
                    m_strings.append(current);
                    if ((m_strings.size() & 0xFFF) == 0) {
                        if (control.cancelled())
                            return cancelled();
                        if (memoryUsed() > m_limits.maxMemoryBytes)
                            return overBudget();
                    }
                } else if (xml.name() == u"rPh") {
                    --phonetic;
                }
            }
        }
        if (const Status s = closePart(m_sharedStringsPart, file, device, xml); !s)
            return s;
        if (memoryUsed() > m_limits.maxMemoryBytes)
            return overBudget();
        return {};
    }

    struct Cell
    {
        int column = 0;
        QString text;
    };

    Result<CsvTable> readCells(const QString &part, const QString &sheetName, const ReadControl &control)
    {
        CsvTable table;
        table.fileName = m_fileName;
        table.sheet = sheetName;
        table.encoding = u"xlsx"_s;
        ProblemList problems(table);
        QuaZipFile file;
        if (const Status s = openPart(part, file); !s)
            return s.error();
        PartDevice device(file, partLimit());
        QXmlStreamReader xml(&device);
        // The cells of the row being read; rows come in ascending order, each goes to the table when it ends.
        QList<Cell> rowCells;
        int cellsRow = 0;
        bool headerDone = false;
        const auto endRow = [&] {
            if (rowCells.isEmpty())
                return;
            if (!headerDone) {
                for (Cell &c : rowCells) {
                    while (table.header.size() < c.column)
                        table.header.append(QString());
                    table.header.append(std::move(c.text));
                }
                table.headerLine = cellsRow;
                headerDone = true;
            } else {
                int column = 0;
                for (const Cell &c : std::as_const(rowCells)) {
                    for (; column < c.column; ++column)
                        table.rows.addCell({});
                    table.rows.addCell(c.text);
                    ++column;
                }
                table.rows.endRow();
                table.lines.append(cellsRow);
            }
            rowCells.clear();
        };
        int rowNumber = 0, nextColumn = 0;
        qint64 cells = 0;
        while (!xml.atEnd()) {
            if (nextToken(xml) != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"row") {
                const auto r = xml.attributes().value("r"_L1);
                bool ok = true;
                const int n = r.isEmpty() ? rowNumber + 1 : r.toInt(&ok);
                if (!ok || n < 1) {
                    problems.addLine(rowNumber + 1,
                        XlsxReader::tr("the row number \"%1\" is not valid: expected a number from 1.")
                            .arg(r.toString()));
                    break;
                }
                if (n <= rowNumber) {
                    problems.addLine(n,
                        XlsxReader::tr("row %1 comes after row %2: expected rows in ascending order.")
                            .arg(n)
                            .arg(rowNumber));
                    break;
                }
                if (n > m_limits.maxRows) {
                    problems.addLine(n,
                        XlsxReader::tr("the sheet has more than %1 rows: expected a sheet of score rows.")
                            .arg(m_limits.maxRows));
                    break;
                }
                endRow();
                rowNumber = n;
                nextColumn = 0;
                if (control.cancelled())
                    return cancelled();
                control.report(10 + int(90 * qMin(device.unpacked(), m_partSize) / qMax<qint64>(1, m_partSize)));
            } else if (xml.name() == u"c") {
                if (rowNumber == 0)
                    rowNumber = 1; // a cell outside any row: tolerated as row 1
                cellsRow = rowNumber;
                Cell cell;
                const QXmlStreamAttributes a = xml.attributes();
                const auto ref = a.value("r"_L1);
                int refRow = rowNumber;
                if (!ref.isEmpty() && !parseCellReference(ref, cell.column, refRow)) {
                    problems.addLine(rowNumber,
                        XlsxReader::tr("the cell reference \"%1\" is not valid: expected a column letter and a row "
                                       "number such as D7.")
                            .arg(ref.toString()));
                    xml.skipCurrentElement();
                    continue;
                }
                if (ref.isEmpty())
                    cell.column = nextColumn;
                if (refRow != rowNumber || cell.column < nextColumn) {
                    problems.addLine(rowNumber,
                        XlsxReader::tr("the cell %1 is out of place: expected the cells of row %2 from left to "
                                       "right.")
                            .arg(ref.toString())
                            .arg(rowNumber));
                    xml.skipCurrentElement();
                    continue;
                }
                if (cell.column >= m_limits.maxColumns) {
                    problems.addLine(rowNumber,
                        XlsxReader::tr("the sheet has more than %1 columns: expected a sheet of score rows.")
                            .arg(m_limits.maxColumns));
                    break;
                }
                nextColumn = cell.column + 1;
                const QString type = a.value("t"_L1).toString();
                const int style = a.value("s"_L1).toInt();
                if (!readCell(xml, type, style, cell, rowNumber, problems))
                    continue;
                if (cell.text.isEmpty())
                    continue;
                if (++cells > m_limits.maxCells) {
                    problems.addLine(rowNumber,
                        XlsxReader::tr("the sheet has more than %1 cells with values: expected a sheet of score "
                                       "rows.")
                            .arg(m_limits.maxCells));
                    break;
                }
                rowCells.append(std::move(cell));
                if ((cells & 0xFFF) == 0) {
                    if (control.cancelled())
                        return cancelled();
                    if (memoryUsed(&table) > m_limits.maxMemoryBytes)
                        return overBudget();
                }
            }
        }
        if (!problems.isEmpty())
            return problems.error();
        if (device.exceeded() || device.failed())
            return closePart(part, file, device, xml).error();
        if (xml.hasError())
            return badPart(u"sheet %1"_s.arg(sheetName), xml);
        if (const Status s = closePart(part, file, device, xml); !s)
            return s.error();
        endRow();
        if (memoryUsed(&table) > m_limits.maxMemoryBytes)
            return overBudget();
        table.rows.squeeze();
        if (!headerDone) {
            ProblemList empty(table);
            empty.addLine(0,
                XlsxReader::tr("the sheet %1 is empty: expected a header row with the column names.").arg(sheetName));
            return empty.error();
        }
        control.report(100);
        return table;
    }

    // The text of one <c>, from its <v> or <is>; false when the cell is refused (its problem recorded): a formula
    // without its computed value, an error value, a type this reader does not know.
    bool readCell(QXmlStreamReader &xml, const QString &type, int style, Cell &cell, int row, ProblemList &problems)
    {
        QString value;
        bool hasValue = false, hasFormula = false;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"v") {
                value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                hasValue = true;
            } else if (xml.name() == u"is") {
                // An inline string: <t> or rich text runs, phonetic runs left out.
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"t") {
                        value += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                    } else if (xml.name() == u"r") {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == u"t")
                                value += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                            else
                                xml.skipCurrentElement();
                        }
                    } else {
                        xml.skipCurrentElement();
                    }
                }
                hasValue = true;
            } else if (xml.name() == u"f") {
                hasFormula = true; // its result, computed by the program that saved the file, is in <v>
                xml.skipCurrentElement();
            } else {
                xml.skipCurrentElement(); // <extLst>
            }
        }
        const QString where = columnLetters(cell.column) + QString::number(row);
        const auto refuse = [&](const QString &message) {
            problems.addLine(row, message);
            return false;
        };
        if (!hasValue) {
            if (hasFormula)
                return refuse(XlsxReader::tr("cell %1: the formula has no computed value – open and save the "
                                             "workbook in Excel or LibreOffice so that formulas are computed.")
                                  .arg(where));
            return true;
        }
        if (type == u"s") {
            bool ok = false;
            const qsizetype index = value.trimmed().toLongLong(&ok);
            if (!ok || index < 0 || index >= m_strings.size())
                return refuse(XlsxReader::tr("cell %1 refers to shared string %2, which the workbook does not have: "
                                             "expected a complete .xlsx file.")
                                  .arg(where, value));
            cell.text = m_strings.at(index).toString();
        } else if (type == u"b") {
            // A truth value is no number: TRUE in a score's cell is refused there, not read as 1 point.
            cell.text = value.trimmed() == u"1" || value.trimmed() == u"true" ? u"TRUE"_s : u"FALSE"_s;
        } else if (type == u"d") {
            // Strict OOXML and some writers store dates as ISO 8601 text.
            const QDateTime dt = QDateTime::fromString(value.trimmed(), Qt::ISODate);
            cell.text = dt.isValid() && dt.time() != QTime(0, 0) ? dt.toString(u"yyyy-MM-dd HH:mm:ss"_s)
                : dt.isValid()                                   ? dt.date().toString(Qt::ISODate)
                                                                 : value;
        } else if (type == u"n" || type.isEmpty()) {
            bool ok = false;
            cell.text = numberText(value, &ok);
            if (!ok && !value.trimmed().isEmpty())
                return refuse(XlsxReader::tr("cell %1 is marked as a number but holds \"%2\": expected a complete "
                                             ".xlsx file.")
                                  .arg(where, value));
            if (ok && m_dateStyles.value(style, false)) {
                const QString date = serialDateText(value.trimmed().toDouble(), m_date1904);
                if (!date.isEmpty())
                    cell.text = date;
            }
        } else if (type == u"e") {
            return refuse(XlsxReader::tr("cell %1 holds the error %2: expected a value. Correct the cell or its "
                                         "formula, then save the workbook again.")
                              .arg(where, value.trimmed()));
        } else if (type == u"str" || type == u"inlineStr") {
            cell.text = value; // a formula's text result, an inline string
        } else {
            return refuse(XlsxReader::tr("cell %1 has the type \"%2\", which is not a type of SpreadsheetML: "
                                         "expected a complete .xlsx file.")
                              .arg(where, type));
        }
        cell.text = cell.text.trimmed().normalized(QString::NormalizationForm_C);
        return true;
    }

    QByteArray m_bytes;
    QString m_fileName;
    XlsxLimits m_limits;
    QBuffer m_buffer;
    QuaZip m_zip;
    qint64 m_totalBytes = 0;
    QString m_workbookPart;
    QString m_sharedStringsPart;
    QString m_stylesPart;
    QHash<QString, QString> m_relationshipIds; // "<rels part>#<id>" -> target part
    QList<SheetRef> m_sheets;
    QList<bool> m_dateStyles; // by cellXfs index
    StringTable m_strings;
    qint64 m_partSize = 0; // the part being streamed, unpacked, as its header says
    bool m_date1904 = false;
};

Result<QByteArray> readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {Error::Kind::CannotOpen,
            XlsxReader::tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    if (file.size() > XlsxLimits().maxFileBytes) {
        ProblemList problems(QFileInfo(path).fileName());
        problems.addLine(0,
            XlsxReader::tr("the file is larger than %1 MB: expected a workbook of score sheets.")
                .arg(megabytes(XlsxLimits().maxFileBytes)));
        return problems.error();
    }
    return file.readAll();
}
} // namespace

Result<QStringList> XlsxReader::sheetNames(const QByteArray &bytes, const QString &fileName, const XlsxLimits &limits)
{
    Workbook workbook(bytes, fileName, limits);
    if (const Status s = workbook.open(); !s)
        return s.error();
    return workbook.sheetNames();
}

Result<CsvTable> XlsxReader::parse(const QByteArray &bytes, const QString &fileName, const QString &sheet,
    const ReadControl &control, const XlsxLimits &limits)
{
    Workbook workbook(bytes, fileName, limits);
    if (const Status s = workbook.open(); !s)
        return s.error();
    return workbook.readSheet(sheet, control);
}

Result<QStringList> XlsxReader::readSheetNames(const QString &path)
{
    const auto bytes = readBytes(path);
    if (!bytes)
        return bytes.error();
    return sheetNames(*bytes, QFileInfo(path).fileName());
}

Result<CsvTable> XlsxReader::readFile(const QString &path, const QString &sheet, const ReadControl &control)
{
    const auto bytes = readBytes(path);
    if (!bytes)
        return bytes.error();
    return parse(*bytes, QFileInfo(path).fileName(), sheet, control);
}

} // namespace parindex
