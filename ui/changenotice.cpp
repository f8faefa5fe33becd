#include "changenotice.h"

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
constexpr qsizetype ItemsShown = 3;

// "2023/HUYEN/DS/1.2.3" (one cell) -> "2023/HUYEN": the period a score write belongs to.
QString periodOf(const QString &entity)
{
    return entity.section(u'/', 0, 1);
}
} // namespace

// The writes of one person of one kind on one thing (for cells: one period), in the order first seen.
struct ChangeNotice::Run
{
    QString who;
    QString action;
    QString key;
    QString entity; // the first one, for a single write
    int count = 0;
    QDateTime last;
};

QString ChangeNotice::text(const QList<AuditEntry> &entries) const
{
    QList<Run> runs;
    for (const AuditEntry &e : entries) {
        const QString key = e.action == u"score.set"_s ? periodOf(e.entity) : e.entity;
        auto run = std::find_if(runs.begin(), runs.end(),
            [&](const Run &r) { return r.who == e.who && r.action == e.action && r.key == key; });
        if (run == runs.end())
            run = runs.insert(runs.end(), Run {e.who, e.action, key, e.entity, 0, {}});
        ++run->count;
        run->last = qMax(run->last, e.at);
    }
    if (runs.isEmpty())
        return {};
    if (runs.size() == 1)
        return tr("Reloaded: %1.").arg(itemText(runs.first()));
    QStringList items;
    int shownChanges = 0;
    for (qsizetype i = 0; i < qMin(runs.size(), ItemsShown); ++i) {
        items.append(itemText(runs[i]));
        shownChanges += runs[i].count;
    }
    if (runs.size() > ItemsShown)
        items.append(tr("and %n more change(s)", nullptr, int(entries.size()) - shownChanges));
    return tr("Reloaded %n change(s) made elsewhere: %1.", nullptr, int(entries.size())).arg(items.join(u"; "_s));
}

QString ChangeNotice::outsideTheProgram()
{
    return tr("Reloaded everything: the file was changed outside the program (its audit log does not say what).");
}

QString ChangeNotice::itemText(const Run &run) const
{
    return tr("%1 %2 at %3").arg(run.who.isEmpty() ? tr("another user") : run.who, what(run), timeText(run.last));
}

QString ChangeNotice::what(const Run &run) const
{
    const QString &a = run.action;
    if (a == u"score.set"_s) {
        const QStringList parts = run.entity.split(u'/');
        if (run.count == 1 && parts.size() == 4)
            return tr("changed the score of %1 for criterion %2 (%3)")
                .arg(unitNames.value(parts[2], parts[2]), parts[3], periodText(run.key));
        return tr("changed %n score(s) of %1", nullptr, run.count).arg(periodText(run.key));
    }
    if (a == u"scores.import"_s)
        return tr("imported the scores of %1").arg(periodText(run.key));
    if (a == u"scores.restore"_s)
        return tr("restored the earlier scores of %1 (an undo)").arg(periodText(run.key));
    if (a == u"criteria.replace"_s)
        return tr("changed the criteria of %1").arg(periodText(run.key));
    if (a == u"bands.set"_s)
        return tr("changed the classification thresholds of %1").arg(periodText(run.key));
    if (a == u"decision.texts"_s) {
        QStringList years;
        for (const QString &label : run.key.split(u", "_s)) {
            const QString year = label.section(u'/', 0, 0);
            if (!years.contains(year))
                years.append(year);
        }
        return tr("changed the texts of the %1 decision").arg(years.join(u", "_s));
    }
    if (a == u"unit.save"_s)
        return tr("changed unit %1").arg(unitNames.value(run.key, run.key));
    if (a == u"units.import"_s)
        return tr("imported units");
    if (a == u"group.save"_s)
        return tr("changed group %1").arg(groupNames.value(run.key, run.key));
    if (a == u"period.add"_s)
        return tr("opened the period %1").arg(periodText(run.key));
    if (a == u"period.finalize"_s)
        return tr("finalised the results of %1").arg(periodText(run.key));
    if (a == u"period.reopen"_s)
        return tr("reopened %1 for a correction").arg(periodText(run.key));
    if (a == u"period.status"_s)
        return tr("changed the state of %1").arg(periodText(run.key));
    return tr("changed %1 (%2)").arg(run.key, a);
}

QString ChangeNotice::periodText(const QString &label) const
{
    const QString year = label.section(u'/', 0, 0);
    const QString group = label.section(u'/', 1, 1);
    return group.isEmpty() ? label : u"%1 – %2"_s.arg(year, groupNames.value(group, group));
}

QString ChangeNotice::timeText(const QDateTime &at) const
{
    const QDateTime local = at.toLocalTime();
    const QString time = local.toString(u"HH:mm"_s);
    return local.date() == today ? time : tr("%1 on %2").arg(time, local.toString(u"dd/MM/yyyy"_s));
}

} // namespace parindex
