#!/usr/bin/env python3
"""Writes the English texts of the rules, for the web app's English on demand.

The web build compiles zgc-rules with the feature `english-on-demand`: each `t!("中文", "English")`
keeps its Chinese and a key, FNV-1a (32 bits) of the Chinese, a NUL and the English, and leaves the
English out of the wasm. This script reads the same `t!` calls from crates/rules/src and writes one
text a line, sorted by key: ten hex digits (FNV-1a of the Chinese, then the top byte of FNV-1a of
the Chinese, a NUL and the English, which tells apart the renderings of one Chinese text), a tab,
the English with backslash and newline escaped - what `zgc_rules::text::load_english` reads. The app fetches the file the
first time it needs English (the hosted page), or carries it inside (the single file).
`crates/rules/tests/en_pack.rs` checks the file against every text the rules can show.

Usage: python3 scripts/en-pack.py > dist/en.txt   (scripts/build-web.sh does this)
Standard library only.
"""

import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SRC = ROOT / "crates" / "rules" / "src"

LIT = r'"((?:[^"\\]|\\.)*)"'
CALL = re.compile(r"(?<![A-Za-z0-9_])t!\(\s*" + LIT + r"\s*,\s*" + LIT + r"\s*,?\s*\)", re.S)
ESCAPE = re.compile(r"\\(u\{([0-9a-fA-F]{1,6})\}|x([0-7][0-9a-fA-F])|\n\s*|.)", re.S)
SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "\\": "\\", '"': '"', "'": "'"}


def unescape(lit: str) -> str:
    """A Rust string literal's value (the escapes Rust allows in a normal string)."""

    def one(m: re.Match) -> str:
        if m.group(2):
            return chr(int(m.group(2), 16))
        if m.group(3):
            return chr(int(m.group(3), 16))
        c = m.group(1)
        if c.startswith("\n"):
            return ""  # a backslash at the end of a line skips the line break and the indent
        if c in SIMPLE:
            return SIMPLE[c]
        raise ValueError(f"unknown escape \\{c}")

    return ESCAPE.sub(one, lit)


def fnv(text: str) -> int:
    h = 0x811C9DC5
    for b in text.encode("utf-8"):
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return h


def key(zh: str, en: str) -> int:
    """`zgc_rules::text::pack_key`."""
    return (fnv(zh) << 8) | (fnv(zh + "\0" + en) >> 24)


def pack() -> dict:
    texts = {}
    for path in sorted(SRC.rglob("*.rs")):
        for m in CALL.finditer(path.read_text(encoding="utf-8")):
            zh, en = unescape(m.group(1)), unescape(m.group(2))
            k = key(zh, en)
            if texts.get(k, en) != en:
                raise SystemExit(f"en-pack: two texts share the key {k:010x}: change one of them ({path})")
            texts[k] = en
    return texts


def main() -> int:
    out = []
    for k, en in sorted(pack().items()):
        out.append(f"{k:010x}\t" + en.replace("\\", "\\\\").replace("\n", "\\n"))
    sys.stdout.write("\n".join(out) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
