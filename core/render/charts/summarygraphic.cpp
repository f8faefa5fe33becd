#include "summarygraphic.h"

#include "chartexport.h"
#include "chartstyle.h"

#include "files/outputfile.h"

#include <QtCore/QBuffer>
#include <QtCore/QDir>
#include <QtGui/QFontMetricsF>
#include <QtGui/QPageSize>
#include <QtGui/QPainter>
#include <QtGui/QPainterPath>
#include <QtGui/QPdfWriter>
#include <QtSvg/QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
using Language = SummaryText::Language;

constexpr qreal Margin = 36;
constexpr qreal Gap = 14;
constexpr qreal PixelsPerMm = 96.0 / 25.4;
constexpr int MaxNames = 5; // names of a tie shown before "and N more"

const QColor Ink(0x22, 0x22, 0x22);
const QColor Muted(0x66, 0x66, 0x66);
const QColor Navy(0x1f, 0x3b, 0x63);
const QColor Panel(0xf3, 0xf5, 0xf8);
const QColor Up(0x1a, 0x86, 0x3b);
const QColor Down(0xc6, 0x28, 0x28);
const QColor Draft(0xc6, 0x28, 0x28);

bool vi(Language language)
{
    return language == Language::Vietnamese;
}

// The words of the page, in each language (document content, as SummaryText's).
QString words(Language language, const char16_t *vietnamese, const char16_t *english)
{
    return QString::fromUtf16(vi(language) ? vietnamese : english);
}

QFont font(qreal pixels, bool bold = false)
{
    QFont f(u"Liberation Sans"_s);
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(qRound(pixels));
    f.setBold(bold);
    return f;
}

QString points(Fixed value, Language language)
{
    QLocale locale = vi(language) ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                  : QLocale(QLocale::English, QLocale::UnitedStates);
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return value.toString(locale, 2);
}

// Draws `text` wrapped at the top of `area`; returns the height it took.
qreal paragraph(QPainter *p, const QRectF &area, const QFont &f, const QColor &color, const QString &text,
    Qt::Alignment align = Qt::AlignLeft)
{
    const int flags = int(align) | int(Qt::AlignTop) | int(Qt::TextWordWrap);
    const QRectF used = QFontMetricsF(f).boundingRect(area, flags, text);
    p->setFont(f);
    p->setPen(color);
    p->drawText(area, flags, text);
    return used.height();
}

void panel(QPainter *p, const QRectF &r)
{
    p->setPen(Qt::NoPen);
    p->setBrush(Panel);
    p->drawRoundedRect(r, 8, 8);
    p->setBrush(Qt::NoBrush);
}

qreal sectionTitle(QPainter *p, const QRectF &area, const QString &title)
{
    return paragraph(p, area, font(15, true), Navy, title.toUpper()) + 6;
}

// "A, B, C, D, E và 3 đơn vị khác"
QStringList shownNames(
    const QList<SummaryEntry> &entries, const std::function<QString(const SummaryEntry &)> &line, Language language)
{
    QStringList lines;
    for (qsizetype i = 0; i < entries.size() && i < MaxNames; ++i)
        lines.append(line(entries[i]));
    if (entries.size() > MaxNames) {
        const auto more = entries.size() - MaxNames;
        lines.append(vi(language) ? u"và %1 đơn vị khác"_s.arg(more) : u"and %1 more"_s.arg(more));
    }
    return lines;
}

