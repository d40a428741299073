"""Tell what an input is from its bytes, not its file name."""

from __future__ import annotations

import json
import re
import zlib

from newsgraph.sources.decoding import bom_encoding, looks_binary, utf16_without_bom

GZIP_MAGIC = b"\x1f\x8b"
_MAGIC = [
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or office document)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "an executable"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
]
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title|div|p|article)\b",
                         re.I | re.S)
_FEED = re.compile(rb"<(rss|feed|rdf:RDF)\b", re.I)
_HTML_TAG = re.compile(rb"<(html|body|div|p|article)\b", re.I)


def gunzip_head(head: bytes, limit: int = 65536) -> bytes:
    """The first bytes of a gzip stream's content (best effort; empty on corrupt data)."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, limit)
    except zlib.error:
        return b""


def sniff(head: bytes) -> tuple[str, str | None]:
    """Kind of an input from its first bytes: (kind, detail).

    kind is one of ``warc``, ``gzip`` (compressed, look inside), ``feed``, ``html``, ``jsonl``, ``text``,
    ``empty`` or ``binary`` (detail says which format, when known).
    """
    if not head.strip():
        return "empty", None
    if head.startswith(GZIP_MAGIC):
        return "gzip", None
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return "binary", what
    encoding = bom_encoding(head) or utf16_without_bom(head)
    if encoding:
        # Re-encode the start as UTF-8 so that the byte patterns below apply.
        head = head.decode(encoding, errors="ignore").lstrip("\ufeff").encode("utf-8")
    elif looks_binary(head):
        return "binary", None
    start = head.lstrip()
    if start.startswith(b"WARC/"):
        return "warc", None
    if start.startswith(b"<?xml") or start.startswith(b"<rss") or start.startswith(b"<feed"):
        if _FEED.search(head[:4096]):
            return "feed", None
        if _HTML_TAG.search(head):
            return "html", None
        return "text", "XML"
    if _HTML_START.match(head):
        return "html", None
    if start.startswith(b"{") or start.startswith(b"["):
        first = start.split(b"\n", 1)[0]
        try:
            if isinstance(json.loads(first), dict):
                return "jsonl", None
        except ValueError:
            pass
        if start.startswith(b"["):
            return "jsonl", "array"
        return "jsonl", None
    # Markup deep inside a page that starts with text (e.g. a stray banner) still makes it HTML.
    if len(_HTML_TAG.findall(head[:20000])) >= 3 and b"</" in head:
        return "html", None
    return "text", None
