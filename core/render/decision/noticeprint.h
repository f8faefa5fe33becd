#pragma once

#include "noticedocument.h"

#include "model/result.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QStringList>

class QPagedPaintDevice;

namespace parindex {

// Notices reach paper the way the decision does (Decree 30/2020 geometry, the decision's page flow): every unit
// starts a page of its own, with its own page numbers.
class NoticePrint
{
    Q_DECLARE_TR_FUNCTIONS(NoticePrint)
public:
    // Paints every unit's notice on the device; returns the number of pages.
    static Result<int> render(const NoticeDocument &document, QPagedPaintDevice *device);
    // One A4 PDF for every unit of the document; whole or not at all.
    static Status writePdf(const NoticeDocument &document, const QString &path);
    // One PDF per unit into `folder` (NoticeDocument::fileName); returns the files written. Every file is refused
    // before any is written when one of them cannot be.
    static Result<QStringList> writePdfs(const NoticeDocument &document, const QString &folder);
};

} // namespace parindex
