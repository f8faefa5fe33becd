#!/usr/bin/env bash
# Tries the council's team mode on this machine: a throwaway PostgreSQL 15 server (scripts/with-postgres.sh, removed
# when this script ends) holding the demo province, three members with their rights, and two windows side by side:
# the store's owner (a secretary) and an appraiser of area 2 of the districts. An edit in one window reaches the other
# within a second; a cell outside the appraiser's areas is read-only there, and refused by the server to psql too.
# Without a display it shows the same through the command line instead: the members, an appraiser's edit and a
# refused one. Nothing is left behind; nothing here touches the demo file of run-app.sh.
# Usage: scripts/run-team.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$here/build}"

if [ -z "${PARINDEX_TEAM_SERVER:-}" ]; then
    "$here/scripts/setup.sh" "$build"
    PARINDEX_TEAM_SERVER=1 exec "$here/scripts/with-postgres.sh" "$0" "$@"
fi

cli="$build/app/parindex-cli"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
lang="${PARINDEX_LANG:-vi}"

# The server's address without its database (postgresql://USER@HOST:PORT), and the store's database.
server="${PARINDEX_TEST_PG%/*}"
hostport="${server#*@}"
createdb parindex_team
store="$server/parindex_team"

# The demo province is made as a file, then copied whole to the server (ids, seals, audit log and published years).
"$cli" --db "$work/demo.parindex" init --demo 2>/dev/null
"$cli" copy --from "$work/demo.parindex" --to "$store"

# Members: logins of this throwaway server, all with one password made here.
password="$(head -c 12 /dev/urandom | base64 | tr -d '/+=')"
add() { printf '%s\n' "$password" | "$cli" --db "$store" member add "$@" --password-stdin; }
add --login thuky --role secretary
add --login tuphap --role appraiser --group HUYEN --areas 2
add --login h02 --role unit --unit H02
"$cli" --db "$store" --lang "$lang" member list

cat <<EOF

Team mode on a throwaway server (removed when this script ends):
  store        $store
  members      thuky (secretary), tuphap (appraiser: HUYEN, area 2), h02 (unit H02)
  password     $password   (the same for the three)
  another window:  PGPASSWORD=$password $build/app/parindex postgresql://tuphap@$hostport/parindex_team
  psql as one:     PGPASSWORD=$password psql "postgresql://tuphap@$hostport/parindex_team"
EOF

appraiser="postgresql://tuphap@$hostport/parindex_team"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "Opening two windows: the owner's and tuphap's. Close both to end (and remove the server)."
    "$build/app/parindex" "$store" &
    owner=$!
    PGPASSWORD="$password" "$build/app/parindex" "$appraiser" &
    member=$!
    wait "$owner" "$member" || true
    exit 0
fi

echo
echo "No display: the same through parindex-cli (run on a desktop for the windows)."
"$cli" --db "$store" scores export --year 2024 --group HUYEN "$work/scores.csv"
# One appraised value changed in area 2 of H03 (tuphap's), then one in area 1 (not tuphap's).
sed 's/^H03,2\.1\.1,\([^,]*\),[^,]*,/H03,2.1.1,\1,0.5,/' "$work/scores.csv" > "$work/area2.csv"
sed 's/^H03,1\.1\.1,\([^,]*\),[^,]*,/H03,1.1.1,\1,0.1,/' "$work/area2.csv" > "$work/area1.csv"
echo "- tuphap appraises 2.1.1 of H03 (area 2, assigned):"
PGPASSWORD="$password" "$cli" --db "$appraiser" --lang "$lang" scores import --year 2024 --group HUYEN \
    "$work/area2.csv" || true
echo "- tuphap also changes 1.1.1 of H03 (area 1, not assigned): the server refuses the whole import"
PGPASSWORD="$password" "$cli" --db "$appraiser" --lang "$lang" scores import --year 2024 --group HUYEN \
    "$work/area1.csv" || true
echo "- the ranking as every member sees it now:"
PGPASSWORD="$password" "$cli" --db "$appraiser" --lang "$lang" rank --year 2024 --group HUYEN
