"""Entities → the actor knowledge base: canonical name, Wikidata id and country code on each entity.

A name is looked up in the article's language (then in any language, for names written alike everywhere). Among
several candidates the entity's type decides (a PERSON mention links to a person), then the date: of two people
with one surname, the one holding a role on the article's date. A surname flagged ambiguous in the data links only
when written in full. An entity that stays ambiguous is left unlinked rather than linked wrongly.
"""

from __future__ import annotations

from newsgraph.knowledge.actors import ActorBase, NameHit, actor_base
from newsgraph.records import Document, Entity
from newsgraph.stages.base import Stage

KINDS = {"PERSON": ("person",), "LOCATION": ("country",), "ORG": ("organisation", "country"), "MISC": ()}


def choose(hits: list[NameHit], entity: Entity, doc: Document) -> NameHit | None:
    """The one knowledge-base entry an entity refers to, or None if there is none or no way to tell."""
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
    if hit.entry.ambiguous_surname and " " not in entity.text.strip():
        return None
    return hit


class LinkEntities(Stage):
    name = "link"

    def __init__(self, base: ActorBase | None = None) -> None:
        self.base = base

    def process(self, doc: Document) -> None:
        base = self.base or actor_base()
        for entity in doc.entities:
            hit = choose(base.lookup(entity.text, doc.language or "xx"), entity, doc)
            if hit is None:
                continue
            entity.canonical = entity.canonical or hit.entry.name
            entity.wikidata = entity.wikidata or hit.entry.wikidata
            code = hit.code_on(doc.published)
            entity.country = entity.country or (code[:3] if code and code[:3] != "IGO" else hit.entry.country)
