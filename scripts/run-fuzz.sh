#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan+UBSan) and runs each for FUZZ_SECONDS (default 60) from the
# committed seed corpus. A crash leaves its input as build-fuzz/crash-*; add it to tests/fuzz/corpus/<target>
# once fixed, so that the corpus replay of the test suite keeps it fixed.
# Usage: scripts/run-fuzz.sh [csv|xlsx ...]   (FUZZ_SECONDS=600 for the ten-minute runs)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$here/build-fuzz}"
FUZZ=ON "$here/scripts/setup.sh" "$build"
export QT_QPA_PLATFORM=offscreen
targets=("$@")
((${#targets[@]})) || targets=(csv xlsx)
for t in "${targets[@]}"; do
    work="$build/corpus-$t"
    mkdir -p "$work"
    "$build/tests/fuzz/fuzz_${t}reader" -max_total_time="${FUZZ_SECONDS:-60}" -timeout=10 -print_final_stats=1 \
        -artifact_prefix="$build/crash-$t-" "$work" "$here/tests/fuzz/corpus/$t"
done
