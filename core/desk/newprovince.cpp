#include "newprovince.h"

#include "io/formats.h"
#include "io/problemlist.h"
#include "io/xlsx/tablefile.h"
#include "storage/database.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSet>
#include <QtCore/QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
constexpr int FirstPlausibleYear = 1990; // as Database::addPeriod takes them
constexpr int LastPlausibleYear = 2200;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString codesOf(const QList<UnitGroup> &groups)
{
    QStringList codes;
    for (const UnitGroup &g : groups)
        codes.append(g.code);
    return codes.join(u", ");
}

// Two lists of problems of one file as one, in the order of the file's lines.
Error merged(const Error &a, const Error &b, const QString &file)
{
    QList<std::pair<QPair<int, int>, QString>> all;
    for (const Error *e : {&a, &b}) {
        for (qsizetype i = 0; i < e->details.size(); ++i)
            all.append({e->cells.value(i, {0, -1}), e->details[i]});
    }
    std::stable_sort(all.begin(), all.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
    Error e {Error::Kind::BadData, ProblemList::tr("%1: %2 problems; nothing was imported.").arg(file).arg(all.size())};
    for (const auto &[cell, text] : all) {
        e.cells.append(cell);
        e.details.append(text);
    }
    return e;
}

Status fill(Database &db, const ProvincePlan &plan)
{
    for (qsizetype i = 0; i < plan.groups.size(); ++i) {
        UnitGroup g = plan.groups[i];
        g.position = int(i);
        if (const Status s = db.saveGroup(g); !s)
            return s;
    }
    if (!plan.units.isEmpty()) {
        if (const Status s = db.importUnits(plan.units); !s)
            return s;
    }
    // The decision's texts default from the province's name (DecisionTexts::defaults).
    const QString texts = QString::fromUtf8(
        QJsonDocument(QJsonObject {{u"province"_s, plan.province.trimmed()}, {u"city"_s, plan.city}}).toJson());
    for (const UnitGroup &g : plan.groups) {
        const auto period = db.addPeriod(plan.year, g.code);
        if (!period)
            return period.error();
        const GroupCriteria criteria = plan.criteria.value(g.code);
        if (!criteria.tree.isEmpty()) {
            if (const Status s = db.replaceCriteria(period->id, criteria.tree); !s)
                return s;
        }
        if (criteria.bands) {
            if (const Status s = db.setBands(period->id, *criteria.bands); !s)
                return s;
        }
        if (const Status s = db.setDecisionTexts(period->id, texts); !s)
            return s;
    }
    return {};
}
} // namespace

QList<UnitGroup> NewProvince::defaultGroups(bool city)
{
    // Data rather than interface text: the names a Vietnamese decision prints, whatever the program's language.
    return {
        {u"SO"_s, city ? u"Sở, ban, ngành thành phố"_s : u"Sở, ban, ngành cấp tỉnh"_s, 0},
        {u"HUYEN"_s, u"UBND cấp huyện"_s, 1},
        {u"XA"_s, u"UBND cấp xã"_s, 2},
    };
}

Status NewProvince::checkProvince(const QString &name, bool city)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error {Error::Kind::BadData,
            city ? tr("Type the city's name, such as Hải Phòng.") : tr("Type the province's name, such as Minh Hòa.")};
    const auto startsWithWord = [&trimmed](QStringView word) {
        return trimmed.compare(word, Qt::CaseInsensitive) == 0
            || (trimmed.startsWith(word, Qt::CaseInsensitive) && trimmed.at(word.size()).isSpace());
    };
    if (startsWithWord(u"tỉnh"))
        return Error {Error::Kind::BadData,
            city ? tr("A centrally-run city is not a \u201cTỉnh\u201d: type the city's name alone, or choose a "
                      "province.")
                 : tr("Type the name without \u201cTỉnh\u201d: the decision prints \u201cỦY BAN NHÂN DÂN TỈNH\u201d "
                      "before it.")};
    if (startsWithWord(u"thành phố") || startsWithWord(u"tp.") || startsWithWord(u"tp"))
        return Error {Error::Kind::BadData,
            city ? tr("Type the name without \u201cThành phố\u201d: the decision prints \u201cỦY BAN NHÂN DÂN THÀNH "
                      "PHỐ\u201d before it.")
                 : tr("\u201c%1\u201d reads as a city: choose “centrally-run city” and type the name "
                      "without \u201cThành phố\u201d.")
                       .arg(trimmed)};
    return {};
}

