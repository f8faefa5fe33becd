#pragma once

#include "decisionlayout.h"

#include <QtCore/QSet>
#include <QtGui/QFont>
#include <QtGui/QTextLayout>

#include <memory>
#include <variant>

namespace parindex {

// What a page draws, in page coordinates.
struct LineOp
{
    QLineF line;
    qreal width = 0;
};
struct TextLineOp // one line of a laid-out paragraph: drawn with its origin at `origin`
{
    std::shared_ptr<const QTextLayout> layout;
    int line = 0;
    QPointF origin;
};
struct BoxTextOp // a table cell's text, wrapped inside its box
{
    QRectF box;
    QFont font;
    int flags = 0;
    QString text;
    // Text on one line that fits the box (most cells: numbers, names), as measured when the table was laid out: its
    // width and the font's ascent and height, so that it is drawn at its place without wrapping it again. A negative
    // advance: wrapped text, drawn inside the box by the text engine.
    qreal advance = -1;
    qreal ascent = 0;
    qreal height = 0;
};
struct FigureOp // a figure scaled into its box
{
    QRectF box;
    DecisionFigure figure;
};
using PaintOp = std::variant<LineOp, TextLineOp, BoxTextOp, FigureOp>;

struct DecisionLayout::Content
{
    QList<DecisionPage> pages;
    QList<QList<PaintOp>> ops; // per page
    qreal unitsPerMm = 1;
    bool draft = false;
};

struct TextRun
{
    QString text;
    bool bold = false;
    bool italic = false;
};

struct ParagraphStyle
{
    qreal pointSize = 14;
    bool bold = false;
    bool italic = false;
    Qt::Alignment alignment = Qt::AlignJustify;
    qreal firstLineIndentMm = 0;
    qreal spaceBeforePt = 0;
    qreal spaceAfterPt = 6;
};

struct TableCell
{
    QString text;
    int columnSpan = 1;
    int rowSpan = 1; // header rows only
    bool bold = false;
    bool italic = false;
    Qt::Alignment alignment = Qt::AlignCenter;
};

struct TableSpec
{
    QList<qreal> columnWidths; // device units
    qreal pointSize = 12;
    QList<QList<TableCell>> header;
    QList<QList<TableCell>> rows;
    QSet<int> keepWithNext; // rows that stay on the page of the row after them (a section's title)
};

// A piece that stays on one page (a heading, the signature block), built in its own coordinates from
// columns of text, then placed by the flow.
class FlowBlock
{
public:
    struct Column
    {
        qreal x = 0;
        qreal width = 0;
        qreal y = 0;
    };

    explicit FlowBlock(QPaintDevice *device) : m_device(device) { }

    // Wrapped text in the column, advancing its y; returns the box of the ink lines (for rules under them).
    QRectF text(Column &column, const QString &text, const QFont &font, Qt::Alignment alignment = Qt::AlignHCenter);
    QRectF text(Column &column, const QList<TextRun> &runs, const QFont &font, Qt::Alignment alignment);
    // Centred text whose lines are about as long as each other: the narrowest width that keeps the line count.
    QRectF balancedText(Column &column, const QString &text, const QFont &font);
    // A horizontal rule centred in the column, advancing y by the gaps.
    void rule(Column &column, qreal length, qreal gapBefore, qreal gapAfter, qreal width);
    qreal height() const { return m_height; }
    const QList<PaintOp> &ops() const { return m_ops; }

private:
    QPaintDevice *m_device;
    QList<PaintOp> m_ops;
    qreal m_height = 0;
};

// Places paragraphs, blocks and tables on pages, opening pages as they fill.
class PageFlow
{
public:
    explicit PageFlow(QPaintDevice *device);

    QPaintDevice *device() const { return m_device; }
    qreal mm(qreal millimetres) const { return millimetres * m_unitsPerMm; }
    qreal pt(qreal points) const { return points * m_unitsPerMm * 25.4 / 72.0; }
    qreal bodyWidth(QPageLayout::Orientation orientation) const;
    qreal bodyWidth() const { return m_body.width(); }
    qreal textWidth(const QString &text, const QFont &font) const;

    // A new page that starts a section with its own page numbers.
    void startSection(QPageLayout::Orientation orientation);
    void space(qreal height);
    // Breaks the page when less than `height` remains (keeps a heading with what follows).
    void keepRoom(qreal height);
    void paragraph(const QList<TextRun> &runs, const ParagraphStyle &style);
    void paragraph(const QString &text, const ParagraphStyle &style) { paragraph({TextRun {text}}, style); }
    // The height paragraph() would take, spacing included.
    qreal paragraphHeight(const QList<TextRun> &runs, const ParagraphStyle &style) const;
    void place(const FlowBlock &block);
    // The last row keeps `trailing` room under it, so that what follows the table (a note) never starts a
    // page alone.
    void table(const TableSpec &spec, qreal trailing = 0);
    // A figure as wide as the body (or as high as a page allows), centred; on a new page if it does not fit, or
    // if it is taller than wide on a landscape page (and the other way round).
    void figure(const DecisionFigure &figure);

    std::shared_ptr<DecisionLayout::Content> finish(bool draft);

private:
    void newPage();
    std::shared_ptr<QTextLayout> layoutParagraph(const QList<TextRun> &runs, const ParagraphStyle &style) const;
    void addOps(const QList<PaintOp> &ops, QPointF offset);
    qreal remaining() const { return m_body.bottom() - m_y; }
    struct Grid;

    QPaintDevice *m_device;
    qreal m_unitsPerMm;
    std::shared_ptr<DecisionLayout::Content> m_content;
    QPageLayout::Orientation m_orientation = QPageLayout::Portrait;
    QRectF m_body;
    qreal m_y = 0;
    int m_section = -1;
    int m_pageInSection = 0;
    int m_tables = 0;
};

// Lays out text with runs of bold and italic in a width, as the flow and the blocks draw it.
std::shared_ptr<QTextLayout> layoutText(const QList<TextRun> &runs, const QFont &font, qreal width,
    Qt::Alignment alignment, qreal firstLineIndent, QPaintDevice *device);

} // namespace parindex
