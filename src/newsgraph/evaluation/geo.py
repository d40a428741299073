"""Geoparsing against Pragmatic-Guide XML gold (LGL, GeoWebNews, and other files of the same format).

Reader
    ``<articles><article …><text>…</text><toponyms><toponym>…</toponym>…</toponyms></article>…</articles>``. A
    toponym has ``<start>``/``<end>`` character offsets into the article text, its words (``<phrase>`` in LGL,
    ``<extractedName>`` in GeoWebNews) and a location: a GeoNames id (``<gaztag geonameid="…">`` or
    ``<geonamesID>``) and/or coordinates (``<lat>``/``<lon>`` inside the gaztag, or ``<latitude>``/``<longitude>``).
    Tag names are matched without regard to case. Offsets that do not point at the toponym's words are moved to
    the nearest place the words occur; toponyms whose words are nowhere in the text are dropped (GeoWebNews has 5
    with negative offsets). A file that is not well-formed XML is read article by article, skipping broken ones.
    GeoWebNews marks each toponym with a ``<type>``: expressions ("the church"), non-toponyms, demonyms, language
    names and homonyms are not place names to recognise (``NOT_TOPONYMS``), nor is a ``nonLocational`` one; every
    other toponym is, with or without a location.

Scores
    Distances are great-circle (haversine, Earth radius 6371.0088 km). Every gold toponym with a location counts:
    a toponym left unresolved, or (end to end) not recognised, gets the largest error, ``MAX_KM`` = 20039 km
    (half the Earth's circumference), as in Gritta et al.
    ``acc161`` is the share of errors ≤ 161 km (100 miles); ``mean_km`` and ``median_km`` the mean and median error;
    ``auc`` the area under the curve of the sorted errors' scaled logarithms, y_i = ln(1 + e_i) / ln(20039), taken
    with the trapezoidal rule over unit steps and divided by n − 1 (``np.trapz(np.log(sorted_errors + 1)) /
    (np.log(20039) * (n - 1))``, the definition of Gritta et al., "What's missing in geographical parsing?", 2018,
    and their "Pragmatic Guide", 2019); 0 is perfect, 1 every toponym at the antipode; with one toponym it is its
    own y. Lower is better.
    Resolution given gold spans: every gold toponym with a location is resolved from its span.
    End to end: predicted places are paired with gold toponyms; for resolution a prediction is paired with a gold
    toponym whose span it overlaps (one to one, largest overlap first); recognition ``precision``/``recall``/``f1``
    count exact-span matches against the recognisable gold toponyms, ``overlap_*`` the one-to-one overlapping
    pairs. A prediction on a span the gold marks as not a toponym counts as a false positive.
"""

from __future__ import annotations

import math
import re
import statistics
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph.evaluation.matching import greedy_pairs
from newsgraph.knowledge.gazetteer import Gazetteer, Place, distance_km

MAX_KM = 20039.0
ACC_KM = 161.0
NOT_TOPONYMS = frozenset({"non_toponym", "literal_expression", "non_lit_expression", "demonym", "language",
                          "homonym"})


class GoldError(ValueError):
    """The gold file cannot be read (message for the user)."""


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    name: str
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    type: str | None = None  # GeoWebNews: Literal, Metonymic, Literal_Expression …
    toponym: bool = True  # a place name to recognise (False: expressions, demonyms, non-locational uses …)

    @property
    def located(self) -> bool:
        return self.geonameid is not None or (self.lat is not None and self.lon is not None)


@dataclass
class GoldArticle:
    id: str
    text: str
    title: str | None = None
    url: str | None = None
    toponyms: list[GoldToponym] = field(default_factory=list)


@dataclass(frozen=True)
class Predicted:
    """A place found in an article: its span and coordinates (``geonameid`` for reference only)."""

    start: int
    end: int
    lat: float | None
    lon: float | None
    geonameid: int | None = None


# -- reading ---------------------------------------------------------------------------------------------------

def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _find(elem: ET.Element, *names: str) -> ET.Element | None:
    """The first child, else descendant, whose tag is one of ``names`` (case-insensitive)."""
    for child in elem:
        if _local(child.tag) in names:
            return child
    for child in elem.iter():
        if child is not elem and _local(child.tag) in names:
            return child
    return None


def _text(elem: ET.Element, *names: str) -> str | None:
    found = _find(elem, *names)
    value = (found.text or "").strip() if found is not None else ""
    return value or None


def _number(value: str | None, kind=float):
    try:
        return kind(value.strip()) if value and value.strip() else None
    except ValueError:
        return None


