#!/usr/bin/env bash
# The web app's tests: wasm-bindgen tests of its logic in headless Chromium, then the release
# build, then the end-to-end tests against that build. Ends with `e2e: N passed, 0 failed`.
set -euo pipefail
# shellcheck source=web-setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/web-setup.sh"
cd "$WEB_ROOT"

echo "== wasm-bindgen tests (headless Chromium)"
cargo test --target wasm32-unknown-unknown -p zgc-web

echo "== trunk build --release"
trunk build --release

echo "== single-file build (works from file://)"
python3 scripts/single-file.py

echo "== end-to-end tests"
node tests/e2e/run.mjs
