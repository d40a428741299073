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


# Monarchs whose Wikidata export label is Portuguese ("Abdullah II da Jordânia"): the regnal name as the other
# languages write it, and no surname (the "surname" would be the country's Portuguese name).
REGNAL_NAMES = {"Filipe VI": "Felipe VI", "Carlos XVI Gustavo": "Carl XVI Gustaf", "Alberto II": "Albert II",
                "João Carlos I": "Juan Carlos I"}
REGNAL = re.compile(r"^(?P<name>.+? [IVXL]+(?: \w+)?) (?:da|do|de|dos|das) .+$")


def regnal_forms(item: dict) -> dict:
    """Fix the names of a monarch labelled in Portuguese: "Abdullah II da Jordânia" → "Abdullah II", "King
    Abdullah II" (en), "roi Abdullah II" (fr)…; other entries are returned unchanged."""
    m = REGNAL.match(item["name"])
    if not m:
        return item
    regnal = REGNAL_NAMES.get(m.group("name"), m.group("name"))
    titles = {"en": "King", "fr": "roi", "es": "rey", "de": "König", "it": "re", "pt": "rei"}
    names = {lang: [regnal, f"{title} {regnal}"] for lang, title in titles.items()}
    names["pt"] = [item["name"], m.group("name"), f"rei {m.group('name')}"]
    return {**item, "name": regnal, "names": names}


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
    return regnal_forms(out)


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

