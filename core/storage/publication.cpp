// Finalising a period keeps what it published: its ranking and decision texts (given by the caller, who computes
// them), what the period held (rows and digests of each part), and the audit head, as one record with a digest
// that the decision prints. A final period is read from that record from then on; reopening keeps it as history.
#include "periodstore.h"

#include "databaseprivate.h"

#include <QtCore/QJsonDocument>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
// Crockford's base-32 alphabet: no I, L, O or U, so that a digest typed from paper is not misread.
constexpr char Base32[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

QString hexSha256(const QByteArray &bytes)
{
    sql::Sha256 sha;
    sha.addData(bytes);
    return QString::fromLatin1(sha.result().toHex());
}

Result<QJsonObject> holdsOf(const Database::Private &d, qint64 periodId)
{
    QJsonObject holds;
    for (const Part part : partsOf(d.schemaVersion)) {
        if (const Status s = d.verifyPart(periodId, part); !s)
            return s.error();
        const auto set = d.storedContent(periodId, part);
        if (!set)
            return set.error();
        holds.insert(partCode(part), QJsonObject {{u"rows"_s, set->rows}, {u"digest"_s, set->digest()}});
    }
    return holds;
}
} // namespace

QString printedDigest(const QString &sha256Hex)
{
    // The first 40 bits, as 8 characters in two groups: "7K3M-Q9XD".
    const quint64 bits = sha256Hex.left(10).toULongLong(nullptr, 16);
    QString out;
    for (int i = 7; i >= 0; --i) {
        out += QLatin1Char(Base32[(bits >> (5 * i)) & 31]);
        if (i == 4)
            out += u'-';
    }
    return out;
}

std::optional<QString> parsePrintedDigest(QStringView typed)
{
    QString clean;
    for (const QChar c : typed) {
        if (c == u'-' || c.isSpace())
            continue;
        QChar u = c.toUpper();
        if (u == u'O')
            u = u'0';
        else if (u == u'I' || u == u'L')
            u = u'1';
        if (!QByteArrayView(Base32).contains(char(u.unicode())) || u.unicode() > 127)
            return std::nullopt;
        clean += u;
    }
    if (clean.size() != 8)
        return std::nullopt;
    return clean.left(4) + u'-' + clean.mid(4);
}

QString PublishedRecord::printedDigest() const
{
    return parindex::printedDigest(digest);
}

Result<std::optional<PublishedRecord>> PeriodStore::published(qint64 periodId) const
{
    const auto all = publishedVersions(periodId);
    if (!all)
        return all.error();
    return all->isEmpty() ? std::optional<PublishedRecord>() : std::optional<PublishedRecord>(all->last());
}

Result<QList<PublishedRecord>> PeriodStore::publishedVersions(qint64 periodId) const
{
    if (d->schemaVersion < 5)
        return QList<PublishedRecord>();
    QSqlQuery q = d->query();
    q.prepare(u"SELECT version, at, decision_number, decision_date, content, digest, seal FROM published "
              "WHERE period_id = ? ORDER BY version"_s);
    q.addBindValue(periodId);
    if (!q.exec())
        return d->error(q);
    QList<PublishedRecord> list;
    while (q.next()) {
        PublishedRecord r;
        r.periodId = periodId;
        r.version = q.value(0).toInt();
        const QString at = q.value(1).toString();
        r.at = QDateTime::fromString(at, Qt::ISODateWithMs);
        r.decisionNumber = q.value(2).toString();
        r.decisionDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        const QString content = q.value(4).toString();
        r.digest = q.value(5).toString();
        if (seals::published(periodId, r.version, at, r.decisionNumber, q.value(3).toString(), content, r.digest)
                != q.value(6).toString()
            || hexSha256(content.toUtf8()) != r.digest)
            return d->changedOutside(
                Database::tr("what %1 published (version %2)").arg(label(periodId)).arg(r.version));
        r.content = QJsonDocument::fromJson(content.toUtf8()).object();
        list.append(std::move(r));
    }
    return list;
}

