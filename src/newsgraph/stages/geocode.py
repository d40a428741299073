"""Where: place names resolved to GeoNames places, and each event given the place where it happened.

**Mentions.** Every entity the recogniser typed ``LOCATION`` whose words have a candidate in the gazetteer
(:mod:`newsgraph.knowledge.gazetteer`: names in any language, exonyms, folded spelling). Location entities with no
candidate are left out rather than guessed.

**Resolution** scores every candidate of every distinct name in the article and keeps the best:

- a prior: population (log), how prominent the kind of place is (a country, then a first-level division or news
  region, then a second-level division), and how the name matched (an exonym written for this language, the
  place's own name, an alternate name, a country adjective);
- the article's context, in two rounds over the other names' current choices: places in the same country (and
  the countries of linked actors, and the country of the site's domain), in the same first-level division,
  within 200 km, the country or division of a candidate named elsewhere in the article.

The written hierarchy "Springfield, Illinois" / "Paris (Texas)" decides outright: only candidates inside the
division written next to the name stay; so does a curated exonym ("Atlantic" is the ocean). The weights of the
features are data (``data/geo/resolver.json``), fitted on gold toponyms by ``scripts/train_geocoder.py``.

One name means one place throughout an article. The confidence is the margin between the best candidate and the
next, squashed into [0.3, 0.99].

**Event locations** (GDELT's ActionGeo): a place of the event's own sentence that hangs from its trigger through a
preposition of place ("une escarmouche … dans le Donbass"), or follows one near the trigger where there is no
parse; failing that, the place a material act targets ("shelled Kharkiv"). See :func:`event_location`.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from newsgraph.knowledge import data_dir
from newsgraph.knowledge.actors import actor_base
from newsgraph.knowledge.gazetteer import (
    MATCH_ADJECTIVE,
    MATCH_ALTERNATE,
    MATCH_EXONYM,
    MATCH_NAME,
    Gazetteer,
    Place,
    cameo_countries,
    fold,
    gazetteer,
)
from newsgraph.knowledge.languages import load_profile, normalise
from newsgraph.records import Document, Event, Location, PlaceMention
from newsgraph.stages.base import Stage

MAX_CANDIDATES = 40
ROUNDS = 2
NEAR_KM, CLOSE_KM = 200.0, 50.0
# Kinds of place by how readily news means them when it writes a bare name.
# A city of this size is what a bare name means even when a division shares it ("New York", "Hanoi").
BIG_CITY = 1_000_000
REGION_POPULATION = 1_000_000
OBJECTS = ("obj", "dobj")
# Acts that happen where their target is: material cooperation and conflict (QuadClasses 2 and 4), and a visit.
MATERIAL = (2, 4)
VISIT = "042"
# Country-code top-level domains that are not ISO codes.
TLD_COUNTRY = {"uk": "GB"}
_HIERARCHY = re.compile(r"\s*(?:,|\(|-|–)\s*$")


@dataclass
class Mention:
    """A stretch of text to resolve (an entity, or a gold span when evaluating)."""

    start: int
    end: int
    text: str
    entity: int | None = None


@dataclass
class Choice:
    place: Place
    score: float
    confidence: float


def _distance_km(a: Place, b: Place) -> float:
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return math.inf
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def _is_country(place: Place) -> bool:
    return place.feature_code.startswith("PCL") or place.feature_code == "TERR"


def _is_point(place: Place) -> bool:
    """Small enough for distances to it to mean something: not a country, first-level division or region."""
    return not (_is_country(place) or place.feature_code == "ADM1" or place.feature_class == "L")


def _contains(outer: Place, inner: Place) -> bool:
    """``outer`` is the country or first-level division ``inner`` lies in."""
    if outer.country is None or outer.country != inner.country or outer.key == inner.key:
        return False
    if _is_country(outer):
        return True
    return outer.feature_code == "ADM1" and outer.admin1 is not None and outer.admin1 == inner.admin1


def site_country(doc: Document) -> str | None:
    """The ISO country of the site's country-code domain (``lemonde.fr`` → FR), None for .com and the like."""
    host = (doc.source or doc.url or "").lower()
    host = re.sub(r"^[a-z]+://", "", host).split("/")[0].split(":")[0]
    tld = host.rsplit(".", 1)[-1] if "." in host else ""
    if len(tld) != 2:
        return None
    code = TLD_COUNTRY.get(tld, tld.upper())
    return code if code in cameo_countries() else None


def actor_countries(doc: Document) -> Counter:
    """ISO countries of the article's linked actors (a CAMEO country code on the entity), by mentions."""
    iso = {cameo: iso2 for iso2, cameo in cameo_countries().items()}
    return Counter(iso[e.country] for e in doc.entities if e.country in iso)


