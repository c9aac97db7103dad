#!/usr/bin/env bash
# Sets up everything the tests need on a fresh Debian machine, then runs every test:
# formatting, the rules and CLI (unit, property, golden), then the web app (wasm tests in headless Chromium,
# release build, end-to-end in Chromium, offline and size budget) when web/ exists.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== formatting: cargo fmt --check (rustfmt's defaults) =="
if ! cargo fmt --version >/dev/null 2>&1; then
  rustup component add rustfmt
fi
cargo fmt --all --check

echo "== rules and CLI: cargo test =="
cargo test --locked   # default members: rules and CLI; the web crate is tested in wasm below

echo "== the rules as the web app builds them: English texts loaded on demand =="
cargo test --locked -p zgc-rules --features english-on-demand --test en_pack

echo "== JSON profile and CSV readers, fuzzed longer in release: FUZZ_CASES=100000 =="
FUZZ_CASES=100000 cargo test --locked --release -p zgc-cli --test fuzz_inputs

echo "== share-link decoder, natively: 100,000 generated links (LINK_FUZZ_SCALE=20) =="
cargo test --locked --release -p zgc-web --test links

if [ -x scripts/web-test.sh ]; then
  echo "== web app =="
  scripts/web-test.sh
fi
