"""The shipped people file (data/actors/people.jsonl): format, CAMEO-shaped codes, dates, spot checks."""

from __future__ import annotations

import json
import re
from datetime import date
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PEOPLE = ROOT / "data" / "actors" / "people.jsonl"
CAMEO_CODES = ROOT.parent / "shared" / "reference" / "cameo" / "cameo_actor_country_type_codes.json"

# Country codes Phoenix uses beyond the CAMEO list (Kosovo, Montenegro), and the CAMEO role/type codes.
EXTRA_COUNTRIES = {"KSV", "MNE"}
TYPES = {"AGR", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI", "IGO", "IMG", "INS",
         "INT", "JUD", "LAB", "LEG", "MED", "MIL", "MNC", "MOD", "NGM", "NGO", "OPP", "RAD", "REB", "REF", "SEP",
         "SET", "SPY", "UAF", "UIS"}
OFFICES = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister", "igo_leader",
           "armed_group_leader", "other", "former"}
LANGS = {"en", "fr", "es", "de", "ru", "ar", "uk", "it", "pt"}


@cache
def people() -> list[dict]:
    return [json.loads(line) for line in PEOPLE.read_text(encoding="utf-8").splitlines() if line.strip()]


@cache
def codebook() -> tuple[set[str], set[str]]:
    """(country codes, IGO/NGO chunk codes) of CAMEO; a minimal fallback when shared/ is not beside the repo."""
    if CAMEO_CODES.is_file():
        data = json.loads(CAMEO_CODES.read_text(encoding="utf-8"))
        countries = set(data["ACTOR_COUNTRY_CODES"]) | EXTRA_COUNTRIES
        groups = {k[i:i + 3] for k in data["ACTOR_KNOWN_GROUP_CODES"] for i in range(0, len(k), 3)}
        return countries, groups
    countries = {p["roles"][0]["actor"][:3] for p in people() if p["roles"]} - {"IGO", "NGO"}
    return countries, set()


def well_formed(code: str) -> bool:
    """Country + type codes (RUSGOV, UKRGOVMIL), or IGO/NGO + region/type/group chunks (IGOUNO, IGOWSTNAT)."""
    countries, groups = codebook()
    if not re.fullmatch(r"(?:[A-Z]{3})+", code):
        return False
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    if chunks[0] in ("IGO", "NGO"):
        return len(chunks) > 1 and all(c in TYPES or c in countries or c in groups or not groups
                                       for c in chunks[1:])
    return chunks[0] in countries and all(c in TYPES for c in chunks[1:]) and len(chunks) > 1


def by_name(name: str) -> dict:
    return next(p for p in people() if p["name"] == name)


def code_on(person: dict, day: date) -> str | None:
    """The loader's rule (newsgraph.knowledge.actors): the first listed role held that day, else `after`."""
    held = [r for r in person["roles"]
            if (r["start"] is None or date.fromisoformat(r["start"]) <= day)
            and (r["end"] is None or day <= date.fromisoformat(r["end"]))]
    if held:
        return held[0]["actor"]
    ends = [r["end"] for r in person["roles"]]
    if person.get("after") and all(ends) and day > max(date.fromisoformat(e) for e in ends):
        return person["after"]
    return None


def test_every_line_is_a_person_in_the_format():
    assert len(people()) >= 300
    for p in people():
        assert set(p) >= {"id", "wikidata", "name", "names", "roles", "after", "source"}, p.get("id")
        assert isinstance(p["name"], str) and p["name"].strip()
        assert p["wikidata"] is None or re.fullmatch(r"Q[1-9]\d*", p["wikidata"])
        assert p["id"] == (p["wikidata"] or p["id"]) and re.fullmatch(r"Q\d+|[a-z0-9]+(?:-[a-z0-9]+)*", p["id"])
        assert p["names"] and set(p["names"]) <= LANGS, p["id"]
        for forms in p["names"].values():
            assert forms and all(isinstance(f, str) and f.strip() == f and f for f in forms), p["id"]
        assert p["roles"], p["id"]
        assert p["after"] is None or well_formed(p["after"]), p["id"]
        assert p["source"]


