// Named what-if scenarios of a period: saved, replaced and deleted as a whole, each a sealed row with its audit entry.
#include "scenariostore.h"

#include "databaseprivate.h"

#include <QtCore/QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parindex {

namespace seals {
QString scenario(
    qint64 periodId, const QString &name, const QString &content, const QString &savedAt, const QString &savedBy)
{
    return sql::seal({u"scenario"_s, QString::number(periodId), name, content, savedAt, savedBy});
}
} // namespace seals

namespace scenarios {

namespace {
constexpr qsizetype MaxName = 100;

QString timeText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

Status requireScenarios(const Database::Private &d)
{
    if (d.schemaVersion < 9)
        return Error {Error::Kind::ReadOnly,
            Database::tr("This file is of schema version %1, which holds no scenarios: open it with this program to "
                         "upgrade it.")
                .arg(d.schemaVersion)};
    return {};
}

// The stored scenario `name` of the period, its seal verified; nullopt when there is none.
Result<std::optional<SavedScenario>> stored(const Database::Private &d, qint64 periodId, const QString &name)
{
    QSqlQuery q = d.query();
    q.prepare(u"SELECT name, content, saved_at, saved_by, seal FROM scenario WHERE period_id = ? AND name = ?"_s);
    q.addBindValue(periodId);
    q.addBindValue(name);
    if (!q.exec())
        return d.error(q);
    if (!q.next())
        return std::optional<SavedScenario>();
    const SavedScenario s {q.value(0).toString(), q.value(1).toString(),
        QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs), q.value(3).toString()};
    if (seals::scenario(periodId, s.name, s.content, q.value(2).toString(), s.savedBy) != q.value(4).toString())
        return d.changedOutside(Database::tr("the scenario “%1” of %2").arg(s.name, d.periods.label(periodId)));
    return std::optional<SavedScenario>(s);
}

// "saved by lan on 07/12/2026 18:30": what a conflict says the stored scenario is now.
QString savedText(const std::optional<SavedScenario> &s)
{
    if (!s)
        return Database::tr("deleted");
    return Database::tr("saved by %1 on %2").arg(s->savedBy, s->savedAt.toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s));
}
} // namespace

QString nameProblem(const QString &given)
{
    const QString name = given.trimmed();
    if (name.isEmpty() || name.size() > MaxName
        || std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return Database::tr("“%1” cannot be the name of a scenario: give a name of 1 to %2 characters on one line.")
            .arg(given)
            .arg(MaxName);
    return {};
}

Result<QList<SavedScenario>> list(const Database::Private &d, qint64 periodId)
{
    if (d.schemaVersion < 9)
        return QList<SavedScenario>();
    QSqlQuery q = d.query();
    q.setForwardOnly(true);
    q.prepare(u"SELECT name, content, saved_at, saved_by, seal FROM scenario WHERE period_id = ? ORDER BY name"_s);
    q.addBindValue(periodId);
    if (!q.exec())
        return d.error(q);
    QList<SavedScenario> list;
    while (q.next()) {
        SavedScenario s {q.value(0).toString(), q.value(1).toString(),
            QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs), q.value(3).toString()};
        if (seals::scenario(periodId, s.name, s.content, q.value(2).toString(), s.savedBy) != q.value(4).toString())
            return d.changedOutside(Database::tr("the scenario “%1” of %2").arg(s.name, d.periods.label(periodId)));
        list.append(std::move(s));
    }
    return list;
}

Status save(
    Database::Private &d, qint64 periodId, const SavedScenario &scenario, const std::optional<QString> &replacing)
{
    if (const Status s = requireScenarios(d); !s)
        return s;
    const QString name = scenario.name.trimmed().normalized(QString::NormalizationForm_C);
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        return Error {Error::Kind::BadData, problem};
    QJsonParseError parsed;
    if (!QJsonDocument::fromJson(scenario.content.toUtf8(), &parsed).isObject())
        return Error {Error::Kind::Internal,
            Database::tr("The scenario “%1” is not a JSON object: %2").arg(name, parsed.errorString())};
    return d.writeWith(u"scenario.save"_s, [&]() -> Result<Database::Private::AuditText> {
        // Not requireOpen: a scenario is not the period's record, and final periods are where it is asked most.
        const auto p = d.periods.byId(periodId);
        if (!p)
            return p.error();
        const QString label = d.periods.label(*p);
        const QString entity = label + u'/' + name;
        const auto before = stored(d, periodId, name);
        if (!before)
            return before.error();
        if (!replacing && *before)
            return Error {Error::Kind::BadData,
                Database::tr("%1 already has a scenario named “%2” (%3): give another name, or replace it.")
                    .arg(label, name, savedText(*before))};
        if (replacing && (!*before || (*before)->content != *replacing))
            return d.conflict(Database::tr("The scenario “%1” of %2").arg(name, label), {entity}, savedText(*before));
        const QString at = timeText(d.clock());
        QSqlQuery q = d.query();
        q.prepare(*before ? u"UPDATE scenario SET content = ?, saved_at = ?, saved_by = ?, seal = ? "
                            "WHERE period_id = ? AND name = ?"_s
                          : u"INSERT INTO scenario (content, saved_at, saved_by, seal, period_id, name) "
                            "VALUES (?, ?, ?, ?, ?, ?)"_s);
        q.addBindValue(scenario.content);
        q.addBindValue(at);
        q.addBindValue(d.who);
        q.addBindValue(seals::scenario(periodId, name, scenario.content, at, d.who));
        q.addBindValue(periodId);
        q.addBindValue(name);
        if (const Status s = d.exec(q); !s)
            return s.error();
        return Database::Private::AuditText {entity, *before ? (*before)->content : QString(), scenario.content};
    });
}

Status remove(Database::Private &d, qint64 periodId, const QString &name, const std::optional<QString> &expected)
{
    if (const Status s = requireScenarios(d); !s)
        return s;
    return d.writeWith(u"scenario.delete"_s, [&]() -> Result<Database::Private::AuditText> {
        const auto p = d.periods.byId(periodId);
        if (!p)
            return p.error();
        const QString label = d.periods.label(*p);
        const QString entity = label + u'/' + name;
        const auto before = stored(d, periodId, name);
        if (!before)
            return before.error();
        if (expected && (!*before || (*before)->content != *expected))
            return d.conflict(Database::tr("The scenario “%1” of %2").arg(name, label), {entity}, savedText(*before));
        if (!*before)
            return Error {Error::Kind::NotFound, Database::tr("%1 has no scenario named “%2”.").arg(label, name)};
        QSqlQuery q = d.query();
        q.prepare(u"DELETE FROM scenario WHERE period_id = ? AND name = ?"_s);
        q.addBindValue(periodId);
        q.addBindValue(name);
        if (const Status s = d.exec(q); !s)
            return s.error();
        return Database::Private::AuditText {entity, (*before)->content, QString()};
    });
}

} // namespace scenarios
} // namespace parindex
