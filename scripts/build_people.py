# ruff: noqa: E501  (the curated tables at the end have one person per line)
"""Build ``data/actors/people.jsonl``: people with dated roles (format in docs/actors.md).

Sources, merged in this order of authority:

1. The curated tables at the end of this file (``CURATED``), written by hand for newsgraph from public records (official government and organisation announcements as reported in the press):
   heads of state and government of the G20 and of countries in armed conflict since 2014 (holders since 2000),
   their foreign and defence ministers since 2014, leaders of major IGOs and armed groups, with names as the news
   writes them in fr, en, es, de, ru, ar (uk, it, pt where given). Their roles are authoritative.
2. Heads of state and government from Wikidata (CC0), as exported by the public repository cfmessias/geografia
   (``data/leaders_history.csv``, a SPARQL export of positions "head of state"/"head of government" per country with
   the person's Wikidata id; labels in Portuguese, falling back to English). Used to confirm Wikidata ids of curated
   people (matched by country, office and dates) and, for the other countries, for their heads of state and
   government in office since 2014 (Latin-script names only).
3. The Phoenix country actors dictionary (``Phoenix.Countries.actors.txt``, petrarch2, MIT, frozen January 2014):
   English name variants and the dated roles before 2014 of the people above that it knows.

Usage::

    python scripts/build_people.py --wikidata-csv leaders_history.csv \\
        --phoenix ../shared/reference/dictionaries/petrarch2/Phoenix.Countries.actors.txt \\
        --out data/actors/people.jsonl [--report]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("en", "fr", "es", "de", "ru", "ar", "uk", "it", "pt")
LATIN = ("en", "fr", "es", "de", "it", "pt")
OFFICES = {"S": "head_of_state", "G": "head_of_government", "F": "foreign_minister", "D": "defence_minister",
           "I": "igo_leader", "A": "armed_group_leader", "O": "other", "E": "former"}
RANK = {"head_of_state": 0, "head_of_government": 1, "igo_leader": 2, "armed_group_leader": 2, "foreign_minister": 3,
        "defence_minister": 4, "other": 5, "former": 9}
# ISO 3166 codes of the Wikidata export that CAMEO spells otherwise; codes with no CAMEO equivalent are dropped.
ISO_TO_CAMEO = {"ROU": "ROM", "TLS": "TMP", "MNE": "MNE", "XKX": "KSV"}
# CAMEO codes of dependencies and regions: their heads are not taken from the Wikidata export.
NOT_SOVEREIGN = set("ABW AIA ALA ANT ASM BMU COK CYM FLK FRO GIB GLP GRL GUF GUM HKG IMY MAC MNP MSR MTQ MYT NCL NFK "
                    "NIU PCN PRI PYF REU SHN SJM SPM TCA TKL VGB VIR WLF ESH BLK CAS CAU CEU CFR CRB EAF EEU EIN EUR "
                    "LAM MDT MEA MTN NAF NMR PGS SAF SAM SAS SCN SEA WAF WST AFR ASA".split())
WIKIDATA_SOURCE = "Wikidata (CC0) heads of state/government, via cfmessias/geografia data/leaders_history.csv"
PHOENIX_SOURCE = "Phoenix country actors (petrarch2, 2014)"
CURATED_SOURCE = "compiled by hand for newsgraph from public records"


# ----------------------------------------------------------------------------------------------------------------
# Russian case forms (genitive = accusative for men, dative, instrumental, prepositional) of names, so that
# "Путина", "Путину", "Путиным" find Putin. Foreign women's names ending in a consonant and names ending in a vowel
# other than -а/-я do not decline in Russian.

PARTICLES = {"бин", "бен", "ибн", "аль", "ас", "ад", "эль", "фон", "дер", "де", "ван", "ди", "да", "дос", "дель",
             "ла", "ле", "ду", "уль", "абу"}
HUSHING = "жшчщц"
VELAR_HUSH = "гкхжшчщ"


CASES = ("gen", "dat", "ins", "pre", "acc")


def _ru_word(word: str, female: bool, surname: bool) -> dict[str, str]:
    """Case → form of one word of a Russian name ({} when it does not decline)."""
    prefix, sep, w = word.rpartition("-")
    prefix += sep
    low = w.lower()
    if not low or low in PARTICLES or (prefix and prefix.lower().rstrip("-") not in PARTICLES and not surname):
        return {}

    def cut(n: int, gen: str, dat: str, ins: str, pre: str, acc: str) -> dict[str, str]:
        stem = w[:-n] if n else w
        return {c: prefix + stem + e for c, e in zip(CASES, (gen, dat, ins, pre, acc), strict=True)}

    a_gen = "и" if len(low) > 1 and low[-2] in VELAR_HUSH else "ы"
    a_ins = "ей" if len(low) > 1 and low[-2] in HUSHING else "ой"
    if low.endswith("ия"):
        return cut(1, "и", "и", "ей", "и", "ю")
    if low.endswith("я") and not low.endswith("ая"):
        return cut(1, "и", "е", "ей", "е", "ю")
    if female:
        if surname and re.search(r"(ова|ева|ёва|ина|ына)$", low):
            return cut(1, "ой", "ой", "ой", "ой", "у")
        if low.endswith("ая"):
            return cut(2, "ой", "ой", "ой", "ой", "ую")
        if low.endswith("а"):
            return cut(1, a_gen, "е", a_ins, "е", "у")
        return {}
    if re.search(r"(ский|цкий|ской|цкой)$", low) or (surname and re.search(r"(ый|ой|ий)$", low)):
        ins = "им" if low[-3] in "гкхжшчщ" or low.endswith("ий") else "ым"
        return cut(2, "ого", "ому", ins, "ом", "ого")
    if low.endswith("ий"):
        return cut(1, "я", "ю", "ем", "и", "я")
    if low.endswith(("й", "ь")):
        return cut(1, "я", "ю", "ем", "е", "я")
    if low.endswith("а"):
        return cut(1, a_gen, "е", a_ins, "е", "у")
    if low[-1] in "бвгджзклмнпрстфхцчшщ":
        if surname and re.search(r"(ов|ев|ёв|ин|ын)$", low):
            ins = "ым"
        elif low[-1] in HUSHING:
            ins = "ем"
        else:
            ins = "ом"
        return cut(0, "а", "у", ins, "е", "а")
    return {}


def ru_case_forms(full: str, surname: str, female: bool) -> list[str]:
    """The inflected forms (genitive, dative, instrumental, prepositional, accusative) of a Russian name."""
    words = full.split()
    per_word = [_ru_word(word, female, surname=(i == len(words) - 1)) for i, word in enumerate(words)]
    out: list[str] = []
    if any(per_word):
        for case in CASES:
            form = " ".join(f.get(case, w) for w, f in zip(words, per_word, strict=True))
            if form != full and form not in out:
                out.append(form)
    if surname and surname != full:
        out += ru_case_forms(surname, "", female)
    return out


# ----------------------------------------------------------------------------------------------------------------
# The curated tables. One block per country ("== RUS") or group ("== IGO"); a person line, then role lines:
#
#   Vladimir Putin; fr: Vladimir Poutine|Poutine; ru: Владимир Путин|Путин; ar: فلاديمير بوتين|بوتين
#     S +GOV President of Russia 2012-05-07 -
#
# Person keys: a language code (full name|surname|other forms; the first two default to the English ones in Latin
# languages), qid (a Wikidata id taken from a source, never guessed), f (a woman, for Russian inflection), amb (the
# surname alone is ambiguous: not listed), nat (country code for `after` of IGO and group leaders), after (explicit
# code, or "none"), dead (died: no `after`). Role lines: office letter (S head of state, G head of government,
# F foreign minister, D defence minister, I IGO leader, A armed-group leader, O other, E former/opposition), actor
# code ("+GOV" = block country + GOV), title, start, end ("-" = in office); a "~" before a date marks it approximate.

@dataclass
class Role:
    actor: str
    title: str | None
    start: str | None
    end: str | None
    office: str
    approximate: bool = False
    source: str = "curated"

    def interval(self) -> tuple[date, date]:
        return (date.fromisoformat(self.start) if self.start else date.min,
                date.fromisoformat(self.end) if self.end else date.max)


@dataclass
class Person:
    name: str
    country: str | None
    names: dict[str, list[str]] = field(default_factory=dict)
    roles: list[Role] = field(default_factory=list)
    qid: str | None = None
    female: bool = False
    ambiguous: bool = False
    nat: str | None = None
    after: str | None = None
    dead: bool = False
    sources: list[str] = field(default_factory=list)
    curated: bool = True


def fold(text: str) -> str:
    """Lower-case ASCII letters only, for matching names across spellings."""
    text = unicodedata.normalize("NFKD", text)
    return re.sub(r"[^a-z ]", "", "".join(c for c in text if not unicodedata.combining(c)).lower().replace("-", " "))


def parse_date(text: str) -> tuple[str | None, bool]:
    if text in ("-", ""):
        return None, False
    approx = text.startswith("~")
    text = text.lstrip("~")
    date.fromisoformat(text)
    return text, approx


ROLE_RE = re.compile(r"^([SGFDIAOE]) (\+?[A-Z]+) (.+?) (~?\d{4}-\d\d-\d\d|-) (~?\d{4}-\d\d-\d\d|-)$")


def parse_curated(text: str) -> list[Person]:
    people: list[Person] = []
    country: str | None = None
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("=="):
            country = line[2:].strip() or None
            country = None if country in ("IGO", "GROUPS") else country
            continue
        if line.startswith((" ", "\t")):
            m = ROLE_RE.match(line.strip())
            if not m:
                raise ValueError(f"curated line {lineno}: bad role {line.strip()!r}")
            office, code, title, start, end = m.groups()
            if code.startswith("+"):
                if not country:
                    raise ValueError(f"curated line {lineno}: relative code outside a country block")
                code = country + code[1:]
            s, sa = parse_date(start)
            e, ea = parse_date(end)
            people[-1].roles.append(Role(code, title, s, e, OFFICES[office], sa or ea))
            continue
        parts = [p.strip() for p in line.split(";")]
        person = Person(name=parts[0], country=country)
        for part in parts[1:]:
            key, _, value = part.partition(":")
            key, value = key.strip(), value.strip()
            if key in LANGS:
                person.names[key] = [v.strip() for v in value.split("|") if v.strip()]
            elif key == "qid":
                person.qid = value
            elif key == "f":
                person.female = True
            elif key == "amb":
                person.ambiguous = True
            elif key == "nat":
                person.nat = value
            elif key == "after":
                person.after = value
            elif key == "dead":
                person.dead = True
            else:
                raise ValueError(f"curated line {lineno}: unknown key {key!r}")
        people.append(person)
    return people


# ----------------------------------------------------------------------------------------------------------------
# Wikidata export


@dataclass
class WdRow:
    country: str
    office: str
    name: str
    qid: str
    start: date | None
    end: date | None


def _iso(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def read_wikidata(path: Path, countries: set[str]) -> list[WdRow]:
    rows = []
    with path.open(encoding="utf-8") as handle:
        for r in csv.DictReader(handle):
            iso = r["iso3"].strip()
            code = ISO_TO_CAMEO.get(iso, iso)
            if code not in countries or not re.fullmatch(r"Q\d+", r["person_qid"] or ""):
                continue
            start, end = _iso(r["start"]), _iso(r["end"])
            rows.append(WdRow(code, r["role"], r["person"], r["person_qid"], start, end))
    return rows


def merge_intervals(spans: list[tuple[date, date | None]]) -> list[tuple[date, date | None]]:
    """Union of intervals (None = open end); a gap of a few days between terms joins them."""
    spans = sorted(spans, key=lambda s: s[0])
    out: list[list] = []
    for start, end in spans:
        if out and (out[-1][1] is None or start <= out[-1][1] + timedelta(days=3)):
            if out[-1][1] is not None and (end is None or end > out[-1][1]):
                out[-1][1] = end
        else:
            out.append([start, end])
    return [(s, e) for s, e in out]


# ----------------------------------------------------------------------------------------------------------------
# Phoenix

PHX_TITLE_WORDS = {"PRESIDENT", "PRIME", "MINISTER", "CHANCELLOR", "KING", "QUEEN", "PRINCE", "SHEIKH", "SHEIK",
                   "EMIR", "SULTAN", "MR", "MR.", "MRS", "MS", "GENERAL", "GEN", "DR", "DR.", "AMBASSADOR", "SENATOR",
                   "GOVERNOR", "FOREIGN", "DEFENSE", "DEFENCE", "SECRETARY", "KANZLER", "BUNDESKANZLER", "PREMIER",
                   "US", "U.S.", "AMERICAN", "RUSSIAN", "BRITISH", "FRENCH", "GERMAN", "CHINESE", "LEADER", "FORMER",
                   "VICE", "DEPUTY", "ACTING", "INTERIM", "MINISTRY", "SPEAKER", "UNITED", "STATES"}


def phoenix_date(text: str) -> date | None:
    text = text.strip()
    if len(text) == 6:
        yy = int(text[:2])
        text = f"{2000 + yy if yy <= 20 else 1900 + yy}{text[2:]}"
    if len(text) != 8:
        return None
    try:
        return date(int(text[:4]), int(text[4:6]), max(1, min(int(text[6:]), 28 if text[4:6] == "02" else 30)))
    except ValueError:
        return None


@dataclass
class PhoenixEntry:
    names: list[str]
    roles: list[tuple[str, date | None, date | None]]


def read_phoenix(path: Path) -> list[PhoenixEntry]:
    entries: list[PhoenixEntry] = []
    current: PhoenixEntry | None = None
    for raw in path.read_text(encoding="latin-1").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        codes = re.findall(r"\[([^\]]*)\]", line)
        text = re.sub(r"\[[^\]]*\]", "", line).strip()
        if not raw.startswith(("\t", " ")) and text and not text.startswith("+"):
            current = PhoenixEntry([text], [])
            entries.append(current)
        elif text.startswith("+") and current:
            current.names.append(text[1:])
        for code in codes:
            if current is None:
                continue
            m = re.fullmatch(r"\s*([A-Z]{3,})\s*(?:([<>])\s*(\d{6,8})|(\d{6,8})\s*-\s*(\d{6,8}))?\s*", code)
            if not m:
                continue
            actor, op, one, a, b = m.groups()
            if op == ">":
                current.roles.append((actor, phoenix_date(one), None))
            elif op == "<":
                current.roles.append((actor, None, phoenix_date(one)))
            elif a:
                current.roles.append((actor, phoenix_date(a), phoenix_date(b)))
            else:
                current.roles.append((actor, None, None))
    return entries


def phoenix_name(token: str) -> str | None:
    """'VLADIMIR_V._PUTIN_' → 'Vladimir V. Putin'; None for forms carrying a title or nationality."""
    words = [w for w in token.replace("_", " ").split() if w]
    if not words or any(w in PHX_TITLE_WORDS for w in words):
        return None
    out = []
    for w in words:
        parts = re.split(r"([-'])", w.lower())
        out.append("".join(p.capitalize() if p not in ("-", "'") and p not in ("al", "el", "bin", "ibn", "de", "van",
                                                                                   "von", "der", "da", "del", "la")
                           else p for p in parts))
    return " ".join(out)


def index_phoenix(entries: list[PhoenixEntry]) -> dict[str, list[PhoenixEntry]]:
    index: dict[str, list[PhoenixEntry]] = defaultdict(list)
    for entry in entries:
        for token in entry.names:
            name = phoenix_name(token)
            if name and " " in name:
                index[fold(name)].append(entry)
    return index


# ----------------------------------------------------------------------------------------------------------------
# Assembly


def name_forms(person: Person) -> dict[str, list[str]]:
    """Full name and surname per language, Latin defaults, Russian case forms."""
    names: dict[str, list[str]] = {}
    en = person.names.get("en") or [person.name, person.name.split()[-1]]
    if en[0] != person.name:
        en = [person.name, *en]
    if len(en) == 1:
        en.append(person.name.split()[-1])
    for lang in LANGS:
        given = person.names.get(lang)
        if lang == "en":
            given = en
        elif not given:
            if lang in ("fr", "es", "de"):
                given = en[:2]
            else:
                continue
        elif len(given) == 1 and lang in LATIN:
            given = [given[0], given[0].split()[-1]]
        forms = list(given)
        if lang == "ru":
            for form in given:
                forms += ru_case_forms(form, "", person.female)
        if person.ambiguous:
            forms = [f for f in forms if " " in f.strip() or "-" in f.strip()]
        seen: list[str] = []
        for f in forms:
            if f and f not in seen:
                seen.append(f)
        names[lang] = seen
    return names


def add_gap_roles(person: Person) -> None:
    """A person out of office between two roles is a former official (CAMEO ELI) in the gap."""
    if not person.roles or person.roles[0].office in ("igo_leader", "armed_group_leader"):
        return
    roles = sorted(person.roles, key=lambda r: r.interval()[0])
    covered_until = None
    gaps = []
    for role in roles:
        start, end = role.interval()
        if covered_until is not None and start - covered_until > timedelta(days=45) and covered_until != date.max:
            gaps.append((covered_until, start, role.actor[:3]))
        covered_until = end if covered_until is None else max(covered_until, end)
    for start, end, country in gaps:
        if any(r.office == "former" and r.interval()[0] <= start and r.interval()[1] >= end for r in person.roles):
            continue
        if any(r.interval()[0] < end and r.interval()[1] > start for r in person.roles if r.office == "former"):
            continue
        person.roles.append(Role(country + "ELI", "former official", start.isoformat(), end.isoformat(), "former",
                                 source="derived"))


def slug(name: str) -> str:
    words = fold(name).split()
    return "-".join(words[-1:] + words[:-1]) if words else "unnamed"


def to_json(person: Person) -> dict:
    roles = sorted(person.roles, key=lambda r: (RANK[r.office], r.start or ""), reverse=False)
    roles = sorted(roles, key=lambda r: r.start or "", reverse=True)
    roles = sorted(roles, key=lambda r: RANK[r.office])
    after = person.after
    if after == "none" or person.dead:
        after = None
    elif after is None and roles and all(r.end for r in roles):
        last = max(roles, key=lambda r: r.end or "")
        country = person.nat or (last.actor[:3] if not last.actor.startswith(("IGO", "NGO")) else None)
        after = country + "ELI" if country else None
    out = {"id": person.qid or slug(person.name), "wikidata": person.qid, "name": person.name,
           "names": name_forms(person), "roles": []}
    for r in roles:
        item = {"actor": r.actor, "title": r.title, "start": r.start, "end": r.end, "office": r.office}
        if r.approximate:
            item["approximate"] = True
        out["roles"].append(item)
    out["after"] = after
    if person.ambiguous:
        out["ambiguous_surname"] = True
    out["source"] = "; ".join(dict.fromkeys(person.sources))
    return out


def match_wikidata(person: Person, rows_by_country: dict[str, list[WdRow]]) -> set[str]:
    """Wikidata ids of the export whose head-of-state/government terms match this curated person's."""
    found: set[str] = set()
    words = fold(person.name).split()
    surname, first = words[-1], words[0]
    for role in person.roles:
        if role.office not in ("head_of_state", "head_of_government"):
            continue
        start, end = role.interval()
        for row in rows_by_country.get(role.actor[:3], []):
            if row.start is None:
                continue
            rend = row.end or date.max
            overlap = (min(end, rend) - max(start, row.start)).days
            if overlap <= 0 and abs((row.start - start).days) > 20:
                continue
            tokens = fold(row.name).split()
            if not (surname in tokens or any(t[:5] == surname[:5] and len(t) > 4 for t in tokens)):
                continue
            if len(words) > 1 and len(tokens) > 1 and tokens[0][:3] != first[:3]:
                continue
            found.add(row.qid)
    return found