# What the resolver knows about a candidate: its prior (what it is, how the name matched) and the article's
# context. A candidate's score is the weighted sum; the weights are data (``data/geo/resolver.json``, trained by
# scripts/train_geocoder.py), with these hand-set values when that file is missing.
FEATURES = ("log_population", "country", "admin1", "admin2", "region", "natural_feature", "big_city", "exonym",
            "own_name", "adjective", "most_populous", "capital", "same_country", "same_admin1", "near", "close",
            "country_mentioned", "admin1_mentioned", "actor_country", "site_country", "unsupported_population",
            "country_share", "admin1_share")
HAND_WEIGHTS = {"log_population": 1.0, "country": 6.0, "admin1": 3.5, "admin2": 1.0, "region": 3.0,
                "natural_feature": 0.5, "big_city": 4.0, "exonym": 3.0, "own_name": 2.0, "adjective": -1.0,
                "most_populous": 0.0, "capital": 1.0, "same_country": 1.0, "same_admin1": 1.0, "near": 0.8,
                "close": 0.6,
                "country_mentioned": 0.0, "admin1_mentioned": 0.0, "actor_country": 1.0, "site_country": 1.0,
                "unsupported_population": 0.0, "country_share": 0.0, "admin1_share": 0.0}
PRIOR_FEATURES = 12  # the first twelve do not depend on the other names of the article


@cache
def resolver_weights() -> tuple[float, ...]:
    """The shipped weights, in ``FEATURES`` order (hand-set ones for features the file lacks)."""
    path = data_dir() / "geo" / "resolver.json"
    weights = dict(HAND_WEIGHTS)
    if path.is_file():
        weights.update(json.loads(path.read_text(encoding="utf-8")).get("weights", {}))
    return tuple(float(weights[name]) for name in FEATURES)


def prior_features(place: Place, match: int, most_populous: bool, capital: bool = False) -> list[float]:
    """The context-free features of a candidate (the first ``PRIOR_FEATURES`` of ``FEATURES``)."""
    code, kind = place.feature_code, place.feature_class
    # the curated news regions (Middle East, Sahel, Kashmir) mostly lack a population; they are what news means
    population = place.population or (REGION_POPULATION if place.source == "regions" else 0)
    return [math.log10(population + 1), float(_is_country(place)), float(code == "ADM1"),
            float(code == "ADM2"), float(kind == "L"), float(kind in ("H", "T")),
            float(kind == "P" and (place.population >= BIG_CITY or capital)), float(match == MATCH_EXONYM),
            float(match == MATCH_NAME), float(match == MATCH_ADJECTIVE), float(most_populous), float(capital)]


@cache
def capitals(gaz: Gazetteer) -> frozenset[str]:
    """Gazetteer keys of the national capitals (``capital`` of ``data/actors/countries.jsonl``: the most populous
    town of that name in the country)."""
    keys = set()
    path = data_dir() / "actors" / "countries.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines() if path.is_file() else []:
        item = json.loads(line) if line.strip() else {}
        if not item.get("capital") or not item.get("iso2"):
            continue
        towns = [p for p in gaz.candidates(item["capital"]) if p.feature_class == "P" and p.country == item["iso2"]]
        if towns:
            keys.add(max(towns, key=lambda p: p.population).key)
    return frozenset(keys)


Vectors = dict[str, list[list[float]]]  # name key → one feature vector per candidate


@dataclass
class Candidate:
    place: Place
    features: list[float]  # prior features; context ones are appended per round


