"""Entities → the actor knowledge base: canonical name, Wikidata id and country code on each entity.

A name is looked up in the article's language (then in any language, for names written alike everywhere). Among
several candidates the entity's type decides (a PERSON mention links to a person), then the date: of two people
with one surname, the one holding a role on the article's date. A surname flagged ambiguous in the data links only
when written in full. An entity that stays ambiguous is left unlinked rather than linked wrongly.
"""

from __future__ import annotations

import re

from newsgraph.knowledge.actors import ActorBase, NameHit, actor_base
from newsgraph.knowledge.languages import normalise
from newsgraph.records import Document, Entity
from newsgraph.stages.base import Stage

KINDS = {"PERSON": ("person",), "LOCATION": ("country",), "ORG": ("organisation", "country"), "MISC": ()}


def choose(base: ActorBase, entity: Entity, doc: Document) -> NameHit | None:
    """The one knowledge-base entry an entity refers to, or None if there is none or no way to tell."""
    language = doc.language or "xx"
    hits = base.lookup(entity.text, language) or \
        (base.lookup(bare, language) if (bare := _without_article(entity, doc)) else [])
    wanted = KINDS.get(entity.type, ())
    typed = [h for h in hits if h.entry.kind in wanted] or ([] if entity.type == "PERSON" else hits)
    typed = [h for h in typed if h.form != "adjective"]  # a name, not "russe"
    if len({h.entry.id for h in typed}) > 1 and doc.published:
        active = [h for h in typed if h.entry.kind != "person" or any(r.holds_on(doc.published)
                                                                     for r in h.entry.roles)]
        typed = active or typed
    if len({h.entry.id for h in typed}) != 1:
        return None
    hit = typed[0]
    if not surname_may_link(hit, entity.text, doc):
        return None
    if hit.entry.kind == "person" and not country_agrees(base, hit, entity.start, doc):
        return None
    return hit


def _without_article(entity: Entity, doc: Document) -> str:
    """The name without the article the recogniser took into it ("The Syrian Observatory for Human Rights")."""
    span = doc.tokens_of(entity.start, entity.end)
    if span is None or len(span) < 2 or span[0].pos_ != "DET":
        return ""
    return doc.body[span[1].idx:entity.end]


def country_agrees(base: ActorBase, hit: NameHit, start: int, doc: Document) -> bool:
    """A country named right before a person ("Jordan's King Abdullah", "le président turc Erdogan", "Turkish
    President Erdogan") must be theirs: another country's namesake is not them."""
    language = doc.language or "xx"
    before = re.split(r"[.,;:!?()«»\"\n]", doc.body[max(0, start - 60):start])[-1]
    words = [re.sub(r"['’]s?$", "", w) for w in re.findall(r"[^\W\d_][\w'’-]*", before)][-2:]

    def countries(word: str) -> set[str]:
        return {h.entry.code for h in base.lookup(word, language) if h.entry.kind == "country"}

    named = countries(words[-1]) if words else set()
    if not named and len(words) == 2 and base.agent(words[-1].lower(), language):  # "Turkish President"
        named = countries(words[0])
    return not named or hit.entry.country in named


def surname_may_link(hit: NameHit, text: str, doc: Document) -> bool:
    """A person named by one word ("Burton", "Poutine") is the knowledge base's person only if the article names
    them in full somewhere, or they hold a role on the article's date or left it in the last ten years (and the
    surname is not flagged ambiguous): a surname alone is too common a word to link every namesake to someone who
    took office later or left it long ago."""
    if hit.entry.kind != "person" or " " in text.strip():
        return True
    if hit.entry.ambiguous_surname:
        return False
    key = normalise(text)
    full = [e for e in doc.entities if " " in e.text.strip() and normalise(e.text).endswith(key)]
    if any(e.canonical == hit.entry.name or normalise(e.text) == normalise(hit.entry.name) for e in full):
        return True
    if full:  # the article names a namesake in full ("Elizabeth A. Burton")
        return False
    if doc.published is None:
        return True
    # in office on the date, or left office in the last ten years (still news: "Obama said" in 2020)
    day = doc.published
    return any((r.start is None or r.start <= day) and (r.end is None or (day - r.end).days <= 3653)
               for r in hit.entry.roles)


class LinkEntities(Stage):
    name = "link"

    def __init__(self, base: ActorBase | None = None) -> None:
        self.base = base

    def process(self, doc: Document) -> None:
        base = self.base or actor_base()
        for entity in doc.entities:
            hit = choose(base, entity, doc)
            if hit is None:
                continue
            entity.canonical = entity.canonical or hit.entry.name
            entity.wikidata = entity.wikidata or hit.entry.wikidata
            code = hit.code_on(doc.published)
            entity.country = entity.country or (code[:3] if code and code[:3] != "IGO" else hit.entry.country)
