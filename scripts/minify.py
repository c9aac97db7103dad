#!/usr/bin/env python3
"""Minifies dist/style.css and dist/index.html in place (the stylesheet's integrity hash follows).

Run by scripts/build-web.sh after `trunk build --release`, before single-file.py (Trunk's own
minifier rewrites index.html into a shape single-file.py does not read, and fails on the glue).
Conservative on purpose:
- CSS: strings are kept byte for byte; outside them, comments go, runs of white space become one
  space, and the space around `{ } ; ,` goes, as does the `;` before `}`. Nothing else changes (a
  space before `:` or `(` can be a descendant combinator or part of a media query).
- HTML: comments go, and in inline scripts the lines that are only a `//` comment; every line
  loses its indentation. Inline scripts' CSP hashes are computed later, by single-file.py.
Standard library only.
"""

import base64
import hashlib
import pathlib
import re
import sys

DIST = pathlib.Path(__file__).resolve().parent.parent / "dist"

# A string ("…" or '…' with escapes), or a comment, or anything else up to the next of those.
TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|/\*.*?\*/|[^"\'/]+|/', re.S)


def minify(css: str) -> str:
    out = []
    for tok in TOKEN.findall(css):
        if tok[0] in "\"'":
            out.append(tok)
        elif tok.startswith("/*"):
            out.append(" ")
        else:
            out.append(re.sub(r"\s+", " ", tok))
    text = "".join(out)
    # Joined again so that the rules below also apply across a removed comment; strings are
    # masked first so that nothing inside them moves.
    strings: list[str] = []

    def keep(m: re.Match) -> str:
        strings.append(m.group(0))
        return f"\0{len(strings) - 1}\0"

    masked = re.sub(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'', keep, text)
    masked = re.sub(r"\s*([{};,])\s*", r"\1", masked)
    masked = masked.replace(";}", "}").strip()
    return re.sub(r"\0(\d+)\0", lambda m: strings[int(m.group(1))], masked)


def minify_html(page: str) -> str:
    page = re.sub(r"<!--.*?-->", "", page, flags=re.S)

    def script(m: re.Match) -> str:
        lines = [line for line in m.group(2).split("\n") if not re.match(r"\s*//", line)]
        return m.group(1) + "\n".join(lines) + m.group(3)

    page = re.sub(r"(<script[^>]*>)(.*?)(</script>)", script, page, flags=re.S)
    return "\n".join(line.strip() for line in page.split("\n") if line.strip()) + "\n"


def main() -> int:
    css_path = DIST / "style.css"
    index_path = DIST / "index.html"
    before = css_path.read_text(encoding="utf-8")
    after = minify(before)
    # The same rules, strings and braces: a minifier mistake fails the build, not the page.
    uncommented = "".join(t for t in TOKEN.findall(before) if not t.startswith("/*"))
    if [after.count(c) for c in '{}"'] != [uncommented.count(c) for c in '{}"'] or minify(after) != after:
        print("minify: the result does not match the stylesheet, stopping", file=sys.stderr)
        return 1
    css_path.write_text(after, encoding="utf-8")
    digest = base64.b64encode(hashlib.sha384(after.encode("utf-8")).digest()).decode("ascii")
    index = index_path.read_text(encoding="utf-8")
    index, n = re.subn(
        r'(<link rel="stylesheet" href="\.?/?style\.css" integrity=")sha384-[^"]*(")',
        lambda m: m.group(1) + "sha384-" + digest + m.group(2),
        index,
    )
    if n != 1:
        print("minify: no stylesheet link with an integrity hash in dist/index.html", file=sys.stderr)
        return 1
    page = minify_html(index)
    index_path.write_text(page, encoding="utf-8")
    print(f"minify: style.css {len(before.encode())} -> {len(after.encode())} bytes, "
          f"index.html {len(index.encode())} -> {len(page.encode())} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
