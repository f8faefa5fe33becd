#include "xlsxwriter.h"

#include "files/outputfile.h"
#include "io/csvtable.h"
#include "platform/platform.h"

#include <xlsxwriter.h>

#include <dlfcn.h>

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QHash>
#include <QtCore/QStorageInfo>
#include <QtCore/QTemporaryDir>

#include <cerrno>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
// libxlsxwriter and QuaZip both export minizip's zip* functions, QuaZip's with another ABI (they take a
// QIODevice). Linked into one process, libxlsxwriter's zipOpen() lands in QuaZip's copy and crashes. So
// libxlsxwriter is loaded at run time with RTLD_DEEPBIND: its own dependency, libminizip, answers its lookups
// before the process's. (AddressSanitizer refuses RTLD_DEEPBIND; a new link-map namespace isolates it too.)
struct Api
{
    decltype(&::workbook_new_opt) workbook_new_opt = nullptr;
    decltype(&::workbook_add_worksheet) workbook_add_worksheet = nullptr;
    decltype(&::workbook_add_format) workbook_add_format = nullptr;
    decltype(&::workbook_close) workbook_close = nullptr;
    decltype(&::format_set_bold) format_set_bold = nullptr;
    decltype(&::format_set_num_format) format_set_num_format = nullptr;
    decltype(&::worksheet_write_string) worksheet_write_string = nullptr;
    decltype(&::worksheet_write_number) worksheet_write_number = nullptr;
    decltype(&::worksheet_set_column) worksheet_set_column = nullptr;
    decltype(&::worksheet_freeze_panes) worksheet_freeze_panes = nullptr;
    decltype(&::worksheet_data_validation_cell) worksheet_data_validation_cell = nullptr;
    QString error;

    Api()
    {
        void *handle = nullptr;
        for (const char *name : {"libxlsxwriter.so.4", "libxlsxwriter.so"}) {
#if defined(__SANITIZE_ADDRESS__)
            handle = dlmopen(LM_ID_NEWLM, name, RTLD_NOW | RTLD_LOCAL);
#else
            handle = dlopen(name, RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
#endif
            if (handle)
                break;
        }
        if (!handle) {
            error = XlsxWriter::tr("libxlsxwriter cannot be loaded (%1): install the package libxlsxwriter4.")
                        .arg(QString::fromLocal8Bit(dlerror()));
            return;
        }
        const auto resolve = [&](auto &function, const char *symbol) {
            function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(dlsym(handle, symbol));
            if (!function && error.isEmpty())
                error = XlsxWriter::tr("libxlsxwriter lacks %1: install libxlsxwriter 1.1 or newer.")
                            .arg(QString::fromLatin1(symbol));
        };
        resolve(workbook_new_opt, "workbook_new_opt");
        resolve(workbook_add_worksheet, "workbook_add_worksheet");
        resolve(workbook_add_format, "workbook_add_format");
        resolve(workbook_close, "workbook_close");
        resolve(format_set_bold, "format_set_bold");
        resolve(format_set_num_format, "format_set_num_format");
        resolve(worksheet_write_string, "worksheet_write_string");
        resolve(worksheet_write_number, "worksheet_write_number");
        resolve(worksheet_set_column, "worksheet_set_column");
        resolve(worksheet_freeze_panes, "worksheet_freeze_panes");
        resolve(worksheet_data_validation_cell, "worksheet_data_validation_cell");
    }
};

const Api &api()
{
    static const Api loaded;
    return loaded;
}

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
    Book(const QByteArray &file, const QByteArray &temporaryFolder)
    {
        lxw_workbook_options options {};
        options.tmpdir = const_cast<char *>(temporaryFolder.constData());
        m_book = api().workbook_new_opt(file.constData(), &options);
    }
    ~Book()
    {
        if (m_book)
            api().workbook_close(m_book);
    }
    Book(const Book &) = delete;
    Book &operator=(const Book &) = delete;
    lxw_workbook *get() const { return m_book; }
    // libxlsxwriter's error, and errno as its failing file operation left it.
    std::pair<lxw_error, int> close()
    {
        errno = 0;
        const lxw_error e = api().workbook_close(std::exchange(m_book, nullptr));
        return {e, errno};
    }

