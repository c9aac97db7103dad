#!/usr/bin/env bash
# The web app's release build, in both forms, as run.sh and web-test.sh use it:
#   dist/                      the hosted app (trunk build --release)
#   dist-single/zgc-checker.html  the same app in one HTML file that works from file:// offline
#   dist/zgc-checker.html      a copy of it, so the hosted app's "download offline copy" link
#                              saves exactly that file
# Expects the PATH of scripts/web-setup.sh (source it first).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

trunk build --release
python3 scripts/single-file.py
cp dist-single/zgc-checker.html dist/zgc-checker.html