class Resolver:
    """Resolves the mentions of one article together (see the module's docstring)."""

    def __init__(self, gaz: Gazetteer, language: str | None, weights: tuple[float, ...] | None = None) -> None:
        self.gaz, self.language = gaz, language
        self.weights = weights or resolver_weights()

    def candidates(self, text: str) -> list[Candidate]:
        found = self.gaz.lookup(text, self.language)
        for variant, demonym in name_variants(text, place_words(self.language)) if not found else ():
            found = [(place, MATCH_ADJECTIVE if demonym else match)
                     for place, match in self.gaz.lookup(variant, self.language)
                     if ((place.feature_class in ("A", "L") or place.population >= TOWN) if demonym
                         else match != MATCH_ADJECTIVE)]
            if found:
                break
        found = [(place, match) for place, match in found if place.lat is not None and place.lon is not None]
        # an exonym is a curated statement of what the form means ("Atlantic" is the ocean, not Atlantic, Iowa)
        found = [(place, match) for place, match in found if match == MATCH_EXONYM] or found
        top = max((place.population for place, _ in found), default=0)
        capital = capitals(self.gaz)
        found = [Candidate(place, prior_features(place, match, place.population == top > 0, place.key in capital))
                 for place, match in found]
        prior = self.weights[:PRIOR_FEATURES]
        found.sort(key=lambda c: -sum(w * f for w, f in zip(prior, c.features, strict=True)))
        return found[:MAX_CANDIDATES]

    def table(self, body: str, mentions: list[Mention], countries: Counter | None = None,
              home: str | None = None) -> tuple[list[str], dict[str, list[Candidate]], list[Vectors]]:
        """Everything the resolver scores: each mention's name key, the candidates of each name, and each round's
        full feature vectors (one list per name, one vector per candidate). Used by :meth:`resolve` and by the
        training script."""
        keys = [fold(m.text) for m in mentions]
        options: dict[str, list[Candidate]] = {}
        for key, mention in zip(keys, mentions, strict=True):
            if key not in options:
                options[key] = self.candidates(mention.text)
        options = {k: v for k, v in options.items() if v}
        # "Springfield, Illinois": the text says which one; only the candidates inside the written division stay
        for key, outers in self._written_hierarchy(body, mentions, keys, options).items():
            inside = [c for c in options[key] if all(any(_contains(o, c.place) for o in group) for group in outers)]
            options[key] = inside or options[key]
        chosen = {key: cands[0].place for key, cands in options.items()}
        rounds = []
        for _ in range(ROUNDS):
            vectors = {key: [c.features + self._context(c.place, key, chosen, countries, home) for c in cands]
                       for key, cands in options.items()}
            rounds.append(vectors)
            chosen = {key: options[key][self._best(v)[0]].place for key, v in vectors.items()}
        return keys, options, rounds

    def _best(self, vectors: list[list[float]]) -> tuple[int, list[float]]:
        scores = [sum(w * f for w, f in zip(self.weights, v, strict=True)) for v in vectors]
        return max(range(len(scores)), key=scores.__getitem__), scores

    def resolve(self, body: str, mentions: list[Mention], countries: Counter | None = None,
                home: str | None = None) -> list[Choice | None]:
        """The chosen place of each mention (None: no candidate). ``countries`` are actor countries by weight,
        ``home`` the site's country."""
        keys, options, rounds = self.table(body, mentions, countries, home)
        result: list[Choice | None] = []
        for key in keys:
            if key not in options:
                result.append(None)
                continue
            best, scores = self._best(rounds[-1][key])
            ranked = sorted(scores, reverse=True)
            margin = ranked[0] - ranked[1] if len(ranked) > 1 else 4.0
            confidence = min(0.99, max(0.3, 1 / (1 + math.exp(-(margin - 0.5)))))
            result.append(Choice(options[key][best].place, ranked[0], round(confidence, 3)))
        return result

    def _written_hierarchy(self, body: str, mentions: list[Mention], keys: list[str],
                           options: dict[str, list[Candidate]]) -> dict[str, tuple[list[Place], ...]]:
        """For names written as "X, Y" or "X (Y)": Y's candidates, that X's place should lie in."""
        found: dict[str, tuple[list[Place], ...]] = defaultdict(tuple)
        ordered = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
        for a, b in zip(ordered, ordered[1:], strict=False):
            first, second = mentions[a], mentions[b]
            gap = body[first.end:second.start]
            if len(gap) > 3 or not _HIERARCHY.match(gap) or keys[b] not in options or keys[a] not in options:
                continue
            found[keys[a]] += ([c.place for c in options[keys[b]]],)
        return found

    @staticmethod
    def _context(place: Place, key: str, chosen: dict[str, Place], countries: Counter | None,
                 home: str | None) -> list[float]:
        same_country = same_admin1 = near = close = 0
        country_mentioned = admin1_mentioned = 0.0
        for other_key, other in chosen.items():
            if other_key == key:
                continue
            if _contains(other, place):
                if _is_country(other):
                    country_mentioned = 1.0
                else:
                    admin1_mentioned = 1.0
            if other.country and other.country == place.country:
                same_country += 1
                if place.admin1 and other.admin1 == place.admin1 and not _is_country(other):
                    same_admin1 += 1
            # (a degree of latitude is 111 km: farther apart than NEAR_KM needs no great-circle distance)
            if _is_point(other) and _is_point(place) and abs(place.lat - other.lat) * 111.2 <= NEAR_KM:
                distance = _distance_km(place, other)
                near += distance <= NEAR_KM
                close += distance <= CLOSE_KM
        actor = min(countries.get(place.country, 0), 3) if countries and place.country else 0
        site = float(bool(home) and place.country == home)
        supported = same_country or near or country_mentioned or admin1_mentioned or actor or site
        # population counts for more when nothing in the article speaks for the place
        alone = 0.0 if supported else math.log10(place.population + 1)
        others = max(1, len(chosen) - 1)
        return [min(same_country, 3), min(same_admin1, 3), min(near, 3), min(close, 2), country_mentioned,
                admin1_mentioned, actor, site, alone, same_country / others, same_admin1 / others]


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


