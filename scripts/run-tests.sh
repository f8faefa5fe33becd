#!/usr/bin/env bash
# Sets everything up on Debian 12 and runs every test (what CI runs): first the whole suite built with
# AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/: widgets, charts, PDFs, the kill and shared-file
# tests included), then the whole suite of the normal build. The last line printed is the normal suite's ctest
# summary. Any failure fails the script. The tests run beside a throwaway PostgreSQL 15 cluster that this script
# starts and removes (scripts/with-postgres.sh), for the server engine's tests. CI allows 30 minutes from a clean
# clone on 2 cores: the normal build has line tables only for debug information (backtraces keep their file and
# line; a third of its compile time), and its QtTest programs are compiled unoptimised (PARINDEX_OPTIMISE_TESTS; the
# libraries they test keep -O2). The two builds run one after the other: building the normal tree in the
# background (nice 19) while the sanitizer suite ran slowed that suite by a third and saved less than that.
# SANITIZER_RUN=ALL (the default) as above; SANITIZER_RUN=CORE builds and runs only the core tests (label "core")
# under the sanitizers; SANITIZER_RUN=OFF skips the sanitizer run (a quicker local loop).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$here/build}"
asan="${ASAN_BUILD_DIR:-$here/build-asan}"
jobs="$(nproc)"
export QT_QPA_PLATFORM=offscreen

if [ -z "${PARINDEX_WITH_POSTGRES:-}" ]; then
    BUILD=OFF "$here/scripts/setup.sh" "$build"
    # Every test runs beside a throwaway PostgreSQL 15 cluster, removed when they end (scripts/with-postgres.sh).
    PARINDEX_WITH_POSTGRES=1 exec "$here/scripts/with-postgres.sh" "$0" "$@"
fi

sanitizer="${SANITIZER_RUN:-ALL}"
case "$sanitizer" in
    ON) sanitizer=ALL ;;
    ALL | CORE | OFF) ;;
    *)
        echo "SANITIZER_RUN is ALL (default), CORE or OFF, not '$sanitizer'" >&2
        exit 2
        ;;
esac

cmake -S "$here" -B "$build" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" >/dev/null
cmake --build "$build" -j"$jobs"

if [ "$sanitizer" != OFF ]; then
    # Line tables only for debug information, as the normal build: the sanitizers' reports keep their file and line.
    # Programs not position-independent: a sanitized program holds two million relative relocations (the checks'
    # static data), which a PIE applies at every start: about a second of every run of parindex-cli in the tests.
    cmake -S "$here" -B "$asan" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g1" \
          -DCMAKE_EXE_LINKER_FLAGS="-no-pie" -DPARINDEX_SANITIZE=ON -DPARINDEX_BUILD_BENCH=OFF >/dev/null
    if [ "$sanitizer" = ALL ]; then
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
