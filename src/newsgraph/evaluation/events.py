"""Event coding against gold sentences: UniversalPetrarch validation XML and PLOVER gold JSON.

Readers
    * validation XML (``PETR2_GSR_validation.xml``, ``spanish_protest_plover_validation.xml``,
      ``PETR.UnitTest.records.xml``): ``<Sentence id date evaluate …>`` records with ``<EventCoding sourcecode
      targetcode eventcode plover>`` (or ``noevents="True"``) and ``<Text>``. Read leniently, record by record,
      since these files are not always well-formed XML. Records with ``evaluate="false"`` are skipped.
    * PLOVER gold JSON (``PLOVER_GSR_CAMEO.json``): a list of ``{id, date, source: [{code, sector}], target,
      event, text, language}``; the ``DOCUMENT`` record is skipped.

Scores (per file; keys in docs/evaluation.md)
    Within each sentence, predicted and gold events are paired one to one, best first (same source, target and
    action; then same action; then same actors; then any). ``detection_*`` counts pairs against predicted and gold
    events. ``triple_*`` compares the sets of (source, target, action) per sentence, where the action is the CAMEO
    root when the gold gives a code and the PLOVER type otherwise. ``code_accuracy`` and ``plover_accuracy`` are
    shares of pairs with the same CAMEO code (a two-digit gold code is a root: compared by root) and the same
    PLOVER type; ``plover_recall`` is the share of gold events whose PLOVER type the sentence's predictions have.
    A gold code may list alternatives ("18/19/20") or a range ("084-087"). When a file gives no actors at all
    (every one "---"), only actions are compared.
    ``spurious_rate`` counts predicted events with no gold event of the same action, per gold event.
    ``pass_rate`` is the share of sentences whose (source, target, code) set equals the gold's exactly (the
    regression-suite view). Older PLOVER category names (DEMAND, DISAPPROVE, FIGHT …) are mapped to the current
    ones by ``data/cameo/plover_aliases.tsv``.

Gold conventions differ on one-sided events: when no gold event of a file lacks an actor, predictions lacking
one are not scored either (the gold would never contain them).
"""

from __future__ import annotations

import html
import json
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from newsgraph.evaluation.matching import greedy_pairs
from newsgraph.knowledge import data_dir
from newsgraph.knowledge.cameo import event_code, is_code
from newsgraph.records import Article, Document, Event

NO_ACTOR = ("", "---", "none", "null")


class GoldError(ValueError):
    """The gold file cannot be read (message for the user)."""


@dataclass(frozen=True)
class GoldEvent:
    source: str | None
    target: str | None
    code: str | None  # CAMEO code, when the gold gives one
    plover: str | None  # PLOVER type, when the gold gives one (or the code's, through the crosswalk)


@dataclass
class GoldSentence:
    id: str
    text: str
    published: date | None
    events: list[GoldEvent] = field(default_factory=list)
    language: str | None = None


