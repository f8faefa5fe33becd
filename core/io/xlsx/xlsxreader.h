#pragma once

#include "io/csvtable.h"
#include "io/readcontrol.h"

namespace parindex {

// Bounds that keep a hostile or broken workbook from taking the machine: a zip bomb is stopped while it
// unpacks, a sheet with a million columns before it is held in memory.
struct XlsxLimits
{
    qint64 maxFileBytes = 200 * 1024 * 1024; // the .xlsx file itself
    qint64 maxPartBytes = 256 * 1024 * 1024; // one unpacked part (a sheet, the shared strings)
    qint64 maxTotalBytes = 512 * 1024 * 1024; // all parts read, unpacked
    int maxRows = 1048576; // Excel's own limits
    int maxColumns = 16384;
    qint64 maxCells = 5000000; // cells with a value
    // What the reading may hold: the file, its shared strings and the table read (parts are streamed, never held).
    qint64 maxMemoryBytes = 200 * 1024 * 1024;
};

// A sheet of an Office Open XML workbook (.xlsx, transitional or strict) read into the same table as a
// CSV file: the first row that is not blank is the header; each row keeps the number the spreadsheet
// shows, and each column its letter, so that problems name the cell ("D7"). Cell values as text:
// shared strings (rich text runs joined), inline strings, formula results, numbers in the C locale with
// at most 15 significant digits (what Excel keeps), booleans as TRUE and FALSE (no number), numbers styled as
// dates as yyyy-MM-dd (and HH:mm:ss when they have a time), trimmed and NFC-normalised. A cell is refused,
// naming it, when nothing can be read from it that the person sees: a formula without its computed value,
// an error value (#DIV/0!), an entity that the workbook does not define, an unknown cell type.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
public:
    // The sheets in workbook order.
    static Result<QStringList> sheetNames(
        const QByteArray &bytes, const QString &fileName, const XlsxLimits &limits = {});
    // The sheet named `sheet` (exact, else ignoring case), or the first sheet when `sheet` is empty.
    static Result<CsvTable> parse(const QByteArray &bytes, const QString &fileName, const QString &sheet = {},
        const ReadControl &control = {}, const XlsxLimits &limits = {});

    static Result<QStringList> readSheetNames(const QString &path);
    static Result<CsvTable> readFile(const QString &path, const QString &sheet = {}, const ReadControl &control = {});
};

} // namespace parindex
