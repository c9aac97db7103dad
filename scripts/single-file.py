#!/usr/bin/env python3
"""Makes dist-single/zgc-checker.html: the whole app in one HTML file that works from file://.

Chromium refuses module scripts and wasm fetches for a page opened from disk (origin null), so
the Trunk build in dist/ needs a web server. This inlines the CSS and the wasm-bindgen JS glue
into the page and hands the wasm to the glue's init function as bytes: no request at all, so the
file also works offline, e-mailed, or on a USB stick. Run after `trunk build --release` (the
whole build is scripts/build-web.sh). Standard library only.

- The wasm is embedded gzip-compressed (level 9), then base64: about 40% of the raw wasm instead
  of 133%. The page decompresses it with the browser's own `DecompressionStream('gzip')`, which
  every browser that runs this app has (Chrome 80, Firefox 113, Safari 16.4).
- Content-Security-Policy (the `<meta http-equiv>` in index.html): the single file gets
  `connect-src 'none'` (it fetches nothing); the hosted dist/index.html keeps `connect-src 'self'`
  because wasm-bindgen's loader fetches `zgc-web_bg.wasm`. In both, `'unsafe-inline'` in
  `script-src` is replaced by the sha256 of each inline script, so no other inline script runs.
- The English texts of the rules (dist/en.txt, scripts/en-pack.py) ride along the same way, gzip
  then base64, and are unpacked the first time the app asks for them (`window.__zgcEnglish`).
- `<html data-single-file>` marks the single file: the app then hides its "download offline
  copy" link (it is that copy).
"""

import base64
import gzip
import hashlib
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
OUT = ROOT / "dist-single" / "zgc-checker.html"


CSP = re.compile(r'(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")')


def tighten_csp(page: str, connect: str) -> str:
    """Sets connect-src, and replaces 'unsafe-inline' (and any earlier hashes) in script-src by
    the hashes of the page's inline scripts, so running twice gives the same page."""
    hashes = [
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii") + "'"
        for attrs, body in re.findall(r"<script([^>]*)>(.*?)</script>", page, flags=re.S)
        if "src=" not in attrs
    ]

    def rewrite(m: re.Match) -> str:
        directives = []
        for d in m.group(2).split(";"):
            words = d.split()
            if not words:
                continue
            if words[0] == "connect-src":
                words = ["connect-src", connect]
            elif words[0] == "script-src":
                words = [w for w in words if w != "'unsafe-inline'" and not w.startswith("'sha256-")] + hashes
            directives.append(" ".join(words))
        return m.group(1) + "; ".join(directives) + m.group(3)

    return CSP.sub(rewrite, page, count=1)


def main() -> int:
    index = (DIST / "index.html").read_text(encoding="utf-8")
    js_name = re.search(r"import init, \* as bindings from '\.?/?([^']+\.js)'", index)
    wasm_name = re.search(r"module_or_path: '\.?/?([^']+\.wasm)'", index)
    css_name = re.search(r'<link rel="stylesheet" href="\.?/?([^"]+\.css)"[^>]*>', index)
    if not (js_name and wasm_name and css_name):
        print("single-file: dist/index.html is not the Trunk output expected", file=sys.stderr)
        return 1
    js = (DIST / js_name.group(1)).read_text(encoding="utf-8")
    english = (DIST / "en.txt").read_bytes()
    wasm = (DIST / wasm_name.group(1)).read_bytes()
    css = (DIST / css_name.group(1)).read_text(encoding="utf-8")

    # The glue is an ES module; inside one inline module its exports are plain declarations.
    js = re.sub(r"^export function ", "function ", js, flags=re.M)
    js = re.sub(r"^export \{[^}]*\};?\s*$", "", js, flags=re.M)
    # mtime=0: the same wasm gives the same file, byte for byte.
    b64 = base64.b64encode(gzip.compress(wasm, compresslevel=9, mtime=0)).decode("ascii")
    english_b64 = base64.b64encode(gzip.compress(english, compresslevel=9, mtime=0)).decode("ascii")
    boot = (
        js
        # Base64 of gzip to bytes, with the browser's own decoders.
        + "\nconst __zgc_unpack = (b64) => new Response(new Blob([Uint8Array.fromBase64 ? Uint8Array.fromBase64(b64)\n"
        + "  : Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))]).stream().pipeThrough(new DecompressionStream('gzip')));\n"
        # The English texts, unpacked only when the app first asks for them; set before the app
        # starts, since it may ask at once (a link in English).
        + "window.__zgcEnglish = () => __zgc_unpack(\"" + english_b64 + "\").text();\n"
        + "await __wbg_init({ module_or_path: await __zgc_unpack(\"" + b64 + "\").arrayBuffer() });\n"
        + "window.wasmBindings = { evaluate, questions, measures, facts, loadEnglish };\n"
    )

    page = index
    page = page.replace(css_name.group(0), "<style>\n" + css + "\n</style>")
    page = re.sub(r'<script type="module">.*?</script>', lambda _: '<script type="module">\n' + boot + "</script>", page, count=1, flags=re.S)
    page = re.sub(r'<link rel="(modulepreload|preload)"[^>]*>', "", page)
    page = page.replace("<html ", "<html data-single-file ", 1)
    page = tighten_csp(page, connect="'none'")
    if "connect-src 'none'" not in page:
        print("single-file: no Content-Security-Policy with connect-src 'none'", file=sys.stderr)
        return 1
    (DIST / "index.html").write_text(tighten_csp(index, connect="'self'"), encoding="utf-8")
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(page, encoding="utf-8")
    print(f"single-file: {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
