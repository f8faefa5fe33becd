// Periods, criteria and bands: the tables a council edits rarely.
#include "database.h"

#include "databaseprivate.h"

#include "model/criteriaedit.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSet>

using namespace Qt::StringLiterals;

namespace parindex {

Result<QList<Period>> Database::periods(const QString &groupCode) const
{
    QSqlQuery q = d->query();
    const QString select = u"SELECT p.id, p.year, p.group_code, p.status, p.decision_number, p.decision_date, p.seal "
                           "FROM period p JOIN unit_group g ON g.code = p.group_code "_s;
    if (groupCode.isEmpty()) {
        q.prepare(select + u"ORDER BY g.position, g.code, p.year"_s);
    } else {
        q.prepare(select + u"WHERE p.group_code = ? ORDER BY p.year"_s);
        q.addBindValue(groupCode);
    }
    if (!q.exec())
        return d->error(q);
    QList<Period> list;
    while (q.next()) {
        auto p = d->periodFrom(q);
        if (!p)
            return p.error();
        list.append(*p);
    }
    return list;
}

Result<Period> Database::period(int year, const QString &groupCode) const
{
    QSqlQuery q = d->query();
    q.prepare(u"SELECT id FROM period WHERE year = ? AND group_code = ?"_s);
    q.addBindValue(year);
    q.addBindValue(groupCode);
    if (!q.exec())
        return d->error(q);
    if (!q.next())
        return Error {
            Error::Kind::NotFound, tr("There is no %1 period for group %2.").arg(QString::number(year), groupCode)};
    return d->periodById(q.value(0).toLongLong());
}

namespace {
Status insertBands(Database::Private &d, qint64 periodId, const ClassBands &bands)
{
    if (const Status s = d.verifyPart(periodId, Part::Bands); !s)
        return s;
    QSqlQuery del = d.query();
    del.prepare(u"DELETE FROM band WHERE period_id = ?"_s);
    del.addBindValue(periodId);
    if (const Status s = d.exec(del); !s)
        return s;
    QSqlQuery q = d.query();
    q.prepare(u"INSERT INTO band (period_id, class_code, min_index, seal) VALUES (?, ?, ?, ?)"_s);
    for (const ClassBands::Band &b : bands.bands()) {
        q.addBindValue(periodId);
        q.addBindValue(classCodeName(b.code));
        q.addBindValue(b.minIndex.raw());
        q.addBindValue(seals::band(periodId, classCodeName(b.code), b.minIndex.raw()));
        if (const Status s = d.exec(q); !s)
            return s;
    }
    return d.recount(periodId, Part::Bands);
}

Status insertCriteria(Database::Private &d, qint64 periodId, const CriteriaTree &tree)
{
    QSqlQuery q = d.query();
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
        if (const Status s = d.exec(q); !s)
            return s;
    }
    return d.recount(periodId, Part::Criteria);
}

// A new period ranks the units of its group that take part in its year, as they are now.
Status insertRoster(Database::Private &d, qint64 periodId, int year, const QString &groupCode)
{
    if (d.schemaVersion < 5)
        return {};
    QSqlQuery units = d.query();
    units.prepare(u"SELECT id, name, ranked FROM unit WHERE group_code = ? "
                  "AND (since_year IS NULL OR since_year <= ?) AND (retired_year IS NULL OR retired_year > ?)"_s);
    units.addBindValue(groupCode);
    units.addBindValue(year);
    units.addBindValue(year);
    if (const Status s = d.exec(units); !s)
        return s;
    QSqlQuery q = d.query();
    q.prepare(u"INSERT INTO roster (period_id, unit_id, name, ranked, seal) VALUES (?, ?, ?, ?, ?)"_s);
    while (units.next()) {
        q.addBindValue(periodId);
        q.addBindValue(units.value(0));
        q.addBindValue(units.value(1));
        q.addBindValue(units.value(2));
        q.addBindValue(seals::rosterEntry(
            periodId, units.value(0).toLongLong(), units.value(1).toString(), units.value(2).toBool()));
        if (const Status s = d.exec(q); !s)
            return s;
    }
    for (const Part part : AllParts) {
        if (const Status s = d.recount(periodId, part); !s)
            return s;
    }
    return {};
}

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

Result<Period> Database::addPeriod(int year, const QString &groupCode, std::optional<int> copyFromYear)
{
    if (year < 1990 || year > 2200)
        return Error {Error::Kind::BadData, tr("%1 is not a plausible year.").arg(year)};
    if (const auto existing = period(year, groupCode); existing)
        return Error {Error::Kind::BadData,
            tr("The %1 period of group %2 exists already.").arg(QString::number(year), groupCode)};
    std::optional<Period> source;
    CriteriaTree tree;
    ClassBands bands = ClassBands::defaults();
    if (copyFromYear) {
        const auto from = period(*copyFromYear, groupCode);
        if (!from)
            return from.error();
        source = *from;
        auto t = criteria(from->id);
        if (!t)
            return t.error();
        tree = *t;
        auto b = this->bands(from->id);
        if (!b)
            return b.error();
        bands = *b;
    }
    qint64 newId = 0;
    const Status s = d->write(u"period.add"_s, u"%1/%2"_s.arg(year).arg(groupCode), QString(),
        copyFromYear ? tr("copied from %1").arg(*copyFromYear) : QString(), [&]() -> Status {
            QSqlQuery q = d->query();
            q.prepare(u"INSERT INTO period (year, group_code, status, seal) VALUES (?, ?, 'draft', '')"_s);
            q.addBindValue(year);
            q.addBindValue(groupCode);
            if (const Status e = d->exec(q); !e)
                return e;
            newId = q.lastInsertId().toLongLong();
            QSqlQuery seal = d->query();
            seal.prepare(u"UPDATE period SET seal = ? WHERE id = ?"_s);
            seal.addBindValue(seals::period(newId, year, groupCode, u"draft"_s, QString(), QString()));
            seal.addBindValue(newId);
            if (const Status e = d->exec(seal); !e)
                return e;
            if (const Status e = insertBands(*d, newId, bands); !e)
                return e;
            if (const Status e = insertCriteria(*d, newId, tree); !e)
                return e;
            return insertRoster(*d, newId, year, groupCode);
        });
    if (!s) {
        if (s.error().kind == Error::Kind::BadData)
            return Error {Error::Kind::BadData, tr("There is no group %1.").arg(groupCode)};
        return s.error();
    }
    return d->periodById(newId);
}

Status Database::setPeriodStatus(qint64 periodId, PeriodStatus status, const QString &decisionNumber,
    const QDate &decisionDate, const QString &reason)
{
    const auto p = d->periodById(periodId);
    if (!p)
        return p.error();
    if (status == PeriodStatus::Final && (decisionNumber.trimmed().isEmpty() || !decisionDate.isValid()))
        return Error {Error::Kind::BadData, tr("Finalising needs the decision's number and date.")};
    if (status == PeriodStatus::Final && d->schemaVersion >= 5) // it publishes: finalize() keeps what it published
        return Error {Error::Kind::Usage, tr("A period is finalised with what it publishes (Database::finalize).")};
    if (p->isFinal() && status != PeriodStatus::Final && reason.trimmed().isEmpty())
        return Error {
            Error::Kind::BadData, tr("Reopening a final period needs a reason, which is kept in the audit log.")};
    if (p->isFinal() && status == PeriodStatus::Final)
        return Error {Error::Kind::Final,
            tr("The %1 ranking of group %2 is final already.").arg(QString::number(p->year), p->groupCode)};
    const QString number = status == PeriodStatus::Final ? decisionNumber.trimmed() : QString();
    const QString date = status == PeriodStatus::Final ? decisionDate.toString(Qt::ISODate) : QString();
    const QString code = periodStatusCode(status);
    QString newText = code;
    if (status == PeriodStatus::Final)
        newText += u" "_s + number + u" "_s + date;
    if (!reason.trimmed().isEmpty())
        newText += u" – "_s + reason.trimmed();
    return d->write(
        status == PeriodStatus::Final ? u"period.finalize"_s : (p->isFinal() ? u"period.reopen"_s : u"period.status"_s),
        d->periodLabel(*p), periodStatusCode(p->status) + u" "_s + p->decisionNumber, newText, [&]() -> Status {
            const auto now = d->periodById(periodId); // read again in the transaction; its seal must hold
            if (!now)
                return now.error();
            if (now->status != p->status)
                return d->conflict(d->periodLabel(*p), {d->periodLabel(*p)}, PeriodText::statusLabel(now->status));
            QSqlQuery q = d->query();
            q.prepare(u"UPDATE period SET status = ?, decision_number = ?, decision_date = ?, seal = ? "
                      "WHERE id = ?"_s);
            q.addBindValue(code);
            q.addBindValue(sql::text(number));
            q.addBindValue(sql::text(date));
            q.addBindValue(seals::period(periodId, p->year, p->groupCode, code, number, date));
            q.addBindValue(periodId);
            return d->exec(q);
        });
}

Result<CriteriaTree> Database::criteria(qint64 periodId) const
{
    const sql::ReadSnapshot snapshot(d->db()); // what is verified is what is shown
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
        return Error {Error::Kind::Corrupt, tr("The stored criteria tree is not valid: %1").arg(tree.error().text())};
    return tree;
}

Status Database::replaceCriteria(qint64 periodId, const CriteriaTree &tree)
{
    return replaceCriteria(periodId, tree, CriteriaWrite());
}

Status Database::replaceCriteria(qint64 periodId, const CriteriaTree &tree, const QHash<QString, QString> &renamedCodes,
    const std::optional<CriteriaTree> &expected)
{
    CriteriaWrite write;
    write.renamedCodes = renamedCodes;
    write.expected = expected;
    return replaceCriteria(periodId, tree, write);
}

Status Database::replaceCriteria(qint64 periodId, const CriteriaTree &tree, const CriteriaWrite &write)
{
    const QHash<QString, QString> &renamedCodes = write.renamedCodes;
    const std::optional<CriteriaTree> &expected = write.expected;
    const Dropping &dropping = write.dropping;
    const QList<ScoreCell> &restored = write.restored;
    const auto p = d->periodById(periodId);
    if (!p)
        return p.error();
    if (const Status s = d->requireOpenPeriod(periodId); !s)
        return s;
    return d->writeWith(u"criteria.replace"_s, [&]() -> Result<Private::AuditText> {
        if (const Status s = d->requireOpenPeriod(periodId); !s) // finalised meanwhile?
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
            return d->conflict(tr("The criteria of %1").arg(d->periodLabel(*p)), {d->periodLabel(*p)},
                tr("%n criteria", nullptr, int(now->size())));
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
        if (!dropped.isEmpty() && dropping.allow == Dropping::Allow::Nothing)
            return Error {Error::Kind::BadData,
                tr("The new criteria of %1 would delete %2; nothing was changed.")
                    .arg(d->periodLabel(*p), dropped.summary()),
                dropped.details()};
        if (dropping.allow == Dropping::Allow::Exactly && dropped.before != dropping.cells)
            return Error {Error::Kind::Conflict,
                dropped.isEmpty()
                    ? tr("The values of %1 changed since the question was asked; nothing was changed.")
                          .arg(d->periodLabel(*p))
                    : tr("The values of %1 changed since the question was asked: the change would now delete %2. "
                         "Nothing was changed.")
                          .arg(d->periodLabel(*p), dropped.summary())};

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
                    problems.append(tr("Unit %1, criterion %2: not a criterion that takes a value.")
                                        .arg(c.unitCode, c.criterionCode));
                    continue;
                }
                for (const std::optional<Fixed> &v : {c.entry.selfValue, c.entry.appraised}) {
                    if (v && !tree.at(node).isValueInRange(*v)) {
                        problems.append(
                            tr("Unit %1, criterion %2: the value %3 is outside 0 to %4.")
                                .arg(c.unitCode, c.criterionCode, v->toString(), tree.at(node).valueMax().toString()));
                        break;
                    }
                }
                if (!unitIds.contains(c.unitCode)) {
                    const auto id = d->rosterUnitId(*p, c.unitCode);
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
                return Error {Error::Kind::BadData, tr("The values to put back do not fit the criteria."), problems};
        }

        QSqlQuery del = d->query();
        del.prepare(u"DELETE FROM criterion WHERE period_id = ?"_s);
        del.addBindValue(periodId);
        if (const Status s = d->exec(del); !s)
            return s.error();
        if (const Status s = insertCriteria(*d, periodId, tree); !s)
            return s.error();
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
                return Error {Error::Kind::Internal, tr("Criterion %1 takes no value.").arg(it.key().first)};
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
        QString oldText = tr("%n criteria", nullptr, int(now->size()));
        QString newText = tr("%n criteria", nullptr, int(tree.size()));
        if (write.bands) {
            const auto bandsNow = bands(periodId);
            if (!bandsNow)
                return bandsNow.error();
            if (write.expectedBands && *bandsNow != *write.expectedBands)
                return d->conflict(
                    tr("The bands of %1").arg(d->periodLabel(*p)), {d->periodLabel(*p)}, bandsText(*bandsNow));
            if (const Status s = insertBands(*d, periodId, *write.bands); !s)
                return s.error();
            oldText += u"; "_s + bandsText(*bandsNow);
            newText += u"; "_s + bandsText(*write.bands);
        }
        return Private::AuditText {
            d->periodLabel(*p), oldText + cellsText(dropped.before), newText + cellsText(written)};
    });
}

Result<ClassBands> Database::bands(qint64 periodId) const
{
    const sql::ReadSnapshot snapshot(d->db()); // what is verified is what is shown
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
        return Error {Error::Kind::Corrupt, tr("The stored bands are not valid: %1").arg(bands.error().text())};
    return bands;
}

Status Database::setBands(qint64 periodId, const ClassBands &bands, const std::optional<ClassBands> &expected)
{
    const auto p = d->periodById(periodId);
    if (!p)
        return p.error();
    if (const Status s = d->requireOpenPeriod(periodId); !s)
        return s;
    const auto old = this->bands(periodId);
    return d->write(
        u"bands.set"_s, d->periodLabel(*p), old ? bandsText(*old) : QString(), bandsText(bands), [&]() -> Status {
            if (const Status s = d->requireOpenPeriod(periodId); !s) // finalised meanwhile?
                return s;
            if (expected) {
                const auto now = this->bands(periodId);
                if (!now)
                    return now.error();
                if (*now != *expected)
                    return d->conflict(
                        tr("The bands of %1").arg(d->periodLabel(*p)), {d->periodLabel(*p)}, bandsText(*now));
            }
            return insertBands(*d, periodId, bands);
        });
}

} // namespace parindex
