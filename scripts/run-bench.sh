#!/usr/bin/env bash
# Sets everything up (Release build) and runs the benchmark programs, printing their figures.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$here/build-release}"
BUILD_TYPE=Release "$here/scripts/setup.sh" "$build"
"$build/bench/bench_ranking"
