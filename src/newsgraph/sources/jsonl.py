"""JSON Lines: one article per line (``text`` or ``html``, optional ``url``, ``title``, ``published``,
``language``, ``source``, ``author``). A file holding one JSON array of such objects is read the same way."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from newsgraph.dates import parse_timestamp
from newsgraph.records import Article, Skipped
from newsgraph.sources.sites import site_of

TEXT_KEYS = ("text", "body", "content", "articleBody")
HTML_KEYS = ("html", "raw_html")


def article_from_record(record: object, where: str, kind: str = "jsonl") -> Article | Skipped:
    """One JSON object to an Article, or the reason it cannot be one."""
    if not isinstance(record, dict):
        return Skipped(where, f"expected a JSON object, got {type(record).__name__}")
    html = next((record[k] for k in HTML_KEYS if isinstance(record.get(k), str) and record[k].strip()), None)
    text = next((record[k] for k in TEXT_KEYS if isinstance(record.get(k), str) and record[k].strip()), None)
    if html is None and text is None:
        return Skipped(where, "no 'text' or 'html' field with content")
    url = record.get("url") if isinstance(record.get("url"), str) else None
    language = record.get("language") if isinstance(record.get("language"), str) else None
    return Article(
        input=where,
        kind=kind,
        html=html if text is None else None,
        text=text,
        url=url,
        source=str(record.get("source") or site_of(url) or "") or None,
        title=str(record["title"]) if record.get("title") else None,
        author=str(record["author"]) if record.get("author") else None,
        published=parse_timestamp(record.get("published") or record.get("date")),
        language=language.lower()[:2] if language else None,
    )


def first_line_is_json(text: str) -> bool:
    """True when the first non-blank line is a complete JSON value (JSON Lines, not a pretty-printed document)."""
    first = text.lstrip().split("\n", 1)[0]
    try:
        json.loads(first)
    except ValueError:
        return False
    return True


def read_json_document(text: str, where: str) -> Iterator[Article | Skipped]:
    """Articles from one JSON document: an array of article objects, or a single article object."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        yield Skipped(where, f"invalid JSON: {exc}")
        return
    if isinstance(data, list):
        for i, record in enumerate(data, start=1):
            yield article_from_record(record, f"{where}[{i}]")
    else:
        yield article_from_record(data, where)


def read_json_lines(lines: Iterable[str], where: str, max_chars: int) -> Iterator[Article | Skipped]:
    """Articles from JSON Lines, read lazily; a bad line is skipped with its line number."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        here = f"{where}:{number}"
        if len(line) > max_chars:
            yield Skipped(here, f"line too large ({len(line) / 1e6:.1f} M characters)")
            continue
        try:
            record = json.loads(line)
        except ValueError as exc:
            yield Skipped(here, f"invalid JSON: {exc}")
            continue
        yield article_from_record(record, here)


def read_jsonl(text: str, where: str, max_chars: int) -> Iterator[Article | Skipped]:
    """Articles from JSON Lines, or from a JSON array or object document."""
    if first_line_is_json(text) and not text.lstrip().startswith("["):
        return read_json_lines(text.split("\n"), where, max_chars)
    return read_json_document(text, where)
