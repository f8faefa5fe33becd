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
        const auto xml = part(sheet->part);
        if (!xml)
            return xml.error();
        return readCells(*xml, sheet->name, control);
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

    // The unpacked bytes of a part, read in chunks so that a part that unpacks beyond the limit is stopped
    // there, whatever size its header claims.
    Result<QByteArray> part(const QString &name)
    {
        if (!hasPart(name))
            return bad(XlsxReader::tr("the workbook lacks its part %1: expected a complete .xlsx file.").arg(name));
        QuaZipFileInfo64 info;
        if (m_zip.getCurrentFileInfo(&info) && qint64(info.uncompressedSize) > m_limits.maxPartBytes)
            return tooLarge(name);
        QuaZipFile file(&m_zip);
        if (!file.open(QIODevice::ReadOnly))
            return bad(XlsxReader::tr("the part %1 of the workbook cannot be unpacked: expected a complete .xlsx "
                                      "file.")
                           .arg(name));
        QByteArray data;
        char chunk[65536];
        for (;;) {
            const qint64 n = file.read(chunk, sizeof chunk);
            if (n < 0)
                return bad(XlsxReader::tr("the part %1 of the workbook cannot be unpacked: expected a complete "
                                          ".xlsx file.")
                               .arg(name));
            if (n == 0)
                break;
            if (data.size() + n > m_limits.maxPartBytes || m_totalBytes + data.size() + n > m_limits.maxTotalBytes)
                return tooLarge(name);
            data.append(chunk, n);
        }
        file.close();
        if (file.getZipError() != 0)
            return bad(XlsxReader::tr("the part %1 of the workbook is damaged (its checksum is wrong): expected a "
                                      "complete .xlsx file.")
                           .arg(name));
        m_totalBytes += data.size();
        return data;
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
        const auto bytes = part(relsPart);
        if (!bytes)
            return bytes.error();
        QList<Relationship> list;
        QXmlStreamReader xml(*bytes);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
                continue;
            const QXmlStreamAttributes a = xml.attributes();
            if (a.value("TargetMode"_L1) == u"External")
                continue;
            list.append({a.value("Type"_L1).toString(), resolvePart(sourcePart, a.value("Target"_L1).toString())});
            m_relationshipIds.insert(relsPart + u'#' + a.value("Id"_L1).toString(), list.last().target);
        }
        if (xml.hasError())
            return badPart(relsPart, xml);
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
        const auto bytes = part(m_workbookPart);
        if (!bytes)
            return bytes.error();
        QXmlStreamReader xml(*bytes);
        bool spreadsheet = false;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
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
                if (!target.isEmpty() && isWorksheet(*rels, target))
                    m_sheets.append({name, target});
            }
        }
        if (xml.hasError())
            return badPart(m_workbookPart, xml);
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
        const auto bytes = part(m_stylesPart);
        if (!bytes)
            return bytes.error();
        QHash<int, bool> customDate;
        QXmlStreamReader xml(*bytes);
        bool inCellXfs = false;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs")
                inCellXfs = false;
            if (token != QXmlStreamReader::StartElement)
                continue;
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
        if (xml.hasError())
            return badPart(m_stylesPart, xml);
        return {};
    }

    // <si> holds a <t>, or runs <r><t>...</t></r> whose texts join; phonetic runs (<rPh>) are not the text.
    Status readSharedStrings(const ReadControl &control)
    {
        if (m_sharedStringsPart.isEmpty() || !hasPart(m_sharedStringsPart))
            return {};
        const auto bytes = part(m_sharedStringsPart);
        if (!bytes)
            return bytes.error();
        QXmlStreamReader xml(*bytes);
        QString current;
        int phonetic = 0;
        bool inItem = false;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
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
                    if ((m_strings.size() & 0xFFF) == 0 && control.cancelled())
                        return cancelled();
                } else if (xml.name() == u"rPh") {
                    --phonetic;
                }
            }
        }
        if (xml.hasError())
            return badPart(m_sharedStringsPart, xml);
        return {};
    }

    struct Cell
    {
        int column = 0;
        QString text;
    };

    Result<CsvTable> readCells(const QByteArray &bytes, const QString &sheetName, const ReadControl &control)
    {
        CsvTable table;
        table.fileName = m_fileName;
        table.sheet = sheetName;
        table.encoding = u"xlsx"_s;
        ProblemList problems(table);
        QMap<int, QList<Cell>> rows; // by the row number the sheet shows
        QXmlStreamReader xml(bytes);
        int rowNumber = 0, nextColumn = 0;
        qint64 cells = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
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
                rowNumber = n;
                nextColumn = 0;
                if (control.cancelled())
                    return cancelled();
                control.report(10 + int(90 * xml.characterOffset() / qMax<qint64>(1, bytes.size())));
            } else if (xml.name() == u"c") {
                if (rowNumber == 0)
                    rowNumber = 1; // a cell outside any row: tolerated as row 1
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
                rows[rowNumber].append(std::move(cell));
                if ((cells & 0xFFF) == 0 && control.cancelled())
                    return cancelled();
            }
        }
        if (xml.hasError() && problems.isEmpty())
            return badPart(u"sheet %1"_s.arg(sheetName), xml);
        if (!problems.isEmpty())
            return problems.error();

        bool headerDone = false;
        for (auto it = rows.begin(); it != rows.end(); ++it) {
            QStringList row;
            for (Cell &c : it.value()) {
                while (row.size() < c.column)
                    row.append(QString());
                row.append(std::move(c.text));
            }
            if (!headerDone) {
                table.header = row;
                table.headerLine = it.key();
                headerDone = true;
            } else {
                table.rows.append(row);
                table.lines.append(it.key());
            }
        }
        if (!headerDone) {
            ProblemList empty(table);
            empty.addLine(0,
                XlsxReader::tr("the sheet %1 is empty: expected a header row with the column names.").arg(sheetName));
            return empty.error();
        }
        control.report(100);
        return table;
    }

    // The text of one <c>, from its <v>, <is> or (inline) <t>; false when the cell is refused.
    bool readCell(QXmlStreamReader &xml, const QString &type, int style, Cell &cell, int row, ProblemList &problems)
    {
        QString value;
        bool hasValue = false;
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
            } else {
                xml.skipCurrentElement(); // <f> (the formula; its result is in <v>), <extLst>
            }
        }
        if (!hasValue)
            return true;
        const QString where = columnLetters(cell.column) + QString::number(row);
        if (type == u"s") {
            bool ok = false;
            const qsizetype index = value.trimmed().toLongLong(&ok);
            if (!ok || index < 0 || index >= m_strings.size()) {
                problems.addLine(row,
                    XlsxReader::tr("cell %1 refers to shared string %2, which the workbook does not have: "
                                   "expected a complete .xlsx file.")
                        .arg(where, value));
                return false;
            }
            cell.text = m_strings[index];
        } else if (type == u"b") {
            cell.text = value.trimmed() == u"1" || value.trimmed() == u"true" ? u"1"_s : u"0"_s;
        } else if (type == u"d") {
            // Strict OOXML and some writers store dates as ISO 8601 text.
            const QDateTime dt = QDateTime::fromString(value.trimmed(), Qt::ISODate);
            cell.text = dt.isValid() && dt.time() != QTime(0, 0) ? dt.toString(u"yyyy-MM-dd HH:mm:ss"_s)
                : dt.isValid()                                   ? dt.date().toString(Qt::ISODate)
                                                                 : value;
        } else if (type == u"n" || type.isEmpty()) {
            bool ok = false;
            cell.text = numberText(value, &ok);
            if (ok && m_dateStyles.value(style, false)) {
                const QString date = serialDateText(value.trimmed().toDouble(), m_date1904);
                if (!date.isEmpty())
                    cell.text = date;
            }
        } else {
            cell.text = value; // "str" (a formula's text), "inlineStr", "e" (an error such as #DIV/0!)
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
    QStringList m_strings;
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