@cache
def place_words(language: str | None) -> PlaceWords:
    path = data_dir() / "lang" / (language or "") / "places.json"
    data = json.loads(path.read_text(encoding="utf-8")) if language and path.is_file() else {}

    def words(key: str) -> frozenset[str]:
        return frozenset(normalise(w) for w in data.get(key, []))

    return PlaceWords(words("locative_prepositions"), words("direction_prefixes"), words("of_words"),
                      tuple((a, b) for a, b in data.get("demonym_endings", [])),
                      tuple((normalise(a), b) for a, b in data.get("abbreviations", {}).items()),
                      tuple((a, b) for a, b in data.get("inflection_endings", [])),
                      tuple(data.get("inflection_prefixes", [])), words("division_words"), words("place_followers"),
                      words("generic_words"), words("origin_prepositions"))


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


def locative_words(language: str | None) -> frozenset[str]:
    """The language's prepositions of place."""
    return place_words(language).locative


_WORD = re.compile(r"\S+")
_JOINED = re.compile(r"\w[-/]\w")
_POSSESSIVE = re.compile(r"['’]s?$")
_LONGER = re.compile(r"(,? [A-Z][\w.]*)(?: [A-Z]\w*)?")
_JOINED_PART = re.compile(r"[^-/]+")
# A dateline: a name in capitals opening the text or a sentence, before a comma, colon, dash, bracket or slash.
_DATELINE = re.compile(r"(?:^|(?<=[.!?\n])\s+)([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2})(?=\s*(?:,|:|\(|—|–|--|/))")
# A town at least this big counts as a place when the recogniser called it an organisation on its own.
TOWN = 100_000


def _named_place(gaz: Gazetteer, text: str, language: str | None, *, population: int = 0,
                 classes: str = "APL", matches: tuple[int, ...] = (MATCH_EXONYM, MATCH_NAME),
                 minor_divisions: bool = True) -> bool:
    """The gazetteer knows ``text`` as the name of a place of ``classes`` (by default its own name or an exonym,
    or a country's curated name such as "U.S.", not only an alternate name or an adjective) that is a country or
    division (with ``minor_divisions`` false: a country or first-level division only, as counties share their
    names with many people), or a town of at least ``population``: evidence enough to take a name the recogniser
    typed otherwise as a place."""
    return any((match in matches or (match == MATCH_ALTERNATE and _is_country(place)))
               and place.feature_class in classes
               and (place.feature_class != "P" or place.population >= population)
               and (minor_divisions or place.feature_class != "A" or _is_country(place)
                    or place.feature_code == "ADM1")
               for place, match in gaz.lookup(text, language))


def _preceded_by(body: str, start: int, words: frozenset[str]) -> bool:
    before = body[max(0, start - 30):start].split()
    return bool(before) and (normalise(before[-1]) in words or normalise(" ".join(before[-2:])) in words)


def _location_span(body: str, start: int, end: int, text: str, gaz: Gazetteer, language: str | None,
                   words: PlaceWords) -> tuple[int, int, str]:
    """The place name inside a location entity: a leading article dropped ("The United States"), a direction word
    dropped ("North Texas" → Texas) when only the rest is a known name, an abbreviation's final dot kept ("Kan."
    where the recogniser stopped at "Kan")."""
    if text.endswith(".") and len(text) > 5 and text[-2].isalpha() and text[-3].isalpha() \
            and gaz.lookup(text[:-1], language):
        end, text = end - 1, text[:-1]  # "Kiew." : the sentence's full stop, not an abbreviation's
    for prefix in load_profile(language).entity_trim_prefixes if language else ():
        if text.lower().startswith(prefix) and len(text) > len(prefix):  # "The United States" at a sentence start
            start, text = start + len(prefix), text[len(prefix):]
    first = text.split(" ", 1)
    if len(first) == 2 and normalise(first[0]) in words.directions and not gaz.lookup(text, language) \
            and gaz.lookup(first[1], language):
        start = start + len(first[0]) + 1
        text = first[1]
    # a longer name the recogniser cut short: "Wichita" + " Falls", "Washington" + ", D.C."
    longer = _LONGER.match(body, end)
    for extra in (longer.group(), longer.group(1)) if longer else ():
        if any(match == MATCH_NAME for _, match in gaz.lookup(text + extra, language)):
            end, text = end + len(extra), text + extra
            break
    if body[end:end + 1] == "." and len(text.replace(".", "")) <= 5 and text[-1:].isalpha():
        found = gaz.lookup(text, language)
        # the abbreviations of data/geo/exonyms.tsv ("Kan.", "Calif."); not "Kiew" before a full stop
        if found and found[0][1] == MATCH_EXONYM and fold(found[0][0].name) != fold(text):
            end, text = end + 1, text + "."
    return start, end, text


