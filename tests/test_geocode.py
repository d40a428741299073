"""The geocode stage: place names in the article's language resolved to GeoNames places with the article as
context, and events located where the sentence says they happened."""

from __future__ import annotations

import json
import math
import re
from datetime import date

import duckdb
import pytest

from conftest import EXAMPLE, FIXTURES
from newsgraph.knowledge.gazetteer import gazetteer
from newsgraph.knowledge.place_resolver import Mention, Resolver, site_country
from newsgraph.knowledge.place_words import name_variants, place_words
from newsgraph.pipeline import Pipeline
from newsgraph.records import Article, Document, Entity
from newsgraph.stages.geocode import resolve_document
from newsgraph.store import Store

EXPECTED = json.loads((FIXTURES / "fr-putin-macron-call-2020-11-07.expected.json").read_text(encoding="utf-8"))


def km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


@pytest.fixture(scope="module")
def geo_pipeline() -> Pipeline:
    return Pipeline(only=("nlp", "lexicon", "link", "events", "geocode"))


def places_of(pipeline: Pipeline, text: str, language: str, **article) -> Document:
    [doc] = pipeline([Article(input="test", kind="text", text=text, language=language, **article)])
    assert doc.error is None
    return doc


# -- the running example ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("want", EXPECTED["places_must"], ids=lambda w: w["name"])
def test_every_required_place(example_doc, want):
    near = [p for p in example_doc.places if km(p.lat, p.lon, want["lat"], want["lon"]) <= want["tolerance_km"]]
    assert near, [(p.text, p.name) for p in example_doc.places]
    if "geonames" in want:
        assert want["geonames"] in {p.geonames for p in near}


def test_shusha_from_the_french_form(example_doc):
    [chouchi] = [p for p in example_doc.places if p.text == "Chouchi"]
    assert (chouchi.geonames, chouchi.name, chouchi.country) == (147105, "Shusha", "AZ")
    assert example_doc.body[chouchi.start:chouchi.end] == "Chouchi"
    assert example_doc.entities[chouchi.entity].geonames == 147105
    assert 0 < chouchi.confidence <= 1


def test_the_donbass_fight_happened_in_donbas(example_doc):
    [fight] = [e for e in example_doc.events if e.root == "19" and {e.source, e.target} == {"UKRREB", "UKRMIL"}]
    assert fight.location is not None and fight.location.name == "Donbas"
    assert km(fight.location.lat, fight.location.lon, 48.0, 38.0) <= 200
    assert example_doc.places[fight.location.place].text == "Donbass"


@pytest.mark.parametrize("language, text, cameo, place", [
    ("en", "Russian forces shelled Kharkiv on Monday, killing three civilians.", "190", "Kharkiv"),
    ("en", "Israeli troops killed two Palestinians near Jenin.", "190", "Jenin"),
    ("en", "Russian President Vladimir Putin visited Tehran on Tuesday.", "042", "Tehran"),
    ("fr", "Le président français s'est rendu à Bruxelles.", "042", "Brussels"),
    ("en", "Armenia accused Azerbaijan of shelling Stepanakert.", "112", None),
    # German, Russian and Arabic are coded without a parse: the place follows a preposition of place
    ("de", "Tausende Demonstranten protestierten in Berlin gegen die russische Regierung.", "14", "Berlin"),
    ("de", "Die ukrainische Armee beschoss Stellungen der Separatisten bei Donezk.", "19", "Donetsk"),
    ("ru", "Тысячи демонстрантов протестовали в Москве против правительства.", "14", "Moscow"),
    ("ru", "Российские военные обстреляли позиции украинской армии под Харьковом.", "19", "Kharkiv"),
    ("ar", "تظاهر آلاف المحتجين في القاهرة ضد الحكومة المصرية.", "14", "Cairo"),
])
def test_where_an_event_happened(geo_pipeline, language, text, cameo, place):
    doc = places_of(geo_pipeline, text, language, published=date(2022, 3, 7))
    [event] = [e for e in doc.events if e.cameo.startswith(cameo)]
    assert (event.location.name if event.location else None) == place


def test_the_phone_call_has_no_place(example_doc):
    # "ont discuté … lors d'une conversation téléphonique … le conflit au Haut-Karabakh": the conflict is where
    # Karabakh is, not the call
    calls = [e for e in example_doc.events if e.cameo == "041"]
    assert calls and all(e.location is None for e in calls)


def test_places_in_the_json_document(example_doc):
    data = example_doc.to_dict()
    for place in data["places"]:
        assert {"name", "geonames", "lat", "lon", "country", "start", "end", "confidence"} <= set(place)
        assert data["body"][place["start"]:place["end"]] == place["text"]
    fight = next(e for e in data["events"] if e["location"])
    assert {"name", "geonames", "lat", "lon", "country", "place"} <= set(fight["location"])
    again = Document.from_dict(json.loads(json.dumps(data, default=str)))
    assert [e.location for e in again.events] == [e.location for e in example_doc.events]


