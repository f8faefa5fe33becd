#include "decisionfonts.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtGui/QFontDatabase>

#include <mutex>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
const QStringList folders = {
    u"/usr/share/fonts/truetype/liberation2"_s, u"/usr/share/fonts/truetype/liberation"_s, u"/usr/local/share/fonts"_s};
const QStringList faces = {u"LiberationSerif-Regular.ttf"_s, u"LiberationSerif-Bold.ttf"_s,
    u"LiberationSerif-Italic.ttf"_s, u"LiberationSerif-BoldItalic.ttf"_s};

Status load()
{
    for (const QString &face : faces) {
        bool loaded = false;
        for (const QString &folder : folders) {
            const QString path = folder + u'/' + face;
            if (QFileInfo::exists(path) && QFontDatabase::addApplicationFont(path) >= 0) {
                loaded = true;
                break;
            }
        }
        if (!loaded) {
            return Error {Error::Kind::CannotOpen,
                DecisionFonts::tr("The font file %1 was not found in %2. Install the package fonts-liberation2.")
                    .arg(face, folders.join(u", "_s))};
        }
    }
    return {};
}
} // namespace

Status DecisionFonts::ensureLoaded()
{
    static std::once_flag once;
    static Status status;
    std::call_once(once, [] { status = load(); });
    return status;
}

QFont DecisionFonts::font(qreal pointSize, bool bold, bool italic)
{
    QFont f(QString::fromUtf16(family));
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setItalic(italic);
    f.setKerning(true);
    f.setStyleStrategy(QFont::PreferOutline);
    return f;
}

} // namespace parindex
