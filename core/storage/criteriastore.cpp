// A period's criteria and bands: the tables a council edits rarely, and what every score cell refers to.
#include "criteriastore.h"

#include "databaseprivate.h"
#include "linkstore.h"

#include "model/criteriaedit.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSet>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
// Cells in an audit row: a line of JSON {"scores": [{"unit", "criterion", "self", "appraised", "na", "note"}]} after
// the row's text (nothing when there are none), so that values a change took away can be read back from the log.
QString cellsText(const QList<ScoreCell> &cells)
{
    if (cells.isEmpty())
        return {};
    QJsonArray list;
    for (const ScoreCell &c : cells) {
        QJsonObject o {{u"unit"_s, c.unitCode}, {u"criterion"_s, c.criterionCode}};
        if (c.entry.selfValue)
            o.insert(u"self"_s, c.entry.selfValue->toString());
        if (c.entry.appraised)
            o.insert(u"appraised"_s, c.entry.appraised->toString());
        if (c.entry.notApplicable)
            o.insert(u"na"_s, true);
        if (!c.entry.note.isEmpty())
            o.insert(u"note"_s, c.entry.note);
        list.append(o);
    }
    return u"\n"_s + QString::fromUtf8(QJsonDocument(QJsonObject {{u"scores"_s, list}}).toJson(QJsonDocument::Compact));
}

QString bandsText(const ClassBands &bands)
{
    QStringList parts;
    for (const ClassBands::Band &b : bands.bands())
        parts.append(classCodeName(b.code) + u">="_s + b.minIndex.toString());
    return parts.join(u';');
}
} // namespace

Status CriteriaStore::insertBands(qint64 periodId, const ClassBands &bands)
{
    if (const Status s = d->verifyPart(periodId, Part::Bands); !s)
        return s;
    QSqlQuery del = d->query();
    del.prepare(u"DELETE FROM band WHERE period_id = ?"_s);
    del.addBindValue(periodId);
    if (const Status s = d->exec(del); !s)
        return s;
    QSqlQuery q = d->query();
    q.prepare(u"INSERT INTO band (period_id, class_code, min_index, seal) VALUES (?, ?, ?, ?)"_s);
    for (const ClassBands::Band &b : bands.bands()) {
        q.addBindValue(periodId);
        q.addBindValue(classCodeName(b.code));
        q.addBindValue(b.minIndex.raw());
        q.addBindValue(seals::band(periodId, classCodeName(b.code), b.minIndex.raw()));
        if (const Status s = d->exec(q); !s)
            return s;
    }
    return d->recount(periodId, Part::Bands);
}

Status CriteriaStore::insertCriteria(qint64 periodId, const CriteriaTree &tree)
{
    QSqlQuery q = d->query();
    q.prepare(u"INSERT INTO criterion (period_id, code, title, max_points, kind, rule, position, seal) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < tree.size(); ++i) {
        const Criterion &c = tree.at(i);
        const QString kind = criterionKindCode(c.kind);
        const QString rule = c.rule.toString();
        q.addBindValue(periodId);
        q.addBindValue(c.code);
        q.addBindValue(sql::text(c.title));
        q.addBindValue(c.maxPoints.raw());
        q.addBindValue(kind);
        q.addBindValue(sql::text(rule));
        q.addBindValue(int(i));
        q.addBindValue(seals::criterion(periodId, c.code, c.title, c.maxPoints.raw(), kind, rule, int(i)));
        if (const Status s = d->exec(q); !s)
            return s;
    }
    return d->recount(periodId, Part::Criteria);
}

