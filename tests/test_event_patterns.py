"""The shipped event patterns of English, Spanish and French (data/lang/{en,es,fr}/events.tsv): every line is valid,
no two lines contradict each other, and real news sentences get the right codes and actors through the whole
pipeline (shipped actor data, shipped patterns)."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

import pytest

from conftest import ROOT
from newsgraph.knowledge.cameo import is_code
from newsgraph.knowledge.event_patterns import parse_line, patterns
from newsgraph.knowledge.languages import normalise
from newsgraph.records import Article

LANGUAGES = ("en", "es", "fr")
ROLE = re.compile(r"(subj|obj|iobj|(obl|nmod):[^\s|:]+)")


def lines_of(code: str) -> list[tuple[int, str]]:
    path = ROOT / "data" / "lang" / code / "events.tsv"
    return [(n, line) for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if line.strip() and not line.lstrip().startswith("#")]


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_line_is_a_valid_pattern(code):
    lines = lines_of(code)
    assert len(lines) > 250
    for n, line in lines:
        pattern = parse_line(line)
        assert pattern is not None, f"{code} line {n} does not parse: {line!r}"
        cols = line.split("\t")
        assert len(cols) >= 3 and is_code(cols[1]) and pattern.cameo == cols[1], f"{code} line {n}: {line!r}"
        assert pattern.trigger == normalise(pattern.trigger).strip() and " " not in pattern.trigger
        assert all(w and " " not in w for w in pattern.requires), f"{code} line {n}: {line!r}"
        for item in cols[2].split():
            assert item in ("mutual", "claim", "intransitive") or item.startswith(("source=", "target=")), \
                f"{code} line {n}"
        for role in pattern.source + pattern.target:
            assert ROLE.fullmatch(role), f"{code} line {n}: bad role {role!r}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_contradicting_lines(code):
    codes = defaultdict(set)
    for _, line in lines_of(code):
        p = parse_line(line)
        codes[(p.trigger, p.requires, p.source, p.target)].add(p.cameo)
    conflicts = {k: v for k, v in codes.items() if len(v) > 1}
    assert not conflicts


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_cameo_root_is_covered(code):
    roots = {p.cameo[:2] for items in patterns(code).values() for p in items}
    assert roots == {f"{r:02d}" for r in range(1, 21)}


def coded(pipeline, text: str, language: str):
    article = Article(input="test", kind="text", text=text, language=language, published=date(2024, 3, 1))
    [doc] = pipeline([article])
    assert doc.language == language
    return doc


def has(doc, source, target, cameo, **extra) -> bool:
    """An event with these actors (a country code matches its government, military… too) and this code or one
    under it."""
    def same(got, want):
        return got == want if want is None or got is None else got.startswith(want)
    return any(same(e.source, source) and same(e.target, target) and e.cameo.startswith(cameo)
               and all(getattr(e, k) == v for k, v in extra.items()) for e in doc.events)


# -- English -----------------------------------------------------------------------------------------------------

def test_english_fight_sanctions_aid(pipeline):
    doc = coded(pipeline, "Russia attacked Ukraine on Thursday. The United States imposed new sanctions on Iran. "
                          "Germany sent tanks to Ukraine.", "en")
    assert has(doc, "RUS", "UKR", "190", date=date(2024, 2, 29))
    assert has(doc, "USA", "IRN", "163")
    assert has(doc, "DEU", "UKR", "072")


def test_english_mutual_and_verbal(pipeline):
    doc = coded(pipeline, "Saudi Arabia and Iran held talks in Beijing. Japan and South Korea signed a defence "
                          "agreement. Egypt condemned Israel.", "en")
    assert has(doc, "SAU", "IRN", "046") and has(doc, "IRN", "SAU", "046")
    assert has(doc, "JPN", "KOR", "057") and has(doc, "KOR", "JPN", "057")
    assert has(doc, "EGY", "ISR", "111")


def test_english_accusation_and_negation(pipeline):
    doc = coded(pipeline, "Armenia accused Azerbaijan of breaking the truce. China did not attack Taiwan.", "en")
    assert has(doc, "ARM", "AZE", "112", alleged=False)
    assert not [e for e in doc.events if e.root == "19" and not e.alleged]


# -- French ------------------------------------------------------------------------------------------------------

def test_french_accusation_reports_the_attack(pipeline):
    doc = coded(pipeline, "L'Arménie a accusé jeudi l'Azerbaïdjan de bombarder des villages.", "fr")
    assert has(doc, "ARM", "AZE", "112", alleged=False, date=date(2024, 2, 29))
    assert has(doc, "AZE", None, "190", alleged=True, claimed_by="ARM")
    assert not [e for e in doc.events if e.source == "ARM" and e.root == "19"]


def test_french_fight_threat_treaty(pipeline):
    doc = coded(pipeline, "La Russie a bombardé l'Ukraine. L'Iran a menacé Israël de représailles. "
                          "La France et l'Allemagne ont signé un traité d'amitié.", "fr")
    assert has(doc, "RUS", "UKR", "190")
    assert has(doc, "IRN", "ISR", "138")
    assert has(doc, "FRA", "DEU", "057") and has(doc, "DEU", "FRA", "057")


def test_french_event_nouns(pipeline):
    doc = coded(pipeline, "Israël a mené des frappes aériennes contre le Liban. Les États-Unis ont imposé de "
                          "nouvelles sanctions à la Russie.", "fr")
    assert has(doc, "ISR", "LBN", "195")
    assert has(doc, "USA", "RUS", "163")


def test_french_talks_are_mutual(pipeline):
    doc = coded(pipeline, "Le Japon et la Chine se sont entretenus mardi à Pékin.", "fr")
    assert has(doc, "JPN", "CHN", "040", date=date(2024, 2, 27)) and has(doc, "CHN", "JPN", "040")


# -- Spanish -----------------------------------------------------------------------------------------------------

def test_spanish_accusation_reports_the_attack(pipeline):
    doc = coded(pipeline, "Ucrania acusó a Rusia de bombardear la central nuclear de Zaporiyia.", "es")
    assert has(doc, "UKR", "RUS", "112", alleged=False)
    assert has(doc, "RUS", "UKR", "190", alleged=True, claimed_by="UKR")  # the plant is in Ukraine


def test_spanish_sanctions_expulsion_warning(pipeline):
    doc = coded(pipeline, "Estados Unidos impuso nuevas sanciones a Rusia. Perú expulsó al embajador de México. "
                          "China advirtió a Estados Unidos contra cualquier injerencia.", "es")
    assert has(doc, "USA", "RUS", "163")
    assert has(doc, "PER", "MEX", "161")
    assert has(doc, "CHN", "USA", "130")


def test_spanish_agreement_is_mutual(pipeline):
    doc = coded(pipeline, "Colombia y Venezuela firmaron un acuerdo de paz en Caracas.", "es")
    assert has(doc, "COL", "VEN", "057") and has(doc, "VEN", "COL", "057")
