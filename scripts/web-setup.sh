#!/usr/bin/env bash
# Installs what the web app's build and tests need, from the package registries only, and puts
# the tools on PATH. Idempotent: whatever is already installed at the right version is skipped.
#
#   scripts/web-setup.sh            install
#   source scripts/web-setup.sh     install, and keep the PATH in this shell (the other web
#                                   scripts do this)
#
# What and why (see also the toolchain notes in web/README.md):
#   - rustup target wasm32-unknown-unknown
#   - trunk 0.21.14 (cargo install --locked; 0.22+ needs a newer rustc)
#   - wasm-bindgen-cli at exactly the wasm-bindgen version in Cargo.lock (cargo install without
#     --locked: its own lockfile pins a crate the registry no longer has)
#   - npm ci in tests/e2e: playwright-core, terser (minifies the hosted JS glue) and binaryen@132
#     (wasm-opt; Debian's binaryen is too old to read wasm-bindgen's output)
#   - Debian chromium + chromium-driver (headless browser for the tests), and a CJK font so
#     screenshots show Chinese text
set -euo pipefail

WEB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$WEB_ROOT/Cargo.lock")"
if [ -z "$WASM_BINDGEN_VERSION" ]; then
    echo "web-setup: no wasm-bindgen in Cargo.lock" >&2
    exit 1
fi

export PATH="$WEB_ROOT/tests/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"

SUDO=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null; then SUDO=sudo; fi

# --- system packages (one apt run for everything missing) ---------------------------------
apt_wanted=()
command -v chromium >/dev/null || apt_wanted+=(chromium)
command -v chromedriver >/dev/null || apt_wanted+=(chromium-driver)
command -v python3 >/dev/null || apt_wanted+=(python3)
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then apt_wanted+=(nodejs npm); fi
if ! fc-list 2>/dev/null | grep -qiE 'wqy|noto sans cjk|noto serif cjk'; then apt_wanted+=(fonts-wqy-microhei); fi
if [ "${#apt_wanted[@]}" -gt 0 ]; then
    echo "web-setup: apt-get install ${apt_wanted[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${apt_wanted[@]}" >/dev/null
fi

# --- Rust side ---------------------------------------------------------------------------------
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    rustup target add wasm32-unknown-unknown
fi
if ! trunk --version 2>/dev/null | grep -qF " $TRUNK_VERSION"; then
    echo "web-setup: cargo install trunk $TRUNK_VERSION (several minutes)"
    cargo install --locked trunk --version "$TRUNK_VERSION"
fi
if ! wasm-bindgen --version 2>/dev/null | grep -qF " $WASM_BINDGEN_VERSION"; then
    echo "web-setup: cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION"
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# --- npm side ----------------------------------------------------------------------------------
e2e="$WEB_ROOT/tests/e2e"
if [ ! -x "$e2e/node_modules/.bin/wasm-opt" ] || [ ! -x "$e2e/node_modules/.bin/terser" ] \
    || [ ! -d "$e2e/node_modules/playwright-core" ] \
    || [ "$e2e/package-lock.json" -nt "$e2e/node_modules/.package-lock.json" ]; then
    (cd "$e2e" && npm ci --no-audit --no-fund)
fi

echo "web-setup: $(trunk --version), wasm-bindgen $WASM_BINDGEN_VERSION, $(wasm-opt --version), $(chromium --version 2>/dev/null || echo 'chromium ?')"