# -- reading ---------------------------------------------------------------------------------------------------
_SENTENCE = re.compile(r"<Sentence\b([^>]*)>", re.I)
_CODING = re.compile(r"<EventCoding\b([^>]*)/?>", re.I)
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.I | re.S)
_ATTR = re.compile(r"""(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def _attrs(text: str) -> dict[str, str]:
    return {m.group(1).lower(): html.unescape(m.group(2) if m.group(2) is not None else m.group(3))
            for m in _ATTR.finditer(text)}


def _actor(code: str | None) -> str | None:
    """A gold actor code as newsgraph writes it: "---" is no actor, and "---REB" (rebels of no known country) is
    the bare type code "REB"."""
    code = (code or "").strip().upper()
    if code.lower() in NO_ACTOR:
        return None
    return code[3:] if code.startswith("---") else code


def _gold_day(text: str | None) -> date | None:
    digits = re.sub(r"\D", "", text or "")
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8])) if len(digits) >= 8 else None
    except ValueError:
        return None


@cache
def plover_aliases() -> dict[str, str]:
    """Older or misspelt PLOVER category names → the current ones."""
    table = {}
    path = data_dir() / "cameo" / "plover_aliases.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            old, _, new = line.partition("\t")
            table[old.strip().upper()] = new.split("\t")[0].strip().upper()
    return table


def plover_type(name: str | None) -> str | None:
    if not name or not name.strip() or name.strip() == "---":
        return None
    name = name.strip().upper()
    return plover_aliases().get(name, name)


def _code_plover(code: str | None) -> str | None:
    if not code:
        return None
    full = code if is_code(code) else code + "0" if is_code(code + "0") else None
    return event_code(full).plover if full else None


def read_validation_xml(path: Path) -> list[GoldSentence]:
    """Sentences of a UniversalPetrarch / PETRARCH validation file (lenient: record by record)."""
    raw = re.sub(r"<!--.*?-->", "", path.read_text(encoding="utf-8", errors="replace"), flags=re.S)
    starts = list(_SENTENCE.finditer(raw))
    if not starts:
        raise GoldError(f"{path}: no <Sentence> records (is this a validation XML file?)")
    sentences = []
    for i, match in enumerate(starts):
        attrs = _attrs(match.group(1))
        if attrs.get("evaluate", "true").lower() == "false":
            continue
        chunk = raw[match.end(): starts[i + 1].start() if i + 1 < len(starts) else len(raw)]
        text = _TEXT.search(chunk)
        if text is None:
            continue
        events = []
        for coding in _CODING.finditer(chunk):
            c = _attrs(coding.group(1))
            if c.get("noevents", "").lower() == "true" or not (c.get("eventcode") or c.get("plover")):
                continue
            code = (c.get("eventcode") or "").strip() or None
            code = code.zfill(2) if code and len(code) < 2 else code
            events.append(GoldEvent(_actor(c.get("sourcecode")), _actor(c.get("targetcode")), code,
                                    plover_type(c.get("plover")) or _code_plover(code)))
        body = re.sub(r"\s+", " ", html.unescape(text.group(1))).strip()
        sentences.append(GoldSentence(attrs.get("id", str(i)), body, _gold_day(attrs.get("date")), events))
    return sentences


def _json_actors(value) -> list[str | None]:
    if isinstance(value, str):
        return [_actor(value)]
    actors = [_actor((a.get("code") or "") + (a.get("sector") or "")) for a in value or [] if isinstance(a, dict)]
    return actors or [None]


def read_plover_json(path: Path) -> list[GoldSentence]:
    """Sentences of a PLOVER gold JSON file (one event per record; records sharing a text are one sentence)."""
    try:
        records = json.loads(path.read_text(encoding="utf-8", errors="replace"))
    except json.JSONDecodeError as exc:
        raise GoldError(f"{path}: not JSON ({exc})") from exc
    if isinstance(records, dict):
        records = records.get("events") or records.get("data") or list(records.values())
    by_text: dict[str, GoldSentence] = {}
    for record in records if isinstance(records, list) else []:
        if not isinstance(record, dict) or not record.get("text") or record.get("event") == "DOCUMENT":
            continue
        text = re.sub(r"\s+", " ", record["text"]).strip()
        sentence = by_text.setdefault(text, GoldSentence(str(record.get("id", len(by_text))), text,
                                                         _gold_day(record.get("date")),
                                                         language=record.get("language")))
        code = str(record.get("cameo") or record.get("eventcode") or "").strip() or None
        for source in _json_actors(record.get("source")):
            for target in _json_actors(record.get("target")):
                sentence.events.append(GoldEvent(source, target, code, plover_type(record.get("event"))))
    if not by_text:
        raise GoldError(f"{path}: no records with a 'text' (is this a PLOVER gold JSON file?)")
    return list(by_text.values())


def read_gold(path: str | Path) -> list[GoldSentence]:
    """Gold sentences of a validation XML or PLOVER JSON file, recognised by content."""
    path = Path(path)
    if not path.is_file():
        raise GoldError(f"{path}: no such file")
    head = path.read_text(encoding="utf-8", errors="replace")[:2000].lstrip()
    if head.startswith(("[", "{")):
        return read_plover_json(path)
    if "<" in head:
        return read_validation_xml(path)
    raise GoldError(f"{path}: neither a validation XML file nor a PLOVER gold JSON file")


# -- scoring ---------------------------------------------------------------------------------------------------
def code_options(code: str | None) -> tuple[str, ...]:
    """The CAMEO codes a gold code allows: one code, alternatives ("18/19/20") or a range ("084-087")."""
    if not code:
        return ()
    options: list[str] = []
    for part in code.split("/"):
        low, _, high = part.strip().partition("-")
        if high and low.isdigit() and high.isdigit() and len(low) == len(high):
            options += [str(n).zfill(len(low)) for n in range(int(low), int(high) + 1)]
        elif low:
            options.append(low)
    return tuple(options)


def code_matches(predicted: Event, gold: GoldEvent) -> bool:
    """The predicted CAMEO code is the gold's (a two-digit gold code is a root: any code of that root)."""
    return any(predicted.cameo == o or (len(o) == 2 and predicted.root == o) for o in code_options(gold.code))


def _gold_actions(gold: GoldEvent, by_code: bool) -> frozenset[str]:
    if by_code and gold.code:
        return frozenset(o[:2] for o in code_options(gold.code))
    return frozenset([gold.plover]) if gold.plover else frozenset()


def _predicted_action(event: Event, by_code: bool) -> str | None:
    return event.root if by_code else event.plover


def _actors(event: Event | GoldEvent, annotated: bool) -> tuple:
    return (event.source, event.target) if annotated else (None, None)


@dataclass
class Tally:
    """Running counts over the sentences of one gold file; ``scores()`` turns them into the reported figures.
    ``actors_annotated`` false: the gold gives no actors at all, so only actions are compared."""

    actors_annotated: bool = True
    predicted: int = 0
    gold: int = 0
    pairs: int = 0
    triples_predicted: int = 0
    triples_gold: int = 0
    triples_hit: int = 0
    coded_pairs: int = 0
    code_hits: int = 0
    plover_pairs: int = 0
    plover_hits: int = 0
    plover_gold: int = 0
    plover_found: int = 0
    spurious: int = 0
    sentences: int = 0
    passed: int = 0

    def add(self, predicted: list[Event], gold: list[GoldEvent]) -> None:
        annotated = self.actors_annotated
        self.sentences += 1
        self.predicted += len(predicted)
        self.gold += len(gold)
        by_code = any(g.code for g in gold) or not any(g.plover for g in gold)

        def same_action(p: Event, g: GoldEvent) -> bool:
            return _predicted_action(p, by_code) in _gold_actions(g, by_code)

        def same_actors(p: Event, g: GoldEvent) -> bool:
            return _actors(p, annotated) == _actors(g, annotated)

        # triples: distinct (source, target, action) on each side, matched one to one
        gold_triples = list({(*_actors(g, annotated), _gold_actions(g, by_code)) for g in gold})
        pred_triples = list({(*_actors(p, annotated), _predicted_action(p, by_code)) for p in predicted})
        self.triples_gold += len(gold_triples)
        self.triples_predicted += len(pred_triples)
        self.triples_hit += len(greedy_pairs(pred_triples, gold_triples,
                                             lambda p, g: int(p[:2] == g[:2] and p[2] in g[2])))
        # pairs: every predicted event with the most alike gold event, for detection and code/type accuracy
        pairs = greedy_pairs(predicted, gold, lambda p, g: 1 + 2 * same_action(p, g) + same_actors(p, g))
        for i, j in pairs:
            p, g = predicted[i], gold[j]
            self.pairs += 1
            if g.code:
                self.coded_pairs += 1
                self.code_hits += code_matches(p, g)
            if g.plover:
                self.plover_pairs += 1
                self.plover_hits += p.plover == g.plover
        typed = [g for g in gold if g.plover]
        self.plover_gold += len(typed)
        self.plover_found += len(greedy_pairs(predicted, typed, lambda p, g: int(p.plover == g.plover)))
        self.spurious += len(predicted) - len(greedy_pairs(predicted, gold, lambda p, g: int(same_action(p, g))))
        exact = greedy_pairs(predicted, gold, lambda p, g: int(same_actors(p, g) and (
            code_matches(p, g) if by_code else p.plover == g.plover)))
        self.passed += len(exact) == len(predicted) == len(gold)

    def scores(self) -> dict:
        def ratio(a: int, b: int) -> float:
            return round(a / b, 4) if b else 0.0

        def f1(p: float, r: float) -> float:
            return round(2 * p * r / (p + r), 4) if p + r else 0.0

        dp, dr = ratio(self.pairs, self.predicted), ratio(self.pairs, self.gold)
        tp, tr = ratio(self.triples_hit, self.triples_predicted), ratio(self.triples_hit, self.triples_gold)
        return {
            "sentences": self.sentences, "gold_events": self.gold, "predicted_events": self.predicted,
            "detection_precision": dp, "detection_recall": dr, "detection_f1": f1(dp, dr),
            "triple_precision": tp, "triple_recall": tr, "triple_f1": f1(tp, tr),
            "code_accuracy": ratio(self.code_hits, self.coded_pairs),
            "plover_accuracy": ratio(self.plover_hits, self.plover_pairs),
            "plover_recall": ratio(self.plover_found, self.plover_gold),
            "spurious_rate": ratio(self.spurious, self.gold),
            "pass_rate": ratio(self.passed, self.sentences),
            "actors_annotated": self.actors_annotated,
        }


def scored_events(doc: Document, one_sided: bool, plover_only: bool = False) -> list[Event]:
    """The events of a document that the gold's conventions can contain: with two actors unless the gold codes
    one-sided events, and in a gold coded in PLOVER alone, only events PLOVER has a type for (it has none for
    CAMEO's statements, 01, or for a few other codes)."""
    return [e for e in doc.events if (one_sided or (e.source and e.target)) and (e.plover or not plover_only)]


def coded_in_plover(gold_events: list) -> bool:
    """The gold was annotated in PLOVER: it has PLOVER types and no CAMEO code finer than what a PLOVER type
    converts to (none, a root "14", roots "18/19/20" or a range "081-083"; the Spanish protest set's codes "are
    converted automatically" from its PLOVER types). Such a gold cannot contain CAMEO's statements."""
    def derived(code: str | None) -> bool:
        return not code or len(code) == 2 or "/" in code or "-" in code
    return any(g.plover for g in gold_events) and all(derived(g.code) for g in gold_events)


def _batches(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def evaluate(sentences: list[GoldSentence], language: str, pipeline, *, batch_size: int = 64,
             progress: Iterable | None = None, mistakes: list | None = None) -> dict:
    """Code every gold sentence with ``pipeline`` (a :class:`~newsgraph.pipeline.Pipeline`) and score it.
    Sentences whose coding differs from the gold are appended to ``mistakes`` when a list is given."""
    gold_events = [g for s in sentences for g in s.events]
    # Gold that codes one-sided events (more than the odd one) gets ours scored too.
    one_sided = sum(not (g.source and g.target) for g in gold_events) > 0.1 * len(gold_events)
    plover_only = coded_in_plover(gold_events)
    tally = Tally(actors_annotated=any(g.source or g.target for g in gold_events))
    started = time.perf_counter()
    for batch in _batches(sentences, batch_size):
        articles = [Article(input=s.id, kind="text", text=s.text, language=s.language or language,
                            published=s.published) for s in batch]
        for sentence, doc in zip(batch, pipeline(articles), strict=True):
            predicted = scored_events(doc, one_sided, plover_only) if not doc.error else []
            passed = tally.passed
            tally.add(predicted, sentence.events)
            if mistakes is not None and tally.passed == passed:
                mistakes.append({"id": sentence.id, "text": sentence.text,
                                 "gold": [f"{g.source}→{g.target} {g.code or ''} {g.plover or ''}"
                                          for g in sentence.events],
                                 "predicted": [f"{p.source}→{p.target} {p.cameo} {p.plover or ''} [{p.trigger.text}]"
                                               + (" alleged" if p.alleged else "") for p in predicted]})
        if progress is not None:
            progress.update(len(batch))  # type: ignore[attr-defined]
    elapsed = time.perf_counter() - started
    return {**tally.scores(), "language": language, "one_sided_events_scored": one_sided,
            "plover_only_gold": plover_only,
            "sentences_per_second": round(len(sentences) / elapsed, 1) if elapsed else 0.0}


def phantom_conflict(docs: Iterable[Document], examples: int = 20) -> dict:
    """Material-conflict (QuadClass 4) events coded in articles known to report no conflict, per 100 articles,
    with the evidence of the first ``examples`` of them (each should be explainable from its sentence)."""
    articles = events = 0
    found: list[dict] = []
    started = time.perf_counter()
    for doc in docs:
        articles += 1
        events += len(doc.events)
        for event in doc.events:
            if event.quad_class != 4:
                continue
            sentence = doc.sentences[event.sentence] if event.sentence < len(doc.sentences) else None
            found.append({"article": doc.input, "cameo": event.cameo, "source": event.source,
                          "target": event.target, "trigger": event.trigger.text,
                          "evidence": doc.body[sentence.start:sentence.end] if sentence else event.trigger.text})
    elapsed = time.perf_counter() - started
    return {"articles": articles, "events": events, "quad4_events": len(found),
            "quad4_per_100_articles": round(100 * len(found) / articles, 2) if articles else 0.0,
            "quad4_examples": found[:examples],
            "articles_per_second": round(articles / elapsed, 1) if elapsed else 0.0}
