#pragma once

#include "io/sheetdata.h"
#include "model/result.h"

#include <QtCore/QCoreApplication>

namespace parindex {

// Writes .xlsx workbooks with libxlsxwriter: a bold, frozen header row; numbers as numbers (with "0.00"
// where a cell asks for two decimals), so that Excel shows them in the reader's own number format; input
// cells of a template checked as decimals from 0 to their maximum; text always as text, never as a formula.
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)
public:
    // The bytes of the workbook, assembled in a temporary folder of its own.
    static Result<QByteArray> write(const QList<SheetData> &sheets);
    // Through OutputFile: the target appears whole or not at all, a FIFO or a device is written directly.
    static Status writeFile(const QString &path, const QList<SheetData> &sheets);
};

} // namespace parindex
