#include "pageflow.h"

#include "decisionfonts.h"

#include <QtGui/QFontMetricsF>

#include <QtGui/QPaintDevice>
#include <array>
#include <optional>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
constexpr qreal a4ShortMm = 210;
constexpr qreal a4LongMm = 297;
constexpr qreal cellPaddingXMm = 1.2;
constexpr qreal cellPaddingYMm = 1.0;
constexpr qreal tableLinePt = 0.5;

QFont cellFont(const TableSpec &spec, const TableCell &cell)
{
    return DecisionFonts::font(spec.pointSize, cell.bold, cell.italic);
}

// A table's fonts (regular, bold, italic, both) and their metrics, each made once for the table's cells.
class CellFonts
{
public:
    CellFonts(const TableSpec &spec, QPaintDevice *device) : m_spec(spec), m_device(device) { }
    struct Font
    {
        QFont font;
        QFontMetricsF metrics;
    };
    const Font &of(const TableCell &cell)
    {
        std::optional<Font> &f = m_fonts[(cell.bold ? 1 : 0) | (cell.italic ? 2 : 0)];
        if (!f) {
            const QFont font = cellFont(m_spec, cell);
            f.emplace(Font {font, QFontMetricsF(font, m_device)});
        }
        return *f;
    }

private:
    const TableSpec &m_spec;
    QPaintDevice *m_device;
    std::array<std::optional<Font>, 4> m_fonts;
};

// A cell's text measured at `width`: its height, and its advance when it is one line that fits (else -1).
struct CellText
{
    qreal height = 0;
    qreal advance = -1;
};
CellText measureCell(const TableCell &cell, const QFontMetricsF &fm, qreal width)
{
    if (cell.text.isEmpty())
        return {fm.height(), -1};
    if (!cell.text.contains(u'\n')) {
        const qreal advance = fm.horizontalAdvance(cell.text);
        if (advance <= width)
            return {fm.height(), advance};
    }
    return {fm.boundingRect(QRectF(0, 0, width, 1e9), int(cell.alignment) | Qt::TextWordWrap, cell.text).height(), -1};
}
} // namespace

std::shared_ptr<QTextLayout> layoutText(const QList<TextRun> &runs, const QFont &font, qreal width,
    Qt::Alignment alignment, qreal firstLineIndent, QPaintDevice *device)
{
    QString text;
    QList<QTextLayout::FormatRange> formats;
    for (const TextRun &run : runs) {
        if (run.bold != font.bold() || run.italic != font.italic()) {
            QTextLayout::FormatRange range;
            range.start = int(text.size());
            range.length = int(run.text.size());
            range.format.setFontWeight(run.bold ? QFont::Bold : QFont::Normal);
            range.format.setFontItalic(run.italic);
            formats.append(range);
        }
        text += run.text;
    }
    auto layout = std::make_shared<QTextLayout>(text, font, device);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WordWrap);
    layout->setTextOption(option);
    layout->setFormats(formats);
    layout->beginLayout();
    for (bool first = true;; first = false) {
        QTextLine line = layout->createLine();
        if (!line.isValid())
            break;
        const qreal indent = first ? firstLineIndent : 0;
        line.setLineWidth(width - indent);
        line.setPosition(QPointF(indent, 0));
    }
    layout->endLayout();
    return layout;
}

QRectF FlowBlock::text(Column &column, const QString &text, const QFont &font, Qt::Alignment alignment)
{
    return this->text(column, {TextRun {text, font.bold(), font.italic()}}, font, alignment);
}

QRectF FlowBlock::text(Column &column, const QList<TextRun> &runs, const QFont &font, Qt::Alignment alignment)
{
    const auto layout = layoutText(runs, font, column.width, alignment, 0, m_device);
    const qreal step = QFontMetricsF(font, m_device).lineSpacing();
    QRectF ink;
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        const QPointF origin(column.x, column.y);
        m_ops.append(TextLineOp {layout, i, origin});
        const qreal left = column.x + line.naturalTextRect().x();
        const QRectF box(left, column.y, line.naturalTextWidth(), step);
        ink = ink.isNull() ? box : ink.united(box);
        column.y += step;
    }
    m_height = std::max(m_height, column.y);
    return ink;
}

