#!/usr/bin/env bash
# Onward's whole test run, from a fresh clone on a fresh Debian 12 machine:
#   installs what it needs (build dependencies, chromium, firefox-esr, node),
#   runs `npm ci` for the test packages, configures, builds, and runs every suite:
#   C++ unit and integration (GoogleTest), extension unit tests (node), browser end-to-end.
# Exits non-zero on any failure.
#
# Options:
#   --no-browser     skip the real-browser tests (label "browser")
#   --sanitize       also build and run the C++ suites under ASan + UBSan (preset "sanitize")
#   --no-install     do not install system packages (assume they are present)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"

run_browser=1
run_sanitize=0
install_packages=1
for arg in "$@"; do
  case "$arg" in
    --no-browser) run_browser=0 ;;
    --sanitize) run_sanitize=1 ;;
    --no-install) install_packages=0 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "tests/run.sh: unknown option '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

step() { printf '\n==> %s\n' "$*"; }

# --- 1. System packages ---------------------------------------------------------------------
packages=(
  cmake g++ make pkg-config git python3
  nlohmann-json3-dev libsqlitecpp-dev libsqlite3-dev sqlite3
  libboost-dev libboost-filesystem-dev libgtest-dev libgmock-dev
  libutf8proc-dev libcli11-dev
  clang libclang-rt-14-dev
  chromium firefox-esr
  lintian
  xz-utils ca-certificates
)
if [ "$install_packages" = 1 ]; then
  if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    missing=()
    for p in "${packages[@]}"; do
      dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    command -v node >/dev/null 2>&1 || missing+=(nodejs npm)
    if [ "${#missing[@]}" -gt 0 ]; then
      step "Installing ${missing[*]}"
      sudo=""
      [ "$(id -u)" = 0 ] || sudo="sudo"
      $sudo apt-get update -qq
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
  else
    echo "tests/run.sh: not a Debian-family system; install the packages listed in README.md by hand" >&2
  fi
fi

# --- 2. Test packages (pinned by tests/package-lock.json) -------------------------------------
step "npm ci (tests/)"
(cd "$root/tests" && npm ci --no-audit --no-fund --loglevel=error)

# --- 3. Configure, build, test ----------------------------------------------------------------
step "Configure and build (preset default)"
cmake --preset default >/dev/null
cmake --build --preset default

step "Run the suites"
ctest_args=(--preset default)
[ "$run_browser" = 1 ] || ctest_args+=(-LE browser)
ctest "${ctest_args[@]}"

if [ "$run_sanitize" = 1 ]; then
  step "ASan + UBSan build and run (preset sanitize)"
  cmake --preset sanitize >/dev/null
  cmake --build --preset sanitize
  ctest --preset sanitize
fi

echo
echo "tests/run.sh: every suite passed"
