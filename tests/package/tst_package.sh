#!/usr/bin/env bash
# tst_package: the Debian package of the build tree as a user's machine gets it. Packs it with CPack into a
# temporary folder, unpacks it into a temporary root, runs the installed parindex-cli, and validates the desktop
# entry, the AppStream metadata, the file type and the package itself (lintian, no error).
# Usage: tst_package.sh BUILD_DIR SOURCE_DIR   (needs dpkg-dev, lintian, desktop-file-utils, appstream,
#        shared-mime-info, libglib2.0-bin, xdg-utils, sqlite3: scripts/setup.sh installs them)
set -euo pipefail
build="$(cd "$1" && pwd)"
source_dir="$(cd "$2" && pwd)"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/tst_package.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
# Nothing of the person running the test is read or written, and nothing is fetched from the network.
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/config" XDG_CACHE_HOME="$tmp/home/cache"
export XDG_DATA_HOME="$tmp/home/data" XDG_DATA_DIRS=/usr/share XDG_RUNTIME_DIR="$tmp/runtime"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen

failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
step() { echo "--- $*"; }

step "cmake --install, cpack -G DEB"
# The build tree as it is, installed (stripped) into a stage that CPack packs: CPack's own install would first
# build every target of the tree, tests included.
stage="$tmp/stage"
DESTDIR="$stage" cmake --install "$build" --prefix /usr --strip >"$tmp/install.log" 2>&1 || {
    cat "$tmp/install.log"
    echo "FAIL: cmake --install"
    exit 1
}
cat >"$tmp/cpack-stage.cmake" <<CONFIG
include("$build/CPackConfig.cmake")
set(CPACK_INSTALL_CMAKE_PROJECTS "")
set(CPACK_INSTALLED_DIRECTORIES "$stage;.")
CONFIG
if ! cpack -G DEB -B "$tmp/cpack" --config "$tmp/cpack-stage.cmake" >"$tmp/cpack.log" 2>&1; then
    cat "$tmp/cpack.log"
    echo "FAIL: cpack"
    exit 1
fi
debs=("$tmp"/cpack/parindex_*_amd64.deb)
[ "${#debs[@]}" -eq 1 ] && [ -f "${debs[0]}" ] || {
    ls -l "$tmp/cpack"
    echo "FAIL: not exactly one parindex_<version>_amd64.deb"
    exit 1
}
deb="${debs[0]}"
echo "$(basename "$deb"), $(stat -c %s "$deb") bytes"
dpkg-deb -f "$deb" Package Version Architecture Depends Recommends Suggests

step "Depends: computed libraries plus the run-time plugins and fonts"
depends="$(dpkg-deb -f "$deb" Depends)"
for needed in libc6 libqt6core6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libqt6svg6 libxlsxwriter4 fonts-liberation2; do
    grep -Eq "(^|, )$needed( |,|$)" <<<"$depends" || fail "Depends lacks $needed"
done

step "dpkg-deb -x into a temporary root"
root="$tmp/root"
dpkg-deb -x "$deb" "$root"
expected=(usr/bin/parindex usr/bin/parindex-cli
    usr/share/applications/vn.gov.parindex.desktop
    usr/share/metainfo/vn.gov.parindex.metainfo.xml
    usr/share/mime/packages/parindex.xml
    usr/share/icons/hicolor/scalable/apps/parindex.svg
    usr/share/man/man1/parindex.1.gz usr/share/man/man1/parindex-cli.1.gz
    usr/share/doc/parindex/copyright usr/share/doc/parindex/changelog.gz)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/parindex.png")
done
for f in "${expected[@]}"; do
    [ -s "$root/$f" ] || fail "the package has no $f"
done
for size in 16 22 24 32 48 64 128 256; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/parindex.png"
    [ -f "$png" ] && { file -b "$png" | grep -q "PNG image data, $size x $size, 8-bit/color RGBA" || fail "$png: $(file -b "$png")"; }
done
for program in parindex parindex-cli; do
    info="$(file -b "$root/usr/bin/$program")"
    grep -q "stripped" <<<"$info" && ! grep -q "not stripped" <<<"$info" || fail "$program is not stripped: $info"
    # Only system libraries: no path of the build tree is left in the installed programs.
    if readelf -d "$root/usr/bin/$program" | grep -Eq "RPATH|RUNPATH"; then fail "$program keeps an RPATH"; fi
    if ldd "$root/usr/bin/$program" | grep -q "not found"; then fail "$program misses a library: $(ldd "$root/usr/bin/$program" | grep 'not found')"; fi
done

