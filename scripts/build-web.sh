#!/usr/bin/env bash
# The web app's release build, in both forms, as run.sh and web-test.sh use it:
#   dist/                      the hosted app (trunk build --release), with en.txt: the English
#                              texts of the rules, fetched when first needed (scripts/en-pack.py)
#   dist-single/zgc-checker.html  the same app in one HTML file that works from file:// offline
#   dist/zgc-checker.html      a copy of it, so the hosted app's "download offline copy" link
#                              saves exactly that file
# Expects the PATH of scripts/web-setup.sh (source it first).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

trunk build --release
# Size (the hosted page's budget, scripts/budget.mjs): index.html asks Trunk for no wasm-opt pass
# because Trunk cannot pass --converge, which runs -Oz until the module stops shrinking (-1.1 KB
# brotli); the features are those rustc enables for wasm32 by default.
wasm-opt -Oz --converge --enable-bulk-memory --enable-reference-types --enable-multivalue \
    --enable-sign-ext --enable-nontrapping-float-to-int --enable-mutable-globals \
    dist/zgc-web_bg.wasm -o dist/zgc-web_bg.wasm
python3 scripts/minify.py
# The English texts of the rules, fetched by the app when first needed (not in the wasm).
python3 scripts/en-pack.py > dist/en.txt
python3 scripts/single-file.py
cp dist-single/zgc-checker.html dist/zgc-checker.html
# The hosted glue minified last: single-file.py reads the glue's exports as wasm-bindgen writes
# them. Export names are kept (the host page's wasmBindings API); -2.0 KB brotli.
terser dist/zgc-web.js --module --compress --mangle -o dist/zgc-web.min.js
mv dist/zgc-web.min.js dist/zgc-web.js
