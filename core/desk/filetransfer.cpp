#include "filetransfer.h"

#include "desk/periodranking.h"
#include "io/formats.h"
#include "io/xlsx/tablefile.h"
#include "model/messagelocale.h"
#include "storage/database.h"

#include "files/outputfile.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QSet>

#include <algorithm>
#include <vector>

namespace parindex {

namespace {
// What every score file of a period is checked against: its tree and the units that take part.
struct PeriodFrame
{
    Period period;
    CriteriaTree tree;
    QList<Unit> units;
};

Result<PeriodFrame> loadFrame(const Database &db, int year, const QString &groupCode)
{
    auto period = db.period(year, groupCode);
    if (!period)
        return period.error();
    auto tree = db.criteria(period->id);
    if (!tree)
        return tree.error();
    auto units = db.periodUnits(period->id);
    if (!units)
        return units.error();
    return PeriodFrame {std::move(period).value(), std::move(tree).value(), std::move(units).value()};
}

// Files in and out never touch the database's own files (Database::refuseOwnFile).
Result<CsvTable> readTable(const Database &db, const QString &path, const QString &sheet)
{
    if (const Status s = Database::refuseOwnFile(db.path(), path); !s)
        return s.error();
    return TableFile::read(path, sheet);
}

Status writeTable(const Database &db, const QString &path, const QList<SheetData> &sheets)
{
    if (const Status s = Database::refuseOwnFile(db.path(), path); !s)
        return s;
    return TableFile::write(path, sheets);
}

using RowParser = Result<QList<ScoreRow>> (*)(const CsvTable &, const CriteriaTree &, const QList<Unit> &);

// A cell as a note shows it: "self-assessed 1, appraised 0.5, not applicable, note “…”" ("empty" for none).
QString cellText(const ScoreEntry &e)
{
    QStringList parts;
    if (e.selfValue)
        parts.append(FileTransfer::tr("self-assessed %1").arg(MessageLocale::number(*e.selfValue)));
    if (e.appraised)
        parts.append(FileTransfer::tr("appraised %1").arg(MessageLocale::number(*e.appraised)));
    if (e.notApplicable)
        parts.append(FileTransfer::tr("not applicable"));
    if (!e.note.isEmpty())
        parts.append(FileTransfer::tr("note \u201c%1\u201d").arg(e.note));
    return parts.isEmpty() ? FileTransfer::tr("empty") : parts.join(u", ");
}

// The stored cells the rows change, one line each ("SNV 1.1.1: appraised 0.5 → appraised 0.25"), read unit by unit
// so that a large import does not hold a second copy of the period.
// The stored values a file changes: how many, and the first `shown` of them in the file's order ("DS 1.2:
// appraised 1 → appraised 2"). A large update keeps only those cells, and formats only those lines.
struct ChangedCells
{
    qsizetype count = 0;
    QStringList first;
};

Result<ChangedCells> changedCells(const Database &db, qint64 periodId, const QList<ScoreRow> &rows, qsizetype shown)
{
    QHash<QString, QList<qsizetype>> byUnit;
    for (qsizetype i = 0; i < rows.size(); ++i)
        byUnit[rows[i].unitCode].append(i);
    ChangedCells changed;
    std::vector<std::pair<qsizetype, ScoreEntry>> kept; // (the row's position in the file, the stored entry)
    const auto keepFirst = [&] {
        const auto end = kept.begin() + std::min<qsizetype>(qsizetype(kept.size()), shown);
        std::partial_sort(
            kept.begin(), end, kept.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        kept.erase(end, kept.end());
    };
    for (auto it = byUnit.cbegin(); it != byUnit.cend(); ++it) {
        const auto sheet = db.scoreSheet(periodId, it.key());
        if (!sheet)
            return sheet.error();
        for (const qsizetype i : *it) {
            const ScoreEntry stored = sheet->entry(rows[i].criterionCode);
            if (stored.isEmpty() || rows[i].appliedTo(stored) == stored)
                continue;
            ++changed.count;
            kept.emplace_back(i, stored);
        }
        if (qsizetype(kept.size()) > 16 * shown)
            keepFirst();
    }
    keepFirst();
    for (const auto &[i, stored] : kept) {
        const ScoreRow &r = rows[i];
        changed.first.append(FileTransfer::tr("%1 %2: %3 → %4")
                                 .arg(r.unitCode, r.criterionCode, cellText(stored), cellText(r.appliedTo(stored))));
    }
    return changed;
}

Status importRows(Database &db, int year, const QString &groupCode, const QString &path, const QString &sheet,
    RowParser parse, QStringList *notes)
{
    const auto frame = loadFrame(db, year, groupCode);
    if (!frame)
        return frame.error();
    QList<ScoreRow> rows;
    {
        // The table read goes before the rows are written: a large file is not held twice.
        const auto table = readTable(db, path, sheet);
        if (!table)
            return table.error();
        auto parsed = parse(*table, frame->tree, frame->units);
        if (!parsed)
            return parsed.error();
        rows = std::move(parsed).value();
    }
    const qsizetype shown = 20;
    ChangedCells changed;
    if (notes) {
        auto cells = changedCells(db, frame->period.id, rows, shown);
        if (!cells)
            return cells.error();
        changed = std::move(cells).value();
    }
    if (const Status s = db.importScores(frame->period.id, rows); !s)
        return s;
    if (notes && changed.count > 0) {
        notes->append(
            FileTransfer::tr("%n score(s) already stored were changed by the file:", nullptr, int(changed.count)));
        notes->append(changed.first);
        if (changed.count > shown)
            notes->append(FileTransfer::tr("... and %n more.", nullptr, int(changed.count - shown)));
    }
    return {};
}
} // namespace

Status FileTransfer::importUnits(Database &db, const QString &path, const QString &sheet, bool keepScores)
{
    const auto table = readTable(db, path, sheet);
    if (!table)
        return table.error();
    const auto units = FileFormats::parseUnits(*table);
    if (!units)
        return units.error();
    const auto groups = db.groups();
    if (!groups)
        return groups.error();
    QSet<QString> known;
    for (const UnitGroup &g : *groups)
        known.insert(g.code);
    // New groups are created with the units, in their transaction: a refused import leaves none behind.
    QList<UnitGroup> newGroups;
    int position = int(groups->size());
    for (const Unit &u : *units) {
        if (known.contains(u.groupCode))
            continue;
        newGroups.append({u.groupCode, u.groupCode, position++});
        known.insert(u.groupCode);
    }
    return db.importUnits(
        *units, std::nullopt, keepScores ? Database::Leaving::KeepScores : Database::Leaving::Refuse, newGroups);
}

Status FileTransfer::importRoster(
    Database &db, int year, const QString &groupCode, const QString &path, const QString &sheet)
{
    const auto period = db.period(year, groupCode);
    if (!period)
        return period.error();
    const auto table = readTable(db, path, sheet);
    if (!table)
        return table.error();
    const auto roster = FileFormats::parseRoster(*table);
    if (!roster)
        return roster.error();
    return db.setRoster(period->id, *roster);
}

Status FileTransfer::exportRoster(const Database &db, int year, const QString &groupCode, const QString &path)
{
    const auto period = db.period(year, groupCode);
    if (!period)
        return period.error();
    const auto units = db.periodUnits(period->id);
    if (!units)
        return units.error();
    return writeTable(db, path, {FileFormats::rosterSheet(*units)});
}

namespace {
// A period's tree and the tree of the group's period before it.
struct MapFrame
{
    Period period;
    CriteriaMap map;
    CriteriaTree tree;
    CriteriaTree previous;
};

Result<MapFrame> mapFrame(const Database &db, int year, const QString &groupCode)
{
    auto period = db.period(year, groupCode);
    if (!period)
        return period.error();
    auto map = db.criteriaMap(period->id);
    if (!map)
        return map.error();
    if (!map->previousYear)
        return Error {Error::Kind::BadData,
            FileTransfer::tr("%1 is the first period of group %2: there is no earlier year whose criteria it could "
                             "continue.")
                .arg(year)
                .arg(groupCode)};
    const auto previousPeriod = db.period(*map->previousYear, groupCode);
    if (!previousPeriod)
        return previousPeriod.error();
    auto tree = db.criteria(period->id);
    if (!tree)
        return tree.error();
    auto previous = db.criteria(previousPeriod->id);
    if (!previous)
        return previous.error();
    return MapFrame {
        std::move(period).value(), std::move(map).value(), std::move(tree).value(), std::move(previous).value()};
}

Result<QHash<QString, QString>> unitNames(const Database &db)
{
    const auto units = db.units();
    if (!units)
        return units.error();
    QHash<QString, QString> names;
    for (const Unit &u : *units)
        names.insert(u.code, u.name);
    return names;
}
} // namespace

Status FileTransfer::importCriteriaMap(
    Database &db, int year, const QString &groupCode, const QString &path, const QString &sheet)
{
    const auto frame = mapFrame(db, year, groupCode);
    if (!frame)
        return frame.error();
    const auto table = readTable(db, path, sheet);
    if (!table)
        return table.error();
    const auto links = FileFormats::parseCriteriaMap(*table, frame->tree, frame->previous);
    if (!links)
        return links.error();
    return db.setCriteriaMap(frame->period.id, *links);
}

Status FileTransfer::exportCriteriaMap(const Database &db, int year, const QString &groupCode, const QString &path)
{
    const auto frame = mapFrame(db, year, groupCode);
    if (!frame)
        return frame.error();
    return writeTable(db, path, {FileFormats::criteriaMapSheet(frame->map, frame->tree, frame->previous)});
}

Status FileTransfer::importLineage(Database &db, const QString &path, const QString &sheet)
{
    const auto names = unitNames(db);
    if (!names)
        return names.error();
    const auto table = readTable(db, path, sheet);
    if (!table)
        return table.error();
    const auto links = FileFormats::parseLineage(*table, *names);
    if (!links)
        return links.error();
    return db.setLineage(*links);
}

Status FileTransfer::exportLineage(const Database &db, const QString &path)
{
    const auto names = unitNames(db);
    if (!names)
        return names.error();
    const auto links = db.lineage();
    if (!links)
        return links.error();
    return writeTable(db, path, {FileFormats::lineageSheet(*links, *names)});
}

Status FileTransfer::importCriteria(Database &db, int year, const QString &groupCode, const QString &path,
    const QString &sheet, bool dropScores, std::optional<QStringList> *warnings)
{
    const auto period = db.period(year, groupCode);
    if (!period)
        return period.error();
    const auto table = readTable(db, path, sheet);
    if (!table)
        return table.error();
    const auto tree = FileFormats::parseCriteria(*table);
    if (!tree)
        return tree.error();
    if (warnings)
        *warnings = tree->warnings();
    Database::CriteriaWrite write;
    if (dropScores)
        write.dropping.allow = Database::Dropping::Allow::Any;
    return db.replaceCriteria(period->id, *tree, write);
}

Status FileTransfer::exportCriteria(const Database &db, int year, const QString &groupCode, const QString &path)
{
    const auto period = db.period(year, groupCode);
    if (!period)
        return period.error();
    const auto tree = db.criteria(period->id);
    if (!tree)
        return tree.error();
    return writeTable(db, path, {FileFormats::criteriaSheet(*tree)});
}

Status FileTransfer::importScores(
    Database &db, int year, const QString &groupCode, const QString &path, const QString &sheet, QStringList *notes)
{
    return importRows(db, year, groupCode, path, sheet, &FileFormats::parseScores, notes);
}

Status FileTransfer::exportScores(
    const Database &db, int year, const QString &groupCode, const QString &path, ScoresLayout layout)
{
    const auto frame = loadFrame(db, year, groupCode);
    if (!frame)
        return frame.error();
    const auto sheets = db.scoreSheets(frame->period.id);
    if (!sheets)
        return sheets.error();
    return writeTable(db, path,
        {layout == ScoresLayout::Wide ? FileFormats::scoresWideSheet(frame->tree, frame->units, *sheets)
                                      : FileFormats::scoresLongSheet(frame->tree, frame->units, *sheets)});
}

Status FileTransfer::importSurvey(
    Database &db, int year, const QString &groupCode, const QString &path, const QString &sheet, QStringList *notes)
{
    return importRows(db, year, groupCode, path, sheet, &FileFormats::parseSurvey, notes);
}

Status FileTransfer::exportRanking(
    const Database &db, int year, const QString &groupCode, const QString &path, Readers readers)
{
    if (const Status s = Database::refuseOwnFile(db.path(), path); !s)
        return s;
    const auto table = rankPeriod(db, year, groupCode);
    if (!table)
        return table.error();
    if (readers == Readers::Scripts)
        return writeTable(db, path, {FileFormats::rankingSheet(*table)});
    const auto name = groupName(db, groupCode);
    if (!name)
        return name.error();
    return writeTable(db, path, {FileFormats::rankingSheetForPeople(*table, *name)});
}

Result<QString> FileTransfer::groupName(const Database &db, const QString &groupCode)
{
    const auto groups = db.groups();
    if (!groups)
        return groups.error();
    for (const UnitGroup &g : *groups) {
        if (g.code == groupCode)
            return g.name.isEmpty() ? g.code : g.name;
    }
    return groupCode;
}

Status FileTransfer::exportTemplate(
    const Database &db, int year, const QString &groupCode, const QString &unitCode, const QString &path)
{
    const auto frame = loadFrame(db, year, groupCode);
    if (!frame)
        return frame.error();
    const Unit *unit = nullptr;
    for (const Unit &u : frame->units) {
        if (u.code == unitCode)
            unit = &u;
    }
    if (!unit)
        return Error {Error::Kind::NotFound,
            tr("Unit %1 does not take part in the %2 ranking of group %3.")
                .arg(unitCode, QString::number(year), groupCode)};
    const auto sheets = db.scoreSheets(frame->period.id);
    if (!sheets)
        return sheets.error();
    return writeTable(db, path, FileFormats::selfAssessmentTemplate(frame->tree, *unit, sheets->value(unitCode)));
}

Result<Evidence> FileTransfer::attachEvidence(
    Database &db, qint64 periodId, const QString &unitCode, const QString &criterionCode, const QString &path)
{
    if (const Status s = Database::refuseOwnFile(db.path(), path); !s)
        return s.error();
    const QString name = QFileInfo(path).fileName();
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir())
        return Error {Error::Kind::CannotOpen, tr("%1 is a folder: attach a document.").arg(shown)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {Error::Kind::CannotOpen, tr("Cannot read %1: %2.").arg(shown, file.errorString())};
    // Never more than one byte past the limit is read, from a file, a pipe or a device alike: too large is said
    // without reading it whole.
    const QByteArray content = file.read(evidence::MaxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error {Error::Kind::CannotOpen, tr("Cannot read %1: %2.").arg(shown, file.errorString())};
    if (content.size() > evidence::MaxBytes)
        return evidence::tooLarge(name, file.isSequential() ? -1 : file.size());
    Evidence e;
    e.unitCode = unitCode;
    e.criterionCode = criterionCode;
    e.name = name;
    return db.addEvidence(periodId, e, content);
}

Status FileTransfer::saveEvidence(const Database &db, qint64 periodId, qint64 id, const QString &path)
{
    if (const Status s = Database::refuseOwnFile(db.path(), path); !s)
        return s;
    const auto content = db.evidenceContent(periodId, id);
    if (!content)
        return content.error();
    return OutputFile::write(path, *content);
}

} // namespace parindex