def _geonameid(elem: ET.Element) -> int | None:
    gaz = _find(elem, "gaztag")
    for value in (gaz.get("geonameid") if gaz is not None else None, _text(elem, "geonamesid", "geonameid")):
        number = _number(value, int) if value and value.strip().isdigit() else None
        if number:
            return number
    return None


def _place_offsets(text: str, start: int | None, end: int | None, name: str) -> tuple[int, int] | None:
    """Offsets of the toponym's words: as given when they point at them, else the nearest occurrence."""
    if start is not None and end is not None and 0 <= start < end <= len(text) and (
            not name or text[start:end] == name):
        return start, end
    if not name:
        return None
    hits = [m.start() for m in re.finditer(re.escape(name), text)]
    if not hits:
        return None
    best = min(hits, key=lambda i: abs(i - (start or 0)))
    return best, best + len(name)


def _toponym(elem: ET.Element, text: str) -> GoldToponym | None:
    name = _text(elem, "phrase", "extractedname") or ""
    offsets = _place_offsets(text, _number(_text(elem, "start"), int), _number(_text(elem, "end"), int), name)
    if offsets is None:
        return None
    scope = _find(elem, "gaztag")
    scope = scope if scope is not None else elem
    lat = _number(_text(scope, "lat", "latitude"))
    lon = _number(_text(scope, "lon", "lng", "longitude"))
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        lat = lon = None
    kind = _text(elem, "type")
    non_locational = (_text(elem, "nonlocational") or "").lower() in ("yes", "true", "1")
    toponym = not non_locational and (kind or "").lower() not in NOT_TOPONYMS
    return GoldToponym(start=offsets[0], end=offsets[1], name=name or text[offsets[0]:offsets[1]],
                       geonameid=_geonameid(elem), lat=lat, lon=lon, type=kind, toponym=toponym)


def _article(elem: ET.Element, number: int) -> GoldArticle | None:
    text = _find(elem, "text")
    if text is None:
        return None
    body = "".join(text.itertext())
    ident = elem.get("docid") or elem.get("file") or elem.get("id") or str(number)
    toponyms = []
    for item in elem.iter():
        if _local(item.tag) == "toponym":
            toponym = _toponym(item, body)
            if toponym is not None:
                toponyms.append(toponym)
    toponyms.sort(key=lambda t: (t.start, t.end))
    return GoldArticle(id=ident, text=body, title=_text(elem, "title"), url=_text(elem, "url", "link"),
                       toponyms=toponyms)


_ARTICLE = re.compile(r"<article\b.*?</article\s*>", re.S | re.I)


