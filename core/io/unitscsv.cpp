#include "fieldparsing.h"
#include "formats.h"

#include <QtCore/QSet>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
std::optional<int> parseYear(const QString &text, bool *ok)
{
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    const int year = text.toInt(ok);
    *ok = *ok && year >= 1990 && year <= 2200;
    return year;
}
} // namespace

Result<QList<Unit>> FileFormats::parseUnits(const CsvTable &table)
{
    ProblemList problems(table.fileName);
    if (!requireColumns(table, {u"code"_s, u"name"_s, u"group"_s}, problems))
        return problems.error();
    const qsizetype code = table.column(u"code"), name = table.column(u"name"), group = table.column(u"group");
    const qsizetype since = table.column(u"since_year"), retired = table.column(u"retired_year"),
                    ranked = table.column(u"ranked");
    QList<Unit> units;
    QSet<QString> codes;
    QSet<QPair<QString, QString>> names;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QStringList &row = table.rows[r];
        const int line = table.lines[r];
        Unit u;
        u.code = row.value(code);
        u.name = row.value(name);
        u.groupCode = row.value(group);
        if (u.code.isEmpty() || u.code.contains(u' '))
            problems.add(line, u"code"_s, u.code, tr("expected a unit code without spaces."));
        else if (codes.contains(u.code))
            problems.add(line, u"code"_s, u.code, tr("this code appears earlier in the file."));
        if (u.name.isEmpty())
            problems.add(line, u"name"_s, u.name, tr("expected the unit's name."));
        else if (names.contains({u.groupCode, u.name}))
            problems.add(line, u"name"_s, u.name, tr("another unit of group %1 has this name.").arg(u.groupCode));
        if (u.groupCode.isEmpty() || u.groupCode.contains(u' '))
            problems.add(line, u"group"_s, u.groupCode, tr("expected a group code such as SO, HUYEN or XA."));
        bool ok = true;
        if (since >= 0) {
            u.sinceYear = parseYear(row.value(since), &ok);
            if (!ok)
                problems.add(line, u"since_year"_s, row.value(since), tr("expected a year such as 2023, or nothing."));
        }
        if (retired >= 0) {
            u.retiredYear = parseYear(row.value(retired), &ok);
            if (!ok)
                problems.add(line, u"retired_year"_s, row.value(retired), tr("expected a year such as 2025, or nothing."));
        }
        if (ranked >= 0) {
            const QString v = row.value(ranked);
            if (v == u"0")
                u.ranked = false;
            else if (!v.isEmpty() && v != u"1")
                problems.add(line, u"ranked"_s, v, tr("expected 1 (ranked) or 0 (listed without a rank)."));
        }
        codes.insert(u.code);
        names.insert({u.groupCode, u.name});
        units.append(u);
    }
    if (!problems.isEmpty())
        return problems.error();
    return units;
}

QByteArray FileFormats::writeUnits(const QList<Unit> &units)
{
    QList<QStringList> rows;
    for (const Unit &u : units) {
        rows.append({u.code, u.name, u.groupCode, u.sinceYear ? QString::number(*u.sinceYear) : QString(),
                     u.retiredYear ? QString::number(*u.retiredYear) : QString(), u.ranked ? u"1"_s : u"0"_s});
    }
    return CsvWriter::write({u"code"_s, u"name"_s, u"group"_s, u"since_year"_s, u"retired_year"_s, u"ranked"_s}, rows);
}

} // namespace parindex