Status PeriodStore::finalize(qint64 periodId, const QString &decisionNumber, const QDate &decisionDate,
    const std::function<Result<QJsonObject>(const Database &)> &publish, const QStringList &overridden)
{
    if (decisionNumber.trimmed().isEmpty() || !decisionDate.isValid())
        return Error {Error::Kind::BadData, Database::tr("Finalising needs the decision's number and date.")};
    const auto p = byId(periodId);
    if (!p)
        return p.error();
    const QString number = decisionNumber.trimmed();
    const QString date = decisionDate.toString(Qt::ISODate);
    QString digest;
    return d->writeWith(u"period.finalize"_s, [&]() -> Result<Database::Private::AuditText> {
        const auto now = byId(periodId);
        if (!now)
            return now.error();
        if (now->isFinal())
            return Error {Error::Kind::Final,
                Database::tr("The %1 ranking of group %2 is final already.")
                    .arg(QString::number(now->year), now->groupCode)};
        const auto record = keepPublished(*now, number, date, publish);
        if (!record)
            return record.error();
        QSqlQuery q = d->query();
        q.prepare(
            u"UPDATE period SET status = 'final', decision_number = ?, decision_date = ?, seal = ? WHERE id = ?"_s);
        q.addBindValue(number);
        q.addBindValue(date);
        q.addBindValue(seals::period(periodId, now->year, now->groupCode, u"final"_s, number, date));
        q.addBindValue(periodId);
        if (const Status s = d->exec(q); !s)
            return s.error();
        QString after = Database::tr("final %1 %2, digest %3").arg(number, date, printedDigest(*record));
        if (!overridden.isEmpty())
            after += Database::tr("; finalised despite %n problem(s): %1", nullptr, int(overridden.size()))
                         .arg(overridden.join(u" | "_s));
        return Database::Private::AuditText {label(*now), periodStatusCode(now->status), after};
    });
}

Status PeriodStore::publishFinal(qint64 periodId, const std::function<Result<QJsonObject>(const Database &)> &publish)
{
    return d->writeWith(u"period.publish"_s, [&]() -> Result<Database::Private::AuditText> {
        const auto now = byId(periodId);
        if (!now)
            return now.error();
        if (!now->isFinal())
            return Error {Error::Kind::Usage, Database::tr("Only a final period's published result is kept this way.")};
        const auto versions = publishedVersions(periodId);
        if (!versions)
            return versions.error();
        if (!versions->isEmpty())
            return Error {Error::Kind::Final, Database::tr("What %1 published is kept already.").arg(label(*now))};
        const auto record = keepPublished(*now, now->decisionNumber, now->decisionDate.toString(Qt::ISODate), publish);
        if (!record)
            return record.error();
        return Database::Private::AuditText {label(*now), QString(),
            Database::tr("kept as published (%1), digest %2").arg(now->decisionNumber, printedDigest(*record))};
    });
}

Result<QString> PeriodStore::keepPublished(const Period &p, const QString &number, const QString &date,
    const std::function<Result<QJsonObject>(const Database &)> &result)
{
    // Nothing changed outside the program is published as if it had been written by it.
    const auto holds = holdsOf(*d, p.id);
    if (!holds)
        return holds.error();
    const auto kept = result(*d->owner);
    if (!kept)
        return kept.error();
    QString groupName;
    QSqlQuery g = d->query();
    g.prepare(u"SELECT name FROM unit_group WHERE code = ?"_s);
    g.addBindValue(p.groupCode);
    if (!g.exec())
        return d->error(g);
    if (g.next())
        groupName = g.value(0).toString();
    QSqlQuery head = d->query();
    if (!head.exec(u"SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1"_s))
        return d->error(head);
    const bool hasHead = head.next();
    QSqlQuery v = d->query();
    v.prepare(u"SELECT coalesce(max(version), 0) + 1 FROM published WHERE period_id = ?"_s);
    v.addBindValue(p.id);
    if (!v.exec() || !v.next())
        return d->error(v);
    const int version = v.value(0).toInt();
    const QJsonObject record {
        {u"period"_s,
            QJsonObject {{u"year"_s, p.year}, {u"group"_s, p.groupCode}, {u"group_name"_s, groupName},
                {u"decision_number"_s, number}, {u"decision_date"_s, date}, {u"version"_s, version}}},
        {u"result"_s, *kept},
        {u"holds"_s, *holds},
        {u"audit"_s,
            QJsonObject {{u"id"_s, hasHead ? head.value(0).toLongLong() : 0},
                {u"hash"_s, hasHead ? head.value(1).toString() : QString()}}},
    };
    const QString content = QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact));
    const QString digest = hexSha256(content.toUtf8());
    const QString at = d->clock().toUTC().toString(Qt::ISODateWithMs);
    QSqlQuery q = d->query();
    q.prepare(u"INSERT INTO published (period_id, version, at, decision_number, decision_date, content, digest, seal) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(p.id);
    q.addBindValue(version);
    q.addBindValue(at);
    q.addBindValue(number);
    q.addBindValue(date);
    q.addBindValue(content);
    q.addBindValue(digest);
    q.addBindValue(seals::published(p.id, version, at, number, date, content, digest));
    if (const Status s = d->exec(q); !s)
        return s.error();
    return digest;
}

} // namespace parindex
