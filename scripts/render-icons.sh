#!/usr/bin/env bash
# Renders the app icons (web/icons/*.png) from their SVG sources with the
# headless Chromium the tests use. The PNGs are committed; run this only
# after changing icon.svg or maskable.svg.
set -euo pipefail
cd "$(dirname "$0")/../web/icons"
chromium="${CHROMIUM:-/usr/bin/chromium}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cp icon.svg maskable.svg "$tmp/"
render() { # source size output
  printf '<html><body style="margin:0"><img src="%s" width="%s" height="%s"></body></html>' \
    "$1" "$2" "$2" > "$tmp/page.html"
  "$chromium" --headless=new --no-sandbox --disable-gpu --hide-scrollbars \
    --default-background-color=00000000 --window-size="$2,$2" \
    --screenshot="$PWD/$3" "file://$tmp/page.html" 2>/dev/null
}
render icon.svg 192 icon-192.png
render icon.svg 512 icon-512.png
render icon.svg 180 apple-touch-icon.png
render maskable.svg 512 maskable-512.png
