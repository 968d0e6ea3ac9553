# Sourced, never run: how the release bundle (and only the bundle) is
# compiled. Everything else (clippy, the native, browser and end-to-end
# tests) uses the stable toolchain.
#
# The bundle is built with a pinned nightly so that the standard library is
# compiled for size together with the app (`build-std`), and a panic stops
# the program at once instead of formatting a message nobody sees
# (`panic=immediate-abort`, no source locations, no `{:?}` formatting), and
# the standard library picks its smaller variants (`optimize_for_size`).
# Measured on the same source: 27,788 B gzip less than stable 1.95
# (README.md, "Download size"). The app never shows a panic message or a
# `{:?}` text to users; errors reach them as German text (web/src/text/).
BUNDLE_TOOLCHAIN="nightly-2026-05-20"
BUNDLE_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none"

# Exports the settings for a cargo or trunk run that builds the bundle.
bundle_env() {
  export RUSTUP_TOOLCHAIN="$BUNDLE_TOOLCHAIN"
  export CARGO_UNSTABLE_BUILD_STD="std,panic_abort"
  # The standard library's smaller variants (sorting, formatting).
  export CARGO_UNSTABLE_BUILD_STD_FEATURES="optimize_for_size"
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$BUNDLE_RUSTFLAGS"
  # Apart from the stable builds, so neither invalidates the other.
  export CARGO_TARGET_DIR="${BUNDLE_TARGET_DIR:-$PWD/target/bundle}"
}
