#!/usr/bin/env bash
# installer/install.sh end to end, as a person runs it, into a temporary HOME and --prefix:
# builds Release, installs the binary, registers it, doctor passes, a second run changes nothing,
# and installer/uninstall.sh takes it all away again.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
fail() { printf 'install_sh.test: FAIL: %s\n' "$*" >&2; exit 1; }
expect_in() { grep -qF -- "$1" "$2" || { cat "$2" >&2; fail "expected '$1' in $2"; }; }

export HOME="$TMP/home"
unset XDG_CONFIG_HOME XDG_DATA_HOME ONWARD_DB
PREFIX="$TMP/prefix"
# Chromium is "installed" in this HOME: its profile exists.
mkdir -p "$HOME/.config/chromium"
echo '{}' > "$HOME/.config/chromium/Local State"

"$REPO/installer/install.sh" --prefix "$PREFIX" > "$TMP/first.log" 2>&1 || { cat "$TMP/first.log" >&2; fail "install.sh exited non-zero"; }

BIN="$PREFIX/bin/onward-host"
[[ -x "$BIN" ]] || fail "$BIN is not installed"
MANIFEST="$HOME/.config/chromium/NativeMessagingHosts/org.onward.host.json"
[[ -f "$MANIFEST" ]] || fail "no Chromium manifest at $MANIFEST"
grep -qF "\"path\": \"$BIN\"" "$MANIFEST" || { cat "$MANIFEST" >&2; fail "the manifest does not name $BIN"; }
[[ "$(stat -c %a "$MANIFEST")" == 644 ]] || fail "the manifest's mode is not 0644"
expect_in "ok       Chromium (user)" "$TMP/first.log"
expect_in "Load unpacked" "$TMP/first.log"
expect_in "$REPO/extension" "$TMP/first.log"
expect_in "about:debugging" "$TMP/first.log"
"$BIN" doctor > "$TMP/doctor.log" || { cat "$TMP/doctor.log" >&2; fail "doctor failed after install.sh"; }

# Idempotent: a second run succeeds and leaves the same manifest.
cp "$MANIFEST" "$TMP/manifest.before"
"$REPO/installer/install.sh" --prefix "$PREFIX" > "$TMP/second.log" 2>&1 || { cat "$TMP/second.log" >&2; fail "second install.sh run failed"; }
cmp -s "$MANIFEST" "$TMP/manifest.before" || fail "the second run changed the manifest"

"$REPO/installer/uninstall.sh" --prefix "$PREFIX" > "$TMP/uninstall.log" 2>&1 || { cat "$TMP/uninstall.log" >&2; fail "uninstall.sh failed"; }
[[ ! -e "$BIN" ]] || fail "uninstall.sh left $BIN"
[[ ! -e "$MANIFEST" ]] || fail "uninstall.sh left $MANIFEST"
[[ ! -e "$HOME/.config/chromium/NativeMessagingHosts" ]] || fail "uninstall.sh left the NativeMessagingHosts folder install created"
[[ -f "$HOME/.config/chromium/Local State" ]] || fail "uninstall.sh removed the browser's own files"
expect_in "forget-everything" "$TMP/uninstall.log"
echo "install_sh.test: ok"
