#!/usr/bin/env bash
# Sets everything up (Release build), writes the national file once (3,321 communes x 120 leaves x 10 years,
# deterministic), and runs every benchmark, printing one Markdown table (the one in BENCHMARKS.md).
# Usage: scripts/run-bench.sh   (BUILD_DIR=... to build elsewhere; NATIONAL_FILE=... to use another file)
# Beside a server (scripts/with-postgres.sh scripts/run-bench.sh), bench_server measures the national period on it too.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$here/build-release}"
BUILD_TYPE=Release TARGETS="make_national_file bench_storage bench_desk bench_stalls bench_ranking bench_robustness bench_server parindex-cli" \
    "$here/scripts/setup.sh" "$build"
national="${NATIONAL_FILE:-$build/bench/national.parindex}"
if [ ! -f "$national" ]; then
    "$build/bench/make_national_file" "$national"
fi

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"\
     "$(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo), $(sqlite3 --version | cut -d' ' -f1-2 | sed 's/^/SQLite /')"
echo "File: $national ($(du -m "$national" | cut -f1) MB)"
echo
echo "| measure | figure | reference (same run) | ratio | target | met |"
echo "|---|---|---|---|---|---|"
"$build/bench/bench_storage" rank "$national"
"$build/bench/bench_storage" reads "$national"
"$build/bench/bench_storage" import 2>/dev/null
"$build/bench/bench_desk" "$national" "$build/app/parindex-cli" 2>/dev/null
"$build/bench/bench_ranking"
"$build/bench/bench_robustness" "$national" 2>/dev/null
if [ -n "${PARINDEX_TEST_PG:-}" ]; then
    "$build/bench/bench_server" "$PARINDEX_TEST_PG" "$national" 2>/dev/null
fi
echo
"$build/bench/bench_stalls" "$national" 2>/dev/null
