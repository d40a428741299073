"""Main text of an HTML page, made more reliable by reconciling two independent extractors.

trafilatura (with ``favor_precision``) is precise but now and then stops early, returns nothing, or keeps a
block of boilerplate at the end of the article (an "about the company" box, a newsletter sign-up, related
headlines). readability-lxml scores the DOM in a different way and makes different mistakes. Where the two
agree on a paragraph it is almost always article text, so the agreed paragraphs anchor the article:

* the primary (trafilatura) text is kept from its start to its last paragraph that the secondary
  (readability) text confirms; paragraphs after that anchor that only the primary has are dropped,
  unless there are so many (half the agreed text or more) that the secondary must have stopped early;
* when the secondary text goes on past its last confirmed paragraph with at least half as much text
  again as the agreed core, the primary stopped early and that continuation is appended;
* when the primary text is empty or tiny next to the secondary one, the secondary one is used;
* a line near the top that repeats the page title (``<title>``, ``og:title``, first ``<h1>``) is removed
  with whatever precedes it that readability does not confirm, since the title is a separate field and
  not body text;
* "Related: <headline>"-style lines (a short label, then exactly the text of a link) and runs of lines
  that are each a link's headline are removed.

Line breaks that trafilatura kept from the HTML source inside a paragraph are removed where readability
has the text as one paragraph.

Paragraphs are compared by word 4-grams (short lines by exact word sequence), so a paragraph that the two
extractors split or punctuate differently still counts as shared.
"""

from __future__ import annotations

import copy
import re

import lxml.html
from lxml import etree

_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.I)
_BREAK = "\x00"  # marks a block boundary while a DOM is flattened to text
# "Label: text" lines; the label starts with a letter and is short (checked in words afterwards).
_LABELLED = re.compile(r"^\W{0,2}([^\W\d_][^:\n]{0,30}?)\s*:\s*(\S.*)$")
# A link target that is an address (URL, e-mail, handle), not a headline.
_ADDRESS = re.compile(r"://|www\.|@")

# Elements that start a new paragraph when the readability DOM is turned into text.
_BLOCK = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "tr", "td", "th",
                    "figcaption", "section", "article", "dd", "dt", "table", "ul", "ol", "dl", "header", "footer",
                    "aside", "figure", "main", "hr", "address", "caption", "center", "details", "summary",
                    "nav", "form", "fieldset", "legend", "menu"})
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "button", "select", "textarea"})

# A paragraph counts as confirmed by the other text when this share of its 4-grams occurs there.
_SHARED = 0.5
# The primary text gives way to the secondary one when it has less than this share of its words.
_TOO_SHORT = 0.2
# An unconfirmed ending of either text with at least this share of the agreed core's words is a real
# continuation that the other extractor missed, not boilerplate.
_CONTINUATION = 0.5
# Words taken on each side of a line break to find it inside one of readability's paragraphs.
_JOIN_WORDS = 4
# The headline is looked for among this many leading lines.
_TITLE_LINES = 4
# A cross-reference line: a label of at most this many words, and a link of at least this many.
_LABEL_WORDS = 3
_LINK_WORDS = 3
# A list of links to other articles: at least this many consecutive lines, each a link of this many words.
_LIST_LINES = 2
_LIST_LINK_WORDS = 5


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _grams(tokens: list[str], n: int = 4) -> set[tuple[str, ...]]:
    return {tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1))} if tokens else set()


class _Reference:
    """The text one extractor produced, indexed to ask whether a paragraph of the other one occurs in it."""

    def __init__(self, text: str) -> None:
        tokens = _tokens(text)
        self.grams = _grams(tokens)
        self.joined = f" {' '.join(tokens)} "

    def confirms(self, paragraph: str) -> bool:
        tokens = _tokens(paragraph)
        if not tokens:
            return False
        if len(tokens) < 4:
            # Too short for 4-grams: the exact word sequence must occur.
            return f" {' '.join(tokens)} " in self.joined
        grams = _grams(tokens)
        return len(grams & self.grams) >= _SHARED * len(grams)


def _paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def _words(paragraphs: list[str]) -> int:
    return sum(len(_tokens(p)) for p in paragraphs)


def reconcile(primary: str, secondary: str) -> str:
    """Merge two extractions of one page (newline-separated paragraphs), trusting ``primary`` first.

    Keeps the primary text up to its last paragraph that ``secondary`` confirms (all of it when what follows
    is long: then the secondary stopped early), appends a long unconfirmed continuation of ``secondary``
    (the primary stopped early), and falls back to ``secondary`` when the primary text is (nearly) empty.
    """
    ours, theirs = _paragraphs(primary), _paragraphs(secondary)
    if not theirs:
        return "\n".join(ours)
    if _words(ours) < _TOO_SHORT * _words(theirs):
        return "\n".join(theirs)
    ours_ref, theirs_ref = _Reference(primary), _Reference(secondary)
    ours_ok = [theirs_ref.confirms(p) for p in ours]
    if not any(ours_ok):
        # No common ground: nothing to anchor a merge on, so keep the more precise extractor's text.
        return "\n".join(ours)
    last = len(ours_ok) - 1 - ours_ok[::-1].index(True)
    core = _words([p for p, ok in zip(ours, ours_ok, strict=True) if ok])
    # A short unconfirmed ending is boilerplate the primary picked up; a long one means the secondary
    # stopped early, and the primary's text stands.
    merged = ours[:last + 1] if _words(ours[last + 1:]) < _CONTINUATION * core else ours
    theirs_ok = [ours_ref.confirms(p) for p in theirs]
    if any(theirs_ok):
        their_last = len(theirs_ok) - 1 - theirs_ok[::-1].index(True)
        continuation = theirs[their_last + 1:]
        if _words(continuation) >= _CONTINUATION * core:
            merged += continuation
    return "\n".join(merged)


