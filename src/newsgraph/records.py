"""The data newsgraph passes along its one direction of flow.

``sources`` yield :class:`Article` objects (raw input plus whatever metadata came with it); the pipeline turns each
into a :class:`Document` (clean body plus one list per record kind); the store writes Documents to DuckDB.

Every record that points into the text carries ``start``/``end`` character offsets into ``Document.body`` (so that
``body[start:end] == text``), the index of its ``sentence`` and a ``confidence`` in [0, 1].
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from typing import Any


def content_id(*parts: str | None) -> str:
    """A stable 16-hex-digit id from the given strings (same content, same id)."""
    h = hashlib.sha256()
    for part in parts:
        h.update((part or "").encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()[:16]


@dataclass
class Article:
    """One news item as a source read it, before any processing.

    Exactly one of ``text`` and ``html`` is set. ``input`` says where it came from (a path, ``path:line`` for a
    JSONL line, ``path#record`` for a WARC record, a URL), so every message about it can name it.
    """

    input: str
    kind: str  # text | html | jsonl | feed | warc
    text: str | None = None
    html: str | None = None
    url: str | None = None
    source: str | None = None  # site or publisher, e.g. "lemonde.fr"
    title: str | None = None
    author: str | None = None
    published: date | None = None
    language: str | None = None  # a hint from the input (JSONL field, HTML lang attribute); not trusted blindly
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            # The id depends on content (and URL when known) only, never on the path: ingesting the same article
            # twice, from wherever, stores it once.
            self.id = content_id(self.url, self.html if self.html is not None else self.text)


@dataclass
class Skipped:
    """An input, or part of one, that could not be read; ``reason`` is a one-line message for the user."""

    input: str
    reason: str


@dataclass
class Dropped:
    """Text removed from the body as boilerplate (kept so that ``show`` can display it)."""

    text: str
    reason: str  # e.g. "promo cue: n'hésitez pas à partager", "scrape header", "repeated on site"


@dataclass
class Sentence:
    start: int
    end: int


@dataclass
class Token:
    """A token with its lemma and syntax (head is an index into ``Document.tokens``)."""

    start: int
    end: int
    sentence: int
    lemma: str
    pos: str
    dep: str
    head: int


@dataclass
class LanguageSpan:
    """A stretch of the body (a paragraph) whose language differs from the article's."""

    start: int
    end: int
    language: str
    confidence: float


@dataclass
class Entity:
    """A named entity mention. Linking fields stay ``None`` until a linking stage fills them."""

    text: str
    type: str  # PERSON | ORG | LOCATION | MISC
    start: int
    end: int
    sentence: int
    confidence: float
    origin: str  # "model" (statistical NER) or "lexicon" (dictionary match)
    canonical: str | None = None
    wikidata: str | None = None
    country: str | None = None
    geonames: int | None = None


@dataclass
class Span:
    """A stretch of the body: offsets and the text they cover."""

    start: int
    end: int
    text: str


@dataclass
class Location:
    """Where an event happened (GDELT's ActionGeo): the place mention it was taken from and that place's data."""

    place: int  # index into Document.places
    name: str
    geonames: int | None
    lat: float | None
    lon: float | None
    country: str | None  # ISO 3166-1 alpha-2


@dataclass
class Event:
    """Who did what to whom: a CAMEO-coded event with its evidence (see docs/document.md and docs/events.md)."""

    source: str | None  # CAMEO actor code, e.g. RUSGOV
    target: str | None
    cameo: str  # CAMEO event code, 3 or 4 digits
    root: str  # its two-digit root
    quad_class: int  # 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
    goldstein: float
    plover: str | None
    plover_mode: str | None
    date: date | None  # the article's date unless the sentence gives another
    confidence: float
    sentence: int
    trigger: Span
    source_span: Span | None = None
    target_span: Span | None = None
    alleged: bool = False  # reported only inside someone's statement or accusation
    claimed_by: str | None = None  # the actor asserting it, when alleged
    language: str | None = None
    location: Location | None = None  # where it happened, when the sentence says (set by the geocode stage)


@dataclass
class PlaceMention:
    """A place name in the text resolved to a gazetteer place (see docs/places.md).

    ``geonames`` is the GeoNames id (None for the few regions and features GeoNames has no entry for; ``key``
    names those, e.g. ``regions:Donbas``); ``country`` the ISO 3166-1 alpha-2 code and ``admin1`` the GeoNames
    first-level code inside it; ``feature_class``/``feature_code`` GeoNames's (A.ADM1, P.PPLC, L.RGN, H.STM …).
    ``entity`` is the index of the entity mention it came from. A place the gazetteer does not list (a street, a
    building, a neighbourhood: "Royal Street", "Fenway Park") is placed at the listed town or district the article
    names nearest to it: ``near`` is that town's key, ``name`` the text as written, ``geonames`` None, the
    coordinates, country and admin1 the town's, the feature empty and the confidence low.
    """

    text: str
    start: int
    end: int
    sentence: int
    confidence: float
    name: str
    geonames: int | None
    key: str
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    feature_class: str
    feature_code: str
    entity: int | None = None
    near: str | None = None


@dataclass
class Document:
    """An article as the pipeline understands it; the one object every stage reads and extends.

    ``body`` is the clean main text: every offset of every record points into it. Later stages add their own
    record lists (events, places, themes, tone, quotations, amounts) as new fields.
    """

    id: str
    input: str
    kind: str
    url: str | None = None
    source: str | None = None
    title: str | None = None
    author: str | None = None
    published: date | None = None
    language: str | None = None
    language_confidence: float | None = None
    body: str = ""
    html: str | None = None  # raw HTML until the extract stage has used it; never stored
    dropped: list[Dropped] = field(default_factory=list)
    languages: list[LanguageSpan] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    minhash: list[int] | None = None  # MinHash signature of the body, for near-duplicate detection
    # Set by the store when the article is a syndicated copy of an earlier one.
    duplicate_of: str | None = None
    error: str | None = None  # set when a stage failed on this document; the document is then skipped
    # The spaCy Doc of the body, for later stages in the same process (syntax for event coding); never serialised.
    spacy_doc: Any = field(default=None, repr=False, compare=False)

    @classmethod
    def from_article(cls, article: Article) -> Document:
        return cls(
            id=article.id,
            input=article.input,
            kind=article.kind,
            url=article.url,
            source=article.source,
            title=article.title,
            author=article.author,
            published=article.published,
            language=article.language,
            body=article.text or "",
            html=article.html,
        )

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence containing character ``offset`` (the last one starting at or before it)."""
        lo, hi = 0, len(self.sentences) - 1
        found = 0
        while lo <= hi:
            mid = (lo + hi) // 2
            if self.sentences[mid].start <= offset:
                found, lo = mid, mid + 1
            else:
                hi = mid - 1
        return found

    def tokens_of(self, start: int, end: int):
        """The parsed tokens (a spaCy ``Span``) covering characters ``start``–``end``, or None without a parse."""
        return self.spacy_doc.char_span(start, end, alignment_mode="expand") if self.spacy_doc is not None else None

    def to_dict(self, *, tokens: bool = False) -> dict[str, Any]:
        """The documented JSON form (see docs/document.md)."""
        out: dict[str, Any] = {}
        for f in fields(self):
            if f.name in ("html", "minhash", "error", "spacy_doc") or (f.name == "tokens" and not tokens):
                continue
            value = getattr(self, f.name)
            if isinstance(value, date):
                value = value.isoformat()
            elif isinstance(value, list):
                value = [asdict(v) for v in value]
            out[f.name] = value
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        """Inverse of :meth:`to_dict` (used by the store and by tests)."""
        kinds = {"dropped": Dropped, "languages": LanguageSpan, "sentences": Sentence, "tokens": Token,
                 "entities": Entity, "events": Event, "places": PlaceMention}
        kwargs = dict(data)
        for key, kind in kinds.items():
            kwargs[key] = [_record(kind, v) for v in data.get(key) or []]
        if isinstance(kwargs.get("published"), str):
            kwargs["published"] = date.fromisoformat(kwargs["published"][:10])
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in kwargs.items() if k in known})


# Records that stand inside other records (a DuckDB STRUCT column), by the name their fields are annotated with.
NESTED: dict[str, type] = {"Span": Span, "Location": Location}


def field_type(annotation: Any) -> str:
    """A field's type name without its optionality: ``"Span | None"`` → ``"Span"``."""
    return str(annotation).replace(" | None", "").strip()


def _record(kind: type, values: dict[str, Any]):
    """A record from its dict form (JSON or a database row): nested records and ISO dates converted back."""
    values = dict(values)
    for f in fields(kind):
        value = values.get(f.name)
        nested = NESTED.get(field_type(f.type))
        if nested is not None and isinstance(value, dict):
            values[f.name] = nested(**value)
        elif f.name == "date" and isinstance(value, str):
            values[f.name] = date.fromisoformat(value[:10])
    return kind(**values)
