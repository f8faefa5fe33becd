# The Debian package (cpack -G DEB from the normal build; scripts/build-deb.sh builds a Release one):
# parindex_<version>_amd64.deb with both programs and what packaging/CMakeLists.txt installs.
set(CPACK_PACKAGE_NAME parindex)
set(CPACK_PACKAGE_VENDOR "PAR Index desk maintainers")
set(CPACK_PACKAGE_CONTACT "PAR Index desk maintainers <maintainers@users.noreply.h-seed-08435918.example>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "score, rank and publish a province's PAR Index")
# The extended description, as dpkg shows it: lines under 80 columns.
set(CPACK_PACKAGE_DESCRIPTION [=[The desktop program and the command line of a Vietnamese province's
appraisal council for the Administrative Reform (PAR) Index: criteria and
maximum points year by year, self-assessment and appraisal scores, the index,
the ranking of each group, charts over the years and the decision that
publishes the ranking. A province's data is one .parindex file (SQLite);
parindex-cli imports, ranks and prints without a window.]=])
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Directories 0755 whatever the umask of the machine that builds (lintian: non-standard-dir-perm).
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Debian has no "office" section (that is a menu category): office programs of its own archive are in misc or utils.
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The libraries the programs link, with their versions, from dpkg-shlibdeps.
# libqt6svg6 comes from there (the charts link Qt Svg); it also carries the SVG icon engine and image plugin
# that draw the window icon, which tst_package checks are in Depends.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What dpkg-shlibdeps cannot see, because Qt loads it at run time or the program opens it as a file:
# - libqt6sql6-sqlite: the QSQLITE driver plugin, without which no .parindex file opens;
# - libxlsxwriter4: opened with dlopen() when a workbook is written (core/io/xlsx/xlsxwriter.cpp says why);
# - fonts-liberation2: Liberation Serif, loaded from its path for every printed decision, notice and table.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libxlsxwriter4, fonts-liberation2")
# Recommended: libqt6sql6-psql, the QPSQL driver, only for a shared store on a PostgreSQL server (postgresql://...).
# Suggested: qt6-wayland, the native Wayland platform plugin (xcb and offscreen come with libqt6gui6).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")

include(CPack)
