#!/usr/bin/env python3
"""Makes dist-single/zgc-checker.html: the whole app in one HTML file that works from file://.

Chromium refuses module scripts and wasm fetches for a page opened from disk (origin null), so
the Trunk build in dist/ needs a web server. This inlines the CSS and the wasm-bindgen JS glue
into the page and hands the wasm to the glue's init function as bytes decoded from base64: no
request at all, so the file also works offline, e-mailed, or on a USB stick. Run after
`trunk build --release`. Standard library only.
"""

import base64
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
OUT = ROOT / "dist-single" / "zgc-checker.html"


def main() -> int:
    index = (DIST / "index.html").read_text(encoding="utf-8")
    js_name = re.search(r"import init, \* as bindings from '\.?/?([^']+\.js)'", index)
    wasm_name = re.search(r"module_or_path: '\.?/?([^']+\.wasm)'", index)
    css_name = re.search(r'<link rel="stylesheet" href="\.?/?([^"]+\.css)"[^>]*>', index)
    if not (js_name and wasm_name and css_name):
        print("single-file: dist/index.html is not the Trunk output expected", file=sys.stderr)
        return 1
    js = (DIST / js_name.group(1)).read_text(encoding="utf-8")
    wasm = (DIST / wasm_name.group(1)).read_bytes()
    css = (DIST / css_name.group(1)).read_text(encoding="utf-8")

    # The glue is an ES module; inside one inline module its exports are plain declarations.
    js = re.sub(r"^export function ", "function ", js, flags=re.M)
    js = re.sub(r"^export \{[^}]*\};?\s*$", "", js, flags=re.M)
    b64 = base64.b64encode(wasm).decode("ascii")
    boot = (
        js
        + "\nconst __zgc_b64 = \"" + b64 + "\";\n"
        + "const __zgc_bytes = Uint8Array.from(atob(__zgc_b64), (c) => c.charCodeAt(0));\n"
        + "await __wbg_init({ module_or_path: __zgc_bytes });\n"
        + "window.wasmBindings = { evaluate, questions, measures, facts };\n"
    )

    page = index
    page = page.replace(css_name.group(0), "<style>\n" + css + "\n</style>")
    page = re.sub(r'<script type="module">.*?</script>', lambda _: '<script type="module">\n' + boot + "</script>", page, count=1, flags=re.S)
    page = re.sub(r'<link rel="(modulepreload|preload)"[^>]*>', "", page)
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(page, encoding="utf-8")
    print(f"single-file: {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
