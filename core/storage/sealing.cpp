// Seals: what every row carries so that `check` and every read find an edit made outside the program, and the
// per-period count and digest of each part (roster, criteria, bands, score cells, texts, evidence) that finds a row
// removed or added outside it.
#include "databaseprivate.h"

#include <QtCore/QDir>
#include <QtCore/QtEndian>

#include <array>

using namespace Qt::StringLiterals;

namespace parindex {

namespace seals {
QString group(const UnitGroup &g)
{
    return sql::seal({u"group"_s, g.code, g.name, QString::number(g.position)});
}
QString unit(const QString &code, const QString &name, const QString &group, const QVariant &since,
    const QVariant &retired, bool ranked)
{
    return sql::seal({u"unit"_s, code, name, group, since.isNull() ? QString() : since.toString(),
        retired.isNull() ? QString() : retired.toString(), ranked ? u"1"_s : u"0"_s});
}
QString period(
    qint64 id, int year, const QString &group, const QString &status, const QString &number, const QString &date)
{
    return sql::seal({u"period"_s, QString::number(id), QString::number(year), group, status, number, date});
}
QString band(qint64 periodId, const QString &classCode, qint64 minIndex)
{
    return sql::seal({u"band"_s, QString::number(periodId), classCode, QString::number(minIndex)});
}
QString criterion(qint64 periodId, const QString &code, const QString &title, qint64 max, const QString &kind,
    const QString &rule, int position)
{
    return sql::seal({u"criterion"_s, QString::number(periodId), code, title, QString::number(max), kind, rule,
        QString::number(position)});
}
QString score(
    qint64 criterionId, qint64 unitId, const QVariant &self, const QVariant &appraised, bool na, const QString &note)
{
    return sql::seal(
        {u"score"_s, QString::number(criterionId), QString::number(unitId), self.isNull() ? QString() : self.toString(),
            appraised.isNull() ? QString() : appraised.toString(), na ? u"1"_s : u"0"_s, note});
}
QString decisionText(qint64 periodId, const QString &content)
{
    return sql::seal({u"decision_text"_s, QString::number(periodId), content});
}
QString rosterEntry(qint64 periodId, qint64 unitId, const QString &name, bool ranked)
{
    return sql::seal({u"roster"_s, QString::number(periodId), QString::number(unitId), name, ranked ? u"1"_s : u"0"_s});
}
QString criterionLink(qint64 periodId, const QString &code, int previousYear, const QString &previousCode)
{
    return sql::seal(
        {u"criterion_link"_s, QString::number(periodId), code, QString::number(previousYear), previousCode});
}
QString lineage(qint64 unitId, qint64 continuesId, int year)
{
    return sql::seal({u"unit_lineage"_s, QString::number(unitId), QString::number(continuesId), QString::number(year)});
}
QString content(qint64 periodId, const QString &part, qint64 rows, const QString &digest)
{
    return sql::seal({u"period_content"_s, QString::number(periodId), part, QString::number(rows), digest});
}
QString published(qint64 periodId, int version, const QString &at, const QString &number, const QString &date,
    const QString &content, const QString &digest)
{
    return sql::seal(
        {u"published"_s, QString::number(periodId), QString::number(version), at, number, date, content, digest});
}
} // namespace seals

namespace {
// The value of each lower-case hex digit, 0xff for every other character.
constexpr std::array<quint8, 256> hexValues = [] {
    std::array<quint8, 256> values {};
    values.fill(0xff);
    for (int c = '0'; c <= '9'; ++c)
        values[c] = quint8(c - '0');
    for (int c = 'a'; c <= 'f'; ++c)
        values[c] = quint8(c - 'a' + 10);
    return values;
}();

template<typename Char> bool toggleHex(SealSet &set, const Char *seal, qsizetype size)
{
    if (size != 32)
        return false;
    quint64 halves[2] = {0, 0};
    quint8 bad = 0;
    for (int i = 0; i < 32; ++i) {
        const auto c = char16_t(seal[i]);
        const quint8 v = c < 256 ? hexValues[c] : 0xff;
        bad |= v;
        halves[i / 16] = (halves[i / 16] << 4) | (v & 0xf);
    }
    if (bad & 0xf0)
        return false;
    set.high ^= halves[0];
    set.low ^= halves[1];
    return true;
}
} // namespace

void SealSet::add(const unsigned char bytes[16])
{
    ++rows;
    high ^= qFromBigEndian<quint64>(bytes);
    low ^= qFromBigEndian<quint64>(bytes + 8);
}

bool SealSet::toggle(QStringView seal)
{
    return toggleHex(*this, seal.utf16(), seal.size());
}

bool SealSet::toggle(const char *seal)
{
    return toggleHex(*this, reinterpret_cast<const unsigned char *>(seal), 32);
}

bool SealSet::add(QStringView seal)
{
    ++rows;
    return toggle(seal);
}

bool SealSet::add(const char *seal)
{
    ++rows;
    return toggle(seal);
}

bool SealSet::remove(QStringView seal)
{
    --rows;
    return toggle(seal);
}

QString SealSet::digest() const
{
    return u"%1%2"_s.arg(high, 16, 16, QChar(u'0')).arg(low, 16, 16, QChar(u'0'));
}

std::optional<SealSet> SealSet::from(qint64 rows, const QString &digest)
{
    SealSet set;
    if (!set.toggle(digest))
        return std::nullopt;
    set.rows = rows;
    return set;
}

QString partCode(Part part)
{
    switch (part) {
    case Part::Roster:
        return u"roster"_s;
    case Part::Criteria:
        return u"criteria"_s;
    case Part::Bands:
        return u"bands"_s;
    case Part::Scores:
        return u"scores"_s;
    case Part::Texts:
        return u"texts"_s;
    case Part::Evidence:
        return u"evidence"_s;
    }
    return {};
}

int partSince(Part part)
{
    return part == Part::Evidence ? 10 : 5;
}

QList<Part> partsOf(int schemaVersion)
{
    QList<Part> parts;
    for (const Part part : AllParts) {
        if (schemaVersion >= partSince(part))
            parts.append(part);
    }
    return parts;
}

QString partName(Part part)
{
    switch (part) {
    case Part::Roster:
        return Database::tr("units of the roster");
    case Part::Criteria:
        return Database::tr("criteria");
    case Part::Bands:
        return Database::tr("class bands");
    case Part::Scores:
        return Database::tr("score cells");
    case Part::Texts:
        return Database::tr("decision texts");
    case Part::Evidence:
        return Database::tr("evidence documents");
    }
    return {};
}

Error Database::Private::noted(Error e) const
{
    if (e.kind == Error::Kind::Corrupt && damage.isEmpty())
        damage = e.message;
    return e;
}

Error Database::Private::changedOutside(const QString &what) const
{
    const QString message
        = Database::tr("%1 was changed outside the program, or is damaged: %2. Nothing was shown or written from it; "
                       "run `check` for the full report, and open a backup copy.")
              .arg(QDir::toNativeSeparators(path), what);
    if (damage.isEmpty())
        damage = message;
    return Error {Error::Kind::Corrupt, message};
}

Result<SealSet> Database::Private::storedContent(qint64 periodId, Part part) const
{
    QSqlQuery q = query();
    q.prepare(u"SELECT rows, digest, seal FROM period_content WHERE period_id = ? AND part = ?"_s);
    q.addBindValue(periodId);
    q.addBindValue(partCode(part));
    if (!q.exec())
        return error(q);
    if (!q.next())
        return SealSet {}; // never written: a part without rows (checked against the rows by the caller)
    const qint64 rows = q.value(0).toLongLong();
    const QString digest = q.value(1).toString();
    const auto set = SealSet::from(rows, digest);
    if (!set || seals::content(periodId, partCode(part), rows, digest) != q.value(2).toString())
        return changedOutside(Database::tr("the record of what %1 holds").arg(periods.label(periodId)));
    return *set;
}

Status Database::Private::storeContent(qint64 periodId, Part part, const SealSet &set)
{
    QSqlQuery q = query();
    q.prepare(u"INSERT INTO period_content (period_id, part, rows, digest, seal) VALUES (?, ?, ?, ?, ?) "
              "ON CONFLICT(period_id, part) DO UPDATE SET rows = excluded.rows, digest = excluded.digest, "
              "seal = excluded.seal"_s);
    q.addBindValue(periodId);
    q.addBindValue(partCode(part));
    q.addBindValue(set.rows);
    q.addBindValue(set.digest());
    q.addBindValue(seals::content(periodId, partCode(part), set.rows, set.digest()));
    return exec(q);
}

Result<SealSet> Database::Private::readPart(qint64 periodId, Part part, QStringList *problems) const
{
    SealSet set;
    const auto mismatch = [&](const QString &what) {
        if (problems)
            problems->append(what);
    };
    if (part == Part::Scores) {
        const auto q = statement(
            "SELECT s.seal, s.criterion_id, s.unit_id, s.self_value, s.appraised, s.not_applicable, s.note, c.code, "
            "u.code FROM score s JOIN criterion c ON c.id = s.criterion_id LEFT JOIN unit u ON u.id = s.unit_id "
            "WHERE c.period_id = ?");
        q->bind(1, periodId);
        while (q->next()) {
            const QString stored = q->text(0);
            const QString expected = sql::scoreSeal(q->integer(1), q->integer(2), q->optionalInteger(3),
                q->optionalInteger(4), q->integer(5) != 0, q->text(6));
            if (stored != expected)
                mismatch(Database::tr("the score of unit %1 for criterion %2").arg(q->text(8), q->text(7)));
            set.add(stored);
        }
        if (!q->ok())
            return noted(q->error());
        return set;
    }
    QSqlQuery q = query();
    q.setForwardOnly(true);
    std::function<QString(const QSqlQuery &)> sealOf;
    std::function<QString(const QSqlQuery &)> describe;
    switch (part) {
    case Part::Roster:
        q.prepare(u"SELECT r.seal, r.period_id, r.unit_id, r.name, r.ranked, u.code FROM roster r "
                  "LEFT JOIN unit u ON u.id = r.unit_id WHERE r.period_id = ?"_s);
        sealOf = [](const QSqlQuery &r) {
            return seals::rosterEntry(
                r.value(1).toLongLong(), r.value(2).toLongLong(), r.value(3).toString(), r.value(4).toBool());
        };
        describe = [](const QSqlQuery &r) { return Database::tr("unit %1 of the roster").arg(r.value(5).toString()); };
        break;
    case Part::Criteria:
        q.prepare(u"SELECT seal, period_id, code, title, max_points, kind, rule, position FROM criterion "
                  "WHERE period_id = ?"_s);
        sealOf = [](const QSqlQuery &r) {
            return seals::criterion(r.value(1).toLongLong(), r.value(2).toString(), r.value(3).toString(),
                r.value(4).toLongLong(), r.value(5).toString(), r.value(6).toString(), r.value(7).toInt());
        };
        describe = [](const QSqlQuery &r) { return Database::tr("criterion %1").arg(r.value(2).toString()); };
        break;
    case Part::Bands:
        q.prepare(u"SELECT seal, period_id, class_code, min_index FROM band WHERE period_id = ?"_s);
        sealOf = [](const QSqlQuery &r) {
            return seals::band(r.value(1).toLongLong(), r.value(2).toString(), r.value(3).toLongLong());
        };
        describe = [](const QSqlQuery &r) { return Database::tr("band %1").arg(r.value(2).toString()); };
        break;
    case Part::Texts:
        q.prepare(u"SELECT seal, period_id, content FROM decision_text WHERE period_id = ?"_s);
        sealOf = [](const QSqlQuery &r) { return seals::decisionText(r.value(1).toLongLong(), r.value(2).toString()); };
        describe = [](const QSqlQuery &) { return Database::tr("the decision texts"); };
        break;
    case Part::Evidence:
        q.prepare(u"SELECT e.seal, e.period_id, e.unit_id, e.id, e.criterion_code, e.name, e.media_type, e.sha256, "
                  "e.size, e.added, e.added_by, u.code FROM evidence e LEFT JOIN unit u ON u.id = e.unit_id "
                  "WHERE e.period_id = ?"_s);
        sealOf = [](const QSqlQuery &r) {
            Evidence e;
            e.criterionCode = r.value(4).toString();
            e.name = r.value(5).toString();
            e.mediaType = r.value(6).toString();
            e.sha256 = r.value(7).toString();
            e.size = r.value(8).toLongLong();
            e.addedBy = r.value(10).toString();
            return seals::evidence(
                r.value(3).toLongLong(), r.value(1).toLongLong(), r.value(2).toLongLong(), e, r.value(9).toString());
        };
        describe = [](const QSqlQuery &r) {
            return Database::tr("the evidence document %1 of unit %2 for criterion %3")
                .arg(r.value(5).toString(), r.value(11).toString(), r.value(4).toString());
        };
        break;
    case Part::Scores:
        break;
    }
    q.addBindValue(periodId);
    if (!q.exec())
        return error(q);
    while (q.next()) {
        const QString stored = q.value(0).toString();
        if (sealOf(q) != stored)
            mismatch(describe(q));
        set.add(stored);
    }
    return set;
}

Status Database::Private::verifyPart(qint64 periodId, Part part) const
{
    if (!records(part))
        return {};
    const ReadSnapshot snapshot(*engine); // the rows and the record of them, as of one moment
    QStringList problems;
    const auto rows = readPart(periodId, part, &problems);
    if (!rows)
        return rows.error();
    if (!problems.isEmpty()) {
        return changedOutside(Database::tr("%1 in %2").arg(problems.first(), periods.label(periodId))
            + (problems.size() > 1 ? Database::tr(" (and %n more row(s))", nullptr, int(problems.size() - 1))
                                   : QString()));
    }
    return requireRecorded(periodId, part, *rows);
}

Status Database::Private::requireRecorded(qint64 periodId, Part part, const SealSet &holds) const
{
    if (!records(part))
        return {};
    const auto wrote = storedContent(periodId, part);
    if (!wrote)
        return wrote.error();
    if (*wrote != holds)
        return changedOutside(contentDifference(periods.label(periodId), part, *wrote, holds));
    return {};
}

QString Database::Private::contentDifference(
    const QString &label, Part part, const SealSet &wrote, const SealSet &holds)
{
    if (wrote.rows != holds.rows)
        return Database::tr("the %1 of %2 (%3 rows where the program wrote %4)")
            .arg(partName(part), label)
            .arg(holds.rows)
            .arg(wrote.rows);
    return Database::tr("the %1 of %2 (as many rows as the program wrote, %3, but not the same)")
        .arg(partName(part), label)
        .arg(holds.rows);
}

Status Database::Private::recount(qint64 periodId, Part part)
{
    if (!records(part))
        return {};
    const auto rows = readPart(periodId, part, nullptr);
    if (!rows)
        return rows.error();
    return storeContent(periodId, part, *rows);
}

Status Database::Private::adjustContent(qint64 periodId, Part part, const SealSet &removed, const SealSet &added)
{
    if (!records(part))
        return {};
    auto set = storedContent(periodId, part);
    if (!set)
        return set.error();
    set->rows += added.rows - removed.rows;
    set->high ^= removed.high ^ added.high;
    set->low ^= removed.low ^ added.low;
    return storeContent(periodId, part, *set);
}

} // namespace parindex
