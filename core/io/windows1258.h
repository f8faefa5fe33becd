#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QString>

namespace parindex {

// Windows-1258 (Vietnamese) to Unicode, with our own table so that the result does not depend on which
// codecs the Qt build carries. The code page has combining tone marks: normalise the result to NFC.
QString decodeWindows1258(const QByteArray &bytes);

} // namespace parindex