CURATED_PARTS.append("""
== DEU
Angela Merkel; f; qid: Q567; ru: Ангела Меркель|Меркель; uk: Ангела Меркель|Меркель; ar: أنغيلا ميركل|ميركل
  G +GOV Chancellor of Germany 2005-11-22 2021-12-08
Gerhard Schröder; en: Gerhard Schröder|Schröder|Gerhard Schroeder|Schroeder; ru: Герхард Шрёдер|Шрёдер|Шредер; ar: غيرهارد شرودر|شرودر
  G +GOV Chancellor of Germany 1998-10-27 2005-11-22
Olaf Scholz; ru: Олаф Шольц|Шольц; uk: Олаф Шольц|Шольц; ar: أولاف شولتس|شولتس
  G +GOV Chancellor of Germany 2021-12-08 2025-05-06
  O +GOV Vice-Chancellor and Minister of Finance of Germany 2018-03-14 2021-12-08
Friedrich Merz; ru: Фридрих Мерц|Мерц; uk: Фрідріх Мерц|Мерц; ar: فريدريش ميرتس|ميرتس
  G +GOV Chancellor of Germany 2025-05-06 -
  E +OPP Leader of the CDU, leader of the opposition 2022-01-31 2025-05-06
Frank-Walter Steinmeier; ru: Франк-Вальтер Штайнмайер|Штайнмайер; uk: Франк-Вальтер Штайнмаєр|Штайнмаєр; ar: فرانك فالتر شتاينماير|شتاينماير
  S +GOV President of Germany 2017-03-19 -
  F +GOV Minister of Foreign Affairs of Germany 2013-12-17 2017-01-27
  F +GOV Minister of Foreign Affairs of Germany 2005-11-22 2009-10-28
Joachim Gauck; ru: Йоахим Гаук|Гаук; ar: يواخيم غاوك|غاوك
  S +GOV President of Germany 2012-03-18 2017-03-18
Christian Wulff; ru: Кристиан Вульф|Вульф; ar: كريستيان فولف|فولف
  S +GOV President of Germany 2010-06-30 2012-02-17
Horst Köhler; dead; en: Horst Köhler|Köhler|Horst Koehler; ru: Хорст Кёлер|Кёлер; ar: هورست كولر|كولر
  S +GOV President of Germany 2004-07-01 2010-05-31
Johannes Rau; dead; ru: Йоханнес Рау; ar: يوهانس راو
  S +GOV President of Germany 1999-07-01 2004-06-30
Sigmar Gabriel; ru: Зигмар Габриэль|Габриэль; ar: زيغمار غابرييل|غابرييل
  F +GOV Minister of Foreign Affairs of Germany 2017-01-27 2018-03-14
Heiko Maas; ru: Хайко Маас|Маас; ar: هايكو ماس|ماس
  F +GOV Minister of Foreign Affairs of Germany 2018-03-14 2021-12-08
Annalena Baerbock; f; ru: Анналена Бербок|Бербок; uk: Анналена Бербок|Бербок; ar: أنالينا بيربوك|بيربوك
  O IGOUNO President of the United Nations General Assembly 2025-09-09 -
  F +GOV Minister of Foreign Affairs of Germany 2021-12-08 2025-05-06
Johann Wadephul; ru: Иоганн Вадефуль|Вадефуль; ar: يوهان فاديفول|فاديفول
  F +GOV Minister of Foreign Affairs of Germany 2025-05-06 -
Thomas de Maizière; en: Thomas de Maizière|de Maizière|Thomas de Maiziere; ru: Томас де Мезьер|де Мезьер; ar: توماس دي ميزير|دي ميزير
  D +GOVMIL Minister of Defence of Germany 2011-03-03 2013-12-17
Annegret Kramp-Karrenbauer; f; en: Annegret Kramp-Karrenbauer|Kramp-Karrenbauer|AKK; ru: Аннегрет Крамп-Карренбауэр|Крамп-Карренбауэр; ar: أنغريت كرامب كارنباور|كرامب كارنباور
  D +GOVMIL Minister of Defence of Germany 2019-07-17 2021-12-08
Christine Lambrecht; f; ru: Кристина Ламбрехт|Ламбрехт; ar: كريستينه لامبرشت|لامبرشت
  D +GOVMIL Minister of Defence of Germany 2021-12-08 2023-01-19
Boris Pistorius; ru: Борис Писториус|Писториус; uk: Борис Пісторіус|Пісторіус; ar: بوريس بيستوريوس|بيستوريوس
  D +GOVMIL Minister of Defence of Germany 2023-01-19 -
Alice Weidel; f; ru: Алиса Вайдель|Вайдель|Алис Вайдель; ar: أليس فايدل|فايدل
  E +OPP Co-leader of the Alternative for Germany 2017-09-26 -

== USA
Donald Trump; qid: Q22686; en: Donald Trump|Trump|Donald J. Trump; fr: Donald Trump|Trump; es: Donald Trump|Trump; de: Donald Trump|Trump; ru: Дональд Трамп|Трамп; uk: Дональд Трамп|Трамп; ar: دونالد ترامب|ترامب
  S +GOV President of the United States 2025-01-20 -
  S +GOV President of the United States 2017-01-20 2021-01-20
Joe Biden; en: Joe Biden|Biden|Joseph Biden|Joseph R. Biden; ru: Джо Байден|Байден; uk: Джо Байден|Байден; ar: جو بايدن|بايدن
  S +GOV President of the United States 2021-01-20 2025-01-20
  O +GOV Vice President of the United States 2009-01-20 2017-01-20
Barack Obama; ru: Барак Обама|Обама; uk: Барак Обама|Обама; ar: باراك أوباما|أوباما
  S +GOV President of the United States 2009-01-20 2017-01-20
George W. Bush; en: George W. Bush|Bush|George Bush; ru: Джордж Буш|Буш|Джордж Буш-младший; ar: جورج بوش|بوش
  S +GOV President of the United States 2001-01-20 2009-01-20
Bill Clinton; amb; en: Bill Clinton|William Jefferson Clinton; ru: Билл Клинтон; ar: بيل كلينتون
  S +GOV President of the United States 1993-01-20 2001-01-20
Kamala Harris; f; ru: Камала Харрис|Харрис; ar: كامالا هاريس|هاريس
  O +GOV Vice President of the United States 2021-01-20 2025-01-20
JD Vance; en: JD Vance|Vance|J. D. Vance|J.D. Vance; ru: Джей Ди Вэнс|Вэнс|Вэнс; ar: جيه دي فانس|فانس
  O +GOV Vice President of the United States 2025-01-20 -
Mike Pence; ru: Майк Пенс|Пенс; ar: مايك بنس|بنس
  O +GOV Vice President of the United States 2017-01-20 2021-01-20
Colin Powell; dead; ru: Колин Пауэлл|Пауэлл; ar: كولن باول|باول
  F +GOV Secretary of State of the United States 2001-01-20 2005-01-26
Condoleezza Rice; f; ru: Кондолиза Райс|Райс; ar: كوندوليزا رايس|رايس
  F +GOV Secretary of State of the United States 2005-01-26 2009-01-21
Hillary Clinton; f; ru: Хиллари Клинтон|Клинтон; ar: هيلاري كلينتون|كلينتون
  F +GOV Secretary of State of the United States 2009-01-21 2013-02-01
John Kerry; ru: Джон Керри|Керри; ar: جون كيري|كيري
  O +GOV Special Presidential Envoy for Climate 2021-01-20 2024-03-06
  F +GOV Secretary of State of the United States 2013-02-01 2017-02-01
Rex Tillerson; ru: Рекс Тиллерсон|Тиллерсон; ar: ريكس تيلرسون|تيلرسون
  F +GOV Secretary of State of the United States 2017-02-01 2018-03-31
Mike Pompeo; ru: Майк Помпео|Помпео; ar: مايك بومبيو|بومبيو
  F +GOV Secretary of State of the United States 2018-04-26 2021-01-20
  O +GOVSPY Director of the Central Intelligence Agency 2017-01-23 2018-04-26
Antony Blinken; ru: Энтони Блинкен|Блинкен; uk: Ентоні Блінкен|Блінкен; ar: أنتوني بلينكن|بلينكن
  F +GOV Secretary of State of the United States 2021-01-26 2025-01-20
Marco Rubio; ru: Марко Рубио|Рубио; uk: Марко Рубіо|Рубіо; ar: ماركو روبيو|روبيو
  F +GOV Secretary of State of the United States 2025-01-21 -
Donald Rumsfeld; dead; ru: Дональд Рамсфелд|Рамсфелд; ar: دونالد رامسفيلد|رامسفيلد
  D +GOVMIL Secretary of Defense of the United States 2001-01-20 2006-12-18
Robert Gates; ru: Роберт Гейтс|Гейтс; ar: روبرت غيتس|غيتس
  D +GOVMIL Secretary of Defense of the United States 2006-12-18 2011-07-01
Leon Panetta; ru: Леон Панетта|Панетта; ar: ليون بانيتا|بانيتا
  D +GOVMIL Secretary of Defense of the United States 2011-07-01 2013-02-26
Chuck Hagel; ru: Чак Хейгел|Хейгел; ar: تشاك هيغل|هيغل
  D +GOVMIL Secretary of Defense of the United States 2013-02-27 2015-02-17
Ash Carter; dead; en: Ash Carter|Ashton Carter; ru: Эштон Картер|Эштона Картера; ar: آشتون كارتر; amb
  D +GOVMIL Secretary of Defense of the United States 2015-02-17 2017-01-20
Jim Mattis; en: Jim Mattis|Mattis|James Mattis; ru: Джеймс Мэттис|Мэттис; ar: جيمس ماتيس|ماتيس
  D +GOVMIL Secretary of Defense of the United States 2017-01-20 2019-01-01
Patrick Shanahan; ru: Патрик Шанахан|Шанахан; ar: باتريك شاناهان|شاناهان
  D +GOVMIL Acting Secretary of Defense of the United States 2019-01-01 2019-06-23
Mark Esper; ru: Марк Эспер|Эспер; ar: مارك إسبر|إسبر
  D +GOVMIL Secretary of Defense of the United States 2019-06-24 2020-11-09
Christopher Miller; amb; en: Christopher Miller|Christopher C. Miller; ru: Кристофер Миллер; ar: كريستوفر ميلر
  D +GOVMIL Acting Secretary of Defense of the United States 2020-11-09 2021-01-20
Lloyd Austin; ru: Ллойд Остин|Остин; uk: Ллойд Остін|Остін; ar: لويد أوستن|أوستن
  D +GOVMIL Secretary of Defense of the United States 2021-01-22 2025-01-20
Pete Hegseth; ru: Пит Хегсет|Хегсет; uk: Піт Гегсет|Гегсет; ar: بيت هيغسيث|هيغسيث
  D +GOVMIL Secretary of Defense (Secretary of War) of the United States 2025-01-25 -
Steve Witkoff; ru: Стив Уиткофф|Уиткофф; uk: Стів Віткофф|Віткофф; ar: ستيف ويتكوف|ويتكوف
  O +GOV Special Envoy of the President of the United States 2025-01-20 -

== GBR
Charles III; en: Charles III|King Charles|King Charles III; fr: Charles III|roi Charles III; es: Carlos III|rey Carlos III; de: Charles III.|König Charles; ru: Карл III|король Карл III; ar: الملك تشارلز الثالث|تشارلز الثالث
  S +GOV King of the United Kingdom 2022-09-08 -
Elizabeth II; f; dead; en: Elizabeth II|Queen Elizabeth II|Queen Elizabeth; fr: Élisabeth II|reine Élisabeth II; es: Isabel II|reina Isabel II; de: Elisabeth II.|Königin Elisabeth II.; ru: Елизавета II|королева Елизавета II; ar: الملكة إليزابيث الثانية|إليزابيث الثانية
  S +GOV Queen of the United Kingdom 1952-02-06 2022-09-08
Tony Blair; ru: Тони Блэр|Блэр; ar: توني بلير|بلير
  G +GOV Prime Minister of the United Kingdom 1997-05-02 2007-06-27
Gordon Brown; ru: Гордон Браун|Браун; ar: غوردون براون|براون
  G +GOV Prime Minister of the United Kingdom 2007-06-27 2010-05-11
David Cameron; ru: Дэвид Кэмерон|Кэмерон; ar: ديفيد كاميرون|كاميرون
  F +GOV Foreign Secretary of the United Kingdom 2023-11-13 2024-07-05
  G +GOV Prime Minister of the United Kingdom 2010-05-11 2016-07-13
Theresa May; f; en: Theresa May; fr: Theresa May; es: Theresa May; de: Theresa May; ru: Тереза Мэй|Мэй; ar: تيريزا ماي|ماي; amb
  G +GOV Prime Minister of the United Kingdom 2016-07-13 2019-07-24
Boris Johnson; ru: Борис Джонсон|Джонсон; uk: Борис Джонсон|Джонсон; ar: بوريس جونسون|جونسون
  G +GOV Prime Minister of the United Kingdom 2019-07-24 2022-09-06
  F +GOV Foreign Secretary of the United Kingdom 2016-07-13 2018-07-09
Liz Truss; f; ru: Лиз Трасс|Трасс; ar: ليز تراس|تراس
  G +GOV Prime Minister of the United Kingdom 2022-09-06 2022-10-25
  F +GOV Foreign Secretary of the United Kingdom 2021-09-15 2022-09-06
Rishi Sunak; ru: Риши Сунак|Сунак; ar: ريشي سوناك|سوناك
  E +OPP Leader of the Opposition 2024-07-05 2024-11-02
  G +GOV Prime Minister of the United Kingdom 2022-10-25 2024-07-05
Keir Starmer; ru: Кир Стармер|Стармер; uk: Кір Стармер|Стармер; ar: كير ستارمر|ستارمر
  G +GOV Prime Minister of the United Kingdom 2024-07-05 -
  E +OPP Leader of the Opposition 2020-04-04 2024-07-05
Jeremy Corbyn; ru: Джереми Корбин|Корбин; ar: جيريمي كوربين|كوربين
  E +OPP Leader of the Opposition 2015-09-12 2020-04-04
Kemi Badenoch; f; ru: Кеми Баденок|Баденок; ar: كيمي بادينوك|بادينوك
  E +OPP Leader of the Opposition 2024-11-02 -
William Hague; ru: Уильям Хейг|Хейг; ar: وليام هيغ|هيغ
  F +GOV Foreign Secretary of the United Kingdom 2010-05-12 2014-07-14
Philip Hammond; ru: Филип Хаммонд|Хаммонд; ar: فيليب هاموند|هاموند
  F +GOV Foreign Secretary of the United Kingdom 2014-07-15 2016-07-13
  D +GOVMIL Secretary of State for Defence of the United Kingdom 2011-10-14 2014-07-15
Jeremy Hunt; ru: Джереми Хант|Хант; ar: جيريمي هانت|هانت
  F +GOV Foreign Secretary of the United Kingdom 2018-07-09 2019-07-24
Dominic Raab; ru: Доминик Рааб|Рааб; ar: دومينيك راب|راب
  F +GOV Foreign Secretary of the United Kingdom 2019-07-24 2021-09-15
James Cleverly; ru: Джеймс Клеверли|Клеверли; ar: جيمس كليفرلي|كليفرلي
  F +GOV Foreign Secretary of the United Kingdom 2022-09-06 2023-11-13
David Lammy; ru: Дэвид Лэмми|Лэмми; ar: ديفيد لامي|لامي
  O +GOV Deputy Prime Minister of the United Kingdom 2025-09-05 -
  F +GOV Foreign Secretary of the United Kingdom 2024-07-05 2025-09-05
Yvette Cooper; f; ru: Иветт Купер|Купер; ar: إيفيت كوبر|كوبر
  F +GOV Foreign Secretary of the United Kingdom 2025-09-05 -
Michael Fallon; ru: Майкл Фэллон|Фэллон; ar: مايكل فالون|فالون
  D +GOVMIL Secretary of State for Defence of the United Kingdom 2014-07-15 2017-11-01
Gavin Williamson; ru: Гэвин Уильямсон|Уильямсон; ar: غافين ويليامسون|ويليامسون
  D +GOVMIL Secretary of State for Defence of the United Kingdom 2017-11-02 2019-05-01
Penny Mordaunt; f; ru: Пенни Мордонт|Мордонт; ar: بيني موردونت|موردونت
  D +GOVMIL Secretary of State for Defence of the United Kingdom 2019-05-01 2019-07-24
Ben Wallace; ru: Бен Уоллес|Уоллес; ar: بن والاس|والاس
  D +GOVMIL Secretary of State for Defence of the United Kingdom 2019-07-24 2023-08-31
Grant Shapps; ru: Грант Шаппс|Шаппс; ar: غرانت شابس|شابس
  D +GOVMIL Secretary of State for Defence of the United Kingdom 2023-08-31 2024-07-05
John Healey; ru: Джон Хили|Хили; ar: جون هيلي|هيلي
  D +GOVMIL Secretary of State for Defence of the United Kingdom 2024-07-05 -

== CHN
Xi Jinping; en: Xi Jinping|Xi; fr: Xi Jinping|Xi; es: Xi Jinping|Xi; de: Xi Jinping|Xi; ru: Си Цзиньпин|Си|Си Цзиньпина|Си Цзиньпину|Си Цзиньпином; uk: Сі Цзіньпін|Сі; ar: شي جين بينغ|شي جينبينغ|شي
  S +GOV President of China 2013-03-14 -
  O +GOV General Secretary of the Chinese Communist Party 2012-11-15 -
  O +GOV Vice President of China 2008-03-15 2013-03-14
Hu Jintao; en: Hu Jintao; ru: Ху Цзиньтао|Ху Цзиньтао; ar: هو جينتاو; amb
  S +GOV President of China 2003-03-15 2013-03-14
Jiang Zemin; dead; en: Jiang Zemin; ru: Цзян Цзэминь; ar: جيانغ زيمين; amb
  S +GOV President of China 1993-03-27 2003-03-15
Zhu Rongji; en: Zhu Rongji; ru: Чжу Жунцзи; ar: تشو رونغ جي; amb
  G +GOV Premier of China 1998-03-17 2003-03-16
Wen Jiabao; en: Wen Jiabao; ru: Вэнь Цзябао; ar: ون جيا باو; amb
  G +GOV Premier of China 2003-03-16 2013-03-15
Li Keqiang; dead; en: Li Keqiang; ru: Ли Кэцян; ar: لي كه تشيانغ; amb
  G +GOV Premier of China 2013-03-15 2023-03-11
Li Qiang; en: Li Qiang; ru: Ли Цян; ar: لي تشيانغ; amb
  G +GOV Premier of China 2023-03-11 -
Yang Jiechi; en: Yang Jiechi; ru: Ян Цзечи; ar: يانغ جيه تشي; amb
  O +GOV Director of the CCP Foreign Affairs Commission Office 2013-03-16 2022-12-31
  F +GOV Minister of Foreign Affairs of China 2007-04-27 2013-03-16
Wang Yi; en: Wang Yi; fr: Wang Yi; ru: Ван И; uk: Ван І; ar: وانغ يي; amb
  F +GOV Minister of Foreign Affairs of China 2023-07-25 -
  O +GOV Director of the CCP Foreign Affairs Commission Office 2023-01-01 -
  F +GOV Minister of Foreign Affairs of China 2013-03-16 2022-12-30
Qin Gang; en: Qin Gang; ru: Цинь Ган; ar: تشين قانغ; amb
  F +GOV Minister of Foreign Affairs of China 2022-12-30 2023-07-25
Chang Wanquan; en: Chang Wanquan; ru: Чан Ваньцюань; ar: تشانغ وان تشيوان; amb
  D +GOVMIL Minister of National Defense of China 2013-03-16 2018-03-19
Wei Fenghe; en: Wei Fenghe; ru: Вэй Фэнхэ; ar: وي فنغ خه; amb
  D +GOVMIL Minister of National Defense of China 2018-03-19 2023-03-12
Li Shangfu; en: Li Shangfu; ru: Ли Шанфу; ar: لي شانغ فو; amb
  D +GOVMIL Minister of National Defense of China 2023-03-12 2023-10-24
Dong Jun; en: Dong Jun; ru: Дун Цзюнь; ar: دونغ جون; amb
  D +GOVMIL Minister of National Defense of China 2023-12-29 -

== JPN
Junichiro Koizumi; en: Junichiro Koizumi|Koizumi; ru: Дзюнъитиро Коидзуми; ar: جونيتشيرو كويزومي; amb
  G +GOV Prime Minister of Japan 2001-04-26 2006-09-26
Shinzo Abe; dead; en: Shinzo Abe|Abe; fr: Shinzo Abe|Abe; ru: Синдзо Абэ|Абэ; ar: شينزو آبي|آبي
  G +GOV Prime Minister of Japan 2012-12-26 2020-09-16
  G +GOV Prime Minister of Japan 2006-09-26 2007-09-26
Yasuo Fukuda; en: Yasuo Fukuda|Fukuda; ru: Ясуо Фукуда|Фукуда; ar: ياسو فوكودا|فوكودا
  G +GOV Prime Minister of Japan 2007-09-26 2008-09-24
Taro Aso; en: Taro Aso|Aso; ru: Таро Асо|Асо; ar: تارو آسو|آسو
  G +GOV Prime Minister of Japan 2008-09-24 2009-09-16
Yukio Hatoyama; en: Yukio Hatoyama|Hatoyama; ru: Юкио Хатояма|Хатояма; ar: يوكيو هاتوياما|هاتوياما
  G +GOV Prime Minister of Japan 2009-09-16 2010-06-08
Naoto Kan; en: Naoto Kan; ru: Наото Кан; ar: ناوتو كان; amb
  G +GOV Prime Minister of Japan 2010-06-08 2011-09-02
Yoshihiko Noda; en: Yoshihiko Noda|Noda; ru: Ёсихико Нода|Нода; ar: يوشيهيكو نودا|نودا
  G +GOV Prime Minister of Japan 2011-09-02 2012-12-26
Yoshihide Suga; en: Yoshihide Suga|Suga; ru: Ёсихидэ Суга|Суга; ar: يوشيهيدي سوغا|سوغا
  G +GOV Prime Minister of Japan 2020-09-16 2021-10-04
Fumio Kishida; en: Fumio Kishida|Kishida; ru: Фумио Кисида|Кисида; ar: فوميو كيشيدا|كيشيدا
  G +GOV Prime Minister of Japan 2021-10-04 2024-10-01
  F +GOV Minister of Foreign Affairs of Japan 2012-12-26 2017-08-03
Shigeru Ishiba; en: Shigeru Ishiba|Ishiba; ru: Сигэру Исиба|Исиба; ar: شيغيرو إيشيبا|إيشيبا
  G +GOV Prime Minister of Japan 2024-10-01 2025-10-21
Sanae Takaichi; f; en: Sanae Takaichi|Takaichi; ru: Санаэ Такаити|Такаити; ar: ساناي تاكايتشي|تاكايتشي
  G +GOV Prime Minister of Japan 2025-10-21 -
Akihito; en: Akihito|Emperor Akihito; fr: Akihito|empereur Akihito; ru: Акихито|император Акихито; ar: أكيهيتو|الإمبراطور أكيهيتو
  S +GOV Emperor of Japan 1989-01-07 2019-04-30
Naruhito; en: Naruhito|Emperor Naruhito; fr: Naruhito|empereur Naruhito; ru: Нарухито|император Нарухито; ar: ناروهيتو|الإمبراطور ناروهيتو
  S +GOV Emperor of Japan 2019-05-01 -
Taro Kono; en: Taro Kono|Kono; ru: Таро Коно|Коно; ar: تارو كونو|كونو
  D +GOVMIL Minister of Defense of Japan 2019-09-11 2020-09-16
  F +GOV Minister of Foreign Affairs of Japan 2017-08-03 2019-09-11
Toshimitsu Motegi; en: Toshimitsu Motegi|Motegi; ru: Тосимицу Мотэги|Мотэги; ar: توشيميتسو موتيغي|موتيغي
  F +GOV Minister of Foreign Affairs of Japan 2025-10-21 -
  F +GOV Minister of Foreign Affairs of Japan 2019-09-11 2021-11-04
Yoshimasa Hayashi; en: Yoshimasa Hayashi|Hayashi; ru: Ёсимаса Хаяси|Хаяси; ar: يوشيماسا هاياشي|هاياشي
  O +GOV Chief Cabinet Secretary of Japan 2023-12-14 2025-10-21
  F +GOV Minister of Foreign Affairs of Japan 2021-11-10 2023-09-13
Yoko Kamikawa; f; en: Yoko Kamikawa|Kamikawa; ru: Йоко Камикава|Камикава; ar: يوكو كاميكاوا|كاميكاوا
  F +GOV Minister of Foreign Affairs of Japan 2023-09-13 2024-10-01
Takeshi Iwaya; en: Takeshi Iwaya|Iwaya; ru: Такэси Ивая|Ивая; ar: تاكيشي إيوايا|إيوايا
  F +GOV Minister of Foreign Affairs of Japan 2024-10-01 2025-10-21
  D +GOVMIL Minister of Defense of Japan 2018-10-02 2019-09-11
Itsunori Onodera; en: Itsunori Onodera|Onodera; ru: Ицунори Онодэра|Онодэра; ar: إيتسونوري أونوديرا|أونوديرا
  D +GOVMIL Minister of Defense of Japan 2017-08-03 2018-10-02
  D +GOVMIL Minister of Defense of Japan 2012-12-26 2014-09-03
Gen Nakatani; en: Gen Nakatani|Nakatani; ru: Гэн Накатани|Накатани; ar: جين ناكاتاني|ناكاتاني
  D +GOVMIL Minister of Defense of Japan 2024-10-01 2025-10-21
  D +GOVMIL Minister of Defense of Japan 2014-12-24 2016-08-03
Tomomi Inada; f; en: Tomomi Inada|Inada; ru: Томоми Инада|Инада; ar: تومومي إينادا|إينادا
  D +GOVMIL Minister of Defense of Japan 2016-08-03 2017-07-28
Nobuo Kishi; en: Nobuo Kishi|Kishi; ru: Нобуо Киси|Киси; ar: نوبو كيشي|كيشي
  D +GOVMIL Minister of Defense of Japan 2020-09-16 2022-08-10
Yasukazu Hamada; en: Yasukazu Hamada|Hamada; ru: Ясукадзу Хамада|Хамада; ar: ياسوكازو هامادا|هامادا
  D +GOVMIL Minister of Defense of Japan 2022-08-10 2023-09-13
Minoru Kihara; en: Minoru Kihara|Kihara; ru: Минору Кихара|Кихара; ar: مينورو كيهارا|كيهارا
  O +GOV Chief Cabinet Secretary of Japan 2025-10-21 -
  D +GOVMIL Minister of Defense of Japan 2023-09-13 2024-10-01
Shinjiro Koizumi; en: Shinjiro Koizumi; ru: Синдзиро Коидзуми; ar: شينجيرو كويزومي; amb
  D +GOVMIL Minister of Defense of Japan 2025-10-21 -

== TUR
Recep Tayyip Erdoğan; en: Recep Tayyip Erdoğan|Erdoğan|Recep Tayyip Erdogan|Erdogan; fr: Recep Tayyip Erdogan|Erdogan|Erdoğan; es: Recep Tayyip Erdogan|Erdogan|Erdoğan; de: Recep Tayyip Erdoğan|Erdoğan|Erdogan; ru: Реджеп Тайип Эрдоган|Эрдоган|Тайип Эрдоган; uk: Реджеп Таїп Ердоган|Ердоган; ar: رجب طيب أردوغان|أردوغان
  S +GOV President of Turkey 2014-08-28 -
  G +GOV Prime Minister of Turkey 2003-03-14 2014-08-28
Abdullah Gül; en: Abdullah Gül|Gül|Abdullah Gul; ru: Абдулла Гюль|Гюль; ar: عبد الله غول|غول
  S +GOV President of Turkey 2007-08-28 2014-08-28
  F +GOV Minister of Foreign Affairs of Turkey 2003-03-14 2007-08-28
  G +GOV Prime Minister of Turkey 2002-11-18 2003-03-14
Ahmet Necdet Sezer; en: Ahmet Necdet Sezer|Sezer; ru: Ахмет Неджет Сезер|Сезер; ar: أحمد نجدت سيزر|سيزر
  S +GOV President of Turkey 2000-05-16 2007-08-28
Bülent Ecevit; dead; en: Bülent Ecevit|Ecevit; ru: Бюлент Эджевит|Эджевит; ar: بولنت أجاويد|أجاويد
  G +GOV Prime Minister of Turkey 1999-01-11 2002-11-18
Ahmet Davutoğlu; en: Ahmet Davutoğlu|Davutoğlu|Ahmet Davutoglu|Davutoglu; ru: Ахмет Давутоглу|Давутоглу; ar: أحمد داود أوغلو|داود أوغلو
  G +GOV Prime Minister of Turkey 2014-08-28 2016-05-24
  F +GOV Minister of Foreign Affairs of Turkey 2009-05-01 2014-08-29
Binali Yıldırım; en: Binali Yıldırım|Yıldırım|Binali Yildirim|Yildirim; ru: Бинали Йылдырым|Йылдырым; ar: بن علي يلدريم|يلدريم
  G +GOV Prime Minister of Turkey 2016-05-24 2018-07-09
Mevlüt Çavuşoğlu; en: Mevlüt Çavuşoğlu|Çavuşoğlu|Mevlut Cavusoglu|Cavusoglu; ru: Мевлют Чавушоглу|Чавушоглу; ar: مولود جاويش أوغلو|جاويش أوغلو
  F +GOV Minister of Foreign Affairs of Turkey 2015-11-24 2023-06-04
  F +GOV Minister of Foreign Affairs of Turkey 2014-08-29 2015-08-28
Feridun Sinirlioğlu; en: Feridun Sinirlioğlu|Sinirlioğlu|Feridun Sinirlioglu; ru: Феридун Синирлиоглу|Синирлиоглу; ar: فريدون سينيرلي أوغلو|سينيرلي أوغلو
  F +GOV Minister of Foreign Affairs of Turkey 2015-08-28 2015-11-24
Hakan Fidan; ru: Хакан Фидан|Фидан; ar: هاكان فيدان|فيدان
  F +GOV Minister of Foreign Affairs of Turkey 2023-06-04 -
  O +GOVSPY Director of the National Intelligence Organization (MIT) 2010-05-27 2023-06-04
İsmet Yılmaz; en: İsmet Yılmaz|Ismet Yilmaz; ru: Исмет Йылмаз; ar: عصمت يلماز; amb
  D +GOVMIL Minister of National Defence of Turkey 2011-07-06 2015-08-28
  D +GOVMIL Minister of National Defence of Turkey 2015-11-24 2016-05-24
Vecdi Gönül; en: Vecdi Gönül|Gönül|Vecdi Gonul; ru: Веджди Гёнюль|Гёнюль; ar: وجدي غونول|غونول
  D +GOVMIL Minister of National Defence of Turkey 2015-08-28 2015-11-24
Fikri Işık; en: Fikri Işık|Işık|Fikri Isik|Isik; ru: Фикри Ышык|Ышык; ar: فكري إشيق|إشيق
  D +GOVMIL Minister of National Defence of Turkey 2016-05-24 2017-07-19
Nurettin Canikli; en: Nurettin Canikli|Canikli; ru: Нуреттин Джаникли|Джаникли; ar: نور الدين جانيكلي|جانيكلي
  D +GOVMIL Minister of National Defence of Turkey 2017-07-19 2018-07-10
Hulusi Akar; ru: Хулуси Акар|Акар; ar: خلوصي أكار|أكار
  D +GOVMIL Minister of National Defence of Turkey 2018-07-10 2023-06-04
Yaşar Güler; en: Yaşar Güler|Güler|Yasar Guler|Guler; ru: Яшар Гюлер|Гюлер; ar: يشار غولر|غولر
  D +GOVMIL Minister of National Defence of Turkey 2023-06-04 -
Kemal Kılıçdaroğlu; en: Kemal Kılıçdaroğlu|Kılıçdaroğlu|Kemal Kilicdaroglu|Kilicdaroglu; ru: Кемаль Кылычдароглу|Кылычдароглу; ar: كمال كليتشدار أوغلو|كليتشدار أوغلو
  E +OPP Leader of the Republican People's Party (CHP) 2010-05-22 2023-11-05
Özgür Özel; en: Özgür Özel|Özel|Ozgur Ozel; ru: Озгюр Озель|Озель; ar: أوزغور أوزيل|أوزيل
  E +OPP Leader of the Republican People's Party (CHP) 2023-11-05 -
Ekrem İmamoğlu; en: Ekrem İmamoğlu|İmamoğlu|Ekrem Imamoglu|Imamoglu; ru: Экрем Имамоглу|Имамоглу; ar: أكرم إمام أوغلو|إمام أوغلو
  E +OPP Mayor of Istanbul, opposition leader 2019-06-27 -
""")

