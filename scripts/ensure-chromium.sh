#!/usr/bin/env bash
# Makes sure Debian's headless-capable Chromium is at /usr/bin/chromium, for the browser test
# of the simulation's HTML report (test/examples/service-desk-day-browser.test.ts). Installs
# the `chromium` package with apt-get when it is missing (CI runs as root); does nothing when it
# is there. Exits non-zero, saying why, when it cannot install it.
set -euo pipefail

CHROMIUM=${CHROMIUM:-/usr/bin/chromium}

if [ ! -x "$CHROMIUM" ]; then
  echo "ensure-chromium: $CHROMIUM is missing; installing Debian's chromium package"
  if [ "$(id -u)" -ne 0 ]; then
    echo "ensure-chromium: apt-get needs root; run as root or install chromium by hand" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi

# One headless page load proves the browser starts here (a missing library would show now).
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
dom=$(timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --dump-dom 'data:text/html,<p>chromium-ok</p>' 2>/dev/null || true)
case "$dom" in
  *chromium-ok*) echo "ensure-chromium: $("$CHROMIUM" --version 2>/dev/null) loads a page headless" ;;
  *)
    echo "ensure-chromium: $CHROMIUM does not load a page headless" >&2
    exit 1
    ;;
esac