def read_gold(path: str | Path) -> list[GoldArticle]:
    """The articles of a Pragmatic-Guide XML gold file."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise GoldError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    try:
        elements = [e for e in ET.fromstring(raw).iter() if _local(e.tag) == "article"]
    except ET.ParseError:
        # not well-formed: article by article
        elements = []
        for match in _ARTICLE.finditer(raw.decode("utf-8", errors="replace")):
            try:
                elements.append(ET.fromstring(match.group(0)))
            except ET.ParseError:
                continue
    articles = [a for i, e in enumerate(elements) if (a := _article(e, i)) is not None]
    if not articles:
        raise GoldError(f"{path}: no <article> with a <text> found (expected Pragmatic-Guide XML)")
    return articles


def gold_point(toponym: GoldToponym, gazetteer: Gazetteer | None = None) -> tuple[float, float] | None:
    """The gold coordinates: as given, else those of the gold GeoNames id in the gazetteer."""
    if toponym.lat is not None and toponym.lon is not None:
        return toponym.lat, toponym.lon
    if toponym.geonameid is not None and gazetteer is not None:
        place = gazetteer.get(toponym.geonameid)
        if place is not None and place.lat is not None and place.lon is not None:
            return place.lat, place.lon
    return None


# -- scoring ---------------------------------------------------------------------------------------------------

def auc(errors: Iterable[float]) -> float:
    """Area under the curve of sorted ln(1 + error km) / ln(20039), trapezoidal, normalised to [0, 1]."""
    ys = [math.log(1 + min(e, MAX_KM)) / math.log(MAX_KM) for e in sorted(errors)]
    if not ys:
        return 0.0
    if len(ys) == 1:
        return ys[0]
    return sum((a + b) / 2 for a, b in zip(ys, ys[1:], strict=False)) / (len(ys) - 1)


def _prf(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = hits / predicted if predicted else 0.0
    r = hits / gold if gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _pair_overlapping(predicted: list[Predicted], gold: list[GoldToponym]) -> list[tuple[int, int]]:
    """One-to-one (predicted index, gold index) pairs of overlapping spans, largest overlap first."""
    return greedy_pairs(predicted, gold, lambda p, g: _overlap((p.start, p.end), (g.start, g.end)))


@dataclass
class Tally:
    """Running counts over the articles of one gold file; ``scores()`` gives the reported figures."""

    errors: list[float] = field(default_factory=list)  # km, one per gold toponym with a location
    same_id: int = 0  # of those, predictions with the gold's own GeoNames id (whatever the distance)
    same_id_far: int = 0  # … that are still more than ACC_KM from the gold's coordinates (an older dump's)
    recognised_errors: list[float] = field(default_factory=list)  # end to end: those whose span was found
    unresolved: int = 0  # gold toponyms with a location that got no prediction (or none with coordinates)
    unlocated: int = 0  # gold toponyms with a GeoNames id the gazetteer cannot place (not scored)
    articles: int = 0
    gold: int = 0  # recognisable gold toponyms
    predicted: int = 0
    exact: int = 0
    overlapping: int = 0
    end_to_end: bool = False

    def _error(self, point: tuple[float, float], predicted: Predicted | None, toponym: GoldToponym) -> float:
        if predicted is None or predicted.lat is None or predicted.lon is None:
            self.unresolved += 1
            return MAX_KM
        error = distance_km(point[0], point[1], predicted.lat, predicted.lon)
        if toponym.geonameid is not None and predicted.geonameid == toponym.geonameid:
            self.same_id += 1
            self.same_id_far += error > ACC_KM
        return error

    def add_resolved(self, article: GoldArticle, resolved: dict[tuple[int, int], Predicted | None],
                     gazetteer: Gazetteer | None = None) -> None:
        """Resolution given gold spans: ``resolved`` maps each gold (start, end) to its prediction (or None)."""
        self.articles += 1
        for toponym in article.toponyms:
            if not toponym.located:
                continue
            point = gold_point(toponym, gazetteer)
            if point is None:
                self.unlocated += 1
                continue
            self.errors.append(self._error(point, resolved.get((toponym.start, toponym.end)), toponym))

    def add_predicted(self, article: GoldArticle, predicted: list[Predicted],
                      gazetteer: Gazetteer | None = None) -> None:
        """End to end: the article's predicted places against all its gold toponyms."""
        self.end_to_end = True
        self.articles += 1
        recognisable = [t for t in article.toponyms if t.toponym]
        spans = {(t.start, t.end) for t in recognisable}
        self.gold += len(spans)
        self.predicted += len({(p.start, p.end) for p in predicted})
        self.exact += len(spans & {(p.start, p.end) for p in predicted})
        self.overlapping += len(_pair_overlapping(predicted, recognisable))
        located = [t for t in article.toponyms if t.located]
        paired = {j: predicted[i] for i, j in _pair_overlapping(predicted, located)}
        for j, toponym in enumerate(located):
            point = gold_point(toponym, gazetteer)
            if point is None:
                self.unlocated += 1
                continue
            error = self._error(point, paired.get(j), toponym)
            self.errors.append(error)
            if j in paired:
                self.recognised_errors.append(error)

    def scores(self) -> dict:
        n = len(self.errors)
        result = {
            "articles": self.articles,
            "toponyms": n,
            "acc161": sum(e <= ACC_KM for e in self.errors) / n if n else 0.0,
            # the gold's own GeoNames id counted right even where the file's coordinates for it are old
            "acc161_or_same_id": (sum(e <= ACC_KM for e in self.errors) + self.same_id_far) / n if n else 0.0,
            "same_id": self.same_id / n if n else 0.0,
            "mean_km": statistics.fmean(self.errors) if n else 0.0,
            "median_km": statistics.median(self.errors) if n else 0.0,
            "auc": auc(self.errors),
            "unresolved": self.unresolved,
            "unlocated_gold": self.unlocated,
        }
        if self.end_to_end:
            p, r, f = _prf(self.exact, self.predicted, self.gold)
            op, orr, of = _prf(self.overlapping, self.predicted, self.gold)
            recognised = self.recognised_errors
            result.update({
                "recognition_precision": p, "recognition_recall": r, "recognition_f1": f,
                "overlap_precision": op, "overlap_recall": orr, "overlap_f1": of,
                "gold_toponyms": self.gold, "predicted_toponyms": self.predicted,
                "acc161_recognised": sum(e <= ACC_KM for e in recognised) / len(recognised) if recognised else 0.0,
            })
        return result


