#pragma once

#include "decisiondocument.h"

#include <QtCore/QRectF>
#include <QtGui/QPageLayout>

#include <memory>

class QPaintDevice;
class QPainter;

namespace parindex {

// One page of the laid-out decision, in the device's units with (0, 0) at the page's top-left corner.
struct DecisionPage
{
    // A table row placed on this page (header rows are repeated on every page of their table).
    struct Row
    {
        int table = 0; // tables in document order: the group annexes first, then the methodology tables
        int row = 0; // body rows from 0; header rows from 0 as well, with header set
        bool header = false;
        QRectF rect;
    };

    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QRectF pageRect;
    QRectF bodyRect; // inside the margins
    int section = 0; // 0: the decision; 1, 2...: its annexes, each numbered on its own (Decree 30/2020)
    int number = 0; // printed centred in the top margin; 0 on a section's first page, which shows none
    QList<Row> rows;
};

// The decision laid out page by page against a paint device: Decree 30/2020 geometry (A4, margins 20/20/30/15
// mm, Liberation Serif), the two-column heading, table rows that are never split, header rows repeated on each
// page, landscape annex pages where the columns need the width. One layout serves PDF, print and preview.
class DecisionLayout
{
public:
    static constexpr qreal topMarginMm = 20;
    static constexpr qreal bottomMarginMm = 20;
    static constexpr qreal leftMarginMm = 30;
    static constexpr qreal rightMarginMm = 15;

    // Measures against the device's resolution and fonts: build after QPainter::begin() on the device, and
    // after DecisionFonts::ensureLoaded().
    static DecisionLayout build(const DecisionDocument &document, QPaintDevice *device);

    const QList<DecisionPage> &pages() const;
    qreal unitsPerMm() const;
    // Draws one page; the painter's origin must be the page's top-left corner.
    void paintPage(QPainter &painter, qsizetype page) const;

    struct Content;
    // A layout another document made with the same page flow (a notice of appraisal results).
    static DecisionLayout fromContent(std::shared_ptr<const Content> content);

private:
    std::shared_ptr<const Content> m_content;
};

} // namespace parindex
