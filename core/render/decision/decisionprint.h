#pragma once

#include "decisiondocument.h"
#include "decisionlayout.h"

#include "model/result.h"

#include <QtCore/QCoreApplication>

#include <QtGui/QImage>
#include <QtGui/QPageLayout>

class QPagedPaintDevice;

namespace parindex {

// The one way a decision reaches paper: render() paints it on any paged device (QPdfWriter, or the QPrinter
// of a print dialog or of QPrintPreviewDialog::paintRequested), so PDF, print and preview always match.
class DecisionPrint
{
    Q_DECLARE_TR_FUNCTIONS(DecisionPrint)
public:
    // How a device takes a landscape page once painting has begun: it turns its sheet (QPdfWriter, a QPrinter
    // printing to PDF), or it keeps the layout it began with (a printer at work, the print preview), and the
    // landscape page is drawn turned on a portrait sheet. A device that refuses a turn it was asked for is not
    // asked again in the same document.
    enum class Sheets { DeviceTurns, KeptPortrait };
    // The A4 page the decision is laid out on (its margins are drawn by the layout).
    static QPageLayout pageLayout(QPageLayout::Orientation orientation);
    // Lays the document out on the device and paints every page; returns the layout it painted.
    static Result<DecisionLayout> render(
        const DecisionDocument &document, QPagedPaintDevice *device, Sheets sheets = Sheets::DeviceTurns);
    // The decision laid out exactly as writePdf() lays it out (same resolution, same pages), for drawing its pages
    // elsewhere: the Decision tab's preview draws them as images on a worker thread. Usable off the GUI thread when
    // the document's figures are (see DecisionFigure).
    static Result<DecisionLayout> layOutAsPdf(const DecisionDocument &document);
    // One page of such a layout as an image `width` px wide (its height follows the page), white paper.
    static QImage pageImage(const DecisionLayout &layout, qsizetype page, int width);
    // Writes an A4 PDF/A-1b file with the fonts embedded; the file appears whole or not at all.
    static Status writePdf(const DecisionDocument &document, const QString &path);
};

} // namespace parindex
