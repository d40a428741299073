"""Sources: read bytes from files, folders, globs or stdin and yield :class:`~newsgraph.records.Article`s.

Every input is recognised by its content (see :mod:`newsgraph.sources.detect`), not its file name. Anything that
cannot be read becomes a :class:`~newsgraph.records.Skipped` with a one-line reason, and reading carries on.
"""

from __future__ import annotations

import glob
import gzip
import io
import os
import sys
import zlib
from collections.abc import Iterable, Iterator

from newsgraph.records import Article, Skipped
from newsgraph.sources.decoding import decode
from newsgraph.sources.detect import gunzip_head, sniff
from newsgraph.sources.feeds import read_feed
from newsgraph.sources.http import PageFetcher
from newsgraph.sources.jsonl import first_line_is_json, read_json_lines, read_jsonl
from newsgraph.sources.warc import read_warc

DEFAULT_MAX_BYTES = 20_000_000
_HTML_CHARSET = b"charset="


def expand(inputs: Iterable[str]) -> Iterator[str | Skipped]:
    """Paths named by the user's inputs: files as given, folders recursively, globs expanded, ``-`` for stdin."""
    for item in inputs:
        if item == "-":
            yield item
        elif any(ch in item for ch in "*?[") and not os.path.exists(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                yield Skipped(item, "no file matches this pattern")
            for match in matches:
                yield from expand([match])
        elif os.path.isdir(item):
            found = False
            for root, dirs, files in os.walk(item):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        found = True
                        yield os.path.join(root, name)
            if not found:
                yield Skipped(item, "folder has no files")
        elif os.path.exists(item):
            yield item
        else:
            yield Skipped(item, "no such file or folder")


def _declared_charset(head: bytes) -> str | None:
    i = head[:4096].lower().find(_HTML_CHARSET)
    if i < 0:
        return None
    value = head[i + len(_HTML_CHARSET):i + len(_HTML_CHARSET) + 20].lstrip(b"\"' ")
    name = value.split(b'"')[0].split(b"'")[0].split(b";")[0].split(b">")[0].split(b"/")[0].strip()
    return name.decode("ascii", "ignore") or None


def read_bytes(data: bytes, where: str, *, max_bytes: int = DEFAULT_MAX_BYTES,
               fetch: PageFetcher | None = None) -> Iterator[Article | Skipped]:
    """Articles from one input's bytes, whatever its format."""
    kind, detail = sniff(data[:65536])
    if kind == "gzip":
        if sniff(gunzip_head(data[:65536]))[0] == "warc":
            yield from read_warc(io.BytesIO(data), where, max_bytes)
            return
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            yield Skipped(where, f"damaged gzip data: {exc}")
            return
        kind, detail = sniff(data[:65536])
    if kind == "empty":
        yield Skipped(where, "empty file" if not data else "no text (only white space)")
    elif kind == "binary":
        yield Skipped(where, f"binary file, not text{f' ({detail})' if detail else ''}")
    elif kind == "warc":
        yield from read_warc(io.BytesIO(data), where, max_bytes)
    elif kind == "feed":
        yield from read_feed(data, where, fetch)
    elif len(data) > max_bytes and kind != "jsonl":
        yield Skipped(where, f"too large ({len(data) / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB, "
                             "see --max-size)")
    else:
        text, _ = decode(data, _declared_charset(data) if kind == "html" else None)
        if kind == "jsonl":
            yield from read_jsonl(text, where, max_bytes)
        elif kind == "html":
            yield Article(input=where, kind="html", html=text)
        else:
            yield Article(input=where, kind="text", text=text)


def read_inputs(inputs: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES,
                fetch_links: bool = False) -> Iterator[Article | Skipped]:
    """Every article in ``inputs`` (files, folders, globs, ``-``), in order, with a Skipped for each failure."""
    fetch = PageFetcher(max_bytes) if fetch_links else None
    try:
        for path in expand(inputs):
            if isinstance(path, Skipped):
                yield path
                continue
            where = "<stdin>" if path == "-" else path
            try:
                if path == "-":
                    data = sys.stdin.buffer.read()
                else:
                    size = os.path.getsize(path)
                    with open(path, "rb") as fh:
                        head = fh.read(65536)
                        if sniff(head)[0] == "warc" or (sniff(head)[0] == "gzip" and
                                                        sniff(gunzip_head(head))[0] == "warc"):
                            fh.seek(0)
                            yield from read_warc(fh, where, max_bytes)
                            continue
                        if sniff(head)[0] == "jsonl" and first_line_is_json(head.decode("utf-8", "replace")) \
                                and not head.lstrip().startswith(b"["):
                            # JSON Lines may be any size: read it line by line.
                            fh.seek(0)
                            lines = (decode(raw)[0] for raw in fh)
                            yield from read_json_lines(lines, where, max_bytes)
                            continue
                        if size > max_bytes and sniff(head)[0] != "feed":
                            yield Skipped(where, f"too large ({size / 1e6:.1f} MB; the limit is "
                                                 f"{max_bytes / 1e6:.0f} MB, see --max-size)")
                            continue
                        data = head + fh.read()
            except PermissionError:
                yield Skipped(where, "permission denied")
                continue
            except IsADirectoryError:
                yield Skipped(where, "is a folder")
                continue
            except OSError as exc:
                yield Skipped(where, f"cannot read: {exc.strerror or exc}")
                continue
            yield from read_bytes(data, where, max_bytes=max_bytes, fetch=fetch)
    finally:
        if fetch is not None:
            fetch.close()


def read_text(text: str, *, url: str | None = None, input: str = "<text>") -> Article:
    """An Article from a string given in Python: HTML if it looks like HTML, plain text otherwise."""
    kind, _ = sniff(text[:65536].encode("utf-8", "surrogatepass"))
    if kind == "html":
        return Article(input=input, kind="html", html=text, url=url)
    return Article(input=input, kind="text", text=text, url=url)


__all__ = ["read_inputs", "read_bytes", "read_text", "expand"]
