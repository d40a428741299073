"""Bytes to text for inputs of unknown or wrong encoding.

Handles byte-order marks (UTF-8, UTF-16, UTF-32), BOM-less UTF-16, declared charsets, cp1252/latin-1 files and
files that mix UTF-8 with cp1252 (a common result of concatenating scraped pages): invalid UTF-8 bytes are read as
cp1252 one by one, so the valid UTF-8 around them survives.
"""

from __future__ import annotations

import codecs
import re

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _cp1252_fallback(err: UnicodeError) -> tuple[str, int]:
    if not isinstance(err, UnicodeDecodeError):
        raise err
    bad = err.object[err.start:err.end]
    # Five bytes are undefined in cp1252; latin-1 maps every byte.
    return "".join(bytes([b]).decode("cp1252", errors="strict") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
                   else bytes([b]).decode("latin-1") for b in bad), err.end


codecs.register_error("newsgraph-cp1252", _cp1252_fallback)


def bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """Guess BOM-less UTF-16 from the zero bytes that ASCII characters leave on one side."""
    sample = data[:4000]
    if len(sample) < 8:
        return None
    even_zeros = sample[0::2].count(0) / (len(sample) / 2)
    odd_zeros = sample[1::2].count(0) / (len(sample) / 2)
    guess = None
    if odd_zeros > 0.3 and even_zeros < 0.05:
        guess = "utf-16-le"
    elif even_zeros > 0.3 and odd_zeros < 0.05:
        guess = "utf-16-be"
    if guess is None:
        return None
    # Zero bytes in a regular pattern are also what binary records look like: the text must read as text.
    text = sample[: len(sample) // 2 * 2].decode(guess, errors="replace")
    readable = sum(1 for ch in text if ch.isalpha() or ch.isspace() or ch in ".,;:!?'\"()-–«»’")
    return guess if readable >= 0.8 * len(text) and not _CONTROL.search(text) else None


def looks_binary(data: bytes) -> bool:
    """True for data that is not text in any encoding we read (NUL bytes without a UTF-16/32 layout)."""
    sample = data[:8000]
    if bom_encoding(sample) or utf16_without_bom(sample):
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > len(sample) * 0.05


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data``; returns the text (newlines normalised, control characters removed) and the encoding used."""
    encoding = bom_encoding(data) or utf16_without_bom(data)
    if encoding:
        bom = next((b for b, n in _BOMS if n == encoding and data.startswith(b)), b"")
        text = data[len(bom):].decode(encoding, errors="replace")
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text = None
            if declared:
                try:
                    codecs.lookup(declared)
                    text, encoding = data.decode(declared), declared.lower()
                except (LookupError, UnicodeDecodeError):
                    text = None
            if text is None:
                text, encoding = data.decode("utf-8", errors="newsgraph-cp1252"), "utf-8+cp1252"
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text), encoding
