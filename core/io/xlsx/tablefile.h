#pragma once

#include "io/csvtable.h"
#include "io/readcontrol.h"
#include "io/sheetdata.h"

namespace parindex {

// A table file of either format, told apart by its extension: .xlsx is a workbook, anything else CSV. A file
// read is a workbook also when its first bytes say so (an .xlsx file renamed .csv, or without extension).
// What the command line and the app read and write, so that both take the same files.
class TableFile
{
    Q_DECLARE_TR_FUNCTIONS(TableFile)
public:
    static bool isWorkbook(const QString &path);
    // A file to read that is a workbook: by its extension, or by the zip archive's first bytes.
    static bool readsAsWorkbook(const QString &path);

    // The sheets of a workbook; a CSV file has none.
    static Result<QStringList> sheetNames(const QString &path);
    // A CSV file, or a workbook's sheet (the first unless `sheet` names one; a CSV file takes no sheet).
    static Result<CsvTable> read(const QString &path, const QString &sheet = {}, const ReadControl &control = {});
    // A workbook with one sheet per table, or a CSV file (UTF-8 with BOM) of the first table. Whole or not at all.
    static Status write(const QString &path, const QList<SheetData> &sheets);
};

} // namespace parindex
