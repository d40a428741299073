"""Boilerplate paragraphs out of the body: promo, sharing, subscription and legal notices.

Two general mechanisms, in every supported language:

- a cue lexicon (``data/lang/<code>/boilerplate.txt`` for every language plus the neutral ``xx``): a short
  paragraph at the start or end of the article whose cues weigh 1 or more is dropped, and so is a short paragraph
  anywhere that *starts* with a strong cue ("Lire aussi : …", "Read more: …");
- paragraphs repeated across a site's articles (a sign-off or newsletter pitch): the caller passes the hashes of
  paragraphs already seen on several articles of the same site (see :meth:`Store.repeated_paragraphs`).

What is dropped is kept in ``Document.dropped`` with the reason.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from newsgraph.knowledge.languages import (
    load_profile,
    neutral_boilerplate_cues,
    normalise,
    supported_languages,
)
from newsgraph.records import Document, Dropped
from newsgraph.stages.base import Stage

EDGE = 3  # paragraphs at each end of the article where promo text lives
SHORT = 400  # characters: longer paragraphs are article text even when they mention "newsletter"
_SPACE = re.compile(r"\s+")


def paragraph_hash(text: str) -> str:
    """Hash of a paragraph, insensitive to case, spacing and apostrophe style."""
    return hashlib.sha1(_SPACE.sub(" ", normalise(text)).strip().encode()).hexdigest()[:16]


def _ends_with_symbol(text: str) -> bool:
    """Ends with an emoji or pictograph: common in promo lines, rare in news prose."""
    tail = text.rstrip()
    return bool(tail) and unicodedata.category(tail[-1]) == "So"


class Clean(Stage):
    name = "clean"

    def __init__(self, repeated: set[tuple[str, str]] | None = None) -> None:
        # Cues of every language apply to every article: boilerplate is often in another language than the text,
        # and this stage runs before language identification so that promo text does not sway it.
        self.cues: list[tuple[str, float]] = list(neutral_boilerplate_cues())
        for code in supported_languages():
            self.cues.extend(load_profile(code).boilerplate_cues)
        self.repeated = repeated or set()

    def score(self, paragraph: str) -> tuple[float, list[str]]:
        folded = normalise(paragraph)
        hits = [(cue, weight) for cue, weight in self.cues if cue in folded]
        weight = sum(w for _, w in hits) + (0.5 if _ends_with_symbol(paragraph) else 0.0)
        return weight, [cue for cue, _ in hits]

    def verdict(self, paragraph: str, index: int, count: int, site: str | None) -> str | None:
        """Why this paragraph is boilerplate, or None."""
        if site and (site, paragraph_hash(paragraph)) in self.repeated:
            return "repeated on site"
        if len(paragraph) > SHORT:
            return None
        weight, cues = self.score(paragraph)
        strong = any(w >= 1 for c, w in self.cues if c in cues)
        # Weak cues (network names, a closing emoji) alone mark only a short line of share buttons.
        if not (strong or (weight >= 1.5 and len(paragraph) < 120)):
            return None
        at_edge = index < EDGE or index >= count - EDGE
        starts_with_cue = any(normalise(paragraph).lstrip(" «\"'-–—•").startswith(c) for c, w in self.cues if w >= 1)
        if at_edge or starts_with_cue:
            return "promo cue: " + ", ".join(cues) if cues else "promo symbol"
        return None

    def process(self, doc: Document) -> None:
        paragraphs = [p for p in doc.body.split("\n\n") if p.strip()]
        kept = []
        for i, paragraph in enumerate(paragraphs):
            reason = self.verdict(paragraph, i, len(paragraphs), doc.source)
            if reason:
                doc.dropped.append(Dropped(paragraph, reason))
            else:
                kept.append(paragraph)
        # Never drop a whole article: if everything looks like boilerplate, the cue was wrong.
        if kept:
            doc.body = "\n\n".join(kept)
        else:
            doc.dropped = [d for d in doc.dropped if d.reason == "scrape header"]
