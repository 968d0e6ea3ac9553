#!/usr/bin/env bash
# Runs trunk (build or serve) with the bundle's toolchain and flags
# (scripts/bundle-env.sh). `make build` and `make run` call this.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/bundle-env.sh
bundle_env
exec trunk "$@"
