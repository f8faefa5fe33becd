#include "postgresengine.h"

#include "schema.h"

#include "pghandle.h"
#include "sqlsupport.h"

#include <QtCore/QRegularExpression>
#include <QtCore/QUuid>
#include <QtSql/QSqlDriver>
#include <QtSql/QSqlQuery>

#include <libpq-fe.h>

#include <atomic>
#include <charconv>
#include <deque>
#include <vector>

using namespace Qt::StringLiterals;

namespace parindex {

PGconn *pg::handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // QPSQL declares the handle's type by the struct's own name.
    if (handle.isValid() && (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0))
        return *static_cast<PGconn *const *>(handle.constData());
    return nullptr;
}

namespace {
using pg::handleOf;

// What the engine keeps beside the schema, as SQLite keeps it in the file's header.
constexpr char StoreTable[] = "parindex_store";
// What every write transaction notifies on commit (LISTEN/NOTIFY), so that other windows read it within a moment.
constexpr char ChangedChannel[] = "parindex_changed";

// `?` parameters, numbered from 1, as PostgreSQL's $1, $2...; quoted text is left as it is.
QByteArray numberedParameters(const char *sql, int *count)
{
    QByteArray out;
    bool quoted = false;
    int n = 0;
    for (const char *c = sql; *c; ++c) {
        if (*c == '\'')
            quoted = !quoted;
        if (*c == '?' && !quoted) {
            out += '$';
            out += QByteArray::number(++n);
        } else {
            out += *c;
        }
    }
    *count = n;
    return out;
}

// A prepared statement of the server on the connection's own libpq handle, so that it takes part in the
// transaction the connection is in. Values travel as text, as libpq's text format has them.
class PgStatement final : public BulkStatement
{
public:
    PgStatement(const QSqlDatabase &db, const QString &location, const char *sql, PreparedStatements *prepared)
        : m_location(location)
    {
        static std::atomic<quint64> serial {0};
        m_conn = handleOf(db);
        if (!m_conn) {
            m_ok = false;
            m_message = u"no PostgreSQL connection"_s;
            return;
        }
        int parameters = 0;
        const QByteArray text = numberedParameters(sql, &parameters);
        m_values.resize(size_t(parameters));
        m_null.assign(size_t(parameters), true);
        // Prepared once per connection: an edit's statements cost one round trip each, not three.
        if (prepared->connection != m_conn) {
            prepared->connection = m_conn;
            prepared->names.clear();
        }
        if (const auto it = prepared->names.constFind(text); it != prepared->names.cend()) {
            m_name = *it;
            m_kept = true;
            m_valid = true;
            return;
        }
        m_name = QByteArray("parindex_bulk_" + QByteArray::number(++serial));
        PGresult *r = PQprepare(m_conn, m_name.constData(), text.constData(), parameters, nullptr);
        m_valid = failIfBad(r, PGRES_COMMAND_OK);
        PQclear(r);
        // A prepared statement outlives the transaction (even one rolled back); the few texts an edit uses are kept,
        // those of bulk writes whose text varies with their row count are not.
        if (m_valid && prepared->names.size() < PreparedStatements::Most) {
            prepared->names.insert(text, m_name);
            m_kept = true;
        }
    }
    ~PgStatement() override
    {
        PQclear(m_result);
        endPipeline();
        // In a transaction that failed, the server keeps the statement until the session ends: harmless.
        if (m_valid && !m_kept && m_conn && PQtransactionStatus(m_conn) != PQTRANS_INERROR)
            PQclear(PQexec(m_conn, QByteArray("DEALLOCATE " + m_name).constData()));
    }
    PgStatement(const PgStatement &) = delete;
    PgStatement &operator=(const PgStatement &) = delete;

    bool isValid() const override { return m_valid; }
    Error error() const override
    {
        const bool lost = m_conn && PQstatus(m_conn) == CONNECTION_BAD;
        return PostgresEngine::errorFor(m_state, m_message, lost, m_location);
    }

