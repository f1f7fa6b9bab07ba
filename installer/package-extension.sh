#!/usr/bin/env bash
# Package extension/ for the stores, and lint the Firefox package with Mozilla's linter.
#
#   installer/package-extension.sh [--out DIR] [--no-lint]
#
# DIR (default build/extension) receives:
#   onward-chromium-<version>.zip  Chrome Web Store, Edge Add-ons, Opera: without "key" (the stores
#                                  assign the id) and without background.scripts (MV3 Chromium uses
#                                  the service worker)
#   onward-firefox-<version>.zip   addons.mozilla.org: without "key" and without
#                                  background.service_worker (Firefox runs background.scripts)
# The unpacked extension/ itself stays loadable as it is (shared/CONTRACT.md).
# Lint: web-ext from installer/package.json (npm ci on first use), --warnings-as-errors.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$REPO/build/extension"
LINT=1
die() { printf 'package-extension.sh: %s\n' "$*" >&2; exit 1; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --out) [[ $# -ge 2 ]] || die "--out needs a folder"; OUT="$2"; shift 2 ;;
    --out=*) OUT="${1#*=}"; shift ;;
    --no-lint) LINT=0; shift ;;
    -h|--help) sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option '$1'" ;;
  esac
done
command -v node >/dev/null 2>&1 || die "node is needed to rewrite the manifests"
command -v zip >/dev/null 2>&1 || die "zip is needed (apt-get install zip)"
case "$OUT" in /*) ;; *) OUT="$PWD/$OUT" ;; esac
mkdir -p "$OUT"

STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
VERSION="$(node -p 'require(process.argv[1]).version' "$REPO/extension/manifest.json")"
# Reproducible archives: fixed time stamps, sorted entries, no extra attributes.
EPOCH="${SOURCE_DATE_EPOCH:-$(git -C "$REPO" log -1 --format=%ct 2>/dev/null || echo 315532800)}"

for target in chromium firefox; do
  dir="$STAGE/$target"
  mkdir -p "$dir"
  cp -R "$REPO/extension/." "$dir/"
  find "$dir" \( -name '.*' -o -name '*.md' \) -type f -delete
  node - "$dir/manifest.json" "$target" <<'JS'
const fs = require("fs");
const [file, target] = process.argv.slice(2);
const m = JSON.parse(fs.readFileSync(file, "utf8"));
delete m.key;
if (target === "chromium") {
  delete m.browser_specific_settings;
  if (m.background) delete m.background.scripts;
} else if (m.background) {
  delete m.background.service_worker;
}
fs.writeFileSync(file, JSON.stringify(m, null, 2) + "\n");
JS
  find "$dir" -exec touch -h -d "@$EPOCH" {} +
  zipfile="$OUT/onward-$target-$VERSION.zip"
  rm -f "$zipfile"
  (cd "$dir" && find . -type f | LC_ALL=C sort | sed 's|^\./||' | zip -q -X -9 "$zipfile" -@)
  echo "$zipfile"
done

if [[ $LINT -eq 1 ]]; then
  if [[ ! -x "$REPO/installer/node_modules/.bin/web-ext" ]]; then
    (cd "$REPO/installer" && npm ci --no-audit --no-fund >/dev/null)
  fi
  # web-ext lints a folder: the unpacked Firefox package, exactly what the zip holds.
  "$REPO/installer/node_modules/.bin/web-ext" lint --source-dir "$STAGE/firefox" --warnings-as-errors --no-input
fi
