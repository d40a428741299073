"""What the syntax around a trigger does to an event, as language data: negation words
(``data/lang/<code>/negation.txt``), support verbs, "during" prepositions, intent, obligation and refusal words
(``data/lang/<code>/event_syntax.json``), and the CAMEO code shifts they cause (``data/cameo/{intent,demand,
refusal}.tsv``). Format and meaning in docs/events.md."""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache

from newsgraph.knowledge import data_dir
from newsgraph.knowledge.languages import language_words, normalise


@cache
def negation_words(language: str) -> frozenset[str]:
    path = data_dir() / "lang" / language / "negation.txt"
    if not path.is_file():
        return frozenset()
    return frozenset(normalise(w) for line in path.read_text(encoding="utf-8").splitlines()
                     if not line.startswith("#") for w in line.split())


@dataclass(frozen=True)
class EventSyntax:
    """A language's words that change what a trigger's syntax means (``data/lang/<code>/event_syntax.json``)."""

    support_verbs: frozenset[str] = frozenset()
    during: frozenset[str] = frozenset()
    intent_auxiliaries: frozenset[str] = frozenset()
    intent_heads: frozenset[str] = frozenset()
    obligation_auxiliaries: frozenset[str] = frozenset()
    refusal_heads: frozenset[str] = frozenset()
    target_prepositions: frozenset[str] = frozenset()
    hypothetical_marks: frozenset[str] = frozenset()
    place_prepositions: frozenset[str] = frozenset()
    event_frames: frozenset[str] = frozenset()
    receiving_verbs: frozenset[str] = frozenset()
    joining_verbs: frozenset[str] = frozenset()
    giver_prepositions: frozenset[str] = frozenset()
    weapons: frozenset[str] = frozenset()
    wish_verbs: frozenset[str] = frozenset()
    manner_prepositions: frozenset[str] = frozenset()


@cache
def event_syntax(language: str) -> EventSyntax:
    _, words = language_words(language, "event_syntax.json")
    lists = {field.name: words(field.name) for field in fields(EventSyntax) if field.name != "during"}
    # a "during" entry may be several words ("au cours de"): the parse shows its first
    return EventSyntax(during=frozenset(w.split()[0] for w in words("during")), **lists)


@cache
def code_shifts(name: str) -> dict[str, str]:
    """CAMEO code prefix → shifted code, from ``data/cameo/<name>.tsv`` (intent, demand, appeal, refusal)."""
    table = {}
    for line in (data_dir() / "cameo" / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            prefix, code = line.split("\t")[:2]
            table[prefix.strip()] = code.strip()
    return table


def _shift(code: str, name: str, default: str) -> str:
    table = code_shifts(name)
    for cut in range(len(code), 1, -1):
        if code[:cut] in table:
            return table[code[:cut]]
    return default


def as_intent(code: str) -> str:
    """The code of an announced event: "will visit" 042 → 036, "will attack" 190 → 1384."""
    return _shift(code, "intent", code)


def as_refusal(code: str) -> str:
    """The code of refusing a cooperative event: "would not provide support" 05x → 12x."""
    return _shift(code, "refusal", "120")


def as_appeal(code: str) -> str:
    """The code of appealing for an event: "asked Obama to help Iran" 07 → 023, "called for a ceasefire" → 0256."""
    return _shift(code, "appeal", "020")


def as_demand(code: str) -> str:
    """The code of demanding an event: "must return" 0842 → 1053, "must cooperate" 06 → 101."""
    return _shift(code, "demand", "100")