QRectF FlowBlock::balancedText(Column &column, const QString &text, const QFont &font)
{
    const auto lineCount = [&](qreal width) {
        return layoutText({TextRun {text, font.bold(), font.italic()}}, font, width, Qt::AlignHCenter, 0, m_device)
            ->lineCount();
    };
    const int lines = lineCount(column.width);
    qreal low = 0;
    qreal high = column.width;
    for (int i = 0; lines > 1 && i < 14; ++i) {
        const qreal middle = (low + high) / 2;
        (lineCount(middle) > lines ? low : high) = middle;
    }
    Column narrow {column.x + (column.width - high) / 2, high, column.y};
    const QRectF ink = this->text(narrow, text, font, Qt::AlignHCenter);
    column.y = narrow.y;
    return ink;
}

void FlowBlock::rule(Column &column, qreal length, qreal gapBefore, qreal gapAfter, qreal width)
{
    column.y += gapBefore;
    const qreal x = column.x + (column.width - length) / 2;
    m_ops.append(LineOp {QLineF(x, column.y, x + length, column.y), width});
    column.y += gapAfter;
    m_height = std::max(m_height, column.y);
}

PageFlow::PageFlow(QPaintDevice *device)
    : m_device(device),
      m_unitsPerMm(device->logicalDpiY() / 25.4),
      m_content(std::make_shared<DecisionLayout::Content>())
{
    m_content->unitsPerMm = m_unitsPerMm;
}

qreal PageFlow::bodyWidth(QPageLayout::Orientation orientation) const
{
    const qreal width = orientation == QPageLayout::Portrait ? a4ShortMm : a4LongMm;
    return mm(width - DecisionLayout::leftMarginMm - DecisionLayout::rightMarginMm);
}

qreal PageFlow::textWidth(const QString &text, const QFont &font) const
{
    return QFontMetricsF(font, m_device).horizontalAdvance(text);
}

void PageFlow::startSection(QPageLayout::Orientation orientation)
{
    m_orientation = orientation;
    ++m_section;
    m_pageInSection = 0;
    newPage();
}

void PageFlow::newPage()
{
    const bool portrait = m_orientation == QPageLayout::Portrait;
    DecisionPage page;
    page.orientation = m_orientation;
    page.pageRect = QRectF(0, 0, mm(portrait ? a4ShortMm : a4LongMm), mm(portrait ? a4LongMm : a4ShortMm));
    page.bodyRect = page.pageRect.adjusted(mm(DecisionLayout::leftMarginMm), mm(DecisionLayout::topMarginMm),
        -mm(DecisionLayout::rightMarginMm), -mm(DecisionLayout::bottomMarginMm));
    page.section = m_section;
    ++m_pageInSection;
    page.number = m_pageInSection > 1 ? m_pageInSection : 0;
    m_body = page.bodyRect;
    m_y = m_body.top();
    m_content->pages.append(page);
    m_content->ops.append(QList<PaintOp>());
}

void PageFlow::space(qreal height)
{
    // Space at the top of a page is dropped, as a word processor does.
    if (m_y > m_body.top())
        m_y = std::min(m_y + height, m_body.bottom());
}

void PageFlow::keepRoom(qreal height)
{
    if (remaining() < height && m_y > m_body.top())
        newPage();
}

void PageFlow::addOps(const QList<PaintOp> &ops, QPointF offset)
{
    QList<PaintOp> &page = m_content->ops.last();
    for (PaintOp op : ops) {
        std::visit(
            [&](auto &o) {
                using T = std::decay_t<decltype(o)>;
                if constexpr (std::is_same_v<T, LineOp>)
                    o.line.translate(offset);
                else if constexpr (std::is_same_v<T, TextLineOp>)
                    o.origin += offset;
                else
                    o.box.translate(offset);
            },
            op);
        page.append(std::move(op));
    }
}

std::shared_ptr<QTextLayout> PageFlow::layoutParagraph(const QList<TextRun> &runs, const ParagraphStyle &style) const
{
    QList<TextRun> styled = runs;
    for (TextRun &run : styled) {
        run.bold = run.bold || style.bold;
        run.italic = run.italic || style.italic;
    }
    const QFont font = DecisionFonts::font(style.pointSize, style.bold, style.italic);
    return layoutText(styled, font, m_body.width(), style.alignment, mm(style.firstLineIndentMm), m_device);
}

