# CPack .deb: /usr/bin/onward-host and the system-wide host manifests for Chromium, Google Chrome
# and Firefox, rendered from the same templates in manifests/ that `onward-host install` uses.
#   cmake --preset release && cmake --build --preset release --target package
# produces build-release/onward_<version>_<arch>.deb; installer/package-deb.sh also runs lintian.
include(GNUInstallDirs)

set(ONWARD_DEB_HOST_PATH "/usr/bin/onward-host")
set(_pkg_dir ${PROJECT_BINARY_DIR}/packaging)

# Template placeholders are JSON values (see manifests/README.md).
set(ONWARD_HOST_PATH_JSON "\"${ONWARD_DEB_HOST_PATH}\"")
set(_origins "")
foreach(_id IN LISTS ONWARD_CHROMIUM_EXTENSION_IDS)
  list(APPEND _origins "\"chrome-extension://${_id}/\"")
endforeach()
list(JOIN _origins ", " _origins)
set(ONWARD_ALLOWED_ORIGINS_JSON "[${_origins}]")
set(_addons "")
foreach(_id IN LISTS ONWARD_FIREFOX_ADDON_IDS)
  list(APPEND _addons "\"${_id}\"")
endforeach()
list(JOIN _addons ", " _addons)
set(ONWARD_ALLOWED_EXTENSIONS_JSON "[${_addons}]")
configure_file(${PROJECT_SOURCE_DIR}/manifests/org.onward.host.chromium.json.in ${_pkg_dir}/chromium/org.onward.host.json @ONLY)
configure_file(${PROJECT_SOURCE_DIR}/manifests/org.onward.host.firefox.json.in ${_pkg_dir}/firefox/org.onward.host.json @ONLY)

# The same folders as the browser table's system rows (native-host/src/install/browsers.cpp).
install(FILES ${_pkg_dir}/chromium/org.onward.host.json DESTINATION /etc/chromium/native-messaging-hosts COMPONENT host)
install(FILES ${_pkg_dir}/chromium/org.onward.host.json DESTINATION /etc/opt/chrome/native-messaging-hosts COMPONENT host)
install(FILES ${_pkg_dir}/firefox/org.onward.host.json DESTINATION /usr/lib/mozilla/native-messaging-hosts COMPONENT host)

# What Debian policy asks of every package: copyright, a changelog and a manual page, compressed
# reproducibly (gzip -n: no name or time stamp).
find_program(ONWARD_GZIP gzip)
if(ONWARD_GZIP)
  string(TIMESTAMP _date "%a, %d %b %Y %H:%M:%S +0000" UTC) # honours SOURCE_DATE_EPOCH
  configure_file(${PROJECT_SOURCE_DIR}/installer/debian/changelog.in ${_pkg_dir}/changelog @ONLY)
  execute_process(COMMAND ${ONWARD_GZIP} -n -9 -f -k ${_pkg_dir}/changelog)
  configure_file(${PROJECT_SOURCE_DIR}/installer/debian/onward-host.1.in ${_pkg_dir}/onward-host.1 @ONLY)
  execute_process(COMMAND ${ONWARD_GZIP} -n -9 -f -k ${_pkg_dir}/onward-host.1)
  install(FILES ${_pkg_dir}/changelog.gz DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT host)
  install(FILES ${_pkg_dir}/onward-host.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT host)
endif()
install(FILES ${PROJECT_SOURCE_DIR}/installer/debian/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT host)
# Google Chrome reads system-wide manifests only from /etc/opt/chrome (it installs itself under
# /opt), which Debian policy reserves for /opt packages: the override says why we put one there.
install(FILES ${PROJECT_SOURCE_DIR}/installer/debian/lintian-overrides DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides
  RENAME onward COMPONENT host)

# Files under /etc are the administrator's to edit: dpkg keeps their changes (conffiles).
file(WRITE ${_pkg_dir}/conffiles
  "/etc/chromium/native-messaging-hosts/org.onward.host.json\n"
  "/etc/opt/chrome/native-messaging-hosts/org.onward.host.json\n")

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "onward")
set(CPACK_PACKAGE_VENDOR "Onward")
set(CPACK_PACKAGE_CONTACT "Onward developers <onward@onward.org>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "native helper for the Onward browser extension")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
  "Onward helps job seekers after a rejection email: it proposes the next\n"
  "steps, drafts a gracious reply and a follow-up, and keeps track of\n"
  "applications. This package holds its native-messaging host, onward-host,\n"
  "which the browser extension starts to classify emails and to keep\n"
  "everything in a local SQLite database. It registers the host system-wide\n"
  "for Chromium, Google Chrome and Firefox. The host never opens a network\n"
  "connection.")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://onward.org/")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${_pkg_dir}/conffiles)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_SOURCE_GENERATOR "")
include(CPack)
