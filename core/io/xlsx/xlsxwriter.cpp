#include "xlsxwriter.h"

#include <xlsxwriter.h>

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QHash>
#include <QtCore/QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
// Excel refuses sheet names longer than 31 characters or with []:*?/\ in them.
QByteArray sheetName(const QString &name, int index)
{
    QString n = name;
    for (QChar c : u"[]:*?/\\")
        n.replace(c, u'-');
    n = n.left(31).trimmed();
    if (n.isEmpty())
        n = u"Sheet%1"_s.arg(index + 1);
    return n.toUtf8();
}

// A workbook being built; frees libxlsxwriter's memory on every path.
class Book
{
public:
    explicit Book(const QByteArray &file) : m_book(workbook_new(file.constData())) { }
    ~Book()
    {
        if (m_book)
            workbook_close(m_book);
    }
    lxw_workbook *get() const { return m_book; }
    lxw_error close() { return workbook_close(std::exchange(m_book, nullptr)); }

    lxw_format *numberFormat(int decimals)
    {
        if (decimals < 0)
            return nullptr;
        if (lxw_format *f = m_numberFormats.value(decimals))
            return f;
        lxw_format *f = workbook_add_format(m_book);
        const QByteArray code = decimals == 0 ? QByteArray("0") : "0." + QByteArray(decimals, '0');
        format_set_num_format(f, code.constData());
        m_numberFormats.insert(decimals, f);
        return f;
    }

    lxw_format *headerFormat()
    {
        if (!m_header) {
            m_header = workbook_add_format(m_book);
            format_set_bold(m_header);
        }
        return m_header;
    }

private:
    lxw_workbook *m_book;
    QHash<int, lxw_format *> m_numberFormats;
    lxw_format *m_header = nullptr;
};

lxw_error writeSheet(Book &book, lxw_worksheet *ws, const SheetData &sheet)
{
    for (qsizetype c = 0; c < sheet.header.size(); ++c) {
        if (const lxw_error e
            = worksheet_write_string(ws, 0, lxw_col_t(c), sheet.header[c].toUtf8().constData(), book.headerFormat());
            e != LXW_NO_ERROR)
            return e;
    }
    worksheet_freeze_panes(ws, 1, 0);
    for (qsizetype c = 0; c < sheet.columnWidths.size(); ++c)
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), sheet.columnWidths[c], nullptr);
    const QByteArray errorTitle = XlsxWriter::tr("Value out of range").toUtf8();
    for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
        const lxw_row_t row = lxw_row_t(r + 1);
        for (qsizetype c = 0; c < sheet.rows[r].size(); ++c) {
            const SheetCell &cell = sheet.rows[r][c];
            const lxw_col_t col = lxw_col_t(c);
            lxw_error e = LXW_NO_ERROR;
            if (cell.number)
                e = worksheet_write_number(ws, row, col, cell.number->toDouble(), book.numberFormat(cell.decimals));
            else if (!cell.text.isEmpty())
                e = worksheet_write_string(ws, row, col, cell.text.toUtf8().constData(), nullptr);
            if (e != LXW_NO_ERROR)
                return e;
            if (cell.inputMax) {
                const QByteArray message
                    = XlsxWriter::tr("Expected a number from 0 to %1.").arg(cell.inputMax->toString()).toUtf8();
                lxw_data_validation v {};
                v.validate = LXW_VALIDATION_TYPE_DECIMAL;
                v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
                v.minimum_number = 0;
                v.maximum_number = cell.inputMax->toDouble();
                v.error_title = const_cast<char *>(errorTitle.constData());
                v.error_message = const_cast<char *>(message.constData());
                if (const lxw_error ve = worksheet_data_validation_cell(ws, row, col, &v); ve != LXW_NO_ERROR)
                    return ve;
            }
        }
    }
    return LXW_NO_ERROR;
}
} // namespace

Status XlsxWriter::writeFile(const QString &path, const QList<SheetData> &sheets)
{
    const QString native = QDir::toNativeSeparators(path);
    const QFileInfo target(path);
    // A temporary name beside the target, so that the rename stays on one file system.
    QTemporaryFile temp(target.absoluteDir().filePath(u".%1.XXXXXX.tmp"_s.arg(target.fileName())));
    if (!temp.open())
        return Error {Error::Kind::CannotOpen, tr("%1 cannot be written: %2").arg(native, temp.errorString())};
    const QString tempPath = temp.fileName();
    temp.close();

    Book book(QFile::encodeName(tempPath));
    if (!book.get())
        return Error {Error::Kind::CannotOpen, tr("%1 cannot be written.").arg(native)};
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        lxw_worksheet *ws = workbook_add_worksheet(book.get(), sheetName(sheets[i].name, int(i)).constData());
        if (!ws)
            return Error {
                Error::Kind::Internal, tr("%1: the sheet \"%2\" cannot be added.").arg(native, sheets[i].name)};
        if (const lxw_error e = writeSheet(book, ws, sheets[i]); e != LXW_NO_ERROR)
            return Error {
                Error::Kind::Io, tr("%1 cannot be written: %2").arg(native, QString::fromUtf8(lxw_strerror(e)))};
    }
    if (const lxw_error e = book.close(); e != LXW_NO_ERROR)
        return Error {Error::Kind::Io, tr("%1 cannot be written: %2").arg(native, QString::fromUtf8(lxw_strerror(e)))};
    // rename() replaces the target in one step on POSIX file systems; QFile::rename refuses an existing one.
    if (std::rename(QFile::encodeName(tempPath).constData(), QFile::encodeName(path).constData()) != 0)
        return Error {
            Error::Kind::Io, tr("%1 cannot be written: %2").arg(native, QString::fromLocal8Bit(std::strerror(errno)))};
    temp.setAutoRemove(false);
    return {};
}

} // namespace parindex