Result<CriteriaTree> CriteriaStore::criteria(qint64 periodId) const
{
    const ReadSnapshot snapshot(*d->engine); // what is verified is what is shown
    if (const Status s = d->verifyPart(periodId, Part::Criteria); !s)
        return s.error();
    QSqlQuery q = d->query();
    q.prepare(u"SELECT code, title, max_points, kind, rule FROM criterion WHERE period_id = ? ORDER BY position"_s);
    q.addBindValue(periodId);
    if (!q.exec())
        return d->error(q);
    QList<Criterion> list;
    while (q.next()) {
        Criterion c;
        c.code = q.value(0).toString();
        c.title = q.value(1).toString();
        c.maxPoints = Fixed::fromRaw(q.value(2).toLongLong());
        c.kind = criterionKindFromCode(q.value(3).toString()).value_or(CriterionKind::Score);
        const auto rule = RateRule::parse(q.value(4).toString());
        c.rule = rule ? *rule : RateRule();
        list.append(c);
    }
    auto tree = CriteriaTree::build(list);
    if (!tree)
        return Error {
            Error::Kind::Corrupt, Database::tr("The stored criteria tree is not valid: %1").arg(tree.error().text())};
    return tree;
}

Status CriteriaStore::replaceCriteria(qint64 periodId, const CriteriaTree &tree, const Database::CriteriaWrite &write)
{
    const QHash<QString, QString> &renamedCodes = write.renamedCodes;
    const std::optional<CriteriaTree> &expected = write.expected;
    const Database::Dropping &dropping = write.dropping;
    const QList<ScoreCell> &restored = write.restored;
    const auto p = d->periods.byId(periodId);
    if (!p)
        return p.error();
    if (const Status s = d->periods.requireOpen(periodId); !s)
        return s;
    return d->writeWith(u"criteria.replace"_s, [&]() -> Result<Database::Private::AuditText> {
        if (const Status s = d->periods.requireOpen(periodId); !s) // finalised meanwhile?
            return s.error();
        // Criteria and scores are written again with new seals: those changed outside are refused first.
        for (const Part part : {Part::Criteria, Part::Scores}) {
            if (const Status s = d->verifyPart(periodId, part); !s)
                return s.error();
        }
        const auto now = criteria(periodId);
        if (!now)
            return now.error();
        if (expected && now->criteria() != expected->criteria())
            return d->conflict(Database::tr("The criteria of %1").arg(d->periods.label(*p)), {d->periods.label(*p)},
                Database::tr("%n criteria", nullptr, int(now->size())));
        // The values as stored (their seals verified above), by unit and old code.
        QSqlQuery read = d->query();
        read.prepare(u"SELECT c.code, s.unit_id, u.code, s.self_value, s.appraised, s.not_applicable, s.note "
                     "FROM score s JOIN criterion c ON c.id = s.criterion_id JOIN unit u ON u.id = s.unit_id "
                     "WHERE c.period_id = ?"_s);
        read.addBindValue(periodId);
        if (const Status s = d->exec(read); !s)
            return s.error();
        QHash<QString, ScoreSheet> sheets;
        QHash<QString, qint64> unitIds;
        while (read.next()) {
            const QString unit = read.value(2).toString();
            unitIds.insert(unit, read.value(1).toLongLong());
            ScoreSheet &sheet = sheets[unit];
            sheet.unitCode = unit;
            sheet.entries.insert(read.value(0).toString(),
                ScoreEntry {sql::toFixed(read.value(3)), sql::toFixed(read.value(4)), read.value(5).toBool(),
                    read.value(6).toString()});
        }
        // What the new tree takes away is deleted only when that was allowed, and named in the audit row.
        const DroppedValues dropped = CriteriaEdit::droppedValues(tree, sheets, renamedCodes);
        if (!dropped.isEmpty() && dropping.allow == Database::Dropping::Allow::Nothing)
            return Error {Error::Kind::BadData,
                Database::tr("The new criteria of %1 would delete %2; nothing was changed.")
                    .arg(d->periods.label(*p), dropped.summary()),
                dropped.details()};
        if (dropping.allow == Database::Dropping::Allow::Exactly && dropped.before != dropping.cells)
            return Error {Error::Kind::Conflict,
                dropped.isEmpty()
                    ? Database::tr("The values of %1 changed since the question was asked; nothing was changed.")
                          .arg(d->periods.label(*p))
                    : Database::tr(
                        "The values of %1 changed since the question was asked: the change would now delete %2. "
                        "Nothing was changed.")
                          .arg(d->periods.label(*p), dropped.summary())};

        // The cells to write under the new tree: those kept (what remains of the dropped ones), then the restored.
        QHash<QPair<QString, QString>, ScoreEntry> cells; // (new code, unit) -> entry
        for (auto sheet = sheets.cbegin(); sheet != sheets.cend(); ++sheet) {
            for (auto it = sheet->entries.cbegin(); it != sheet->entries.cend(); ++it) {
                if (!it->isEmpty()) // a row that holds nothing is no value to keep
                    cells.insert({renamedCodes.value(it.key(), it.key()), sheet.key()}, *it);
            }
        }
        QList<ScoreCell> written; // for the audit row: what the change writes besides the cells it keeps as they are
        for (qsizetype i = 0; i < dropped.before.size(); ++i) {
            const ScoreCell &left = dropped.after[i];
            cells.remove({left.criterionCode, left.unitCode});
            if (!left.entry.isEmpty()) {
                cells.insert({left.criterionCode, left.unitCode}, left.entry);
                written.append(left);
            }
        }
        if (!restored.isEmpty()) {
            QStringList problems;
            for (const ScoreCell &c : restored) {
                const qsizetype node = tree.indexOf(c.criterionCode);
                if (node < 0 || tree.at(node).isGroup()) {
                    problems.append(Database::tr("Unit %1, criterion %2: not a criterion that takes a value.")
                                        .arg(c.unitCode, c.criterionCode));
                    continue;
                }
                for (const std::optional<Fixed> &v : {c.entry.selfValue, c.entry.appraised}) {
                    if (v && !tree.at(node).isValueInRange(*v)) {
                        problems.append(
                            Database::tr("Unit %1, criterion %2: the value %3 is outside 0 to %4.")
                                .arg(c.unitCode, c.criterionCode, v->toString(), tree.at(node).valueMax().toString()));
                        break;
                    }
                }
                if (!unitIds.contains(c.unitCode)) {
                    const auto id = d->units.rosterUnitId(*p, c.unitCode);
                    if (!id) {
                        problems.append(id.error().message);
                        continue;
                    }
                    unitIds.insert(c.unitCode, *id);
                }
                if (c.entry.isEmpty())
                    cells.remove({c.criterionCode, c.unitCode});
                else
                    cells.insert({c.criterionCode, c.unitCode}, c.entry);
                written.append(c);
            }
            if (!problems.isEmpty())
                return Error {
                    Error::Kind::BadData, Database::tr("The values to put back do not fit the criteria."), problems};
        }

        QSqlQuery del = d->query();
        del.prepare(u"DELETE FROM criterion WHERE period_id = ?"_s);
        del.addBindValue(periodId);
        if (const Status s = d->exec(del); !s)
            return s.error();
        if (const Status s = insertCriteria(periodId, tree); !s)
            return s.error();
        // What this year's criteria continue, and what the next year's continue of them, follows the change.
        if (const auto links = links::followCriteria(*d, periodId, *now, tree, renamedCodes); !links)
            return links.error();
        if (now->isEmpty()) { // its first tree: linked as a copy forward or an upgrade links it
            if (const Status s = links::linkSameCodeAndTitle(*d, periodId, tree); !s)
                return s.error();
        }
        QHash<QString, qint64> ids;
        QSqlQuery idq = d->query();
        idq.prepare(u"SELECT code, id FROM criterion WHERE period_id = ?"_s);
        idq.addBindValue(periodId);
        if (const Status s = d->exec(idq); !s)
            return s.error();
        while (idq.next())
            ids.insert(idq.value(0).toString(), idq.value(1).toLongLong());
        QSqlQuery ins = d->query();
        ins.prepare(u"INSERT INTO score (criterion_id, unit_id, self_value, appraised, not_applicable, "
                    "note, seal) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
            const qsizetype node = tree.indexOf(it.key().first);
            if (node < 0 || tree.at(node).isGroup()) // dropped above, so that only a restored cell could be here
                return Error {Error::Kind::Internal, Database::tr("Criterion %1 takes no value.").arg(it.key().first)};
            const qint64 cid = ids.value(it.key().first);
            const qint64 unitId = unitIds.value(it.key().second);
            const QVariant self = sql::toVariant(it->selfValue);
            const QVariant appraised = sql::toVariant(it->appraised);
            ins.addBindValue(cid);
            ins.addBindValue(unitId);
            ins.addBindValue(self);
            ins.addBindValue(appraised);
            ins.addBindValue(it->notApplicable ? 1 : 0);
            ins.addBindValue(sql::text(it->note));
            ins.addBindValue(seals::score(cid, unitId, self, appraised, it->notApplicable, it->note));
            if (const Status s = d->exec(ins); !s)
                return s.error();
        }
        if (const Status s = d->recount(periodId, Part::Scores); !s)
            return s.error();
        QString oldText = Database::tr("%n criteria", nullptr, int(now->size()));
        QString newText = Database::tr("%n criteria", nullptr, int(tree.size()));
        if (write.bands) {
            const auto bandsNow = bands(periodId);
            if (!bandsNow)
                return bandsNow.error();
            if (write.expectedBands && *bandsNow != *write.expectedBands)
                return d->conflict(Database::tr("The bands of %1").arg(d->periods.label(*p)), {d->periods.label(*p)},
                    bandsText(*bandsNow));
            if (const Status s = insertBands(periodId, *write.bands); !s)
                return s.error();
            oldText += u"; "_s + bandsText(*bandsNow);
            newText += u"; "_s + bandsText(*write.bands);
        }
        return Database::Private::AuditText {
            d->periods.label(*p), oldText + cellsText(dropped.before), newText + cellsText(written)};
    });
}

