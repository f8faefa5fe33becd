#!/usr/bin/env bash
# The long crash-safety run: a writer is killed with SIGKILL KILLS times (default 200) at random points while
# it edits and imports; after every kill the file must open, pass integrity_check and the audit chain, hold
# every acknowledged edit and no half import. Then two writers at once. Prints the tally of the kills.
# Usage: scripts/run-kill-test.sh [KILLS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$here/build}"
"$here/scripts/setup.sh" "$build"
PARINDEX_KILLS="${1:-200}" "$build/tests/storage/tst_killsafety" -maxwarnings 0
