#!/usr/bin/env bash
# Installs the Debian 12 packages the build needs (only those missing), then configures and builds.
# Usage: scripts/setup.sh [build-dir]   (BUILD_TYPE=Release|Debug, SANITIZE=ON to build with ASan+UBSan,
#        TARGETS="a b" to build only those targets, BUILD=OFF to install and configure only,
#        FUZZ=ON to build only the libFuzzer targets with clang, e.g. FUZZ=ON scripts/setup.sh build-fuzz)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$here/build}"

packages=(cmake ninja-build g++ pkg-config lld
          qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          libqt6sql6-sqlite libsqlite3-dev libssl-dev libgl-dev libqt6opengl6-dev libxkbcommon-dev sqlite3
          libquazip1-qt6-dev libxlsxwriter-dev
          fonts-liberation2 xvfb xauth poppler-utils
          postgresql-15 postgresql-common libqt6sql6-psql libpq-dev
          dpkg-dev file lintian desktop-file-utils appstream shared-mime-info libglib2.0-bin xdg-utils
          libxml2-utils)
if [ "${FUZZ:-OFF}" = ON ]; then
    packages+=(clang libclang-rt-14-dev)
fi
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ "${FUZZ:-OFF}" = ON ]; then
    CC=clang CXX=clang++ cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
          -DPARINDEX_FUZZ=ON -DPARINDEX_BUILD_TESTS=OFF -DPARINDEX_BUILD_BENCH=OFF >/dev/null
    cmake --build "$build" -j"$(nproc)" --target fuzz_csvreader fuzz_xlsxreader
    exit 0
fi
cmake -S "$here" -B "$build" -G Ninja \
      -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" \
      -DPARINDEX_SANITIZE="${SANITIZE:-OFF}" >/dev/null
[ "${BUILD:-ON}" = OFF ] && exit 0
# shellcheck disable=SC2086 # TARGETS is a list of words
cmake --build "$build" -j"$(nproc)" ${TARGETS:+--target $TARGETS}