Status NewProvince::checkYear(int year)
{
    if (year < FirstPlausibleYear || year > LastPlausibleYear)
        return Error {Error::Kind::BadData,
            tr("The first year must be from %1 to %2; %3 is not.")
                .arg(FirstPlausibleYear)
                .arg(LastPlausibleYear)
                .arg(year)};
    return {};
}

Status NewProvince::checkGroups(const QList<UnitGroup> &groups)
{
    if (groups.isEmpty())
        return Error {Error::Kind::BadData, tr("Add at least one group of units.")};
    QStringList problems;
    QHash<QString, int> rowOfCode;
    QHash<QString, int> rowOfName;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const int row = int(i) + 1;
        const UnitGroup &g = groups[i];
        if (!Unit::isValidCode(g.code))
            problems.append(tr("Group %1: the code \u201c%2\u201d must not be empty, hold spaces or start with =, "
                               "+, - or @.")
                                .arg(row)
                                .arg(g.code));
        else if (const QString key = g.code.toCaseFolded(); rowOfCode.contains(key))
            problems.append(
                tr("Group %1: the code %2 is the code of group %3 already.").arg(row).arg(g.code).arg(rowOfCode[key]));
        else
            rowOfCode.insert(key, row);
        if (g.name.trimmed().isEmpty())
            problems.append(tr("Group %1 (%2): type its name, as the decision prints it.").arg(row).arg(g.code));
        else if (const QString key = g.name.trimmed().toCaseFolded(); rowOfName.contains(key))
            problems.append(tr("Group %1: the name \u201c%2\u201d is the name of group %3 already.")
                                .arg(row)
                                .arg(g.name.trimmed())
                                .arg(rowOfName[key]));
        else
            rowOfName.insert(key, row);
    }
    if (!problems.isEmpty())
        return Error {Error::Kind::BadData, tr("The groups cannot be used yet:"), problems};
    return {};
}

Result<QList<Unit>> NewProvince::readUnits(const QString &path, const QList<UnitGroup> &groups)
{
    const auto table = TableFile::read(path);
    if (!table)
        return table.error();
    QSet<QString> known;
    for (const UnitGroup &g : groups)
        known.insert(g.code);
    // Units of a group the new file does not have, found beside the reader's own problems: all are shown at once.
    ProblemList unknownGroups(*table);
    if (const qsizetype column = table->column(u"group"); column >= 0) {
        for (qsizetype r = 0; r < table->rows.size(); ++r) {
            const QString group = table->rows[r].value(column);
            // An empty code, or one with spaces, is the reader's problem already.
            if (!group.isEmpty() && !group.contains(u' ') && !known.contains(group))
                unknownGroups.add(table->lines.value(r), u"group"_s, group,
                    tr("expected one of the new file's groups: %1 (or add this group on the previous page).")
                        .arg(codesOf(groups)));
        }
    }
    auto units = FileFormats::parseUnits(*table);
    if (!units)
        return unknownGroups.isEmpty() ? units.error() : merged(units.error(), unknownGroups.error(), table->fileName);
    if (!unknownGroups.isEmpty())
        return unknownGroups.error();
    if (units->isEmpty())
        return Error {Error::Kind::BadData, tr("%1 holds no unit: one row per unit is expected.").arg(native(path))};
    return units;
}

Result<CriteriaTree> NewProvince::readCriteria(const QString &path)
{
    const auto table = TableFile::read(path);
    if (!table)
        return table.error();
    return FileFormats::parseCriteria(*table);
}

Result<QList<NewProvince::SourcePeriod>> NewProvince::periodsIn(const QString &otherFile)
{
    const auto db = Database::open(otherFile, Database::Access::ReadOnly);
    if (!db)
        return db.error();
    const auto groups = (*db)->groups();
    if (!groups)
        return groups.error();
    QHash<QString, QString> names;
    for (const UnitGroup &g : *groups)
        names.insert(g.code, g.name);
    const auto periods = (*db)->periods();
    if (!periods)
        return periods.error();
    QList<SourcePeriod> found;
    for (const Period &p : *periods) {
        const auto tree = (*db)->criteria(p.id);
        if (!tree)
            return tree.error();
        found.append({p.year, p.groupCode, names.value(p.groupCode), int(tree->size())});
    }
    if (found.isEmpty())
        return Error {Error::Kind::NotFound, tr("%1 holds no period to copy criteria from.").arg(native(otherFile))};
    return found;
}

