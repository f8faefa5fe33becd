#pragma once

#include "model/result.h"

#include <QtCharts/QChart>
#include <QtCore/QCoreApplication>
#include <QtCore/QSize>
#include <QtGui/QImage>

#include <optional>

class QPainter;

namespace parindex {

// A chart on paper, in an image or in a file. The chart is laid out at a size in pixels (1/96 inch), so that
// fonts and labels keep their proportions whatever the target; PDF and SVG stay vectors.
class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
public:
    enum class Format { Png, Svg, Pdf };
    // By the file name's suffix (.png, .svg, .pdf, any case).
    static std::optional<Format> formatOf(const QString &path);

    // Draws the chart, laid out at `layoutSize`, into `target` of an active painter (a printer's page, a PDF,
    // a widget). A chart shown in a view is drawn from that view's scene and given back its geometry.
    static void paint(QChart *chart, QPainter *painter, const QRectF &target, const QSizeF &layoutSize);

    // An image for the clipboard or a PNG, `size` in pixels times the device pixel ratio.
    static QImage toImage(QChart *chart, const QSize &size, qreal devicePixelRatio = 1);

    // Writes PNG, SVG or PDF by the suffix; the file appears whole or not at all.
    static Status write(QChart *chart, const QString &path, const QSize &size, qreal devicePixelRatio = 1);
    static Status writePng(QChart *chart, const QString &path, const QSize &size, qreal devicePixelRatio = 1);
    static Status writeSvg(QChart *chart, const QString &path, const QSize &size);
    static Status writePdf(QChart *chart, const QString &path, const QSize &size);
};

} // namespace parindex