CURATED_PARTS.append("""
== ISR
Benjamin Netanyahu; en: Benjamin Netanyahu|Netanyahu|Bibi Netanyahu; fr: Benyamin Netanyahou|Netanyahou|Benjamin Netanyahou; es: Benjamín Netanyahu|Netanyahu; de: Benjamin Netanjahu|Netanjahu; it: Benjamin Netanyahu|Netanyahu; ru: Биньямин Нетаньяху|Нетаньяху|Беньямин Нетаньяху; uk: Біньямін Нетаньягу|Нетаньягу; ar: بنيامين نتنياهو|نتنياهو
  G +GOV Prime Minister of Israel 2022-12-29 -
  E +OPP Leader of the Opposition 2021-06-13 2022-12-29
  G +GOV Prime Minister of Israel 2009-03-31 2021-06-13
Naftali Bennett; fr: Naftali Bennett|Bennett; ru: Нафтали Беннет|Беннет; ar: نفتالي بينيت|بينيت
  G +GOV Prime Minister of Israel 2021-06-13 2022-06-30
  D +GOVMIL Minister of Defence of Israel 2019-11-12 2020-05-17
Yair Lapid; ru: Яир Лапид|Лапид; ar: يائير لابيد|لابيد
  E +OPP Leader of the Opposition 2022-12-29 -
  G +GOV Prime Minister of Israel 2022-07-01 2022-12-29
  F +GOV Minister of Foreign Affairs of Israel 2021-06-13 2022-07-01
Ehud Olmert; ru: Эхуд Ольмерт|Ольмерт; ar: إيهود أولمرت|أولمرت
  G +GOV Prime Minister of Israel 2006-01-04 2009-03-31
Ariel Sharon; dead; ru: Ариэль Шарон|Шарон; ar: أرييل شارون|شارون
  G +GOV Prime Minister of Israel 2001-03-07 2006-04-14
Ehud Barak; ru: Эхуд Барак|Эхуд Барака; ar: إيهود باراك|باراك; amb
  D +GOVMIL Minister of Defence of Israel 2007-06-18 2013-03-18
  G +GOV Prime Minister of Israel 1999-07-06 2001-03-07
Shimon Peres; dead; ru: Шимон Перес|Перес; ar: شمعون بيريز|بيريز
  S +GOV President of Israel 2007-07-15 2014-07-24
Reuven Rivlin; ru: Реувен Ривлин|Ривлин; ar: رؤوفين ريفلين|ريفلين
  S +GOV President of Israel 2014-07-24 2021-07-07
Isaac Herzog; en: Isaac Herzog|Herzog|Yitzhak Herzog; fr: Isaac Herzog|Herzog|Itzhak Herzog; ru: Ицхак Герцог|Герцог; ar: إسحاق هرتسوغ|هرتسوغ
  S +GOV President of Israel 2021-07-07 -
Avigdor Lieberman; en: Avigdor Lieberman|Lieberman|Avigdor Liberman|Liberman; fr: Avigdor Lieberman|Lieberman; ru: Авигдор Либерман|Либерман; ar: أفيغدور ليبرمان|ليبرمان
  D +GOVMIL Minister of Defence of Israel 2016-05-30 2018-11-20
  F +GOV Minister of Foreign Affairs of Israel 2013-11-11 2015-05-14
  F +GOV Minister of Foreign Affairs of Israel 2009-03-31 2012-12-18
Israel Katz; en: Israel Katz|Katz; fr: Israël Katz|Katz; ru: Исраэль Кац|Кац; ar: يسرائيل كاتس|كاتس
  D +GOVMIL Minister of Defence of Israel 2024-11-05 -
  F +GOV Minister of Foreign Affairs of Israel 2024-01-01 2024-11-05
  F +GOV Minister of Foreign Affairs of Israel 2019-02-17 2020-05-17
Gabi Ashkenazi; ru: Габи Ашкенази|Ашкенази; ar: غابي أشكنازي|أشكنازي
  F +GOV Minister of Foreign Affairs of Israel 2020-05-17 2021-06-13
Eli Cohen; amb; en: Eli Cohen; ru: Эли Коэн; ar: إيلي كوهين
  F +GOV Minister of Foreign Affairs of Israel 2022-12-29 2024-01-01
Gideon Sa'ar; en: Gideon Sa'ar|Sa'ar|Gideon Saar|Saar; fr: Gideon Saar|Saar|Gideon Sa'ar; ru: Гидеон Саар|Саар; ar: جدعون ساعر|ساعر
  F +GOV Minister of Foreign Affairs of Israel 2024-11-05 -
Moshe Ya'alon; en: Moshe Ya'alon|Ya'alon|Moshe Yaalon|Yaalon; ru: Моше Яалон|Яалон; ar: موشيه يعلون|يعلون
  D +GOVMIL Minister of Defence of Israel 2013-03-18 2016-05-20
Benny Gantz; ru: Бени Ганц|Ганц|Бенни Ганц; ar: بيني غانتس|غانتس
  O +GOV Minister in the war cabinet 2023-10-11 2024-06-09
  D +GOVMIL Minister of Defence of Israel 2020-05-17 2022-12-29
  O +MIL Chief of the General Staff of the Israel Defense Forces 2011-02-14 2015-02-16
Yoav Gallant; ru: Йоав Галант|Галант; ar: يوآف غالانت|غالانت
  D +GOVMIL Minister of Defence of Israel 2022-12-29 2024-11-05
Itamar Ben-Gvir; en: Itamar Ben-Gvir|Ben-Gvir|Ben Gvir; ru: Итамар Бен-Гвир|Бен-Гвир; ar: إيتمار بن غفير|بن غفير
  O +GOVCOP Minister of National Security of Israel 2025-03-19 -
  O +GOVCOP Minister of National Security of Israel 2022-12-29 2025-01-19
Bezalel Smotrich; ru: Бецалель Смотрич|Смотрич; ar: بتسلئيل سموتريتش|سموتريتش
  O +GOV Minister of Finance of Israel 2022-12-29 -
Herzi Halevi; ru: Герци Халеви|Халеви; ar: هرتسي هاليفي|هاليفي
  O +MIL Chief of the General Staff of the Israel Defense Forces 2023-01-16 2025-03-05
Eyal Zamir; ru: Эяль Замир|Замир; ar: إيال زامير|زامير
  O +MIL Chief of the General Staff of the Israel Defense Forces 2025-03-05 -

== PSE
Mahmoud Abbas; en: Mahmoud Abbas|Abbas|Abu Mazen; fr: Mahmoud Abbas|Abbas|Abou Mazen; es: Mahmud Abás|Abás|Mahmoud Abbas; de: Mahmud Abbas|Abbas; ru: Махмуд Аббас|Аббас; uk: Махмуд Аббас|Аббас; ar: محمود عباس|عباس|أبو مازن
  S +GOV President of the Palestinian National Authority / State of Palestine 2005-01-15 -
  G +GOV Prime Minister of the Palestinian National Authority 2003-04-30 2003-10-07
Yasser Arafat; dead; en: Yasser Arafat|Arafat; fr: Yasser Arafat|Arafat; es: Yasir Arafat|Arafat; ru: Ясир Арафат|Арафат; ar: ياسر عرفات|عرفات
  S +GOV President of the Palestinian National Authority 1994-07-05 2004-11-11
Rawhi Fattouh; en: Rawhi Fattouh|Fattouh; ru: Рауи Фаттух|Фаттух; ar: روحي فتوح|فتوح
  S +GOV Acting President of the Palestinian National Authority 2004-11-11 2005-01-15
Ahmed Qurei; dead; en: Ahmed Qurei|Qurei|Abu Alaa; fr: Ahmed Qoreï|Qoreï|Abou Alaa; ru: Ахмед Куреи|Куреи; ar: أحمد قريع|قريع|أبو علاء
  G +GOV Prime Minister of the Palestinian National Authority 2003-10-07 2006-03-29
Salam Fayyad; fr: Salam Fayyad|Fayyad; ru: Салам Файяд|Файяд; ar: سلام فياض|فياض
  G +GOV Prime Minister of the Palestinian National Authority 2007-06-15 2013-06-06
Rami Hamdallah; ru: Рами Хамдалла|Хамдалла; ar: رامي الحمد الله|الحمد الله
  G +GOV Prime Minister of the Palestinian National Authority 2013-06-06 2019-04-14
Mohammad Shtayyeh; en: Mohammad Shtayyeh|Shtayyeh|Mohammed Shtayyeh; fr: Mohammed Shtayyeh|Shtayyeh|Mohammad Chtayyeh|Chtayyeh; ru: Мухаммед Штайе|Штайе; ar: محمد اشتية|اشتية
  G +GOV Prime Minister of the Palestinian National Authority 2019-04-14 2024-03-31
Mohammad Mustafa; amb; en: Mohammad Mustafa|Mohammed Mustafa; fr: Mohammad Mustafa|Mohammed Moustafa; ru: Мухаммед Мустафа; ar: محمد مصطفى
  G +GOV Prime Minister of the Palestinian National Authority 2024-03-31 -
Riyad al-Maliki; en: Riyad al-Maliki|Riad Malki|Malki; fr: Riyad al-Maliki|Riad Malki|Malki; ru: Рияд аль-Малики|Рияд Малики; ar: رياض المالكي; amb
  F +GOV Minister of Foreign Affairs of the Palestinian National Authority 2007-06-17 2024-03-31
Hussein al-Sheikh; en: Hussein al-Sheikh|Hussein al-Sheikh; fr: Hussein al-Cheikh|Hussein al-Sheikh; ru: Хусейн аш-Шейх; ar: حسين الشيخ; amb
  O +GOV Vice President of the State of Palestine and of the PLO 2025-04-26 -
  O +GOV Secretary-General of the PLO Executive Committee 2022-05-26 2025-04-26
Ismail Haniyeh; dead; en: Ismail Haniyeh|Haniyeh|Ismail Haniya|Haniya; fr: Ismaïl Haniyeh|Haniyeh|Ismaïl Haniyé|Haniyé; es: Ismail Haniye|Haniye|Ismail Haniyeh; de: Ismail Hanija|Hanija|Ismail Haniyeh; ru: Исмаил Хания|Хания|Хании; uk: Ісмаїл Хания|Хания; ar: إسماعيل هنية|هنية
  A +REB Head of the Hamas political bureau 2017-05-06 2024-07-31
  A +REB Hamas Prime Minister in Gaza 2007-06-14 2014-06-02
  G +GOV Prime Minister of the Palestinian National Authority 2006-03-29 2007-06-14
Khaled Mashal; en: Khaled Mashal|Mashal|Khaled Meshaal|Meshaal; fr: Khaled Mechaal|Mechaal|Khaled Mashal; es: Jaled Meshal|Meshal; de: Chalid Maschal|Maschal; ru: Халед Машаль|Машаль; ar: خالد مشعل|مشعل
  A +REB Head of Hamas abroad 2021-04-01 -
  A +REB Head of the Hamas political bureau 2004-03-22 2017-05-06
Yahya Sinwar; dead; en: Yahya Sinwar|Yahya Al-Sinwar; fr: Yahya Sinouar|Yahya Sinwar; es: Yahya Sinwar|Yahya Al Sinwar; de: Jahia Sinwar|Yahya Sinwar; ru: Яхья Синуар|Яхья Синвар; uk: Ях'я Сінвар; ar: يحيى السنوار; amb
  A +REB Head of the Hamas political bureau 2024-08-06 2024-10-16
  A +REB Leader of Hamas in the Gaza Strip 2017-02-13 2024-10-16
Mohammed Sinwar; dead; en: Mohammed Sinwar|Mohammed al-Sinwar; fr: Mohammed Sinouar|Mohammed Sinwar; ru: Мухаммед Синвар; ar: محمد السنوار; amb
  A +REB Commander of the Izz ad-Din al-Qassam Brigades 2024-10-16 2025-05-13
Mohammed Deif; dead; en: Mohammed Deif|Deif|Mohammed Dief; fr: Mohammed Deif|Deif|Mohammed Daïf|Daïf; ru: Мухаммед Дейф|Дейф; ar: محمد الضيف|الضيف
  A +REB Commander of the Izz ad-Din al-Qassam Brigades 2002-09-26 2024-07-13
Khalil al-Hayya; en: Khalil al-Hayya|al-Hayya|Khalil Hayya; fr: Khalil al-Hayya|al-Hayya; ru: Халиль аль-Хайя|аль-Хайя; ar: خليل الحية|الحية
  A +REB Hamas leader in Gaza and chief negotiator 2024-10-16 -
Ziyad al-Nakhalah; en: Ziyad al-Nakhalah|Nakhalah|Ziad Nakhaleh; fr: Ziyad al-Nakhalah|Nakhalah|Ziad Nakhala; ru: Зияд ан-Нахале|Нахале; ar: زياد النخالة|النخالة
  A +REB Secretary-General of Palestinian Islamic Jihad 2018-09-28 -

== LBN
Joseph Aoun; amb; en: Joseph Aoun|General Joseph Aoun; fr: Joseph Aoun|général Joseph Aoun; es: Joseph Aoun; de: Joseph Aoun; ru: Жозеф Аун; ar: جوزاف عون|العماد جوزاف عون
  S +GOV President of Lebanon 2025-01-09 -
  O +MIL Commander of the Lebanese Armed Forces 2017-03-08 2025-01-09
Michel Aoun; amb; en: Michel Aoun|General Michel Aoun; ru: Мишель Аун; ar: ميشال عون|العماد ميشال عون
  S +GOV President of Lebanon 2016-10-31 2022-10-30
Michel Suleiman; en: Michel Suleiman|Michel Sleiman|Sleiman; fr: Michel Sleiman|Sleiman|Michel Souleimane; ru: Мишель Сулейман; ar: ميشال سليمان; amb
  S +GOV President of Lebanon 2008-05-25 2014-05-25
Émile Lahoud; en: Émile Lahoud|Lahoud|Emile Lahoud; fr: Émile Lahoud|Lahoud|Emile Lahoud; ru: Эмиль Лахуд|Лахуд; ar: إميل لحود|لحود
  S +GOV President of Lebanon 1998-11-24 2007-11-23
Rafic Hariri; dead; amb; en: Rafic Hariri|Rafik Hariri; fr: Rafic Hariri|Rafiq Hariri; ru: Рафик Харири; ar: رفيق الحريري
  G +GOV Prime Minister of Lebanon 2000-10-23 2004-10-21
Saad Hariri; en: Saad Hariri|Hariri|Saad al-Hariri; ru: Саад Харири|Харири; ar: سعد الحريري|الحريري
  G +GOV Prime Minister of Lebanon 2016-12-18 2020-01-21
  G +GOV Prime Minister of Lebanon 2009-11-09 2011-06-13
Omar Karami; dead; ru: Омар Карами|Карами; ar: عمر كرامي|كرامي
  G +GOV Prime Minister of Lebanon 2004-10-26 2005-04-19
Najib Mikati; en: Najib Mikati|Mikati|Najib Miqati; fr: Najib Mikati|Mikati; ru: Наджиб Микати|Микати; ar: نجيب ميقاتي|ميقاتي
  G +GOV Prime Minister of Lebanon 2021-09-10 2025-02-08
  G +GOV Prime Minister of Lebanon 2011-06-13 2014-02-15
  G +GOV Prime Minister of Lebanon 2005-04-19 2005-07-19
Fouad Siniora; en: Fouad Siniora|Siniora|Fuad Siniora; fr: Fouad Siniora|Siniora; ru: Фуад Синьора|Синьора; ar: فؤاد السنيورة|السنيورة
  G +GOV Prime Minister of Lebanon 2005-07-19 2009-11-09
Tammam Salam; amb; en: Tammam Salam; fr: Tammam Salam; ru: Таммам Салам; ar: تمام سلام
  G +GOV Prime Minister of Lebanon 2014-02-15 2016-12-18
Hassan Diab; en: Hassan Diab|Diab; fr: Hassan Diab|Diab|Hassane Diab; ru: Хасан Диаб|Диаб; ar: حسان دياب|دياب
  G +GOV Prime Minister of Lebanon 2020-01-21 2021-09-10
Nawaf Salam; amb; en: Nawaf Salam; fr: Nawaf Salam; ru: Наваф Салам; ar: نواف سلام
  G +GOV Prime Minister of Lebanon 2025-02-08 -
  O IGOUNOJUDICJ President of the International Court of Justice 2024-02-06 2025-01-14
Nabih Berri; en: Nabih Berri|Berri; fr: Nabih Berri|Berri; ru: Набих Берри|Берри; ar: نبيه بري|بري
  O +GOVLEG Speaker of the Parliament of Lebanon 1992-10-20 -
Gebran Bassil; en: Gebran Bassil|Bassil; fr: Gebran Bassil|Bassil; ru: Джебран Басиль|Басиль; ar: جبران باسيل|باسيل
  F +GOV Minister of Foreign Affairs of Lebanon 2014-02-15 2020-01-21
Nassif Hitti; ru: Насиф Хитти|Хитти; ar: ناصيف حتي|حتي
  F +GOV Minister of Foreign Affairs of Lebanon 2020-01-21 2020-08-03
Charbel Wehbe; ru: Шарбель Вехбе|Вехбе; ar: شربل وهبة|وهبة
  F +GOV Minister of Foreign Affairs of Lebanon 2020-08-03 2021-05-19
Abdallah Bou Habib; en: Abdallah Bou Habib|Bou Habib; fr: Abdallah Bou Habib|Bou Habib; ru: Абдалла Бу Хабиб|Бу Хабиб; ar: عبد الله بو حبيب|بو حبيب
  F +GOV Minister of Foreign Affairs of Lebanon 2021-09-10 2025-02-08
Youssef Rajji; en: Youssef Rajji|Rajji|Youssef Raggi|Raggi; fr: Youssef Rajji|Rajji|Youssef Raggi|Raggi; ru: Юсеф Раджи|Раджи; ar: يوسف رجي|رجي
  F +GOV Minister of Foreign Affairs of Lebanon 2025-02-08 -
Samir Moqbel; en: Samir Moqbel|Moqbel; fr: Samir Mokbel|Mokbel; ru: Самир Мокбель|Мокбель; ar: سمير مقبل|مقبل
  D +GOVMIL Minister of National Defence of Lebanon 2014-02-15 2016-12-18
Yaacoub Sarraf; en: Yaacoub Sarraf|Sarraf; fr: Yaacoub Sarraf|Sarraf; ru: Якуб Сарраф|Сарраф; ar: يعقوب الصراف|الصراف
  D +GOVMIL Minister of National Defence of Lebanon 2016-12-18 2019-01-31
Elias Bou Saab; en: Elias Bou Saab|Bou Saab; fr: Elias Bou Saab|Bou Saab; ru: Элиас Бу Сааб|Бу Сааб; ar: إلياس بو صعب|بو صعب
  D +GOVMIL Minister of National Defence of Lebanon 2019-01-31 2020-01-21
Zeina Akar; f; ru: Зейна Акар|Акар; ar: زينة عكر|عكر
  D +GOVMIL Minister of National Defence of Lebanon 2020-01-21 2021-09-10
Maurice Slim; en: Maurice Slim|Slim; fr: Maurice Slim|Slim; ru: Морис Слим|Слим; ar: موريس سليم|سليم; amb
  D +GOVMIL Minister of National Defence of Lebanon 2021-09-10 2025-02-08
Michel Menassa; en: Michel Menassa|Menassa; ru: Мишель Менасса|Менасса; ar: ميشال منسى|منسى
  D +GOVMIL Minister of National Defence of Lebanon 2025-02-08 -
Hassan Nasrallah; dead; en: Hassan Nasrallah|Nasrallah; fr: Hassan Nasrallah|Nasrallah; es: Hasán Nasralá|Nasralá|Hassan Nasrallah|Nasrallah; de: Hassan Nasrallah|Nasrallah; ru: Хасан Насралла|Насралла|Хасан Насрулла; ar: حسن نصر الله|نصر الله
  A +REB Secretary-General of Hezbollah 1992-02-16 2024-09-27
Naim Qassem; en: Naim Qassem|Qassem|Naim Kassem; fr: Naïm Qassem|Qassem|Naïm Kassem|Kassem; es: Naim Qassem|Qassem|Naim Qasem; de: Naim Kassem|Kassem|Naim Qassem; ru: Наим Касем|Касем; ar: نعيم قاسم|قاسم
  A +REB Secretary-General of Hezbollah 2024-10-29 -
  A +REB Deputy Secretary-General of Hezbollah 1991-05-01 2024-10-29

== SYR
Bashar al-Assad; en: Bashar al-Assad|Assad|Bashar Assad; fr: Bachar al-Assad|Assad|Bachar el-Assad; es: Bashar al Asad|Asad|Bashar al-Assad; de: Baschar al-Assad|Assad; it: Bashar al-Assad|Assad; ru: Башар Асад|Асад|Башар аль-Асад; uk: Башар Асад|Асад; ar: بشار الأسد|الأسد
  S +GOV President of Syria 2000-07-17 2024-12-08
Hafez al-Assad; dead; amb; en: Hafez al-Assad|Hafez Assad; fr: Hafez al-Assad|Hafez el-Assad; es: Hafez al Asad; de: Hafiz al-Assad; ru: Хафез Асад|Хафез аль-Асад; ar: حافظ الأسد
  S +GOV President of Syria 1971-03-12 2000-06-10
Ahmed al-Sharaa; en: Ahmed al-Sharaa|al-Sharaa|Sharaa|Abu Mohammad al-Jolani|Jolani|al-Jolani|Abu Mohammed al-Julani; fr: Ahmed al-Charaa|al-Charaa|Charaa|Abou Mohammed al-Joulani|Joulani|al-Joulani; es: Ahmed al Sharaa|al Sharaa|Abu Mohamed al Jolani|Jolani; de: Ahmed al-Scharaa|al-Scharaa|Abu Mohammed al-Dscholani|al-Dscholani; ru: Ахмед аш-Шараа|аш-Шараа|Абу Мухаммад аль-Джулани|аль-Джулани|Джулани; uk: Ахмед аш-Шараа|аш-Шараа; ar: أحمد الشرع|الشرع|أبو محمد الجولاني|الجولاني
  S +GOV President of Syria 2025-01-29 -
  S +GOV De facto leader of Syria 2024-12-08 2025-01-29
  A +REB Leader of Hayat Tahrir al-Sham (and of the al-Nusra Front) 2012-01-23 2024-12-08
Muhammad Mustafa Mero; en: Muhammad Mustafa Mero|Miro; ru: Мухаммед Мустафа Миро|Миро; ar: محمد مصطفى ميرو|ميرو
  G +GOV Prime Minister of Syria 2000-03-07 2003-09-10
Muhammad Naji al-Otari; en: Muhammad Naji al-Otari|al-Otari|Otri; fr: Mohammad Naji Otri|Otri; ru: Мухаммед Наджи аль-Отари|Отари; ar: محمد ناجي عطري|عطري
  G +GOV Prime Minister of Syria 2003-09-10 2011-04-14
Adel Safar; ru: Адель Сафар|Сафар; ar: عادل سفر|سفر; amb
  G +GOV Prime Minister of Syria 2011-04-14 2012-06-23
Riyad Hijab; en: Riyad Hijab|Hijab|Riad Hijab; fr: Riad Hijab|Hijab; ru: Рияд Хиджаб|Хиджаб; ar: رياض حجاب|حجاب; amb
  E +OPP Head of the Syrian opposition's High Negotiations Committee 2015-12-10 2017-11-20
  G +GOV Prime Minister of Syria 2012-06-23 2012-08-06
Wael al-Halqi; en: Wael al-Halqi|al-Halqi|Halqi; fr: Waël al-Halaqi|Halaqi; ru: Ваиль аль-Хальки|Хальки; ar: وائل الحلقي|الحلقي
  G +GOV Prime Minister of Syria 2012-08-09 2016-07-03
Imad Khamis; en: Imad Khamis|Khamis; fr: Imad Khamis|Khamis; ru: Имад Хамис|Хамис; ar: عماد خميس|خميس
  G +GOV Prime Minister of Syria 2016-07-03 2020-06-11
Hussein Arnous; en: Hussein Arnous|Arnous; fr: Hussein Arnous|Arnous; ru: Хусейн Арнус|Арнус; ar: حسين عرنوس|عرنوس
  G +GOV Prime Minister of Syria 2020-06-11 2024-09-14
Mohammad Ghazi al-Jalali; en: Mohammad Ghazi al-Jalali|al-Jalali|Jalali; fr: Mohammad Ghazi al-Jalali|al-Jalali; ru: Мухаммед Гази аль-Джаляли|аль-Джаляли; ar: محمد غازي الجلالي|الجلالي
  G +GOV Prime Minister of Syria 2024-09-14 2024-12-10
Mohammed al-Bashir; en: Mohammed al-Bashir; fr: Mohammed al-Bachir; ru: Мухаммед аль-Башир; ar: محمد البشير; amb
  G +GOV Prime Minister of the Syrian caretaker government 2024-12-10 2025-03-29
Walid Muallem; dead; en: Walid Muallem|Muallem|Walid al-Moualem|Moualem; fr: Walid Mouallem|Mouallem; ru: Валид Муаллем|Муаллем; ar: وليد المعلم|المعلم
  F +GOV Minister of Foreign Affairs of Syria 2006-02-11 2020-11-16
Faisal Mekdad; en: Faisal Mekdad|Mekdad|Faisal Miqdad; fr: Fayçal Mekdad|Mekdad; ru: Фейсал Мекдад|Мекдад; ar: فيصل المقداد|المقداد
  F +GOV Minister of Foreign Affairs of Syria 2020-11-22 2024-12-08
Asaad al-Shaibani; en: Asaad al-Shaibani|al-Shaibani|Shaibani|Asaad Hassan al-Shibani; fr: Assaad al-Chaibani|al-Chaibani|Chaibani|Asaad al-Shaibani; ru: Асаад аш-Шейбани|аш-Шейбани; ar: أسعد الشيباني|الشيباني
  F +GOV Minister of Foreign Affairs of Syria 2024-12-21 -
Fahd Jassem al-Freij; en: Fahd Jassem al-Freij|al-Freij|Freij; ru: Фахд Джасем аль-Фрейдж|Фрейдж; ar: فهد جاسم الفريج|الفريج
  D +GOVMIL Minister of Defence of Syria 2012-07-18 2018-01-01
Ali Abdullah Ayyoub; en: Ali Abdullah Ayyoub|Ayyoub; ru: Али Абдалла Айюб|Айюб; ar: علي عبد الله أيوب|أيوب
  D +GOVMIL Minister of Defence of Syria 2018-01-01 2022-04-28
Ali Mahmoud Abbas; amb; en: Ali Mahmoud Abbas; ru: Али Махмуд Аббас; ar: علي محمود عباس
  D +GOVMIL Minister of Defence of Syria 2022-04-28 2024-12-08
Murhaf Abu Qasra; en: Murhaf Abu Qasra|Abu Qasra; fr: Murhaf Abou Qasra|Abou Qasra; ru: Мурхаф Абу Касра|Абу Касра; ar: مرهف أبو قصرة|أبو قصرة
  D +GOVMIL Minister of Defence of Syria 2024-12-21 -
Mazloum Abdi; en: Mazloum Abdi|Mazloum Kobani; fr: Mazloum Abdi|Mazloum Kobané; ru: Мазлум Абди|Мазлум Кобани; ar: مظلوم عبدي; amb
  A SYRREB Commander-in-Chief of the Syrian Democratic Forces 2015-10-10 -
Abu Bakr al-Baghdadi; dead; en: Abu Bakr al-Baghdadi|al-Baghdadi|Baghdadi; fr: Abou Bakr al-Baghdadi|al-Baghdadi|Baghdadi; es: Abu Bakr al Bagdadi|Bagdadi; de: Abu Bakr al-Baghdadi|al-Baghdadi; ru: Абу Бакр аль-Багдади|аль-Багдади|Багдади; ar: أبو بكر البغدادي|البغدادي
  A IRQREB Leader of the Islamic State 2010-05-16 2019-10-27
Abu Ibrahim al-Hashimi al-Qurashi; dead; en: Abu Ibrahim al-Hashimi al-Qurashi; fr: Abou Ibrahim al-Hachimi al-Qourachi; ru: Абу Ибрагим аль-Хашими аль-Кураши; ar: أبو إبراهيم الهاشمي القرشي
  A IRQREB Leader of the Islamic State 2019-10-31 2022-02-03
Abu Hafs al-Hashimi al-Qurashi; en: Abu Hafs al-Hashimi al-Qurashi; fr: Abou Hafs al-Hachimi al-Qourachi; ru: Абу Хафс аль-Хашими аль-Кураши; ar: أبو حفص الهاشمي القرشي
  A IRQREB Leader of the Islamic State 2023-08-03 -

== IRQ
Saddam Hussein; dead; en: Saddam Hussein|Saddam; fr: Saddam Hussein|Saddam; es: Sadam Husein|Sadam; de: Saddam Hussein|Saddam; ru: Саддам Хусейн|Саддам; ar: صدام حسين|صدام
  S +GOV President of Iraq 1979-07-16 2003-04-09
Ghazi al-Yawer; en: Ghazi al-Yawer|al-Yawer|Yawar; ru: Гази аль-Явар|аль-Явар; ar: غازي الياور|الياور
  S +GOV President of Iraq 2004-06-28 2005-04-07
Jalal Talabani; dead; en: Jalal Talabani|Talabani; fr: Jalal Talabani|Talabani; ru: Джаляль Талабани|Талабани; ar: جلال طالباني|طالباني
  S +GOV President of Iraq 2005-04-07 2014-07-24
Fuad Masum; en: Fuad Masum|Masum|Fouad Massoum; fr: Fouad Massoum|Massoum; ru: Фуад Масум|Масум; ar: فؤاد معصوم|معصوم
  S +GOV President of Iraq 2014-07-24 2018-10-02
Barham Salih; en: Barham Salih|Salih|Barham Saleh; fr: Barham Saleh|Barham Salih; ru: Бархам Салих|Салих; ar: برهم صالح|برهم; amb
  S +GOV President of Iraq 2018-10-02 2022-10-17
Abdul Latif Rashid; en: Abdul Latif Rashid|Abdul Latif Rashid|Abdel Latif Rashid; fr: Abdel Latif Rachid|Abdul Latif Rashid; ru: Абдул-Латиф Рашид; ar: عبد اللطيف رشيد; amb
  S +GOV President of Iraq 2022-10-17 -
Ayad Allawi; en: Ayad Allawi|Allawi|Iyad Allawi; fr: Iyad Allaoui|Allaoui; ru: Айяд Аляуи|Аляуи; ar: إياد علاوي|علاوي
  G +GOV Prime Minister of Iraq 2004-06-28 2005-05-03
Ibrahim al-Jaafari; en: Ibrahim al-Jaafari|al-Jaafari|Jaafari; fr: Ibrahim al-Jaafari|Jaafari; ru: Ибрагим аль-Джаафари|Джаафари; ar: إبراهيم الجعفري|الجعفري
  F +GOV Minister of Foreign Affairs of Iraq 2014-09-08 2018-10-25
  G +GOV Prime Minister of Iraq 2005-05-03 2006-05-20
Nouri al-Maliki; en: Nouri al-Maliki|al-Maliki|Maliki|Nuri al-Maliki; fr: Nouri al-Maliki|al-Maliki|Maliki; ru: Нури аль-Малики|аль-Малики|Малики; ar: نوري المالكي|المالكي
  O +GOV Vice President of Iraq 2014-09-09 2018-10-02
  G +GOV Prime Minister of Iraq 2006-05-20 2014-09-08
Haider al-Abadi; en: Haider al-Abadi|al-Abadi|Abadi; fr: Haïder al-Abadi|al-Abadi|Abadi; ru: Хайдер аль-Абади|аль-Абади|Абади; ar: حيدر العبادي|العبادي
  G +GOV Prime Minister of Iraq 2014-09-08 2018-10-25
Adil Abdul-Mahdi; en: Adil Abdul-Mahdi|Abdul-Mahdi|Adel Abdul Mahdi; fr: Adel Abdel Mahdi|Abdel Mahdi; ru: Адиль Абдул-Махди|Абдул-Махди; ar: عادل عبد المهدي|عبد المهدي
  G +GOV Prime Minister of Iraq 2018-10-25 2020-05-07
Mustafa al-Kadhimi; en: Mustafa al-Kadhimi|al-Kadhimi|Kadhimi; fr: Moustafa al-Kazimi|al-Kazimi|Kazimi|Moustafa al-Kadhimi; ru: Мустафа аль-Казими|аль-Казими; ar: مصطفى الكاظمي|الكاظمي
  G +GOV Prime Minister of Iraq 2020-05-07 2022-10-27
Mohammed Shia al-Sudani; en: Mohammed Shia al-Sudani|al-Sudani|Sudani; fr: Mohammed Chia al-Soudani|al-Soudani|Soudani; es: Mohamed Shia al Sudani|al Sudani; ru: Мухаммед Шиа ас-Судани|ас-Судани|Судани; ar: محمد شياع السوداني|السوداني
  G +GOV Prime Minister of Iraq 2022-10-27 -
Hoshyar Zebari; en: Hoshyar Zebari|Zebari; fr: Hoshyar Zebari|Zebari; ru: Хошияр Зебари|Зебари; ar: هوشيار زيباري|زيباري
  F +GOV Minister of Foreign Affairs of Iraq 2003-09-03 2014-07-11
Mohamed Ali Alhakim; en: Mohamed Ali Alhakim|Alhakim|Mohammed Ali al-Hakim; ru: Мухаммед Али аль-Хаким|аль-Хаким; ar: محمد علي الحكيم|الحكيم; amb
  F +GOV Minister of Foreign Affairs of Iraq 2018-10-25 2020-05-07
Fuad Hussein; en: Fuad Hussein|Fouad Hussein; fr: Fouad Hussein; ru: Фуад Хусейн; ar: فؤاد حسين; amb
  F +GOV Minister of Foreign Affairs of Iraq 2020-06-06 -
Khaled al-Obaidi; en: Khaled al-Obaidi|al-Obaidi|Khalid al-Obaidi; ru: Халед аль-Обейди|аль-Обейди; ar: خالد العبيدي|العبيدي
  D +GOVMIL Minister of Defence of Iraq 2014-10-18 2016-08-25
Erfan al-Hiyali; en: Erfan al-Hiyali|al-Hiyali|Irfan al-Hayali; ru: Ирфан аль-Хаяли|аль-Хаяли; ar: عرفان الحيالي|الحيالي
  D +GOVMIL Minister of Defence of Iraq 2017-01-30 2018-10-25
Najah al-Shammari; en: Najah al-Shammari|al-Shammari; ru: Наджах аш-Шаммари|аш-Шаммари; ar: نجاح الشمري|الشمري
  D +GOVMIL Minister of Defence of Iraq 2019-06-24 2020-05-07
Juma Inad; en: Juma Inad|Inad|Jumaa Anad; ru: Джума Инад|Инад; ar: جمعة عناد|عناد
  D +GOVMIL Minister of Defence of Iraq 2020-06-06 2022-10-27
Thabet al-Abbasi; en: Thabet al-Abbasi|al-Abbasi|Thabit al-Abbasi; ru: Сабит аль-Аббаси|аль-Аббаси; ar: ثابت العباسي|العباسي
  D +GOVMIL Minister of Defence of Iraq 2022-10-27 -
Masoud Barzani; en: Masoud Barzani|Massoud Barzani; fr: Massoud Barzani; ru: Масуд Барзани; ar: مسعود بارزاني; amb
  O +GOV President of Iraqi Kurdistan Region 2005-06-13 2017-11-01
Muqtada al-Sadr; en: Muqtada al-Sadr|al-Sadr|Moqtada al-Sadr|Sadr; fr: Moqtada al-Sadr|al-Sadr|Sadr; ru: Муктада ас-Садр|ас-Садр|Садр; ar: مقتدى الصدر|الصدر
  E +OPP Leader of the Sadrist Movement 2003-04-09 -

== IRN
Ali Khamenei; en: Ali Khamenei|Khamenei|Ayatollah Khamenei; fr: Ali Khamenei|Khamenei|Ali Khamenei; es: Alí Jamenei|Jamenei|Ali Khamenei|Khamenei; de: Ali Chamenei|Chamenei; ru: Али Хаменеи|Хаменеи; uk: Алі Хаменеї|Хаменеї; ar: علي خامنئي|خامنئي
  S +GOV Supreme Leader of Iran 1989-06-04 -
Mohammad Khatami; en: Mohammad Khatami|Khatami; fr: Mohammad Khatami|Khatami; ru: Мохаммад Хатами|Хатами; ar: محمد خاتمي|خاتمي
  G +GOV President of Iran 1997-08-03 2005-08-03
Mahmoud Ahmadinejad; en: Mahmoud Ahmadinejad|Ahmadinejad; fr: Mahmoud Ahmadinejad|Ahmadinejad; es: Mahmud Ahmadineyad|Ahmadineyad; de: Mahmud Ahmadinedschad|Ahmadinedschad; ru: Махмуд Ахмадинежад|Ахмадинежад; ar: محمود أحمدي نجاد|أحمدي نجاد
  G +GOV President of Iran 2005-08-03 2013-08-03
Hassan Rouhani; en: Hassan Rouhani|Rouhani|Hassan Rohani; fr: Hassan Rohani|Rohani|Hassan Rouhani; es: Hasán Rohaní|Rohaní; de: Hassan Rohani|Rohani; ru: Хасан Рухани|Рухани; ar: حسن روحاني|روحاني
  G +GOV President of Iran 2013-08-03 2021-08-03
Ebrahim Raisi; dead; en: Ebrahim Raisi|Raisi; fr: Ebrahim Raïssi|Raïssi|Ebrahim Raisi; es: Ebrahim Raisí|Raisí; de: Ebrahim Raisi|Raisi; ru: Эбрахим Раиси|Раиси; ar: إبراهيم رئيسي|رئيسي
  G +GOV President of Iran 2021-08-03 2024-05-19
Mohammad Mokhber; en: Mohammad Mokhber|Mokhber; fr: Mohammad Mokhber|Mokhber; ru: Мохаммад Мохбер|Мохбер; ar: محمد مخبر|مخبر
  G +GOV Acting President of Iran 2024-05-20 2024-07-28
Masoud Pezeshkian; en: Masoud Pezeshkian|Pezeshkian; fr: Massoud Pezeshkian|Pezeshkian|Massoud Pezechkian|Pezechkian; es: Masud Pezeshkian|Pezeshkian; de: Massud Peseschkian|Peseschkian; ru: Масуд Пезешкиан|Пезешкиан; ar: مسعود بزشكيان|بزشكيان
  G +GOV President of Iran 2024-07-28 -
Mohammad Javad Zarif; en: Mohammad Javad Zarif|Zarif; fr: Mohammad Javad Zarif|Zarif; es: Mohamad Yavad Zarif|Zarif; de: Mohammad Dschawad Sarif|Sarif; ru: Мохаммад Джавад Зариф|Зариф; ar: محمد جواد ظريف|ظريف
  O +GOV Vice President for Strategic Affairs of Iran 2024-08-01 2025-03-02
  F +GOV Minister of Foreign Affairs of Iran 2013-08-15 2021-08-25
Hossein Amir-Abdollahian; dead; en: Hossein Amir-Abdollahian|Amir-Abdollahian|Amirabdollahian; fr: Hossein Amir-Abdollahian|Amir-Abdollahian; ru: Хосейн Амир Абдоллахиян|Абдоллахиян; ar: حسين أمير عبد اللهيان|عبد اللهيان
  F +GOV Minister of Foreign Affairs of Iran 2021-08-25 2024-05-19
Ali Bagheri Kani; en: Ali Bagheri Kani|Bagheri Kani|Ali Bagheri; fr: Ali Bagheri Kani|Bagheri Kani; ru: Али Багери Кани|Багери Кани|Али Багери; ar: علي باقري كني|باقري كني
  F +GOV Acting Minister of Foreign Affairs of Iran 2024-05-20 2024-08-21
Abbas Araghchi; en: Abbas Araghchi|Araghchi|Abbas Araqchi|Araqchi; fr: Abbas Araghchi|Araghchi|Abbas Araghtchi; es: Abás Araqchí|Araqchí|Abbas Araghchi; de: Abbas Araghtschi|Araghtschi|Abbas Araghchi; ru: Аббас Аракчи|Аракчи; ar: عباس عراقجي|عراقجي
  F +GOV Minister of Foreign Affairs of Iran 2024-08-21 -
Hossein Dehghan; en: Hossein Dehghan|Dehghan; ru: Хосейн Дехган|Дехган; ar: حسين دهقان|دهقان
  D +GOVMIL Minister of Defence of Iran 2013-08-15 2017-08-20
Amir Hatami; en: Amir Hatami|Hatami; ru: Амир Хатами|Хатами; ar: أمير حاتمي|حاتمي
  D +GOVMIL Minister of Defence of Iran 2017-08-20 2021-08-25
Mohammad-Reza Gharaei Ashtiani; en: Mohammad-Reza Gharaei Ashtiani|Ashtiani|Mohammad Reza Ashtiani; ru: Мохаммад Реза Аштиани|Аштиани; ar: محمد رضا آشتياني|آشتياني
  D +GOVMIL Minister of Defence of Iran 2021-08-25 2024-08-21
Aziz Nasirzadeh; en: Aziz Nasirzadeh|Nasirzadeh; ru: Азиз Насирзаде|Насирзаде; ar: عزيز نصير زاده|نصير زاده
  D +GOVMIL Minister of Defence of Iran 2024-08-21 -
Qasem Soleimani; dead; en: Qasem Soleimani|Soleimani|Qassem Soleimani; fr: Qassem Soleimani|Soleimani; es: Qasem Soleimani|Soleimani; de: Ghassem Soleimani|Soleimani; ru: Касем Сулеймани|Сулеймани; ar: قاسم سليماني|سليماني
  O +MIL Commander of the Quds Force (IRGC) 1998-01-01 2020-01-03
Esmail Qaani; en: Esmail Qaani|Qaani|Ismail Qaani; fr: Esmaïl Qaani|Qaani; ru: Исмаил Каани|Каани; ar: إسماعيل قاآني|قاآني
  O +MIL Commander of the Quds Force (IRGC) 2020-01-03 -
Hossein Salami; dead; en: Hossein Salami|Salami; fr: Hossein Salami|Salami; ru: Хосейн Салами|Салами; ar: حسين سلامي|سلامي
  O +MIL Commander-in-Chief of the Islamic Revolutionary Guard Corps 2019-04-21 2025-06-13
Mohammad Pakpour; en: Mohammad Pakpour|Pakpour; ru: Мохаммад Пакпур|Пакпур; ar: محمد باكبور|باكبور
  O +MIL Commander-in-Chief of the Islamic Revolutionary Guard Corps 2025-06-13 -
Ali Larijani; en: Ali Larijani|Larijani; fr: Ali Larijani|Larijani; ru: Али Лариджани|Лариджани; ar: علي لاريجاني|لاريجاني
  O +GOV Secretary of the Supreme National Security Council of Iran 2025-08-05 -
  O +GOVLEG Speaker of the Parliament of Iran 2008-05-28 2020-05-28

== YEM
Ali Abdullah Saleh; dead; en: Ali Abdullah Saleh|Saleh; fr: Ali Abdallah Saleh|Saleh; es: Ali Abdulá Salé|Salé; ru: Али Абдалла Салех|Салех; ar: علي عبد الله صالح; amb
  S +GOV President of Yemen 1990-05-22 2012-02-27
Abdrabbuh Mansur Hadi; en: Abdrabbuh Mansur Hadi|Hadi|Abd-Rabbu Mansour Hadi; fr: Abd Rabbo Mansour Hadi|Hadi; es: Abd Rabbuh Mansur Hadi|Hadi; ru: Абд-Раббу Мансур Хади|Хади; ar: عبد ربه منصور هادي|هادي
  S +GOV President of Yemen 2012-02-27 2022-04-07
Rashad al-Alimi; en: Rashad al-Alimi|al-Alimi|Alimi; fr: Rachad al-Alimi|al-Alimi; ru: Рашад аль-Алими|аль-Алими; ar: رشاد العليمي|العليمي
  S +GOV Chairman of the Presidential Leadership Council of Yemen 2022-04-07 -
Mohammed Basindawa; en: Mohammed Basindawa|Basindawa; ru: Мухаммед Басиндва|Басиндва; ar: محمد سالم باسندوة|باسندوة
  G +GOV Prime Minister of Yemen 2011-12-07 2014-09-24
Khaled Bahah; en: Khaled Bahah|Bahah; fr: Khaled Bahah|Bahah; ru: Халед Бахах|Бахах; ar: خالد بحاح|بحاح
  G +GOV Prime Minister of Yemen 2014-11-09 2016-04-03
Ahmed Obeid bin Daghr; en: Ahmed Obeid bin Daghr|bin Daghr; fr: Ahmed ben Dagher|ben Dagher; ru: Ахмед Обейд бен Дагер|бен Дагер; ar: أحمد عبيد بن دغر|بن دغر
  G +GOV Prime Minister of Yemen 2016-04-04 2018-10-15
Maeen Abdulmalik; en: Maeen Abdulmalik|Abdulmalik|Maeen Abdulmalik Saeed; fr: Maïn Abdelmalek|Abdelmalek; ru: Маин Абдульмалик|Абдульмалик; ar: معين عبد الملك|معين عبد الملك
  G +GOV Prime Minister of Yemen 2018-10-15 2024-02-05
Ahmed Awad bin Mubarak; en: Ahmed Awad bin Mubarak|bin Mubarak; fr: Ahmed Awad ben Moubarak|ben Moubarak; ru: Ахмед Авад бен Мубарак|бен Мубарак; ar: أحمد عوض بن مبارك|بن مبارك
  G +GOV Prime Minister of Yemen 2024-02-05 2025-05-03
  F +GOV Minister of Foreign Affairs of Yemen 2020-12-18 2024-02-05
Salem bin Braik; en: Salem bin Braik|bin Braik|Salem Saleh bin Braik; fr: Salem ben Briek|ben Briek; ru: Салем бен Брейк|бен Брейк; ar: سالم صالح بن بريك|بن بريك
  G +GOV Prime Minister of Yemen ~2025-05-06 -
Shaya al-Zindani; en: Shaya al-Zindani|al-Zindani; ru: Шайя аз-Зиндани|аз-Зиндани; ar: شائع الزنداني|الزنداني
  F +GOV Minister of Foreign Affairs of Yemen ~2024-03-05 -
Mohsen al-Daeri; en: Mohsen al-Daeri|al-Daeri; ru: Мохсен ад-Даири|ад-Даири; ar: محسن الداعري|الداعري
  D +GOVMIL Minister of Defence of Yemen 2020-12-18 -
Abdul-Malik al-Houthi; en: Abdul-Malik al-Houthi|al-Houthi|Abdulmalik al-Houthi; fr: Abdel Malek al-Houthi|al-Houthi; es: Abdul Malik al Huti|al Huti; de: Abdul-Malik al-Huthi|al-Huthi; ru: Абдул-Малик аль-Хуси|аль-Хуси; ar: عبد الملك الحوثي|الحوثي
  A +REB Leader of the Houthi movement (Ansar Allah) 2004-09-10 -
Mahdi al-Mashat; en: Mahdi al-Mashat|al-Mashat; fr: Mahdi al-Machat|al-Machat; ru: Махди аль-Машат|аль-Машат; ar: مهدي المشاط|المشاط
  A +REB President of the Houthi Supreme Political Council 2018-04-25 -
Saleh al-Sammad; dead; en: Saleh al-Sammad|al-Sammad; ru: Салех ас-Саммад|ас-Саммад; ar: صالح الصماد|الصماد
  A +REB President of the Houthi Supreme Political Council 2016-08-15 2018-04-19
Mohammed Abdulsalam; en: Mohammed Abdulsalam|Abdulsalam|Mohammed Abdul Salam; fr: Mohammed Abdelsalam|Abdelsalam; ru: Мухаммед Абдель Салям|Абдель Салям; ar: محمد عبد السلام|عبد السلام
  A +REB Spokesman and chief negotiator of the Houthis 2015-01-01 -
Yahya Saree; en: Yahya Saree|Saree|Yahya Sarea; fr: Yahya Saree|Saree|Yahya Sareï; ru: Яхья Сари|Сари; ar: يحيى سريع|سريع
  A +REB Military spokesman of the Houthis 2019-01-01 -

== SAU
Salman bin Abdulaziz; en: Salman bin Abdulaziz|King Salman|Salman bin Abdulaziz Al Saud; fr: Salmane ben Abdelaziz|roi Salmane; es: Salmán bin Abdulaziz|rey Salmán; de: Salman ibn Abd al-Aziz|König Salman; ru: Сальман бен Абдель Азиз|король Сальман; ar: سلمان بن عبد العزيز|الملك سلمان; amb
  S +GOV King of Saudi Arabia 2015-01-23 -
  G +GOV Prime Minister of Saudi Arabia 2015-01-23 2022-09-27
  O +GOV Crown Prince of Saudi Arabia 2012-06-18 2015-01-23
  D +GOVMIL Minister of Defence of Saudi Arabia 2011-11-05 2015-01-23
Abdullah bin Abdulaziz; dead; en: Abdullah bin Abdulaziz|King Abdullah|Abdullah bin Abdulaziz Al Saud; fr: Abdallah ben Abdelaziz|roi Abdallah; ru: Абдалла бен Абдель Азиз|король Абдалла; ar: عبد الله بن عبد العزيز|الملك عبد الله; amb
  S +GOV King of Saudi Arabia 2005-08-01 2015-01-23
Fahd bin Abdulaziz; dead; en: Fahd bin Abdulaziz|King Fahd; fr: Fahd ben Abdelaziz|roi Fahd; ru: Фахд бен Абдель Азиз|король Фахд; ar: فهد بن عبد العزيز|الملك فهد; amb
  S +GOV King of Saudi Arabia 1982-06-13 2005-08-01
Mohammed bin Salman; en: Mohammed bin Salman|bin Salman|MBS|Mohammad bin Salman; fr: Mohammed ben Salmane|ben Salmane|MBS; es: Mohamed bin Salmán|bin Salmán; de: Mohammed bin Salman|bin Salman; ru: Мухаммед бен Сальман|бен Сальман; ar: محمد بن سلمان|بن سلمان
  G +GOV Prime Minister of Saudi Arabia 2022-09-27 -
  O +GOV Crown Prince of Saudi Arabia 2017-06-21 -
  D +GOVMIL Minister of Defence of Saudi Arabia 2015-01-23 2022-09-27
Saud al-Faisal; dead; en: Saud al-Faisal|Prince Saud al-Faisal; fr: Saoud al-Fayçal; ru: Сауд аль-Фейсал; ar: سعود الفيصل; amb
  F +GOV Minister of Foreign Affairs of Saudi Arabia 1975-10-13 2015-04-29
Adel al-Jubeir; en: Adel al-Jubeir|al-Jubeir|Jubeir; fr: Adel al-Jubeir|al-Jubeir|Joubeir; ru: Адель аль-Джубейр|аль-Джубейр; ar: عادل الجبير|الجبير
  O +GOV Minister of State for Foreign Affairs of Saudi Arabia 2018-12-27 -
  F +GOV Minister of Foreign Affairs of Saudi Arabia 2015-04-29 2018-12-27
Ibrahim Al-Assaf; en: Ibrahim Al-Assaf|Al-Assaf; ru: Ибрагим аль-Ассаф|аль-Ассаф; ar: إبراهيم العساف|العساف
  F +GOV Minister of Foreign Affairs of Saudi Arabia 2018-12-27 2019-10-23
Faisal bin Farhan; en: Faisal bin Farhan|Prince Faisal bin Farhan|Faisal bin Farhan Al Saud; fr: Fayçal ben Farhane|prince Fayçal ben Farhane; es: Faisal bin Farhan; de: Faisal bin Farhan; ru: Фейсал бен Фархан|принц Фейсал бен Фархан; ar: فيصل بن فرحان|الأمير فيصل بن فرحان; amb
  F +GOV Minister of Foreign Affairs of Saudi Arabia 2019-10-23 -
Khalid bin Salman; en: Khalid bin Salman|Prince Khalid bin Salman; fr: Khaled ben Salmane|prince Khaled ben Salmane; ru: Халид бен Сальман; ar: خالد بن سلمان|الأمير خالد بن سلمان; amb
  D +GOVMIL Minister of Defence of Saudi Arabia 2022-09-27 -

== EGY
Hosni Mubarak; dead; en: Hosni Mubarak|Mubarak; fr: Hosni Moubarak|Moubarak; es: Hosni Mubarak|Mubarak; ru: Хосни Мубарак|Мубарак; ar: حسني مبارك|مبارك
  S +GOV President of Egypt 1981-10-14 2011-02-11
Mohamed Hussein Tantawi; dead; en: Mohamed Hussein Tantawi|Tantawi; fr: Mohamed Hussein Tantaoui|Tantaoui; ru: Мохаммед Хусейн Тантави|Тантави; ar: محمد حسين طنطاوي|طنطاوي
  S +MIL Chairman of the Supreme Council of the Armed Forces 2011-02-11 2012-06-30
Mohamed Morsi; dead; en: Mohamed Morsi|Morsi|Mohammed Mursi|Mursi; fr: Mohamed Morsi|Morsi; es: Mohamed Morsi|Morsi; de: Mohammed Mursi|Mursi; ru: Мухаммед Мурси|Мурси; ar: محمد مرسي|مرسي
  S +GOV President of Egypt 2012-06-30 2013-07-03
Adly Mansour; en: Adly Mansour|Mansour; fr: Adly Mansour|Mansour; ru: Адли Мансур|Мансур; ar: عدلي منصور|عدلي منصور
  S +GOV Interim President of Egypt 2013-07-04 2014-06-08
Abdel Fattah el-Sisi; en: Abdel Fattah el-Sisi|Sisi|el-Sisi|al-Sisi; fr: Abdel Fattah al-Sissi|Sissi|al-Sissi; es: Abdelfatah al Sisi|al Sisi|Sisi; de: Abdel Fattah al-Sisi|al-Sisi|Sisi; ru: Абдель Фаттах ас-Сиси|ас-Сиси|Сиси; uk: Абдель Фаттах ас-Сісі|ас-Сісі; ar: عبد الفتاح السيسي|السيسي
  S +GOV President of Egypt 2014-06-08 -
  D +GOVMIL Minister of Defence of Egypt 2012-08-12 2014-03-26
Ahmed Nazif; en: Ahmed Nazif|Nazif; ru: Ахмед Назиф|Назиф; ar: أحمد نظيف|نظيف
  G +GOV Prime Minister of Egypt 2004-07-14 2011-01-29
Ahmed Shafik; en: Ahmed Shafik|Shafik; fr: Ahmed Chafik|Chafik; ru: Ахмед Шафик|Шафик; ar: أحمد شفيق|شفيق
  G +GOV Prime Minister of Egypt 2011-01-29 2011-03-03
Essam Sharaf; en: Essam Sharaf|Sharaf; fr: Essam Charaf|Charaf; ru: Исам Шараф|Шараф; ar: عصام شرف|شرف; amb
  G +GOV Prime Minister of Egypt 2011-03-03 2011-12-07
Kamal Ganzouri; dead; en: Kamal Ganzouri|Ganzouri; ru: Камаль Ганзури|Ганзури; ar: كمال الجنزوري|الجنزوري
  G +GOV Prime Minister of Egypt 2011-12-07 2012-08-02
Hesham Qandil; en: Hesham Qandil|Qandil|Hisham Kandil|Kandil; fr: Hicham Qandil|Qandil; ru: Хишам Кандиль|Кандиль; ar: هشام قنديل|قنديل
  G +GOV Prime Minister of Egypt 2012-08-02 2013-07-16
Hazem el-Beblawi; en: Hazem el-Beblawi|el-Beblawi|Beblawi; fr: Hazem el-Beblaoui|Beblaoui; ru: Хазем аль-Бебляуи|аль-Бебляуи; ar: حازم الببلاوي|الببلاوي
  G +GOV Prime Minister of Egypt 2013-07-16 2014-03-01
Ibrahim Mahlab; en: Ibrahim Mahlab|Mahlab; ru: Ибрагим Махляб|Махляб; ar: إبراهيم محلب|محلب
  G +GOV Prime Minister of Egypt 2014-03-01 2015-09-19
Sherif Ismail; dead; en: Sherif Ismail|Sherif Ismail; fr: Chérif Ismaïl|Sherif Ismail; ru: Шериф Исмаил; ar: شريف إسماعيل; amb
  G +GOV Prime Minister of Egypt 2015-09-19 2018-06-14
Mostafa Madbouly; en: Mostafa Madbouly|Madbouly; fr: Moustafa Madbouli|Madbouli|Mostafa Madbouly; ru: Мустафа Мадбули|Мадбули; ar: مصطفى مدبولي|مدبولي
  G +GOV Prime Minister of Egypt 2018-06-14 -
Atef Ebeid; dead; en: Atef Ebeid|Ebeid; ru: Атеф Эбейд|Эбейд; ar: عاطف عبيد|عاطف عبيد
  G +GOV Prime Minister of Egypt 1999-10-05 2004-07-14
Nabil Fahmy; en: Nabil Fahmy|Fahmy; ru: Набиль Фахми|Фахми; ar: نبيل فهمي|فهمي
  F +GOV Minister of Foreign Affairs of Egypt 2013-07-16 2014-06-17
Sameh Shoukry; en: Sameh Shoukry|Shoukry|Sameh Shukri; fr: Sameh Choukri|Choukri; ru: Самех Шукри|Шукри; ar: سامح شكري|شكري
  F +GOV Minister of Foreign Affairs of Egypt 2014-06-17 2024-07-03
Badr Abdelatty; en: Badr Abdelatty|Abdelatty|Badr Abdel Aty; fr: Badr Abdelatty|Abdelatty|Badr Abdel Ati; ru: Бадр Абдель Аты|Абдель Аты; ar: بدر عبد العاطي|عبد العاطي
  F +GOV Minister of Foreign Affairs of Egypt 2024-07-03 -
Sedki Sobhi; en: Sedki Sobhi|Sobhi|Sedky Sobhy; ru: Сидки Субхи|Субхи; ar: صدقي صبحي|صدقي صبحي
  D +GOVMIL Minister of Defence of Egypt 2014-03-26 2018-06-14
Mohamed Zaki; en: Mohamed Zaki|Mohamed Ahmed Zaki; ru: Мухаммед Заки; ar: محمد زكي; amb
  D +GOVMIL Minister of Defence of Egypt 2018-06-14 2024-07-03
Abdel Mageed Saqr; en: Abdel Mageed Saqr|Saqr; ru: Абдель Магид Сакр|Сакр; ar: عبد المجيد صقر|صقر
  D +GOVMIL Minister of Defence of Egypt 2024-07-03 -
""")

# @@DATA@@

if __name__ == "__main__":
    raise SystemExit(main())
