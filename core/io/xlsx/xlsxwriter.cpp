#include "xlsxwriter.h"

#include "io/csvtable.h"

#include <xlsxwriter.h>

#include <dlfcn.h>

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
// libxlsxwriter and QuaZip both export minizip's zip* functions, QuaZip's with another ABI (they take a
// QIODevice). Linked into one process, libxlsxwriter's zipOpen() lands in QuaZip's copy and crashes. So
// libxlsxwriter is loaded at run time with RTLD_DEEPBIND: its own dependency, libminizip, answers its lookups
// before the process's. (AddressSanitizer refuses RTLD_DEEPBIND; a new link-map namespace isolates it too.)
struct Api
{
    decltype(&::workbook_new) workbook_new = nullptr;
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
    decltype(&::lxw_strerror) lxw_strerror = nullptr;
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
        resolve(workbook_new, "workbook_new");
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
        resolve(lxw_strerror, "lxw_strerror");
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
    explicit Book(const QByteArray &file) : m_book(api().workbook_new(file.constData())) { }
    ~Book()
    {
        if (m_book)
            api().workbook_close(m_book);
    }
    lxw_workbook *get() const { return m_book; }
    lxw_error close() { return api().workbook_close(std::exchange(m_book, nullptr)); }

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
    lxw_workbook *m_book;
    QHash<int, lxw_format *> m_numberFormats;
    lxw_format *m_header = nullptr;
};

lxw_error writeSheet(Book &book, lxw_worksheet *ws, const SheetData &sheet)
{
    for (qsizetype c = 0; c < sheet.header.size(); ++c) {
        if (const lxw_error e = api().worksheet_write_string(
                ws, 0, lxw_col_t(c), sheet.header[c].toUtf8().constData(), book.headerFormat());
            e != LXW_NO_ERROR)
            return e;
    }
    api().worksheet_freeze_panes(ws, 1, 0);
    for (qsizetype c = 0; c < sheet.columnWidths.size(); ++c)
        api().worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), sheet.columnWidths[c], nullptr);
    const QByteArray errorTitle = XlsxWriter::tr("Value out of range").toUtf8();
    for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
        const lxw_row_t row = lxw_row_t(r + 1);
        for (qsizetype c = 0; c < sheet.rows[r].size(); ++c) {
            const SheetCell &cell = sheet.rows[r][c];
            const lxw_col_t col = lxw_col_t(c);
            lxw_error e = LXW_NO_ERROR;
            if (cell.number)
                e = api().worksheet_write_number(
                    ws, row, col, cell.number->toDouble(), book.numberFormat(cell.decimals));
            else if (!cell.text.isEmpty())
                e = api().worksheet_write_string(ws, row, col, cell.text.toUtf8().constData(), nullptr);
            if (e != LXW_NO_ERROR)
                return e;
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
    if (!api().error.isEmpty())
        return Error {Error::Kind::Internal, tr("%1 cannot be written: %2").arg(native, api().error)};
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
        lxw_worksheet *ws = api().workbook_add_worksheet(book.get(), sheetName(sheets[i].name, int(i)).constData());
        if (!ws)
            return Error {
                Error::Kind::Internal, tr("%1: the sheet \"%2\" cannot be added.").arg(native, sheets[i].name)};
        if (const lxw_error e = writeSheet(book, ws, sheets[i]); e != LXW_NO_ERROR)
            return Error {
                Error::Kind::Io, tr("%1 cannot be written: %2").arg(native, QString::fromUtf8(api().lxw_strerror(e)))};
    }
    if (const lxw_error e = book.close(); e != LXW_NO_ERROR)
        return Error {
            Error::Kind::Io, tr("%1 cannot be written: %2").arg(native, QString::fromUtf8(api().lxw_strerror(e)))};
    // rename() replaces the target in one step on POSIX file systems; QFile::rename refuses an existing one.
    if (std::rename(QFile::encodeName(tempPath).constData(), QFile::encodeName(path).constData()) != 0)
        return Error {
            Error::Kind::Io, tr("%1 cannot be written: %2").arg(native, QString::fromLocal8Bit(std::strerror(errno)))};
    temp.setAutoRemove(false);
    return {};
}

} // namespace parindex