Result<GroupCriteria> NewProvince::copyCriteria(const QString &otherFile, int year, const QString &groupCode)
{
    const auto db = Database::open(otherFile, Database::Access::ReadOnly);
    if (!db)
        return db.error();
    const auto period = (*db)->period(year, groupCode);
    if (!period)
        return Error {period.error().kind,
            tr("%1 has no %2 period of group %3.").arg(native(otherFile), QString::number(year), groupCode)};
    auto tree = (*db)->criteria(period->id);
    if (!tree)
        return tree.error();
    if (tree->isEmpty())
        return Error {Error::Kind::BadData,
            tr("The %1 period of group %2 in %3 has no criteria to copy.")
                .arg(QString::number(year), groupCode, native(otherFile))};
    auto bands = (*db)->bands(period->id);
    if (!bands)
        return bands.error();
    GroupCriteria copied;
    copied.source = GroupCriteria::Source::OtherFile;
    copied.path = otherFile;
    copied.year = year;
    copied.groupCode = groupCode;
    copied.tree = std::move(tree).value();
    copied.bands = std::move(bands).value();
    return copied;
}

Status NewProvince::check(const ProvincePlan &plan)
{
    if (const Status s = checkProvince(plan.province, plan.city); !s)
        return s;
    if (const Status s = checkYear(plan.year); !s)
        return s;
    if (const Status s = checkGroups(plan.groups); !s)
        return s;
    QSet<QString> known;
    for (const UnitGroup &g : plan.groups)
        known.insert(g.code);
    QStringList problems;
    QSet<QString> codes;
    for (const Unit &u : plan.units) {
        if (!Unit::isValidCode(u.code))
            problems.append(tr("Unit \u201c%1\u201d (%2): a code must not be empty, hold spaces or start with =, +, - "
                               "or @.")
                                .arg(u.code, u.name));
        else if (codes.contains(u.code))
            problems.append(tr("Unit %1 (%2): another unit has this code already.").arg(u.code, u.name));
        codes.insert(u.code);
        if (!known.contains(u.groupCode))
            problems.append(
                tr("Unit %1 (%2) is in group %3, which the new file does not have.").arg(u.code, u.name, u.groupCode));
    }
    for (auto it = plan.criteria.cbegin(); it != plan.criteria.cend(); ++it) {
        if (!known.contains(it.key()))
            problems.append(tr("Criteria are given for group %1, which the new file does not have.").arg(it.key()));
    }
    if (!problems.isEmpty())
        return Error {Error::Kind::BadData, tr("The new province does not hold together:"), problems};
    return {};
}

Status NewProvince::createFile(const QString &path, const ProvincePlan &plan)
{
    if (path.trimmed().isEmpty())
        return Error {Error::Kind::Usage, tr("Choose where the new file is saved.")};
    if (QFileInfo::exists(path))
        return Error {Error::Kind::CannotOpen,
            tr("%1 already exists; a new file is never written over an existing one.").arg(native(path))};
    if (const Status s = check(plan); !s)
        return s;
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return Error {Error::Kind::CannotOpen, tr("The folder %1 does not exist.").arg(native(target.absolutePath()))};
    const QString temporary
        = u"%1/.%2.%3.tmp"_s.arg(target.absolutePath(), target.fileName(), QUuid::createUuid().toString(QUuid::Id128));
    const auto cleanUp = [&] {
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(temporary + suffix);
    };
    {
        auto db = Database::create(temporary);
        if (!db) {
            cleanUp();
            return db.error();
        }
        if (const Status s = fill(**db, plan); !s) {
            db = Error {};
            cleanUp();
            return s;
        }
    }
    // The connection is closed: a write-ahead log left beside it would mean the file is not whole.
    if (QFileInfo::exists(temporary + u"-wal"_s) || !QFile::rename(temporary, path)) {
        cleanUp();
        return Error {Error::Kind::Io, tr("The new file could not be moved to %1.").arg(native(path))};
    }
    return {};
}

} // namespace parindex
