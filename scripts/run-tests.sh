#!/usr/bin/env bash
# Sets everything up on Debian 12 and runs every test (what CI runs): first the core tests built with
# AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/), then the whole suite of the normal build.
# The last line printed is the normal suite's ctest summary. Any failure fails the script.
# SANITIZER_RUN=OFF skips the sanitizer run (a quicker local loop); SANITIZER_RUN=ALL runs the whole suite,
# widgets, charts and PDFs included, under the sanitizers (clean; about 10 more minutes of building on 2 cores).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$here/build}"
asan="${ASAN_BUILD_DIR:-$here/build-asan}"
jobs="$(nproc)"
export QT_QPA_PLATFORM=offscreen

"$here/scripts/setup.sh" "$build"

if [ "${SANITIZER_RUN:-ON}" != "OFF" ]; then
    # Core only (model, scoring, storage, io, desk, with the kill and two-writer tests): the whole suite
    # under ASan would take CI past its 15 minutes on 2 cores.
    cmake -S "$here" -B "$asan" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DPARINDEX_SANITIZE=ON \
          -DPARINDEX_BUILD_BENCH=OFF >/dev/null
    if [ "${SANITIZER_RUN:-ON}" = "ALL" ]; then
        cmake --build "$asan" -j"$jobs"
        label=()
    else
        cmake --build "$asan" --target parindex_core_tests -j"$jobs"
        label=(-L core)
    fi
    ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1" \
    UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
        ctest --test-dir "$asan" "${label[@]}" --output-on-failure -j"$jobs"
fi

# The suite's summary line ("100% tests passed, 0 tests failed out of N") is printed last, after ctest's own
# timing lines, so that CI logs end with it.
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
ctest --test-dir "$build" --output-on-failure -j"$jobs" 2>&1 | tee "$log" || status=$?
grep -E "tests passed, [0-9]+ tests failed out of" "$log" | tail -n 1
exit "$status"
