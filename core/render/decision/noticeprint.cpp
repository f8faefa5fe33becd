#include "noticeprint.h"

#include "decisionfonts.h"
#include "decisionprint.h"
#include "noticelayout.h"
#include "pdfbytes.h"

#include "files/outputfile.h"

#include <QtCore/QDir>
#include <QtGui/QPagedPaintDevice>
#include <QtGui/QPainter>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {

Result<QByteArray> noticeBytes(const NoticeDocument &document)
{
    const QString title = document.units.size() == 1
        ? QString(u"Thông báo "_s + document.subject(document.units.first()))
        : u"Thông báo kết quả thẩm định năm %1"_s.arg(document.year);
    return pdfBytes(title, [&document](QPagedPaintDevice *device) -> Status {
        if (const auto rendered = NoticePrint::render(document, device); !rendered)
            return rendered.error();
        return {};
    });
}
} // namespace

Result<int> NoticePrint::render(const NoticeDocument &document, QPagedPaintDevice *device)
{
    if (const Status fonts = DecisionFonts::ensureLoaded(); !fonts)
        return fonts.error();
    const QPageLayout a4 = DecisionPrint::pageLayout(QPageLayout::Portrait);
    if (!device->pageLayout().isEquivalentTo(a4))
        device->setPageLayout(a4);
    QPainter painter;
    if (!painter.begin(device))
        return Error {Error::Kind::Io, tr("The notice could not be drawn: the printer or file refused to start.")};
    const DecisionLayout layout = NoticeLayout::build(document, device);
    const qsizetype pages = layout.pages().size();
    for (qsizetype i = 0; i < pages; ++i) {
        if (i > 0 && !device->newPage())
            return Error {Error::Kind::Io, tr("The notice could not be drawn: page %1 was refused.").arg(i + 1)};
        const QPageLayout current = device->pageLayout();
        const int dpi = device->logicalDpiX();
        const QPointF offset = current.paintRectPixels(dpi).topLeft() - current.fullRectPixels(dpi).topLeft();
        painter.save();
        painter.translate(-offset);
        layout.paintPage(painter, i);
        painter.restore();
    }
    if (!painter.end())
        return Error {Error::Kind::Io, tr("The notice could not be finished on the printer or file.")};
    return int(pages);
}

Status NoticePrint::writePdf(const NoticeDocument &document, const QString &path)
{
    if (const auto target = OutputFile::check(path); !target)
        return target.error();
    const auto bytes = noticeBytes(document);
    if (!bytes)
        return bytes.error();
    return OutputFile::write(path, *bytes);
}

Result<QStringList> NoticePrint::writePdfs(const NoticeDocument &document, const QString &folder)
{
    const QDir dir(folder);
    if (!dir.exists())
        return Error {Error::Kind::Io,
            tr("The folder %1 does not exist: choose a folder for the notices.").arg(QDir::toNativeSeparators(folder))};
    QStringList paths;
    for (const UnitNotice &unit : document.units) {
        const QString path = dir.filePath(NoticeDocument::fileName(document.year, document.groupCode, unit.unitCode));
        if (const auto target = OutputFile::check(path); !target)
            return target.error();
        paths.append(path);
    }
    for (qsizetype i = 0; i < document.units.size(); ++i) {
        NoticeDocument one = document;
        one.units = {document.units[i]};
        const auto bytes = noticeBytes(one);
        if (!bytes)
            return bytes.error();
        if (const Status s = OutputFile::write(paths[i], *bytes); !s)
            return s.error();
    }
    return paths;
}

} // namespace parindex
