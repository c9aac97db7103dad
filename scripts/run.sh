#!/usr/bin/env bash
# Builds the web app and serves it on http://127.0.0.1:8080 (PORT to change). Ctrl-C stops it.
set -euo pipefail
# shellcheck source=web-setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/web-setup.sh"
cd "$WEB_ROOT"
PORT="${PORT:-8080}"
bash scripts/build-web.sh
echo
echo "The checker is at:  http://127.0.0.1:$PORT/"
echo "(a single file that also works offline from disk: dist-single/zgc-checker.html,"
echo " also offered by the app as \"download offline copy\")"
echo
exec python3 -m http.server "$PORT" --bind 127.0.0.1 --directory dist