def build(args: argparse.Namespace) -> list[dict]:
    cameo = json.loads(Path(args.cameo).read_text(encoding="utf-8"))["ACTOR_COUNTRY_CODES"]
    countries = set(cameo) | {"KSV", "MNE"}
    people = parse_curated("\n".join(CURATED_PARTS))
    for p in people:
        p.sources.append(CURATED_SOURCE)
    rows = read_wikidata(Path(args.wikidata_csv), countries) if args.wikidata_csv else []
    rows_by_country: dict[str, list[WdRow]] = defaultdict(list)
    for row in rows:
        rows_by_country[row.country].append(row)
    warnings: list[str] = []
    claimed: set[str] = set()
    for p in people:
        if p.qid:
            claimed.add(p.qid)
            continue
        found = match_wikidata(p, rows_by_country)
        if len(found) == 1:
            p.qid = found.pop()
            claimed.add(p.qid)
            p.sources.append(WIKIDATA_SOURCE + " (id)")
        elif len(found) > 1:
            warnings.append(f"several Wikidata ids for {p.name}: {sorted(found)}")
    curated_countries = {p.country for p in people if p.country}
    # Heads of state and government of the other countries, in office since 2014, from the Wikidata export.
    by_qid: dict[str, list[WdRow]] = defaultdict(list)
    for row in rows:
        if row.start is not None:
            by_qid[row.qid].append(row)
    auto: list[Person] = []
    hos_countries = defaultdict(set)
    for row in rows:
        if row.office == "head_of_state":
            hos_countries[row.qid].add(row.country)
    for qid, prow in by_qid.items():
        if qid in claimed:
            continue
        if len(hos_countries[qid]) > 1 or prow[0].country in NOT_SOVEREIGN:
            continue  # a monarch or co-prince heading several states: only in the curated tables
        prow = [r for r in prow if r.country not in curated_countries and r.country not in args.skip_countries]
        if not prow:
            continue
        terms = []
        for office in ("head_of_state", "head_of_government"):
            for country in sorted({r.country for r in prow if r.office == office}):
                spans = merge_intervals([(r.start, r.end) for r in prow if r.office == office and r.country == country])
                terms += [(office, country, s, e) for s, e in spans]
        if not any(e is None or e >= date(2014, 1, 1) for _, _, _, e in terms):
            continue
        name = prow[0].name
        if not re.fullmatch(r"[A-Za-zÀ-ÿĀ-žḀ-ỿ'’.\- ]+", name) or len(name.split()) < 2:
            continue
        person = Person(name=name, country=prow[0].country, qid=qid, curated=False)
        person.names = {"en": [name], "pt": [name]}
        for office, country, s, e in terms:
            if e is not None and e < date(2000, 1, 1):
                continue
            title = "Head of state" if office == "head_of_state" else "Head of government"
            person.roles.append(Role(country + "GOV", title, s.isoformat(), e.isoformat() if e else None, office,
                                     source="wikidata"))
        person.sources.append(WIKIDATA_SOURCE)
        auto.append(person)
    # The same person twice as head of state and of government keeps both roles; an open term ended by a successor's
    # start in the same office and country is closed there (stale Wikidata statements).
    by_office: dict[tuple[str, str], list[tuple[Person, Role]]] = defaultdict(list)
    for person in auto:
        for role in person.roles:
            by_office[(role.actor, role.office)].append((person, role))
    for (actor, office), held in by_office.items():
        held.sort(key=lambda pr: pr[1].start or "")
        for i, (person, role) in enumerate(held):
            if role.end is None:
                later = [r.start for p, r in held[i + 1:] if p is not person and r.start and r.start > role.start]
                if later and actor[:3] not in args.shared_offices:
                    role.end = later[0]
                    warnings.append(f"closed open term of {person.name} ({actor} {office}) at {role.end}")
    people += auto
    if args.phoenix:
        index = index_phoenix(read_phoenix(Path(args.phoenix)))
        for p in people:
            hits = index.get(fold(p.name), [])
            entries = [e for e in hits if any(code[:3] == (p.country or p.nat or "") for code, _, _ in e.roles)]
            if len(entries) != 1:
                continue
            entry = entries[0]
            variants = [n for n in (phoenix_name(t) for t in entry.names) if n and " " in n]
            en = p.names.setdefault("en", [p.name, p.name.split()[-1]] if p.curated else [p.name])
            for v in variants:
                if v not in en and fold(v) != fold(p.name):
                    en.append(v)
            first_curated = min((r.interval()[0] for r in p.roles), default=date.max)
            added = False
            for actor, start, end in entry.roles:
                if end is None or end > date(2014, 1, 30) or actor.endswith("ELI") or start is None:
                    continue
                if end > first_curated or not re.fullmatch(r"[A-Z]{6,}", actor):
                    continue
                if any(r.interval()[0] < end and r.interval()[1] > start for r in p.roles):
                    continue
                if actor[:3] != (p.country or p.nat):
                    continue
                p.roles.append(Role(actor, None, start.isoformat(), end.isoformat(), "other", source="phoenix"))
                added = True
            p.sources.append(PHOENIX_SOURCE + (" (names, roles before 2014)" if added else " (names)"))
    for p in people:
        add_gap_roles(p)
    if args.report:
        for w in warnings:
            print("warning:", w, file=sys.stderr)
    return [to_json(p) for p in people]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wikidata-csv", help="leaders_history.csv (Wikidata heads of state/government export)")
    parser.add_argument("--phoenix", help="Phoenix.Countries.actors.txt (petrarch2)")
    parser.add_argument("--cameo", default=str(ROOT.parent / "shared/reference/cameo/cameo_actor_country_type_codes.json"),
                        help="CAMEO country codes (JSON)")
    parser.add_argument("--skip-countries", default="AND,VAT,SMR,CHE,BIH,ANT", type=lambda s: set(s.split(",")),
                        help="countries whose offices the export cannot date per person (co-princes, collegial)")
    parser.add_argument("--shared-offices", default="", type=lambda s: set(filter(None, s.split(","))))
    parser.add_argument("--out", default=str(ROOT / "data/actors/people.jsonl"))
    parser.add_argument("--report", action="store_true", help="print warnings and counts")
    args = parser.parse_args(argv)
    items = build(args)
    ids = [i["id"] for i in items]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise SystemExit(f"duplicate ids: {sorted(dupes)}")
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    if args.report:
        print(f"{len(items)} people, {sum(len(i['roles']) for i in items)} roles → {args.out}", file=sys.stderr)
    return 0