def _organisation_place(entity_text: str, gaz: Gazetteer, language: str | None,
                        words: PlaceWords) -> tuple[int, str] | None:
    """A place named inside an organisation's name: "Paris Police Department" → Paris, "University of Cincinnati"
    → Cincinnati, "Alexandria's Circuit Court" → Alexandria, "Air Zimbabwe" → Zimbabwe, "American Electric" →
    American (a division, or a town of ``TOWN`` people or more; at the end of the name, a country or first-level
    division only). Returns (offset in the name, words)."""
    tokens = [(m.start(), _POSSESSIVE.sub("", m.group())) for m in _WORD.finditer(entity_text)]
    for i, (_, word) in enumerate(tokens[:-1]):
        if normalise(word) in words.of_words:
            offset = tokens[i + 1][0]
            rest = entity_text[offset:]
            if rest[:1].isupper() and _named_place(gaz, rest, language, population=TOWN, classes="AP"):
                return offset, rest
    # the longest run of up to three words, leftmost first ("The Alexandria Blizzard", "Monday Alexandria Police")
    for n in range(min(3, len(tokens)), 0, -1):
        for i in range(len(tokens) - n + 1):
            offset = tokens[i][0]
            part = entity_text[offset:tokens[i + n - 1][0] + len(tokens[i + n - 1][1])]
            if not part[:1].isupper() or normalise(part) in words.directions or n == len(tokens):
                continue  # "Central", "Northwest": divisions somewhere, but here the start of a name
            last = i + n == len(tokens)
            # a one-word county name is as often a surname ("Williams"); "Henry County" is not
            if _named_place(gaz, part, language, population=10**9 if last else TOWN, classes="AP",
                            minor_divisions=n > 1 and not last) or (
                    i == 0 and any(match == MATCH_ADJECTIVE for _, match in gaz.lookup(part, language))):
                return offset, part
    return None


def _followed_by(body: str, end: int, words: frozenset[str]) -> bool:
    after = body[end:end + 30].split()
    return bool(after) and normalise(after[0].strip(".,;:")) in words


def _known_person(text: str, language: str | None) -> bool:
    """The actor knowledge base knows ``text`` as a person's name."""
    return any(hit.entry.kind == "person" for hit in actor_base().lookup(text, language or "xx"))


def _adjective_of_place(gaz: Gazetteer, text: str, language: str | None, words: PlaceWords) -> bool:
    """``text`` is the adjective of a country or region (the gazetteer's adjectives and exonyms, or a demonym
    ending turned into a country, division or region: "South Ossetian", "Dagestani")."""
    if any(match in (MATCH_ADJECTIVE, MATCH_EXONYM) for _, match in gaz.lookup(text, language)):
        return True
    return any(demonym and _named_place(gaz, variant, language, population=10**9, classes="AL",
                                        minor_divisions=False)
               for variant, demonym in name_variants(text, words))


def _modifies(body: str, end: int) -> bool:
    """A word follows (an adjective in use, "Russian troops"), rather than punctuation ("speaks French.")."""
    return bool(re.match(r" [^\W\d_]", body[end:end + 2]))


_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
MAX_NAME_WORDS = 3
NAMED = (MATCH_EXONYM, MATCH_NAME, MATCH_ALTERNATE)


def gazetteer_mentions(doc: Document, gaz: Gazetteer, taken: list[tuple[int, int]], *,
                       missed_only: bool = False) -> list[Mention]:
    """Runs of up to three words that name a country, division, region or town of ``TOWN`` people or more (as
    written, or in dictionary form), longest first, outside the ``taken`` spans. In scripts with capitals only
    capitalised words start a name. For languages with no recogniser this is how places are found; with
    ``missed_only`` (the recogniser ran and missed it) only the place's own name counts (any name of a country,
    first-level division, region or city of a million: "la Krim", "Járkov"), every word must be
    capitalised, towns need ``TOWN`` people, and a sentence's first word, short words and direction words are left
    alone ("Reading the report", "PA", "West")."""
    words = place_words(doc.language)
    spans = [(m.start(), m.end()) for m in _NAME_WORD.finditer(doc.body)]
    starts = {s.start for s in doc.sentences}
    matches = (MATCH_EXONYM, MATCH_NAME) if missed_only else NAMED
    found: list[Mention] = []
    taken_at = bytearray(len(doc.body) + 1)  # 1 where a taken span covers the character
    for a, b in taken:
        taken_at[a:b] = b"\x01" * (b - a)
    i = 0
    while i < len(spans):
        first = doc.body[spans[i][0]]
        if (first.lower() == first and first.upper() != first) or (missed_only and spans[i][0] in starts):
            i += 1  # a lower-case word in a script with capitals, or (recognised languages) a sentence's first word
            continue
        for n in range(min(MAX_NAME_WORDS, len(spans) - i), 0, -1):
            start, end = spans[i][0], spans[i + n - 1][1]
            text = doc.body[start:end].rstrip(".")
            end = start + len(text)
            if missed_only and (not all(w[0].isupper() for w in text.split())
                                or len(text.replace(".", "")) < 4 or normalise(text) in words.directions):
                continue  # also "PA", "Miss", "West": abbreviations and directions more often than places
            if any(taken_at[start:end]):
                continue
            variant = next((v for v in (text, *(v for v, demonym in name_variants(text, words) if not demonym))
                            if _named_place(gaz, v, doc.language, population=TOWN, matches=matches,
                                            minor_divisions=not missed_only) or (
                                missed_only and _named_place(gaz, v, doc.language, population=BIG_CITY,
                                                             matches=NAMED, minor_divisions=False))), None)
            if variant is not None:
                if variant != text and text.endswith(variant):  # a clitic written onto the name: left out
                    start = end - len(variant)
                found.append(Mention(start, end, doc.body[start:end]))
                i += n - 1
                break
        i += 1
    return found


