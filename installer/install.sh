#!/usr/bin/env bash
# Build and install Onward's native helper (onward-host) on Linux or macOS, register it with your
# browsers, check it with `onward-host doctor`, and say how to load the extension.
#
#   installer/install.sh                    build, install under ~/.local, register for the browsers found
#   installer/install.sh --prefix DIR       install under DIR (DIR/bin/onward-host)
#   installer/install.sh --system           install under /usr/local and register for every user (root or sudo)
#   installer/install.sh --browser LIST     register for these browsers (chromium,firefox,... or all)
#   installer/install.sh --no-deps          do not install missing build dependencies
#
# Running it again is safe: it rebuilds what changed, replaces the binary and rewrites the manifests.
# The exit status is doctor's: 0 when at least one browser can start the helper.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PREFIX=""
SYSTEM=0
BROWSERS=""
DEPS=1

say() { printf '\033[1m==>\033[0m %s\n' "$*"; }
die() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }
usage() { sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

while [[ $# -gt 0 ]]; do
  case "$1" in
    --prefix) [[ $# -ge 2 ]] || die "--prefix needs a folder"; PREFIX="$2"; shift 2 ;;
    --prefix=*) PREFIX="${1#*=}"; shift ;;
    --system) SYSTEM=1; shift ;;
    --browser) [[ $# -ge 2 ]] || die "--browser needs a list"; BROWSERS="$2"; shift 2 ;;
    --browser=*) BROWSERS="${1#*=}"; shift ;;
    --no-deps) DEPS=0; shift ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
done

# Root runs commands directly; anyone else goes through sudo when a step needs it.
if [[ "$(id -u)" -eq 0 ]]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  SUDO=()
fi
as_root() {
  if [[ "$(id -u)" -ne 0 && ${#SUDO[@]} -eq 0 ]]; then
    die "this step needs root and sudo is not available: $*"
  fi
  "${SUDO[@]}" "$@"
}

if [[ -z "$PREFIX" ]]; then
  if [[ $SYSTEM -eq 1 ]]; then PREFIX=/usr/local; else PREFIX="${HOME:?HOME is not set}/.local"; fi
fi
case "$PREFIX" in /*) ;; *) PREFIX="$PWD/$PREFIX" ;; esac

if [[ "$(id -u)" -eq 0 && $SYSTEM -eq 0 && -n "${SUDO_USER:-}" ]]; then
  say "Note: running as root through sudo without --system registers Onward for root ($HOME) only."
  say "      Run it without sudo for your own account, or pass --system for every user."
fi

# --- Build dependencies -------------------------------------------------------------------------
install_deps() {
  local missing=()
  if command -v apt-get >/dev/null 2>&1; then
    local pkgs=(cmake g++ make pkg-config nlohmann-json3-dev libsqlitecpp-dev libsqlite3-dev libboost-dev
                libboost-filesystem-dev libutf8proc-dev libcli11-dev libgtest-dev)
    for p in "${pkgs[@]}"; do
      dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [[ ${#missing[@]} -gt 0 ]]; then
      say "Installing build dependencies: ${missing[*]}"
      as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
      as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
  elif command -v dnf >/dev/null 2>&1; then
    local pkgs=(cmake gcc-c++ make pkgconf-pkg-config json-devel sqlitecpp-devel sqlite-devel boost-devel
                utf8proc-devel cli11-devel gtest-devel)
    for p in "${pkgs[@]}"; do rpm -q "$p" >/dev/null 2>&1 || missing+=("$p"); done
    if [[ ${#missing[@]} -gt 0 ]]; then
      say "Installing build dependencies: ${missing[*]}"
      as_root dnf install -y "${missing[@]}"
    fi
  elif command -v pacman >/dev/null 2>&1; then
    local pkgs=(cmake gcc make pkgconf nlohmann-json sqlitecpp sqlite boost utf8proc cli11 gtest)
    for p in "${pkgs[@]}"; do pacman -Q "$p" >/dev/null 2>&1 || missing+=("$p"); done
    if [[ ${#missing[@]} -gt 0 ]]; then
      say "Installing build dependencies: ${missing[*]}"
      as_root pacman -S --needed --noconfirm "${missing[@]}"
    fi
  elif command -v brew >/dev/null 2>&1; then
    local pkgs=(cmake pkg-config nlohmann-json sqlitecpp sqlite boost utf8proc cli11 googletest)
    for p in "${pkgs[@]}"; do brew list --versions "$p" >/dev/null 2>&1 || missing+=("$p"); done
    if [[ ${#missing[@]} -gt 0 ]]; then
      say "Installing build dependencies with Homebrew: ${missing[*]}"
      brew install "${missing[@]}" # Homebrew refuses to run as root, so no sudo here
    fi
  else
    say "No apt-get, dnf, pacman or brew found: make sure CMake 3.25+, a C++20 compiler, nlohmann-json,"
    say "SQLiteCpp, Boost (filesystem), utf8proc and CLI11 are installed."
  fi
}
if [[ $DEPS -eq 1 ]]; then install_deps; fi
command -v cmake >/dev/null 2>&1 || die "cmake is missing (install it, or run without --no-deps)"

# --- Build --------------------------------------------------------------------------------------
say "Building onward-host (Release) in $REPO/build-release"
# Presets are read from the current folder.
(cd "$REPO" && cmake --preset release >/dev/null && cmake --build --preset release)
BUILT="$REPO/build-release/native-host/onward-host"
[[ -x "$BUILT" ]] || die "the build did not produce $BUILT"

# --- Install the binary ---------------------------------------------------------------------------
BIN="$PREFIX/bin/onward-host"
say "Installing $BIN"
if mkdir -p "$PREFIX/bin" 2>/dev/null && [[ -w "$PREFIX/bin" ]]; then
  # Copy beside, then rename: a browser starting the old binary never sees half a file.
  install -m 0755 "$BUILT" "$BIN.new" && mv -f "$BIN.new" "$BIN"
else
  as_root mkdir -p "$PREFIX/bin"
  as_root install -m 0755 "$BUILT" "$BIN.new"
  as_root mv -f "$BIN.new" "$BIN"
fi

# --- Register with the browsers -------------------------------------------------------------------
register_args=(install)
[[ $SYSTEM -eq 1 ]] && register_args+=(--system)
[[ -n "$BROWSERS" ]] && register_args+=(--browser "$BROWSERS")
run_host() { if [[ $SYSTEM -eq 1 ]]; then as_root "$BIN" "$@"; else "$BIN" "$@"; fi; }

say "Registering onward-host with your browsers"
if ! run_host "${register_args[@]}"; then
  if [[ -z "$BROWSERS" ]]; then
    say "No browser was found; registering for Chromium, Google Chrome and Firefox so they find it once installed."
    run_host "${register_args[@]}" --browser chromium,chrome,firefox
  else
    die "onward-host install failed (see above)"
  fi
fi

# --- Check ----------------------------------------------------------------------------------------
say "Checking with onward-host doctor"
doctor_status=0
"$BIN" doctor || doctor_status=$?

case ":$PATH:" in
  *":$PREFIX/bin:"*) ;;
  *) say "Note: $PREFIX/bin is not on your PATH; browsers do not need it, but to type onward-host add it to PATH." ;;
esac

cat <<EOF

Onward's helper is installed: $BIN

Load the extension (it is not in the stores yet):
  Chrome, Chromium, Edge, Brave, Vivaldi, Opera:
    1. open chrome://extensions (edge://extensions, brave://extensions, ...)
    2. turn on "Developer mode"
    3. "Load unpacked" and choose $REPO/extension
  Firefox:
    1. open about:debugging
    2. "This Firefox" -> "Load Temporary Add-on..."
    3. choose $REPO/extension/manifest.json

Check again any time with: $BIN doctor
Remove it with: $REPO/installer/uninstall.sh${PREFIX:+ --prefix $PREFIX}$( [[ $SYSTEM -eq 1 ]] && printf ' --system' )
EOF

if [[ $doctor_status -ne 0 ]]; then
  printf '\ninstall.sh: doctor found problems (above); each comes with its fix.\n' >&2
fi
exit "$doctor_status"