# ----------------------------------------------------------------------------------------------------------------
# The curated tables (format above). Dates are those of taking and leaving office (inauguration, appointment decree);
# "~" marks a date known to the month or week only.

CURATED_PARTS: list[str] = []

CURATED_PARTS.append("""
== RUS
Vladimir Putin; qid: Q7747; fr: Vladimir Poutine|Poutine; es: Vladímir Putin|Putin; de: Wladimir Putin|Putin; it: Vladimir Putin|Putin; pt: Vladimir Putin|Putin; ru: Владимир Путин|Путин|Владимир Владимирович Путин; uk: Володимир Путін|Путін; ar: فلاديمير بوتين|بوتين
  S +GOV President of Russia 2012-05-07 -
  G +GOV Prime Minister of Russia 2008-05-08 2012-05-07
  S +GOV President of Russia 2000-05-07 2008-05-07
  S +GOV Acting President of Russia 1999-12-31 2000-05-07
  G +GOV Prime Minister of Russia 1999-08-09 2000-05-07
Dmitry Medvedev; en: Dmitry Medvedev|Medvedev|Dmitri Medvedev; fr: Dmitri Medvedev|Medvedev; es: Dmitri Medvédev|Medvédev; de: Dmitri Medwedew|Medwedew; ru: Дмитрий Медведев|Медведев; uk: Дмитро Медведєв|Медведєв; ar: ديمتري ميدفيديف|ميدفيديف
  O +GOV Deputy Chairman of the Security Council of Russia 2020-01-16 -
  G +GOV Prime Minister of Russia 2012-05-08 2020-01-16
  S +GOV President of Russia 2008-05-07 2012-05-07
  O +GOV First Deputy Prime Minister of Russia 2005-11-14 2008-05-07
Mikhail Kasyanov; fr: Mikhaïl Kassianov|Kassianov; es: Mijaíl Kasiánov|Kasiánov; de: Michail Kasjanow|Kasjanow; ru: Михаил Касьянов|Касьянов; ar: ميخائيل كاسيانوف|كاسيانوف
  E +OPP Opposition leader (PARNAS) 2010-12-01 -
  G +GOV Prime Minister of Russia 2000-05-07 2004-02-24
Mikhail Fradkov; fr: Mikhaïl Fradkov|Fradkov; es: Mijaíl Fradkov|Fradkov; de: Michail Fradkow|Fradkow; ru: Михаил Фрадков|Фрадков; ar: ميخائيل فرادكوف|فرادكوف
  O +GOVSPY Director of the Foreign Intelligence Service 2007-10-09 2016-10-05
  G +GOV Prime Minister of Russia 2004-03-05 2007-09-14
Viktor Zubkov; fr: Viktor Zoubkov|Zoubkov; es: Víktor Zubkov|Zubkov; de: Wiktor Subkow|Subkow; ru: Виктор Зубков|Зубков; ar: فيكتور زوبكوف|زوبكوف
  O +GOV First Deputy Prime Minister of Russia 2008-05-12 2012-05-21
  G +GOV Prime Minister of Russia 2007-09-14 2008-05-07
Mikhail Mishustin; fr: Mikhaïl Michoustine|Michoustine; es: Mijaíl Mishustin|Mishustin; de: Michail Mischustin|Mischustin; ru: Михаил Мишустин|Мишустин; uk: Михайло Мішустін|Мішустін; ar: ميخائيل ميشوستين|ميشوستين
  G +GOV Prime Minister of Russia 2020-01-16 -
Sergei Lavrov; en: Sergei Lavrov|Lavrov|Sergey Lavrov; fr: Sergueï Lavrov|Lavrov; es: Serguéi Lavrov|Lavrov; de: Sergej Lawrow|Lawrow; it: Sergej Lavrov|Lavrov; ru: Сергей Лавров|Лавров; uk: Сергій Лавров|Лавров; ar: سيرغي لافروف|لافروف
  F +GOV Minister of Foreign Affairs of Russia 2004-03-09 -
Sergei Shoigu; en: Sergei Shoigu|Shoigu|Sergey Shoygu; fr: Sergueï Choïgou|Choïgou|Choigou; es: Serguéi Shoigú|Shoigú; de: Sergej Schoigu|Schoigu; ru: Сергей Шойгу|Шойгу; uk: Сергій Шойгу|Шойгу; ar: سيرغي شويغو|شويغو
  O +GOV Secretary of the Security Council of Russia 2024-05-12 -
  D +GOVMIL Minister of Defence of Russia 2012-11-06 2024-05-12
Andrei Belousov; en: Andrei Belousov|Belousov|Andrey Belousov; fr: Andreï Belooussov|Belooussov; es: Andréi Beloúsov|Beloúsov; de: Andrei Beloussow|Beloussow; ru: Андрей Белоусов|Белоусов; uk: Андрій Бєлоусов|Бєлоусов; ar: أندريه بيلوسوف|بيلوسوف
  D +GOVMIL Minister of Defence of Russia 2024-05-14 -
  O +GOV First Deputy Prime Minister of Russia 2020-01-21 2024-05-14
Anatoly Serdyukov; fr: Anatoli Serdioukov|Serdioukov; es: Anatoli Serdiukov|Serdiukov; de: Anatoli Serdjukow|Serdjukow; ru: Анатолий Сердюков|Сердюков; ar: أناتولي سيرديوكوف|سيرديوكوف
  D +GOVMIL Minister of Defence of Russia 2007-02-15 2012-11-06
Sergei Ivanov; amb; en: Sergei Ivanov|Sergei Borisovich Ivanov; fr: Sergueï Ivanov; es: Serguéi Ivanov; de: Sergej Iwanow; ru: Сергей Иванов|Сергей Борисович Иванов; ar: سيرغي إيفانوف
  O +GOV Chief of Staff of the Presidential Administration 2011-12-22 2016-08-12
  D +GOVMIL Minister of Defence of Russia 2001-03-28 2007-02-15
Dmitry Peskov; en: Dmitry Peskov|Peskov; fr: Dmitri Peskov|Peskov; es: Dmitri Peskov|Peskov; de: Dmitri Peskow|Peskow; ru: Дмитрий Песков|Песков; uk: Дмитро Пєсков|Пєсков; ar: ديمتري بيسكوف|بيسكوف
  O +GOV Press Secretary of the President of Russia 2012-05-22 -
Maria Zakharova; f; fr: Maria Zakharova|Zakharova; es: María Zajárova|Zajárova; de: Maria Sacharowa|Sacharowa; ru: Мария Захарова|Захарова; uk: Марія Захарова|Захарова; ar: ماريا زاخاروفا|زاخاروفا
  O +GOV Spokesperson of the Ministry of Foreign Affairs of Russia 2015-08-10 -
Valery Gerasimov; en: Valery Gerasimov|Gerasimov; fr: Valeri Guerassimov|Guerassimov; es: Valeri Guerásimov|Guerásimov; de: Waleri Gerassimow|Gerassimow; ru: Валерий Герасимов|Герасимов; uk: Валерій Герасимов|Герасимов; ar: فاليري غيراسيموف|غيراسيموف
  O +MIL Chief of the General Staff of the Russian Armed Forces 2012-11-09 -
Nikolai Patrushev; en: Nikolai Patrushev|Patrushev; fr: Nikolaï Patrouchev|Patrouchev; es: Nikolái Pátrushev|Pátrushev; de: Nikolai Patruschew|Patruschew; ru: Николай Патрушев|Патрушев; ar: نيكولاي باتروشيف|باتروشيف
  O +GOV Aide to the President of Russia 2024-05-14 -
  O +GOV Secretary of the Security Council of Russia 2008-05-12 2024-05-12
Sergei Naryshkin; en: Sergei Naryshkin|Naryshkin; fr: Sergueï Narychkine|Narychkine; es: Serguéi Narishkin|Narishkin; de: Sergei Naryschkin|Naryschkin; ru: Сергей Нарышкин|Нарышкин; ar: سيرغي ناريشكين|ناريشكين
  O +GOVSPY Director of the Foreign Intelligence Service 2016-10-05 -
  O +GOVLEG Chairman of the State Duma 2011-12-21 2016-10-05
Alexei Navalny; dead; en: Alexei Navalny|Navalny|Alexey Navalny; fr: Alexeï Navalny|Navalny; es: Alexéi Navalni|Navalni; de: Alexej Nawalny|Nawalny; ru: Алексей Навальный|Навальный; uk: Олексій Навальний|Навальний; ar: أليكسي نافالني|نافالني
  E +OPP Opposition leader 2011-12-10 2024-02-16
Ramzan Kadyrov; en: Ramzan Kadyrov|Kadyrov; fr: Ramzan Kadyrov|Kadyrov; es: Ramzán Kadírov|Kadírov; de: Ramsan Kadyrow|Kadyrow; ru: Рамзан Кадыров|Кадыров; ar: رمضان قديروف|قديروف
  O +GOV Head of the Chechen Republic 2007-02-15 -
Vyacheslav Volodin; en: Vyacheslav Volodin|Volodin; fr: Viatcheslav Volodine|Volodine; es: Viacheslav Volodin|Volodin; de: Wjatscheslaw Wolodin|Wolodin; ru: Вячеслав Володин|Володин; ar: فياتشيسلاف فولودين|فولودين
  O +GOVLEG Chairman of the State Duma 2016-10-05 -

== UKR
Volodymyr Zelensky; qid: Q3874799; en: Volodymyr Zelensky|Zelensky|Volodymyr Zelenskyy|Zelenskyy|Zelenskiy; fr: Volodymyr Zelensky|Zelensky|Volodymyr Zelenski|Zelenski; es: Volodímir Zelenski|Zelenski|Volodymyr Zelensky|Zelensky; de: Wolodymyr Selenskyj|Selenskyj; it: Volodymyr Zelensky|Zelensky; pt: Volodymyr Zelensky|Zelensky; ru: Владимир Зеленский|Зеленский; uk: Володимир Зеленський|Зеленський|Зеленського|Зеленському|Зеленським; ar: فولوديمير زيلينسكي|زيلينسكي
  S +GOV President of Ukraine 2019-05-20 -
Petro Poroshenko; en: Petro Poroshenko|Poroshenko; fr: Petro Porochenko|Porochenko; es: Petró Poroshenko|Poroshenko; de: Petro Poroschenko|Poroschenko; ru: Пётр Порошенко|Порошенко|Петр Порошенко; uk: Петро Порошенко|Порошенко; ar: بيترو بوروشينكو|بوروشينكو
  E +OPP Opposition leader (European Solidarity) 2019-05-20 -
  S +GOV President of Ukraine 2014-06-07 2019-05-20
  F +GOV Minister of Foreign Affairs of Ukraine 2009-10-09 2010-03-11
Viktor Yanukovych; en: Viktor Yanukovych|Yanukovych|Yanukovich; fr: Viktor Ianoukovitch|Ianoukovitch; es: Víktor Yanukóvich|Yanukóvich; de: Wiktor Janukowytsch|Janukowytsch; ru: Виктор Янукович|Янукович; uk: Віктор Янукович|Янукович; ar: فيكتور يانوكوفيتش|يانوكوفيتش
  S +GOV President of Ukraine 2010-02-25 2014-02-22
  G +GOV Prime Minister of Ukraine 2006-08-04 2007-12-18
  G +GOV Prime Minister of Ukraine 2002-11-21 2005-01-05
Viktor Yushchenko; en: Viktor Yushchenko|Yushchenko; fr: Viktor Iouchtchenko|Iouchtchenko; es: Víktor Yúshchenko|Yúshchenko; de: Wiktor Juschtschenko|Juschtschenko; ru: Виктор Ющенко|Ющенко; uk: Віктор Ющенко|Ющенко; ar: فيكتور يوشتشينكو|يوشتشينكو
  S +GOV President of Ukraine 2005-01-23 2010-02-25
  G +GOV Prime Minister of Ukraine 1999-12-22 2001-05-29
Leonid Kuchma; en: Leonid Kuchma|Kuchma; fr: Leonid Koutchma|Koutchma; es: Leonid Kuchma|Kuchma; de: Leonid Kutschma|Kutschma; ru: Леонид Кучма|Кучма; uk: Леонід Кучма|Кучма; ar: ليونيد كوتشما|كوتشما
  O +GOV Representative of Ukraine in the Trilateral Contact Group 2014-06-08 2019-10-01
  S +GOV President of Ukraine 1994-07-19 2005-01-23
Oleksandr Turchynov; en: Oleksandr Turchynov|Turchynov; fr: Oleksandr Tourtchynov|Tourtchynov; es: Oleksandr Turchínov|Turchínov; de: Oleksandr Turtschynow|Turtschynow; ru: Александр Турчинов|Турчинов; uk: Олександр Турчинов|Турчинов; ar: أولكسندر تورتشينوف|تورتشينوف
  O +GOV Secretary of the National Security and Defence Council 2014-12-16 2019-05-19
  S +GOV Acting President of Ukraine 2014-02-23 2014-06-07
Yulia Tymoshenko; f; en: Yulia Tymoshenko|Tymoshenko; fr: Ioulia Tymochenko|Tymochenko; es: Yulia Timoshenko|Timoshenko; de: Julija Tymoschenko|Tymoschenko; ru: Юлия Тимошенко|Тимошенко; uk: Юлія Тимошенко|Тимошенко; ar: يوليا تيموشينكو|تيموشينكو
  E +OPP Opposition leader (Batkivshchyna) 2010-03-04 -
  G +GOV Prime Minister of Ukraine 2007-12-18 2010-03-04
  G +GOV Prime Minister of Ukraine 2005-01-24 2005-09-08
Yuriy Yekhanurov; en: Yuriy Yekhanurov|Yekhanurov; fr: Iouri Iekhanourov|Iekhanourov; ru: Юрий Ехануров|Ехануров; uk: Юрій Єхануров|Єхануров; ar: يوري يخانوروف|يخانوروف
  D +GOVMIL Minister of Defence of Ukraine 2007-12-18 2009-06-05
  G +GOV Prime Minister of Ukraine 2005-09-22 2006-08-04
Mykola Azarov; en: Mykola Azarov|Azarov; fr: Mykola Azarov|Azarov; ru: Николай Азаров|Азаров; uk: Микола Азаров|Азаров; ar: ميكولا أزاروف|أزاروف
  G +GOV Prime Minister of Ukraine 2010-03-11 2014-01-28
Serhiy Arbuzov; en: Serhiy Arbuzov|Arbuzov; fr: Serhiy Arbouzov|Arbouzov; ru: Сергей Арбузов|Арбузов; uk: Сергій Арбузов|Арбузов; ar: سيرهي أربوزوف|أربوزوف
  G +GOV Acting Prime Minister of Ukraine 2014-01-28 2014-02-27
Arseniy Yatsenyuk; en: Arseniy Yatsenyuk|Yatsenyuk; fr: Arseni Iatseniouk|Iatseniouk; es: Arseni Yatseniuk|Yatseniuk; de: Arsenij Jazenjuk|Jazenjuk; ru: Арсений Яценюк|Яценюк; uk: Арсеній Яценюк|Яценюк; ar: أرسيني ياتسينيوك|ياتسينيوك
  G +GOV Prime Minister of Ukraine 2014-02-27 2016-04-14
  F +GOV Minister of Foreign Affairs of Ukraine 2007-03-21 2007-12-18
Volodymyr Groysman; en: Volodymyr Groysman|Groysman|Hroisman; fr: Volodymyr Groïsman|Groïsman; es: Volodímir Groisman|Groisman; de: Wolodymyr Hrojsman|Hrojsman; ru: Владимир Гройсман|Гройсман; uk: Володимир Гройсман|Гройсман; ar: فولوديمير غرويسمان|غرويسمان
  G +GOV Prime Minister of Ukraine 2016-04-14 2019-08-29
Oleksiy Honcharuk; en: Oleksiy Honcharuk|Honcharuk; fr: Oleksiy Hontcharouk|Hontcharouk; es: Oleksí Honcharuk|Honcharuk; de: Oleksij Hontscharuk|Hontscharuk; ru: Алексей Гончарук|Гончарук; uk: Олексій Гончарук|Гончарук; ar: أوليكسي غونشاروك|غونشاروك
  G +GOV Prime Minister of Ukraine 2019-08-29 2020-03-04
Denys Shmyhal; en: Denys Shmyhal|Shmyhal; fr: Denys Chmyhal|Chmyhal; es: Denís Shmigal|Shmigal|Denys Shmyhal|Shmyhal; de: Denys Schmyhal|Schmyhal; ru: Денис Шмыгаль|Шмыгаль; uk: Денис Шмигаль|Шмигаль; ar: دينيس شميهال|شميهال
  D +GOVMIL Minister of Defence of Ukraine 2025-07-17 -
  G +GOV Prime Minister of Ukraine 2020-03-04 2025-07-17
Yulia Svyrydenko; f; en: Yulia Svyrydenko|Svyrydenko; fr: Ioulia Svyrydenko|Svyrydenko; es: Yulia Svyrydenko|Svyrydenko; de: Julija Swyrydenko|Swyrydenko; ru: Юлия Свириденко|Свириденко; uk: Юлія Свириденко|Свириденко; ar: يوليا سفيريدينكو|سفيريدينكو
  G +GOV Prime Minister of Ukraine 2025-07-17 -
  O +GOV First Deputy Prime Minister, Minister of Economy of Ukraine 2021-11-04 2025-07-16
Andrii Deshchytsia; en: Andrii Deshchytsia|Deshchytsia; fr: Andriy Dechtchytsia|Dechtchytsia; ru: Андрей Дещица|Дещица; uk: Андрій Дещиця|Дещиця; ar: أندريه ديشتشيتسا|ديشتشيتسا
  F +GOV Acting Minister of Foreign Affairs of Ukraine 2014-02-27 2014-06-19
Pavlo Klimkin; en: Pavlo Klimkin|Klimkin; fr: Pavlo Klimkine|Klimkine; es: Pavló Klimkin|Klimkin; de: Pawlo Klimkin|Klimkin; ru: Павел Климкин|Климкин; uk: Павло Клімкін|Клімкін; ar: بافلو كليمكين|كليمكين
  F +GOV Minister of Foreign Affairs of Ukraine 2014-06-19 2019-08-29
Vadym Prystaiko; en: Vadym Prystaiko|Prystaiko; fr: Vadym Prystaïko|Prystaïko; ru: Вадим Пристайко|Пристайко; uk: Вадим Пристайко|Пристайко; ar: فاديم بريستايكو|بريستايكو
  F +GOV Minister of Foreign Affairs of Ukraine 2019-08-29 2020-03-04
Dmytro Kuleba; en: Dmytro Kuleba|Kuleba; fr: Dmytro Kouleba|Kouleba; es: Dmitró Kuleba|Kuleba; de: Dmytro Kuleba|Kuleba; ru: Дмитрий Кулеба|Кулеба; uk: Дмитро Кулеба|Кулеба; ar: دميترو كوليبا|كوليبا
  F +GOV Minister of Foreign Affairs of Ukraine 2020-03-04 2024-09-04
Andrii Sybiha; en: Andrii Sybiha|Sybiha|Andriy Sybiha; fr: Andriï Sybiha|Sybiha; es: Andrí Sibiga|Sibiga|Andrii Sybiha|Sybiha; de: Andrij Sybiha|Sybiha; ru: Андрей Сибига|Сибига; uk: Андрій Сибіга|Сибіга; ar: أندريه سيبيها|سيبيها
  F +GOV Minister of Foreign Affairs of Ukraine 2024-09-05 -
Ihor Tenyukh; en: Ihor Tenyukh|Tenyukh; fr: Ihor Tenioukh|Tenioukh; ru: Игорь Тенюх|Тенюх; uk: Ігор Тенюх|Тенюх; ar: إيهور تينيوخ|تينيوخ
  D +GOVMIL Acting Minister of Defence of Ukraine 2014-02-27 2014-03-25
Mykhailo Koval; en: Mykhailo Koval|Koval; fr: Mykhaïlo Koval|Koval; ru: Михаил Коваль|Коваль; uk: Михайло Коваль|Коваль; ar: ميخايلو كوفال|كوفال
  D +GOVMIL Acting Minister of Defence of Ukraine 2014-03-25 2014-07-03
Valeriy Heletey; en: Valeriy Heletey|Heletey; fr: Valeri Geleteï|Geleteï; ru: Валерий Гелетей|Гелетей; uk: Валерій Гелетей|Гелетей; ar: فاليري هيليتي|هيليتي
  D +GOVMIL Minister of Defence of Ukraine 2014-07-03 2014-10-14
Stepan Poltorak; en: Stepan Poltorak|Poltorak; fr: Stepan Poltorak|Poltorak; ru: Степан Полторак|Полторак; uk: Степан Полторак|Полторак; ar: ستيبان بولتوراك|بولتوراك
  D +GOVMIL Minister of Defence of Ukraine 2014-10-14 2019-08-29
Andriy Zahorodniuk; en: Andriy Zahorodniuk|Zahorodniuk; fr: Andriy Zagorodniouk|Zagorodniouk; ru: Андрей Загороднюк|Загороднюк; uk: Андрій Загороднюк|Загороднюк; ar: أندريه زاهورودنيوك|زاهورودنيوك
  D +GOVMIL Minister of Defence of Ukraine 2019-08-29 2020-03-04
Andriy Taran; en: Andriy Taran|Taran; fr: Andriy Taran|Taran; ru: Андрей Таран|Таран; uk: Андрій Таран|Таран; ar: أندريه تاران|تاران
  D +GOVMIL Minister of Defence of Ukraine 2020-03-04 2021-11-03
Oleksii Reznikov; en: Oleksii Reznikov|Reznikov|Oleksiy Reznikov; fr: Oleksiï Reznikov|Reznikov; es: Oleksí Réznikov|Réznikov; de: Oleksij Resnikow|Resnikow; ru: Алексей Резников|Резников; uk: Олексій Резніков|Резніков; ar: أوليكسي ريزنيكوف|ريزنيكوف
  D +GOVMIL Minister of Defence of Ukraine 2021-11-04 2023-09-05
Rustem Umerov; en: Rustem Umerov|Umerov; fr: Roustem Oumerov|Oumerov|Rustem Umerov|Umerov; es: Rustem Umérov|Umérov; de: Rustem Umjerow|Umjerow; ru: Рустем Умеров|Умеров; uk: Рустем Умєров|Умєров; ar: رستم عمروف|عمروف
  O +GOV Secretary of the National Security and Defence Council 2025-07-17 -
  D +GOVMIL Minister of Defence of Ukraine 2023-09-06 2025-07-17
Valerii Zaluzhnyi; en: Valerii Zaluzhnyi|Zaluzhnyi|Valery Zaluzhny; fr: Valeri Zaloujny|Zaloujny; es: Valeri Zaluzhni|Zaluzhni; de: Walerij Saluschnyj|Saluschnyj; ru: Валерий Залужный|Залужный; uk: Валерій Залужний|Залужний; ar: فاليري زالوجني|زالوجني
  O +GOV Ambassador of Ukraine to the United Kingdom 2024-05-09 -
  O +MIL Commander-in-Chief of the Armed Forces of Ukraine 2021-07-27 2024-02-08
Oleksandr Syrskyi; en: Oleksandr Syrskyi|Syrskyi|Syrsky; fr: Oleksandr Syrsky|Syrsky; es: Oleksandr Sirski|Sirski; de: Olexandr Syrskyj|Syrskyj; ru: Александр Сырский|Сырский; uk: Олександр Сирський|Сирський; ar: أولكسندر سيرسكي|سيرسكي
  O +MIL Commander-in-Chief of the Armed Forces of Ukraine 2024-02-08 -
Andriy Yermak; en: Andriy Yermak|Yermak|Andrii Yermak; fr: Andriy Iermak|Iermak|Andriï Iermak; es: Andrí Yermak|Yermak; de: Andrij Jermak|Jermak; ru: Андрей Ермак|Ермак; uk: Андрій Єрмак|Єрмак; ar: أندريه يرماك|يرماك
  O +GOV Head of the Office of the President of Ukraine 2020-02-11 2025-11-28
Kyrylo Budanov; en: Kyrylo Budanov|Budanov; fr: Kyrylo Boudanov|Boudanov; es: Kiril Budánov|Budánov; de: Kyrylo Budanow|Budanow; ru: Кирилл Буданов|Буданов; uk: Кирило Буданов|Буданов; ar: كيريلو بودانوف|بودانوف
  O +MIL Chief of the Defence Intelligence of Ukraine (HUR) 2020-08-05 -
Alexander Zakharchenko; dead; en: Alexander Zakharchenko|Zakharchenko; fr: Alexandre Zakhartchenko|Zakhartchenko; es: Alexandr Zajarchenko|Zajarchenko; de: Alexander Sachartschenko|Sachartschenko; ru: Александр Захарченко|Захарченко; uk: Олександр Захарченко|Захарченко; ar: ألكسندر زاخارتشينكو|زاخارتشينكو
  A +REB Head of the self-proclaimed Donetsk People's Republic 2014-08-07 2018-08-31
Denis Pushilin; en: Denis Pushilin|Pushilin; fr: Denis Pouchiline|Pouchiline; es: Denís Pushilin|Pushilin; de: Denis Puschilin|Puschilin; ru: Денис Пушилин|Пушилин; uk: Денис Пушилін|Пушилін; ar: دينيس بوشيلين|بوشيلين
  A +REB Head of the self-proclaimed Donetsk People's Republic 2018-09-07 -
  A +REB Chairman of the People's Council of the self-proclaimed Donetsk People's Republic 2015-09-04 2018-09-07
Alexander Borodai; en: Alexander Borodai|Borodai; fr: Alexandre Borodaï|Borodaï; ru: Александр Бородай|Бородай; ar: ألكسندر بوروداي|بوروداي
  A +REB Prime Minister of the self-proclaimed Donetsk People's Republic 2014-05-16 2014-08-07
Igor Girkin; en: Igor Girkin|Girkin|Igor Strelkov|Strelkov; fr: Igor Guirkine|Guirkine|Igor Strelkov|Strelkov; es: Ígor Guirkin|Guirkin|Ígor Strelkov|Strelkov; de: Igor Girkin|Girkin|Igor Strelkow|Strelkow; ru: Игорь Гиркин|Гиркин|Игорь Стрелков|Стрелков; ar: إيغور غيركين|غيركين|إيغور ستريلكوف|ستريلكوف
  A +REB Commander of the self-proclaimed Donetsk People's Republic forces 2014-04-12 2014-08-14
Igor Plotnitsky; en: Igor Plotnitsky|Plotnitsky; fr: Igor Plotnitski|Plotnitski; es: Ígor Plotnitski|Plotnitski; de: Igor Plotnizki|Plotnizki; ru: Игорь Плотницкий|Плотницкий; ar: إيغور بلوتنيتسكي|بلوتنيتسكي
  A +REB Head of the self-proclaimed Luhansk People's Republic 2014-08-14 2017-11-24
Leonid Pasechnik; en: Leonid Pasechnik|Pasechnik; fr: Leonid Passetchnik|Passetchnik; es: Leonid Pásechnik|Pásechnik; de: Leonid Passetschnik|Passetschnik; ru: Леонид Пасечник|Пасечник; uk: Леонід Пасічник|Пасічник; ar: ليونيد باسيتشنيك|باسيتشنيك
  A +REB Head of the self-proclaimed Luhansk People's Republic 2017-11-24 -
Valery Bolotov; dead; en: Valery Bolotov|Bolotov; fr: Valeri Bolotov|Bolotov; ru: Валерий Болотов|Болотов; ar: فاليري بولوتوف|بولوتوف
  A +REB Head of the self-proclaimed Luhansk People's Republic 2014-05-12 2014-08-14

== FRA
Emmanuel Macron; qid: Q3052772; fr: Emmanuel Macron|Macron; es: Emmanuel Macron|Macron; de: Emmanuel Macron|Macron; it: Emmanuel Macron|Macron; pt: Emmanuel Macron|Macron; ru: Эммануэль Макрон|Макрон; uk: Емманюель Макрон|Макрон; ar: إيمانويل ماكرون|ماكرون
  S +GOV President of France 2017-05-14 -
  O +GOV Minister of the Economy of France 2014-08-26 2016-08-30
François Hollande; en: François Hollande|Hollande|Francois Hollande; ru: Франсуа Олланд|Олланд; uk: Франсуа Олланд|Олланд; ar: فرانسوا هولاند|هولاند; es: François Hollande|Hollande
  S +GOV President of France 2012-05-15 2017-05-14
Nicolas Sarkozy; ru: Николя Саркози|Саркози; ar: نيكولا ساركوزي|ساركوزي; uk: Ніколя Саркозі|Саркозі
  S +GOV President of France 2007-05-16 2012-05-15
Jacques Chirac; dead; ru: Жак Ширак|Ширак; ar: جاك شيراك|شيراك
  S +GOV President of France 1995-05-17 2007-05-16
Lionel Jospin; ru: Лионель Жоспен|Жоспен; ar: ليونيل جوسبان|جوسبان
  G +GOV Prime Minister of France 1997-06-02 2002-05-06
Jean-Pierre Raffarin; ru: Жан-Пьер Раффарен|Раффарен; ar: جان بيار رافاران|رافاران
  G +GOV Prime Minister of France 2002-05-06 2005-05-31
Dominique de Villepin; en: Dominique de Villepin|Villepin; fr: Dominique de Villepin|Villepin; ru: Доминик де Вильпен|Вильпен; ar: دومينيك دو فيلبان|دو فيلبان
  G +GOV Prime Minister of France 2005-05-31 2007-05-17
  F +GOV Minister of Foreign Affairs of France 2002-05-07 2004-03-31
François Fillon; en: François Fillon|Fillon|Francois Fillon; ru: Франсуа Фийон|Фийон; ar: فرانسوا فيون|فيون
  G +GOV Prime Minister of France 2007-05-17 2012-05-15
Jean-Marc Ayrault; ru: Жан-Марк Эро|Эро; ar: جان مارك إيرولت|إيرولت
  F +GOV Minister of Foreign Affairs of France 2016-02-11 2017-05-17
  G +GOV Prime Minister of France 2012-05-15 2014-03-31
Manuel Valls; ru: Мануэль Вальс|Вальс; ar: مانويل فالس|فالس
  G +GOV Prime Minister of France 2014-03-31 2016-12-06
Bernard Cazeneuve; ru: Бернар Казнёв|Казнёв; ar: برنار كازنوف|كازنوف
  G +GOV Prime Minister of France 2016-12-06 2017-05-15
Édouard Philippe; en: Édouard Philippe|Edouard Philippe; fr: Édouard Philippe|Edouard Philippe; es: Édouard Philippe|Edouard Philippe; de: Édouard Philippe|Edouard Philippe; ru: Эдуар Филипп; ar: إدوار فيليب; amb
  G +GOV Prime Minister of France 2017-05-15 2020-07-03
Jean Castex; ru: Жан Кастекс|Кастекс; ar: جان كاستكس|كاستكس
  G +GOV Prime Minister of France 2020-07-03 2022-05-16
Élisabeth Borne; f; en: Élisabeth Borne|Borne|Elisabeth Borne; fr: Élisabeth Borne|Borne|Elisabeth Borne; ru: Элизабет Борн|Борн; ar: إليزابيث بورن|بورن
  O +GOVEDU Minister of National Education of France 2024-12-23 2025-10-12
  G +GOV Prime Minister of France 2022-05-16 2024-01-09
Gabriel Attal; ru: Габриэль Атталь|Атталь; ar: غابرييل أتال|أتال
  G +GOV Prime Minister of France 2024-01-09 2024-09-05
Michel Barnier; ru: Мишель Барнье|Барнье; ar: ميشال بارنييه|بارنييه
  G +GOV Prime Minister of France 2024-09-05 2024-12-13
  O IGOEUREEC Chief Brexit negotiator of the European Commission 2016-10-01 2021-03-31
François Bayrou; en: François Bayrou|Bayrou|Francois Bayrou; ru: Франсуа Байру|Байру; ar: فرانسوا بايرو|بايرو
  G +GOV Prime Minister of France 2024-12-13 2025-09-09
Sébastien Lecornu; en: Sébastien Lecornu|Lecornu|Sebastien Lecornu; ru: Себастьен Лекорню|Лекорню; ar: سيباستيان لوكورنو|لوكورنو
  G +GOV Prime Minister of France 2025-09-09 -
  D +GOVMIL Minister of the Armed Forces of France 2022-05-20 2025-09-09
Laurent Fabius; ru: Лоран Фабиус|Фабиус; ar: لوران فابيوس|فابيوس
  O +GOVJUD President of the Constitutional Council of France 2016-03-08 2025-03-07
  F +GOV Minister of Foreign Affairs of France 2012-05-16 2016-02-11
Jean-Yves Le Drian; en: Jean-Yves Le Drian|Le Drian; ru: Жан-Ив Ле Дриан|Ле Дриан; ar: جان إيف لودريان|لودريان
  O +GOV Personal envoy of the President of France for Lebanon 2023-06-07 -
  F +GOV Minister for Europe and Foreign Affairs of France 2017-05-17 2022-05-20
  D +GOVMIL Minister of Defence of France 2012-05-16 2017-05-17
Catherine Colonna; f; ru: Катрин Колонна|Колонна; ar: كاترين كولونا|كولونا
  F +GOV Minister for Europe and Foreign Affairs of France 2022-05-20 2024-01-11
Stéphane Séjourné; en: Stéphane Séjourné|Séjourné|Stephane Sejourne; ru: Стефан Сежурне|Сежурне; ar: ستيفان سيجورنيه|سيجورنيه
  O IGOEUREEC Executive Vice-President of the European Commission 2024-12-01 -
  F +GOV Minister for Europe and Foreign Affairs of France 2024-01-11 2024-09-21
Jean-Noël Barrot; en: Jean-Noël Barrot|Barrot|Jean-Noel Barrot; ru: Жан-Ноэль Барро|Барро; ar: جان نويل بارو|بارو
  F +GOV Minister for Europe and Foreign Affairs of France 2024-09-21 -
Sylvie Goulard; f; ru: Сильви Гулар|Гулар; ar: سيلفي غولار|غولار
  D +GOVMIL Minister of the Armed Forces of France 2017-05-17 2017-06-21
Florence Parly; f; ru: Флоранс Парли|Парли; ar: فلورانس بارلي|بارلي
  D +GOVMIL Minister of the Armed Forces of France 2017-06-21 2022-05-20
Catherine Vautrin; f; ru: Катрин Вотрен|Вотрен; ar: كاترين فوتران|فوتران
  D +GOVMIL Minister of the Armed Forces of France 2025-10-12 -
Marine Le Pen; f; en: Marine Le Pen|Le Pen; ru: Марин Ле Пен|Ле Пен; ar: مارين لوبان|لوبان; es: Marine Le Pen|Le Pen; de: Marine Le Pen|Le Pen
  E +OPP Leader of the Rassemblement national 2011-01-16 -
Jordan Bardella; ru: Жордан Барделла|Барделла; ar: جوردان بارديلا|بارديلا
  E +OPP President of the Rassemblement national 2022-11-05 -
Jean-Luc Mélenchon; en: Jean-Luc Mélenchon|Mélenchon|Melenchon; fr: Jean-Luc Mélenchon|Mélenchon|Melenchon; ru: Жан-Люк Меланшон|Меланшон; ar: جان لوك ميلانشون|ميلانشون
  E +OPP Leader of La France insoumise 2016-02-10 -

== ARM
Nikol Pashinyan; en: Nikol Pashinyan|Pashinyan; fr: Nikol Pachinian|Pachinian|Nikol Pachinyan|Pachinyan; es: Nikol Pashinián|Pashinián|Nikol Pashinyan|Pashinyan; de: Nikol Paschinjan|Paschinjan; it: Nikol Pashinyan|Pashinyan; ru: Никол Пашинян|Пашинян; uk: Нікол Пашинян|Пашинян; ar: نيكول باشينيان|باشينيان; pt: Nikol Pashinyan|Pashinyan
  G +GOV Prime Minister of Armenia 2018-05-08 -
  E +OPP Opposition leader (Civil Contract), leader of the 2018 protests 2013-05-01 2018-05-08
Serzh Sargsyan; amb; en: Serzh Sargsyan|Serzh Sarkisian; fr: Serge Sarkissian|Serj Sarkissian; es: Serzh Sargsián; de: Sersch Sargsjan; ru: Серж Саргсян|Серж Саркисян; ar: سيرج سركيسيان
  G +GOV Prime Minister of Armenia 2018-04-17 2018-04-23
  S +GOV President of Armenia 2008-04-09 2018-04-09
  G +GOV Prime Minister of Armenia 2007-04-04 2008-04-09
  D +GOVMIL Minister of Defence of Armenia 2000-05-20 2007-04-04
Robert Kocharyan; en: Robert Kocharyan|Kocharyan; fr: Robert Kotcharian|Kotcharian; es: Robert Kocharián|Kocharián; de: Robert Kotscharjan|Kotscharjan; ru: Роберт Кочарян|Кочарян; ar: روبرت كوتشاريان|كوتشاريان
  E +OPP Opposition leader (Armenia Alliance) 2021-05-01 -
  S +GOV President of Armenia 1998-04-09 2008-04-09
Armen Sarkissian; amb; en: Armen Sarkissian|Armen Sargsyan; fr: Armen Sarkissian; es: Armen Sarkissian; de: Armen Sarkissjan; ru: Армен Саркисян; ar: أرمين سركيسيان
  S +GOV President of Armenia 2018-04-09 2022-02-01
Alen Simonyan; en: Alen Simonyan|Simonyan; fr: Alen Simonian|Simonian; ru: Ален Симонян|Симонян; ar: آلين سيمونيان|سيمونيان
  O +GOVLEG President of the National Assembly of Armenia 2021-08-02 -
  S +GOV Acting President of Armenia 2022-02-01 2022-03-13
Vahagn Khachaturyan; en: Vahagn Khachaturyan|Khachaturyan; fr: Vahagn Khatchatourian|Khatchatourian; es: Vahagn Jachaturián|Jachaturián; de: Wahagn Chatschaturjan|Chatschaturjan; ru: Ваагн Хачатурян|Хачатурян; ar: فاهاغن خاتشاتوريان|خاتشاتوريان
  S +GOV President of Armenia 2022-03-13 -
Andranik Margaryan; dead; en: Andranik Margaryan|Margaryan; fr: Andranik Markarian|Markarian; ru: Андраник Маргарян|Маргарян; ar: أندرانيك ماركاريان|ماركاريان
  G +GOV Prime Minister of Armenia 2000-05-12 2007-03-25
Tigran Sargsyan; amb; en: Tigran Sargsyan|Tigran Sarkisian; fr: Tigran Sarkissian; ru: Тигран Саркисян; ar: تيغران سركيسيان
  O IGOCIS Chairman of the Board of the Eurasian Economic Commission 2016-02-01 2020-02-01
  G +GOV Prime Minister of Armenia 2008-04-09 2014-04-13
Hovik Abrahamyan; en: Hovik Abrahamyan|Abrahamyan; fr: Hovik Abrahamian|Abrahamian; ru: Овик Абраамян|Абраамян; ar: هوفيك أبراهاميان|أبراهاميان
  G +GOV Prime Minister of Armenia 2014-04-13 2016-09-13
Karen Karapetyan; en: Karen Karapetyan|Karen Karapetian; fr: Karen Karapetian; ru: Карен Карапетян; ar: كارين كارابيتيان; amb
  G +GOV Acting Prime Minister of Armenia 2018-04-23 2018-05-08
  G +GOV Prime Minister of Armenia 2016-09-13 2018-04-17
Edward Nalbandian; en: Edward Nalbandian|Nalbandian|Eduard Nalbandyan; fr: Edouard Nalbandian|Nalbandian; ru: Эдвард Налбандян|Налбандян; ar: إدوارد نالبانديان|نالبانديان
  F +GOV Minister of Foreign Affairs of Armenia 2008-04-24 2018-05-12
Zohrab Mnatsakanyan; en: Zohrab Mnatsakanyan|Mnatsakanyan; fr: Zohrab Mnatsakanian|Mnatsakanian; ru: Зограб Мнацаканян|Мнацаканян; ar: زهراب مناتساكانيان|مناتساكانيان
  F +GOV Minister of Foreign Affairs of Armenia 2018-05-12 2020-11-16
Ara Aivazian; en: Ara Aivazian|Aivazian|Ara Ayvazyan; fr: Ara Aivazian|Aivazian; ru: Ара Айвазян|Айвазян; ar: آرا أيفازيان|أيفازيان
  F +GOV Minister of Foreign Affairs of Armenia 2020-11-18 2021-05-31
Ararat Mirzoyan; en: Ararat Mirzoyan|Mirzoyan; fr: Ararat Mirzoyan|Mirzoyan; es: Ararat Mirzoyán|Mirzoyán; de: Ararat Mirsojan|Mirsojan; ru: Арарат Мирзоян|Мирзоян; ar: أرارات ميرزويان|ميرزويان
  F +GOV Minister of Foreign Affairs of Armenia 2021-08-19 -
  O +GOVLEG President of the National Assembly of Armenia 2019-01-14 2021-08-02
Seyran Ohanyan; en: Seyran Ohanyan|Ohanyan; fr: Seyran Ohanian|Ohanian; ru: Сейран Оганян|Оганян; ar: سيران أوهانيان|أوهانيان
  D +GOVMIL Minister of Defence of Armenia 2008-04-24 2016-10-03
Vigen Sargsyan; amb; en: Vigen Sargsyan; fr: Viguen Sarkissian; ru: Виген Саргсян; ar: فيغن سركيسيان
  D +GOVMIL Minister of Defence of Armenia 2016-10-03 2018-05-11
David Tonoyan; en: David Tonoyan|Tonoyan; fr: David Tonoyan|Tonoyan; ru: Давид Тоноян|Тоноян; ar: دافيد تونويان|تونويان
  D +GOVMIL Minister of Defence of Armenia 2018-05-11 2020-11-20
Vagharshak Harutyunyan; en: Vagharshak Harutyunyan|Vagharshak Harutiunyan; fr: Vagharchak Haroutiounian; ru: Вагаршак Арутюнян; ar: فاغارشاك هاروتيونيان; amb
  D +GOVMIL Minister of Defence of Armenia 2020-11-20 2021-08-02
Arshak Karapetyan; amb; en: Arshak Karapetyan; fr: Archak Karapetian; ru: Аршак Карапетян; ar: أرشاك كارابيتيان
  D +GOVMIL Minister of Defence of Armenia 2021-08-02 2021-11-15
Suren Papikyan; en: Suren Papikyan|Papikyan; fr: Souren Papikian|Papikian; es: Suren Papikián|Papikián; ru: Сурен Папикян|Папикян; ar: سورين بابيكيان|بابيكيان
  D +GOVMIL Minister of Defence of Armenia 2021-11-15 -

== AZE
Ilham Aliyev; qid: Q57371; en: Ilham Aliyev|Aliyev|Ilham Aliev; fr: Ilham Aliev|Aliev|Ilham Aliyev|Aliyev; es: Ilham Aliyev|Aliyev|Ilham Alíev|Alíev; de: Ilham Alijew|Alijew; it: Ilham Aliyev|Aliyev; pt: Ilham Aliyev|Aliyev; ru: Ильхам Алиев|Алиев; uk: Ільхам Алієв|Алієв; ar: إلهام علييف|علييف
  S +GOV President of Azerbaijan 2003-10-31 -
  G +GOV Prime Minister of Azerbaijan 2003-08-04 2003-11-04
Heydar Aliyev; dead; amb; en: Heydar Aliyev; fr: Heydar Aliev; es: Heydar Aliyev; de: Heydər Əliyev|Gejdar Alijew; ru: Гейдар Алиев; ar: حيدر علييف
  S +GOV President of Azerbaijan 1993-06-24 2003-10-31
Mehriban Aliyeva; f; en: Mehriban Aliyeva|Aliyeva; fr: Mehriban Alieva|Alieva; de: Mehriban Alijewa|Alijewa; ru: Мехрибан Алиева|Алиева; ar: مهريبان علييفا|علييفا
  O +GOV First Vice-President of Azerbaijan 2017-02-21 -
Artur Rasizade; en: Artur Rasizade|Rasizade; fr: Artur Rasizadé|Rasizadé; ru: Артур Расизаде|Расизаде; ar: أرتور راسي زاده|راسي زاده
  G +GOV Prime Minister of Azerbaijan 2003-11-04 2018-04-21
  G +GOV Prime Minister of Azerbaijan 1996-11-26 2003-08-04
Novruz Mammadov; en: Novruz Mammadov|Mammadov; fr: Novruz Mammadov|Mammadov; ru: Новруз Мамедов|Мамедов; ar: نوروز محمدوف|محمدوف
  G +GOV Prime Minister of Azerbaijan 2018-04-21 2019-10-08
Ali Asadov; en: Ali Asadov|Asadov; fr: Ali Asadov|Asadov; es: Alí Asádov|Asádov; de: Ali Assadow|Assadow; ru: Али Асадов|Асадов; ar: علي أسدوف|أسدوف
  G +GOV Prime Minister of Azerbaijan 2019-10-08 -
Elmar Mammadyarov; en: Elmar Mammadyarov|Mammadyarov; fr: Elmar Mammadiarov|Mammadiarov|Elmar Mammadyarov; ru: Эльмар Мамедъяров|Мамедъяров; ar: إلمار محمدياروف|محمدياروف
  F +GOV Minister of Foreign Affairs of Azerbaijan 2004-04-02 2020-07-16
Jeyhun Bayramov; en: Jeyhun Bayramov|Bayramov; fr: Djeyhoun Baïramov|Baïramov|Jeyhun Bayramov|Bayramov; es: Jeyhun Bayrámov|Bayrámov; de: Dschejhun Bajramow|Bajramow|Jeyhun Bayramov; ru: Джейхун Байрамов|Байрамов; ar: جيهون بيراموف|بيراموف
  F +GOV Minister of Foreign Affairs of Azerbaijan 2020-07-16 -
Safar Abiyev; en: Safar Abiyev|Abiyev; fr: Safar Abiev|Abiev; ru: Сафар Абиев|Абиев; ar: صفر أبييف|أبييف
  D +GOVMIL Minister of Defence of Azerbaijan 1995-02-06 2013-10-22
Zakir Hasanov; en: Zakir Hasanov|Hasanov; fr: Zakir Hasanov|Hasanov; es: Zakir Hasánov|Hasánov; de: Sakir Hasanow|Hasanow; ru: Закир Гасанов|Гасанов; ar: ذاكر حسنوف|حسنوف
  D +GOVMIL Minister of Defence of Azerbaijan 2013-10-22 -
Hikmet Hajiyev; en: Hikmet Hajiyev|Hajiyev; fr: Hikmet Hadjiyev|Hadjiyev|Hikmet Hajiyev; ru: Хикмет Гаджиев|Гаджиев; ar: حكمت حاجييف|حاجييف
  O +GOV Assistant to the President of Azerbaijan, head of foreign policy department 2018-02-20 -
Arayik Harutyunyan; en: Arayik Harutyunyan|Arayik Harutiunyan; fr: Araïk Haroutiounian; ru: Араик Арутюнян; ar: أرايك هاروتيونيان; amb
  A AZEREB President of the self-proclaimed Republic of Artsakh (Nagorno-Karabakh) 2020-05-21 2023-09-01
Bako Sahakyan; en: Bako Sahakyan|Sahakyan; fr: Bako Sahakian|Sahakian; ru: Бако Саакян|Саакян; ar: باكو ساهاكيان|ساهاكيان
  A AZEREB President of the self-proclaimed Republic of Artsakh (Nagorno-Karabakh) 2007-09-07 2020-05-21
Samvel Shahramanyan; en: Samvel Shahramanyan|Shahramanyan; fr: Samvel Chahramanian|Chahramanian; ru: Самвел Шахраманян|Шахраманян; ar: سامفيل شهرامانيان|شهرامانيان
  A AZEREB President of the self-proclaimed Republic of Artsakh (Nagorno-Karabakh) 2023-09-10 2024-01-01
""")

# @@DATA@@

if __name__ == "__main__":
    raise SystemExit(main())