qreal header(QPainter *p, const GroupSummary &s, Language language, qreal width)
{
    const qreal height = 118;
    p->fillRect(QRectF(0, 0, width, height), Navy);
    const QString title = (vi(language) ? u"CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM %1"_s : u"PAR INDEX %1"_s).arg(s.now.year);
    const qreal badgeWidth = 230;
    const QRectF text(Margin, 22, width - 2 * Margin - badgeWidth - Gap, height - 30);
    qreal y = text.top();
    y += paragraph(p, QRectF(text.left(), y, text.width(), 80), font(25, true), Qt::white, title) + 4;
    paragraph(p, QRectF(text.left(), y, text.width(), 60), font(17), QColor(0xdd, 0xe6, 0xf2),
        s.groupName.isEmpty() ? s.groupCode : s.groupName);
    const QRectF badge(width - Margin - badgeWidth, 30, badgeWidth, 52);
    p->setPen(Qt::NoPen);
    p->setBrush(s.now.published ? Up : Draft);
    p->drawRoundedRect(badge, 6, 6);
    p->setBrush(Qt::NoBrush);
    p->setFont(font(14, true));
    p->setPen(Qt::white);
    p->drawText(badge.adjusted(8, 4, -8, -4), Qt::AlignCenter | Qt::TextWordWrap,
        s.now.published ? words(language, u"KẾT QUẢ ĐÃ CÔNG BỐ", u"PUBLISHED RESULTS")
                        : words(language, u"DỰ THẢO – SỐ LIỆU TẠM TÍNH", u"DRAFT – PROVISIONAL FIGURES"));
    return height;
}

// "▲ 0,57 điểm so với 2022", or why there is no change.
std::pair<QString, QColor> changeLine(const GroupSummary &s, qsizetype i, Language language)
{
    const SummaryYear &y = s.earlier[i];
    if (!y.exists)
        return {vi(language) ? u"%1: chưa có kỳ đánh giá"_s.arg(y.year) : u"%1: no period"_s.arg(y.year), Muted};
    const auto change = s.averageChange(i);
    if (!change)
        return {
            vi(language) ? u"%1: chưa có đơn vị xếp hạng"_s.arg(y.year) : u"%1: no unit ranked"_s.arg(y.year), Muted};
    const QString provisional = y.published ? QString() : words(language, u" (tạm tính)", u" (provisional)");
    if (*change == Fixed())
        return {(vi(language) ? u"= bằng năm %1%2"_s : u"= same as %1%2"_s).arg(y.year).arg(provisional), Muted};
    const bool up = *change > Fixed();
    return {
        (vi(language) ? u"%1 %2 điểm so với %3%4"_s : u"%1 %2 points on %3%4"_s)
            .arg(up ? u"▲"_s : u"▼"_s, points(up ? *change : -*change, language), QString::number(y.year), provisional),
        up ? Up : Down};
}

qreal tiles(QPainter *p, const GroupSummary &s, Language language, qreal top, qreal width)
{
    const qreal h = 136;
    const qreal w = (width - 2 * Margin - 2 * Gap) / 3;
    const QString provisional = s.now.published ? QString() : words(language, u" (tạm tính)", u" (provisional)");
    // The average and its change.
    QRectF r(Margin, top, w, h);
    panel(p, r);
    QRectF in = r.adjusted(14, 12, -14, -10);
    qreal y = in.top();
    y += paragraph(p, QRectF(in.left(), y, in.width(), 40), font(14), Muted,
        words(language, u"Chỉ số bình quân", u"Average index") + provisional);
    y += paragraph(p, QRectF(in.left(), y, in.width(), 50), font(34, true), Ink,
        s.now.average ? SummaryText::percent(*s.now.average, language) : u"–"_s);
    for (qsizetype i = 0; i < s.earlier.size(); ++i) {
        const auto [text, color] = changeLine(s, i, language);
        y += paragraph(p, QRectF(in.left(), y, in.width(), 40), font(13, true), color, text);
    }
    // The units ranked.
    r.translate(w + Gap, 0);
    panel(p, r);
    in = r.adjusted(14, 12, -14, -10);
    y = in.top();
    y += paragraph(p, QRectF(in.left(), y, in.width(), 40), font(14), Muted,
        words(language, u"Đơn vị được xếp hạng", u"Units ranked"));
    paragraph(p, QRectF(in.left(), y, in.width(), 60), font(44, true), Ink, QString::number(s.now.ranked));
    // The first.
    r.translate(w + Gap, 0);
    panel(p, r);
    in = r.adjusted(14, 12, -14, -10);
    y = in.top();
    y += paragraph(p, QRectF(in.left(), y, in.width(), 40), font(14), Muted, words(language, u"Dẫn đầu", u"First"));
    if (!s.first.isEmpty()) {
        QStringList names;
        for (const SummaryEntry &e : s.first)
            names.append(e.name);
        const QFont nameFont = font(s.first.size() > 1 ? 17 : 22, true);
        const QString shown = QFontMetricsF(nameFont).elidedText(names.join(u", "_s), Qt::ElideRight, in.width() * 2.6);
        y += paragraph(p, QRectF(in.left(), y, in.width(), 64), nameFont, Ink, shown);
        paragraph(p, QRectF(in.left(), y + 2, in.width(), 40), font(20), Up,
            SummaryText::percent(s.first.first().index, language));
    }
    return h;
}