def has_recogniser(language: str | None) -> bool:
    """The language has a statistical entity recogniser (``spacy_model`` in its nlp.json)."""
    return bool(language) and load_profile(language).spacy_model is not None


def place_mentions(doc: Document, gaz: Gazetteer) -> list[Mention]:
    """The place names of a document (docs/places.md lists the rules): location entities; country and region
    adjectives that modify a word ("Russian troops"); a name typed as a person or organisation that the gazetteer
    knows, after a preposition of place or origin ("in Gainesville"), before a division ("Alexandria, Va.") or a
    modifier's noun ("a Mansfield resident"); a person or organisation whose whole name is a country, a
    first-level division or an exonym ("the EU", "Tamil Nadu", "the White House" placed at Washington); a place
    inside an organisation's name ("Paris Police Department", "University of Cincinnati"); each part of a joined
    name ("Fargo-Moorhead"); capitalised names the recogniser missed (all names, in languages without one);
    datelines ("BEIRUT:"); and every other occurrence of a name taken. Generic words alone are dropped."""
    words, body, language = place_words(doc.language), doc.body, doc.language
    mentions: list[Mention] = []
    entities = sorted(enumerate(doc.entities), key=lambda item: item[1].start)
    next_location = {}
    for (_, a), (_, b) in zip(entities, entities[1:], strict=False):
        if b.type == "LOCATION" and _HIERARCHY.match(body[a.end:b.start]) and b.start - a.end <= 3:
            next_location[a.start] = b
    for i, e in entities:
        if _JOINED.search(e.text) and not gaz.lookup(e.text, language):
            # "Fargo-Moorhead", "Otter Tail/Grant", "Russian-American": each part that is a known place
            for part in _JOINED_PART.finditer(e.text):
                text = part.group()
                if _named_place(gaz, text, language, population=TOWN, minor_divisions=False) or (
                        any(match == MATCH_ADJECTIVE for _, match in gaz.lookup(text, language))):
                    mentions.append(Mention(e.start + part.start(), e.start + part.end(), text, None))
            continue
        if e.type == "LOCATION":
            if _known_person(e.text, language) and not _named_place(gaz, e.text, language, population=TOWN,
                                                                    minor_divisions=False):
                continue  # "Buhari", "Modi": a leader the recogniser took for a place (a hamlet has the name)
            start, end, text = _location_span(body, e.start, e.end, e.text, gaz, language, words)
            if not gaz.lookup(text, language) and (inner := _organisation_place(text, gaz, language, words)):
                # "Henderson County Jail", "Vancouver International Airport": the place the name starts with
                offset, text = inner
                start, end = start + offset, start + offset + len(text)
            mentions.append(Mention(start, end, text, i))
        elif e.type == "MISC":
            plural = e.text.endswith("s") and _adjective_of_place(gaz, e.text[:-1], language, words)
            if _named_place(gaz, e.text, language, population=TOWN, minor_divisions=False) or (
                    not plural and _modifies(body, e.end) and _adjective_of_place(gaz, e.text, language, words)):
                mentions.append(Mention(e.start, e.end, e.text, i))
        elif e.type in ("ORG", "PERSON"):
            if e.type == "PERSON" and e.canonical is not None:
                continue
            cued = (_preceded_by(body, e.start, words.locative | words.origin) or e.start in next_location
                    or _followed_by(body, e.end, words.followers))
            if (cued and _named_place(gaz, e.text, language)) or _named_place(
                    gaz, e.text, language, population=10**9, classes="A", minor_divisions=False) or any(
                    match == MATCH_EXONYM for _, match in gaz.lookup(e.text, language)):
                mentions.append(Mention(e.start, e.end, e.text, i))
            elif e.type == "ORG" and (inner := _organisation_place(e.text, gaz, language, words)):
                offset, text = inner
                mentions.append(Mention(e.start + offset, e.start + offset + len(text), text, None))
    taken = [(m.start, m.end) for m in mentions]
    if has_recogniser(language):
        taken += [(e.start, e.end) for e in doc.entities]
    mentions += gazetteer_mentions(doc, gaz, taken, missed_only=has_recogniser(language))
    for dateline in _DATELINE.finditer(body):
        start, end = dateline.span(1)
        if not any(m.start < end and start < m.end for m in mentions) and _named_place(gaz, dateline.group(1),
                                                                                     language):
            mentions.append(Mention(start, end, dateline.group(1)))
    # a one-word name that is the surname of a person named in full ("coach Ripley" after "Darren Ripley") is that
    # person, unless a preposition of place or a division says otherwise ("in Ripley, West Virginia"), or it is a
    # country or first-level division
    surnames = {e.text.split()[-1] for e in doc.entities if e.type == "PERSON" and " " in e.text}
    alone = words.generic | words.directions  # "Centre", "Eastern": never a place by themselves
    mentions = [m for m in mentions if normalise(m.text) not in alone and not (
        m.text in surnames and not _preceded_by(body, m.start, words.locative) and m.start not in next_location
        and not _named_place(gaz, m.text, language, population=10**9, classes="AL", minor_divisions=False))]
    return sorted(mentions + _repeated_names(doc, mentions, gaz, surnames), key=lambda m: m.start)


