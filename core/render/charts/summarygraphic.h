#pragma once

#include "desk/summarytext.h"
#include "model/result.h"

#include <QtCore/QSizeF>
#include <QtGui/QImage>

class QPainter;

namespace parindex {

// The news of a ranking on one page (an infographic for the press office): the group average and its change over
// two years, the units per class, first and last, the largest rises and falls, the named unit's rank k/N; the same
// facts and words as SummaryText. A provisional year is marked on the page ("DỰ THẢO – số liệu tạm tính").
class SummaryGraphic
{
public:
    // The page in pixels (1/96 inch): A4's proportions, so the PDF fills one A4 page.
    static QSizeF pageSize();
    static void paint(QPainter *painter, const GroupSummary &summary, SummaryText::Language language);
    static QImage toImage(const GroupSummary &summary, SummaryText::Language language, qreal devicePixelRatio = 1);
    // PNG, SVG or PDF by the suffix; the file appears whole or not at all.
    static Status write(const GroupSummary &summary, SummaryText::Language language, const QString &path);
};

} // namespace parindex
