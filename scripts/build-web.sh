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
# The English texts of the rules, fetched by the app when first needed (not in the wasm).
python3 scripts/en-pack.py > dist/en.txt
python3 scripts/single-file.py
cp dist-single/zgc-checker.html dist/zgc-checker.html
