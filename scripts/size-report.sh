#!/usr/bin/env bash
# Builds the release wasm with its function names kept, shrinks it as the
# release build does (two rounds of wasm-opt -Oz), and writes twiggy's views of it to
# target/size-report/: top.txt (largest items), monos.txt (generic code
# compiled once per type), top.csv (everything, for sorting by hand).
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/size-report
mkdir -p "$out"
# Compiled as the release bundle is (scripts/bundle-env.sh), in a target
# directory of its own.
. scripts/bundle-env.sh
BUNDLE_TARGET_DIR="$PWD/$out/cargo" bundle_env
cargo build --release -p agenda-web --target wasm32-unknown-unknown
wasm-bindgen --target web --keep-debug --out-dir "$out" "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/agenda-web.wasm"
features="--enable-bulk-memory --enable-nontrapping-float-to-int"
wasm-opt $features -Oz -Oz --debuginfo "$out/agenda-web_bg.wasm" -o "$out/named.wasm"
wasm-opt $features -Oz --strip-debug "$out/named.wasm" -o "$out/stripped.wasm"
twiggy top -n 60 "$out/named.wasm" > "$out/top.txt"
twiggy monos -n 40 "$out/named.wasm" > "$out/monos.txt"
twiggy top -n 100000 -f csv "$out/named.wasm" -o "$out/top.csv"
printf 'wasm without names: %d B, gzip -9 %d B\n' "$(wc -c < "$out/stripped.wasm")" "$(gzip -9 -c "$out/stripped.wasm" | wc -c)"
echo "twiggy reports: $out/top.txt, $out/monos.txt, $out/top.csv"
