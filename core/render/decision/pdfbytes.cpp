#include "pdfbytes.h"

#include <QtCore/QBuffer>
#include <QtGui/QPdfWriter>

using namespace Qt::StringLiterals;

namespace parindex {

Result<QByteArray> pdfBytes(const QString &title, const std::function<Status(QPagedPaintDevice *)> &render)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(PdfResolution);
        writer.setTitle(title);
        writer.setCreator(u"PAR Index desk"_s);
        if (const Status rendered = render(&writer); !rendered)
            return rendered.error();
    }
    return bytes;
}

} // namespace parindex