qreal classBars(QPainter *p, const GroupSummary &s, Language language, const QRectF &area)
{
    qreal y = area.top() + sectionTitle(p, area, words(language, u"Xếp loại", u"Classes"));
    const qreal labelWidth = 100;
    const qreal countWidth = 44;
    const qreal barLeft = area.left() + labelWidth;
    const qreal barWidth = area.width() - labelWidth - countWidth;
    for (const auto &[code, n] : s.classes) {
        const QRectF row(area.left(), y, area.width(), 30);
        p->setFont(font(14));
        p->setPen(Ink);
        p->drawText(QRectF(row.left(), row.top(), labelWidth - 8, row.height()), Qt::AlignLeft | Qt::AlignVCenter,
            SummaryText::classLabel(code, language));
        const qreal share = s.now.ranked > 0 ? qreal(n) / qreal(s.now.ranked) : 0;
        const QRectF bar(barLeft, row.top() + 5, std::max(2.0, barWidth * share), row.height() - 10);
        p->fillRect(QRectF(barLeft, bar.top(), barWidth, bar.height()), QColor(0xe6, 0xe9, 0xee));
        if (n > 0)
            p->fillRect(bar, chartstyle::classColor(code));
        p->setFont(font(15, true));
        p->setPen(n > 0 ? Ink : Muted);
        p->drawText(QRectF(barLeft + barWidth + 6, row.top(), countWidth - 6, row.height()),
            Qt::AlignLeft | Qt::AlignVCenter, QString::number(n));
        if (n == 0) {
            p->setFont(font(12));
            p->drawText(QRectF(barLeft + 8, row.top(), barWidth - 8, row.height()), Qt::AlignLeft | Qt::AlignVCenter,
                words(language, u"không có đơn vị nào", u"no unit"));
        }
        y += row.height() + 2;
    }
    return y - area.top();
}

qreal averageBars(QPainter *p, const GroupSummary &s, Language language, const QRectF &area)
{
    const qreal titleHeight
        = sectionTitle(p, area, words(language, u"Chỉ số bình quân qua các năm", u"Average over the years"));
    QList<SummaryYear> years {s.now};
    for (const SummaryYear &y : s.earlier)
        years.prepend(y);
    const qreal plotTop = area.top() + titleHeight + 22;
    const qreal plotBottom = area.top() + 190;
    const qreal slot = area.width() / qreal(years.size());
    // The bars start at 0: a chart that cuts its axis makes a small change look large.
    for (qsizetype i = 0; i < years.size(); ++i) {
        const SummaryYear &y = years[i];
        const qreal x = area.left() + slot * qreal(i) + slot * 0.2;
        const qreal w = slot * 0.6;
        p->setFont(font(13));
        p->setPen(Ink);
        p->drawText(QRectF(area.left() + slot * qreal(i), plotBottom + 4, slot, 20), Qt::AlignCenter,
            QString::number(y.year) + (y.exists && !y.published ? u"*"_s : QString()));
        if (!y.average) {
            p->setPen(Muted);
            p->setFont(font(12));
            p->drawText(QRectF(x - slot * 0.15, plotBottom - 40, w + slot * 0.3, 36),
                Qt::AlignCenter | Qt::TextWordWrap,
                y.exists ? words(language, u"chưa xếp hạng", u"not ranked")
                         : words(language, u"chưa có kỳ đánh giá", u"no period"));
            continue;
        }
        const qreal h = (plotBottom - plotTop) * y.average->toDouble() / 100.0;
        const QRectF bar(x, plotBottom - h, w, h);
        const QColor color = y.year == s.now.year ? Navy : QColor(0x8a, 0xa0, 0xbf);
        p->fillRect(bar, color);
        if (!y.published) // provisional: hatched
            p->fillRect(bar, QBrush(Qt::white, Qt::BDiagPattern));
        p->setFont(font(14, true));
        p->setPen(Ink);
        p->drawText(
            QRectF(x - 20, bar.top() - 20, w + 40, 18), Qt::AlignCenter, SummaryText::percent(*y.average, language));
    }
    p->setPen(QPen(Muted, 1));
    p->drawLine(QPointF(area.left(), plotBottom), QPointF(area.right(), plotBottom));
    return plotBottom + 24 - area.top();
}

