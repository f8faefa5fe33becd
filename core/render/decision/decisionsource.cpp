#include "decisionsource.h"

#include "desk/liveranking.h"
#include "desk/periodranking.h"
#include "desk/publication.h"
#include "storage/database.h"

#include <QtCore/QJsonDocument>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
// The explanations of a draft period the council has not decided yet, kept with its annex.
Status takeOpenExplanations(const Database &db, qint64 periodId, DecisionAnnex &annex)
{
    auto all = db.explanations(periodId);
    if (!all)
        return all.error();
    for (Explanation &e : *all) {
        if (e.isOpen())
            annex.openExplanations.append(std::move(e));
    }
    return {};
}

struct PeriodOfGroup
{
    UnitGroup group; // its name as published, for a final period
    Period period;
    std::optional<PublishedRecord> published; // what a final period published
};

// The periods a decision covers, in the groups' order.
Result<QList<PeriodOfGroup>> periodsOf(const Database &db, int year, const QString &groupCode)
{
    const auto groups = db.groups();
    if (!groups)
        return groups.error();
    QList<PeriodOfGroup> periods;
    for (const UnitGroup &g : *groups) {
        if (!groupCode.isEmpty() && g.code != groupCode)
            continue;
        const auto p = db.period(year, g.code);
        if (p) {
            PeriodOfGroup entry {g, *p, std::nullopt};
            if (p->isFinal()) {
                const auto kept = db.published(p->id);
                if (!kept)
                    return kept.error();
                entry.published = *kept;
                if (entry.published) {
                    const QString name
                        = entry.published->content.value(u"period"_s).toObject().value(u"group_name"_s).toString();
                    if (!name.isEmpty())
                        entry.group.name = name;
                }
            }
            periods.append(entry);
        } else if (p.error().kind != Error::Kind::NotFound || !groupCode.isEmpty()) {
            return p.error();
        }
    }
    if (periods.isEmpty() && groupCode.isEmpty())
        return Error {Error::Kind::NotFound, DecisionSource::tr("The file has no period of %1.").arg(year)};
    if (periods.isEmpty())
        return Error {Error::Kind::NotFound, DecisionSource::tr("The file has no group %1.").arg(groupCode)};
    return periods;
}

// The groups texts without a scope may have been written for: every group of the year, or the context's own.
QList<QStringList> candidateScopes(const Database &db, int year)
{
    QStringList all;
    const auto groups = db.groups();
    for (const UnitGroup &g : groups ? *groups : QList<UnitGroup>()) {
        if (db.period(year, g.code))
            all.append(g.name.isEmpty() ? g.code : g.name);
    }
    return {all};
}

Result<DecisionTexts> textsOf(const Database &db, const QList<PeriodOfGroup> &periods, const DecisionContext &context)
{
    for (const PeriodOfGroup &p : periods) {
        // A final period's texts are those it published.
        const auto stored = p.published
            ? Result<QString>(p.published->content.value(u"result"_s).toObject().value(u"texts"_s).toString())
            : db.decisionTexts(p.period.id);
        if (!stored)
            return stored.error();
        if (stored->trimmed().isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(stored->toUtf8(), &parseError);
        if (!json.isObject()) {
            return Error {Error::Kind::BadData,
                DecisionSource::tr("The stored texts of the %1 decision (%2) cannot be read: %3.")
                    .arg(QString::number(p.period.year), p.group.code, parseError.errorString())};
        }
        // Texts written for other groups (the whole year's, stored in each of its periods) follow the groups this
        // decision covers.
        return DecisionTexts::fromJson(json.object(), context).adaptedTo(context, candidateScopes(db, context.year));
    }
    return DecisionTexts::defaults(context);
}

DecisionContext contextOf(int year, const QList<PeriodOfGroup> &periods)
{
    DecisionContext context;
    context.year = year;
    for (const PeriodOfGroup &p : periods)
        context.groupNames.append(p.group.name.isEmpty() ? p.group.code : p.group.name);
    return context;
}

// A final decision prints what was issued; the groups of one decision share its number and date.
Status issuedAs(const QList<PeriodOfGroup> &periods, const DecisionRequest &request, DecisionDocument &doc)
{
    bool allFinal = true;
    for (const PeriodOfGroup &p : periods)
        allFinal = allFinal && p.period.isFinal();
    doc.draft = !allFinal;
    if (!allFinal) {
        doc.number = request.number;
        doc.date = request.date;
        return {};
    }
    const Period &first = periods.first().period;
    for (const PeriodOfGroup &p : periods) {
        if (p.period.decisionNumber != first.decisionNumber || p.period.decisionDate != first.decisionDate) {
            return Error {Error::Kind::BadData,
                DecisionSource::tr("The groups of %1 were published in separate decisions (%2 and %3): "
                                   "print each group with --group.")
                    .arg(QString::number(first.year), first.decisionNumber, p.period.decisionNumber)};
        }
    }
    if ((!request.number.isEmpty() && request.number != first.decisionNumber)
        || (request.date.isValid() && request.date != first.decisionDate)) {
        return Error {Error::Kind::Final,
            DecisionSource::tr("The %1 decision is final: it prints its stored number %2 and date %3. "
                               "A number or date given now applies to drafts only.")
                .arg(QString::number(first.year), first.decisionNumber, first.decisionDate.toString(Qt::ISODate))};
    }
    doc.number = first.decisionNumber;
    doc.date = first.decisionDate;
    return {};
}

} // namespace

