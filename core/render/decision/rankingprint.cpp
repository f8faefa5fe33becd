#include "rankingprint.h"

#include "decisionfonts.h"
#include "pageflow.h"
#include "pdfbytes.h"

#include "desk/filetransfer.h"
#include "desk/periodranking.h"
#include "files/outputfile.h"
#include "io/formats.h"
#include "storage/database.h"

#include <QtGui/QPagedPaintDevice>
#include <QtGui/QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
constexpr qreal tablePt = 11;
constexpr qreal footerPt = 10;
constexpr int shownMissing = 8; // an incomplete unit's missing criteria named in its note; the rest counted

QPageLayout a4Landscape()
{
    // The margins are drawn by the flow; the device's own stay at the printer's minimum.
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(), QPageLayout::Millimeter);
}

QString dateText(const QDate &date, const QLocale &locale)
{
    return locale.language() == QLocale::Vietnamese ? date.toString(u"dd/MM/yyyy"_s)
                                                    : locale.toString(date, u"d MMMM yyyy"_s);
}

QString changeText(const UnitResult &r, const QLocale &locale)
{
    if (r.origin && r.origin->kind != UnitOrigin::Kind::Renamed)
        return RankingPrint::tr("new");
    const std::optional<int> &change = r.rankChange;
    if (!change)
        return {};
    if (*change == 0)
        return u"0"_s;
    return (*change > 0 ? u"+"_s : u"\u2212"_s) + locale.toString(std::abs(*change));
}

// Why a unit has no rank; an incomplete unit names its first missing criteria and counts the rest, so that a
// unit with nothing appraised yet does not fill a page.
QString reasonText(const UnitResult &r)
{
    if (r.origin && r.standing() == Standing::Ranked)
        return StandingText::origin(*r.origin); // why its rank change reads "new", or whose rank it is compared with
    if (r.standing() == Standing::Incomplete && r.missing.size() > shownMissing)
        return RankingPrint::tr(
            "appraised scores missing: %1 and %n more", nullptr, int(r.missing.size()) - shownMissing)
            .arg(r.missing.mid(0, shownMissing).join(u", "_s));
    return StandingText::reason(r);
}

QList<TableCell> unitRow(const UnitResult &r, const QLocale &locale)
{
    const bool ranked = r.standing() == Standing::Ranked;
    const bool hasIndex = r.hasIndex();
    const Qt::Alignment right = Qt::AlignRight;
    return {
        {ranked && r.rank ? locale.toString(*r.rank) : u"\u2013"_s},
        {r.unitName, 1, 1, false, false, Qt::AlignLeft},
        {hasIndex ? r.points.toString(locale, 2) : QString(), 1, 1, false, false, right},
        {r.max.toString(locale, 2), 1, 1, false, false, right},
        {hasIndex ? r.index.toString(locale, 2) : QString(), 1, 1, true, false, right},
        {hasIndex ? ClassBands::label(r.classCode) : QString()},
        {r.previousRank ? locale.toString(*r.previousRank) : QString()},
        {ranked ? changeText(r, locale) : QString()},
        {reasonText(r), 1, 1, false, true, Qt::AlignLeft},
    };
}

struct Laid
{
    std::shared_ptr<DecisionLayout::Content> content;
    QString footer;
};

Laid layOut(const RankingPrintDocument &doc, QPaintDevice *device)
{
    PageFlow flow(device);
    flow.startSection(QPageLayout::Landscape);
    const RankingTable &t = doc.table;
    const QString title = FileFormats::rankingTitle(t.year, doc.groupName);

    ParagraphStyle heading;
    heading.pointSize = 14;
    heading.bold = true;
    heading.alignment = Qt::AlignHCenter;
    heading.spaceAfterPt = 3;
    flow.paragraph(title, heading);
    ParagraphStyle sub;
    sub.pointSize = 11;
    sub.italic = true;
    sub.alignment = Qt::AlignHCenter;
    sub.spaceAfterPt = 8;
    const qsizetype unranked = t.unranked.size() + t.incomplete.size();
    const QString state = doc.final ? RankingPrint::tr("final results")
                                    : RankingPrint::tr("provisional results: the period is not final");
    flow.paragraph(RankingPrint::tr("Group: %1 · Year: %2 · %3 · Printed on %4")
                       .arg(doc.groupName, QString::number(t.year), state, dateText(doc.printed, doc.locale)),
        sub);
    flow.paragraph(RankingPrint::tr("%n unit(s) ranked", nullptr, int(t.ranked.size()))
            + (unranked > 0 ? u"; "_s + RankingPrint::tr("%n without a rank", nullptr, int(unranked)) : QString()),
        sub);

    // A4 landscape: the unit's name takes what the fixed columns leave, and wraps.
    // The note (why a unit has no rank) only when some unit has none.
    QList<qreal> fixedMm {16, 0, 22, 20, 22, 22, 19, 19, 48};
    const bool continuing
        = std::any_of(t.ranked.cbegin(), t.ranked.cend(), [](const UnitResult &r) { return r.origin.has_value(); });
    if (unranked == 0 && !continuing)
        fixedMm.removeLast();
    qreal fixed = 0;
    for (qreal w : fixedMm)
        fixed += flow.mm(w);
    TableSpec spec;
    spec.pointSize = tablePt;
    for (qreal w : fixedMm)
        spec.columnWidths.append(w > 0 ? flow.mm(w) : flow.bodyWidth() - fixed);
    QList<TableCell> header;
    for (const QString &text : {FileFormats::tr("Rank"), FileFormats::tr("Unit"), FileFormats::tr("Total points"),
             FileFormats::tr("Maximum points"), FileFormats::tr("PAR Index (%)"), FileFormats::tr("Class"),
             FileFormats::tr("Rank last year"), FileFormats::tr("Rank change"), FileFormats::tr("Note")}) {
        if (header.size() < fixedMm.size())
            header.append({text, 1, 1, true});
    }
    spec.header = {header};
    for (const UnitResult &r : t.ranked)
        spec.rows.append(unitRow(r, doc.locale).mid(0, fixedMm.size()));
    if (unranked > 0) {
        // The units without a rank under a line of their own, which never ends a page alone.
        spec.keepWithNext.insert(int(spec.rows.size()));
        spec.rows.append({{RankingPrint::tr("Not ranked"), int(fixedMm.size()), 1, true, true, Qt::AlignLeft}});
        for (const QList<UnitResult> *list : {&t.unranked, &t.incomplete}) {
            for (const UnitResult &r : *list)
                spec.rows.append(unitRow(r, doc.locale));
        }
    }
    flow.table(spec);
    return {flow.finish(false), title};
}

