// The frame of every write: one transaction of the engine with its audit row, refused when the store may not be
// written or when someone else changed what an undo would replace.
#include "databaseprivate.h"

#include <QtCore/QDir>

using namespace Qt::StringLiterals;

namespace parindex {

Status Database::Private::exec(QSqlQuery &q) const
{
    if (!q.exec())
        return error(q);
    return {};
}

Status Database::Private::exec(const QString &statement) const
{
    QSqlQuery q = query();
    if (!q.exec(statement))
        return error(q);
    return {};
}

QString Database::Private::actionName(const QString &action)
{
    static const QHash<QString, const char *> names = {
        {u"score.set"_s, QT_TRANSLATE_NOOP("Database", "a score entered")},
        {u"scores.import"_s, QT_TRANSLATE_NOOP("Database", "an import of scores")},
        {u"scores.restore"_s, QT_TRANSLATE_NOOP("Database", "an import undone or redone")},
        {u"criteria.replace"_s, QT_TRANSLATE_NOOP("Database", "a change of the criteria")},
        {u"bands.set"_s, QT_TRANSLATE_NOOP("Database", "a change of the classification thresholds")},
        {u"decision.texts"_s, QT_TRANSLATE_NOOP("Database", "a change of the decision's texts")},
        {u"unit.save"_s, QT_TRANSLATE_NOOP("Database", "a change of a unit")},
        {u"units.import"_s, QT_TRANSLATE_NOOP("Database", "an import of units")},
        {u"group.save"_s, QT_TRANSLATE_NOOP("Database", "a change of a group")},
        {u"roster.set"_s, QT_TRANSLATE_NOOP("Database", "a change of a period's units")},
        {u"period.add"_s, QT_TRANSLATE_NOOP("Database", "a new period")},
        {u"period.finalize"_s, QT_TRANSLATE_NOOP("Database", "the finalisation of a period")},
        {u"period.reopen"_s, QT_TRANSLATE_NOOP("Database", "the reopening of a period")},
        {u"period.status"_s, QT_TRANSLATE_NOOP("Database", "a change of a period's state")},
        {u"explanation.add"_s, QT_TRANSLATE_NOOP("Database", "an explanation recorded")},
        {u"explanation.decide"_s, QT_TRANSLATE_NOOP("Database", "a decision on an explanation")},
        {u"explanation.remove"_s, QT_TRANSLATE_NOOP("Database", "an explanation taken back")},
        {u"evidence.add"_s, QT_TRANSLATE_NOOP("Database", "an evidence document attached")},
        {u"evidence.remove"_s, QT_TRANSLATE_NOOP("Database", "an evidence document taken away")},
        {u"member.add"_s, QT_TRANSLATE_NOOP("Database", "a new member of the council")},
        {u"member.remove"_s, QT_TRANSLATE_NOOP("Database", "the end of a membership")},
        {u"period.archive"_s, QT_TRANSLATE_NOOP("Database", "the archive of a period, made from its store")},
        {u"criteria.map"_s, QT_TRANSLATE_NOOP("Database", "a change of what the criteria continue")},
        {u"units.lineage"_s, QT_TRANSLATE_NOOP("Database", "a change of which units continue which")},
        {u"scenario.save"_s, QT_TRANSLATE_NOOP("Database", "a what-if scenario saved")},
        {u"scenario.delete"_s, QT_TRANSLATE_NOOP("Database", "a what-if scenario deleted")},
        {u"store.upgrade"_s, QT_TRANSLATE_NOOP("Database", "an upgrade of the store to a new version")},
    };
    const char *name = names.value(action);
    return name ? QCoreApplication::translate("Database", name) : action;
}

Error Database::Private::conflict(const QString &what, const QStringList &entities, const QString &now) const
{
    QString placeholders;
    for (qsizetype i = 0; i < entities.size(); ++i)
        placeholders += i == 0 ? u"?"_s : u", ?"_s;
    QSqlQuery q = query();
    q.prepare(u"SELECT who, at, action FROM audit WHERE entity IN (%1) ORDER BY id DESC LIMIT 1"_s.arg(placeholders));
    for (const QString &entity : entities)
        q.addBindValue(entity);
    QString by;
    if (q.exec() && q.next()) {
        const QDateTime at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toLocalTime();
        by = Database::tr("by %1 on %2 (%3)")
                 .arg(q.value(0).toString(), at.toString(u"dd/MM/yyyy HH:mm"_s), actionName(q.value(2).toString()));
    } else {
        by = Database::tr("outside the program");
    }
    return Error {Error::Kind::Conflict,
        Database::tr("%1 was changed since %2; it is now %3. Nothing was written, so that change is kept.")
            .arg(what, by, now.isEmpty() ? Database::tr("empty") : now)};
}

Status Database::Private::requireWritable() const
{
    if (engine->isReadOnly())
        return Error {Error::Kind::ReadOnly,
            Database::tr("%1 is open read-only: nothing was changed.").arg(QDir::toNativeSeparators(path))};
    if (!damage.isEmpty())
        return Error {Error::Kind::Corrupt,
            Database::tr("%1 is known to be damaged or changed outside the program, so nothing is written to it: %2")
                .arg(QDir::toNativeSeparators(path), damage)};
    return {};
}

Error Database::Private::error(const QSqlQuery &q) const
{
    const Error e = noted(engine->error(q.lastError(), path));
    engine->statementFailed();
    return e;
}

Status Database::Private::writeWith(const QString &action, const std::function<Result<AuditText>()> &body, Keys keys)
{
    if (const Status s = requireWritable(); !s)
        return s;
    if (const Status s = engine->beginWrite(keys); !s)
        return noted(s.error());
    pendingAudit = 0;
    const Result<AuditText> text = body();
    Status s = text ? audit.append(action, text->entity, text->oldValue, text->newValue) : Status(noted(text.error()));
    if (s) {
        if (const Status c = engine->commit(); !c)
            s = noted(c.error());
    }
    if (!s)
        engine->rollback();
    else if (pendingAudit > 0)
        ownAudit.insert(pendingAudit); // only now: a rolled-back id may be taken by another program's row
    return s;
}

Status Database::Private::write(const QString &action, const QString &entity, const QString &oldValue,
    const QString &newValue, const std::function<Status()> &body)
{
    return writeWith(action, [&]() -> Result<AuditText> {
        if (const Status s = body(); !s)
            return s.error();
        return AuditText {entity, oldValue, newValue};
    });
}

} // namespace parindex
