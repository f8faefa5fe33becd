#include "decisionprint.h"

#include "decisionfonts.h"
#include "pdfbytes.h"

#include "files/outputfile.h"

#include <QtCore/QBuffer>
#include <QtGui/QPagedPaintDevice>
#include <QtGui/QPainter>
#include <QtGui/QPdfWriter>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {

QPageLayout a4(QPageLayout::Orientation orientation)
{
    return DecisionPrint::pageLayout(orientation);
}
} // namespace

QPageLayout DecisionPrint::pageLayout(QPageLayout::Orientation orientation)
{
    // The margins are drawn by the layout; the device's own stay at the printer's minimum.
    return QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(), QPageLayout::Millimeter);
}

Result<DecisionLayout> DecisionPrint::render(const DecisionDocument &document, QPagedPaintDevice *device, Sheets sheets)
{
    if (const Status fonts = DecisionFonts::ensureLoaded(); !fonts)
        return fonts.error();
    // A device already on it (the preview's printer, which has begun) is not asked again.
    if (!device->pageLayout().isEquivalentTo(a4(QPageLayout::Portrait)))
        device->setPageLayout(a4(QPageLayout::Portrait));
    QPainter painter;
    if (!painter.begin(device))
        return Error {Error::Kind::Io, tr("The decision could not be drawn: the printer or file refused to start.")};
    // After begin(): some devices settle their resolution only then.
    const DecisionLayout layout = DecisionLayout::build(document, device);
    const QList<DecisionPage> &pages = layout.pages();
    QPageLayout::Orientation sheet = QPageLayout::Portrait;
    bool turns = sheets == Sheets::DeviceTurns;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0) {
            // A printer that has begun (and the print preview) keeps its page layout: such a device gets the
            // landscape page turned on a portrait sheet, as a printed landscape annex is.
            if (pages[i].orientation != sheet && turns) {
                if (device->setPageLayout(a4(pages[i].orientation)))
                    sheet = pages[i].orientation;
                else
                    turns = false;
            }
            if (!device->newPage())
                return Error {Error::Kind::Io, tr("The decision could not be drawn: page %1 was refused.").arg(i + 1)};
        }
        // A printer keeps its unprintable margins: move the origin back to the paper's corner.
        const QPageLayout current = device->pageLayout();
        const int dpi = device->logicalDpiX();
        const QRectF full = current.fullRectPixels(dpi);
        const QPointF offset = current.paintRectPixels(dpi).topLeft() - full.topLeft();
        painter.save();
        painter.translate(-offset);
        if (pages[i].orientation != sheet) {
            // The page's top edge along the sheet's left edge (the sheet turns clockwise to be read).
            painter.translate(0, full.height());
            painter.rotate(-90);
        }
        layout.paintPage(painter, i);
        painter.restore();
    }
    if (!painter.end())
        return Error {Error::Kind::Io, tr("The decision could not be finished on the printer or file.")};
    return layout;
}

Result<DecisionLayout> DecisionPrint::layOutAsPdf(const DecisionDocument &document)
{
    if (const Status fonts = DecisionFonts::ensureLoaded(); !fonts)
        return fonts.error();
    // The writer writePdf() draws on, measured after begin() as render() measures: the same lines, the same pages.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(PdfResolution);
    writer.setPageLayout(a4(QPageLayout::Portrait));
    QPainter painter;
    if (!painter.begin(&writer))
        return Error {Error::Kind::Io, tr("The decision could not be drawn: the printer or file refused to start.")};
    DecisionLayout layout = DecisionLayout::build(document, &writer);
    painter.end();
    return layout;
}

QImage DecisionPrint::pageImage(const DecisionLayout &layout, qsizetype page, int width)
{
    const DecisionPage &p = layout.pages().at(page);
    const qreal scale = width / p.pageRect.width();
    QImage image(width, qMax(1, qRound(p.pageRect.height() * scale)), QImage::Format_RGB32);
    // The fonts of the table cells are in points: the image has the layout's resolution, drawn scaled down.
    const int dotsPerMeter = qRound(layout.unitsPerMm() * 1000);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter.scale(scale, scale);
    painter.translate(-p.pageRect.topLeft());
    layout.paintPage(painter, page);
    return image;
}

Status DecisionPrint::writePdf(const DecisionDocument &document, const QString &path)
{
    // Refused before the pages are laid out; drawn into memory, then written through OutputFile (whole or not at
    // all; a FIFO or a device directly).
    if (const auto target = OutputFile::check(path); !target)
        return target.error();
    const auto bytes = pdfBytes(document.documentTitle(), [&document](QPagedPaintDevice *device) -> Status {
        if (const auto rendered = render(document, device); !rendered)
            return rendered.error();
        return {};
    });
    if (!bytes)
        return bytes.error();
    return OutputFile::write(path, *bytes);
}

} // namespace parindex
