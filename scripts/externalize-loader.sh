#!/bin/sh
# Trunk post-build hook: moves trunk's inline module loader out of
# index.html into its own file, so the Content-Security-Policy needs no
# 'unsafe-inline' and no hash: script-src 'self' 'wasm-unsafe-eval'.
# POSIX sh and awk only. Runs on the staging directory before trunk moves it
# to dist/.
set -eu
dir="${TRUNK_STAGING_DIR:?trunk sets TRUNK_STAGING_DIR}"
html="$dir/index.html"
loader="$dir/start.js"

# The loader is the body of the one inline <script type="module">.
awk '/<script type="module">/ { inside = 1; next }
     inside && /<\/script>/ { inside = 0; next }
     inside { print }' "$html" > "$loader"
if [ ! -s "$loader" ]; then
  echo "externalize-loader: no inline module script in $html" >&2
  exit 1
fi
name="start-$(cksum < "$loader" | cut -d ' ' -f 1).js"
mv "$loader" "$dir/$name"

awk -v src="./$name" '/<script type="module">/ { print "<script type=\"module\" src=\"" src "\"></script>"; skip = 1; next }
     skip && /<\/script>/ { skip = 0; next }
     !skip { print }' "$html" > "$html.tmp"
mv "$html.tmp" "$html"
if grep -q '<script type="module">' "$html"; then
  echo "externalize-loader: an inline script is left in $html" >&2
  exit 1
fi
