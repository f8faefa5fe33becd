#pragma once

#include "io/sheetdata.h"
#include "model/result.h"

#include <QtCore/QCoreApplication>

namespace parindex {

// Writes .xlsx workbooks with libxlsxwriter: a bold, frozen header row; numbers as numbers (with "0.00"
// where a cell asks for two decimals), so that Excel shows them in the reader's own number format; input
// cells of a template checked as decimals from 0 to their maximum. The workbook is written to a temporary
// file beside the target and renamed onto it only when libxlsxwriter closed it without an error: the target
// appears whole or not at all.
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)
public:
    static Status writeFile(const QString &path, const QList<SheetData> &sheets);
};

} // namespace parindex
