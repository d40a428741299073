"""The shipped actor knowledge base: countries, organisations and agents (data/actors/, built by
scripts/build_actor_data.py; format in docs/actors.md). Fast checks on the data files and lookups through the loader."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest

from newsgraph.knowledge import data_dir
from newsgraph.knowledge.actors import load

FOLDER = data_dir() / "actors"
LANGUAGES = ("en", "fr", "es", "de", "ru", "ar")
CODE = re.compile(r"(?:[A-Z]{3}){1,5}")
WIKIDATA = re.compile(r"Q[1-9]\d*")
# The CAMEO country and region codes (cameo_actor_country_type_codes.json, ACTOR_COUNTRY_CODES): 259 codes.
CAMEO_COUNTRIES = set("""
ABW AFG AFR AGO AIA ALA ALB AND ANT ARE ARG ARM ASA ASM ATG AUS AUT AZE BDI BEL BEN BFA BGD BGR BHR BHS BIH BLK BLR
BLZ BMU BOL BRA BRB BRN BTN BWA CAF CAN CAS CAU CEU CFR CHE CHL CHN CIV CMR COD COG COK COL COM CPV CRB CRI CUB CYM
CYP CZE DEU DJI DMA DNK DOM DZA EAF ECU EEU EGY EIN ERI ESH ESP EST ETH EUR FIN FJI FLK FRA FRO FSM GAB GBR GEO GHA
GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HND HRV HTI HUN IDN IMY IND IRL IRN IRQ ISL ISR ITA JAM JOR
JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAM LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAR MCO MDA MDG MDT MDV MEA
MEX MHL MKD MLI MLT MMR MNG MNP MOZ MRT MSR MTN MTQ MUS MWI MYS MYT NAF NAM NCL NER NFK NGA NIC NIU NLD NMR NOR NPL
NRU NZL OMN PAK PAN PCN PER PGS PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROM RUS RWA SAF SAM SAS SAU SCN SDN
SEA SEN SGP SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SYC SYR TCA TCD TGO THA TJK TKL TKM TMP
TON TTO TUN TUR TUV TWN TZA UGA UKR URY USA UZB VAT VCT VEN VGB VIR VNM VUT WAF WLF WSM WST YEM ZAF ZMB ZWE
""".split())
REFERENCE = Path(__file__).resolve().parents[2] / "shared/reference/cameo/cameo_actor_country_type_codes.json"


def read_jsonl(name: str) -> list[dict]:
    lines = (FOLDER / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@cache
def countries() -> list[dict]:
    return read_jsonl("countries.jsonl")


@cache
def organisations() -> list[dict]:
    return read_jsonl("organisations.jsonl")


@cache
def base():
    return load()


def agent_rows(language: str) -> list[list[str]]:
    lines = (FOLDER / "agents" / f"{language}.tsv").read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


# -- files ----------------------------------------------------------------------------------------------------------

def test_every_cameo_country_code_has_one_line():
    codes = [c["code"] for c in countries()]
    assert len(codes) == len(set(codes)) == 259
    assert set(codes) == CAMEO_COUNTRIES
    if REFERENCE.is_file():  # the reference list itself, where the shared folder is next to the repository
        assert set(codes) == set(json.loads(REFERENCE.read_text(encoding="utf-8"))["ACTOR_COUNTRY_CODES"])


def test_countries_are_well_formed():
    for c in countries():
        assert set(c) >= {"code", "iso2", "wikidata", "name", "names", "adjectives", "capital", "capital_names",
                          "metonyms", "source"}, c["code"]
        assert c["wikidata"] is None or WIKIDATA.fullmatch(c["wikidata"]), c["code"]
        assert c["iso2"] is None or re.fullmatch(r"[A-Z]{2}", c["iso2"]), c["code"]
        for language in LANGUAGES:
            assert c["names"].get(language), (c["code"], language)
        for field in ("names", "adjectives", "capital_names", "metonyms"):
            for values in c[field].values():
                assert values and all(isinstance(v, str) and v.strip() == v and v for v in values), (c["code"], field)
    wikidata = [c["wikidata"] for c in countries() if c["wikidata"]]
    assert len(wikidata) == len(set(wikidata)) and len(wikidata) >= 240


def test_organisations_are_well_formed():
    ids = [o["id"] for o in organisations()]
    assert len(ids) == len(set(ids))
    people = {p["id"] for p in read_jsonl("people.jsonl")}
    assert not people & set(ids)
    kinds = {"IGO", "NGO", "armed group", "party", "media", "company", "other"}
    for o in organisations():
        assert CODE.fullmatch(o["code"]) and len(o["code"]) <= 15, o["id"]
        assert o["kind"] in kinds, o["id"]
        assert o["wikidata"] is None or (WIKIDATA.fullmatch(o["wikidata"]) and o["id"] == o["wikidata"]), o["id"]
        assert o["country"] is None or o["country"] in CAMEO_COUNTRIES, o["id"]
        assert o["names"].get("en") and o["name"] and o["source"], o["id"]
    wikidata = [o["wikidata"] for o in organisations() if o["wikidata"]]
    assert len(wikidata) == len(set(wikidata))


@pytest.mark.parametrize("language", LANGUAGES)
def test_agent_files_parse(language):
    rows = agent_rows(language)
    words = [r[0] for r in rows]
    assert len(words) == len(set(words)), "one code per word"
    assert len(rows) >= (300 if language in ("fr", "en", "es") else 100)
    for row in rows:
        assert 2 <= len(row) <= 3 and row[0] == row[0].strip().lower() and row[0], row
        assert CODE.fullmatch(row[1]), row


# -- lookups --------------------------------------------------------------------------------------------------------

def only(text: str, language: str):
    hits = base().lookup(text, language)
    assert len({h.entry.id for h in hits}) == 1, (text, [h.entry.id for h in hits])
    return hits[0]


@pytest.mark.parametrize("text, language, code, form, acts_as", [
    ("Moscou", "fr", "RUS", "capital", "RUSGOV"),
    ("Moscow", "en", "RUS", "capital", "RUSGOV"),
    ("Москвы", "ru", "RUS", "capital", "RUSGOV"),
    ("Кремль", "ru", "RUS", "metonym", "RUSGOV"),
    ("Кремля", "ru", "RUS", "metonym", "RUSGOV"),
    ("Kremlin", "en", "RUS", "metonym", "RUSGOV"),
    ("البيت الأبيض", "ar", "USA", "metonym", "USAGOV"),
    ("Maison-Blanche", "fr", "USA", "metonym", "USAGOV"),
    ("Casa Blanca", "es", "USA", "metonym", "USAGOV"),
    ("Weißen Haus", "de", "USA", "metonym", "USAGOV"),
    ("Белый дом", "ru", "USA", "metonym", "USAGOV"),
    ("Élysée", "fr", "FRA", "metonym", "FRAGOV"),
    ("Quai d'Orsay", "fr", "FRA", "metonym", "FRAGOV"),
    ("Downing Street", "en", "GBR", "metonym", "GBRGOV"),
    ("Pentagone", "fr", "USA", "metonym", "USAGOV"),
    ("russische", "de", "RUS", "adjective", "RUS"),
    ("russischen", "de", "RUS", "adjective", "RUS"),
    ("arméniennes", "fr", "ARM", "adjective", "ARM"),
    ("azéries", "fr", "AZE", "adjective", "AZE"),
    ("российская", "ru", "RUS", "adjective", "RUS"),
    ("российскими", "ru", "RUS", "adjective", "RUS"),
    ("الروسية", "ar", "RUS", "adjective", "RUS"),
    ("ucranianas", "es", "UKR", "adjective", "UKR"),
    ("Ukrainian", "en", "UKR", "adjective", "UKR"),
    ("Russie", "fr", "RUS", "name", "RUS"),
    ("России", "ru", "RUS", "name", "RUS"),
    ("وروسيا", "ar", "RUS", "name", "RUS"),
    ("EE.UU.", "es", "USA", "name", "USA"),
    ("Russlands", "de", "RUS", "name", "RUS"),
    ("Haut-Karabakh", "fr", None, None, None),
    # names news uses beside the official ones CLDR now gives ("Türkiye")
    ("Turkey", "en", "TUR", "name", "TUR"),
    ("Türkiye", "en", "TUR", "name", "TUR"),
    ("Democratic Republic of Congo", "en", "COD", "name", "COD"),
    ("Republic of Congo", "en", "COG", "name", "COG"),
])
def test_country_lookups(text, language, code, form, acts_as):
    hits = [h for h in base().lookup(text, language) if h.entry.kind == "country"]
    if code is None:  # a region of a country is not a country of the base
        assert not hits
        return
    hit = only(text, language)
    assert (hit.entry.code, hit.form, hit.code_on(None)) == (code, form, acts_as)


@pytest.mark.parametrize("text, language, code, wikidata", [
    ("OTAN", "fr", "IGOWSTNAT", "Q7184"),
    ("НАТО", "ru", "IGOWSTNAT", "Q7184"),
    ("الناتو", "ar", "IGOWSTNAT", "Q7184"),
    ("ONU", "fr", "IGOUNO", "Q1065"),
    ("ООН", "ru", "IGOUNO", "Q1065"),
    ("الأمم المتحدة", "ar", "IGOUNO", "Q1065"),
    ("Conseil de sécurité", "fr", "IGOUNO", "Q37470"),
    ("UE", "fr", "IGOEUREEC", "Q458"),
    ("ЕС", "ru", "IGOEUREEC", "Q458"),
    ("ОБСЕ", "ru", "IGOEURSCE", "Q81299"),
    ("ВОЗ", "ru", "IGOUNOHLHWHO", "Q7817"),
    ("OMS", "fr", "IGOUNOHLHWHO", "Q7817"),
    ("FMI", "es", "IGOBUSIMF", "Q7804"),
    ("CPI", "fr", "IGOJUDICC", "Q47488"),
    ("ДНР", "ru", "UKRREB", "Q16150196"),
    ("République populaire de Donetsk", "fr", "UKRREB", "Q16150196"),
    ("ЛНР", "ru", "UKRREB", "Q16746854"),
    ("داعش", "ar", "IMGMUS", "Q2429253"),
    ("Daech", "fr", "IMGMUS", "Q2429253"),
    ("ИГИЛ", "ru", "IMGMUS", "Q2429253"),
    ("Hamas", "fr", "PSEREBHMS", "Q38799"),
    ("حزب الله", "ar", "LBNREB", None),
    ("Houthis", "en", "YEMREB", None),
    ("Wagner", "fr", "RUSUAF", None),
    ("Hayat Tahrir al-Cham", "fr", "SYRREB", None),
    ("CICR", "fr", "NGOHLHIRC", None),
    ("Amnesty International", "en", "NGOHRIAMN", "Q42970"),
    ("Spoutnik", "fr", "RUSMED", None),
    ("ТАСС", "ru", "RUSMED", "Q223799"),
    ("Reuters", "de", "MED", "Q130879"),
])
def test_organisation_lookups(text, language, code, wikidata):
    hit = only(text, language)
    assert hit.entry.kind == "organisation" and hit.entry.code == code and hit.entry.wikidata == wikidata


def test_major_organisations_are_named_in_six_languages():
    by_id = {o["id"]: o for o in organisations()}
    for ident in ("Q1065", "Q7184", "Q458", "Q81299", "Q7159", "Q7172", "Q7817", "Q7804", "Q47488", "Q37470",
                  "Q2429253", "Q16150196", "Q38799", "international-committee-of-the-red-cross", "human-rights-watch",
                  "wagner-group", "houthis", "hezbollah", "taliban", "Q130879", "agence-france-presse", "Q223799"):
        for language in LANGUAGES:
            assert by_id[ident]["names"].get(language), (ident, language)


@pytest.mark.parametrize("word, language, code", [
    ("forces armées", "fr", "MIL"),
    ("force armée", "fr", "MIL"),  # the lemma sequence the French pipeline gives
    ("armée", "fr", "MIL"),
    ("séparatiste", "fr", "REB"),
    ("indépendantiste", "fr", "REB"),
    ("milicien", "fr", "UAF"),
    ("président", "fr", "GOV"),
    ("autorité", "fr", "GOV"),
    ("porte-parole", "fr", "GOV"),
    ("chef de le diplomatie", "fr", "GOV"),
    ("forces de l'ordre", "fr", "COP"),
    ("force de le ordre", "fr", "COP"),
    ("manifestant", "fr", "OPP"),
    ("journaliste", "fr", "MED"),
    ("réfugié", "fr", "REF"),
    ("police", "en", "COP"),
    ("troop", "en", "MIL"),
    ("government", "en", "GOV"),
    ("spokesman", "en", "GOV"),
    ("insurgent", "en", "REB"),
    ("fuerzas armadas", "es", "MIL"),
    ("fuerza armado", "es", "MIL"),
    ("portavoz", "es", "GOV"),
    ("policía", "es", "COP"),
    ("streitkräfte", "de", "MIL"),
    ("soldat", "de", "MIL"),
    ("военные", "ru", "MIL"),
    ("военный", "ru", "MIL"),
    ("сепаратист", "ru", "REB"),
    ("полиция", "ru", "COP"),
    ("الجيش", "ar", "MIL"),
    ("والجيش", "ar", "MIL"),
    ("المتظاهرين", "ar", "OPP"),
])
def test_agents(word, language, code):
    assert base().agent(word, language) == code
