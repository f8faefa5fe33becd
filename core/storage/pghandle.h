#pragma once

#include <QtSql/QSqlDatabase>

struct pg_conn;

namespace parindex::pg {

// The libpq connection under a QPSQL connection, for the bulk paths that run on it in its transaction (nullptr when
// the connection is not open on PostgreSQL).
pg_conn *handleOf(const QSqlDatabase &db);

} // namespace parindex::pg
