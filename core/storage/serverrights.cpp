// Members and their rights on a server store: PostgreSQL roles, grants, row-level security and guard triggers.
#include "serverrights.h"

#include "databaseprivate.h"
#include "postgresengine.h"
#include "sqlsupport.h"

using namespace Qt::StringLiterals;

namespace parindex::serverrights {

namespace {
QString ident(const QString &name)
{
    return QString::fromUtf8(sql::identifier(name));
}

QString literal(const QString &text)
{
    return u"'"_s + QString(text).replace(u"'"_s, u"''"_s) + u"'"_s;
}

// The tables a period owns, which nobody writes once it is final.
const QStringList periodTables = {u"criterion"_s, u"band"_s, u"roster"_s, u"decision_text"_s};

// Every statement of the guards, in the store's schema (%1, quoted). Messages are in the language the program set
// for the session (parindex.lang), English otherwise.
QStringList guardStatements(const QString &schema)
{
    QStringList s = {
        u"CREATE TABLE IF NOT EXISTS parindex_member ("
        " login text COLLATE \"C\" PRIMARY KEY,"
        " role text COLLATE \"C\" NOT NULL CHECK (role IN ('secretary', 'appraiser', 'unit')),"
        " group_code text COLLATE \"C\" REFERENCES unit_group(code) ON UPDATE CASCADE,"
        " areas text[] NOT NULL DEFAULT '{}',"
        " unit_code text COLLATE \"C\" REFERENCES unit(code) ON UPDATE CASCADE,"
        " made_login boolean NOT NULL DEFAULT false,"
        " CHECK (role <> 'unit' OR (unit_code IS NOT NULL AND group_code IS NULL AND cardinality(areas) = 0)),"
        " CHECK (role <> 'secretary' OR (unit_code IS NULL AND group_code IS NULL AND cardinality(areas) = 0)))"_s,

        u"CREATE OR REPLACE FUNCTION parindex_say(en text, vi text) RETURNS text LANGUAGE sql STABLE AS "
        "$$ SELECT CASE WHEN current_setting('parindex.lang', true) = 'vi' THEN vi ELSE en END $$"_s,

        // The store's owner (and a superuser) may do everything, as a secretary.
        u"CREATE OR REPLACE FUNCTION parindex_role() RETURNS text LANGUAGE sql STABLE SET search_path = %1 AS "
        "$$ SELECT CASE WHEN pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = 'score'::regclass), "
        "'MEMBER') THEN 'secretary' ELSE (SELECT role FROM parindex_member WHERE login = current_user) END $$"_s,

        u"CREATE OR REPLACE FUNCTION parindex_may_appraise(p_criterion bigint, p_unit bigint) RETURNS boolean "
        "LANGUAGE sql STABLE SET search_path = %1 AS "
        "$$ SELECT EXISTS (SELECT 1 FROM parindex_member m, criterion c, period p, unit u "
        "WHERE m.login = current_user AND m.role = 'appraiser' AND c.id = p_criterion AND p.id = c.period_id "
        "AND u.id = p_unit AND (m.group_code IS NULL OR m.group_code = p.group_code) "
        "AND (cardinality(m.areas) = 0 OR split_part(c.code, '.', 1) = ANY (m.areas)) "
        "AND (m.unit_code IS NULL OR m.unit_code = u.code)) $$"_s,

        u"CREATE OR REPLACE FUNCTION parindex_may_self(p_unit bigint) RETURNS boolean "
        "LANGUAGE sql STABLE SET search_path = %1 AS "
        "$$ SELECT EXISTS (SELECT 1 FROM parindex_member m JOIN unit u ON u.code = m.unit_code "
        "WHERE m.login = current_user AND m.role = 'unit' AND u.id = p_unit) $$"_s,

        u"CREATE OR REPLACE FUNCTION parindex_cell(p_criterion bigint, p_unit bigint) RETURNS text "
        "LANGUAGE sql STABLE SET search_path = %1 AS "
        "$$ SELECT p.year || '/' || p.group_code || ' ' || u.code || ' ' || c.code FROM criterion c "
        "JOIN period p ON p.id = c.period_id, unit u WHERE c.id = p_criterion AND u.id = p_unit $$"_s,

        u"CREATE OR REPLACE FUNCTION parindex_refuse(what text) RETURNS void LANGUAGE plpgsql AS $$ BEGIN "
        "RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = what; END $$"_s,

        // What a score cell refers to, its criterion and its unit, checked once per statement for all its cells (the
        // server's foreign keys would look each one up by a query of its own: 800,000 of them for a national import).
        // As a foreign key does, the rows referred to are locked (FOR KEY SHARE) until the transaction ends, so that
        // nobody removes them meanwhile; a row lock needs the UPDATE privilege, which members lack: this function runs
        // as the store's owner, and only locks and counts the rows it is given. Returns what is missing (NULL: none).
        u"CREATE OR REPLACE FUNCTION parindex_hold_references(p_criteria bigint[], p_units bigint[]) RETURNS text"
        " LANGUAGE plpgsql SECURITY DEFINER SET search_path = %1 AS $$"
        " DECLARE missing bigint;"
        " BEGIN"
        "  IF (SELECT count(*) FROM (SELECT 1 FROM criterion WHERE id = ANY (p_criteria) FOR KEY SHARE) k)"
        "   <> coalesce(cardinality(p_criteria), 0) THEN"
        "   SELECT x INTO missing FROM unnest(p_criteria) x WHERE NOT EXISTS (SELECT 1 FROM criterion c WHERE c.id = x)"
        "    LIMIT 1;"
        "   RETURN format(parindex_say('a score refers to the criterion of id %s, which does not exist',"
        "    'điểm tham chiếu tới tiêu chí có mã số %s, tiêu chí này không tồn tại'), missing);"
        "  END IF;"
        "  IF (SELECT count(*) FROM (SELECT 1 FROM unit WHERE id = ANY (p_units) FOR KEY SHARE) k)"
        "   <> coalesce(cardinality(p_units), 0) THEN"
        "   SELECT x INTO missing FROM unnest(p_units) x WHERE NOT EXISTS (SELECT 1 FROM unit u WHERE u.id = x) LIMIT "
        "1;"
        "   RETURN format(parindex_say('a score refers to the unit of id %s, which does not exist',"
        "    'điểm tham chiếu tới đơn vị có mã số %s, đơn vị này không tồn tại'), missing);"
        "  END IF;"
        "  RETURN NULL;"
        " END $$"_s,

        // Score cells. Each statement's cells are checked together, by the distinct criteria and units they name
        // (152 and 3,321 for a national import), not cell by cell. The cells an update moves to another key are
        // checked row by row (parindex_score_moved): only a secretary does that, and imports never do.
        u"CREATE OR REPLACE FUNCTION parindex_guard_score() RETURNS trigger LANGUAGE plpgsql SET search_path = %1 AS $$"
        " DECLARE r text := parindex_role(); bad text; criteria bigint[]; units bigint[];"
        " BEGIN"
        "  IF TG_OP = 'INSERT' THEN"
        "   SELECT array_agg(criterion_id) INTO criteria FROM (SELECT DISTINCT criterion_id FROM n) k;"
        "   SELECT array_agg(unit_id) INTO units FROM (SELECT DISTINCT unit_id FROM n) k;"
        "   bad := parindex_hold_references(criteria, units);"
        "   IF bad IS NOT NULL THEN"
        "    RAISE EXCEPTION USING ERRCODE = '23503', MESSAGE = bad;"
        "   END IF;"
        "  ELSE"
        "   SELECT array_agg(criterion_id) INTO criteria FROM (SELECT DISTINCT criterion_id FROM o) k;"
        "  END IF;"
        "  SELECT p.year || '/' || p.group_code INTO bad FROM criterion c JOIN period p ON p.id = c.period_id"
        "   WHERE c.id = ANY (criteria) AND p.status = 'final' LIMIT 1;"
        "  IF bad IS NOT NULL THEN"
        "   PERFORM parindex_refuse(format(parindex_say('the ranking %s is final: its scores never change',"
        "    'kết quả %s đã công bố chính thức: điểm không bao giờ thay đổi'), bad));"
        "  END IF;"
        "  IF r = 'secretary' THEN RETURN NULL; END IF;"
        "  IF r IS NULL THEN"
        "   PERFORM parindex_refuse(format(parindex_say('the login %s is not a member of the council',"
        "    'tài khoản %s không phải thành viên hội đồng'), current_user));"
        "  END IF;"
        "  IF r = 'appraiser' THEN"
        "   IF TG_OP = 'INSERT' THEN"
        "    SELECT parindex_cell(criterion_id, unit_id) INTO bad FROM n WHERE self_value IS NOT NULL LIMIT 1;"
        "   ELSIF TG_OP = 'UPDATE' THEN"
        "    SELECT parindex_cell(criterion_id, unit_id) INTO bad FROM o JOIN n USING (criterion_id, unit_id)"
        "     WHERE o.self_value IS DISTINCT FROM n.self_value LIMIT 1;"
        "   ELSE"
        "    SELECT parindex_cell(criterion_id, unit_id) INTO bad FROM o WHERE self_value IS NOT NULL LIMIT 1;"
        "   END IF;"
        "   IF bad IS NOT NULL THEN"
        "    PERFORM parindex_refuse(format(parindex_say('%s: the self-assessment is the unit''s own, not an"
        " appraiser''s', '%s: điểm tự đánh giá là của đơn vị, thành viên thẩm định không được sửa'), bad));"
        "   END IF;"
        "   IF TG_OP = 'DELETE' THEN"
        "    SELECT parindex_cell(criterion_id, unit_id) INTO bad FROM o"
        "     WHERE NOT parindex_may_appraise(criterion_id, unit_id) LIMIT 1;"
        "   END IF;"
        "  ELSE"
        "   IF TG_OP = 'INSERT' THEN"
        "    SELECT parindex_cell(criterion_id, unit_id) INTO bad FROM n"
        "     WHERE appraised IS NOT NULL OR not_applicable <> 0 OR note <> '' LIMIT 1;"
        "   ELSIF TG_OP = 'UPDATE' THEN"
        "    SELECT parindex_cell(criterion_id, unit_id) INTO bad FROM o JOIN n USING (criterion_id, unit_id)"
        "     WHERE o.appraised IS DISTINCT FROM n.appraised OR o.not_applicable <> n.not_applicable"
        "      OR o.note <> n.note LIMIT 1;"
        "   ELSE"
        "    SELECT parindex_cell(criterion_id, unit_id) INTO bad FROM o"
        "     WHERE appraised IS NOT NULL OR not_applicable <> 0 OR note <> '' LIMIT 1;"
        "   END IF;"
        "   IF bad IS NOT NULL THEN"
        "    PERFORM parindex_refuse(format(parindex_say('%s: the appraisal and its note are the council''s, not"
        " the unit''s', '%s: điểm thẩm định và ghi chú là của hội đồng, đơn vị không được sửa'), bad));"
        "   END IF;"
        "   IF TG_OP = 'DELETE' THEN"
        "    SELECT parindex_cell(criterion_id, unit_id) INTO bad FROM o WHERE NOT parindex_may_self(unit_id) LIMIT 1;"
        "   END IF;"
        "  END IF;"
        "  IF bad IS NOT NULL THEN"
        "   PERFORM parindex_refuse(format(parindex_say('%s is not assigned to %s', '%s không được giao cho %s'),"
        "    bad, current_user));"
        "  END IF;"
        "  RETURN NULL;"
        " END $$"_s,

        // A cell moved to another key (an UPDATE that sets criterion_id or unit_id; an import never does): what it
        // then refers to is checked and held as for a new cell, and only a secretary moves cells.
        u"CREATE OR REPLACE FUNCTION parindex_score_moved() RETURNS trigger LANGUAGE plpgsql SET search_path = %1 AS $$"
        " DECLARE bad text := parindex_hold_references(ARRAY[NEW.criterion_id], ARRAY[NEW.unit_id]);"
        " BEGIN"
        "  IF bad IS NOT NULL THEN"
        "   RAISE EXCEPTION USING ERRCODE = '23503', MESSAGE = bad;"
        "  END IF;"
        "  SELECT p.year || '/' || p.group_code INTO bad FROM criterion c JOIN period p ON p.id = c.period_id"
        "   WHERE c.id = NEW.criterion_id AND p.status = 'final';"
        "  IF bad IS NOT NULL THEN"
        "   PERFORM parindex_refuse(format(parindex_say('the ranking %s is final: its scores never change',"
        "    'kết quả %s đã công bố chính thức: điểm không bao giờ thay đổi'), bad));"
        "  END IF;"
        "  IF parindex_role() IS DISTINCT FROM 'secretary' THEN"
        "   PERFORM parindex_refuse(parindex_say('only a secretary moves a score to another cell',"
        "    'chỉ thư ký được chuyển điểm sang ô khác'));"
        "  END IF;"
        "  RETURN NULL;"
        " END $$"_s,
        u"CREATE OR REPLACE TRIGGER parindex_score_moved AFTER UPDATE OF criterion_id, unit_id ON score FOR EACH ROW"
        " WHEN (OLD.criterion_id <> NEW.criterion_id OR OLD.unit_id <> NEW.unit_id)"
        " EXECUTE FUNCTION parindex_score_moved()"_s,

        // The other side of the references: what the foreign keys of score did when a criterion or a unit goes.
        // These checks see what other transactions committed only in READ COMMITTED, where each statement reads anew
        // (the program writes in it); in a stricter one a concurrent cell could slip by, so they refuse there.
        u"CREATE OR REPLACE FUNCTION parindex_require_read_committed() RETURNS void LANGUAGE plpgsql AS $$ BEGIN"
        " IF current_setting('transaction_isolation') <> 'read committed' THEN"
        "  RAISE EXCEPTION USING ERRCODE = '0A000', MESSAGE = parindex_say('criteria and units are removed, emptied or"
        " given another id only in a READ COMMITTED transaction, where what score cells refer to is kept',"
        " 'chỉ được xoá hoặc đổi mã số tiêu chí, đơn vị trong giao dịch READ COMMITTED, nơi tham chiếu của điểm được"
        " giữ');"
        " END IF;"
        " END $$"_s,
        // A criterion removed takes its cells with it (ON DELETE CASCADE), also when its period is removed.
        u"CREATE OR REPLACE FUNCTION parindex_criterion_removed() RETURNS trigger LANGUAGE plpgsql"
        " SET search_path = %1 AS $$"
        " DECLARE ids bigint[];"
        " BEGIN"
        "  PERFORM parindex_require_read_committed();"
        "  SELECT array_agg(id) INTO ids FROM o;"
        "  DELETE FROM score WHERE criterion_id = ANY (ids);"
        "  RETURN NULL;"
        " END $$"_s,
        u"CREATE OR REPLACE TRIGGER parindex_score_cascade AFTER DELETE ON criterion REFERENCING OLD TABLE AS o"
        " FOR EACH STATEMENT EXECUTE FUNCTION parindex_criterion_removed()"_s,
        // A unit that cells name is not removed.
        u"CREATE OR REPLACE FUNCTION parindex_unit_removed() RETURNS trigger LANGUAGE plpgsql SET search_path = %1 AS "
        u"$$"
        " DECLARE ids bigint[]; bad text;"
        " BEGIN"
        "  PERFORM parindex_require_read_committed();"
        "  SELECT array_agg(id) INTO ids FROM o;"
        "  SELECT o.code INTO bad FROM o WHERE o.id IN (SELECT unit_id FROM score WHERE unit_id = ANY (ids))"
        "   AND NOT EXISTS (SELECT 1 FROM unit u WHERE u.id = o.id) LIMIT 1;"
        "  IF bad IS NOT NULL THEN"
        "   RAISE EXCEPTION USING ERRCODE = '23503', MESSAGE = format(parindex_say('the unit %s has scores: it cannot"
        " be removed', 'đơn vị %s đã có điểm: không thể xoá'), bad);"
        "  END IF;"
        "  RETURN NULL;"
        " END $$"_s,
        u"CREATE OR REPLACE TRIGGER parindex_score_referenced AFTER DELETE ON unit REFERENCING OLD TABLE AS o"
        " FOR EACH STATEMENT EXECUTE FUNCTION parindex_unit_removed()"_s,
        // The id of a criterion or a unit that cells name does not change.
        u"CREATE OR REPLACE FUNCTION parindex_id_changed() RETURNS trigger LANGUAGE plpgsql SET search_path = %1 AS $$"
        " DECLARE named boolean;"
        " BEGIN"
        "  PERFORM parindex_require_read_committed();"
        "  IF TG_TABLE_NAME = 'criterion' THEN"
        "   named := EXISTS (SELECT 1 FROM score WHERE criterion_id = OLD.id)"
        "    AND NOT EXISTS (SELECT 1 FROM criterion WHERE id = OLD.id);"
        "  ELSE"
        "   named := EXISTS (SELECT 1 FROM score WHERE unit_id = OLD.id) AND NOT EXISTS (SELECT 1 FROM unit WHERE id = "
        "OLD.id);"
        "  END IF;"
        "  IF named THEN"
        "   RAISE EXCEPTION USING ERRCODE = '23503', MESSAGE = format(parindex_say('%s %s has scores: its id cannot"
        " change', '%s %s đã có điểm: không thể đổi mã số'), TG_TABLE_NAME, OLD.code);"
        "  END IF;"
        "  RETURN NULL;"
        " END $$"_s,
        // Nor is either table emptied while cells remain (TRUNCATE, the owner's only).
        u"CREATE OR REPLACE FUNCTION parindex_emptied() RETURNS trigger LANGUAGE plpgsql SET search_path = %1 AS $$"
        " BEGIN"
        "  PERFORM parindex_require_read_committed();"
        "  IF EXISTS (SELECT 1 FROM score) THEN"
        "   RAISE EXCEPTION USING ERRCODE = '23503', MESSAGE = format(parindex_say('the table %s cannot be emptied:"
        " score cells refer to it', 'không thể xoá hết bảng %s: điểm còn tham chiếu tới bảng này'), TG_TABLE_NAME);"
        "  END IF;"
        "  RETURN NULL;"
        " END $$"_s,
        u"CREATE OR REPLACE TRIGGER parindex_score_referenced_id AFTER UPDATE OF id ON criterion FOR EACH ROW"
        " WHEN (OLD.id <> NEW.id) EXECUTE FUNCTION parindex_id_changed()"_s,
        u"CREATE OR REPLACE TRIGGER parindex_score_referenced_id AFTER UPDATE OF id ON unit FOR EACH ROW"
        " WHEN (OLD.id <> NEW.id) EXECUTE FUNCTION parindex_id_changed()"_s,
        u"CREATE OR REPLACE TRIGGER parindex_score_referenced_truncate AFTER TRUNCATE ON criterion FOR EACH STATEMENT"
        " EXECUTE FUNCTION parindex_emptied()"_s,
        u"CREATE OR REPLACE TRIGGER parindex_score_referenced_truncate AFTER TRUNCATE ON unit FOR EACH STATEMENT"
        " EXECUTE FUNCTION parindex_emptied()"_s,
        // ...and so the foreign keys of score go, whatever the migration that made the table named them (v3 made it as
        // score_v3). Only once: after that, nothing is left to drop, and no lock is taken. `check` still looks the two
        // references up (PostgresEngine::brokenReferences).
        u"DO $$ DECLARE k record; BEGIN"
        " FOR k IN SELECT conname FROM pg_catalog.pg_constraint WHERE conrelid = 'score'::regclass AND contype = 'f'"
        " LOOP"
        "  EXECUTE format('ALTER TABLE score DROP CONSTRAINT %I', k.conname);"
        " END LOOP;"
        " END $$"_s,

        // The tables a period owns; explanations besides: a unit withdraws only its own, not yet decided; evidence
        // documents: a unit takes away only its own.
        u"CREATE OR REPLACE FUNCTION parindex_guard_final() RETURNS trigger LANGUAGE plpgsql SET search_path = %1 AS $$"
        " DECLARE bad text;"
        " BEGIN"
        "  IF TG_OP IN ('INSERT', 'UPDATE') THEN"
        "   SELECT p.year || '/' || p.group_code INTO bad FROM n JOIN period p ON p.id = n.period_id"
        "    WHERE p.status = 'final' LIMIT 1;"
        "  END IF;"
        "  IF bad IS NULL AND TG_OP IN ('UPDATE', 'DELETE') THEN"
        "   SELECT p.year || '/' || p.group_code INTO bad FROM o JOIN period p ON p.id = o.period_id"
        "    WHERE p.status = 'final' LIMIT 1;"
        "  END IF;"
        "  IF bad IS NOT NULL THEN"
        "   PERFORM parindex_refuse(format(parindex_say('the ranking %s is final: what it holds never changes',"
        "    'kết quả %s đã công bố chính thức: nội dung không bao giờ thay đổi'), bad));"
        "  END IF;"
        "  IF TG_TABLE_NAME = 'explanation' AND TG_OP = 'DELETE' AND parindex_role() IS DISTINCT FROM 'secretary' THEN"
        "   SELECT o.criterion_code INTO bad FROM o WHERE NOT parindex_may_self(o.unit_id) OR o.decided <> '' LIMIT 1;"
        "   IF bad IS NOT NULL THEN"
        "    PERFORM parindex_refuse(format(parindex_say('the explanation of %s is not this unit''s to withdraw',"
        "     'giải trình tiêu chí %s không phải của đơn vị này hoặc đã được hội đồng xem xét'), bad));"
        "   END IF;"
        "  END IF;"
        "  IF TG_TABLE_NAME = 'evidence' AND TG_OP = 'DELETE' AND parindex_role() IS DISTINCT FROM 'secretary' THEN"
        "   SELECT o.name INTO bad FROM o WHERE NOT parindex_may_self(o.unit_id) LIMIT 1;"
        "   IF bad IS NOT NULL THEN"
        "    PERFORM parindex_refuse(format(parindex_say('the evidence document %s is not this login''s to take away',"
        "     'tài liệu kiểm chứng %s không phải của đơn vị này'), bad));"
        "   END IF;"
        "  END IF;"
        "  RETURN NULL;"
        " END $$"_s,

        u"CREATE OR REPLACE FUNCTION parindex_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
        " PERFORM parindex_refuse(format(parindex_say('the rows of %s are never changed or removed, only added',"
        " 'các dòng của bảng %s không bao giờ được sửa hay xoá, chỉ được thêm'), TG_TABLE_NAME)); RETURN NULL; END $$"_s,

        // The audit chain's hash as the program computes it (sql::chainHash): SHA-256 of every field as
        // "<UTF-8 bytes>:<bytes>", in hex.
        u"CREATE OR REPLACE FUNCTION parindex_chain(VARIADIC f text[]) RETURNS text LANGUAGE sql STABLE AS"
        " $$ SELECT encode(sha256(coalesce(string_agg(convert_to(octet_length(convert_to(x, 'UTF8'))::text || ':',"
        " 'UTF8') || convert_to(x, 'UTF8'), ''::bytea ORDER BY i), ''::bytea)), 'hex')"
        " FROM unnest(f) WITH ORDINALITY AS t(x, i) $$"_s,

        // An audit row continues the chain, from anyone (psql included): it is numbered after the newest row, names
        // that row's hash as its previous one and carries its own hash; one such row at a time (the store's write
        // lock, which the program's writes hold already). The store's record of the head follows it, so that a row
        // added by SQL alone does not make the program's next write refuse the log as cut.
        u"CREATE OR REPLACE FUNCTION parindex_audit_continues() RETURNS trigger LANGUAGE plpgsql"
        " SET search_path = %1 AS $$"
        " DECLARE last_id bigint; last_hash text;"
        " BEGIN"
        "  PERFORM 1 FROM parindex_store FOR NO KEY UPDATE;"
        "  SELECT id, hash INTO last_id, last_hash FROM audit ORDER BY id DESC LIMIT 1;"
        "  NEW.id := coalesce(last_id, 0) + 1;"
        "  IF NEW.prev_hash IS DISTINCT FROM coalesce(last_hash, '') OR NEW.hash IS DISTINCT FROM parindex_chain("
        "   NEW.prev_hash, NEW.at, NEW.who, NEW.action, NEW.entity, NEW.old_value, NEW.new_value) THEN"
        "   PERFORM parindex_refuse(parindex_say('an audit row continues the log: its previous hash is the newest"
        " row''s and its hash follows from its fields', 'dòng nhật ký phải nối tiếp nhật ký: mã băm trước là của dòng"
        " mới nhất và mã băm của nó tính từ nội dung'));"
        "  END IF;"
        "  RETURN NEW;"
        " END $$"_s,
        u"CREATE OR REPLACE FUNCTION parindex_audit_head() RETURNS trigger LANGUAGE plpgsql SET search_path = %1 AS $$"
        " BEGIN"
        "  INSERT INTO meta (key, value) VALUES ('audit_head', NEW.hash)"
        "   ON CONFLICT (key) DO UPDATE SET value = excluded.value;"
        "  RETURN NULL;"
        " END $$"_s,
        u"CREATE OR REPLACE TRIGGER parindex_audit_continues BEFORE INSERT ON audit FOR EACH ROW "
        "EXECUTE FUNCTION parindex_audit_continues()"_s,
        u"CREATE OR REPLACE TRIGGER parindex_audit_head AFTER INSERT ON audit FOR EACH ROW "
        "EXECUTE FUNCTION parindex_audit_head()"_s,
        // The recorded head is the newest row's hash, whoever writes it.
        u"CREATE OR REPLACE FUNCTION parindex_guard_head() RETURNS trigger LANGUAGE plpgsql SET search_path = %1 AS $$"
        " BEGIN"
        "  IF NEW.value IS DISTINCT FROM coalesce((SELECT hash FROM audit ORDER BY id DESC LIMIT 1), '') THEN"
        "   PERFORM parindex_refuse(parindex_say('the head of the audit log is the hash of its newest row',"
        "    'đầu nhật ký là mã băm của dòng nhật ký mới nhất'));"
        "  END IF;"
        "  RETURN NULL;"
        " END $$"_s,
        u"CREATE OR REPLACE TRIGGER parindex_guard_head AFTER INSERT OR UPDATE ON meta FOR EACH ROW "
        "WHEN (NEW.key = 'audit_head') EXECUTE FUNCTION parindex_guard_head()"_s,
        // The counter of writes counts one a write (what the windows reload by); the store stays this program's.
        u"CREATE OR REPLACE FUNCTION parindex_guard_store() RETURNS trigger LANGUAGE plpgsql AS $$"
        " BEGIN"
        "  IF NEW.data_version NOT IN (OLD.data_version, OLD.data_version + 1)"
        "   OR NEW.application_id <> OLD.application_id THEN"
        "   PERFORM parindex_refuse(parindex_say('the counter of writes counts one for each write',"
        "    'bộ đếm lượt ghi chỉ tăng một cho mỗi lượt ghi'));"
        "  END IF;"
        "  RETURN NEW;"
        " END $$"_s,
        u"CREATE OR REPLACE TRIGGER parindex_guard_store BEFORE UPDATE ON parindex_store FOR EACH ROW "
        "EXECUTE FUNCTION parindex_guard_store()"_s,
    };
    for (const QString &table : QStringList {u"audit"_s, u"published"_s}) {
        s << u"CREATE OR REPLACE TRIGGER parindex_append_only BEFORE UPDATE OR DELETE ON %1 FOR EACH STATEMENT "
             "EXECUTE FUNCTION parindex_append_only()"_s.arg(table)
          << u"CREATE OR REPLACE TRIGGER parindex_append_only_truncate BEFORE TRUNCATE ON %1 FOR EACH STATEMENT "
             "EXECUTE FUNCTION parindex_append_only()"_s.arg(table);
    }
    const auto guard = [&s](const QString &table, const QString &function) {
        s << u"CREATE OR REPLACE TRIGGER parindex_guard_insert AFTER INSERT ON %1 REFERENCING NEW TABLE AS n "
             "FOR EACH STATEMENT EXECUTE FUNCTION %2()"_s.arg(table, function)
          << u"CREATE OR REPLACE TRIGGER parindex_guard_update AFTER UPDATE ON %1 REFERENCING OLD TABLE AS o "
             "NEW TABLE AS n FOR EACH STATEMENT EXECUTE FUNCTION %2()"_s.arg(table, function)
          << u"CREATE OR REPLACE TRIGGER parindex_guard_delete AFTER DELETE ON %1 REFERENCING OLD TABLE AS o "
             "FOR EACH STATEMENT EXECUTE FUNCTION %2()"_s.arg(table, function);
    };
    guard(u"score"_s, u"parindex_guard_score"_s);
    // A final period's record of what it holds is part of what it published: nobody rewrites it, the owner included.
    for (const QString &table : periodTables + QStringList {u"explanation"_s, u"evidence"_s, u"period_content"_s})
        guard(table, u"parindex_guard_final"_s);
    // An evidence content is known by its SHA-256, which the server verifies as it takes one: from a login with psql
    // too, the key is the content's digest.
    s << u"ALTER TABLE evidence_content DROP CONSTRAINT IF EXISTS parindex_digest"_s
      << u"ALTER TABLE evidence_content ADD CONSTRAINT parindex_digest CHECK (sha256 = encode(sha256(content), 'hex') "
         "COLLATE \"C\" AND size = octet_length(content))"_s;

    // Row-level security. Reading is everyone's; updates and deletes see every row (USING true), so that a refused
    // one is told by WITH CHECK or the guard trigger, never skipped in silence. (SELECT parindex_role()) is computed
    // once per statement.
    const QString secretary = u"(SELECT parindex_role()) = 'secretary'"_s;
    const QString cell
        = secretary + u" OR parindex_may_appraise(criterion_id, unit_id) OR parindex_may_self(unit_id)"_s;
    const QString ownExplanation
        = secretary + u" OR (parindex_may_self(unit_id) AND decided = '' AND conclusion = '')"_s;
    struct Policy
    {
        QString table;
        QString write; // WITH CHECK of inserts and updates
    };
    const QList<Policy> policies = {
        {u"score"_s, cell},
        {u"explanation"_s, ownExplanation},
        {u"evidence"_s, secretary + u" OR parindex_may_self(unit_id)"_s},
        {u"meta"_s, secretary + u" OR key = 'audit_head'"_s},
        // A member's score edit (a unit's attachment) updates its period's record of score cells (evidence documents),
        // never a final period's.
        {u"period_content"_s,
            secretary
                + u" OR (part IN ('scores', 'evidence') AND NOT EXISTS (SELECT 1 FROM period p WHERE p.id = period_id "
                  u"AND "
                  "p.status = 'final'))"_s},
        {u"audit"_s, u"who = current_user::text"_s},
    };
    for (const Policy &p : policies) {
        s << u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY"_s.arg(p.table);
        for (const QString &name :
            {u"parindex_read"_s, u"parindex_insert"_s, u"parindex_update"_s, u"parindex_delete"_s})
            s << u"DROP POLICY IF EXISTS %1 ON %2"_s.arg(name, p.table);
        s << u"CREATE POLICY parindex_read ON %1 FOR SELECT USING (true)"_s.arg(p.table)
          << u"CREATE POLICY parindex_insert ON %1 FOR INSERT WITH CHECK (%2)"_s.arg(p.table, p.write)
          << u"CREATE POLICY parindex_update ON %1 FOR UPDATE USING (true) WITH CHECK (%2)"_s.arg(p.table, p.write)
          << u"CREATE POLICY parindex_delete ON %1 FOR DELETE USING (true)"_s.arg(p.table);
    }
    for (QString &statement : s)
        statement.replace(u"%1"_s, schema); // only the SET search_path clauses carry it
    return s;
}

QStringList grantStatements(const QString &database, const QString &schema)
{
    const QString s = ident(groupRole(database, Member::Role::Secretary));
    const QString a = ident(groupRole(database, Member::Role::Appraiser));
    const QString u = ident(groupRole(database, Member::Role::Unit));
    const QString all = u"%1, %2, %3"_s.arg(s, a, u);
    return {
        // Another login of the server does not read a province's store unless it is a member.
        u"REVOKE CONNECT, TEMPORARY ON DATABASE %1 FROM PUBLIC"_s.arg(ident(database)),
        u"GRANT CONNECT ON DATABASE %1 TO %2"_s.arg(ident(database), all),
        u"GRANT USAGE ON SCHEMA %1 TO %2"_s.arg(schema, all),
        u"GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2"_s.arg(schema, all),
        u"GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO %2"_s.arg(schema, all),
        u"GRANT UPDATE (data_version) ON parindex_store TO %1"_s.arg(all),
        u"GRANT INSERT ON audit TO %1"_s.arg(all),
        u"GRANT INSERT, UPDATE ON meta, period_content TO %1"_s.arg(all),
        u"GRANT INSERT, UPDATE, DELETE ON score TO %1"_s.arg(all),
        u"GRANT INSERT, DELETE ON explanation, evidence, evidence_content TO %1"_s.arg(u),
        u"GRANT INSERT, UPDATE, DELETE ON unit_group, unit, period, band, criterion, decision_text, roster, "
        "explanation, evidence, evidence_content, period_content, criterion_link, unit_lineage, "
        "scenario TO %1"_s.arg(s),
        u"GRANT INSERT ON published TO %1"_s.arg(s),
    };
}

Status run(const Database::Private &d, const QStringList &statements)
{
    QSqlQuery q = d.query();
    for (const QString &statement : statements) {
        if (!q.exec(statement))
            return d.error(q);
    }
    return {};
}

Result<QString> single(const Database::Private &d, const QString &sql)
{
    QSqlQuery q = d.query();
    if (!q.exec(sql) || !q.next())
        return d.error(q);
    return q.value(0).toString();
}

Status requireServer(const Database::Private &d)
{
    if (d.engine->kind() == u"postgres")
        return {};
    return Error {Error::Kind::Usage,
        Database::tr("Members and their rights are kept by a server store (postgresql://...); a file has no members: "
                     "whoever may write the file may change everything in it.")};
}

bool installed(const Database::Private &d)
{
    QSqlQuery q = d.query();
    return q.exec(u"SELECT to_regprocedure('parindex_role()') IS NOT NULL"_s) && q.next() && q.value(0).toBool();
}

QString describe(const Member &m)
{
    QString text = roleCode(m.role);
    if (!m.groupCode.isEmpty())
        text += u" group=%1"_s.arg(m.groupCode);
    if (!m.areas.isEmpty())
        text += u" areas=%1"_s.arg(m.areas.join(u','));
    if (!m.unitCode.isEmpty())
        text += u" unit=%1"_s.arg(m.unitCode);
    return text;
}
} // namespace

QString groupRole(const QString &database, Member::Role role)
{
    return database + u"_"_s + roleCode(role);
}

Status install(Database::Private &d)
{
    if (const Status s = requireServer(d); !s)
        return s;
    const auto schema = single(d, u"SELECT quote_ident(current_schema())"_s);
    if (!schema)
        return schema.error();
    return run(d, guardStatements(*schema));
}

Status installNow(Database::Private &d)
{
    if (const Status s = d.engine->beginWrite(); !s)
        return s;
    if (const Status s = install(d); !s) {
        d.engine->rollback();
        return s;
    }
    return d.engine->commit();
}

Status takeOwnersPart(Database::Private &d, int found)
{
    if (const Status s = requireServer(d); !s)
        return s;
    QSqlQuery q = d.query();
    if (!q.exec(u"SELECT pg_has_role(current_user, c.relowner, 'MEMBER'), o.rolname, current_user::text, "
                "o.rolname = current_user FROM pg_class c JOIN pg_roles o ON o.oid = c.relowner "
                "WHERE c.oid = 'score'::regclass"_s)
        || !q.next())
        return d.error(q);
    const QString owner = q.value(1).toString();
    if (!q.value(0).toBool())
        return Error {Error::Kind::ReadOnly,
            Database::tr("The login %1 may not upgrade %2 (version %3): only the store's owner (%4) or a superuser of "
                         "the server upgrades it. Nothing was changed.")
                .arg(q.value(2).toString(), d.path)
                .arg(found)
                .arg(owner)};
    // A superuser (or a member of the owner's role) writes as the owner: the tables the upgrade makes are the owner's.
    if (!q.value(3).toBool() && !q.exec(u"SET ROLE %1"_s.arg(ident(owner))))
        return d.error(q);
    return {};
}

Status reinstall(Database::Private &d)
{
    if (const Status s = install(d); !s)
        return s;
    QSqlQuery q = d.query();
    if (!q.exec(u"SELECT current_database(), quote_ident(current_schema())"_s) || !q.next())
        return d.error(q);
    const QString database = q.value(0).toString();
    const QString schema = q.value(1).toString();
    for (const Member::Role role : {Member::Role::Secretary, Member::Role::Appraiser, Member::Role::Unit}) {
        q.prepare(u"SELECT 1 FROM pg_roles WHERE rolname = ?"_s);
        q.addBindValue(groupRole(database, role));
        if (!q.exec())
            return d.error(q);
        if (!q.next())
            return {}; // no member was ever added: nothing granted to restore
    }
    // The grants on the tables (a table made again has none); those on the database itself are as they were.
    QStringList statements = grantStatements(database, schema);
    statements.removeIf([](const QString &statement) { return statement.contains(u" ON DATABASE "_s); });
    return run(d, statements);
}

Result<Rights> rightsOf(const Database::Private &d)
{
    if (d.engine->kind() != u"postgres" || !installed(d))
        return Rights {};
    QSqlQuery q = d.query();
    if (!q.exec(u"SELECT parindex_role(), current_user::text, coalesce(m.group_code, ''), "
                "coalesce(array_to_string(m.areas, ','), ''), coalesce(m.unit_code, '') "
                "FROM (SELECT 1) one LEFT JOIN parindex_member m ON m.login = current_user"_s)
        || !q.next())
        return d.error(q);
    const auto role = roleFromCode(q.value(0).toString());
    if (!role)
        return Rights::none();
    if (*role == Member::Role::Secretary)
        return Rights {};
    Member m;
    m.login = q.value(1).toString();
    m.role = *role;
    m.groupCode = q.value(2).toString();
    m.areas = q.value(3).toString().split(u',', Qt::SkipEmptyParts);
    m.unitCode = q.value(4).toString();
    return Rights::of(m);
}

Result<QList<Member>> members(const Database::Private &d)
{
    if (const Status s = requireServer(d); !s)
        return s.error();
    QList<Member> list;
    if (!installed(d))
        return list;
    QSqlQuery q = d.query();
    if (!q.exec(u"SELECT login, role, coalesce(group_code, ''), array_to_string(areas, ','), "
                "coalesce(unit_code, '') FROM parindex_member ORDER BY login"_s))
        return d.error(q);
    while (q.next()) {
        Member m;
        m.login = q.value(0).toString();
        m.role = roleFromCode(q.value(1).toString()).value_or(Member::Role::Unit);
        m.groupCode = q.value(2).toString();
        m.areas = q.value(3).toString().split(u',', Qt::SkipEmptyParts);
        m.unitCode = q.value(4).toString();
        list.append(m);
    }
    return list;
}

Status addMember(Database::Private &d, const Member &member, const QString &password)
{
    if (const Status s = requireServer(d); !s)
        return s;
    const Member &m = member;
    if (m.login.isEmpty() || m.login.toUtf8().size() > 63 || m.login.startsWith(u"pg_"_s))
        return Error {Error::Kind::Usage,
            Database::tr("%1 cannot be a login: a login has 1 to 63 bytes and does not begin with pg_.").arg(m.login)};
    if (m.role == Member::Role::Unit && m.unitCode.isEmpty())
        return Error {Error::Kind::Usage, Database::tr("A unit's member needs the unit (--unit CODE).")};
    if (m.role != Member::Role::Appraiser && (!m.groupCode.isEmpty() || !m.areas.isEmpty()))
        return Error {Error::Kind::Usage, Database::tr("Only an appraiser is assigned a group and areas.")};
    if (m.role == Member::Role::Secretary && !m.unitCode.isEmpty())
        return Error {
            Error::Kind::Usage, Database::tr("A secretary is assigned no unit: a secretary does everything.")};
    for (const QString &area : m.areas) {
        if (area.isEmpty() || area.contains(u'.'))
            return Error {Error::Kind::Usage,
                Database::tr("%1 is not an area: an area is a top-level criterion code such as 2.").arg(area)};
    }
    return d.writeWith(u"member.add"_s, [&]() -> Result<Database::Private::AuditText> {
        QSqlQuery q = d.query();
        if (!q.exec(u"SELECT rolcreaterole OR rolsuper, current_database(), quote_ident(current_schema()) "
                    "FROM pg_roles WHERE rolname = current_user"_s)
            || !q.next())
            return d.error(q);
        if (!q.value(0).toBool())
            return Error {Error::Kind::ReadOnly,
                Database::tr("Adding a member makes a login on the server: it needs a login that may create roles "
                             "(the server's administrator). Nothing was changed.")};
        const QString database = q.value(1).toString();
        const QString schema = q.value(2).toString();
        if (groupRole(database, Member::Role::Appraiser).toUtf8().size() > 63)
            return Error {Error::Kind::Usage,
                Database::tr("The database's name %1 is too long to name its members' roles (at most 53 bytes).")
                    .arg(database)};
        if (!m.unitCode.isEmpty()) {
            q.prepare(u"SELECT 1 FROM unit WHERE code = ?"_s);
            q.addBindValue(m.unitCode);
            if (!q.exec())
                return d.error(q);
            if (!q.next())
                return Error {Error::Kind::NotFound, Database::tr("There is no unit %1.").arg(m.unitCode)};
        }
        if (!m.groupCode.isEmpty()) {
            q.prepare(u"SELECT 1 FROM unit_group WHERE code = ?"_s);
            q.addBindValue(m.groupCode);
            if (!q.exec())
                return d.error(q);
            if (!q.next())
                return Error {Error::Kind::NotFound, Database::tr("There is no group %1.").arg(m.groupCode)};
        }
        if (const Status s = run(d, guardStatements(schema)); !s)
            return s.error();
        for (const Member::Role role : {Member::Role::Secretary, Member::Role::Appraiser, Member::Role::Unit}) {
            q.prepare(u"SELECT 1 FROM pg_roles WHERE rolname = ?"_s);
            q.addBindValue(groupRole(database, role));
            if (!q.exec())
                return d.error(q);
            if (!q.next() && !q.exec(u"CREATE ROLE %1 NOLOGIN"_s.arg(ident(groupRole(database, role)))))
                return d.error(q);
        }
        if (const Status s = run(d, grantStatements(database, schema)); !s)
            return s.error();

        q.prepare(u"SELECT r.rolsuper OR pg_has_role(r.oid, (SELECT relowner FROM pg_class WHERE oid = "
                  "'score'::regclass), 'MEMBER'), EXISTS (SELECT 1 FROM parindex_member WHERE login = r.rolname) "
                  "FROM pg_roles r WHERE r.rolname = ?"_s);
        q.addBindValue(m.login);
        if (!q.exec())
            return d.error(q);
        const bool exists = q.next();
        if (exists && q.value(1).toBool())
            return Error {Error::Kind::BadData,
                Database::tr("%1 is a member already; remove it first to change what it is assigned.").arg(m.login)};
        if (exists && q.value(0).toBool())
            return Error {Error::Kind::BadData,
                Database::tr("%1 owns the store or is a superuser of the server: it may do everything already, and "
                             "cannot be made a member with fewer rights.")
                    .arg(m.login)};
        QString passwordClause;
        if (!password.isEmpty()) {
            auto *server = dynamic_cast<PostgresEngine *>(d.engine.get());
            const auto encrypted = server ? server->encryptedPassword(m.login, password) : Result<QString>(QString());
            if (!encrypted)
                return encrypted.error();
            passwordClause = u" PASSWORD "_s + literal(*encrypted);
        }
        if (!exists && !q.exec(u"CREATE ROLE %1 LOGIN%2"_s.arg(ident(m.login), passwordClause)))
            return d.error(q);
        if (exists && !passwordClause.isEmpty() && !q.exec(u"ALTER ROLE %1%2"_s.arg(ident(m.login), passwordClause)))
            return d.error(q);
        if (!q.exec(u"GRANT %1 TO %2"_s.arg(ident(groupRole(database, m.role)), ident(m.login))))
            return d.error(q);
        q.prepare(
            u"INSERT INTO parindex_member (login, role, group_code, areas, unit_code, made_login) "
            "VALUES (?, ?, nullif(?, ''), coalesce(string_to_array(nullif(?, ''), ','), '{}'), nullif(?, ''), ?)"_s);
        q.addBindValue(m.login);
        q.addBindValue(roleCode(m.role));
        q.addBindValue(m.groupCode);
        q.addBindValue(m.areas.join(u','));
        q.addBindValue(m.unitCode);
        q.addBindValue(!exists);
        if (!q.exec())
            return d.error(q);
        return Database::Private::AuditText {u"member/%1"_s.arg(m.login), QString(), describe(m)};
    });
}

Status removeMember(Database::Private &d, const QString &login)
{
    if (const Status s = requireServer(d); !s)
        return s;
    const auto list = members(d);
    if (!list)
        return list.error();
    const auto it = std::find_if(list->cbegin(), list->cend(), [&](const Member &m) { return m.login == login; });
    if (it == list->cend())
        return Error {Error::Kind::NotFound, Database::tr("%1 is not a member.").arg(login)};
    const Member m = *it;
    return d.writeWith(u"member.remove"_s, [&]() -> Result<Database::Private::AuditText> {
        QSqlQuery q = d.query();
        q.prepare(u"DELETE FROM parindex_member WHERE login = ? RETURNING made_login, current_database()"_s);
        q.addBindValue(login);
        if (!q.exec() || !q.next())
            return d.error(q);
        const bool made = q.value(0).toBool();
        const QString database = q.value(1).toString();
        if (!q.exec(u"REVOKE %1 FROM %2"_s.arg(ident(groupRole(database, m.role)), ident(login))))
            return d.error(q);
        // A login made for the store goes with it (refused, and nothing changed, when the server still needs it).
        if (made && !q.exec(u"DROP ROLE %1"_s.arg(ident(login))))
            return d.error(q);
        return Database::Private::AuditText {u"member/%1"_s.arg(login), describe(m), QString()};
    });
}

} // namespace parindex::serverrights