qreal firstAndLast(QPainter *p, const GroupSummary &s, Language language, const QRectF &area)
{
    if (s.last.isEmpty() || s.last.first().rank == s.first.first().rank)
        return 0;
    qreal y = area.top() + sectionTitle(p, area, words(language, u"Đứng cuối", u"Last"));
    const QStringList lines = shownNames(
        s.last,
        [&](const SummaryEntry &e) {
            return u"%1   %2/%3   %4"_s.arg(e.name, QString::number(e.rank), QString::number(s.now.ranked),
                SummaryText::percent(e.index, language));
        },
        language);
    y += paragraph(p, QRectF(area.left(), y, area.width(), 200), font(15), Ink, lines.join(u'\n'));
    return y - area.top();
}

qreal moversColumn(QPainter *p, const SummaryMovers &m, bool published, Language language, const QRectF &area)
{
    const QString provisional = published ? QString() : words(language, u" (tạm tính)", u" (provisional)");
    qreal y = area.top()
        + paragraph(p, area, font(15, true), Ink,
            (vi(language) ? u"So với năm %1%2"_s : u"Against %1%2"_s).arg(QString::number(m.fromYear), provisional))
        + 6;
    if (!m.compared) {
        y += paragraph(p, QRectF(area.left(), y, area.width(), 80), font(13), Muted,
            words(language, u"Không có kết quả xếp hạng để so sánh.", u"No ranking to compare with."));
        return y - area.top();
    }
    const auto block = [&](const QList<SummaryEntry> &entries, int places, bool rise) {
        const QString head = rise ? words(language, u"▲ Tăng nhiều bậc nhất", u"▲ Largest rise")
                                  : words(language, u"▼ Giảm nhiều bậc nhất", u"▼ Largest fall");
        y += paragraph(p, QRectF(area.left(), y, area.width(), 40), font(13, true), rise ? Up : Down, head);
        if (entries.isEmpty()) {
            y += paragraph(p, QRectF(area.left() + 14, y, area.width() - 14, 40), font(13), Muted,
                rise ? words(language, u"không có đơn vị nào tăng bậc", u"no unit rose")
                     : words(language, u"không có đơn vị nào giảm bậc", u"no unit fell"));
            return;
        }
        const QStringList lines = shownNames(
            entries,
            [&](const SummaryEntry &e) {
                return u"%1  %2%3 (%4 → %5)"_s.arg(e.name, rise ? u"+"_s : u"−"_s, QString::number(places),
                    QString::number(*e.earlierRank), QString::number(e.rank));
            },
            language);
        y += paragraph(p, QRectF(area.left() + 14, y, area.width() - 14, 200), font(14), Ink, lines.join(u'\n')) + 4;
    };
    block(m.risers, m.largestRise, true);
    block(m.fallers, m.largestFall, false);
    return y - area.top();
}

