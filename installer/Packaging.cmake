# The Debian package: `cpack -G DEB` in an ordinary Release build directory writes
# precis_<version>_amd64.deb. Included last from the top-level CMakeLists.txt, after every
# install() rule. Checked by .ci/package (lintian, desktop-file-validate, appstreamcli);
# docs/RELEASING.md explains the choices and the lintian warnings that remain.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME precis)
set(CPACK_PACKAGE_VENDOR "Precis developers")
set(CPACK_PACKAGE_CONTACT "${PRECIS_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "offline clinical decision support")
# The extended description; CPack puts the summary first and indents the lines as Debian wants.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "\
Precis turns what a clinic knows about one patient into personalised risk
estimates from validated clinical models (cardiovascular, kidney, diabetes,
atrial fibrillation), shows where each risk comes from, and records what the
clinician decided. It supports the clinician; it never decides.

Patient data stays in an encrypted local vault (SQLCipher) with roles, a
recovery key, backups and a hash-chained audit trail. The package contains
the desktop application (precis) and the command-line tool (precis-cli) for
vault administration and batch scoring of CSV files.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Shared libraries from the binaries (dpkg-shlibdeps), plus what Qt loads by name at run time
# and dpkg-shlibdeps cannot see: the platform plugins (xcb for a desktop, offscreen for the
# screenshot mode). Qt's own German strings (qtbase_de.qm) and a font are recommended.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-dejavu-core | fonts-noto-core")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/;/build[^/]*/;/demo/")
include(CPack)