    lxw_format *numberFormat(int decimals)
    {
        if (decimals < 0)
            return nullptr;
        if (lxw_format *f = m_numberFormats.value(decimals))
            return f;
        lxw_format *f = api().workbook_add_format(m_book);
        const QByteArray code = decimals == 0 ? QByteArray("0") : "0." + QByteArray(decimals, '0');
        api().format_set_num_format(f, code.constData());
        m_numberFormats.insert(decimals, f);
        return f;
    }

    lxw_format *headerFormat()
    {
        if (!m_header) {
            m_header = api().workbook_add_format(m_book);
            api().format_set_bold(m_header);
        }
        return m_header;
    }

private:
    lxw_workbook *m_book = nullptr;
    QHash<int, lxw_format *> m_numberFormats;
    lxw_format *m_header = nullptr;
};

// A cell libxlsxwriter refused, in words: the limits of a workbook are Excel's.
Error cellRefused(const SheetData &sheet, lxw_row_t row, qsizetype column, lxw_error e)
{
    const QString where
        = XlsxWriter::tr("sheet %1, cell %2").arg(sheet.name, columnLetters(int(column)) + QString::number(row + 1));
    switch (e) {
    case LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED:
        return {Error::Kind::BadData,
            XlsxWriter::tr("%1 holds more than the 32,767 characters a cell of a workbook takes; export as CSV "
                           "instead")
                .arg(where)};
    case LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE:
        return {Error::Kind::BadData,
            XlsxWriter::tr("%1 lies beyond the 1,048,576 rows or 16,384 columns of a workbook; export as CSV "
                           "instead")
                .arg(where)};
    default:
        return {Error::Kind::Internal, XlsxWriter::tr("libxlsxwriter refused %1 (error %2)").arg(where).arg(int(e))};
    }
}

Status writeSheet(Book &book, lxw_worksheet *ws, const SheetData &sheet)
{
    // The title lines (bold, in the first column), an empty row, then the header: row 1 without a title.
    const lxw_row_t headerRow = sheet.title.isEmpty() ? 0 : lxw_row_t(sheet.title.size() + 1);
    for (qsizetype t = 0; t < sheet.title.size(); ++t) {
        if (const lxw_error e = api().worksheet_write_string(
                ws, lxw_row_t(t), 0, sheet.title[t].toUtf8().constData(), book.headerFormat());
            e != LXW_NO_ERROR)
            return cellRefused(sheet, lxw_row_t(t), 0, e);
    }
    for (qsizetype c = 0; c < sheet.header.size(); ++c) {
        if (const lxw_error e = api().worksheet_write_string(
                ws, headerRow, lxw_col_t(c), sheet.header[c].toUtf8().constData(), book.headerFormat());
            e != LXW_NO_ERROR)
            return cellRefused(sheet, headerRow, c, e);
    }
    api().worksheet_freeze_panes(ws, headerRow + 1, 0);
    for (qsizetype c = 0; c < sheet.columnWidths.size(); ++c) {
        if (const lxw_error e
            = api().worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), sheet.columnWidths[c], nullptr);
            e != LXW_NO_ERROR)
            return cellRefused(sheet, 0, c, e);
    }
    const QByteArray errorTitle = XlsxWriter::tr("Value out of range").toUtf8();
    for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
        if (r + 1 + headerRow >= LXW_ROW_MAX)
            return cellRefused(sheet, LXW_ROW_MAX, 0, LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE);
        const lxw_row_t row = lxw_row_t(r + 1 + headerRow);
        for (qsizetype c = 0; c < sheet.rows[r].size(); ++c) {
            const SheetCell &cell = sheet.rows[r][c];
            const lxw_col_t col = lxw_col_t(c);
            lxw_error e = LXW_NO_ERROR;
            // Text is always written as a string, never as a formula: a name "=HYPERLINK(...)" stays text.
            if (cell.number)
                e = api().worksheet_write_number(
                    ws, row, col, cell.number->toDouble(), book.numberFormat(cell.decimals));
            else if (!cell.text.isEmpty())
                e = api().worksheet_write_string(ws, row, col, cell.text.toUtf8().constData(), nullptr);
            if (e != LXW_NO_ERROR)
                return cellRefused(sheet, row, c, e);
            if (cell.inputMax) {
                // A number from 0 to the maximum, or na (not applicable); a decimal rule would refuse na.
                const QString ref = columnLetters(int(c)) + QString::number(row + 1);
                const QByteArray formula
                    = u"=OR(UPPER(%1)=\"NA\",AND(ISNUMBER(%1),%1>=0,%1<=%2))"_s.arg(ref, cell.inputMax->toString())
                          .toUtf8();
                const QByteArray message
                    = XlsxWriter::tr("Expected a number from 0 to %1, or na.").arg(cell.inputMax->toString()).toUtf8();
                lxw_data_validation v {};
                v.validate = LXW_VALIDATION_TYPE_CUSTOM_FORMULA;
                v.value_formula = const_cast<char *>(formula.constData());
                v.error_title = const_cast<char *>(errorTitle.constData());
                v.error_message = const_cast<char *>(message.constData());
                if (const lxw_error ve = api().worksheet_data_validation_cell(ws, row, col, &v); ve != LXW_NO_ERROR)
                    return cellRefused(sheet, row, c, ve);
            }
        }
    }
    return {};
}