# -- names as each language writes them ------------------------------------------------------------------------

SENTENCES = [
    ("fr", "Le ministre s'est rendu à Londres puis à Pékin, avant une visite en Cisjordanie où des heurts ont fait "
           "trois morts près de Naplouse.",
     {"Londres": 2643743, "Pékin": 1816670, "Cisjordanie": 285153, "Naplouse": 282615}),
    ("es", "El ministro viajó a Londres y después a Pekín; en Cisjordania, los enfrentamientos dejaron tres muertos "
           "cerca de Nablus.",
     {"Londres": 2643743, "Pekín": 1816670, "Cisjordania": 285153, "Nablus": 282615}),
    ("de", "Der Minister reiste nach London und dann nach Peking, während in Moskau Tausende gegen die Regierung "
           "demonstrierten.",
     {"London": 2643743, "Peking": 1816670, "Moskau": 524901}),
    ("ru", "Министр посетил Лондон, а затем Пекин; в столкновениях возле Наблуса погибли три человека, в Киеве "
           "и под Харьковом прошли протесты.",
     {"Лондон": 2643743, "Пекин": 1816670, "Наблуса": 282615, "Киеве": 703448, "Харьковом": 706483}),
    ("de", "Auf der Krim riefen die Behörden Alarm aus, und der Präsident reiste nach Kiew.",
     {"Krim": 703883, "Kiew": 703448}),
    ("es", "El presidente viajó a Jerusalén y después a Leópolis.", {"Jerusalén": 281184, "Leópolis": 702550}),
    ("uk", "Російські війська знову обстріляли Харків і Запоріжжя.", {"Харків": 706483, "Запоріжжя": 687700}),
    ("ar", "قصفت القوات الروسية مدينة حلب وقتل ثلاثة مدنيين في دمشق وبغداد.",
     {"حلب": 170063, "دمشق": 170654, "بغداد": 98182}),
    ("it", "Il ministro è volato a Londra e poi a Pechino, mentre a Mosca migliaia di persone protestavano.",
     {"Londra": 2643743, "Pechino": 1816670, "Mosca": 524901}),
    ("pt", "O ministro viajou para Londres e depois para Pequim, enquanto em Moscou milhares protestavam.",
     {"Londres": 2643743, "Pequim": 1816670, "Moscou": 524901}),
]


@pytest.mark.parametrize("language, text, expected", SENTENCES, ids=[s[0] for s in SENTENCES])
def test_place_names_in_each_language(geo_pipeline, language, text, expected):
    doc = places_of(geo_pipeline, text, language)
    assert {p.text: p.geonames for p in doc.places} == expected


def test_dictionary_forms_and_demonyms_as_data():
    ru, en = place_words("ru"), place_words("en")
    assert ("Наблус", False) in name_variants("Наблуса", ru)
    assert ("Ohio", True) in name_variants("Ohioans", en)
    assert ("Loudon county", False) in name_variants("Loudon Co.", en)
    assert name_variants("Paris", place_words("xx")) == []


# -- context ---------------------------------------------------------------------------------------------------

def test_context_chooses_among_namesakes(geo_pipeline):
    texts = {
        "Paris": ("The mayor of Paris opened the exhibition at the Louvre.", "FR"),
        "Paris, Texas": ("Police in Paris, Texas, arrested two men on Friday.", "US"),
        "Georgia": ("Protesters marched in Tbilisi as Georgia's parliament voted.", "GE"),
        "Georgia state": ("Storms hit Atlanta and Savannah as Georgia braced for floods.", "US"),
    }
    for label, (text, country) in texts.items():
        doc = places_of(geo_pipeline, text, "en")
        name = label.split(",")[0].split()[0]
        [place] = [p for p in doc.places if p.text == name]
        assert place.country == country, (label, place)


def test_one_name_one_place_per_article():
    gaz = gazetteer()
    body = "Springfield, Illinois. Later Springfield voted."
    mentions = [Mention(0, 11, "Springfield"), Mention(13, 21, "Illinois"), Mention(29, 40, "Springfield")]
    first, state, second = Resolver(gaz, "en").resolve(body, mentions)
    assert first.place.key == second.place.key and first.place.admin1 == state.place.admin1 == "IL"


def test_names_settle_together_instead_of_swapping():
    # resolved all at once, Huntsville took Alabama from Walker County's first choice while Walker County took
    # Texas from "Texas": each name must be chosen in the light of the others' final choices
    body = "A Huntsville man was held. Walker County deputies and Huntsville police said Texas law applies."
    mentions = [Mention(m.start(), m.end(), m.group()) for m in re.finditer("Huntsville|Walker County|Texas", body)]
    huntsville, county, _, _ = Resolver(gazetteer(), "en").resolve(body, mentions)
    assert huntsville.place.admin1 == county.place.admin1


