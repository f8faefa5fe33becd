#!/usr/bin/env bash
# Builds the Debian package: a Release build of the two programs in its own folder, then cpack -G DEB.
# Usage: scripts/build-deb.sh [build-dir]   (default build-deb/; JOBS=N builds with N jobs, default all cores)
# Prints the path of parindex_<version>_amd64.deb on its last line. scripts/setup.sh installs what it needs.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$here/build-deb}"

# Debian's own compiler and linker hardening (stack protector, fortified functions, full RELRO, ...).
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cxxflags="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)"
ldflags="$(dpkg-buildflags --get LDFLAGS)"

cmake -S "$here" -B "$build" -G Ninja \
      -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_INSTALL_PREFIX=/usr \
      -DCMAKE_CXX_FLAGS="$cxxflags" \
      -DCMAKE_EXE_LINKER_FLAGS="$ldflags" \
      -DPARINDEX_BUILD_TESTS=OFF -DPARINDEX_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j"${JOBS:-$(nproc)}"
(cd "$build" && cpack -G DEB >/dev/null)
deb="$(ls "$build"/parindex_*_amd64.deb)"
dpkg-deb -f "$deb" Package Version Depends
echo "$deb"
