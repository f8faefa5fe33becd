#include "comparisonlistexport.h"

#include "chartexport.h"
#include "comparisonlistpaint.h"

#include "files/outputfile.h"

#include <QtCore/QBuffer>
#include <QtCore/QDir>
#include <QtGui/QFontMetricsF>
#include <QtGui/QPageSize>
#include <QtGui/QPainter>
#include <QtGui/QPdfWriter>
#include <QtSvg/QSvgGenerator>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
constexpr qreal Margin = 16; // around an image or a drawing, in pixels
constexpr qreal Gap = 8;
constexpr int ImageFontPixels = 13;
constexpr int PageFontPixels = 11; // about 8 points: 60 units on an A4 page
constexpr qreal PageMarginMm = 15;
constexpr qreal PixelsPerMm = 96.0 / 25.4;

QFont fontOf(int pixels)
{
    QFont font;
    font.setPixelSize(pixels);
    return font;
}

Error cannotWrite(const QString &path, const QString &reason)
{
    return {Error::Kind::Io, ChartExport::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason)};
}

QString notesText(const ComparisonList &list)
{
    return list.notes.join(u'\n');
}

qreal notesHeight(const ComparisonList &list, const QFont &font, qreal width)
{
    if (list.notes.isEmpty())
        return 0;
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, notesText(list)).height() + Gap;
}

void paintNotes(QPainter *painter, const QRectF &rect, const ComparisonList &list, const QFont &font)
{
    painter->save();
    painter->setFont(font);
    painter->setPen(Qt::black);
    painter->drawText(rect.adjusted(0, Gap, 0, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, notesText(list));
    painter->restore();
}

// Title, key and scale over the rows, as high as they are at `width`.
qreal headHeight(const ComparisonList &list, const QFont &font, qreal width)
{
    return ComparisonListPaint::titleHeight(list, font, width) + ComparisonListPaint::keyHeight(list, font, width) + Gap
        + ComparisonListPaint::scaleHeight(font);
}

qreal paintHead(QPainter *painter, QPointF at, qreal width, const ComparisonList &list, const QFont &font)
{
    const qreal title = ComparisonListPaint::titleHeight(list, font, width);
    ComparisonListPaint::paintTitle(painter, QRectF(at, QSizeF(width, title)), list, font);
    at.ry() += title;
    const qreal key = ComparisonListPaint::keyHeight(list, font, width);
    ComparisonListPaint::paintKey(painter, QRectF(at, QSizeF(width, key)), list, font);
    at.ry() += key + Gap;
    const qreal scale = ComparisonListPaint::scaleHeight(font);
    ComparisonListPaint::paintScale(painter, QRectF(at, QSizeF(width, scale)), list, font);
    return at.y() + scale;
}

qreal paintRows(QPainter *painter, qreal top, qreal left, qreal width, const ComparisonList &list, qsizetype from,
    qsizetype to, const QFont &font)
{
    // The lines once across the block (a page), not row by row: a PDF of 3,321 rows stays small and quick.
    const qreal h = ComparisonListPaint::rowHeight(font);
    const QRectF block(left, top, width, h * qreal(to - from));
    for (qsizetype i = from; i < to; ++i)
        ComparisonListPaint::paintBackground(
            painter, QRectF(left, top + h * qreal(i - from), width, h), list.rows[i], i % 2 == 1);
    ComparisonListPaint::paintGrid(painter, block, font);
    for (qsizetype i = from; i < to; ++i)
        ComparisonListPaint::paintBar(painter, QRectF(left, top + h * qreal(i - from), width, h), list.rows[i], font);
    ComparisonListPaint::paintThresholds(painter, block, list, font);
    return block.bottom();
}

QSizeF drawingSize(const ComparisonList &list)
{
    const QFont font = fontOf(ImageFontPixels);
    const qreal width = ComparisonListExport::ImageWidth - 2 * Margin;
    return {qreal(ComparisonListExport::ImageWidth),
        std::ceil(Margin + headHeight(list, font, width) + list.rows.size() * ComparisonListPaint::rowHeight(font)
            + notesHeight(list, font, width) + Margin)};
}

void paintDrawing(QPainter *painter, const ComparisonList &list)
{
    const QFont font = fontOf(ImageFontPixels);
    const qreal width = ComparisonListExport::ImageWidth - 2 * Margin;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    qreal y = paintHead(painter, QPointF(Margin, Margin), width, list, font);
    y = paintRows(painter, y, Margin, width, list, 0, list.rows.size(), font);
    paintNotes(painter, QRectF(Margin, y, width, notesHeight(list, font, width)), list, font);
}

// The rows of each A4 page, and whether the notes need a page of their own.
struct PagePlan
{
    QList<std::pair<qsizetype, qsizetype>> pages; // [from, to) of the rows
    bool notesOnOwnPage = false;
};

QSizeF pageContent()
{
    const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Millimeter) * PixelsPerMm;
    const qreal margin = PageMarginMm * PixelsPerMm;
    return {a4.width() - 2 * margin, a4.height() - 2 * margin};
}

