#include "publication.h"

#include "periodranking.h"

#include <QtCore/QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
QJsonValue optionalInt(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

std::optional<int> optionalIntFrom(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt;
}

QJsonValue fixed(Fixed f)
{
    return QJsonValue(f.raw()); // ten-thousandths: exact in a JSON number
}

Fixed fixedFrom(const QJsonValue &v)
{
    return Fixed::fromRaw(v.toInteger());
}

const QString originKinds[] = {u"rename"_s, u"merge"_s, u"split"_s}; // formats.md's lineage kinds

QJsonValue originJson(const UnitOrigin &o)
{
    return QJsonObject {{u"kind"_s, originKinds[int(o.kind)]}, {u"from"_s, QJsonArray::fromStringList(o.codes)},
        {u"names"_s, QJsonArray::fromStringList(o.names)}};
}

std::optional<UnitOrigin> originFrom(const QJsonValue &v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    UnitOrigin origin;
    const QString kind = o.value(u"kind"_s).toString();
    const auto *found = std::find(std::begin(originKinds), std::end(originKinds), kind);
    if (found == std::end(originKinds))
        return std::nullopt;
    origin.kind = UnitOrigin::Kind(found - std::begin(originKinds));
    for (const QJsonValue &c : o.value(u"from"_s).toArray())
        origin.codes.append(c.toString());
    for (const QJsonValue &n : o.value(u"names"_s).toArray())
        origin.names.append(n.toString());
    return origin;
}

QJsonObject unitJson(const UnitResult &r)
{
    QJsonArray areas;
    for (const AreaResult &a : r.areas) {
        areas.append(QJsonObject {{u"code"_s, a.code}, {u"title"_s, a.title}, {u"points"_s, fixed(a.points)},
            {u"max"_s, fixed(a.max)}, {u"index"_s, fixed(a.index)}});
    }
    QJsonObject o {{u"code"_s, r.unitCode}, {u"name"_s, r.unitName}, {u"points"_s, fixed(r.points)},
        {u"max"_s, fixed(r.max)}, {u"index"_s, fixed(r.index)}, {u"class"_s, classCodeName(r.classCode)},
        {u"rank"_s, optionalInt(r.rank)}, {u"previous_rank"_s, optionalInt(r.previousRank)},
        {u"rank_change"_s, optionalInt(r.rankChange)}, {u"areas"_s, areas},
        {u"missing"_s, QJsonArray::fromStringList(r.missing)}, {u"ranked"_s, r.ranked}};
    if (r.origin)
        o.insert(u"lineage"_s, originJson(*r.origin)); // only then: a record published before lineage reads the same
    return o;
}

std::optional<UnitResult> unitFrom(const QJsonObject &o)
{
    const auto classCode = classCodeFromName(o.value(u"class"_s).toString());
    if (!classCode || !o.value(u"code"_s).isString())
        return std::nullopt;
    UnitResult r;
    r.unitCode = o.value(u"code"_s).toString();
    r.unitName = o.value(u"name"_s).toString();
    r.points = fixedFrom(o.value(u"points"_s));
    r.max = fixedFrom(o.value(u"max"_s));
    r.index = fixedFrom(o.value(u"index"_s));
    r.classCode = *classCode;
    r.rank = optionalIntFrom(o.value(u"rank"_s));
    r.previousRank = optionalIntFrom(o.value(u"previous_rank"_s));
    r.rankChange = optionalIntFrom(o.value(u"rank_change"_s));
    r.origin = originFrom(o.value(u"lineage"_s));
    for (const QJsonValue &v : o.value(u"areas"_s).toArray()) {
        const QJsonObject a = v.toObject();
        r.areas.append({a.value(u"code"_s).toString(), a.value(u"title"_s).toString(), fixedFrom(a.value(u"points"_s)),
            fixedFrom(a.value(u"max"_s)), fixedFrom(a.value(u"index"_s))});
    }
    for (const QJsonValue &v : o.value(u"missing"_s).toArray())
        r.missing.append(v.toString());
    r.ranked = o.value(u"ranked"_s).toBool(true);
    return r;
}

QString labelOf(const Period &p)
{
    return u"%1/%2"_s.arg(p.year).arg(p.groupCode);
}

// The result a period keeps: its ranking computed now from what the file holds, and its decision texts as stored.
Result<QJsonObject> resultOf(const Database &db, const Period &p)
{
    const auto table = rankFromCells(db, p.year, p.groupCode);
    if (!table)
        return table.error();
    const auto texts = db.decisionTexts(p.id);
    if (!texts)
        return texts.error();
    return QJsonObject {{u"ranking"_s, Publication::rankingJson(*table)}, {u"texts"_s, *texts}};
}

// One line for each unit whose published result differs from the one computed now.
QStringList differences(const RankingTable &published, const RankingTable &now)
{
    QStringList lines;
    const auto describe = [](const UnitResult *r) {
        if (!r)
            return Publication::tr("not listed");
        if (!r->isComplete())
            return Publication::tr("incomplete (%1 missing)").arg(r->missing.join(u", "_s));
        if (!r->hasIndex())
            return StandingText::reason(*r);
        return Publication::tr("%1 points of %2, index %3, rank %4, %5")
            .arg(r->points.toString(), r->max.toString(), r->index.toString(2),
                r->rank ? QString::number(*r->rank) : Publication::tr("none"), classCodeName(r->classCode));
    };
    QStringList codes;
    for (const RankingTable *t : {&published, &now}) {
        for (const QList<UnitResult> *list : {&t->ranked, &t->unranked, &t->incomplete}) {
            for (const UnitResult &r : *list) {
                if (!codes.contains(r.unitCode))
                    codes.append(r.unitCode);
            }
        }
    }
    for (const QString &code : std::as_const(codes)) {
        const UnitResult *was = published.find(code);
        const UnitResult *is = now.find(code);
        if (was && is && *was == *is)
            continue;
        lines.append(Publication::tr("unit %1: published %2; computed now %3").arg(code, describe(was), describe(is)));
    }
    return lines;
}
} // namespace