    void bind(int index, qint64 value) override { set(index, QByteArray::number(value)); }
    void bind(int index, const std::optional<qint64> &value) override
    {
        if (value)
            set(index, QByteArray::number(*value));
        else if (index >= 1 && size_t(index) <= m_null.size())
            m_null[size_t(index - 1)] = true;
    }
    void bind(int index, QStringView text) override { set(index, text.toUtf8()); }
    void bindAscii(int index, const char *text, int length) override { set(index, QByteArray(text, length)); }
    void bindBytes(int index, QByteArrayView bytes) override { set(index, "\\x" + bytes.toByteArray().toHex()); }

    bool next() override
    {
        if (!m_valid)
            return false;
        if (!m_result) {
            m_result = prefetched();
            if (!m_result)
                m_result = execute();
            // A statement that returns no row (an INSERT without RETURNING) ends at once, as in SQLite.
            if (PQresultStatus(m_result) == PGRES_COMMAND_OK) {
                m_done = true;
                return false;
            }
            if (!failIfBad(m_result, PGRES_TUPLES_OK)) {
                PQclear(m_result);
                m_result = nullptr;
                m_done = true;
                return false;
            }
            m_row = -1;
            m_rows = PQntuples(m_result);
        }
        if (m_done)
            return false;
        if (++m_row < m_rows)
            return true;
        m_done = true;
        return false;
    }
    void prefetch(const std::vector<qint64> &values) override
    {
        if (!m_valid || m_values.size() != 1 || values.empty() || !m_sent.empty() || PQenterPipelineMode(m_conn) != 1)
            return;
        for (const qint64 v : values) {
            const QByteArray text = QByteArray::number(v);
            const char *value[] = {text.constData()};
            const int length[] = {int(text.size())};
            if (PQsendQueryPrepared(m_conn, m_name.constData(), 1, value, length, nullptr, 0) != 1)
                break;
            m_sent.push_back(text);
        }
        if (PQpipelineSync(m_conn) != 1 || m_sent.size() != values.size())
            endPipeline();
    }
    bool run() override
    {
        if (!m_valid)
            return false;
        PGresult *r = execute();
        const ExecStatusType status = PQresultStatus(r);
        const bool good = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || failIfBad(r, PGRES_COMMAND_OK);
        PQclear(r);
        reset();
        return good;
    }
    bool ok() const override { return m_ok; }
    void reset() override
    {
        PQclear(m_result);
        m_result = nullptr;
        m_done = false;
        m_row = -1;
        m_rows = 0;
    }

