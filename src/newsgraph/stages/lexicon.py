"""Dictionary entities: names from ``data/lang/<code>/entities/*.tsv`` found as whole words in the body.

For languages without an NER model this is where entities come from. Where a model exists, a lexicon match
settles the type of the model's entity on the same span ("Kremlin" is an organisation, not a place), replaces a
model entity it extends, and adds what the model missed.
"""

from __future__ import annotations

import re
from functools import cache

from newsgraph.knowledge.languages import LexiconEntry, load_profile
from newsgraph.records import Document, Entity
from newsgraph.stages.base import Stage

LEXICON_CONFIDENCE = 0.85
AGREED_CONFIDENCE = 0.95


@cache
def _matcher(code: str) -> tuple[re.Pattern[str] | None, dict[str, LexiconEntry]]:
    entries = {e.text: e for e in load_profile(code).lexicon if e.text}
    if not entries:
        return None, entries
    alternatives = "|".join(re.escape(t) for t in sorted(entries, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])"), entries


def lexicon_matches(doc: Document) -> list[tuple[int, int, LexiconEntry]]:
    pattern, entries = _matcher(doc.language or "xx")
    if pattern is None:
        return []
    return [(m.start(), m.end(), entries[m.group()]) for m in pattern.finditer(doc.body)]


class LexiconEntities(Stage):
    name = "lexicon"

    def process(self, doc: Document) -> None:
        entities = list(doc.entities)
        for start, end, entry in lexicon_matches(doc):
            overlapping = [e for e in entities if e.start < end and start < e.end]
            # Part of a longer name the model found ("Union européenne" in "Parlement de l'Union européenne") —
            # unless that longer span starts with a lower-case word, i.e. the model swept a common noun into the
            # name ("déclaration de la Maison Blanche"); names with a lower-case head ("océan Indien") hold no
            # lexicon entry, so they are not touched here.
            if any(e.start <= start and end <= e.end and (e.start, e.end) != (start, end)
                   and not e.text[:1].islower() for e in overlapping):
                continue
            agreed = any((e.start, e.end) == (start, end) for e in overlapping)
            entities = [e for e in entities if e not in overlapping]
            entities.append(Entity(
                text=doc.body[start:end], type=entry.type, start=start, end=end, sentence=doc.sentence_of(start),
                confidence=AGREED_CONFIDENCE if agreed else LEXICON_CONFIDENCE,
                origin="model+lexicon" if agreed else "lexicon",
                canonical=entry.canonical, country=entry.country))
        doc.entities = sorted(entities, key=lambda e: (e.start, e.end))