def test_two_names_move_together_to_the_division_they_share():
    # one name at a time, neither "Paris" nor "Henry County" moves to Tennessee alone; together they do
    body = "Paris police and Henry County deputies searched the area."
    mentions = [Mention(m.start(), m.end(), m.group()) for m in re.finditer("Paris|Henry County", body)]
    paris, county = Resolver(gazetteer(), "en").resolve(body, mentions)
    assert (paris.place.name, paris.place.admin1, county.place.admin1) == ("Paris", "TN", "TN")


def test_site_country_from_the_domain():
    assert site_country(Document(id="x", input="x", kind="text", source="lemonde.fr")) == "FR"
    assert site_country(Document(id="x", input="x", kind="text", url="https://www.bbc.co.uk/news")) == "GB"
    assert site_country(Document(id="x", input="x", kind="text", url="https://example.com/a")) is None


def test_an_unknown_name_in_an_article_naming_no_town_is_left_out():
    gaz = gazetteer()
    doc = Document(id="x", input="x", kind="text", body="Xqzwvtown is quiet.", language="en")
    assert resolve_document(doc, [Mention(0, 9, "Xqzwvtown")], gaz) == []


def test_a_place_the_gazetteer_lacks_is_put_at_the_nearest_town():
    gaz = gazetteer()
    body = "Crews closed Royal Street in New Orleans. Later, in Boston, fans left Fenway Park."
    mentions = [Mention(body.index(t), body.index(t) + len(t), t)
                for t in ("Royal Street", "New Orleans", "Boston", "Fenway Park")]
    doc = Document(id="x", input="x", kind="text", body=body, language="en")
    places = {p.text: p for p in resolve_document(doc, mentions, gaz)}
    street, park = places["Royal Street"], places["Fenway Park"]
    assert (street.near, park.near) == (places["New Orleans"].key, places["Boston"].key)
    assert (street.lat, street.lon, street.country) == (places["New Orleans"].lat, places["New Orleans"].lon, "US")
    assert street.geonames is None and street.name == "Royal Street" and street.feature_code == ""
    assert street.confidence < places["New Orleans"].confidence
    assert places["Boston"].near is None


def test_an_unlisted_location_needs_a_kind_of_place_or_a_preposition():
    from newsgraph.stages.geocode import place_mentions

    doc = Document(id="x", input="x", kind="text", language="en",
                   body="Saakashvili spoke in Tbilisi. Police closed Qwzx Street and patrolled in Vrelkotown.")
    doc.entities = [Entity(t, "LOCATION", doc.body.index(t), doc.body.index(t) + len(t), 0, 0.9, "model")
                    for t in ("Saakashvili", "Tbilisi", "Qwzx Street", "Vrelkotown")]
    assert [m.text for m in place_mentions(doc, gazetteer())] == ["Tbilisi", "Qwzx Street", "Vrelkotown"]
    doc = Document(id="x", input="x", kind="text", language="en",
                   body="Crews closed County Road and Elm Road, Cambridge.")
    doc.entities = [Entity(t, "LOCATION", doc.body.index(t), doc.body.index(t) + len(t), 0, 0.9, "model")
                    for t in ("County Road", "Cambridge")]
    assert [m.text for m in place_mentions(doc, gazetteer())] == ["Cambridge"]  # kind words alone; a comma


def test_recognised_beyond_location_entities(geo_pipeline):
    doc = places_of(geo_pipeline, "BEIRUT: The Paris Police Department and the University of Cincinnati said "
                                  "Russian troops left.", "en")
    found = {p.text: p.country for p in doc.places}
    assert found.get("BEIRUT") == "LB" and found.get("Cincinnati") == "US" and found.get("Russian") == "RU"


def test_a_surname_is_not_a_place_unless_the_text_says_so(geo_pipeline):
    doc = places_of(geo_pipeline, 'Wrestling coach Darren Ripley praised the team. "They answered the questions," '
                                  "said Ripley, who lives in Ripley, West Virginia.", "en")
    ripleys = [p for p in doc.places if p.text == "Ripley"]
    assert len(ripleys) == 1 and ripleys[0].admin1 == "WV"  # the town after "in", not the coach


def test_streets_are_not_towns_and_cut_names_are_completed():
    from newsgraph.stages.geocode import place_mentions

    doc = Document(id="x", input="x", kind="text", language="en",
                   body="He moved from Wichita Street to New London.")
    doc.entities = [Entity("Wichita", "LOCATION", 14, 21, 0, 0.9, "model"),
                    Entity("London", "LOCATION", 36, 42, 0, 0.9, "model")]
    assert [(m.text, m.start) for m in place_mentions(doc, gazetteer())] == [("Wichita Street", 14),
                                                                             ("New London", 32)]


