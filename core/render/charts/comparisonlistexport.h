#pragma once

#include "comparisonlist.h"

#include "model/result.h"

#include <QtCore/QCoreApplication>
#include <QtGui/QImage>

namespace parindex {

// A ComparisonList in a file or on the clipboard, every row of it: PDF on A4 pages (the scale repeated on each,
// about 60 units a page), SVG and PNG as one tall drawing. An image taller than image programs open is refused
// with a message that names the PDF.
class ComparisonListExport
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonListExport)
public:
    // Pixels (1/96 inch): the width of an image or a drawing, the tallest image written.
    static constexpr int ImageWidth = 1000;
    static constexpr int MaxImageHeight = 32767;

    // The height of the image of every row at ImageWidth.
    static int imageHeight(const ComparisonList &list);
    // Every row, at ImageWidth, the size times the device pixel ratio; refused when taller than MaxImageHeight.
    static Result<QImage> toImage(const ComparisonList &list, qreal devicePixelRatio = 1);
    // PNG, SVG or PDF by the suffix (ChartExport::formatOf); the file appears whole or not at all.
    static Status write(const ComparisonList &list, const QString &path);
    // The pages a PDF of the list has.
    static int pageCount(const ComparisonList &list);
};

} // namespace parindex
