#pragma once

#include "decisiondocument.h"
#include "decisionlayout.h"

#include "model/result.h"

#include <QtCore/QCoreApplication>

class QPagedPaintDevice;

namespace parindex {

// The one way a decision reaches paper: render() paints it on any paged device (QPdfWriter, or the QPrinter
// of a print dialog or of QPrintPreviewDialog::paintRequested), so PDF, print and preview always match.
class DecisionPrint
{
    Q_DECLARE_TR_FUNCTIONS(DecisionPrint)
public:
    // Lays the document out on the device and paints every page; returns the layout it painted.
    static Result<DecisionLayout> render(const DecisionDocument &document, QPagedPaintDevice *device);
    // Writes an A4 PDF/A-1b file with the fonts embedded; the file appears whole or not at all.
    static Status writePdf(const DecisionDocument &document, const QString &path);
};

} // namespace parindex
