"""The actor knowledge base (``data/actors/``, format in docs/actors.md), loaded once per process.

Countries, people with dated roles, organisations and agents (role words). Lookups go by the normalised form of a
name in a language; a person's CAMEO code depends on the date (Putin in 2020 → RUSGOV, Merkel in 2022 → DEUELI).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from newsgraph.knowledge import data_dir
from newsgraph.knowledge.languages import normalise


@dataclass(frozen=True)
class Role:
    actor: str
    title: str | None = None
    start: date | None = None
    end: date | None = None

    def holds_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class ActorEntry:
    """A country, person or organisation of the knowledge base."""

    id: str
    kind: str  # country | person | organisation
    name: str
    wikidata: str | None = None
    code: str | None = None  # countries and organisations: their CAMEO code
    roles: tuple[Role, ...] = ()
    after: str | None = None
    category: str | None = None  # organisations: IGO, NGO, armed group, …
    ambiguous_surname: bool = False
    source: str | None = None

    def code_on(self, day: date | None) -> str | None:
        """The CAMEO actor code on ``day`` (for people: the role held then; the latest role if no date)."""
        if self.kind != "person":
            return self.code
        if not self.roles:
            return self.after
        if day is None:
            current = [r for r in self.roles if r.end is None] or sorted(self.roles, key=lambda r: r.end or date.max)
            return current[-1].actor
        held = [r for r in self.roles if r.holds_on(day)]
        if held:
            # Of simultaneous roles the most senior is listed first in the data.
            return held[0].actor
        ends = [r.end for r in self.roles if r.end is not None]
        if self.after and ends and len(ends) == len(self.roles) and day > max(ends):
            return self.after
        first = min(self.roles, key=lambda r: r.start or date.min)
        return first.actor[:3]

    @property
    def country(self) -> str | None:
        """The three-letter country part of the entry's code, when it has one."""
        code = self.code or (self.roles[0].actor if self.roles else None)
        return code[:3] if code and code[:3].isalpha() and code[:3] not in ("IGO", "NGO", "MNC") else None


@dataclass(frozen=True)
class NameHit:
    """A name form matched to an entry: ``form`` is name, adjective, capital or metonym (seat of power)."""

    entry: ActorEntry
    form: str

    def code_on(self, day: date | None) -> str | None:
        code = self.entry.code_on(day)
        if code and self.form in ("capital", "metonym") and len(code) == 3:
            return code + "GOV"  # "Moscou a répondu", "the Kremlin said": the government
        return code


def _key(name: str) -> str:
    """The lookup key of a name: normalised, except short all-capital names, which match only as written
    ("US" is not "us", "IS" is not "is")."""
    name = name.strip()
    if 1 < len(name) <= 4 and name.isupper():
        return "=" + name
    # the Arabic article as the many transliterations write it: "Omar El Bashir", "Omar al-Bashir", "al Qaeda"
    return _ARTICLE.sub(r"\1al ", normalise(name))


_ARTICLE = re.compile(r"(^|\s)(?:al|el)[-\s]")


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def _read_jsonl(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@dataclass
class ActorBase:
    """Name → entries per language, and agents (role words → CAMEO type codes) per language."""

    names: dict[str, dict[str, list[NameHit]]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(list)))
    agents: dict[str, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))
    entries: list[ActorEntry] = field(default_factory=list)
    _type_codes: frozenset[str] | None = field(default=None, repr=False)

    def add(self, entry: ActorEntry, forms: dict[str, dict[str, list[str]]]) -> None:
        """Index ``entry`` under ``forms`` = {form kind: {language: [names]}}."""
        self.entries.append(entry)
        for kind, by_language in forms.items():
            for language, values in (by_language or {}).items():
                for value in [values] if isinstance(values, str) else values:
                    key = _key(value)
                    if key and not any(h.entry is entry and h.form == kind for h in self.names[language][key]):
                        self.names[language][key].append(NameHit(entry, kind))

    def lookup(self, text: str, language: str) -> list[NameHit]:
        """Entries whose name in ``language`` (or, failing that, in any language) is ``text``."""
        key = _key(text)
        hits = self.names.get(language, {}).get(key)
        if hits:
            return hits
        # Names of people and organisations are often written the same across languages ("Macron", "NATO"); a
        # word written in lower case is this language's common word, not another's name (English "island" is
        # not German "Island", Iceland).
        if text == text.lower() and text != text.upper():
            return []
        return [h for lang, table in self.names.items() if lang != language for h in table.get(key, [])
                if h.entry.kind != "country" or h.form == "name"][:5]

    @property
    def type_codes(self) -> frozenset[str]:
        """Every role code the agents give (GOV, MIL, COP, CVL …): an actor with only such a code has no country."""
        if self._type_codes is None:
            self._type_codes = frozenset(code for table in self.agents.values() for code in table.values())
        return self._type_codes

    def agent(self, lemma: str, language: str) -> str | None:
        """The CAMEO type code of a role word (lemma or multiword lemma sequence) in ``language``."""
        return self.agents.get(language, {}).get(normalise(lemma).strip())


