#pragma once

#include "model/result.h"
#include "model/unitresult.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDate>
#include <QtCore/QLocale>

class QPagedPaintDevice;

namespace parindex {

class Database;

// The ranking table on its own, as it goes on paper: what one period ranks, with the words around it.
struct RankingPrintDocument
{
    RankingTable table;
    QString groupName;
    bool final = false; // a final period's published ranking; otherwise the results are provisional
    QDate printed; // the date printed on every page; given, so that the same file prints the same pages
    QLocale locale; // numbers (91,92 in Vietnamese) and the date; the words follow the translator (tr)
};

// The ranking table printed by itself (the Ranking tab's "Print/Export ranking as PDF…" and
// `parindex-cli rank --out FILE.pdf`): A4 landscape, the title ("Ranking of the PAR Index 2024 of …", as
// FileFormats::rankingTitle), year, group and date, the table with its header row repeated on every page, rows
// never split, long unit names wrapped, units without a rank listed after the ranked ones with the reason, and
// "Page 1/3" at the foot of every page. Laid out by the decision's PageFlow, in its fonts.
class RankingPrint
{
    Q_DECLARE_TR_FUNCTIONS(RankingPrint)
public:
    // The period's ranking, group name and state from the file (rankPeriod: the published ranking once final).
    static Result<RankingPrintDocument> load(
        const Database &db, int year, const QString &groupCode, const QDate &printed, const QLocale &locale);
    // Paints every page on the device (a QPdfWriter, or a print dialog's QPrinter); returns the page count.
    static Result<int> render(const RankingPrintDocument &document, QPagedPaintDevice *device);
    // An A4 landscape PDF with the fonts embedded, through OutputFile (whole or not at all).
    static Status writePdf(const RankingPrintDocument &document, const QString &path);
    // "Page 2/3" (Vietnamese "Trang 2/3").
    static QString pageText(int page, int pages);
};

} // namespace parindex