qreal unitBox(QPainter *p, const GroupSummary &s, Language language, const QRectF &area)
{
    if (!s.unit)
        return 0;
    const UnitSummary &u = *s.unit;
    const QStringList sentences = SummaryText::unitSentences(s, language);
    const qreal rankWidth = 150;
    const QRectF text(area.left() + rankWidth + 16, area.top() + 14, area.width() - rankWidth - 30, 400);
    const QFont f = font(15);
    qreal textHeight = 0;
    for (const QString &line : sentences)
        textHeight
            += QFontMetricsF(f).boundingRect(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, line).height() + 6;
    const qreal h = std::max(136.0, textHeight + 34);
    const QRectF r(area.left(), area.top(), area.width(), h);
    p->setPen(QPen(Navy, 2));
    p->setBrush(QColor(0xea, 0xf0, 0xf8));
    p->drawRoundedRect(r, 8, 8);
    p->setBrush(Qt::NoBrush);
    const QRectF left(r.left() + 12, r.top() + 12, rankWidth, h - 24);
    qreal y = left.top();
    const QFont nameFont = font(15, true);
    y += paragraph(p, QRectF(left.left(), y, left.width(), 60), nameFont, Navy,
        QFontMetricsF(nameFont).elidedText(u.name, Qt::ElideRight, left.width() * 1.9));
    paragraph(p, QRectF(left.left(), y, left.width(), 60), font(40, true), Ink,
        u.rank ? u"%1/%2"_s.arg(*u.rank).arg(u.of) : u"–"_s);
    y = text.top() + 6;
    for (const QString &line : sentences)
        y += paragraph(p, QRectF(text.left(), y, text.width(), 200), f, Ink, line) + 6;
    return h;
}

QString sourceNote(const GroupSummary &s, Language language)
{
    QStringList published;
    QStringList provisional;
    for (const SummaryYear &y : QList<SummaryYear> {s.earlier.value(1), s.earlier.value(0), s.now}) {
        if (!y.exists)
            continue;
        (y.published ? published : provisional).append(QString::number(y.year));
    }
    QStringList parts;
    if (vi(language)) {
        if (!published.isEmpty())
            parts.append(u"năm %1: kết quả đã công bố"_s.arg(published.join(u", "_s)));
        if (!provisional.isEmpty())
            parts.append(u"năm %1 (*): tạm tính, kỳ đánh giá chưa chốt kết quả"_s.arg(provisional.join(u", "_s)));
        return u"Nguồn số liệu: "_s + parts.join(u"; "_s)
            + u". Chỉ số bình quân là trung bình cộng chỉ số của các đơn vị được xếp hạng, làm tròn đến hai chữ số thập phân."_s;
    }
    if (!published.isEmpty())
        parts.append(u"%1: published results"_s.arg(published.join(u", "_s)));
    if (!provisional.isEmpty())
        parts.append(u"%1 (*): provisional, the period is not final"_s.arg(provisional.join(u", "_s)));
    return u"Source: "_s + parts.join(u"; "_s)
        + u". The average is the mean index of the ranked units, rounded half up to two decimals."_s;
}
} // namespace

QSizeF SummaryGraphic::pageSize()
{
    return QPageSize(QPageSize::A4).size(QPageSize::Millimeter) * PixelsPerMm;
}