def _people(folder: Path) -> list[dict]:
    """people.jsonl (built by scripts/build_people.py) and hand-written supplements (people_*.jsonl); a person in
    several files (same Wikidata id, else same name) is one person with the roles and names of all, the
    supplement's roles first (they are the more senior: NATO's Secretary General before the Dutch ex-premier)."""
    merged: dict[str, dict] = {}
    for path in sorted(folder.glob("people*.jsonl"), key=lambda p: p.name != "people.jsonl"):
        for item in _read_jsonl(path):
            key = item.get("wikidata") or item["name"]
            kept = merged.get(key) or next((m for m in merged.values() if m["name"] == item["name"]), None)
            if kept is None:
                merged[key] = item
                continue
            kept["roles"] = item.get("roles", []) + kept.get("roles", [])
            for language, names in item.get("names", {}).items():
                known = kept.setdefault("names", {}).setdefault(language, [])
                known.extend(n for n in names if n not in known)
            kept["after"] = item.get("after", kept.get("after"))
            kept["source"] = "; ".join(filter(None, (kept.get("source"), item.get("source"))))
    return list(merged.values())


def load(folder: Path | None = None) -> ActorBase:
    """Read every file of the knowledge base under ``folder`` (default ``data/actors``)."""
    folder = folder or data_dir() / "actors"
    base = ActorBase()
    for item in _read_jsonl(folder / "countries.jsonl"):
        entry = ActorEntry(id=item["code"], kind="country", name=item["name"], wikidata=item.get("wikidata"),
                           code=item["code"], source=item.get("source"))
        base.add(entry, {"name": item.get("names", {}), "adjective": item.get("adjectives", {}),
                         "capital": item.get("capital_names", {}), "metonym": item.get("metonyms", {})})
    for item in _people(folder):
        roles = tuple(Role(r["actor"], r.get("title"), _date(r.get("start")), _date(r.get("end")))
                      for r in item.get("roles", []))
        entry = ActorEntry(id=item["id"], kind="person", name=item["name"], wikidata=item.get("wikidata"),
                           roles=roles, after=item.get("after"), ambiguous_surname=bool(item.get("ambiguous_surname")),
                           source=item.get("source"))
        base.add(entry, {"name": item.get("names", {})})
    for item in _read_jsonl(folder / "organisations.jsonl"):
        entry = ActorEntry(id=item["id"], kind="organisation", name=item["name"], wikidata=item.get("wikidata"),
                           code=item.get("code"), category=item.get("kind"), source=item.get("source"))
        base.add(entry, {"name": item.get("names", {})})
    for path in sorted((folder / "agents").glob("*.tsv")) if (folder / "agents").is_dir() else []:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                word, _, rest = line.partition("\t")
                code = rest.split("\t")[0].strip()
                if word.strip() and code:
                    base.agents[path.stem][normalise(word).strip()] = code
    return base


@cache
def actor_base() -> ActorBase:
    """The knowledge base of this installation (loaded once per process)."""
    return load()
