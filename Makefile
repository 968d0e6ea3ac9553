# The two commands a newcomer needs: `make run` and `make test`.
# Both install whatever is missing first (scripts/setup.sh, idempotent, pinned).

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
export PATH := $(CURDIR)/.tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
export CHROMIUM ?= /usr/bin/chromium
WASM := --target wasm32-unknown-unknown

.PHONY: run test setup setup-test build fmt-check lint fuzz-check test-native test-browser test-e2e size size-check size-report bench fuzz

## Build the release bundle and serve it on http://127.0.0.1:8080
run: setup
	scripts/trunk.sh serve --release --offline

## Every check and test: format, lints (native + wasm32), the fuzz targets
## compile, native tests, browser tests (wasm-bindgen-test), the download
## budget of the release build and end-to-end tests against it.
test: setup-test fmt-check lint fuzz-check test-native test-browser build size-check test-e2e
	@echo "make test: all checks passed"

setup:
	@scripts/setup.sh

setup-test:
	@scripts/setup.sh --test

build: setup
	scripts/trunk.sh build --release --offline

fmt-check:
	cargo fmt --all -- --check

lint:
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p agenda-web $(WASM) --all-targets -- -D warnings  # also lints agenda-core for wasm32; its dev-dependencies (proptest) are native only

## Type-checks the fuzz targets (fuzz/, a workspace of its own) with the
## stable toolchain and fuzz/Cargo.lock, so they cannot rot unseen; running
## them needs nightly (make fuzz). Fetches only what is not cached yet.
fuzz-check:
	cargo fetch --locked --offline --manifest-path fuzz/Cargo.toml >/dev/null 2>&1 \
	  || cargo fetch --locked --manifest-path fuzz/Cargo.toml
	cargo check --locked --offline --manifest-path fuzz/Cargo.toml --target-dir target/fuzz-check

test-native:
	cargo test --workspace --exclude agenda-e2e

test-browser:
	cargo test -p agenda-web $(WASM) --test browser

test-e2e:
	cargo test -p agenda-e2e --test '*' -- --test-threads=1

## Size of the built bundle: raw, gzip -9 and brotli (after `make build`)
size:
	@scripts/bundle-size.sh --print

## Fails when wasm + JS (gzip -9) exceed the budget in scripts/bundle-size.sh
size-check:
	@scripts/bundle-size.sh

## What makes the wasm big: the largest functions and the monomorphised
## generics, with names (target/size-report/, twiggy)
size-report:
	@scripts/setup.sh --size
	scripts/size-report.sh

## Speed in the real browser against a hand-written reference page
## (docs/performance.md), and capacity and native speed of saving, loading
## and merging (target/bench/capacity.md), the Strategie-Check's precision
## and recall on its corpus (target/bench/strategy-check.md), and the live
## sync through pouchdb-server (docs/sync-measured.md), and the first visit
## on a slow line with Lighthouse (installed for this only). Numbers, never
## asserted.
bench: setup-test build
	@scripts/setup.sh --bench
	cargo run --release -p agenda-core --example capacity
	cargo run --release -p agenda-core --example strategy_check_eval
	cargo run --release -p agenda-e2e --example browser_bench
	cargo run --release -p agenda-e2e --example sync_bench

## Fuzz loading, merging and CSV import, FUZZ_SECONDS each (default 60),
## and received sync documents, FUZZ_SYNC_RUNS inputs (default a million);
## summary in target/fuzz-report.md
FUZZ_SECONDS ?= 60
FUZZ_SYNC_RUNS ?= 1000000
fuzz:
	@scripts/setup.sh --fuzz
	FUZZ_SYNC_RUNS=$(FUZZ_SYNC_RUNS) scripts/fuzz.sh $(FUZZ_SECONDS)