void SummaryGraphic::paint(QPainter *p, const GroupSummary &s, Language language)
{
    const QSizeF page = pageSize();
    const qreal width = page.width();
    const qreal inner = width - 2 * Margin;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::TextAntialiasing);
    p->fillRect(QRectF(QPointF(), page), Qt::white);
    qreal y = header(p, s, language, width) + 20;
    if (s.now.ranked == 0) {
        paragraph(p, QRectF(Margin, y, inner, 100), font(18), Muted,
            words(language, u"Chưa có đơn vị nào được xếp hạng.", u"No unit is ranked yet."));
    } else {
        y += tiles(p, s, language, y, width) + 22;
        const qreal half = (inner - 2 * Gap) / 2;
        const qreal left = classBars(p, s, language, QRectF(Margin, y, half, 300));
        const qreal right = averageBars(p, s, language, QRectF(Margin + half + 2 * Gap, y, half, 300));
        y += std::max(left, right) + 16;
        const qreal last = firstAndLast(p, s, language, QRectF(Margin, y, inner, 200));
        y += last > 0 ? last + 14 : 0;
        y += sectionTitle(p, QRectF(Margin, y, inner, 40), words(language, u"Biến động thứ hạng", u"Changes in rank"));
        qreal tallest = 0;
        for (qsizetype i = 0; i < s.movers.size(); ++i) {
            bool published = true;
            for (const SummaryYear &e : s.earlier) {
                if (e.year == s.movers[i].fromYear)
                    published = e.published;
            }
            tallest = std::max(tallest,
                moversColumn(
                    p, s.movers[i], published, language, QRectF(Margin + qreal(i) * (half + 2 * Gap), y, half, 300)));
        }
        y += tallest + 18;
    }
    y += unitBox(p, s, language, QRectF(Margin, y, inner, 400)) + 16;
    const QString note = sourceNote(s, language);
    const QFont noteFont = font(11);
    const qreal noteHeight
        = QFontMetricsF(noteFont).boundingRect(QRectF(0, 0, inner, 200), Qt::TextWordWrap, note).height();
    const qreal noteTop = std::max(y, page.height() - Margin - noteHeight);
    p->setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 1));
    p->drawLine(QPointF(Margin, noteTop - 8), QPointF(width - Margin, noteTop - 8));
    paragraph(p, QRectF(Margin, noteTop, inner, noteHeight + 4), noteFont, Muted, note);
    p->restore();
}

QImage SummaryGraphic::toImage(const GroupSummary &summary, Language language, qreal devicePixelRatio)
{
    const QSize size = pageSize().toSize();
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(&painter, summary, language);
    return image;
}

Status SummaryGraphic::write(const GroupSummary &summary, Language language, const QString &path)
{
    const auto format = ChartExport::formatOf(path);
    const auto cannotWrite = [&path](const QString &reason) {
        return Error {
            Error::Kind::Io, ChartExport::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason)};
    };
    if (!format) {
        return Error {Error::Kind::Usage,
            ChartExport::tr("%1: the file name must end in .png, .svg or .pdf.").arg(QDir::toNativeSeparators(path))};
    }
    if (const auto target = OutputFile::check(path); !target)
        return target.error();
    const QString title = (vi(language) ? u"Chỉ số CCHC năm %1 – %2"_s : u"PAR Index %1 – %2"_s)
                              .arg(QString::number(summary.now.year), summary.groupName);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    switch (*format) {
    case ChartExport::Format::Png:
        // Twice the pixels of the page: sharp when printed or shown on a large screen.
        if (!toImage(summary, language, 2).save(&buffer, "PNG"))
            return cannotWrite(ChartExport::tr("the image could not be encoded"));
        break;
    case ChartExport::Format::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(pageSize().toSize());
        svg.setViewBox(QRectF(QPointF(), pageSize()));
        svg.setTitle(title);
        svg.setDescription(u"PAR Index desk"_s);
        QPainter painter;
        if (!painter.begin(&svg))
            return cannotWrite(ChartExport::tr("the drawing could not start"));
        paint(&painter, summary, language);
        if (!painter.end())
            return cannotWrite(ChartExport::tr("the drawing could not be finished"));
        break;
    }
    case ChartExport::Format::Pdf: {
        QPdfWriter pdf(&buffer);
        pdf.setTitle(title);
        pdf.setCreator(u"PAR Index desk"_s);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF());
        pdf.setResolution(300);
        QPainter painter;
        if (!painter.begin(&pdf))
            return cannotWrite(ChartExport::tr("the drawing could not start"));
        painter.scale(pdf.resolution() / 96.0, pdf.resolution() / 96.0); // laid out in pixels, as on screen
        paint(&painter, summary, language);
        if (!painter.end())
            return cannotWrite(ChartExport::tr("the drawing could not be finished"));
        break;
    }
    }
    buffer.close();
    return OutputFile::write(path, bytes);
}

} // namespace parindex
