#pragma once

#include "result.h"

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QString>

namespace parindex {

// An evidence document (tài liệu kiểm chứng) attached to a unit's cell of a period: a PDF, an image or an office
// file that shows what the unit scored itself on. The store keeps each content once, by its SHA-256, however many
// cells it is attached to; this is one attachment.
struct Evidence
{
    qint64 id = 0; // 0 until stored
    QString unitCode;
    QString criterionCode;
    QString name; // the file's name as attached, without folders
    QString mediaType; // application/pdf, image/png, ...
    QString sha256; // 64 lower-case hex digits of the content
    qint64 size = 0; // bytes
    QDateTime added; // UTC
    QString addedBy; // who attached it (a server's login)

    bool operator==(const Evidence &) const = default;
};

namespace evidence {

// The largest document the store takes: a scan of a few dozen pages. Beyond it, the message says to compress or
// split it.
inline constexpr qint64 MaxBytes = 20 * 1024 * 1024;

// What a document is, from its name's extension and its first bytes, or why it is refused (not a kind councils
// attach, empty, too large, or content that is not what its extension says). `name` is the file's name, which
// messages show.
Result<QString> mediaTypeOf(const QString &name, const QByteArray &content);
// The refusal of a document of `size` bytes, beyond MaxBytes: its name, its size (-1: not known, a pipe or a
// device read up to the limit), the limit, and what to do.
Error tooLarge(const QString &name, qint64 size);
// The file name extensions accepted ("pdf", "png", ...), for a file dialog's filter.
QStringList acceptedSuffixes();
// A short name of the kind for lists ("PDF", "Word", "Excel", "image"), translated by the caller's context.
QString kindOf(const QString &mediaType);
// 1,2 MB / 340 kB / 12 bytes, in the default locale.
QString sizeText(qint64 bytes);
// SHA-256 of the content, 64 lower-case hex digits.
QString digestOf(const QByteArray &content);

} // namespace evidence

} // namespace parindex
