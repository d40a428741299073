"""What the geocoder knows of a language, as data: ``data/lang/<code>/places.json`` (keys in docs/places.md).

Prepositions of place and origin, direction words, "of" words, demonym endings, abbreviations, case endings and
clitics, division words, modifier nouns, generic words, street words and the words naming a kind of place.
Adding a language's place handling is adding that file.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from newsgraph.knowledge.languages import language_words, normalise


@dataclass(frozen=True)
class PlaceWords:
    """A language's words about places (``data/lang/<code>/places.json``, normalised)."""

    locative: frozenset[str] = frozenset()
    directions: frozenset[str] = frozenset()
    of_words: frozenset[str] = frozenset()
    demonym_endings: tuple[tuple[str, str], ...] = ()
    abbreviations: tuple[tuple[str, str], ...] = ()
    inflection_endings: tuple[tuple[str, str], ...] = ()
    inflection_prefixes: tuple[str, ...] = ()
    division_words: frozenset[str] = frozenset()
    followers: frozenset[str] = frozenset()
    generic: frozenset[str] = frozenset()
    origin: frozenset[str] = frozenset()
    streets: frozenset[str] = frozenset()
    features: frozenset[str] = frozenset()


@cache
def place_words(language: str | None) -> PlaceWords:
    """The place words of ``language`` (empty ones for a language without the file)."""
    data, words = language_words(language, "places.json")
    return PlaceWords(words("locative_prepositions"), words("direction_prefixes"), words("of_words"),
                      tuple((a, b) for a, b in data.get("demonym_endings", [])),
                      tuple((normalise(a), b) for a, b in data.get("abbreviations", {}).items()),
                      tuple((a, b) for a, b in data.get("inflection_endings", [])),
                      tuple(data.get("inflection_prefixes", [])), words("division_words"), words("place_followers"),
                      words("generic_words"), words("origin_prepositions"),
                      words("street_words"), words("feature_words"))


def name_variants(text: str, words: PlaceWords) -> list[tuple[str, bool]]:
    """Other ways to look up a name that has no candidate as written: abbreviations spelt out ("Loudon Co." →
    "Loudon County"), a direction word or a division word dropped ("South Los Angeles", "Benue State"), case
    forms turned into dictionary forms ("Наблуса" → "Наблус", "بدمشق" → "دمشق"), and demonyms turned into place
    names ("Ohioans" → "Ohio"). The flag says the variant is a demonym's (to be matched as an adjective, and only
    against countries, divisions and big towns)."""
    variants = []
    expanded = " ".join(dict(words.abbreviations).get(normalise(w), w) for w in text.split())
    if expanded != text:
        variants.append((expanded, False))
    first, _, rest = text.partition(" ")
    if rest and normalise(first) in words.directions:
        variants.append((rest, False))  # "South Los Angeles", "West Surrey"
    head, _, last = text.rpartition(" ")
    if head and normalise(last) in words.division_words:
        variants.append((head, False))  # "Benue State"
    for ending, replacement in words.inflection_endings:
        if text.endswith(ending) and len(text) - len(ending) >= 3 and text[-len(ending) - 1].isalpha():
            variants.append((text[:len(text) - len(ending)] + replacement, False))
    for prefix in words.inflection_prefixes:
        if text.startswith(prefix) and len(text) - len(prefix) >= 3:
            variants.append((text[len(prefix):], False))
    for ending, replacement in words.demonym_endings:
        if text.endswith(ending) and len(text) - len(ending) >= 3:
            variants.append((text[:len(text) - len(ending)] + replacement, True))
    return variants