QJsonObject Publication::rankingJson(const RankingTable &table)
{
    const auto list = [](const QList<UnitResult> &results) {
        QJsonArray a;
        for (const UnitResult &r : results)
            a.append(unitJson(r));
        return a;
    };
    return QJsonObject {{u"year"_s, table.year}, {u"group"_s, table.groupCode}, {u"total_max"_s, fixed(table.totalMax)},
        {u"ranked"_s, list(table.ranked)}, {u"unranked"_s, list(table.unranked)},
        {u"incomplete"_s, list(table.incomplete)}};
}

Result<RankingTable> Publication::rankingFromJson(const QJsonObject &json)
{
    RankingTable table;
    table.year = json.value(u"year"_s).toInt();
    table.groupCode = json.value(u"group"_s).toString();
    table.totalMax = fixedFrom(json.value(u"total_max"_s));
    const std::pair<const char16_t *, QList<UnitResult> *> lists[]
        = {{u"ranked", &table.ranked}, {u"unranked", &table.unranked}, {u"incomplete", &table.incomplete}};
    for (const auto &[key, list] : lists) {
        for (const QJsonValue &v : json.value(QStringView(key)).toArray()) {
            const auto r = unitFrom(v.toObject());
            if (!r)
                return Error {Error::Kind::Corrupt,
                    tr("The published ranking of %1/%2 cannot be read.")
                        .arg(QString::number(table.year), table.groupCode)};
            list->append(*r);
        }
    }
    return table;
}

Status Publication::finalize(Database &db, qint64 periodId, const QString &decisionNumber, const QDate &decisionDate,
    const QStringList &overridden)
{
    return db.finalize(
        periodId, decisionNumber, decisionDate,
        [periodId](const Database &tx) -> Result<QJsonObject> {
            const auto periods = tx.periods();
            if (!periods)
                return periods.error();
            for (const Period &p : *periods) {
                if (p.id == periodId)
                    return resultOf(tx, p);
            }
            return Error {Error::Kind::NotFound, tr("The period no longer exists.")};
        },
        overridden);
}

Status Publication::keepOlderFinals(Database &db)
{
    if (db.isReadOnly())
        return {};
    const auto periods = db.periods();
    if (!periods)
        return periods.error();
    for (const Period &p : *periods) {
        if (!p.isFinal())
            continue;
        const auto kept = db.published(p.id);
        if (!kept)
            return kept.error();
        if (*kept)
            continue;
        if (const Status s = db.publishFinal(p.id, [p](const Database &tx) { return resultOf(tx, p); }); !s)
            return s;
    }
    return {};
}

Result<std::optional<RankingTable>> Publication::ranking(const Database &db, const Period &period)
{
    if (!period.isFinal())
        return std::optional<RankingTable>();
    const auto kept = db.published(period.id);
    if (!kept)
        return kept.error();
    if (!*kept)
        return std::optional<RankingTable>();
    auto table = rankingFromJson((*kept)->content.value(u"result"_s).toObject().value(u"ranking"_s).toObject());
    if (!table)
        return table.error();
    return std::optional<RankingTable>(std::move(table).value());
}