def _repeated_names(doc: Document, mentions: list[Mention], gaz: Gazetteer,
                    surnames: set[str]) -> list[Mention]:
    """One name, one sense, in an article: every other occurrence of a name already taken for a place that the
    gazetteer knows ("Fargo plans to …", a town the recogniser called a person once) is a place too — unless it is
    a known person's name or lies inside a longer name ("Andrew Jackson", "Dubai World Cup")."""
    types: dict[str, Counter] = defaultdict(Counter)
    for e in doc.entities:
        types[e.text][e.type == "LOCATION"] += 1
    # not where the recogniser calls the name something else more than twice as often as a place ("Bell", a
    # victim's surname typed as an organisation throughout, is not a town because it once followed "in")
    names = {m.text for m in mentions if len(m.text) >= 4 and m.text[:1].isupper() and m.text not in surnames
             and 2 * (types[m.text][True] + 1) >= types[m.text][False]
             and any(match != MATCH_ADJECTIVE for _, match in gaz.lookup(m.text, doc.language))}
    if not names:
        return []
    taken = [(m.start, m.end) for m in mentions]
    found = []
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                         + r")(?![\w-])")
    for match in pattern.finditer(doc.body):
        start, end = match.span()
        if any(a < end and start < b for a, b in taken):
            continue
        inside = [e for e in doc.entities if e.start <= start and end <= e.end]
        if any(((e.start, e.end) != (start, end) and e.type in ("PERSON", "MISC"))
               or (e.type == "PERSON" and e.canonical is not None) for e in inside):
            continue  # "Jackson" in "Andrew Jackson", "Dubai" in "Dubai World Cup", or a known person
        found.append(Mention(start, end, match.group()))
        taken.append((start, end))
    return found


def resolve_document(doc: Document, mentions: list[Mention], gaz: Gazetteer) -> list[PlaceMention]:
    """Place records for ``mentions`` of ``doc`` (those with a candidate), resolved together with the article's
    actors and site as context."""
    resolver = Resolver(gaz, doc.language)
    choices = resolver.resolve(doc.body, mentions, actor_countries(doc), site_country(doc))
    places = []
    for mention, choice in zip(mentions, choices, strict=True):
        if choice is None:
            continue
        p = choice.place
        places.append(PlaceMention(
            text=mention.text, start=mention.start, end=mention.end, sentence=doc.sentence_of(mention.start),
            confidence=choice.confidence, name=p.name, geonames=p.geonameid, key=p.key, lat=p.lat, lon=p.lon,
            country=p.country, admin1=p.admin1, feature_class=p.feature_class, feature_code=p.feature_code,
            entity=mention.entity))
    return places


# -- event locations -------------------------------------------------------------------------------------------

def _token_at(doc: Document, starts: list[int], offset: int) -> int | None:
    """Index of the token covering ``offset`` (``starts``: the tokens' start offsets, in order)."""
    i = bisect_right(starts, offset) - 1
    return i if i >= 0 and offset < doc.tokens[i].end else None


