#include "filetransfer.h"

#include "io/formats.h"
#include "storage/database.h"

#include <QtCore/QSet>

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
} // namespace

Status FileTransfer::importUnits(Database &db, const QString &path)
{
    const auto table = CsvReader::readFile(path);
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
    int position = int(groups->size());
    for (const Unit &u : *units) {
        if (known.contains(u.groupCode))
            continue;
        if (const Status s = db.saveGroup({u.groupCode, u.groupCode, position++}); !s)
            return s;
        known.insert(u.groupCode);
    }
    return db.importUnits(*units);
}

Status FileTransfer::importCriteria(Database &db, int year, const QString &groupCode, const QString &path)
{
    const auto period = db.period(year, groupCode);
    if (!period)
        return period.error();
    const auto table = CsvReader::readFile(path);
    if (!table)
        return table.error();
    const auto tree = FileFormats::parseCriteria(*table);
    if (!tree)
        return tree.error();
    return db.replaceCriteria(period->id, *tree);
}

Status FileTransfer::exportCriteria(const Database &db, int year, const QString &groupCode, const QString &path)
{
    const auto period = db.period(year, groupCode);
    if (!period)
        return period.error();
    const auto tree = db.criteria(period->id);
    if (!tree)
        return tree.error();
    return CsvWriter::writeFile(path, FileFormats::writeCriteria(*tree));
}

Status FileTransfer::importScores(Database &db, int year, const QString &groupCode, const QString &path)
{
    const auto frame = loadFrame(db, year, groupCode);
    if (!frame)
        return frame.error();
    const auto table = CsvReader::readFile(path);
    if (!table)
        return table.error();
    const auto rows = FileFormats::parseScores(*table, frame->tree, frame->units);
    if (!rows)
        return rows.error();
    return db.importScores(frame->period.id, *rows);
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
    const QByteArray bytes = layout == ScoresLayout::Wide
        ? FileFormats::writeScoresWide(frame->tree, frame->units, *sheets)
        : FileFormats::writeScoresLong(frame->tree, frame->units, *sheets);
    return CsvWriter::writeFile(path, bytes);
}

} // namespace parindex
