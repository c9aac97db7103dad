#!/usr/bin/env bash
# The web app's tests: wasm-bindgen tests of its logic in headless Chromium, then the release
# build, then the end-to-end tests against that build, then the budget (scripts/budget.mjs).
set -euo pipefail
# shellcheck source=web-setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/web-setup.sh"
cd "$WEB_ROOT"

echo "== wasm-bindgen tests (headless Chromium)"
# Optimised (opt-level 1, debug assertions and overflow checks kept): the link fuzzing decodes
# 50,000 links (web/tests/links.rs), far slower in an unoptimised wasm. Only this wasm build sees the setting. The
# runner's default 20 s for a whole test binary is too short for that fuzzing.
CARGO_PROFILE_DEV_OPT_LEVEL=1 CARGO_PROFILE_TEST_OPT_LEVEL=1 WASM_BINDGEN_TEST_TIMEOUT=300 \
    cargo test --target wasm32-unknown-unknown -p zgc-web

echo "== release build: dist/ and the single file (scripts/build-web.sh)"
bash scripts/build-web.sh

echo "== size budget"
# Most of the wasm is the 59 articles quoted verbatim in Chinese and English (the .rodata of
# zgc-rules); a budget catches an accidental dependency or a debug build, not the text.
python3 - <<'PY'
import gzip, pathlib, sys
wasm = pathlib.Path("dist/zgc-web_bg.wasm").read_bytes()
raw, gz = len(wasm), len(gzip.compress(wasm, 9))
RAW_BUDGET, GZ_BUDGET = 1_600_000, 560_000
print(f"zgc-web_bg.wasm: {raw:,} bytes, {gz:,} gzipped (budget {RAW_BUDGET:,} / {GZ_BUDGET:,})")
sys.exit(0 if raw <= RAW_BUDGET and gz <= GZ_BUDGET else 1)
PY

echo "== end-to-end tests"
node tests/e2e/run.mjs

echo "== performance and size budget (UPDATE_BUDGET=1 rewrites docs/budget.md)"
node scripts/budget.mjs