void paintOp(QPainter &painter, const PaintOp &op)
{
    if (const auto *line = std::get_if<LineOp>(&op)) {
        painter.setPen(QPen(Qt::black, line->width, Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(line->line);
    } else if (const auto *text = std::get_if<TextLineOp>(&op)) {
        painter.setPen(Qt::black);
        text->layout->lineAt(text->line).draw(&painter, text->origin);
    } else if (const auto *box = std::get_if<BoxTextOp>(&op)) {
        painter.setPen(Qt::black);
        painter.setFont(box->font);
        painter.drawText(box->box, box->flags, box->text);
    }
}
} // namespace

QString RankingPrint::pageText(int page, int pages)
{
    return tr("Page %1/%2").arg(page).arg(pages);
}

Result<RankingPrintDocument> RankingPrint::load(
    const Database &db, int year, const QString &groupCode, const QDate &printed, const QLocale &locale)
{
    const auto period = db.period(year, groupCode);
    if (!period)
        return period.error();
    auto table = rankPeriod(db, year, groupCode);
    if (!table)
        return table.error();
    auto name = FileTransfer::groupName(db, groupCode);
    if (!name)
        return name.error();
    return RankingPrintDocument {std::move(table).value(), std::move(name).value(), period->isFinal(), printed, locale};
}

Result<int> RankingPrint::render(const RankingPrintDocument &document, QPagedPaintDevice *device)
{
    if (const Status fonts = DecisionFonts::ensureLoaded(); !fonts)
        return fonts.error();
    if (!device->pageLayout().isEquivalentTo(a4Landscape()))
        device->setPageLayout(a4Landscape());
    QPainter painter;
    if (!painter.begin(device))
        return Error {Error::Kind::Io, tr("The ranking could not be drawn: the printer or file refused to start.")};
    // After begin(): some devices settle their resolution only then.
    const Laid laid = layOut(document, device);
    const QList<DecisionPage> &pages = laid.content->pages;
    const int count = int(pages.size());
    const QFont footerFont = DecisionFonts::font(footerPt, false, true);
    for (int i = 0; i < count; ++i) {
        if (i > 0 && !device->newPage())
            return Error {Error::Kind::Io, tr("The ranking could not be drawn: page %1 was refused.").arg(i + 1)};
        // A printer keeps its unprintable margins: move the origin back to the paper's corner.
        const QPageLayout current = device->pageLayout();
        const int dpi = device->logicalDpiX();
        const QPointF offset = current.paintRectPixels(dpi).topLeft() - current.fullRectPixels(dpi).topLeft();
        painter.save();
        painter.translate(-offset);
        for (const PaintOp &op : laid.content->ops[i])
            paintOp(painter, op);
        // The foot of every page: what the sheet is (a loose page still says so), and where it stands.
        const DecisionPage &page = pages[i];
        const qreal mm = laid.content->unitsPerMm;
        const QRectF foot(page.bodyRect.left(), page.bodyRect.bottom() + 5 * mm, page.bodyRect.width(), 8 * mm);
        painter.setFont(footerFont);
        painter.setPen(Qt::black);
        painter.drawText(foot, Qt::AlignLeft | Qt::AlignTop,
            tr("%1 · printed on %2").arg(laid.footer, dateText(document.printed, document.locale)));
        painter.drawText(foot, Qt::AlignRight | Qt::AlignTop, pageText(i + 1, count));
        painter.restore();
    }
    if (!painter.end())
        return Error {Error::Kind::Io, tr("The ranking could not be finished on the printer or file.")};
    return count;
}

Status RankingPrint::writePdf(const RankingPrintDocument &document, const QString &path)
{
    // Refused before the pages are laid out; drawn into memory, then written through OutputFile (whole or not at
    // all; a FIFO or a device directly).
    if (const auto target = OutputFile::check(path); !target)
        return target.error();
    const auto bytes = pdfBytes(FileFormats::rankingTitle(document.table.year, document.groupName),
        [&document](QPagedPaintDevice *device) -> Status {
            if (const auto rendered = render(document, device); !rendered)
                return rendered.error();
            return {};
        });
    if (!bytes)
        return bytes.error();
    return OutputFile::write(path, *bytes);
}

} // namespace parindex
