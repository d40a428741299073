"""Geoparsing evaluation: the Pragmatic-Guide XML reader and every metric, on a hand-made gold file."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from newsgraph.evaluation.geo import (
    MAX_KM,
    GoldError,
    Predicted,
    Tally,
    auc,
    baseline_resolve,
    distance_km,
    evaluate_gold_spans,
    gold_point,
    read_gold,
)
from newsgraph.knowledge.gazetteer import gazetteer

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "geo"
DEGREE_KM = 6371.0088 * math.pi / 180  # one degree of latitude


@pytest.fixture(scope="session")
def gaz():
    return gazetteer()


@pytest.fixture(scope="module")
def articles():
    return read_gold(FIXTURES / "mini.xml")


def test_reader_lgl_style(articles):
    first = articles[0]
    assert (first.id, first.title, first.url) == ("a1", "Cities", "http://example.org/a1")
    assert first.text == "Paris and Lyon are in France. London too."
    assert [(t.name, t.start, t.end) for t in first.toponyms] == [
        ("Paris", 0, 5), ("Lyon", 10, 14), ("France", 22, 28), ("London", 30, 36)]  # France's offsets repaired
    paris, lyon, _, london = first.toponyms
    assert (paris.geonameid, paris.lat, paris.lon) == (2988507, 48.85341, 2.3488)
    assert lyon.geonameid is None and lyon.located
    assert london.geonameid == 2643743 and london.lat is None and london.located
    assert all(t.toponym and t.type is None for t in first.toponyms)


def test_reader_geowebnews_style(articles):
    second = articles[1]
    assert (second.id, second.url) == ("7", "http://example.org/7")
    assert "\nCitizens" in second.text
    by_name = {t.name: t for t in second.toponyms}
    assert "Atlantis" not in by_name  # negative offsets, words not in the text
    assert by_name["Springfield"].geonameid == 4250542 and by_name["Springfield"].type == "Literal"
    assert by_name["Boston"].geonameid is None and by_name["Boston"].lat == 42.35843
    assert not by_name["church"].toponym and not by_name["church"].located
    assert not by_name["Citizens"].toponym  # non-locational expression
    assert [t.name for t in second.toponyms if t.toponym] == ["Springfield", "Boston"]


def test_reader_broken_and_missing_files(tmp_path):
    [article] = read_gold(FIXTURES / "broken.xml")  # not well-formed: the readable article is kept
    assert article.id == "ok" and article.toponyms[0].geonameid == 703448
    with pytest.raises(GoldError, match="cannot read"):
        read_gold(tmp_path / "missing.xml")
    (tmp_path / "empty.xml").write_text("<articles></articles>", encoding="utf-8")
    with pytest.raises(GoldError, match="no <article>"):
        read_gold(tmp_path / "empty.xml")


def test_gold_point_from_the_gazetteer(articles, gaz):
    london = articles[0].toponyms[3]
    assert gold_point(london) is None
    assert gold_point(london, gaz) == pytest.approx((51.50853, -0.12574), abs=1e-4)
    assert gold_point(articles[0].toponyms[0]) == (48.85341, 2.3488)


def test_distance_and_auc():
    assert distance_km(0, 0, 1, 0) == pytest.approx(DEGREE_KM)
    assert distance_km(0, 0, 0, 180) == pytest.approx(math.pi * 6371.0088)
    assert auc([0, 0]) == 0 and auc([MAX_KM]) == pytest.approx(1, abs=1e-5)  # ln(20040) / ln(20039)
    ys = [math.log(1 + e) / math.log(MAX_KM) for e in (0, 10, 100)]
    assert auc([100, 0, 10]) == pytest.approx(((ys[0] + ys[1]) / 2 + (ys[1] + ys[2]) / 2) / 2)


def test_resolution_given_gold_spans(articles, gaz):
    paris, lyon, france, london = articles[0].toponyms
    resolved = {(paris.start, paris.end): Predicted(0, 5, 48.85341, 2.3488),  # exact: 0 km
                (lyon.start, lyon.end): Predicted(10, 14, 46.74846, 4.84671),  # 1° north: 111.2 km
                (france.start, france.end): Predicted(22, 28, 48, 2),  # 2° north: 222.4 km
                (london.start, london.end): None}  # unresolved: 20039 km
    tally = Tally()
    tally.add_resolved(articles[0], resolved, gaz)
    scores = tally.scores()
    errors = [0, DEGREE_KM, 2 * DEGREE_KM, MAX_KM]
    assert scores["toponyms"] == 4 and scores["unresolved"] == 1 and scores["articles"] == 1
    assert scores["acc161"] == 0.5
    assert scores["mean_km"] == pytest.approx(sum(errors) / 4, abs=1e-3)
    assert scores["median_km"] == pytest.approx(1.5 * DEGREE_KM, abs=1e-3)
    ys = [math.log(1 + e) / math.log(MAX_KM) for e in errors]
    assert scores["auc"] == pytest.approx(sum((a + b) / 2 for a, b in zip(ys, ys[1:], strict=False)) / 3, abs=1e-6)
    assert "recognition_f1" not in scores


def test_the_gold_id_at_other_coordinates(articles, gaz):
    # Paris predicted with the gold's own GeoNames id but 2° away (a gold file with an older dump's coordinates):
    # wrong by acc161, right by acc161_or_same_id; another id that far is wrong by both
    paris, lyon, _, _ = articles[0].toponyms
    tally = Tally()
    tally.add_resolved(articles[0], {(paris.start, paris.end): Predicted(0, 5, 50.85341, 2.3488, 2988507),
                                     (lyon.start, lyon.end): Predicted(10, 14, 48.74846, 4.84671, 2996944)}, gaz)
    scores = tally.scores()
    assert scores["acc161"] == 0 and scores["acc161_or_same_id"] == 0.25 and scores["same_id"] == 0.25


def test_end_to_end(articles, gaz):
    tally = Tally()
    tally.add_predicted(articles[0], [
        Predicted(0, 5, 48.85341, 2.3488),  # Paris: exact span, exact point
        Predicted(10, 18, 46.74846, 4.84671),  # "Lyon are": overlaps Lyon, 1° off
        Predicted(30, 36, 51.50853, -0.12574),  # London: exact span, the gazetteer's point
        Predicted(37, 40, 0, 0),  # "too": a false positive
    ], gaz)  # France not recognised
    scores = tally.scores()
    assert scores["toponyms"] == 4 and scores["unresolved"] == 1
    assert (scores["recognition_precision"], scores["recognition_recall"], scores["recognition_f1"]) == (0.5, 0.5, 0.5)
    assert (scores["overlap_precision"], scores["overlap_recall"], scores["overlap_f1"]) == (0.75, 0.75, 0.75)
    assert scores["acc161"] == 0.75 and scores["acc161_recognised"] == 1.0
    assert scores["mean_km"] == pytest.approx((DEGREE_KM + MAX_KM) / 4, abs=1e-2)
    assert scores["median_km"] == pytest.approx(DEGREE_KM / 2, abs=1e-2)

    # a prediction on an expression the gold marks as no toponym is a false positive
    tally = Tally()
    tally.add_predicted(articles[1], [Predicted(37, 43, 39.8, -89.6)], gaz)
    scores = tally.scores()
    assert scores["gold_toponyms"] == 2 and scores["predicted_toponyms"] == 1
    assert scores["recognition_precision"] == 0 and scores["recognition_f1"] == 0
    assert scores["toponyms"] == 2 and scores["acc161"] == 0 and scores["unresolved"] == 2


def test_baseline(articles, gaz):
    assert baseline_resolve(gaz, "London").geonameid == 2643743
    assert baseline_resolve(gaz, "Xqzwvtown") is None
    scores = evaluate_gold_spans(articles, gaz)
    assert scores["toponyms"] == 6 and scores["no_candidate"] == 0 and scores["unresolved"] == 0
    # Paris, Lyon, France, London and Boston within 161 km; "Springfield" goes to the most populous one (Missouri)
    assert scores["acc161"] == pytest.approx(5 / 6)
    assert scores["articles_per_second"] > 0
