#include "tablefile.h"

#include "xlsxreader.h"
#include "xlsxwriter.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>

using namespace Qt::StringLiterals;

namespace parindex {

bool TableFile::isWorkbook(const QString &path)
{
    return QFileInfo(path).suffix().compare(u"xlsx", Qt::CaseInsensitive) == 0;
}

bool TableFile::readsAsWorkbook(const QString &path)
{
    if (isWorkbook(path))
        return true;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && !file.isSequential() && file.peek(4) == QByteArrayView("PK\x03\x04");
}

Result<QStringList> TableFile::sheetNames(const QString &path)
{
    if (!readsAsWorkbook(path))
        return QStringList();
    return XlsxReader::readSheetNames(path);
}

Result<CsvTable> TableFile::read(const QString &path, const QString &sheet, const ReadControl &control)
{
    if (readsAsWorkbook(path))
        return XlsxReader::readFile(path, sheet, control);
    if (!sheet.isEmpty())
        return Error {Error::Kind::Usage,
            tr("%1 is a CSV file: it has no sheets (--sheet is for .xlsx workbooks).").arg(QFileInfo(path).fileName())};
    control.report(0);
    auto table = CsvReader::readFile(path);
    if (control.cancelled())
        return Error {Error::Kind::Cancelled, tr("Reading %1 was cancelled.").arg(QFileInfo(path).fileName())};
    control.report(100);
    return table;
}

Status TableFile::write(const QString &path, const QList<SheetData> &sheets)
{
    if (isWorkbook(path))
        return XlsxWriter::writeFile(path, sheets);
    return CsvWriter::writeFile(path, CsvWriter::write(sheets.value(0)));
}

} // namespace parindex
