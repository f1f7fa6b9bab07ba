#!/usr/bin/env bash
# Undo installer/install.sh: unregister onward-host from the browsers (exactly what it wrote) and
# remove the binary. Your Onward data is kept; the last lines say how to delete it.
#
#   installer/uninstall.sh                  what install.sh did under ~/.local
#   installer/uninstall.sh --prefix DIR     what install.sh --prefix DIR did
#   installer/uninstall.sh --system         what install.sh --system did (root or sudo)
set -euo pipefail

PREFIX=""
SYSTEM=0
say() { printf '\033[1m==>\033[0m %s\n' "$*"; }
die() { printf 'uninstall.sh: %s\n' "$*" >&2; exit 1; }

while [[ $# -gt 0 ]]; do
  case "$1" in
    --prefix) [[ $# -ge 2 ]] || die "--prefix needs a folder"; PREFIX="$2"; shift 2 ;;
    --prefix=*) PREFIX="${1#*=}"; shift ;;
    --system) SYSTEM=1; shift ;;
    -h|--help) sed -n '2,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
done

if [[ "$(id -u)" -eq 0 ]]; then SUDO=(); elif command -v sudo >/dev/null 2>&1; then SUDO=(sudo); else SUDO=(); fi
as_root() {
  if [[ "$(id -u)" -ne 0 && ${#SUDO[@]} -eq 0 ]]; then die "this step needs root and sudo is not available: $*"; fi
  "${SUDO[@]}" "$@"
}

if [[ -z "$PREFIX" ]]; then
  if [[ $SYSTEM -eq 1 ]]; then PREFIX=/usr/local; else PREFIX="${HOME:?HOME is not set}/.local"; fi
fi
case "$PREFIX" in /*) ;; *) PREFIX="$PWD/$PREFIX" ;; esac
BIN="$PREFIX/bin/onward-host"

database=""
if [[ -x "$BIN" ]]; then
  say "Unregistering onward-host from your browsers"
  if [[ $SYSTEM -eq 1 ]]; then
    as_root "$BIN" uninstall --system
  else
    "$BIN" uninstall
  fi
  database="$("$BIN" status --json 2>/dev/null | sed -n 's/.*"database": *"\(.*\)".*/\1/p' | head -n 1 || true)"
  say "Removing $BIN"
  if [[ -w "$PREFIX/bin" ]]; then rm -f "$BIN"; else as_root rm -f "$BIN"; fi
else
  say "No onward-host at $BIN: nothing to unregister (already uninstalled?)"
fi

cat <<EOF

Onward's helper is removed. Your applications and notes are kept${database:+ in $database}.
To delete them too: run \`onward-host forget-everything\` before uninstalling, or remove that file${database:+:
  rm -f "$database" "$database-wal" "$database-shm"}
Remove the extension from the browser's extensions page (chrome://extensions, about:addons).
EOF
