#!/usr/bin/env bash
# Installs what building and testing need, at pinned versions, and skips
# whatever is already present. Safe to run any number of times.
#
#   scripts/setup.sh          build tools: wasm32 target, trunk, wasm-bindgen-cli, wasm-opt
#   scripts/setup.sh --test   the same plus Chromium and ChromeDriver (Debian packages) and
#                             axe-core (npm, the accessibility checks of the end-to-end tests),
#                             pouchdb-server (npm, a CouchDB-compatible server for the live-sync
#                             tests), curl (scripts/couchdb-setup.sh, which those tests run) and
#                             LibreOffice headless (Debian; the file tests convert the exports)
#   scripts/setup.sh --fuzz   the same plus a nightly toolchain and cargo-fuzz (make fuzz)
#   scripts/setup.sh --size   the same plus twiggy, to see what makes the wasm big (make size-report)
#   scripts/setup.sh --bench  the same plus Lighthouse (npm, into .tools/lighthouse/; make bench
#                             measures the first visit on a slow line with it)
set -euo pipefail

cd "$(dirname "$0")/.."

TRUNK_VERSION="0.21.14"
BINARYEN_VERSION="132"
AXE_CORE_VERSION="4.14.1"
CARGO_FUZZ_VERSION="0.13.2"
TWIGGY_VERSION="0.8.0"
POUCHDB_SERVER_VERSION="4.2.0"
LIGHTHOUSE_VERSION="13.5.0"
# wasm-bindgen-cli must match the wasm-bindgen library in Cargo.lock exactly.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)"
TOOLS_DIR="$PWD/.tools"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
have_version() { command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -q "$2"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "installing Rust target wasm32-unknown-unknown (the app is compiled to WebAssembly)"
  rustup target add wasm32-unknown-unknown
fi

# The release bundle is compiled with a pinned nightly and its standard
# library built for size (scripts/bundle-env.sh says why).
. scripts/bundle-env.sh
if ! rustup run "$BUNDLE_TOOLCHAIN" rustc --version >/dev/null 2>&1 \
   || [ ! -f "$(rustup run "$BUNDLE_TOOLCHAIN" rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml" ]; then
  say "installing Rust $BUNDLE_TOOLCHAIN with rust-src (the bundle's toolchain; seconds to a minute)"
  rustup toolchain install "$BUNDLE_TOOLCHAIN" --profile minimal --component rust-src
fi
# The standard library's own dependencies, so the bundle builds offline.
std_manifest="$(rustup run "$BUNDLE_TOOLCHAIN" rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
if ! cargo "+$BUNDLE_TOOLCHAIN" fetch --offline --manifest-path "$std_manifest" >/dev/null 2>&1; then
  say "fetching the standard library's dependencies for $BUNDLE_TOOLCHAIN (build-std)"
  cargo "+$BUNDLE_TOOLCHAIN" fetch --manifest-path "$std_manifest"
fi

if ! have_version trunk "trunk $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (bundles the app; first time about 17 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! have_version wasm-bindgen "wasm-bindgen $WASM_BINDGEN_VERSION" \
   || ! have_version wasm-bindgen-test-runner "$WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (must match Cargo.lock; about 4 minutes)"
  # Without --locked on purpose: its lockfile pins a crate the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if ! "$TOOLS_DIR/node_modules/.bin/wasm-opt" --version 2>/dev/null | grep -q "version $BINARYEN_VERSION"; then
  say "installing wasm-opt $BINARYEN_VERSION from npm package binaryen into .tools/ (shrinks the wasm bundle)"
  mkdir -p "$TOOLS_DIR"
  npm install --prefix "$TOOLS_DIR" --no-audit --no-fund --silent "binaryen@$BINARYEN_VERSION"
fi

if [ "${1:-}" = "--test" ]; then
  if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    say "installing chromium and chromium-driver from Debian (browser tests run in headless Chromium)"
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver
  fi
  if ! command -v pdftoppm >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1; then
    say "installing poppler-utils from Debian (the print test reads the printed PDF's pages)"
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq poppler-utils
  fi
fi
if [ "${1:-}" = "--test" ] \
   && ! grep -qs "\"version\": \"$AXE_CORE_VERSION\"" "$TOOLS_DIR/node_modules/axe-core/package.json"; then
  say "installing axe-core $AXE_CORE_VERSION from npm into .tools/ (WCAG checks in the end-to-end tests)"
  mkdir -p "$TOOLS_DIR"
  npm install --prefix "$TOOLS_DIR" --no-audit --no-fund --silent "axe-core@$AXE_CORE_VERSION"
fi
if [ "${1:-}" = "--test" ] \
   && ! grep -qs "\"version\": \"$POUCHDB_SERVER_VERSION\"" "$TOOLS_DIR/couchdb/node_modules/pouchdb-server/package.json"; then
  say "installing pouchdb-server $POUCHDB_SERVER_VERSION from npm into .tools/couchdb/ (CouchDB-compatible server for the live-sync tests; about 2 minutes)"
  mkdir -p "$TOOLS_DIR/couchdb"
  # No install scripts: its LevelDB binding ships prebuilt binaries, and the
  # optional SQLite adapter it would compile is not used.
  npm install --prefix "$TOOLS_DIR/couchdb" --no-audit --no-fund --silent --ignore-scripts \
    "pouchdb-server@$POUCHDB_SERVER_VERSION"
fi
if [ "${1:-}" = "--test" ] && ! command -v soffice >/dev/null 2>&1; then
  say "installing LibreOffice headless from Debian (the file tests open the exports as a town hall does; about 3 minutes, ~400 MB)"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    libreoffice-writer-nogui libreoffice-calc-nogui
fi
if [ "${1:-}" = "--test" ] && ! command -v curl >/dev/null 2>&1; then
  say "installing curl from Debian (scripts/couchdb-setup.sh, run by the live-sync tests)"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq curl
fi
if [ "${1:-}" = "--fuzz" ]; then
  if ! rustup toolchain list | grep -q '^nightly'; then
    say "installing the nightly Rust toolchain (cargo fuzz needs it)"
    rustup toolchain install nightly --profile minimal
  fi
  if ! have_version cargo-fuzz "cargo-fuzz $CARGO_FUZZ_VERSION"; then
    say "installing cargo-fuzz $CARGO_FUZZ_VERSION (libFuzzer targets; about 2 minutes)"
    cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked
  fi
fi
if [ "${1:-}" = "--size" ]; then
  if ! have_version twiggy "twiggy-opt $TWIGGY_VERSION" && ! have_version twiggy "$TWIGGY_VERSION"; then
    say "installing twiggy $TWIGGY_VERSION (shows what makes the wasm big; about 2 minutes)"
    cargo install twiggy --version "$TWIGGY_VERSION" --locked
  fi
fi
if [ "${1:-}" = "--bench" ] \
   && ! grep -qs "\"version\": \"$LIGHTHOUSE_VERSION\"" "$TOOLS_DIR/lighthouse/node_modules/lighthouse/package.json"; then
  say "installing Lighthouse $LIGHTHOUSE_VERSION from npm into .tools/lighthouse/ (make bench: the first visit on a slow line; about a minute)"
  mkdir -p "$TOOLS_DIR/lighthouse"
  npm install --prefix "$TOOLS_DIR/lighthouse" --no-audit --no-fund --silent "lighthouse@$LIGHTHOUSE_VERSION"
fi
exit 0