step "the installed parindex-cli"
cli="$root/usr/bin/parindex-cli"
"$cli" --help >"$tmp/help.txt" 2>&1 || fail "parindex-cli --help: exit status $?"
grep -q "^Usage: parindex-cli --db FILE" "$tmp/help.txt" || fail "parindex-cli --help: $(head -3 "$tmp/help.txt")"
"$cli" --db "$tmp/demo.parindex" init --demo >"$tmp/init.txt" 2>&1 || { cat "$tmp/init.txt"; fail "init --demo"; }
if "$cli" --db "$tmp/demo.parindex" rank --year 2024 --group SO >"$tmp/rank-installed.txt" 2>&1; then
    head -5 "$tmp/rank-installed.txt"
    # The same ranking as the program of the build tree, on the same file.
    "$build/app/parindex-cli" --db "$tmp/demo.parindex" rank --year 2024 --group SO >"$tmp/rank-built.txt" 2>&1
    diff -u "$tmp/rank-built.txt" "$tmp/rank-installed.txt" || fail "the installed ranking differs from the build's"
    [ "$(wc -l <"$tmp/rank-installed.txt")" -ge 5 ] || fail "rank printed almost nothing"
else
    cat "$tmp/rank-installed.txt"
    fail "rank --year 2024 --group SO"
fi

step "desktop-file-validate"
out="$(desktop-file-validate "$root/usr/share/applications/vn.gov.parindex.desktop" 2>&1)" || fail "desktop-file-validate"
[ -z "$out" ] || fail "desktop-file-validate: $out"
grep -qx "MimeType=application/x-parindex;" "$root/usr/share/applications/vn.gov.parindex.desktop" ||
    fail "the desktop entry does not name application/x-parindex"
grep -qx "Exec=parindex %f" "$root/usr/share/applications/vn.gov.parindex.desktop" ||
    fail "the desktop entry does not pass the file to parindex"

step "appstreamcli validate --no-net"
# Clean means no remark at all, not even a hint (I:) or a pedantic one (P:).
validated() {
    local out status=0
    out="$(appstreamcli "$@" 2>&1)" || status=$?
    echo "$out"
    [ "$status" -eq 0 ] && ! grep -Eq '^ *[EWIP]: ' <<<"$out"
}
validated validate --no-net --pedantic "$root/usr/share/metainfo/vn.gov.parindex.metainfo.xml" ||
    fail "appstreamcli validate"
# The metadata, its desktop entry and its icon together, as a software centre reads the installed tree.
validated validate-tree --no-net --pedantic "$root" || fail "appstreamcli validate-tree"

step "the file type (shared-mime-info)"
xmllint --noout "$root/usr/share/mime/packages/parindex.xml" || fail "xmllint parindex.xml"
mkdir -p "$XDG_DATA_HOME/mime/packages" "$XDG_DATA_HOME/applications"
cp "$root/usr/share/mime/packages/parindex.xml" "$XDG_DATA_HOME/mime/packages/"
out="$(update-mime-database "$XDG_DATA_HOME/mime" 2>&1)" || fail "update-mime-database"
[ -z "$out" ] || fail "update-mime-database: $out"
type_of() { gio info -a standard::content-type "$1" | sed -n 's/^ *standard::content-type: //p'; }
cp "$tmp/demo.parindex" "$tmp/by-magic"
sqlite3 "$tmp/other-sqlite" "CREATE TABLE t(x); PRAGMA application_id = 1;"
[ "$(type_of "$tmp/demo.parindex")" = application/x-parindex ] || fail "demo.parindex is $(type_of "$tmp/demo.parindex")"
[ "$(type_of "$tmp/by-magic")" = application/x-parindex ] || fail "by its content, our file is $(type_of "$tmp/by-magic")"
[ "$(type_of "$tmp/other-sqlite")" = application/vnd.sqlite3 ] || fail "another SQLite file is $(type_of "$tmp/other-sqlite")"
echo "demo.parindex: $(type_of "$tmp/demo.parindex"); same file without a name: $(type_of "$tmp/by-magic");" \
     "another SQLite file: $(type_of "$tmp/other-sqlite")"
# A file manager's choice: the desktop entry that names the type is its default application.
cp "$root/usr/share/applications/vn.gov.parindex.desktop" "$XDG_DATA_HOME/applications/"
update-desktop-database "$XDG_DATA_HOME/applications"
default="$(XDG_CURRENT_DESKTOP=X-Generic xdg-mime query default application/x-parindex)"
[ "$default" = vn.gov.parindex.desktop ] || fail "xdg-mime query default application/x-parindex: '$default'"
echo "xdg-mime query default application/x-parindex: $default"

step "lintian"
if ! lintian --fail-on error --display-info "$deb" >"$tmp/lintian.txt" 2>&1; then
    fail "lintian found errors"
fi
cat "$tmp/lintian.txt"

if [ "$failures" -ne 0 ]; then
    echo "$failures failure(s)"
    exit 1
fi
echo "PASS"