void PageFlow::paragraph(const QList<TextRun> &runs, const ParagraphStyle &style)
{
    const auto layout = layoutParagraph(runs, style);
    const qreal step = QFontMetricsF(layout->font(), m_device).lineSpacing();
    space(pt(style.spaceBeforePt));
    for (int i = 0; i < layout->lineCount(); ++i) {
        if (remaining() < step)
            newPage();
        m_content->ops.last().append(TextLineOp {layout, i, QPointF(m_body.left(), m_y)});
        m_y += step;
    }
    space(pt(style.spaceAfterPt));
}

qreal PageFlow::paragraphHeight(const QList<TextRun> &runs, const ParagraphStyle &style) const
{
    const auto layout = layoutParagraph(runs, style);
    return layout->lineCount() * QFontMetricsF(layout->font(), m_device).lineSpacing() + pt(style.spaceBeforePt)
        + pt(style.spaceAfterPt);
}

void PageFlow::figure(const DecisionFigure &figure)
{
    if (figure.size.isEmpty() || !figure.paint)
        return;
    // A tall figure (many bars) on a portrait page, a wide one on a landscape page, in the same section.
    const auto orientation
        = figure.size.height() > figure.size.width() ? QPageLayout::Portrait : QPageLayout::Landscape;
    if (orientation != m_orientation) {
        m_orientation = orientation;
        newPage();
    }
    const qreal scale = std::min(m_body.width() / figure.size.width(), m_body.height() / figure.size.height());
    const QSizeF size = figure.size * scale;
    if (remaining() < size.height() && m_y > m_body.top())
        newPage();
    const QRectF box(QPointF(m_body.left() + (m_body.width() - size.width()) / 2, m_y), size);
    m_content->ops.last().append(FigureOp {box, figure});
    m_y += size.height();
}

void PageFlow::place(const FlowBlock &block)
{
    if (remaining() < block.height() && m_y > m_body.top())
        newPage();
    addOps(block.ops(), QPointF(m_body.left(), m_y));
    m_y += block.height();
}

// The cells of the header rows on a grid of columns, with their spans resolved.
struct PageFlow::Grid
{
    struct Placed
    {
        const TableCell *cell;
        int row;
        int column;
    };
    QList<Placed> cells;

    explicit Grid(const QList<QList<TableCell>> &rows, int columns)
    {
        QList<QList<bool>> taken(rows.size(), QList<bool>(columns, false));
        for (int r = 0; r < rows.size(); ++r) {
            int c = 0;
            for (const TableCell &cell : rows[r]) {
                while (c < columns && taken[r][c])
                    ++c;
                cells.append({&cell, r, c});
                for (int rr = r; rr < std::min<int>(r + cell.rowSpan, int(rows.size())); ++rr) {
                    for (int cc = c; cc < std::min(c + cell.columnSpan, columns); ++cc)
                        taken[rr][cc] = true;
                }
                c += cell.columnSpan;
            }
        }
    }
};

