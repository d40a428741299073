"""The actor knowledge base and entity linking (a small fixture base; the shipped data has its own tests)."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import FIXTURES
from newsgraph.knowledge.actors import actor_base, load
from newsgraph.records import Article
from newsgraph.stages.link import LinkEntities

BASE = load(FIXTURES / "actors")


def person(name: str):
    return next(e for e in BASE.entries if e.name == name)


@pytest.mark.parametrize("name, day, code", [
    ("Vladimir Putin", date(2020, 11, 7), "RUSGOV"),
    ("Vladimir Putin", date(2010, 1, 1), "RUSGOV"),
    ("Vladimir Putin", date(2005, 1, 1), "RUS"),  # before his first role in the base: the country
    ("Angela Merkel", date(2019, 1, 1), "DEUGOV"),
    ("Angela Merkel", date(2022, 6, 1), "DEUELI"),  # after leaving office
    ("Volodymyr Zelensky", date(2018, 1, 1), "UKR"),
    ("Volodymyr Zelensky", date(2022, 3, 1), "UKRGOV"),
])
def test_dated_roles(name, day, code):
    assert person(name).code_on(day) == code


def test_lookup_by_language_and_form():
    [hit] = BASE.lookup("Moscou", "fr")
    assert hit.entry.code == "RUS" and hit.form == "capital" and hit.code_on(None) == "RUSGOV"
    assert [h.form for h in BASE.lookup("russes", "fr")] == ["adjective"]
    assert BASE.lookup("NATO", "fr")[0].entry.name == "NATO"  # same spelling in another language
    assert BASE.agent("forces armées", "fr") == "MIL"


def test_the_arabic_article_however_it_is_transliterated():
    shipped = actor_base()
    for name in ("Omar al-Bashir", "Omar El Bashir", "Omar al Bashir"):
        assert any(h.entry.name == "Omar al-Bashir" for h in shipped.lookup(name, "en")), name
    assert shipped.lookup("El Salvador", "es")[0].entry.code == "SLV"


def link(pipeline, text: str, language: str, published: str):
    [doc] = pipeline([Article(input="t", kind="text", text=text, language=language,
                              published=date.fromisoformat(published))])
    for entity in doc.entities:  # the default pipeline linked them to the shipped base: start again
        entity.canonical = entity.wikidata = entity.country = None
    LinkEntities(BASE).process(doc)
    return {e.text: e for e in doc.entities}


def test_linking_in_context(pipeline):
    found = link(pipeline, "Vladimir Poutine a reçu le secrétaire général de l’OTAN à Moscou.", "fr", "2020-11-07")
    putin = found["Vladimir Poutine"]
    assert (putin.canonical, putin.wikidata, putin.country) == ("Vladimir Putin", "Q7747", "RUS")
    assert found["OTAN"].canonical == "NATO" and found["OTAN"].wikidata == "Q7184"
    assert found["Moscou"].country == "RUS"


def test_a_shared_surname_links_to_whoever_held_office_then(pipeline):
    found = link(pipeline, "Prime Minister Johnson met reporters in London on Tuesday.", "en", "2020-03-03")
    assert found["Johnson"].canonical == "A Johnson"
    found = link(pipeline, "Speaker Johnson met reporters in Washington on Tuesday.", "en", "2024-03-05")
    assert found["Johnson"].canonical == "B Johnson"
