"""RSS and Atom feeds: each item becomes an article; linked pages are fetched only when asked."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import feedparser
import lxml.html

from newsgraph.records import Article, Skipped
from newsgraph.sources.sites import site_of

_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "blockquote", "tr")


def html_fragment_to_text(fragment: str) -> str:
    """Plain text of a feed item's HTML content, one paragraph per block element."""
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return fragment.strip()
    for el in root.iter(*_BLOCKS):
        el.tail = "\n\n" + (el.tail or "")
    lines = [" ".join(line.split()) for line in root.text_content().split("\n\n")]
    return "\n\n".join(line for line in lines if line)


def _entry_date(entry) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def read_feed(data: bytes, where: str, fetch=None) -> Iterator[Article | Skipped]:
    """Articles from an RSS/Atom document. ``fetch(url) -> (html | None, reason)`` fetches linked pages."""
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = str(parsed.get("bozo_exception") or "no items")
        yield Skipped(where, f"not a readable RSS/Atom feed: {reason}")
        return
    feed_site = site_of(parsed.feed.get("link"))
    for number, entry in enumerate(parsed.entries, start=1):
        here = f"{where}#item{number}"
        url = entry.get("link")
        meta = dict(url=url, source=site_of(url) or feed_site, title=entry.get("title"),
                    author=entry.get("author"), published=_entry_date(entry),
                    language=(entry.get("language") or parsed.feed.get("language") or "")[:2].lower() or None)
        if fetch is not None and url:
            html, reason = fetch(url)
            if html is not None:
                yield Article(input=url, kind="html", html=html, **meta)
                continue
            yield Skipped(url, f"could not fetch linked page ({reason}); using the feed's own text")
        content = entry.get("content") or []
        fragment = content[0].get("value") if content else entry.get("summary", "")
        text = html_fragment_to_text(fragment or "")
        if not text:
            yield Skipped(here, "feed item has no text (use --fetch-links to fetch the linked page)")
            continue
        yield Article(input=here, kind="feed", text=text, **meta)