def join_broken_lines(text: str, secondary: str) -> str:
    """``text`` with a line break removed where ``secondary`` has the words on both sides in one paragraph.

    trafilatura keeps line breaks that are only the layout of the HTML source, so a paragraph can come out
    cut mid-sentence. readability's text has one line per block or ``<br>`` and none elsewhere: when a
    line's last words and the next line's first words run on within one of its lines, they are one paragraph.
    """
    if not secondary or "\n" not in text:
        return text
    # One string of all the secondary's words, lines kept apart by a non-word mark, to search windows in.
    lines_of_words = " | ".join(" ".join(_tokens(line)) for line in secondary.split("\n"))
    haystack = f" {lines_of_words} "
    out = text.split("\n")
    joined = [out[0]]
    for line in out[1:]:
        before, after = _tokens(joined[-1]), _tokens(line)
        window = before[-_JOIN_WORDS:] + after[:_JOIN_WORDS]
        if before and after and len(window) >= _JOIN_WORDS and f" {' '.join(window)} " in haystack:
            joined[-1] = f"{joined[-1].rstrip()} {line.lstrip()}"
        else:
            joined.append(line)
    return "\n".join(joined)


def page_titles(tree: lxml.html.HtmlElement) -> list[str]:
    """Title strings a page declares: ``<title>``, ``og:title``/``twitter:title`` and its first ``<h1>``."""
    # The first <title> outside SVG: icons carry <title> elements too ("Menu", "Facebook").
    found = tree.xpath("(//title[not(ancestor::svg)])[1]/text()"
                       " | //meta[@property='og:title' or @name='og:title' or @name='twitter:title'"
                       " or @property='twitter:title']/@content")
    h1 = tree.xpath("(//h1)[1]")
    if h1:
        found.append(h1[0].text_content())
    return [t for t in (_SPACE.sub(" ", str(x)).strip() for x in found) if t]


def _is_title(line: str, titles: list[list[str]]) -> bool:
    """A line that is (most of) a title, or a title with little around it (site name, section)."""
    tokens = _tokens(line)
    if not tokens:
        return False
    joined = f" {' '.join(tokens)} "
    for title in titles:
        title_joined = f" {' '.join(title)} "
        if joined in title_joined and len(tokens) >= 0.6 * len(title):
            return True
        if title_joined in joined and len(title) >= 0.8 * len(tokens):
            return True
    return False


def strip_title(text: str, titles: list[str], secondary: str = "") -> str:
    """``text`` from after its headline: a line among the first few that repeats one of ``titles``.

    The headline is a separate field, not body text. What comes before it near the top is page furniture
    (a teaser of another story, section links) unless ``secondary``, the other extractor's text, has it
    too: some layouts put the article's lead paragraph above the headline.
    """
    lines = text.split("\n")
    title_tokens = [t for t in (_tokens(title) for title in titles) if t]
    headline = -1
    for i, line in enumerate(lines[:_TITLE_LINES]):
        if _is_title(line, title_tokens):
            headline = i
    if headline < 0:
        return text
    other = _Reference(secondary) if secondary else None
    lead = [line for line in lines[:headline] if other is not None and other.confirms(line)]
    return "\n".join(lead + lines[headline + 1:])


def _link_texts(tree: lxml.html.HtmlElement) -> set[str]:
    """The words of every link to another page, each link's as one space-joined string.

    Links within the page (``href="#…"``, a table of contents) are left out: they repeat the article's own
    headings.
    """
    texts = set()
    for link in tree.iter("a"):
        if (link.get("href") or "").lstrip().startswith("#"):
            continue
        tokens = _tokens(link.text_content())
        if tokens:
            texts.add(" ".join(tokens))
    return texts