@pytest.mark.parametrize("language, text, street, town", [
    ("es", "Los bomberos cerraron la calle Alcalá en Madrid.", "calle Alcalá", "Madrid"),
    ("fr", "Les pompiers ont fermé la rue de la République à Lyon.", "rue de la République", "Lyon"),
    ("ru", "Пожарные перекрыли улицу Ленина в Казани.", "улицу Ленина", "Kazan"),
])
def test_a_street_named_after_a_place_is_in_the_town(geo_pipeline, language, text, street, town):
    doc = places_of(geo_pipeline, text, language)
    places = {p.text: p for p in doc.places}
    [placed] = [p for p in doc.places if p.name == town]
    assert places[street].near == placed.key and places[street].geonames is None


def test_metonyms_and_seats_of_power_are_placed_at_their_cities(geo_pipeline):
    doc = places_of(geo_pipeline, "The Kremlin said the troops left, and the White House welcomed it.", "en")
    assert {p.text: p.name for p in doc.places} == {"Kremlin": "Moscow", "White House": "Washington"}
    doc = places_of(geo_pipeline, "Le Kremlin a salué la décision de la Maison Blanche.", "fr")
    assert {p.text: p.name for p in doc.places} == {"Kremlin": "Moscow", "Maison Blanche": "Washington"}


def test_one_name_one_sense_and_what_is_not_a_place(geo_pipeline):
    doc = places_of(geo_pipeline, "A Mansfield resident was arrested on Friday. Police said the Mansfield man had "
                                  "fled to North Texas. Canadians voted on Monday and the Metro Centre was closed.",
                    "en")
    texts = [p.text for p in doc.places]
    assert texts.count("Mansfield") == 2 and "Texas" in texts  # "North" is not part of the name
    assert not {"Canadians", "Metro", "Centre", "Metro Centre"} & set(texts)


# -- storage and the command line ------------------------------------------------------------------------------

def test_places_and_event_locations_are_stored(example_doc, tmp_path):
    with Store(tmp_path / "db.duckdb") as store:
        store.add([example_doc])
        again = store.article(example_doc.id)
    assert [(p.text, p.geonames) for p in again.places] == [(p.text, p.geonames) for p in example_doc.places]
    assert [e.location for e in again.events] == [e.location for e in example_doc.events]


def test_an_older_database_gets_the_new_columns(example_doc, tmp_path):
    path = tmp_path / "old.duckdb"
    with Store(path) as store:
        pass
    con = duckdb.connect(str(path))
    con.execute("DROP INDEX events_article")
    con.execute("ALTER TABLE events DROP COLUMN location")
    con.execute("DROP TABLE places")
    con.close()
    with Store(path) as store:
        store.add([example_doc])
        assert store.article(example_doc.id).places


def test_eval_geo_command(cli):
    lines = cli.json_lines("eval", "geo", str(FIXTURES / "geo" / "mini.xml"), "--json", "--lang", "en")
    [result] = lines
    for mode in ("gold-spans", "end-to-end"):
        assert {"acc161", "mean_km", "median_km", "auc", "articles_per_second"} <= set(result[mode])
    assert "recognition_f1" in result["end-to-end"] and result["gold-spans"]["toponyms"] == 6
    assert result["gold-spans"]["acc161"] >= 5 / 6  # Paris, Lyon, France, London, Boston; Springfield by context
    table = cli("eval", "geo", str(FIXTURES / "geo" / "mini.xml"), "--mode", "gold-spans")
    assert table.exit_code == 0 and "gold-spans" in table.output


def test_eval_geo_on_a_file_that_is_not_gold(cli, tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text("<nothing/>", encoding="utf-8")
    result = cli("eval", "geo", str(bad))
    assert result.exit_code != 0 and "Traceback" not in result.output


def test_show_lists_places_and_where_events_happened(cli):
    assert cli("ingest", str(EXAMPLE)).exit_code == 0
    text = cli("show").stdout
    assert "places" in text and "147105" in text and "Shusha" in text
    assert "in Donbas (UA)" in text


def test_show_puts_an_unlisted_place_near_its_town(cli, tmp_path):
    article = tmp_path / "streets.txt"
    article.write_text("Crowds gathered on Bourbon Street and at Jackson Square in New Orleans on Monday.\n",
                       encoding="utf-8")
    assert cli("ingest", str(article)).exit_code == 0
    text = cli("show").stdout
    assert "Bourbon Street" in text and "Jackson Square" in text and "near geonames:4335045" in text