PagePlan pagePlan(const ComparisonList &list)
{
    const QFont font = fontOf(PageFontPixels);
    const QSizeF content = pageContent();
    const qreal row = ComparisonListPaint::rowHeight(font);
    const qreal scale = ComparisonListPaint::scaleHeight(font);
    PagePlan plan;
    qsizetype next = 0;
    qreal used = headHeight(list, font, content.width());
    do {
        const auto fit = qsizetype(std::max(1.0, std::floor((content.height() - used) / row)));
        const qsizetype to = std::min(list.rows.size(), next + fit);
        plan.pages.append(std::pair(next, to));
        used = used + qreal(to - next) * row;
        next = to;
        if (next < list.rows.size())
            used = scale;
    } while (next < list.rows.size());
    plan.notesOnOwnPage = used + notesHeight(list, font, content.width()) > content.height();
    return plan;
}
} // namespace

int ComparisonListExport::imageHeight(const ComparisonList &list)
{
    return int(drawingSize(list).height());
}

Result<QImage> ComparisonListExport::toImage(const ComparisonList &list, qreal devicePixelRatio)
{
    const QSize size = drawingSize(list).toSize();
    if (size.height() * devicePixelRatio > MaxImageHeight) {
        return Error {Error::Kind::Usage,
            tr("An image of these %1 units would be %2 pixels tall: more than image programs open (%3 at most). "
               "Save the chart as a PDF document (A4 pages, every unit) or as an SVG drawing instead.")
                .arg(list.rows.size())
                .arg(qRound(size.height() * devicePixelRatio))
                .arg(MaxImageHeight)};
    }
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintDrawing(&painter, list);
    return image;
}

int ComparisonListExport::pageCount(const ComparisonList &list)
{
    const PagePlan plan = pagePlan(list);
    return int(plan.pages.size()) + (plan.notesOnOwnPage ? 1 : 0);
}

Status ComparisonListExport::write(const ComparisonList &list, const QString &path)
{
    const auto format = ChartExport::formatOf(path);
    if (!format) {
        return Error {Error::Kind::Usage,
            ChartExport::tr("%1: the file name must end in .png, .svg or .pdf.").arg(QDir::toNativeSeparators(path))};
    }
    if (const auto target = OutputFile::check(path); !target)
        return target.error();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    switch (*format) {
    case ChartExport::Format::Png: {
        const auto image = toImage(list);
        if (!image)
            return image.error();
        if (!image->save(&buffer, "PNG"))
            return cannotWrite(path, ChartExport::tr("the image could not be encoded"));
        break;
    }
    case ChartExport::Format::Svg: {
        const QSizeF size = drawingSize(list);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size.toSize());
        svg.setViewBox(QRectF(QPointF(), size));
        svg.setTitle(list.title);
        svg.setDescription(u"PAR Index desk"_s);
        QPainter painter;
        if (!painter.begin(&svg))
            return cannotWrite(path, ChartExport::tr("the drawing could not start"));
        paintDrawing(&painter, list);
        if (!painter.end())
            return cannotWrite(path, ChartExport::tr("the drawing could not be finished"));
        break;
    }
    case ChartExport::Format::Pdf: {
        QPdfWriter pdf(&buffer);
        pdf.setTitle(list.title);
        pdf.setCreator(u"PAR Index desk"_s);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF());
        pdf.setResolution(300);
        QPainter painter;
        if (!painter.begin(&pdf))
            return cannotWrite(path, ChartExport::tr("the drawing could not start"));
        painter.scale(pdf.resolution() / 96.0, pdf.resolution() / 96.0); // laid out in pixels, as on screen
        painter.setRenderHint(QPainter::Antialiasing);
        const QFont font = fontOf(PageFontPixels);
        const QSizeF content = pageContent();
        const qreal margin = PageMarginMm * PixelsPerMm;
        const PagePlan plan = pagePlan(list);
        const int pages = int(plan.pages.size()) + (plan.notesOnOwnPage ? 1 : 0);
        qreal y = 0;
        for (int p = 0; p < pages; ++p) {
            if (p > 0) {
                pdf.newPage();
                painter.setFont(font);
                painter.setPen(Qt::black);
                // Page numbers centred in the top margin from page 2 on, as the decision's.
                painter.drawText(QRectF(margin, 0, content.width(), margin), Qt::AlignCenter, QString::number(p + 1));
            }
            if (p >= plan.pages.size())
                y = margin;
            else if (p == 0)
                y = paintHead(&painter, QPointF(margin, margin), content.width(), list, font);
            else {
                const qreal scale = ComparisonListPaint::scaleHeight(font);
                ComparisonListPaint::paintScale(&painter, QRectF(margin, margin, content.width(), scale), list, font);
                y = margin + scale;
            }
            if (p < plan.pages.size())
                y = paintRows(
                    &painter, y, margin, content.width(), list, plan.pages[p].first, plan.pages[p].second, font);
        }
        paintNotes(&painter, QRectF(margin, y, content.width(), notesHeight(list, font, content.width())), list, font);
        if (!painter.end())
            return cannotWrite(path, ChartExport::tr("the drawing could not be finished"));
        break;
    }
    }
    buffer.close();
    return OutputFile::write(path, bytes);
}

} // namespace parindex
