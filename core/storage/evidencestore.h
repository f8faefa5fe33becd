#pragma once

#include "database.h"

namespace parindex {

// Evidence documents (tài liệu kiểm chứng) of the units' cells (schema 7 on): one row per attachment, and each content
// once, under its SHA-256, in evidence_content. A content goes with the last attachment that needs it.
class EvidenceStore
{
public:
    explicit EvidenceStore(Database::Private &d) : d(&d) { }

    Result<QList<Evidence>> list(qint64 periodId, const QString &unitCode) const;
    Result<QByteArray> content(qint64 periodId, qint64 id) const;
    Result<Evidence> add(qint64 periodId, const Evidence &evidence, const QByteArray &content);
    Status remove(qint64 periodId, qint64 id, const std::optional<Evidence> &expected);

private:
    Status requireSchema() const;
    Database::Private *d;
};

} // namespace parindex