    bool isNull(int column) const override
    {
        return !m_result || m_row < 0 || m_row >= m_rows || PQgetisnull(m_result, m_row, column);
    }
    qint64 integer(int column) const override
    {
        if (!m_result || m_row < 0 || m_row >= m_rows)
            return 0;
        return decimal(column);
    }
    std::optional<qint64> optionalInteger(int column) const override
    {
        if (!m_result || m_row < 0 || m_row >= m_rows || PQgetisnull(m_result, m_row, column))
            return std::nullopt;
        return decimal(column);
    }
    QString text(int column) const override
    {
        const QByteArrayView b = bytes(column);
        return b.isEmpty() ? QString() : QString::fromUtf8(b);
    }
    QByteArrayView bytes(int column) const override
    {
        if (!m_result || m_row < 0 || m_row >= m_rows)
            return {};
        return QByteArrayView(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
    }

private:
    // The current row's value as an integer (what the text of an integer column says; 0 when it says none).
    qint64 decimal(int column) const
    {
        const char *text = PQgetvalue(m_result, m_row, column);
        qint64 v = 0;
        std::from_chars(text, text + PQgetlength(m_result, m_row, column), v);
        return v;
    }
    void set(int index, QByteArray &&v)
    {
        if (index < 1 || size_t(index) > m_values.size())
            return;
        m_values[size_t(index - 1)] = std::move(v);
        m_null[size_t(index - 1)] = false;
    }
    // The result of the run just bound when the pipeline sent it next; else the pipeline is taken back (null).
    PGresult *prefetched()
    {
        if (m_sent.empty())
            return nullptr;
        if (m_null[0] || m_values[0] != m_sent.front()) {
            endPipeline();
            return nullptr;
        }
        m_sent.pop_front();
        PGresult *r = PQgetResult(m_conn);
        while (PGresult *more = PQgetResult(m_conn)) // a run's results end with a null one
            PQclear(more);
        if (m_sent.empty())
            endPipeline();
        return r;
    }
    // Reads what the pipeline still has to say (the runs not taken, then its sync) and leaves it.
    void endPipeline()
    {
        if (!m_conn || PQpipelineStatus(m_conn) == PQ_PIPELINE_OFF)
            return;
        for (; !m_sent.empty(); m_sent.pop_front()) {
            while (PGresult *r = PQgetResult(m_conn))
                PQclear(r);
        }
        while (PGresult *r = PQgetResult(m_conn)) {
            const bool synced = PQresultStatus(r) == PGRES_PIPELINE_SYNC;
            PQclear(r);
            if (synced)
                break;
        }
        PQexitPipelineMode(m_conn);
    }
    PGresult *execute()
    {
        std::vector<const char *> values(m_values.size());
        std::vector<int> lengths(m_values.size());
        for (size_t i = 0; i < m_values.size(); ++i) {
            values[i] = m_null[i] ? nullptr : m_values[i].constData();
            lengths[i] = int(m_values[i].size());
        }
        return PQexecPrepared(
            m_conn, m_name.constData(), int(values.size()), values.data(), lengths.data(), nullptr, 0);
    }
    bool failIfBad(const PGresult *r, ExecStatusType wanted)
    {
        if (r && PQresultStatus(r) == wanted)
            return true;
        m_ok = false;
        m_state = r ? QString::fromLatin1(PQresultErrorField(r, PG_DIAG_SQLSTATE)) : QString();
        m_message = QString::fromUtf8(r ? PQresultErrorMessage(r) : PQerrorMessage(m_conn)).trimmed();
        return false;
    }

    PGconn *m_conn = nullptr;
    QByteArray m_name;
    QString m_location;
    std::vector<QByteArray> m_values;
    std::vector<bool> m_null;
    std::deque<QByteArray> m_sent; // the values of parameter 1 of the runs the pipeline sent and not yet taken
    PGresult *m_result = nullptr;
    int m_row = -1;
    int m_rows = 0; // of m_result
    bool m_done = false;
    bool m_valid = false;
    bool m_kept = false; // in the connection's prepared statements: not deallocated
    bool m_ok = true;
    QString m_state;
    QString m_message;
};
} // namespace

PostgresEngine::PostgresEngine(const ServerAddress &address, bool readOnly)
    : m_address(address),
      m_connectionName(u"parindex-pg-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_readOnly(readOnly)
{ }

PostgresEngine::~PostgresEngine()
{
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status PostgresEngine::connect()
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return Error {Error::Kind::CannotOpen,
            Database::tr("%1 cannot be reached: Qt's PostgreSQL driver (QPSQL, package libqt6sql6-psql) is not "
                         "installed.")
                .arg(location())};
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
    db.setHostName(m_address.host);
    db.setPort(m_address.port);
    db.setUserName(m_address.user);
    db.setDatabaseName(m_address.database);
    db.setConnectOptions(m_address.connectOptions());
    if (const auto password = sessionPassword(m_address))
        db.setPassword(*password); // typed in the connect dialog; otherwise libpq's ~/.pgpass or PGPASSWORD
    db.setNumericalPrecisionPolicy(QSql::HighPrecision); // sum() of integers is numeric: never through a double
    if (!db.open())
        return Error {Error::Kind::CannotOpen,
            Database::tr("The database %1 cannot be opened: %2").arg(location(), db.lastError().text().trimmed())};
    QSqlQuery q(db);
    // As SQLite's busy timeout: a writer waits 5 s for another's transaction, then is told.
    for (const QString &setting :
        {u"SET lock_timeout = '5s'"_s, u"SET client_min_messages = warning"_s, u"SET bytea_output = 'hex'"_s}) {
        if (!q.exec(setting))
            return failure(q.lastError());
    }
    if (m_readOnly && !q.exec(u"SET default_transaction_read_only = on"_s))
        return failure(q.lastError());
    // The server's refusals (serverrights.cpp) in the language of the program's messages.
    q.prepare(u"SELECT set_config('parindex.lang', ?, false), current_user::text"_s);
    //: The language code of the server's refusals of a member's change: en or vi.
    q.addBindValue(Database::tr("en", "server language"));
    if (!q.exec() || !q.next())
        return failure(q.lastError());
    m_login = q.value(1).toString();
    return {};
}

Result<std::unique_ptr<PostgresEngine>> PostgresEngine::create(const ServerAddress &address)
{
    std::unique_ptr<PostgresEngine> engine(new PostgresEngine(address, false));
    if (const Status s = engine->connect(); !s)
        return s.error();
    QSqlQuery q(engine->connection());
    if (!q.exec(u"SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"_s) || !q.next())
        return engine->failure(q.lastError());
    if (q.value(0).toLongLong() > 0)
        return Error {Error::Kind::CannotOpen,
            Database::tr("The database %1 already holds tables; a new PAR Index store is only made in an empty "
                         "database. Nothing was changed.")
                .arg(engine->location())};
    const QStringList statements = {
        u"BEGIN"_s,
        u"CREATE TABLE %1 (one boolean PRIMARY KEY DEFAULT true CHECK (one), application_id integer NOT NULL, "
        "schema_version integer NOT NULL, data_version bigint NOT NULL)"_s.arg(QLatin1StringView(StoreTable)),
        u"INSERT INTO %1 (application_id, schema_version, data_version) VALUES (%2, 0, 0)"_s
            .arg(QLatin1StringView(StoreTable))
            .arg(Database::ApplicationId),
        u"COMMIT"_s,
    };
    for (const QString &statement : statements) {
        if (!q.exec(statement)) {
            const Error e = engine->failure(q.lastError());
            QSqlQuery(engine->connection()).exec(u"ROLLBACK"_s);
            return e;
        }
    }
    return engine;
}

Result<std::unique_ptr<PostgresEngine>> PostgresEngine::open(
    const ServerAddress &address, Database::Access access, bool toUpgrade)
{
    std::unique_ptr<PostgresEngine> engine(new PostgresEngine(address, access == Database::Access::ReadOnly));
    if (const Status s = engine->connect(); !s)
        return s.error();
    QSqlQuery q(engine->connection());
    if (!q.exec(u"SELECT to_regclass('%1') IS NOT NULL"_s.arg(QLatin1StringView(StoreTable))) || !q.next())
        return engine->failure(q.lastError());
    if (!q.value(0).toBool())
        return Error {Error::Kind::NotOurs,
            Database::tr("The database %1 holds no PAR Index store (it has no table %2). Make one with `init`; "
                         "nothing was changed.")
                .arg(engine->location(), QLatin1StringView(StoreTable))};
    // A member's login may update only the counter of writes (serverrights.cpp).
    if (!q.exec(u"SELECT application_id, schema_version, has_column_privilege('%1', 'data_version', 'UPDATE') FROM "
                "%1"_s.arg(QLatin1StringView(StoreTable)))
        || !q.next())
        return engine->failure(q.lastError());
    if (q.value(0).toInt() != Database::ApplicationId)
        return Error {Error::Kind::NotOurs,
            Database::tr("The database %1 belongs to another program, not to PAR Index. Nothing was changed.")
                .arg(engine->location())};
    const int version = q.value(1).toInt();
    if (version > Database::SchemaVersion)
        return Error {Error::Kind::TooNew,
            Database::tr("The database %1 was written by a newer version of this program (version %2, this program "
                         "knows %3). Update the program to open it; nothing was changed.")
                .arg(engine->location())
                .arg(version)
                .arg(Database::SchemaVersion)};
    if (version < Database::SchemaVersion && !toUpgrade)
        return Error {Error::Kind::TooNew,
            Database::tr("The database %1 is of an older version (%2); this program needs version %3. The store's "
                         "owner upgrades it with `parindex-cli --db %1 upgrade`, after a backup of the database "
                         "(pg_dump). Nothing was changed.")
                .arg(engine->location())
                .arg(version)
                .arg(Database::SchemaVersion)};
    // A login the server lets only read opens read-only, as a read-only file does.
    if (!engine->m_readOnly && !q.value(2).toBool()) {
        engine->m_readOnly = true;
        if (!q.exec(u"SET default_transaction_read_only = on"_s))
            return engine->failure(q.lastError());
    }
    engine->m_schemaVersion = version;
    return engine;
}

QString PostgresEngine::kind() const
{
    return u"postgres"_s;
}

QString PostgresEngine::location() const
{
    return m_address.toString();
}

bool PostgresEngine::isReadOnly() const
{
    return m_readOnly;
}

QString PostgresEngine::journalMode() const
{
    return u"server"_s;
}

int PostgresEngine::storedSchemaVersion() const
{
    return m_schemaVersion;
}

Status PostgresEngine::setSchemaVersion(int version)
{
    QSqlQuery q(connection());
    q.prepare(u"UPDATE %1 SET schema_version = ?"_s.arg(QLatin1StringView(StoreTable)));
    q.addBindValue(version);
    if (!q.exec())
        return failure(q.lastError());
    m_schemaVersion = version;
    return {};
}

// The schema is written once, in SQLite's words (schema.cpp); here is how PostgreSQL says the same. Text compares by
// its bytes as in SQLite (COLLATE "C"), so that every ORDER BY gives the same order on both engines.
QString PostgresEngine::dialect(const QString &statement) const
{
    static const QRegularExpression rowId(u"\\bINTEGER PRIMARY KEY\\b"_s);
    static const QRegularExpression integer(u"\\bINTEGER\\b"_s);
    static const QRegularExpression text(u"\\bTEXT\\b"_s);
    static const QRegularExpression withoutRowId(u"\\s+WITHOUT ROWID\\b"_s);
    static const QRegularExpression blob(u"\\bBLOB\\b"_s);
    QString s = statement;
    s.replace(rowId, u"bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s);
    s.replace(integer, u"bigint"_s);
    s.replace(text, u"text COLLATE \"C\""_s);
    s.replace(withoutRowId, QString());
    s.replace(blob, u"bytea"_s);
    return s;
}

QSqlDatabase PostgresEngine::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Error PostgresEngine::errorFor(
    const QString &sqlState, const QString &message, bool connectionLost, const QString &named)
{
    // The server's first line, without its severity; the CONTEXT lines of a trigger are for the server's log.
    QString detail = message.trimmed().section(u'\n', 0, 0).trimmed();
    for (const QString &severity : {u"ERROR:"_s, u"FATAL:"_s})
        if (detail.startsWith(severity))
            detail = detail.mid(severity.size()).trimmed();
    if (sqlState == u"42501" && detail.contains(u"row-level security"_s))
        return {Error::Kind::ReadOnly,
            Database::tr("The server refused this change to %1: it touches cells or rows this login was not assigned. "
                         "Nothing was changed.")
                .arg(named)};
    if (connectionLost || sqlState.startsWith(u"08"_s))
        return {Error::Kind::Io,
            Database::tr("The connection to %1 was lost (%2). Nothing more was changed; check the network and the "
                         "server, then open it again.")
                .arg(named, detail)};
    if (sqlState == u"53100")
        return {Error::Kind::Io,
            Database::tr("The disk of the server holding %1 is full. Nothing was changed; ask its administrator to "
                         "free some space.")
                .arg(named)};
    if (sqlState.startsWith(u"53"_s) || sqlState.startsWith(u"58"_s))
        return {Error::Kind::Io,
            Database::tr("The server holding %1 cannot do this now (%2). Nothing was changed.").arg(named, detail)};
    if (sqlState == u"42501" || sqlState == u"25006")
        return {Error::Kind::ReadOnly,
            Database::tr("The server refused this change to %1: this login may not make it (%2). Nothing was changed.")
                .arg(named, detail)};
    if (sqlState == u"40001" || sqlState == u"40P01" || sqlState == u"55P03" || sqlState == u"55006")
        return {Error::Kind::Locked,
            Database::tr("%1 is busy: another member is writing to it. Nothing was changed; try again in a moment.")
                .arg(named)};
    if (sqlState.startsWith(u"23"_s) || sqlState.startsWith(u"22"_s))
        return {Error::Kind::BadData,
            Database::tr("The change would break the consistency of %1 and was refused (%2).").arg(named, detail)};
    if (sqlState == u"XX001" || sqlState == u"XX002")
        return {Error::Kind::Corrupt,
            Database::tr("%1 is damaged on the server (%2). Ask its administrator to restore a backup.")
                .arg(named, detail)};
    return {Error::Kind::Internal, Database::tr("Unexpected database error in %1: %2").arg(named, detail)};
}

Error PostgresEngine::error(const QSqlError &error, const QString &named) const
{
    const PGconn *conn = handleOf(connection());
    const bool lost = !conn || PQstatus(conn) == CONNECTION_BAD;
    QString detail = error.databaseText();
    if (detail.isEmpty())
        detail = error.text();
    return errorFor(error.nativeErrorCode(), detail, lost, named);
}

std::unique_ptr<BulkStatement> PostgresEngine::statement(const char *sql) const
{
    return std::make_unique<PgStatement>(connection(), location(), sql, &m_prepared);
}

bool PostgresEngine::inTransaction() const
{
    const PGconn *conn = handleOf(connection());
    return conn && PQtransactionStatus(conn) != PQTRANS_IDLE;
}

// The counter's row is the store's write lock: the UPDATE takes it at the start of the transaction and holds it to
// the end, so that a second writer waits there (lock_timeout) before it reads anything that decides its write. The
// server always checks references: Keys::CheckedByBody changes nothing here.
Status PostgresEngine::beginWrite(Keys)
{
    if (m_readOnly)
        return Error {Error::Kind::ReadOnly,
            Database::tr("%1 is open read-only (a read-only login or --read-only): nothing was changed.")
                .arg(location())};
    if (!isConnected())
        return lostConnection();
    QSqlQuery q(connection());
    if (!q.exec(u"BEGIN ISOLATION LEVEL READ COMMITTED"_s))
        return failure(q.lastError());
    // The NOTIFY reaches every other window of the store when (and only if) this transaction commits.
    if (!q.exec(u"UPDATE %1 SET data_version = data_version + 1"_s.arg(QLatin1StringView(StoreTable)))
        || !q.exec(u"NOTIFY %1"_s.arg(QLatin1StringView(ChangedChannel))) || !q.exec(u"SAVEPOINT parindex_write"_s)) {
        const Error e = failure(q.lastError());
        QSqlQuery(connection()).exec(u"ROLLBACK"_s);
        return e;
    }
    m_writing = true;
    m_failedInWrite = false;
    return {};
}

// A failed statement aborts the server's transaction, in which nothing more runs, not even the DEALLOCATE of the
// write's other prepared statements as their queries go (QPSQL then writes "Unable to free statement" on stderr). Back
// at the savepoint the transaction runs again for that, but never commits: commit() refuses it.
void PostgresEngine::statementFailed()
{
    const PGconn *conn = handleOf(connection());
    if (!m_writing || !isConnected() || PQtransactionStatus(conn) != PQTRANS_INERROR)
        return;
    m_failedInWrite = true;
    QSqlQuery(connection()).exec(u"ROLLBACK TO SAVEPOINT parindex_write"_s);
}

Status PostgresEngine::commit()
{
    const PGconn *conn = handleOf(connection());
    // A transaction with a failed statement would only roll back at COMMIT, and say it committed.
    if (m_failedInWrite || (conn && PQtransactionStatus(conn) == PQTRANS_INERROR)) {
        rollback();
        return Error {Error::Kind::Internal,
            Database::tr("A statement of this change to %1 failed, so nothing was changed.").arg(location())};
    }
    QSqlQuery q(connection());
    if (!q.exec(u"COMMIT"_s))
        return failure(q.lastError());
    if (m_writing)
        ++m_ownWrites;
    m_writing = false;
    return {};
}

// A lost connection rolled back on the server already: nothing to send (and no warning of the driver's).
bool PostgresEngine::isConnected() const
{
    const PGconn *conn = handleOf(connection());
    return conn && PQstatus(conn) == CONNECTION_OK && connection().isOpen();
}

Error PostgresEngine::lostConnection() const
{
    return errorFor(QString(), Database::tr("no connection to the server"), true, location());
}

void PostgresEngine::rollback()
{
    if (isConnected())
        QSqlQuery(connection()).exec(u"ROLLBACK"_s);
    m_writing = false;
    m_failedInWrite = false;
}

bool PostgresEngine::beginSnapshot() const
{
    if (!isConnected() || inTransaction())
        return false;
    return QSqlQuery(connection()).exec(u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s);
}

void PostgresEngine::endSnapshot() const
{
    if (!isConnected())
        return;
    QSqlQuery q(connection());
    if (!q.exec(u"COMMIT"_s))
        q.exec(u"ROLLBACK"_s);
}

Result<qint64> PostgresEngine::dataVersion() const
{
    if (!isConnected())
        return lostConnection();
    QSqlQuery q(connection());
    if (!q.exec(u"SELECT data_version FROM %1"_s.arg(QLatin1StringView(StoreTable))) || !q.next())
        return failure(q.lastError());
    return q.value(0).toLongLong() - m_ownWrites - (m_writing ? 1 : 0);
}

bool PostgresEngine::watchChanges(QObject *context, std::function<void()> changed)
{
    QSqlDriver *driver = connection().driver();
    if (!driver || !driver->subscribeToNotification(QLatin1StringView(ChangedChannel)))
        return false;
    QObject::connect(driver, &QSqlDriver::notification, context,
        [changed = std::move(changed)](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
            // This connection's own writes are known already.
            if (name == QLatin1StringView(ChangedChannel) && source != QSqlDriver::SelfSource)
                changed();
        });
    return true;
}

QSqlError PostgresEngine::copyTo(const QString &file) const
{
    const QString text = Database::tr("A copy of the server database %1 into the file %2 is not supported yet; use "
                                      "the server's own backup (pg_dump).")
                             .arg(location(), file);
    return QSqlError(text, text, QSqlError::UnknownError, u"copy"_s);
}

Result<QString> PostgresEngine::encryptedPassword(const QString &login, const QString &password) const
{
    PGconn *conn = handleOf(connection());
    if (!conn)
        return Error {Error::Kind::Io, Database::tr("The connection to %1 was lost.").arg(location())};
    char *encrypted = PQencryptPasswordConn(conn, password.toUtf8().constData(), login.toUtf8().constData(), nullptr);
    if (!encrypted)
        return Error {Error::Kind::Internal,
            Database::tr("The password could not be prepared for %1: %2")
                .arg(location(), QString::fromUtf8(PQerrorMessage(conn)).trimmed())};
    const QString text = QString::fromUtf8(encrypted);
    PQfreemem(encrypted);
    return text;
}

bool PostgresEngine::isDiskFull(const QSqlError &error) const
{
    return error.nativeErrorCode() == u"53100";
}

// PostgreSQL has no integrity_check: what it can tell is that the engine's table holds its one row, every table of
// the schema is there, and no index or constraint was left invalid (a failed CREATE INDEX CONCURRENTLY, a NOT VALID
// constraint added by hand).
Result<QStringList> PostgresEngine::structureProblems() const
{
    QStringList problems;
    QSqlQuery q(connection());
    if (!q.exec(u"SELECT count(*) FROM %1"_s.arg(QLatin1StringView(StoreTable))) || !q.next())
        return failure(q.lastError());
    if (q.value(0).toLongLong() != 1)
        problems.append(Database::tr("The table %1 holds %2 rows instead of one.")
                            .arg(QLatin1StringView(StoreTable))
                            .arg(q.value(0).toLongLong()));
    // Every table the migrations leave (none forgotten when one is added).
    const QStringList &tables = schema::tables();
    if (m_schemaVersion >= Database::SchemaVersion) {
        for (const QString &table : tables) {
            q.prepare(u"SELECT to_regclass(?) IS NOT NULL"_s);
            q.addBindValue(table);
            if (!q.exec() || !q.next())
                return failure(q.lastError());
            if (!q.value(0).toBool())
                problems.append(Database::tr("The table %1 is missing.").arg(table));
        }
    }
    if (!q.exec(u"SELECT i.indexrelid::regclass::text FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid "
                "= i.indrelid WHERE c.relnamespace = current_schema()::regnamespace AND NOT (i.indisvalid AND "
                "i.indisready) ORDER BY 1"_s))
        return failure(q.lastError());
    while (q.next())
        problems.append(Database::tr("The index %1 is not valid.").arg(q.value(0).toString()));
    if (!q.exec(u"SELECT conname || ' (' || conrelid::regclass::text || ')' FROM pg_catalog.pg_constraint WHERE "
                "connamespace = current_schema()::regnamespace AND NOT convalidated ORDER BY 1"_s))
        return failure(q.lastError());
    while (q.next())
        problems.append(Database::tr("The constraint %1 is not validated.").arg(q.value(0).toString()));
    return problems;
}

// The server enforces every reference; rows can still refer to rows that are gone when its triggers were turned off
// by hand (session_replication_role), or while a copy filled the tables. Every single-column reference of the schema
// is looked up: its foreign keys, and the two references of score cells that the store's guards keep instead of
// foreign keys (serverrights.cpp: checked once per statement, not once per cell).
std::optional<int> PostgresEngine::brokenReferences() const
{
    QSqlQuery keys(connection());
    if (!keys.exec(u"SELECT quote_ident(cl.relname), quote_ident(a.attname), quote_ident(pl.relname), "
                   "quote_ident(pa.attname) FROM pg_catalog.pg_constraint k "
                   "JOIN pg_catalog.pg_class cl ON cl.oid = k.conrelid "
                   "JOIN pg_catalog.pg_class pl ON pl.oid = k.confrelid "
                   "JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1] "
                   "JOIN pg_catalog.pg_attribute pa ON pa.attrelid = k.confrelid AND pa.attnum = k.confkey[1] "
                   "WHERE k.contype = 'f' AND k.connamespace = current_schema()::regnamespace "
                   "AND cardinality(k.conkey) = 1 "
                   "UNION SELECT 'score', 'criterion_id', 'criterion', 'id' "
                   "UNION SELECT 'score', 'unit_id', 'unit', 'id'"_s))
        return std::nullopt;
    int broken = 0;
    while (keys.next()) {
        QSqlQuery q(connection());
        const QString sql = u"SELECT count(*) FROM %1 c WHERE c.%2 IS NOT NULL AND NOT EXISTS "
                            "(SELECT 1 FROM %3 p WHERE p.%4 = c.%2)"_s.arg(keys.value(0).toString(),
                                keys.value(1).toString(), keys.value(2).toString(), keys.value(3).toString());
        if (!q.exec(sql) || !q.next())
            return std::nullopt;
        broken += q.value(0).toInt();
    }
    return broken;
}

void PostgresEngine::analyse()
{
    // The planner's statistics of the tables written in bulk, for the reads that follow at once (a ranking after an
    // import); an edit here and there is left to autovacuum, which the server runs anyway. Only the store's owner may;
    // a member's connection leaves it to autovacuum.
    if (m_bulkTables.isEmpty())
        return;
    QStringList tables;
    for (const QString &table : std::as_const(m_bulkTables))
        tables.append(QString::fromUtf8(sql::identifier(table)));
    m_bulkTables.clear();
    tables.sort();
    QSqlQuery q(connection());
    if (q.exec(u"SELECT pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = 'score'::regclass), "
               "'MEMBER')"_s)
        && q.next() && q.value(0).toBool())
        q.exec(u"ANALYZE "_s + tables.join(u", "_s));
}

} // namespace parindex
