#!/usr/bin/env bash
# Sets everything up on Debian 12, creates the demo database (once) and opens it in the desktop program.
# Without a display, prints the demo rankings of the latest year with the command line instead.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$here/build}"
"$here/scripts/setup.sh" "$build"
demo="${DEMO_DB:-$build/demo/parindex-demo.parindex}"
mkdir -p "$(dirname "$demo")"
cli="$build/app/parindex-cli"
[ -f "$demo" ] || "$cli" --db "$demo" init --demo
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$build/app/parindex" "$demo"
fi
echo "No display: showing the demo rankings of 2024 with parindex-cli (run on a desktop for the window)."
lang="${PARINDEX_LANG:-vi}"
for group in SO HUYEN XA; do
    "$cli" --db "$demo" --lang "$lang" rank --year 2024 --group "$group"
    echo
done
