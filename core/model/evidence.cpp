#include "evidence.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QCryptographicHash>
#include <QtCore/QFileInfo>
#include <QtCore/QLocale>

using namespace Qt::StringLiterals;

namespace parindex::evidence {

namespace {
// How a kind's content starts. Office files of 1997-2003 are OLE2 compound files; those since are ZIP packages.
enum class Magic { Pdf, Png, Jpeg, Gif, Tiff, Bmp, Webp, Ole2, Zip, Rtf };

struct Kind
{
    const char *suffix;
    const char *mediaType;
    Magic magic;
};

constexpr Kind Kinds[] = {
    {"pdf", "application/pdf", Magic::Pdf},
    {"png", "image/png", Magic::Png},
    {"jpg", "image/jpeg", Magic::Jpeg},
    {"jpeg", "image/jpeg", Magic::Jpeg},
    {"gif", "image/gif", Magic::Gif},
    {"tif", "image/tiff", Magic::Tiff},
    {"tiff", "image/tiff", Magic::Tiff},
    {"bmp", "image/bmp", Magic::Bmp},
    {"webp", "image/webp", Magic::Webp},
    {"doc", "application/msword", Magic::Ole2},
    {"xls", "application/vnd.ms-excel", Magic::Ole2},
    {"ppt", "application/vnd.ms-powerpoint", Magic::Ole2},
    {"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Magic::Zip},
    {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Magic::Zip},
    {"pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", Magic::Zip},
    {"odt", "application/vnd.oasis.opendocument.text", Magic::Zip},
    {"ods", "application/vnd.oasis.opendocument.spreadsheet", Magic::Zip},
    {"odp", "application/vnd.oasis.opendocument.presentation", Magic::Zip},
    {"rtf", "application/rtf", Magic::Rtf},
};

bool startsAs(const QByteArray &content, Magic magic)
{
    switch (magic) {
    case Magic::Pdf:
        // A PDF's header may follow a few bytes of something else; readers look within the first kilobyte.
        return content.left(1024).contains("%PDF-");
    case Magic::Png:
        return content.startsWith("\x89PNG\r\n\x1a\n");
    case Magic::Jpeg:
        return content.startsWith("\xff\xd8\xff");
    case Magic::Gif:
        return content.startsWith("GIF87a") || content.startsWith("GIF89a");
    case Magic::Tiff:
        return content.startsWith(QByteArrayView("II*\0", 4)) || content.startsWith(QByteArrayView("MM\0*", 4));
    case Magic::Bmp:
        return content.startsWith("BM");
    case Magic::Webp:
        return content.startsWith("RIFF") && content.mid(8, 4) == "WEBP";
    case Magic::Ole2:
        return content.startsWith("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1");
    case Magic::Zip:
        return content.startsWith(QByteArrayView("PK\x03\x04", 4));
    case Magic::Rtf:
        return content.startsWith("{\\rtf");
    }
    return false;
}

QString kindName(Magic magic, const QString &suffix)
{
    switch (magic) {
    case Magic::Pdf:
        return QCoreApplication::translate("Evidence", "PDF");
    case Magic::Png:
    case Magic::Jpeg:
    case Magic::Gif:
    case Magic::Tiff:
    case Magic::Bmp:
    case Magic::Webp:
        return QCoreApplication::translate("Evidence", "image");
    case Magic::Rtf:
        return QCoreApplication::translate("Evidence", "Word");
    case Magic::Ole2:
    case Magic::Zip:
        break;
    }
    if (suffix.startsWith(u"doc"_s) || suffix == u"odt"_s)
        return QCoreApplication::translate("Evidence", "Word");
    if (suffix.startsWith(u"xls"_s) || suffix == u"ods"_s)
        return QCoreApplication::translate("Evidence", "Excel");
    return QCoreApplication::translate("Evidence", "slides");
}
} // namespace

Result<QString> mediaTypeOf(const QString &name, const QByteArray &content)
{
    const QString suffix = QFileInfo(name).suffix().toLower();
    const Kind *kind = nullptr;
    for (const Kind &k : Kinds) {
        if (suffix == QLatin1StringView(k.suffix))
            kind = &k;
    }
    if (!kind)
        return Error {Error::Kind::BadData,
            QCoreApplication::translate("Evidence",
                "%1 is not a kind of document the store keeps as evidence: attach a PDF, an image (%2) or an office "
                "file (%3).")
                .arg(name, u"PNG, JPEG, GIF, TIFF, BMP, WEBP"_s,
                    u"DOC, DOCX, XLS, XLSX, PPT, PPTX, ODT, ODS, ODP, RTF"_s)};
    if (content.isEmpty())
        return Error {Error::Kind::BadData,
            QCoreApplication::translate("Evidence", "%1 is empty: there is nothing to keep as evidence.").arg(name)};
    if (content.size() > MaxBytes)
        return tooLarge(name, content.size());
    if (!startsAs(content, kind->magic))
        return Error {Error::Kind::BadData,
            QCoreApplication::translate("Evidence",
                "%1 does not hold what its name says: its content is not a %2 file. Open it in the program that made "
                "it and save it again, or give it the right extension.")
                .arg(name, suffix.toUpper())};
    return QString::fromLatin1(kind->mediaType);
}

Error tooLarge(const QString &name, qint64 size)
{
    const QString what = size < 0
        ? QCoreApplication::translate("Evidence", "%1 is larger than the %2 an evidence document may be.")
              .arg(name, sizeText(MaxBytes))
        : QCoreApplication::translate("Evidence", "%1 is %2, more than the %3 an evidence document may be.")
              .arg(name, sizeText(size), sizeText(MaxBytes));
    return Error {Error::Kind::BadData,
        what + u' '
            + QCoreApplication::translate("Evidence",
                "Compress it (scan at 150 dpi in grey, or save it again as a smaller PDF) or split it into parts.")};
}

QStringList acceptedSuffixes()
{
    QStringList list;
    for (const Kind &k : Kinds)
        list.append(QString::fromLatin1(k.suffix));
    return list;
}

QString kindOf(const QString &mediaType)
{
    for (const Kind &k : Kinds) {
        if (mediaType == QLatin1StringView(k.mediaType))
            return kindName(k.magic, QString::fromLatin1(k.suffix));
    }
    return mediaType;
}

QString sizeText(qint64 bytes)
{
    const QLocale locale;
    if (bytes < 1024)
        return QCoreApplication::translate("Evidence", "%n byte(s)", nullptr, int(bytes));
    if (bytes < 1024 * 1024)
        return QCoreApplication::translate("Evidence", "%1 kB").arg(locale.toString(double(bytes) / 1024, 'f', 0));
    return QCoreApplication::translate("Evidence", "%1 MB").arg(locale.toString(double(bytes) / (1024 * 1024), 'f', 1));
}

QString digestOf(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

} // namespace parindex::evidence
