"""The offline gazetteer: names as articles write them, in several languages, find their GeoNames places."""

from __future__ import annotations

import pytest

from newsgraph.knowledge.gazetteer import (
    GENERIC_SUFFIXES,
    Gazetteer,
    build,
    cameo_country,
    fold,
    gazetteer,
    index_digest,
    index_path,
)


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    # Built once per machine into the user cache folder (about 12 s the first time), then only opened.
    return gazetteer()


def ids(places) -> list:
    return [p.geonameid for p in places]


def test_fold_accents_case_and_punctuation():
    assert fold("Pékin") == fold("PEKIN") == "pekin"
    assert fold("Saint-Étienne") == "saint etienne"
    assert fold("L’Aquila") == fold("L'Aquila") == "l aquila"
    assert fold("Łódź") == "lodz" and fold("Straße") == "strasse"
    assert fold("Донбасс") == "донбасс"


@pytest.mark.parametrize("name, language", [("Chouchi", "fr"), ("Choucha", "fr"), ("Shushi", "en"), ("Шуша", "ru")])
def test_shusha(gaz, name, language):
    assert gaz.candidates(name, language)[0].geonameid == 147105


@pytest.mark.parametrize("name, language", [("Donbass", "fr"), ("Donbas", "en"), ("Донбас", "uk"), ("Донбасс", "ru")])
def test_donbas(gaz, name, language):
    [place] = [p for p in gaz.candidates(name, language) if p.name == "Donbas"]
    assert place.key == "regions:Donbas" and place.country == "UA" and place.feature_code == "RGN"
    assert 47 < place.lat < 49.5 and 36.5 < place.lon < 40.5


def test_nagorno_karabakh(gaz):
    [place] = gaz.candidates("Haut-Karabakh", "fr")
    assert place.name == "Nagorno-Karabakh" and place.country == "AZ"
    assert gaz.candidates("Нагорный Карабах", "ru")[0].name == "Nagorno-Karabakh"


@pytest.mark.parametrize("name, language, geonameid", [
    ("Londres", "fr", 2643743), ("Лондон", "ru", 2643743), ("Pékin", "fr", 1816670), ("Cisjordanie", "fr", 285153),
    ("Allemagne", "fr", 2921044), ("Moscou", "fr", 524901), ("Kharkov", "en", 706483), ("Alemania", "es", 2921044),
])
def test_exonyms_in_languages(gaz, name, language, geonameid):
    assert geonameid in ids(gaz.candidates(name, language))


def test_most_populous_london_is_the_english_one(gaz):
    assert max(gaz.candidates("Лондон", "ru"), key=lambda p: p.population).geonameid == 2643743


def test_us_county_and_state(gaz):
    cook = {p.admin1: p for p in gaz.candidates("Cook County") if p.feature_code == "ADM2"}
    assert cook["IL"].geonameid == 4888671 and cook["IL"].country == "US"
    assert gaz.candidates("Rapides Parish")[0].geonameid == 4338356
    assert 4736286 in ids(gaz.candidates("Texas"))  # the state (admin1)


def test_country_of_a_name_only_when_its_readings_agree(gaz):
    assert gaz.country_of_name("Alaska", "en") == "US" and gaz.country_of_name("Goma", "en") == "CD"
    assert gaz.country_of_name("Chicago", "en") == "US"
    assert gaz.country_of_name("Cambridge", "en") is None  # England, Ontario, Massachusetts
    assert gaz.country_of_name("Kashmir", "en") is None  # a region of several countries
    assert gaz.country_of_name("Nowhereville", "en") is None


def test_rivers(gaz):
    assert any(p.feature_code == "STM" for p in gaz.candidates("Danube"))
    assert "river" in GENERIC_SUFFIXES
    mississippi = [p for p in gaz.candidates("Mississippi River") if p.feature_class == "H"]
    assert mississippi and mississippi[0].lat is not None


def test_countries_have_points_and_cameo_codes(gaz):
    france = gaz.get(3017382)
    assert france.name == "France" and france.feature_code == "PCLI" and (france.lat, france.lon) == (46, 2)
    assert cameo_country(france.country) == "FRA" and cameo_country("AZ") == "AZE" and cameo_country(None) is None
    assert gaz.get(6252001).lat == pytest.approx(39.76)


def test_get_and_keys(gaz):
    shusha = gaz.get(147105)
    assert shusha.name == "Shusha" and shusha.country == "AZ" and shusha.source == "cities500"
    assert gaz.by_key("geonames:147105") == shusha
    assert gaz.get(999999999) is None
    # Crimea is an admin1 unit and a region: one place, with the names of both
    crimea = gaz.candidates("Crimée", "fr")
    assert ids(crimea)[:1] == [703883] and gaz.candidates("Crimea")[0].key == "geonames:703883"


def test_country_adjectives_and_abbreviations_only_in_their_language(gaz):
    assert gaz.candidates("Russian", "en")[0].geonameid == 2017370
    assert gaz.candidates("russes", "fr")[-1].geonameid == 2017370  # adjectives come last
    assert gaz.candidates("W.Va.", "en")[0].geonameid == 4826850
    assert gaz.candidates("Calif.", "en")[0].name == "California"
    assert 4331987 in ids(gaz.candidates("La.", "en")) and 4331987 not in ids(gaz.candidates("la", "fr"))


def test_nothing_found_is_empty(gaz):
    assert gaz.candidates("Xqzwvtown") == [] and gaz.candidates("") == [] and gaz.candidates("a") == []


def test_exonym_references_all_resolve(gaz):
    assert gaz.stats["unresolved_exonyms"] == []
    assert gaz.stats["places"] > 270_000


def test_index_is_reused_and_rebuilt_when_data_change(gaz, tmp_path, monkeypatch):
    assert gaz.path == index_path() and gaz.path.is_file()
    # a data folder with one supplement: a different digest, hence a different index file
    folder = tmp_path / "data"
    (folder / "geo").mkdir(parents=True)
    (folder / "geo" / "regions.tsv").write_text(
        "geonameid\tname\tlat\tlon\tfeature_class\tfeature_code\tcountry\tadmin1\tpopulation\tnames\n"
        "\tTestland\t1\t2\tL\tRGN\t\t\t0\tTestlandia|Тестланд\n", encoding="utf-8")
    (folder / "geo" / "exonyms.tsv").write_text(
        "name\tlanguage\tgeonameid\tnote\nTestlande\tfr\tregions:Testland\t\nNowhere\t\t123\tmissing\n",
        encoding="utf-8")
    assert index_digest(folder) != index_digest()
    monkeypatch.setattr("newsgraph.knowledge.gazetteer._add_cities", lambda builder: None)  # keep the test fast
    stats = build(tmp_path / "small.sqlite", folder)
    assert stats["places"] == 1 and stats["unresolved_exonyms"] == ["123"]
    small = Gazetteer(tmp_path / "small.sqlite")
    [place] = small.candidates("Testlande", "fr")
    assert place.key == "regions:Testland" and place.geonameid is None and (place.lat, place.lon) == (1, 2)
    assert small.candidates("тестланд")[0] == place
