"""WARC and WARC.gz files (e.g. Common Crawl News): HTML responses become articles."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from newsgraph.records import Article, Skipped
from newsgraph.sources.decoding import decode
from newsgraph.sources.sites import site_of

HTML_TYPES = ("text/html", "application/xhtml+xml")


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ")
    return None


def read_warc(stream: BinaryIO, where: str, max_bytes: int) -> Iterator[Article | Skipped]:
    """Articles from the HTML response records of a WARC stream; a broken record ends the file with a message."""
    number = 0
    try:
        for record in ArchiveIterator(stream):
            number += 1
            if record.rec_type != "response" or record.http_headers is None:
                continue
            status = record.http_headers.get_statuscode()
            content_type = record.http_headers.get_header("Content-Type") or ""
            if status != "200" or not content_type.lower().startswith(HTML_TYPES):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            here = f"{where}#{number}"
            payload = record.content_stream().read(max_bytes + 1)
            if len(payload) > max_bytes:
                yield Skipped(here, f"page too large (over {max_bytes / 1e6:.0f} MB; see --max-size)")
                continue
            if not payload.strip():
                yield Skipped(here, "empty HTML response")
                continue
            html, _ = decode(payload, _charset(content_type))
            yield Article(input=here, kind="warc", html=html, url=url, source=site_of(url))
    except Exception as exc:  # noqa: BLE001 - any parse failure of a damaged archive is reported, not raised
        detail = " ".join(str(exc).split())[:160] or type(exc).__name__
        yield Skipped(f"{where}#{number + 1}", f"broken WARC record, rest of file not read: {detail}")