Result<ClassBands> CriteriaStore::bands(qint64 periodId) const
{
    const ReadSnapshot snapshot(*d->engine); // what is verified is what is shown
    if (const Status s = d->verifyPart(periodId, Part::Bands); !s)
        return s.error();
    QSqlQuery q = d->query();
    q.prepare(u"SELECT class_code, min_index FROM band WHERE period_id = ?"_s);
    q.addBindValue(periodId);
    if (!q.exec())
        return d->error(q);
    QList<ClassBands::Band> list;
    while (q.next()) {
        const auto code = classCodeFromName(q.value(0).toString());
        if (code)
            list.append({*code, Fixed::fromRaw(q.value(1).toLongLong())});
    }
    if (list.isEmpty())
        return ClassBands::defaults();
    auto bands = ClassBands::build(list);
    if (!bands)
        return Error {
            Error::Kind::Corrupt, Database::tr("The stored bands are not valid: %1").arg(bands.error().text())};
    return bands;
}

Status CriteriaStore::setBands(qint64 periodId, const ClassBands &bands, const std::optional<ClassBands> &expected)
{
    const auto p = d->periods.byId(periodId);
    if (!p)
        return p.error();
    if (const Status s = d->periods.requireOpen(periodId); !s)
        return s;
    const auto old = this->bands(periodId);
    return d->write(
        u"bands.set"_s, d->periods.label(*p), old ? bandsText(*old) : QString(), bandsText(bands), [&]() -> Status {
            if (const Status s = d->periods.requireOpen(periodId); !s) // finalised meanwhile?
                return s;
            if (expected) {
                const auto now = this->bands(periodId);
                if (!now)
                    return now.error();
                if (*now != *expected)
                    return d->conflict(Database::tr("The bands of %1").arg(d->periods.label(*p)),
                        {d->periods.label(*p)}, bandsText(*now));
            }
            return insertBands(periodId, bands);
        });
}

} // namespace parindex