Result<DecisionTexts> DecisionSource::loadTexts(const Database &db, int year, const QString &groupCode)
{
    const auto periods = periodsOf(db, year, groupCode);
    if (!periods)
        return periods.error();
    return textsOf(db, *periods, contextOf(year, *periods));
}

Result<DecisionDocument> DecisionSource::load(const Database &db, const DecisionRequest &request)
{
    return load(db, request, {});
}

Result<DecisionDocument> DecisionSource::load(
    const Database &db, const DecisionRequest &request, const KeptRanking &kept)
{
    const auto periods = periodsOf(db, request.year, request.groupCode);
    if (!periods)
        return periods.error();
    DecisionDocument doc;
    doc.year = request.year;
    if (const Status s = issuedAs(*periods, request, doc); !s)
        return s.error();
    auto texts = textsOf(db, *periods, contextOf(request.year, *periods));
    if (!texts)
        return texts.error();
    doc.texts = std::move(texts).value();
    if (!request.signerName.trimmed().isEmpty())
        doc.texts.signature.name = request.signerName.trimmed();

    for (const PeriodOfGroup &p : *periods) {
        if (const LiveRanking *live = !p.published && kept ? kept(p.period.id) : nullptr) {
            DecisionAnnex annex;
            annex.group = p.group;
            annex.table = live->table();
            annex.areas = DecisionAnnex::areasOf(live->input().tree);
            annex.criteria = live->input().tree;
            annex.bands = live->input().bands;
            if (const Status s = takeOpenExplanations(db, p.period.id, annex); !s)
                return s.error();
            doc.annexes.append(std::move(annex));
            continue;
        }
        // The tree and bands as the period holds them; the table as it published it, or ranked from the file
        // (scored from its cells without keeping a sheet per unit).
        auto tree = db.criteria(p.period.id);
        if (!tree)
            return tree.error();
        auto bands = db.bands(p.period.id);
        if (!bands)
            return bands.error();
        DecisionAnnex annex;
        annex.group = p.group;
        if (p.published) {
            auto table = Publication::ranking(db, p.period);
            if (!table)
                return table.error();
            if (!*table)
                return Error {Error::Kind::Corrupt,
                    DecisionSource::tr("The published ranking of %1 (%2) is not in the file.")
                        .arg(p.group.name)
                        .arg(request.year)};
            annex.table = std::move(**table);
            annex.digest = p.published->printedDigest();
        } else {
            auto table = rankPeriod(db, request.year, p.group.code);
            if (!table)
                return table.error();
            annex.table = std::move(table).value();
            if (const Status s = takeOpenExplanations(db, p.period.id, annex); !s)
                return s.error();
        }
        annex.areas = DecisionAnnex::areasOf(*tree);
        annex.criteria = std::move(tree).value();
        annex.bands = std::move(bands).value();
        doc.annexes.append(std::move(annex));
    }
    return doc;
}

Status DecisionSource::saveTexts(Database &db, int year, const QString &groupCode, const DecisionTexts &texts,
    const std::optional<DecisionTexts> &expected)
{
    const auto periods = periodsOf(db, year, groupCode);
    if (!periods)
        return periods.error();
    const QStringList scope = contextOf(year, *periods).groupNames;
    const auto json = [&scope](DecisionTexts t) {
        t.scope = scope; // the groups the texts are written for
        return QString::fromUtf8(QJsonDocument(t.toJson()).toJson(QJsonDocument::Compact));
    };
    QList<qint64> ids;
    for (const PeriodOfGroup &p : *periods)
        ids.append(p.period.id);
    return db.setDecisionTexts(ids, json(texts), expected ? std::optional<QString>(json(*expected)) : std::nullopt);
}

} // namespace parindex
