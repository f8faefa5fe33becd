#include "csvtable.h"

#include "windows1258.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QSaveFile>
#include <QtCore/QStringDecoder>

using namespace Qt::StringLiterals;

namespace parindex {

qsizetype CsvTable::column(QStringView name) const
{
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (QStringView(header[i]).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString ImportProblem::text() const
{
    QString where = file;
    if (line > 0)
        where += CsvReader::tr(", line %1").arg(line);
    if (!column.isEmpty())
        where += CsvReader::tr(", column %1").arg(column);
    if (!value.isNull())
        where += u": \"%1\""_s.arg(value);
    return where + u" – "_s + message;
}

namespace {
QChar detectDelimiter(QStringView text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++comma;
        else if (!quoted && c == u';')
            ++semicolon;
        else if (!quoted && c == u'\t')
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return u';';
    if (tab > comma && tab > semicolon)
        return u'\t';
    return u',';
}
} // namespace

Result<CsvTable> CsvReader::parse(const QByteArray &bytes, const QString &fileName)
{
    CsvTable table;
    table.fileName = fileName;
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(data);
    if (utf8.hasError()) {
        text = decodeWindows1258(data);
        table.encoding = u"windows-1258"_s;
    } else {
        text = text.normalized(QString::NormalizationForm_C);
        table.encoding = u"UTF-8"_s;
    }
    table.delimiter = detectDelimiter(text);

    QList<QStringList> rows;
    QList<int> lines;
    QStringList row;
    QString field;
    bool quoted = false;      // inside quotes
    bool wasQuoted = false;   // the current field was quoted (keep its spaces)
    bool rowHasContent = false;
    int line = 1;
    int rowLine = 1;
    int quoteLine = 0;
    const auto endField = [&] {
        row.append(wasQuoted ? field : field.trimmed());
        rowHasContent = rowHasContent || wasQuoted || !field.trimmed().isEmpty();
        field.clear();
        wasQuoted = false;
    };
    const auto endRow = [&] {
        endField();
        if (rowHasContent) {
            rows.append(row);
            lines.append(rowLine);
        }
        row.clear();
        rowHasContent = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && field.trimmed().isEmpty()) {
            quoted = true;
            wasQuoted = true;
            quoteLine = line;
            field.clear();
        } else if (c == table.delimiter) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            endRow();
            ++line;
            rowLine = line;
        } else {
            field.append(c);
        }
    }
    if (quoted) {
        return Error{Error::Kind::BadData, tr("%1 cannot be read.").arg(fileName),
                     {ImportProblem{fileName, quoteLine, {}, {}, tr("a quoted field is never closed (a \" is missing).")}
                          .text()}};
    }
    endRow();
    if (rows.isEmpty())
        return Error{Error::Kind::BadData, tr("%1 is empty: a header line is expected.").arg(fileName)};
    table.header = rows.takeFirst();
    lines.removeFirst();
    table.rows = std::move(rows);
    table.lines = std::move(lines);
    return table;
}

Result<CsvTable> CsvReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::CannotOpen, tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return parse(file.readAll(), QFileInfo(path).fileName());
}

QByteArray CsvWriter::write(const QStringList &header, const QList<QStringList> &rows)
{
    const auto line = [](const QStringList &cells) -> QString {
        QStringList out;
        for (const QString &cell : cells) {
            const bool quote = cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n')
                || cell.contains(u'\r') || cell.contains(u';') || cell != cell.trimmed();
            out.append(quote ? u'"' + QString(cell).replace(u"\""_s, u"\"\""_s) + u'"' : cell);
        }
        return out.join(u',') + u"\r\n"_s;
    };
    QString text = line(header);
    for (const QStringList &row : rows)
        text += line(row);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Status CsvWriter::writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error{Error::Kind::CannotOpen,
                     CsvReader::tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return {};
}

} // namespace parindex
