#!/usr/bin/env bash
# Build the Debian package of onward-host (CPack, cmake/Packaging.cmake) and check it with lintian.
#
#   installer/package-deb.sh            -> build-release/onward_<version>_<arch>.deb, then lintian
#
# lintian is optional: without it the package is built and the check is skipped with a note.
# Exit status: non-zero when the build fails or lintian reports an error or a warning.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"
cmake --preset release >/dev/null
cmake --build --preset release --target package
deb="$(ls -t build-release/onward_*.deb | head -n 1)"
echo "$deb"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
dpkg-deb --contents "$deb"

if command -v lintian >/dev/null 2>&1; then
  # --fail-on error,warning: warnings count as failures; info tags are printed but allowed.
  lintian --info --fail-on error,warning "$deb"
  echo "lintian: clean (no errors, no warnings)"
else
  echo "lintian is not installed (apt-get install -y lintian): the package was not checked." >&2
fi