def drop_cross_references(text: str, tree: lxml.html.HtmlElement) -> str:
    """``text`` without lines that point to other articles instead of being part of this one.

    Two forms, both checked against the page's own links so that only real links count:

    * a labelled link: "Related: <headline>", "READ MORE: <headline>", "Lire aussi : <titre>" — a label of
      at most three words, a colon, then exactly the text of a link;
    * a list of links: two or more consecutive lines that are each exactly the text of a link of at least
      five words (a "more stories" block of headlines).

    Links whose text is an address (``Origin: https://…``) are content and stay.
    """
    lines = text.split("\n")
    links: set[str] | None = None

    def link_words(part: str) -> list[str] | None:
        """The words of ``part`` when it is exactly the text of one of the page's links, else None."""
        nonlocal links
        if _ADDRESS.search(part):
            return None
        words = _tokens(part)
        if not words:
            return None
        if links is None:
            links = _link_texts(tree)
        return words if " ".join(words) in links else None

    drop = [False] * len(lines)
    for i, line in enumerate(lines):
        match = _LABELLED.match(line.strip())
        if match and len(_tokens(match[1])) <= _LABEL_WORDS:
            target = link_words(match[2])
            drop[i] = target is not None and len(target) >= _LINK_WORDS
    whole = [(w := link_words(line)) is not None and len(w) >= _LIST_LINK_WORDS for line in lines]
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and whole[end]:
            end += 1
        if end - start >= _LIST_LINES:
            drop[start:end] = [True] * (end - start)
        start = end + 1
    return "\n".join(line for line, dropped in zip(lines, drop, strict=True) if not dropped)


def _text_of(element: lxml.html.HtmlElement) -> str:
    """Text of an element with one line per block (paragraph, heading, list item, cell…)."""
    parts: list[str] = []

    def add(text: str | None, pre: bool) -> None:
        if text:
            text = text.replace(_BREAK, " ")
            # Inside <pre> a line break is a line of its own (code, verse), not layout.
            parts.append(text.replace("\n", _BREAK) if pre else text)

    def walk(el: etree._Element, pre: bool) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _SKIP:
            add(el.tail, pre)
            return
        block = tag in _BLOCK or tag == "br"
        if block:
            parts.append(_BREAK)
        inner = pre or tag == "pre"
        if tag:
            add(el.text, inner)
        for child in el:
            walk(child, inner)
        if block:
            parts.append(_BREAK)
        add(el.tail, pre)

    walk(element, False)
    # Source line breaks inside a paragraph are layout, not structure: only block boundaries make lines.
    lines = (_SPACE.sub(" ", line).strip() for line in "".join(parts).split(_BREAK))
    return "\n".join(line for line in lines if line)


def _readability_class() -> type:
    """readability-lxml's Document, minus the link rewriting and full HTML cleaning it does on parsing.

    Those steps (``lxml_html_clean`` with javascript/link handling, base-href resolution) take about half of
    readability's time and do not change which text it picks; scripts, styles, comments, processing
    instructions, hidden and ``display: none`` elements are still removed. Link density is computed the
    same way, only faster.
    """
    from readability import Document

    class _Document(Document):
        def _parse(self, page: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
            self.encoding = "utf-8"
            # summary() parses again for each retry, and each retry must start from the whole page.
            doc = copy.deepcopy(page)
            for el in doc.xpath("//*[@hidden] | //*[@style]"):
                if el.getparent() is not None and (el.get("hidden") is not None
                                                   or _DISPLAY_NONE.search(el.get("style", ""))):
                    el.drop_tree()
            etree.strip_elements(doc, "script", "style", "link", etree.Comment, etree.ProcessingInstruction,
                                 with_tail=False)
            return doc

        def get_link_density(self, elem: lxml.html.HtmlElement) -> float:
            # readability's measure (text length, a run of whitespace counting once) without the regular
            # expressions it uses for it, which take a third of its time on large pages.
            links = sum(_text_length(a) for a in elem.iterdescendants("a"))
            return links / max(_text_length(elem), 1)

    return _Document


def _text_length(element: lxml.html.HtmlElement) -> int:
    return len(" ".join((element.text_content() or "").split()))


_READABILITY: type | None = None


def readability_text(tree: lxml.html.HtmlElement) -> str:
    """Main text according to readability-lxml, one paragraph a line ('' when it finds nothing)."""
    global _READABILITY
    if _READABILITY is None:
        _READABILITY = _readability_class()
    try:
        summary = _READABILITY(tree).summary(html_partial=True)
        return _text_of(lxml.html.fromstring(summary)) if summary.strip() else ""
    except Exception:
        # A second opinion must never cost the page: without it, trafilatura's text stands.
        return ""


def parse(html: str) -> lxml.html.HtmlElement | None:
    """The page as an lxml tree, or None when it cannot be parsed."""
    try:
        return lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        # ValueError: a str with an XML encoding declaration; parse its bytes instead.
        try:
            return lxml.html.fromstring(html.encode("utf-8"))
        except (etree.ParserError, ValueError):
            return None


def main_text(tree: lxml.html.HtmlElement, primary: str) -> str:
    """Body of a parsed page: ``primary`` (trafilatura's text) reconciled with readability's, from after the
    headline, without cross-reference lines. ``tree`` is left as it is."""
    secondary = readability_text(tree)
    body = join_broken_lines(reconcile(primary, secondary), secondary)
    return drop_cross_references(strip_title(body, page_titles(tree), secondary), tree)
