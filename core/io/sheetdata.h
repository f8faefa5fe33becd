#pragma once

#include "model/fixed.h"

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace parindex {

// One cell of a table we write: text, or a number that a workbook keeps as a number (so that Excel shows
// 91,92 to a Vietnamese user) and a CSV file writes with '.' as decimal point.
struct SheetCell
{
    QString text;
    std::optional<Fixed> number;
    int decimals = -1; // -1: as many as the value needs; n: always n places ("0.00")
    // A cell a person fills in (a template): a workbook accepts a number from 0 to inputMax, or na.
    std::optional<Fixed> inputMax;

    static SheetCell textCell(QString text) { return {std::move(text), std::nullopt, -1, std::nullopt}; }
    static SheetCell numberCell(Fixed value, int decimals = -1)
    {
        return {value.toString(decimals), value, decimals, std::nullopt};
    }
    static SheetCell optionalNumber(const std::optional<Fixed> &value, int decimals = -1)
    {
        return value ? numberCell(*value, decimals) : textCell({});
    }
    static SheetCell inputCell(const std::optional<Fixed> &value, Fixed max)
    {
        SheetCell c = optionalNumber(value);
        c.inputMax = max;
        return c;
    }
};

// A table to write: one CSV file, or one sheet of a workbook (header in row 1, or under the title).
struct SheetData
{
    QString name; // the sheet's name in a workbook
    QStringList header;
    QList<QList<SheetCell>> rows;
    QList<int> columnWidths; // in characters, per column; missing ones keep the default
    // Lines above the header, for a table people read (the ranking exported from the window): each in the first
    // column of its own row, then an empty row. The files of formats.md, which scripts read, have none.
    QStringList title = {};

    // The cells as text, for CSV.
    QList<QStringList> textRows() const
    {
        QList<QStringList> out;
        out.reserve(rows.size());
        for (const QList<SheetCell> &row : rows) {
            QStringList texts;
            texts.reserve(row.size());
            for (const SheetCell &c : row)
                texts.append(c.text);
            out.append(texts);
        }
        return out;
    }
};

} // namespace parindex
