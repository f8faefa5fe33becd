#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL 15 cluster, started here and removed when the command ends, whatever
# its outcome; nothing depends on a server left running. The command finds the cluster through PARINDEX_TEST_PG
# (a server address: postgresql://postgres@localhost:PORT/postgres) and libpq's own PGHOST, PGPORT, PGUSER and
# PGPASSWORD. Uses pg_virtualenv (postgresql-common); as root the cluster lives in a temporary folder too (-t).
# Usage: scripts/with-postgres.sh COMMAND [ARGS...]
set -euo pipefail
if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi
if ! command -v pg_virtualenv >/dev/null; then
    echo "pg_virtualenv is missing: install postgresql-15 and postgresql-common (scripts/setup.sh does)" >&2
    exit 2
fi
# The inner shell sees the cluster's variables; "$@" is passed through unchanged.
exec pg_virtualenv -t -v 15 sh -c \
    'PARINDEX_TEST_PG="postgresql://${PGUSER}@${PGHOST}:${PGPORT}/${PGDATABASE:-postgres}" exec "$@"' sh "$@"
