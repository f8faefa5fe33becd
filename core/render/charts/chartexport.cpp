#include "chartexport.h"

#include "files/outputfile.h"

#include <QtCore/QBuffer>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtGui/QPainter>
#include <QtGui/QPdfWriter>
#include <QtSvg/QSvgGenerator>
#include <QtWidgets/QGraphicsLayout>
#include <QtWidgets/QGraphicsScene>

#include <memory>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
constexpr qreal PointsPerPixel = 72.0 / 96.0;

Error cannotWrite(const QString &path, const QString &reason)
{
    return {Error::Kind::Io, ChartExport::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason)};
}
} // namespace

std::optional<ChartExport::Format> ChartExport::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return Format::Png;
    if (suffix == u"svg")
        return Format::Svg;
    if (suffix == u"pdf")
        return Format::Pdf;
    return std::nullopt;
}

void ChartExport::paint(QChart *chart, QPainter *painter, const QRectF &target, const QSizeF &layoutSize)
{
    QGraphicsScene *scene = chart->scene();
    std::unique_ptr<QGraphicsScene> own;
    if (!scene) {
        own = std::make_unique<QGraphicsScene>();
        own->addItem(chart);
        scene = own.get();
    }
    const QRectF shown = chart->geometry();
    chart->setGeometry(QRectF(chart->pos(), layoutSize));
    // Margins that follow the size (a key below the plot) are laid out before drawing, not on the next event.
    if (chart->layout())
        chart->layout()->activate();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    scene->render(painter, target, chart->mapRectToScene(chart->rect()), Qt::IgnoreAspectRatio);
    painter->restore();
    chart->setGeometry(shown);
    if (chart->layout())
        chart->layout()->activate();
    if (own)
        own->removeItem(chart); // the caller keeps the chart
}

QImage ChartExport::toImage(QChart *chart, const QSize &size, qreal devicePixelRatio)
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(chart, &painter, QRectF(QPointF(), QSizeF(size)), size);
    return image;
}

Status ChartExport::write(QChart *chart, const QString &path, const QSize &size, qreal devicePixelRatio)
{
    const auto format = formatOf(path);
    if (!format) {
        return Error {Error::Kind::Usage,
            tr("%1: the file name must end in .png, .svg or .pdf.").arg(QDir::toNativeSeparators(path))};
    }
    switch (*format) {
    case Format::Png:
        return writePng(chart, path, size, devicePixelRatio);
    case Format::Svg:
        return writeSvg(chart, path, size);
    case Format::Pdf:
        return writePdf(chart, path, size);
    }
    return {};
}

// Each format is drawn into memory, then written through OutputFile: a target that may not be written is refused
// before the drawing, a regular file appears whole or not at all, a FIFO or a device is written directly.
Status ChartExport::writePng(QChart *chart, const QString &path, const QSize &size, qreal devicePixelRatio)
{
    if (const auto target = OutputFile::check(path); !target)
        return target.error();
    const QImage image = toImage(chart, size, devicePixelRatio);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return cannotWrite(path, tr("the image could not be encoded"));
    return OutputFile::write(path, bytes);
}

Status ChartExport::writeSvg(QChart *chart, const QString &path, const QSize &size)
{
    if (const auto target = OutputFile::check(path); !target)
        return target.error();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(), size));
        svg.setTitle(chart->title());
        svg.setDescription(u"PAR Index desk"_s);
        QPainter painter;
        if (!painter.begin(&svg))
            return cannotWrite(path, tr("the drawing could not start"));
        paint(chart, &painter, QRectF(QPointF(), QSizeF(size)), size);
        if (!painter.end())
            return cannotWrite(path, tr("the drawing could not be finished"));
    }
    return OutputFile::write(path, bytes);
}

Status ChartExport::writePdf(QChart *chart, const QString &path, const QSize &size)
{
    if (const auto target = OutputFile::check(path); !target)
        return target.error();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setTitle(chart->title());
        pdf.setCreator(u"PAR Index desk"_s);
        pdf.setPageSize(QPageSize(QSizeF(size) * PointsPerPixel, QPageSize::Point));
        pdf.setPageMargins(QMarginsF());
        pdf.setResolution(300);
        QPainter painter;
        if (!painter.begin(&pdf))
            return cannotWrite(path, tr("the drawing could not start"));
        paint(chart, &painter, QRectF(0, 0, pdf.width(), pdf.height()), size);
        if (!painter.end())
            return cannotWrite(path, tr("the drawing could not be finished"));
    }
    return OutputFile::write(path, bytes);
}

} // namespace parindex
