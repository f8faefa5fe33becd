#pragma once

#include "model/result.h"

#include <QtCore/QByteArray>
#include <QtCore/QString>

#include <functional>

class QPagedPaintDevice;

namespace parindex {

// The resolution the PDF is drawn at, which its layout measures against.
constexpr int PdfResolution = 1200;

// A PDF/A-1b of the printed papers (the decision, a ranking table, the notices), drawn into memory at 1200 dpi by
// `render`, to be written whole through OutputFile (or not at all).
Result<QByteArray> pdfBytes(const QString &title, const std::function<Status(QPagedPaintDevice *)> &render);

} // namespace parindex