Result<std::optional<Publication::Texts>> Publication::texts(const Database &db, const Period &period)
{
    if (!period.isFinal())
        return std::optional<Texts>();
    const auto kept = db.published(period.id);
    if (!kept)
        return kept.error();
    if (!*kept)
        return std::optional<Texts>();
    const QJsonObject &content = (*kept)->content;
    return std::optional<Texts>(Texts {content.value(u"result"_s).toObject().value(u"texts"_s).toString(),
        content.value(u"period"_s).toObject().value(u"group_name"_s).toString()});
}

CheckReport Publication::check(const Database &db)
{
    CheckReport report = db.check();
    const auto periods = db.periods();
    if (!periods) {
        report.problems.append(periods.error().message);
        return report;
    }
    for (const Period &p : *periods) {
        const auto kept = ranking(db, p);
        if (!kept || !*kept)
            continue; // a record that cannot be read, or none: db.check() reported it
        const auto now = rankFromCells(db, p.year, p.groupCode);
        if (!now) {
            report.problems.append(tr("%1 cannot be computed again: %2").arg(labelOf(p), now.error().message));
            continue;
        }
        const QStringList lines = differences(**kept, *now);
        if (lines.isEmpty())
            continue;
        report.problems.append(
            tr("%1: the ranking computed now from the file differs from the one published in decision %2:")
                .arg(labelOf(p), p.decisionNumber));
        for (const QString &line : lines.mid(0, 20))
            report.problems.append(u"  "_s + line);
        if (lines.size() > 20)
            report.problems.append(tr("  ... and %n more unit(s).", nullptr, int(lines.size() - 20)));
    }
    return report;
}

CheckReport Publication::checkDigest(
    const Database &db, const QString &typed, std::optional<int> year, const QString &group)
{
    CheckReport report;
    const auto digest = parsePrintedDigest(typed);
    if (!digest) {
        report.problems.append(
            tr("\"%1\" is not a printed digest: it has 8 letters and digits, as XXXX-XXXX.").arg(typed));
        return report;
    }
    const auto periods = db.periods();
    if (!periods) {
        report.problems.append(periods.error().message);
        return report;
    }
    QStringList looked;
    QStringList published; // "2023/HUYEN: ABCD-EFGH (600/QĐ-UBND)"
    for (const Period &p : *periods) {
        if ((year && p.year != *year) || (!group.isEmpty() && p.groupCode != group))
            continue;
        const auto versions = db.publishedVersions(p.id);
        if (!versions) {
            report.problems.append(tr("%1: %2").arg(labelOf(p), versions.error().message));
            continue;
        }
        for (const PublishedRecord &r : *versions) {
            looked.append(labelOf(p));
            published.append(tr("%1 published %2 (decision %3)").arg(labelOf(p), r.printedDigest(), r.decisionNumber));
            if (r.printedDigest() != *digest)
                continue;
            const bool current = p.isFinal() && &r == &versions->last();
            report.notes.append(
                tr("%1 matches what %2 published in decision %3 of %4.")
                    .arg(*digest, labelOf(p), r.decisionNumber, r.decisionDate.toString(u"dd/MM/yyyy"_s)));
            if (!current)
                report.problems.append(tr("That decision was replaced since: %1 was reopened and %2.")
                                           .arg(labelOf(p),
                                               p.isFinal() ? tr("published again in decision %1").arg(p.decisionNumber)
                                                           : tr("is not final now")));
            // The record matches the paper; the file must still hold what the record says.
            const CheckReport whole = check(db);
            for (const QString &problem : whole.problems) {
                if (problem.contains(labelOf(p)) || !problem.contains(u'/'))
                    report.problems.append(problem);
            }
            return report;
        }
    }
    if (looked.isEmpty()) {
        report.problems.append(year || !group.isEmpty()
                ? tr("No final period of this file matches the year and group given: nothing to compare with %1.")
                      .arg(*digest)
                : tr("No period of this file was ever finalised: nothing to compare with %1.").arg(*digest));
        return report;
    }
    looked.removeDuplicates();
    report.problems.append(tr("%1 is not the digest of anything this file published: the file does not match the "
                              "paper (what it published was changed), or the digest was misread.")
                               .arg(*digest));
    for (const QString &line : std::as_const(published))
        report.notes.append(line);
    return report;
}

} // namespace parindex