# -- the baseline ----------------------------------------------------------------------------------------------

def baseline_resolve(gazetteer: Gazetteer, name: str, language: str | None = None) -> Place | None:
    """The most populous candidate with coordinates (ties: the gazetteer's order), None if there is none."""
    best = None
    for place in gazetteer.candidates(name, language):
        if place.lat is not None and (best is None or place.population > best.population):
            best = place
    return best


def evaluate_gold_spans(articles: list[GoldArticle], gazetteer: Gazetteer,
                        resolve: Callable[[Gazetteer, str], Place | None] = baseline_resolve) -> dict:
    """Resolution given gold spans: ``resolve(gazetteer, words)`` for every located gold toponym (the baseline by
    default). Adds ``no_candidate``, the share of those toponyms whose words have no candidate in the gazetteer,
    and ``articles_per_second``."""
    tally, without, asked = Tally(), 0, 0
    started = time.perf_counter()
    for article in articles:
        resolved: dict[tuple[int, int], Predicted | None] = {}
        for toponym in article.toponyms:
            if not toponym.located:
                continue
            words = article.text[toponym.start:toponym.end]
            asked += 1
            if not gazetteer.candidates(words):
                without += 1
            place = resolve(gazetteer, words)
            resolved[(toponym.start, toponym.end)] = None if place is None else Predicted(
                toponym.start, toponym.end, place.lat, place.lon, place.geonameid)
        tally.add_resolved(article, resolved, gazetteer)
    elapsed = time.perf_counter() - started
    return {**tally.scores(), "no_candidate": without / asked if asked else 0.0,
            "articles_per_second": len(articles) / elapsed if elapsed else 0.0}


# -- newsgraph's geoparser -------------------------------------------------------------------------------------

MODES = ("gold-spans", "end-to-end")


def evaluate(articles: list[GoldArticle], gazetteer: Gazetteer, *, language: str | None = None,
             modes: Iterable[str] = MODES, batch_size: int = 16, progress=None) -> dict[str, dict]:
    """Score newsgraph's geocoding on gold articles, per mode: ``gold-spans`` resolves the gold toponyms' spans,
    ``end-to-end`` recognises and resolves on its own. Both see the article as the pipeline annotates it (the
    language, entities and linked actors are context). Each mode's ``articles_per_second`` includes the
    annotation. ``language`` overrides detection (the language stage runs otherwise)."""
    from newsgraph.knowledge.place_resolver import Mention
    from newsgraph.pipeline import Pipeline
    from newsgraph.records import Article
    from newsgraph.stages.geocode import place_mentions, resolve_document

    modes = tuple(modes)
    stages = ("nlp", "lexicon", "link") if language else ("language", "nlp", "lexicon", "link")
    pipeline = Pipeline(only=stages)
    tallies = {mode: Tally() for mode in modes}
    seconds = dict.fromkeys(modes, 0.0)
    annotate = 0.0
    for i in range(0, len(articles), batch_size):
        batch = articles[i:i + batch_size]
        started = time.perf_counter()
        docs = pipeline([Article(input=a.id, kind="text", text=a.text, title=a.title, url=a.url, language=language)
                         for a in batch])
        annotate += time.perf_counter() - started
        for article, doc in zip(batch, docs, strict=True):
            for mode in modes:
                started = time.perf_counter()
                if doc.error:
                    places = []
                elif mode == "gold-spans":
                    spans = [Mention(t.start, t.end, article.text[t.start:t.end]) for t in article.toponyms
                             if t.located]
                    places = resolve_document(doc, spans, gazetteer)
                else:
                    places = resolve_document(doc, place_mentions(doc, gazetteer), gazetteer)
                predicted = [Predicted(p.start, p.end, p.lat, p.lon, p.geonames) for p in places]
                seconds[mode] += time.perf_counter() - started
                if mode == "gold-spans":
                    tallies[mode].add_resolved(article, {(p.start, p.end): p for p in predicted}, gazetteer)
                else:
                    tallies[mode].add_predicted(article, predicted, gazetteer)
        if progress is not None:
            progress.update(len(batch))
    result = {}
    for mode in modes:
        elapsed = annotate + seconds[mode]
        result[mode] = {**tallies[mode].scores(),
                        "articles_per_second": round(len(articles) / elapsed, 1) if elapsed else 0.0}
    return result
