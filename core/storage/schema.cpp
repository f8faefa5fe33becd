#include "schema.h"

#include "databaseprivate.h"

#include <QtCore/QRegularExpression>
#include <QtCore/QUuid>

using namespace Qt::StringLiterals;

namespace parindex::schema {

namespace {
// v5: the rosters made from the units as they are (what every year showed until now) get their seals, and every
// period its record of what it holds.
Status sealRostersAndContents(Database::Private &d)
{
    QSqlQuery id = d.query();
    id.prepare(u"INSERT INTO meta (key, value) VALUES ('file_id', ?) ON CONFLICT (key) DO NOTHING"_s);
    id.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (const Status s = d.exec(id); !s)
        return s;
    QSqlQuery rows = d.query();
    if (!rows.exec(u"SELECT period_id, unit_id, name, ranked FROM roster"_s))
        return d.error(rows);
    QSqlQuery seal = d.query();
    seal.prepare(u"UPDATE roster SET seal = ? WHERE period_id = ? AND unit_id = ?"_s);
    while (rows.next()) {
        seal.addBindValue(seals::rosterEntry(
            rows.value(0).toLongLong(), rows.value(1).toLongLong(), rows.value(2).toString(), rows.value(3).toBool()));
        seal.addBindValue(rows.value(0));
        seal.addBindValue(rows.value(1));
        if (const Status s = d.exec(seal); !s)
            return s;
    }
    QSqlQuery periods = d.query();
    if (!periods.exec(u"SELECT id FROM period"_s))
        return d.error(periods);
    while (periods.next()) {
        for (const Part part : partsOf(5)) {
            const auto set = d.readPart(periods.value(0).toLongLong(), part, nullptr);
            if (!set)
                return set.error();
            if (const Status s = d.storeContent(periods.value(0).toLongLong(), part, *set); !s)
                return s;
        }
    }
    return {};
}

// v8: the links the migration made get their seals.
Status sealCriterionLinks(Database::Private &d)
{
    QSqlQuery rows = d.query();
    if (!rows.exec(u"SELECT period_id, code, previous_year, previous_code FROM criterion_link"_s))
        return d.error(rows);
    QSqlQuery seal = d.query();
    seal.prepare(u"UPDATE criterion_link SET seal = ? WHERE period_id = ? AND code = ? AND previous_code = ?"_s);
    while (rows.next()) {
        seal.addBindValue(seals::criterionLink(
            rows.value(0).toLongLong(), rows.value(1).toString(), rows.value(2).toInt(), rows.value(3).toString()));
        seal.addBindValue(rows.value(0));
        seal.addBindValue(rows.value(1));
        seal.addBindValue(rows.value(3));
        if (const Status s = d.exec(seal); !s)
            return s;
    }
    return {};
}
// v10: every period's evidence documents counted in its record of what it holds.
Status countEvidence(Database::Private &d)
{
    QSqlQuery periods = d.query();
    if (!periods.exec(u"SELECT id FROM period"_s))
        return d.error(periods);
    while (periods.next()) {
        const auto set = d.readPart(periods.value(0).toLongLong(), Part::Evidence, nullptr);
        if (!set)
            return set.error();
        if (const Status s = d.storeContent(periods.value(0).toLongLong(), Part::Evidence, *set); !s)
            return s;
    }
    return {};
}
} // namespace

const QList<Migration> &migrations()
{
    // Points, maxima, rates and indices are INTEGER ten-thousandths (exact decimals, see model/fixed.h).
    // Every row carries a seal of its content, written by the program, so that `check` finds rows edited
    // outside it; the audit log is a hash chain whose head is also kept in meta.
    static const QList<Migration> list = {
        {1,
            {
                u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
                u"CREATE TABLE unit_group ("
                " code TEXT PRIMARY KEY, name TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0, seal TEXT NOT NULL)"_s,
                u"CREATE TABLE unit ("
                " id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
                " group_code TEXT NOT NULL REFERENCES unit_group(code) ON UPDATE CASCADE,"
                " since_year INTEGER, retired_year INTEGER,"
                " ranked INTEGER NOT NULL DEFAULT 1 CHECK (ranked IN (0, 1)), seal TEXT NOT NULL)"_s,
                u"CREATE INDEX unit_by_group ON unit(group_code)"_s,
                u"CREATE TABLE period ("
                " id INTEGER PRIMARY KEY, year INTEGER NOT NULL,"
                " group_code TEXT NOT NULL REFERENCES unit_group(code) ON UPDATE CASCADE,"
                " status TEXT NOT NULL CHECK (status IN ('draft', 'appraising', 'final')),"
                " decision_number TEXT NOT NULL DEFAULT '', decision_date TEXT NOT NULL DEFAULT '',"
                " seal TEXT NOT NULL, UNIQUE (year, group_code))"_s,
                u"CREATE TABLE band ("
                " period_id INTEGER NOT NULL REFERENCES period(id) ON DELETE CASCADE,"
                " class_code TEXT NOT NULL CHECK (class_code IN ('excellent', 'good', 'fair', 'average', 'weak')),"
                " min_index INTEGER NOT NULL, seal TEXT NOT NULL, PRIMARY KEY (period_id, class_code))"_s,
                u"CREATE TABLE criterion ("
                " id INTEGER PRIMARY KEY, period_id INTEGER NOT NULL REFERENCES period(id) ON DELETE CASCADE,"
                " code TEXT NOT NULL, title TEXT NOT NULL, max_points INTEGER NOT NULL,"
                " kind TEXT NOT NULL CHECK (kind IN ('group', 'score', 'rate', 'survey', 'deduction')),"
                " rule TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL, seal TEXT NOT NULL,"
                " UNIQUE (period_id, code))"_s,
                u"CREATE TABLE score ("
                " criterion_id INTEGER NOT NULL REFERENCES criterion(id) ON DELETE CASCADE,"
                " unit_id INTEGER NOT NULL REFERENCES unit(id),"
                " self_value INTEGER, appraised INTEGER,"
                " not_applicable INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0, 1)),"
                " note TEXT NOT NULL DEFAULT '', seal TEXT NOT NULL, PRIMARY KEY (criterion_id, unit_id))"_s,
                u"CREATE INDEX score_by_unit ON score(unit_id)"_s,
                u"CREATE TABLE audit ("
                " id INTEGER PRIMARY KEY, at TEXT NOT NULL, who TEXT NOT NULL, action TEXT NOT NULL,"
                " entity TEXT NOT NULL, old_value TEXT NOT NULL, new_value TEXT NOT NULL,"
                " prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"_s,
            }},
        // v2: the texts of the published decision (number, bases, articles, recipients...), per period.
        {2,
            {
                u"CREATE TABLE decision_text ("
                " period_id INTEGER PRIMARY KEY REFERENCES period(id) ON DELETE CASCADE,"
                " content TEXT NOT NULL, seal TEXT NOT NULL)"_s,
            }},
        // v3: score cells clustered by their key (WITHOUT ROWID), so that a period's 400,000 cells are read
        // in key order from contiguous pages instead of one table lookup per index entry. Seals are unchanged.
        {3,
            {
                u"CREATE TABLE score_v3 ("
                " criterion_id INTEGER NOT NULL REFERENCES criterion(id) ON DELETE CASCADE,"
                " unit_id INTEGER NOT NULL REFERENCES unit(id),"
                " self_value INTEGER, appraised INTEGER,"
                " not_applicable INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0, 1)),"
                " note TEXT NOT NULL DEFAULT '', seal TEXT NOT NULL, PRIMARY KEY (criterion_id, unit_id))"
                " WITHOUT ROWID"_s,
                u"INSERT INTO score_v3 SELECT criterion_id, unit_id, self_value, appraised, not_applicable, note, seal"
                " FROM score"_s,
                u"DROP TABLE score"_s,
                u"ALTER TABLE score_v3 RENAME TO score"_s,
                u"CREATE INDEX score_by_unit ON score(unit_id)"_s,
            }},
        // v4: no second index on score cells. Every read goes by the clustered key (a period's criteria, then
        // the unit), units are never deleted, and the index cost a third of every import's inserts.
        {4,
            {
                u"DROP INDEX score_by_unit"_s,
            }},
        // v5: history that stays as it was published.
        // - roster: the units a period ranks, with the name and the ranked flag they had that year; units keep only
        //   what they are now. Filled from the units as they are, which is what every year showed until now.
        // - period_content: per period and part, how many rows the program wrote and the XOR of their seals, so
        //   that a row removed or added outside the program is found by every read and by `check`.
        // - published: what a final period published (its ranking, its decision's texts, what it held, the audit
        //   head), whole, with a digest printed on the decision; kept when a period is reopened (versions).
        {5,
            {
                u"CREATE TABLE roster ("
                " period_id INTEGER NOT NULL REFERENCES period(id) ON DELETE CASCADE,"
                " unit_id INTEGER NOT NULL REFERENCES unit(id),"
                " name TEXT NOT NULL, ranked INTEGER NOT NULL DEFAULT 1 CHECK (ranked IN (0, 1)),"
                " seal TEXT NOT NULL, PRIMARY KEY (period_id, unit_id)) WITHOUT ROWID"_s,
                u"INSERT INTO roster (period_id, unit_id, name, ranked, seal)"
                " SELECT p.id, u.id, u.name, u.ranked, '' FROM period p JOIN unit u ON u.group_code = p.group_code"
                " WHERE (u.since_year IS NULL OR p.year >= u.since_year)"
                " AND (u.retired_year IS NULL OR p.year < u.retired_year)"_s,
                u"CREATE TABLE period_content ("
                " period_id INTEGER NOT NULL REFERENCES period(id) ON DELETE CASCADE,"
                " part TEXT NOT NULL CHECK (part IN ('roster', 'criteria', 'bands', 'scores', 'texts')),"
                " rows INTEGER NOT NULL, digest TEXT NOT NULL, seal TEXT NOT NULL,"
                " PRIMARY KEY (period_id, part)) WITHOUT ROWID"_s,
                u"CREATE TABLE published ("
                " period_id INTEGER NOT NULL REFERENCES period(id) ON DELETE CASCADE,"
                " version INTEGER NOT NULL, at TEXT NOT NULL,"
                " decision_number TEXT NOT NULL, decision_date TEXT NOT NULL,"
                " content TEXT NOT NULL, digest TEXT NOT NULL, seal TEXT NOT NULL,"
                " PRIMARY KEY (period_id, version))"_s,
            },
            &sealRostersAndContents}, // and the file's identity (meta file_id)
        // v6: the units' explanations (giải trình) of their notice, per cell, kept after the council decides them.
        // By criterion code, not id: a change of the criteria that keeps the code keeps the history.
        {6,
            {
                u"CREATE TABLE explanation ("
                " id INTEGER PRIMARY KEY, period_id INTEGER NOT NULL REFERENCES period(id) ON DELETE CASCADE,"
                " unit_id INTEGER NOT NULL REFERENCES unit(id), criterion_code TEXT NOT NULL,"
                " content TEXT NOT NULL, received TEXT NOT NULL,"
                " decided TEXT NOT NULL DEFAULT '', conclusion TEXT NOT NULL DEFAULT '', seal TEXT NOT NULL)"_s,
                u"CREATE INDEX explanation_by_cell ON explanation(period_id, unit_id, criterion_code)"_s,
            }},
        // v7: evidence documents (tài liệu kiểm chứng) attached to the units' cells, by criterion code as
        // explanations are. Each content once, under its SHA-256 (what check verifies it by); an attachment is sealed.
        {7,
            {
                u"CREATE TABLE evidence_content ("
                " sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, content BLOB NOT NULL)"_s,
                u"CREATE TABLE evidence ("
                " id INTEGER PRIMARY KEY, period_id INTEGER NOT NULL REFERENCES period(id) ON DELETE CASCADE,"
                " unit_id INTEGER NOT NULL REFERENCES unit(id), criterion_code TEXT NOT NULL,"
                " name TEXT NOT NULL, media_type TEXT NOT NULL,"
                " sha256 TEXT NOT NULL REFERENCES evidence_content(sha256), size INTEGER NOT NULL,"
                " added TEXT NOT NULL, added_by TEXT NOT NULL, seal TEXT NOT NULL)"_s,
                u"CREATE INDEX evidence_by_cell ON evidence(period_id, unit_id, criterion_code)"_s,
                u"CREATE INDEX evidence_by_content ON evidence(sha256)"_s,
            }},
        // v8: how years compare after a reorganisation (issue 16). criterion_link: which criterion of the group's
        // previous period each criterion continues ('' for a new one; several rows for one made of several).
        // unit_lineage: which unit continues which (a merger, a split, a rename). Filled where nothing is guessed:
        // a criterion continues the previous period's criterion of the same code and the same title.
        {8,
            {
                u"CREATE TABLE criterion_link ("
                " period_id INTEGER NOT NULL REFERENCES period(id) ON DELETE CASCADE,"
                " code TEXT NOT NULL, previous_year INTEGER NOT NULL, previous_code TEXT NOT NULL,"
                " seal TEXT NOT NULL, PRIMARY KEY (period_id, code, previous_code)) WITHOUT ROWID"_s,
                u"CREATE TABLE unit_lineage ("
                " unit_id INTEGER NOT NULL REFERENCES unit(id), continues_id INTEGER NOT NULL REFERENCES unit(id),"
                " year INTEGER NOT NULL, seal TEXT NOT NULL,"
                " PRIMARY KEY (unit_id, continues_id), CHECK (unit_id <> continues_id)) WITHOUT ROWID"_s,
                u"INSERT INTO criterion_link (period_id, code, previous_year, previous_code, seal)"
                " SELECT p.id, c.code, q.year, c.code, '' FROM period p"
                " JOIN period q ON q.group_code = p.group_code"
                "  AND q.year = (SELECT max(e.year) FROM period e WHERE e.group_code = p.group_code AND e.year < "
                "p.year)"
                " JOIN criterion c ON c.period_id = p.id"
                " JOIN criterion o ON o.period_id = q.id AND o.code = c.code AND o.title = c.title"_s,
            },
            &sealCriterionLinks},
        // v9: named what-if scenarios of a period (issue 16): the scenario's criteria (maxima, rules) and bands as
        // JSON, who saved it and when. Not part of the period's record (period_content does not count them, a final
        // period may have them), sealed row by row; nothing to fill on upgrade.
        {9,
            {
                u"CREATE TABLE scenario ("
                " period_id INTEGER NOT NULL REFERENCES period(id) ON DELETE CASCADE,"
                " name TEXT NOT NULL, content TEXT NOT NULL, saved_at TEXT NOT NULL, saved_by TEXT NOT NULL,"
                " seal TEXT NOT NULL, PRIMARY KEY (period_id, name)) WITHOUT ROWID"_s,
            }},
        // v10: a period's evidence documents are part of its record of what it holds (period_content's part
        // 'evidence'), so that an attachment removed or added outside the program is found by reads and `check`. The
        // CHECK of `part` changes: the table is made again (new, copy, drop, rename, as v3 did for score). On a server
        // the table made again has none of the old one's policies and grants: the upgrade installs them again
        // (Database::upgrade). Filled from the rows each period holds; what a final period published before keeps its
        // five parts (history never changes): `check` compares the parts a record names.
        {10,
            {
                u"CREATE TABLE period_content_v10 ("
                " period_id INTEGER NOT NULL REFERENCES period(id) ON DELETE CASCADE,"
                " part TEXT NOT NULL CHECK (part IN ('roster', 'criteria', 'bands', 'scores', 'texts', 'evidence')),"
                " rows INTEGER NOT NULL, digest TEXT NOT NULL, seal TEXT NOT NULL,"
                " PRIMARY KEY (period_id, part)) WITHOUT ROWID"_s,
                u"INSERT INTO period_content_v10 (period_id, part, rows, digest, seal)"
                " SELECT period_id, part, rows, digest, seal FROM period_content"_s,
                u"DROP TABLE period_content"_s,
                u"ALTER TABLE period_content_v10 RENAME TO period_content"_s,
            },
            &countEvidence},
    };
    return list;
}

const QStringList &tables()
{
    static const QStringList list = [] {
        static const QRegularExpression created(u"^CREATE TABLE (\\w+)"_s);
        static const QRegularExpression dropped(u"^DROP TABLE (\\w+)"_s);
        static const QRegularExpression renamed(u"^ALTER TABLE (\\w+) RENAME TO (\\w+)"_s);
        QStringList names;
        for (const Migration &m : migrations()) {
            for (const QString &statement : m.statements) {
                if (const auto c = created.match(statement); c.hasMatch())
                    names.append(c.captured(1));
                else if (const auto d = dropped.match(statement); d.hasMatch())
                    names.removeAll(d.captured(1));
                else if (const auto r = renamed.match(statement); r.hasMatch())
                    names.replace(names.indexOf(r.captured(1)), r.captured(2));
            }
        }
        return names;
    }();
    return list;
}

} // namespace parindex::schema
