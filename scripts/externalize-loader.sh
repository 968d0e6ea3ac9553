#!/bin/sh
# Trunk post-build hook: moves trunk's inline module loader out of
# index.html into its own file, so the Content-Security-Policy needs no
# 'unsafe-inline' and no hash: script-src 'self' 'wasm-unsafe-eval'.
# It also names vorschau.js (the first screen's script) after its content,
# so it can be cached for a year like every other file of the app.
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

# vorschau.js -> vorschau-<n>.js, and the one reference to it.
script="$dir/vorschau.js"
if [ ! -f "$script" ] || ! grep -q '<script src="vorschau.js"></script>' "$html"; then
  echo "externalize-loader: vorschau.js or its <script> is missing" >&2
  exit 1
fi
hashed="vorschau-$(cksum < "$script" | cut -d ' ' -f 1).js"
mv "$script" "$dir/$hashed"
sed "s|<script src=\"vorschau.js\"></script>|<script src=\"./$hashed\"></script>|" "$html" > "$html.tmp"
mv "$html.tmp" "$html"