void PageFlow::table(const TableSpec &spec, qreal trailing)
{
    const int id = m_tables++;
    const int columns = int(spec.columnWidths.size());
    QList<qreal> edges {m_body.left()};
    for (qreal w : spec.columnWidths)
        edges.append(edges.last() + w);
    const qreal padX = mm(cellPaddingXMm);
    const qreal padY = mm(cellPaddingYMm);
    const qreal line = pt(tableLinePt);
    const auto span
        = [&](int column, int count) { return std::pair(edges[column], edges[std::min(column + count, columns)]); };
    CellFonts fonts(spec, m_device);
    const auto measure = [&](const TableCell &cell, int column) {
        const auto [x0, x1] = span(column, cell.columnSpan);
        return measureCell(cell, fonts.of(cell).metrics, x1 - x0 - 2 * padX);
    };
    const auto cellHeight = [&](const TableCell &cell, int column) { return measure(cell, column).height + 2 * padY; };
    const auto drawText = [&](QList<PaintOp> &ops, const TableCell &cell, const QRectF &box, qreal advance) {
        if (!cell.text.isEmpty()) {
            const CellFonts::Font &f = fonts.of(cell);
            ops.append(BoxTextOp {box.adjusted(padX, padY, -padX, -padY), f.font,
                int(cell.alignment | Qt::AlignVCenter) | Qt::TextWordWrap, cell.text, advance, f.metrics.ascent(),
                f.metrics.height()});
        }
    };

    // Header: heights per row from the cells that span one row; taller multi-row cells stretch the last.
    const Grid grid(spec.header, columns);
    QList<qreal> headerHeights(spec.header.size(), 0);
    for (const Grid::Placed &p : grid.cells) {
        if (p.cell->rowSpan == 1)
            headerHeights[p.row] = std::max(headerHeights[p.row], cellHeight(*p.cell, p.column));
    }
    for (const Grid::Placed &p : grid.cells) {
        const int last = std::min<int>(p.row + p.cell->rowSpan, int(spec.header.size())) - 1;
        qreal covered = 0;
        for (int r = p.row; r <= last; ++r)
            covered += headerHeights[r];
        headerHeights[last] += std::max<qreal>(0, cellHeight(*p.cell, p.column) - covered);
    }
    qreal headerHeight = 0;
    for (qreal h : headerHeights)
        headerHeight += h;

    const auto placeHeader = [&] {
        QList<qreal> tops {m_y};
        for (qreal h : headerHeights)
            tops.append(tops.last() + h);
        QList<PaintOp> &ops = m_content->ops.last();
        for (const Grid::Placed &p : grid.cells) {
            const auto [x0, x1] = span(p.column, p.cell->columnSpan);
            const int end = std::min<int>(p.row + p.cell->rowSpan, int(spec.header.size()));
            const QRectF box(QPointF(x0, tops[p.row]), QPointF(x1, tops[end]));
            for (const QLineF &side :
                {QLineF(box.topLeft(), box.topRight()), QLineF(box.bottomLeft(), box.bottomRight()),
                    QLineF(box.topLeft(), box.bottomLeft()), QLineF(box.topRight(), box.bottomRight())})
                ops.append(LineOp {side, line});
            drawText(ops, *p.cell, box, -1);
        }
        for (int r = 0; r < spec.header.size(); ++r) {
            m_content->pages.last().rows.append(
                {id, r, true, QRectF(QPointF(edges.first(), tops[r]), QPointF(edges.last(), tops[r + 1]))});
        }
        m_y = tops.last();
    };

    QList<qreal> heights;
    heights.reserve(spec.rows.size());
    QList<QList<qreal>> advances; // of each body cell: measured once, for its height and for drawing it
    advances.reserve(spec.rows.size());
    for (const QList<TableCell> &row : spec.rows) {
        qreal height = 0;
        QList<qreal> &rowAdvances = advances.emplace_back();
        rowAdvances.reserve(row.size());
        for (int c = 0, i = 0; i < row.size(); c += row[i].columnSpan, ++i) {
            const CellText text = measure(row[i], c);
            height = std::max(height, text.height + 2 * padY);
            rowAdvances.append(text.advance);
        }
        heights.append(height);
    }
    // The room a row needs: itself, the rows it keeps with, and what follows the table after the last row.
    const auto needed = [&](int r) {
        qreal room = heights[r];
        while (spec.keepWithNext.contains(r) && r + 1 < heights.size())
            room += heights[++r];
        return room + (r + 1 == heights.size() ? trailing : 0);
    };
    for (int r = 0; r < spec.rows.size(); ++r) {
        const QList<TableCell> &row = spec.rows[r];
        const qreal height = heights[r];
        // A row goes whole to the next page, under a repeated header; the header never ends a page alone.
        if (r == 0) {
            keepRoom(headerHeight + needed(r));
            placeHeader();
        } else if (remaining() < needed(r)) {
            newPage();
            placeHeader();
        }
        // The rules of a body row: its bottom, and the sides of its cells (the top is the row above's bottom).
        QList<PaintOp> &ops = m_content->ops.last();
        const qreal bottom = m_y + height;
        ops.append(LineOp {QLineF(edges.first(), bottom, edges.last(), bottom), line});
        ops.append(LineOp {QLineF(edges.first(), m_y, edges.first(), bottom), line});
        for (int c = 0, i = 0; i < row.size(); c += row[i].columnSpan, ++i) {
            const auto [x0, x1] = span(c, row[i].columnSpan);
            ops.append(LineOp {QLineF(x1, m_y, x1, bottom), line});
            drawText(ops, row[i], QRectF(x0, m_y, x1 - x0, height), advances[r][i]);
        }
        m_content->pages.last().rows.append(
            {id, r, false, QRectF(edges.first(), m_y, edges.last() - edges.first(), height)});
        m_y += height;
    }
}

std::shared_ptr<DecisionLayout::Content> PageFlow::finish(bool draft)
{
    m_content->draft = draft;
    return std::move(m_content);
}

} // namespace parindex
