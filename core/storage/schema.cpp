#include "schema.h"

using namespace Qt::StringLiterals;

namespace parindex::schema {

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
    };
    return list;
}

} // namespace parindex::schema
