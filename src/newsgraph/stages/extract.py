"""HTML → clean main text (trafilatura checked against readability, see maintext) and metadata (trafilatura +
htmldate); plain text → body with its scrape header parsed.

Plain text scraped from the web often starts with a metadata line such as ``date 2020-11 , 7 nov. () –``; when
the first line is short and mostly a date, it becomes ``published`` and goes to ``dropped``.
"""

from __future__ import annotations

import re
import unicodedata

import trafilatura
from htmldate import find_date

from newsgraph.dates import parse_date, parse_timestamp
from newsgraph.knowledge.languages import normalise
from newsgraph.records import Document, Dropped
from newsgraph.sources.sites import site_of
from newsgraph.stages.base import Rejected, Stage
from newsgraph.stages.maintext import main_text

# Publication date, not last update; and no guessing from copyright years or stray dates in the text, which
# gives confident wrong dates ("© 2021" → 2021-01-01).
DATE_PARAMS = {"original_date": True, "extensive_search": False}
MIN_HTML_TEXT = 25  # characters: less is a menu or an error page, not an article
_LANG_ATTR = re.compile(r"<html[^>]*\blang\s*=\s*[\"']?([a-zA-Z]{2})", re.I)
_WORD = re.compile(r"[^\W\d_]{2,}")
_HEADER_WORDS = {"date", "published", "publié", "publié le", "le", "on", "posted", "updated", "mis à jour", "fecha",
                 "datum", "дата", "data", "by", "par", "por", "von"}
_SENTENCE_END = re.compile(r"[.!?…»\"”:;]\s*$")


def clean_text(text: str) -> str:
    """NFC, no trailing spaces, at most one blank line between paragraphs."""
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\u200b", "")
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _date_header(line: str) -> bool:
    """A first line that is metadata: short, with a date, and few words that are not date words."""
    if len(line) > 100:
        return False
    if parse_date(line) is None:
        return False
    words = [w for w in _WORD.findall(normalise(line)) if w not in _HEADER_WORDS]
    # Month and weekday names are the remaining words of a header like "7 nov." or "samedi 7 novembre 2020".
    return len(words) <= 3


def split_header(text: str) -> tuple[str | None, str]:
    """(header line or None, rest) for a scraped text."""
    first, _, rest = text.partition("\n")
    if _date_header(first.strip()):
        return first.strip(), rest
    return None, text


def extract_html(html: str, url: str | None = None) -> dict:
    """Main text and metadata of a page: keys body, title, author, published, site, language (hint).

    trafilatura gives the metadata and a first, precise body; :func:`main_text` checks that body against
    readability's and removes a repeated headline.
    """
    options = {"url": url, "favor_precision": True, "include_comments": False, "include_tables": True,
               "with_metadata": True, "date_extraction_params": DATE_PARAMS}
    # One parse for trafilatura, readability and the title and link look-ups (trafilatura copies the tree).
    tree = trafilatura.load_html(html)
    page = tree if tree is not None else html
    # fast: without trafilatura's own readability/justext fallback, whose job main_text does better.
    result = trafilatura.bare_extraction(page, fast=True, **options)
    if result is None:
        # fast mode gives up on pages whose own extraction is too short, metadata included.
        result = trafilatura.bare_extraction(page, **options)
    out: dict = {"body": "", "title": None, "author": None, "published": None, "site": None, "language": None}
    if result is not None:
        out.update(body=result.text or "", title=result.title, author=result.author,
                   published=parse_timestamp(result.date), site=result.hostname or result.sitename,
                   language=result.language)
    if tree is not None:
        out["body"] = main_text(tree, out["body"])
    if out["published"] is None:
        out["published"] = parse_timestamp(find_date(html, url=url, **DATE_PARAMS))
    if not out["language"]:
        m = _LANG_ATTR.search(html[:5000])
        out["language"] = m[1].lower() if m else None
    return out


class Extract(Stage):
    name = "extract"

    def process(self, doc: Document) -> None:
        from_html = doc.html is not None
        if from_html:
            page = extract_html(doc.html, doc.url)
            doc.html = None
            # One paragraph per line in trafilatura's output; a blank line between paragraphs in our bodies.
            doc.body = clean_text("\n\n".join(line for line in page["body"].split("\n") if line.strip()))
            doc.title = doc.title or page["title"]
            doc.author = doc.author or page["author"]
            doc.published = doc.published or page["published"]
            doc.source = doc.source or site_of(doc.url) or page["site"]
            doc.language = doc.language or page["language"]
        else:
            text = clean_text(doc.body)
            header, text = split_header(text)
            if header is not None:
                doc.dropped.append(Dropped(header, "scrape header"))
                doc.published = doc.published or parse_date(header)
            doc.body = clean_text(text)
            doc.source = doc.source or site_of(doc.url)
            if doc.title is None:
                doc.title, doc.body = _title_of(doc.body)
        if not doc.body or (from_html and len(doc.body) < MIN_HTML_TEXT):
            raise Rejected("no main text found")


def _title_of(body: str) -> tuple[str | None, str]:
    """A first paragraph that reads as a headline (one short line, no closing punctuation) is the title."""
    first, sep, rest = body.partition("\n\n")
    if sep and "\n" not in first and len(first) <= 150 and not _SENTENCE_END.search(first) and len(rest) > len(first):
        return first.strip(), rest.strip()
    return None, body