def test_ids_are_unique():
    ids = [p["id"] for p in people()]
    assert len(ids) == len(set(ids))
    qids = [p["wikidata"] for p in people() if p["wikidata"]]
    assert len(qids) == len(set(qids))


def test_roles_are_cameo_shaped_and_dated():
    for p in people():
        for r in p["roles"]:
            assert well_formed(r["actor"]), (p["id"], r["actor"])
            assert r.get("office") in OFFICES, (p["id"], r)
            start = date.fromisoformat(r["start"]) if r["start"] else None
            end = date.fromisoformat(r["end"]) if r["end"] else None
            assert start is not None, (p["id"], r)
            assert end is None or start <= end, (p["id"], r)
            assert end is None or end <= date(2027, 1, 1)


def test_no_person_holds_the_same_office_twice_at_once():
    for p in people():
        spans: dict[tuple[str, str], list[tuple[date, date]]] = {}
        for r in p["roles"]:
            if r["office"] in ("other", "former"):
                continue
            start = date.fromisoformat(r["start"])
            end = date.fromisoformat(r["end"]) if r["end"] else date.max
            spans.setdefault((r["actor"], r["title"]), []).append((start, end))
        for key, items in spans.items():
            items.sort()
            for (_, e1), (s2, _) in zip(items, items[1:], strict=False):
                assert s2 >= e1, (p["id"], key)


def test_surnames_of_ambiguous_people_are_not_listed():
    for p in people():
        if p.get("ambiguous_surname"):
            for lang, forms in p["names"].items():
                assert all(" " in f or "-" in f for f in forms), (p["id"], lang)


@pytest.mark.parametrize("name, day, code", [
    ("Vladimir Putin", date(2020, 11, 7), "RUSGOV"),
    ("Emmanuel Macron", date(2020, 11, 7), "FRAGOV"),
    ("Volodymyr Zelensky", date(2018, 6, 1), None),
    ("Volodymyr Zelensky", date(2020, 11, 7), "UKRGOV"),
    ("Angela Merkel", date(2022, 6, 1), "DEUELI"),
    ("Nikol Pashinyan", date(2020, 11, 7), "ARMGOV"),
    ("Ilham Aliyev", date(2020, 11, 7), "AZEGOV"),
    ("Sergei Shoigu", date(2020, 11, 7), "RUSGOVMIL"),
    ("Donald Trump", date(2023, 1, 1), "USAELI"),
    ("Donald Trump", date(2025, 6, 1), "USAGOV"),
    ("Bashar al-Assad", date(2025, 6, 1), "SYRELI"),
])
def test_spot_checks(name, day, code):
    assert code_on(by_name(name), day) == code


def test_names_in_the_main_languages():
    putin = by_name("Vladimir Putin")
    assert {"Vladimir Poutine", "Poutine"} <= set(putin["names"]["fr"])
    assert {"Владимир Путин", "Путин", "Путина", "Путину", "Путиным"} <= set(putin["names"]["ru"])
    assert {"فلاديمير بوتين", "بوتين"} <= set(putin["names"]["ar"])
    for name in ("Vladimir Putin", "Emmanuel Macron", "Volodymyr Zelensky", "Nikol Pashinyan", "Ilham Aliyev"):
        assert {"en", "fr", "es", "de", "ru", "ar"} <= set(by_name(name)["names"]), name
    assert by_name("Vladimir Putin")["wikidata"] == "Q7747"
    assert by_name("Emmanuel Macron")["wikidata"] == "Q3052772"


def test_the_knowledge_base_loads_it():
    from newsgraph.knowledge.actors import load

    base = load(PEOPLE.parent)
    [hit] = [h for h in base.lookup("Poutine", "fr") if h.entry.kind == "person"]
    assert hit.entry.code_on(date(2020, 11, 7)) == "RUSGOV"
    [hit] = [h for h in base.lookup("Путина", "ru") if h.entry.kind == "person"]
    assert hit.entry.name == "Vladimir Putin"
