"""Language profiles: everything newsgraph knows about a language, read from ``data/lang/<code>/``.

Adding a language means adding a folder there; no code changes. A profile holds:

- ``nlp.json``: the spaCy pipeline to use (installed package, path under ``data/`` or none), how its entity labels
  map to newsgraph's types, and prefixes and suffixes to trim from entity spans ("l’Arménie" → "Arménie",
  "the United Kingdom" → "United Kingdom", "Russia's" → "Russia"), and neighbouring entities written as one name
  ("Lakers de Los Angeles"), and lower-case generic words that belong to place names ("río Ebro");
- ``dates.json``: month and weekday names;
- ``boilerplate.txt``: cue phrases of promo, sharing and legal paragraphs;
- ``entities/*.tsv``: lexicon entries (text, type, country, canonical) matched as whole words;
- ``lemmas.json.gz``: a word-form → lemma table, for languages whose pipeline has no lemmatizer.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from newsgraph.knowledge import data_dir

NEUTRAL = "xx"  # language-neutral data (boilerplate cues valid everywhere)


_ARABIC_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")


def normalise(text: str) -> str:
    """Lower-case, NFC, with typographic apostrophes and dashes folded, for matching cue phrases."""
    text = unicodedata.normalize("NFC", text).lower()
    text = text.replace("’", "'").replace("‘", "'").replace("ʼ", "'").replace("–", "-").replace("—", "-")
    # Arabic: short-vowel marks and the tatweel are optional in writing
    return text if text.isascii() else _ARABIC_MARKS.sub("", text)


@dataclass(frozen=True)
class LexiconEntry:
    text: str
    type: str
    country: str | None = None
    canonical: str | None = None


@dataclass
class LanguageProfile:
    code: str
    name: str
    spacy_model: str | list[str] | None = None
    entity_labels: dict[str, str] = field(default_factory=dict)
    entity_trim_prefixes: list[str] = field(default_factory=list)
    entity_trim_suffixes: list[str] = field(default_factory=list)
    entity_joins: list[dict] = field(default_factory=list)
    entity_heads: list[str] = field(default_factory=list)
    entity_head_links: list[str] = field(default_factory=list)
    months: list[list[str]] = field(default_factory=list)
    weekdays: list[list[str]] = field(default_factory=list)
    boilerplate_cues: list[tuple[str, float]] = field(default_factory=list)
    lexicon: list[LexiconEntry] = field(default_factory=list)
    word_order: dict = field(default_factory=dict)  # for coding events without a parse, see docs/events.md
    verb_lemmas: dict[str, str] = field(default_factory=dict)  # form → lemma where the model's lemmatizer errs
    capitalised_adjectives: bool = False  # country adjectives are written with a capital ("Western", "Russian")

    def model_path(self) -> str | Path | None:
        """The spaCy model to load: the first of ``spacy_model`` (a name or a list of alternatives) that is an
        installed package or an existing pipeline folder under ``data/``; None if there is none."""
        choices = [self.spacy_model] if isinstance(self.spacy_model, str) else list(self.spacy_model or [])
        for choice in choices:
            if "/" in choice:
                path = data_dir() / choice
                if (path / "meta.json").is_file():
                    return path
            elif importlib.util.find_spec(choice) is not None:
                return choice
        return None


def _read_cues(path: Path) -> list[tuple[str, float]]:
    cues = []
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            phrase, _, weight = line.partition("\t")
            cues.append((normalise(phrase.strip()), float(weight or 1.0)))
    return cues


def _read_lexicon(folder: Path) -> list[LexiconEntry]:
    entries = []
    for path in sorted(folder.glob("*.tsv")) if folder.is_dir() else []:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t") + ["", "", ""]
            entries.append(LexiconEntry(cols[0].strip(), cols[1].strip(), cols[2].strip() or None,
                                        cols[3].strip() or None))
    return entries


@cache
def language_words(language: str | None, filename: str) -> tuple[dict, Callable[[str], frozenset[str]]]:
    """The JSON file ``data/lang/<language>/<filename>`` (empty when there is none) and a reader of its word lists
    as normalised sets: ``words("support_verbs")``."""
    path = data_dir() / "lang" / (language or "") / filename
    data = json.loads(path.read_text(encoding="utf-8")) if language and path.is_file() else {}

    def words(key: str) -> frozenset[str]:
        return frozenset(normalise(w) for w in data.get(key, []))

    return data, words


def supported_languages() -> tuple[str, ...]:
    """Codes of every language with a profile folder (the neutral ``xx`` excluded)."""
    return tuple(sorted(p.name for p in (data_dir() / "lang").iterdir()
                        if p.is_dir() and p.name != NEUTRAL and (p / "nlp.json").is_file()))


@cache
def load_profile(code: str) -> LanguageProfile:
    """The profile of ``code``; an unknown code gets a bare profile (tokens and sentences only)."""
    folder = data_dir() / "lang" / code
    if not (folder / "nlp.json").is_file():
        return LanguageProfile(code=code, name=code)
    nlp = json.loads((folder / "nlp.json").read_text(encoding="utf-8"))
    dates = json.loads((folder / "dates.json").read_text(encoding="utf-8")) if (folder / "dates.json").is_file() \
        else {}
    return LanguageProfile(
        code=code,
        name=nlp.get("name", code),
        spacy_model=nlp.get("spacy_model"),
        entity_labels=nlp.get("entity_labels", {}),
        verb_lemmas={normalise(k): v for k, v in nlp.get("verb_lemmas", {}).items()},
        capitalised_adjectives=bool(nlp.get("capitalised_adjectives", False)),
        entity_trim_prefixes=[normalise(p) for p in nlp.get("entity_trim_prefixes", [])],
        entity_trim_suffixes=[normalise(p) for p in nlp.get("entity_trim_suffixes", [])],
        entity_joins=[{**j, "via": [normalise(v) for v in j["via"]]} for j in nlp.get("entity_joins", [])],
        entity_heads=nlp.get("entity_heads", []),
        entity_head_links=nlp.get("entity_head_links", []),
        months=dates.get("months", []),
        weekdays=dates.get("weekdays", []),
        boilerplate_cues=_read_cues(folder / "boilerplate.txt"),
        lexicon=_read_lexicon(folder / "entities"),
        word_order=nlp.get("word_order", {}),
    )


@cache
def lemma_table(code: str) -> dict[str, str]:
    """Word form → lemma for ``code`` from ``data/lang/<code>/lemmas.json.gz`` (empty if there is none)."""
    path = data_dir() / "lang" / code / "lemmas.json.gz"
    if not path.is_file():
        return {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)


@cache
def neutral_boilerplate_cues() -> list[tuple[str, float]]:
    return _read_cues(data_dir() / "lang" / NEUTRAL / "boilerplate.txt")