// The workbook is assembled in a folder of its own under the system's temporary folder (libxlsxwriter writes
// files by name; ours go through OutputFile, which also takes a FIFO or a device).
Error assemblyFailed(const QString &folder, int errorNumber)
{
    // libxlsxwriter closes and frees its files after the failing write, and errno may not survive that (it does
    // not under the sanitizers): a disk left with almost nothing free is what a failed write there means.
    if (errorNumber != ENOSPC) {
        const QStorageInfo disk(folder);
        if (disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < 1024 * 1024)
            errorNumber = ENOSPC;
    }
    return {Error::Kind::Io,
        XlsxWriter::tr("the workbook could not be assembled in the temporary folder %1: %2")
            .arg(QDir::toNativeSeparators(folder), OutputFile::reason(errorNumber))};
}
} // namespace

Result<QByteArray> XlsxWriter::write(const QList<SheetData> &sheets)
{
    if (!api().error.isEmpty())
        return Error {Error::Kind::Internal, api().error};
    QTemporaryDir folder;
    if (!folder.isValid())
        return assemblyFailed(QDir::tempPath(), errno);
    const QString file = folder.filePath(u"workbook.xlsx"_s);
    {
        // libxlsxwriter prints its own failures on stderr ("[ERROR] workbook_close(): Zip ZIP_ERRNO error ..."): the
        // person reads our message instead, which names the file, the cell or the full disk.
        const platform::QuietStandardError quiet;
        Book book(QFile::encodeName(file), QFile::encodeName(folder.path()));
        if (!book.get())
            return assemblyFailed(folder.path(), errno);
        for (qsizetype i = 0; i < sheets.size(); ++i) {
            lxw_worksheet *ws = api().workbook_add_worksheet(book.get(), sheetName(sheets[i].name, int(i)).constData());
            if (!ws)
                return Error {Error::Kind::Internal, tr("the sheet \"%1\" cannot be added").arg(sheets[i].name)};
            if (const Status s = writeSheet(book, ws, sheets[i]); !s)
                return s.error();
        }
        if (const auto [e, errorNumber] = book.close(); e != LXW_NO_ERROR)
            return e == LXW_ERROR_MEMORY_MALLOC_FAILED ? assemblyFailed(folder.path(), ENOMEM)
                                                       : assemblyFailed(folder.path(), errorNumber);
    }
    QFile assembled(file);
    if (!assembled.open(QIODevice::ReadOnly))
        return assemblyFailed(folder.path(), errno);
    return assembled.readAll();
}

Status XlsxWriter::writeFile(const QString &path, const QList<SheetData> &sheets)
{
    // A target that cannot be written is refused before the workbook is built.
    if (const auto target = OutputFile::check(path); !target)
        return target.error();
    const auto bytes = write(sheets);
    if (!bytes)
        return Error {bytes.error().kind,
            tr("%1 cannot be written: %2.").arg(QDir::toNativeSeparators(path), bytes.error().message)};
    return OutputFile::write(path, *bytes);
}

} // namespace parindex
