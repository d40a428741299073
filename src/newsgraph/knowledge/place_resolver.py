"""Choosing among namesakes: the candidates of every place name of an article scored together (docs/places.md).

Every candidate of every distinct name gets a feature vector — a prior (population, kind of place, how the name
matched, capital) and the article's context over the other names' current choices (same country or division,
within 200 km, the country or division itself named, actor countries, the site's country) — and a score, the
weighted sum. Context is first taken from every name's best prior at once, then names settle one at a time, again
from each division several names could lie in; the settled choices with the highest total score win. The
weights are data (``data/geo/resolver.json``), fitted on gold toponyms by ``scripts/train_geocoder.py``;
:data:`HAND_WEIGHTS` stand in without the file.

The written hierarchy "Springfield, Illinois" / "Paris (Texas)" decides outright: only candidates inside the
division written next to the name stay; so does a curated exonym ("Atlantic" is the ocean). One name means one
place throughout an article. The confidence is the margin between the best candidate and the next, squashed into
[0.3, 0.99].
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache

from newsgraph.knowledge import data_dir
from newsgraph.knowledge.gazetteer import (
    MATCH_ADJECTIVE,
    MATCH_EXONYM,
    MATCH_NAME,
    Gazetteer,
    Place,
    cameo_countries,
    distance_km,
    fold,
)
from newsgraph.knowledge.place_words import name_variants, place_words
from newsgraph.records import Document

MAX_CANDIDATES = 40
SWEEPS = 3
# restarts from the divisions most shared by the names' first candidates (not for long lists of names: their cost
# grows with the square of the names)
RESTARTS, SHARED_CANDIDATES, RESTART_NAMES = 4, 10, 50
NEAR_KM, CLOSE_KM = 200.0, 50.0
# A city of this size is what a bare name means even when a division shares it ("New York", "Hanoi").
BIG_CITY = 1_000_000
REGION_POPULATION = 1_000_000
# A town at least this big counts as a place on weaker evidence (a demonym, an organisation named after it).
TOWN = 100_000
# Country-code top-level domains that are not ISO codes.
TLD_COUNTRY = {"uk": "GB"}
# What is written between a name and the division it lies in: "Springfield, Illinois", "Paris (Texas)".
HIERARCHY_GAP = re.compile(r"\s*(?:,|\(|-|–)\s*$")


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
    confidence: float


def is_country(place: Place) -> bool:
    """A country or dependent territory (GeoNames PCL* or TERR)."""
    return place.feature_code.startswith("PCL") or place.feature_code == "TERR"


def _is_point(place: Place) -> bool:
    """Small enough for distances to it to mean something: not a country, first-level division or region."""
    return not (is_country(place) or place.feature_code == "ADM1" or place.feature_class == "L")


def _contains(outer: Place, inner: Place) -> bool:
    """``outer`` is the country or first-level division ``inner`` lies in."""
    if outer.country is None or outer.country != inner.country or outer.key == inner.key:
        return False
    if is_country(outer):
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
                "close": 0.6, "country_mentioned": 0.0, "admin1_mentioned": 0.0, "actor_country": 1.0,
                "site_country": 1.0, "unsupported_population": 0.0, "country_share": 0.0, "admin1_share": 0.0}
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
    return [math.log10(population + 1), float(is_country(place)), float(code == "ADM1"),
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
    features: list[float]  # prior features; the context ones are appended when scoring


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
              home: str | None = None) -> tuple[list[str], dict[str, list[Candidate]], Vectors]:
        """Everything the resolver scores: each mention's name key, the candidates of each name, and the full
        feature vectors (one list per name, one vector per candidate) in the context of the settled choices. Used
        by :meth:`resolve` and by the training script."""
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
        order = list(dict.fromkeys(k for k in keys if k in options))

        def vectors_of(key: str, chosen: dict[str, Place]) -> list[list[float]]:
            return [c.features + self._context(c.place, key, chosen, countries, home) for c in options[key]]

        def settle(chosen: dict[str, Place]) -> dict[str, Place]:
            # one name at a time, in the text's order, until none changes: changed all at once, two names can
            # swap for ever ("Huntsville" and "Walker County" each following the other's last state)
            for _ in range(SWEEPS):
                changed = False
                for key in order:
                    place = options[key][self.best(vectors_of(key, chosen))[0]].place
                    changed |= place.key != chosen[key].key
                    chosen[key] = place
                if not changed:
                    break
            return chosen

        def total(chosen: dict[str, Place]) -> float:
            """The choices' summed score, each in the context of all the others."""
            return sum(self.score(c.features + self._context(c.place, key, chosen, countries, home))
                       for key in order for c in options[key] if c.place.key == chosen[key].key)

        # one round for every name at once, each other name at its best prior
        priors = {key: cands[0].place for key, cands in options.items()}
        start = {key: options[key][self.best(vectors_of(key, priors))[0]].place for key in options}
        best = settle(dict(start))
        # settling one name at a time cannot move two together ("Paris" and "Henry County" both to Tennessee):
        # start again from each division several names could lie in, and keep the choices that score best
        shared = Counter(area for cands in options.values()
                         for area in {(c.place.country, c.place.admin1) for c in cands[:SHARED_CANDIDATES]
                                      if c.place.admin1 and not is_country(c.place)})
        if 1 < len(order) <= RESTART_NAMES:
            best_total = total(best)
            for area, names in shared.most_common(RESTARTS):
                if names < 2:
                    break
                moved = {key: next((c.place for c in options[key][:SHARED_CANDIDATES]
                                    if (c.place.country, c.place.admin1) == area), place)
                         for key, place in start.items()}
                if all(moved[key].key == best[key].key for key in order):
                    continue
                candidate = settle(moved)
                if (candidate_total := total(candidate)) > best_total + 1e-9:
                    best, best_total = candidate, candidate_total
        return keys, options, {key: vectors_of(key, best) for key in options}

    def score(self, vector: list[float]) -> float:
        """A candidate's score: its features weighted."""
        return sum(w * f for w, f in zip(self.weights, vector, strict=True))

    def best(self, vectors: list[list[float]]) -> tuple[int, list[float]]:
        """The index of the best-scoring candidate, and every candidate's score."""
        scores = [self.score(v) for v in vectors]
        return max(range(len(scores)), key=scores.__getitem__), scores

    def resolve(self, body: str, mentions: list[Mention], countries: Counter | None = None,
                home: str | None = None) -> list[Choice | None]:
        """The chosen place of each mention (None: no candidate). ``countries`` are actor countries by weight,
        ``home`` the site's country."""
        keys, options, vectors = self.table(body, mentions, countries, home)
        result: list[Choice | None] = []
        for key in keys:
            if key not in options:
                result.append(None)
                continue
            best, scores = self.best(vectors[key])
            ranked = sorted(scores, reverse=True)
            margin = ranked[0] - ranked[1] if len(ranked) > 1 else 4.0
            confidence = min(0.99, max(0.3, 1 / (1 + math.exp(-(margin - 0.5)))))
            result.append(Choice(options[key][best].place, round(confidence, 3)))
        return result

    def _written_hierarchy(self, body: str, mentions: list[Mention], keys: list[str],
                           options: dict[str, list[Candidate]]) -> dict[str, tuple[list[Place], ...]]:
        """For names written as "X, Y" or "X (Y)": Y's candidates, that X's place should lie in."""
        found: dict[str, tuple[list[Place], ...]] = defaultdict(tuple)
        ordered = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
        for a, b in zip(ordered, ordered[1:], strict=False):
            first, second = mentions[a], mentions[b]
            gap = body[first.end:second.start]
            if len(gap) > 3 or not HIERARCHY_GAP.match(gap) or keys[b] not in options or keys[a] not in options:
                continue
            found[keys[a]] += ([c.place for c in options[keys[b]]],)
        return found

    @staticmethod
    def _context(place: Place, key: str, chosen: dict[str, Place], countries: Counter | None,
                 home: str | None) -> list[float]:
        same_country = same_admin1 = near = close = 0
        country_mentioned = admin1_mentioned = 0.0
        for other_key, other in chosen.items():
            if other_key == key or other.key == place.key:
                continue  # another name for the same place says nothing for it ("MEXICO CITY" for "Mexico")
            if _contains(other, place):
                if is_country(other):
                    country_mentioned = 1.0
                else:
                    admin1_mentioned = 1.0
            if other.country and other.country == place.country:
                same_country += 1
                if place.admin1 and other.admin1 == place.admin1 and not is_country(other):
                    same_admin1 += 1
            # (a degree of latitude is 111 km: farther apart than NEAR_KM needs no great-circle distance)
            if _is_point(other) and _is_point(place) and abs(place.lat - other.lat) * 111.2 <= NEAR_KM:
                distance = distance_km(place.lat, place.lon, other.lat, other.lon)
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