def _introduced(doc: Document, i: int, words: frozenset[str]) -> bool:
    """Token ``i`` follows a preposition of place, across determiners and adjectives ("in eastern Ukraine",
    "dans l'est")."""
    sentence, text = doc.tokens[i].sentence, doc.body
    j, seen = i - 1, 0
    while j >= 0 and seen < 4 and doc.tokens[j].sentence == sentence:
        token = doc.tokens[j]
        word = normalise(text[token.start:token.end])
        pair = normalise(text[doc.tokens[j - 1].start:token.end]) if j > 0 else word
        if word in words or normalise(token.lemma) in words or pair in words:
            return True
        if token.pos not in ("DET", "ADJ", "NUM"):
            return False
        j, seen = j - 1, seen + 1
    return False


def _overlaps(place: PlaceMention, span) -> bool:
    return span is not None and place.start < span.end and span.start < place.end


def _attached(doc: Document, place: int, anchors: set[int], words: frozenset[str]) -> int | None:
    """Steps from token ``place`` up its heads to one of ``anchors`` (at most three, no verb between), when the
    phrase on the way is introduced by a preposition of place, or the place is an anchor's direct object; None
    otherwise."""
    node, path = place, []
    for steps in range(1, 4):
        path.append(node)
        head = doc.tokens[node].head
        if head == node or head < 0:
            return None
        if head in anchors:
            if any(_introduced(doc, n, words) for n in path):
                return steps
            # the object of the act itself: "shelled Kharkiv", "entered Mosul"
            return steps if steps == 1 and doc.tokens[node].dep in OBJECTS else None
        if doc.tokens[head].pos in ("VERB", "AUX"):
            return None
        node = head
    return None


def event_location(doc: Document, event: Event, places: list[tuple[int, PlaceMention]], starts: list[int],
                   parsed: bool = True) -> Location | None:
    """Where ``event`` happened: one of ``places`` (index, mention) of its sentence, or None. ``starts`` are the
    start offsets of ``doc.tokens``; ``parsed`` says whether they carry a dependency parse.

    With a parse, the place must hang from the trigger, or from the word the trigger hangs from ("morts lors d'une
    escarmouche … dans la région du Donbass"), through a preposition of place and no other verb; without one, it
    must follow a preposition of place within 80 characters of the trigger. A place that is the event's source or
    target is not its location — except the target of a material act or a visit that no such phrase places
    ("shelled Kharkiv", "sent aid to Syria", "visited Tehran"): an accused or condemned country is not where the
    accusation happened."""
    words = locative_words(event.language or doc.language)
    trigger = _token_at(doc, starts, event.trigger.start) if doc.tokens else None
    best: tuple[tuple[int, int], int, PlaceMention] | None = None
    target_place: tuple[int, PlaceMention] | None = None
    for index, place in places:
        if _overlaps(place, event.target_span):
            target_place = target_place or (index, place)
            continue
        if _overlaps(place, event.source_span):
            continue
        token = _token_at(doc, starts, place.start)
        if token is None or trigger is None:
            continue
        chars = min(abs(place.start - event.trigger.end), abs(event.trigger.start - place.end))
        if parsed:
            anchors = {trigger, doc.tokens[trigger].head}
            steps = _attached(doc, token, anchors, words)
            if steps is None:
                continue
            rank = (steps, chars)
        elif chars <= 80 and _introduced(doc, token, words):
            rank = (0, chars)
        else:
            continue
        if best is None or rank < best[0]:
            best = (rank, index, place)
    if target_place is not None and event.cameo == VISIT and not event.alleged:
        index, place = target_place  # "s'est rendu à Bruxelles puis à Kiev": each visit where its host is
    elif best is not None:
        _, index, place = best
    elif target_place is not None and event.quad_class in MATERIAL and not event.alleged:
        index, place = target_place
    else:
        return None
    return Location(place=index, name=place.name, geonames=place.geonames, lat=place.lat, lon=place.lon,
                    country=place.country)


class Geocode(Stage):
    """Place mentions → ``Document.places``; ``Entity.geonames`` for resolved locations; ``Event.location``."""

    name = "geocode"

    def __init__(self, gaz: Gazetteer | None = None,
                 mentions: Callable[[Document, Gazetteer], Iterable[Mention]] = place_mentions) -> None:
        self._gaz = gaz
        self.mentions = mentions

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gaz is None:
            self._gaz = gazetteer()
        return self._gaz

    def process(self, doc: Document) -> None:
        doc.places = resolve_document(doc, list(self.mentions(doc, self.gazetteer)), self.gazetteer)
        for place in doc.places:
            if place.entity is not None and place.geonames is not None:
                doc.entities[place.entity].geonames = place.geonames
        by_sentence: dict[int, list[tuple[int, PlaceMention]]] = defaultdict(list)
        for i, place in enumerate(doc.places):
            by_sentence[place.sentence].append((i, place))
        starts = [token.start for token in doc.tokens]
        parsed = any(token.head != i for i, token in enumerate(doc.tokens))
        for event in doc.events:
            event.location = event_location(doc, event, by_sentence.get(event.sentence, []), starts, parsed)
