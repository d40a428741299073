"""`newsgraph eval events`: gold readers (validation XML, PLOVER JSON), PETRARCH dictionaries, scoring."""

from __future__ import annotations

import json
from datetime import date

import pytest

from conftest import FIXTURES
from newsgraph.evaluation.events import GoldError, GoldEvent, Tally, coded_in_plover, evaluate, read_gold, scored_events
from newsgraph.knowledge.actors import load
from newsgraph.knowledge.event_patterns import read_patterns
from newsgraph.knowledge.petrarch_dictionary import add_actor_dictionary, add_agent_dictionary
from newsgraph.pipeline import Pipeline
from newsgraph.records import Document, Event, Span

GOLD = FIXTURES / "events"


def test_validation_xml_is_read_leniently():
    sentences = read_gold(GOLD / "validation.xml")
    assert [s.id for s in sentences] == ["T-1", "T-2", "T-4"]  # evaluate="false" and comments skipped
    first, quiet, protest = sentences
    assert first.text == "Armenia accused Azerbaijan on Thursday." and first.published == date(2020, 11, 7)
    assert first.events == [GoldEvent("ARM", "AZE", "112", "ACCUSE")]  # PLOVER type from the crosswalk
    assert quiet.events == [] and quiet.text == "The weather was fine & sunny."
    # "---" is no actor; the 2016 name DEMAND is today's REQUEST
    assert protest.events == [GoldEvent(None, None, "14", "PROTEST"), GoldEvent("FRA", None, "10", "REQUEST")]


def test_plover_json():
    condemn, fight = read_gold(GOLD / "plover.json")
    assert condemn.events == [GoldEvent("ARMGOV", "AZE", None, "ACCUSE")] and condemn.language == "en"
    assert fight.events == [GoldEvent("RUS", "UKR", None, "ASSAULT"), GoldEvent("FRA", "UKR", None, "ASSAULT")]


def test_unreadable_gold_is_a_clear_error(tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_text("just some words\n")
    with pytest.raises(GoldError, match="neither"):
        read_gold(bad)
    with pytest.raises(GoldError, match="no such file"):
        read_gold(tmp_path / "missing.xml")


def event(source, target, cameo, plover, root=None) -> Event:
    return Event(source=source, target=target, cameo=cameo, root=root or cameo[:2], quad_class=3, goldstein=0.0,
                 plover=plover, plover_mode=None, date=None, confidence=0.8, sentence=0, trigger=Span(0, 1, "x"))


def test_scores_pair_events_one_to_one():
    tally = Tally()
    gold = [GoldEvent("ARM", "AZE", "112", "ACCUSE"), GoldEvent("AZE", "ARM", "190", "ASSAULT")]
    predicted = [event("ARM", "AZE", "111", "ACCUSE"), event("RUS", "FRA", "040", "CONSULT")]
    tally.add(predicted, gold)
    tally.add([], [])  # a sentence with no events, correctly quiet
    s = tally.scores()
    assert (s["detection_precision"], s["detection_recall"]) == (1.0, 1.0)  # two events each
    assert (s["triple_precision"], s["triple_recall"]) == (0.5, 0.5)  # ARM→AZE 11 right, RUS→FRA wrong
    assert s["code_accuracy"] == 0.0  # 111 is not 112; 040 is not 190
    assert s["plover_accuracy"] == 0.5 and s["plover_recall"] == 0.5
    assert s["spurious_rate"] == 0.5  # the consultation matches no gold action
    assert s["pass_rate"] == 0.5  # only the empty sentence is exactly right


def test_what_the_gold_conventions_score():
    doc = Document(id="x", input="x", kind="text")
    doc.events = [event("ARM", "AZE", "010", None), event("ARM", None, "112", "ACCUSE"),
                  event("ARM", "AZE", "190", "ASSAULT")]
    cameos = [[e.cameo for e in scored_events(doc, *flags)] for flags in
              ((False, False), (True, False), (True, True))]
    # two actors unless the gold codes one-sided events; in a PLOVER-only gold, no statement (PLOVER has none)
    assert cameos == [["010", "190"], ["010", "112", "190"], ["112", "190"]]


def test_a_gold_annotated_in_plover():
    # no CAMEO code, or only the roots and ranges its PLOVER types convert to (the Spanish protest set)
    assert coded_in_plover([GoldEvent(None, None, None, "PROTEST")])
    assert coded_in_plover([GoldEvent(None, None, "14", "PROTEST"), GoldEvent(None, None, "18/19/20", "ASSAULT"),
                            GoldEvent(None, None, "081-083", "CONCEDE")])
    # a gold with specific CAMEO codes (PETR2_GSR_validation.xml) may code statements
    assert not coded_in_plover([GoldEvent("USA", "IRQ", "112", "ACCUSE"), GoldEvent(None, None, "14", "PROTEST")])
    assert not coded_in_plover([GoldEvent("USA", "IRQ", "190", None)])


def test_petrarch_dictionaries():
    base = load(FIXTURES / "actors")
    assert add_actor_dictionary(base, GOLD / "petrarch-actors.txt") == 3  # BOROMIR [---] codes nothing
    [arnor] = base.lookup("Arnorian", "en")
    assert arnor.code_on(None) == "ARN" and base.lookup("Gondor", "en")[0].code_on(None) == "GON"
    [gollum] = base.lookup("Smeagol", "en")
    assert gollum.code_on(date(1990, 1, 1)) == "HOB" and gollum.code_on(date(1997, 1, 1)) == "HOBGOV"
    assert add_agent_dictionary(base, GOLD / "petrarch-agents.txt") == 4
    assert base.agent("foreign ministers", "en") == "GOVFRM" and base.agent("orcmen", "en") == "MIL"


def test_evaluate_runs_the_coder(tmp_path):
    """End to end with the fixture knowledge base and patterns: the accusation is found and scored."""
    base = load(FIXTURES / "actors")
    table = read_patterns(FIXTURES / "actors" / "events-en.tsv")
    pipeline = Pipeline({"link": {"base": base}, "events": {"base": base, "patterns_of": lambda _: table}},
                        only=("nlp", "lexicon", "link", "events"))
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps([
        {"id": "1", "date": "2020-11-07", "event": "DISAPPROVE", "language": "en", "text":
         "Armenia accused Azerbaijan of attacking civilians.", "source": [{"code": "ARM"}], "target": "AZE"}]))
    result = evaluate(read_gold(gold), "en", pipeline)
    assert result["triple_recall"] == 1.0 and result["plover_recall"] == 1.0
    # No CAMEO code in this gold; the alleged attack on "civilians" has no target actor, and this gold codes only
    # two-sided events, so it is not scored (neither found nor spurious).
    assert result["code_accuracy"] == 0.0 and result["spurious_rate"] == 0.0
    assert result["sentences"] == 1 and result["sentences_per_second"] > 0


def test_gold_code_alternatives_and_unannotated_actors():
    from newsgraph.evaluation.events import code_options

    assert code_options("18/19/20") == ("18", "19", "20") and code_options("084-087") == ("084", "085", "086", "087")
    tally = Tally(actors_annotated=False)  # a gold file that gives no actors: only actions count
    tally.add([event("REB", None, "190", "ASSAULT")], [GoldEvent(None, None, "18/19/20", "ASSAULT")])
    s = tally.scores()
    assert s["triple_f1"] == 1.0 and s["code_accuracy"] == 1.0 and s["pass_rate"] == 1.0


def test_the_command(cli, tmp_path):
    [result] = cli.json_lines("eval", "events", str(GOLD / "validation.xml"), "--json",
                              "--mistakes", str(tmp_path / "m.jsonl"))
    for key in ("detection_f1", "triple_f1", "code_accuracy", "plover_accuracy", "spurious_rate", "pass_rate",
                "sentences_per_second"):
        assert 0 <= result[key]
    assert result["sentences"] == 3 and (tmp_path / "m.jsonl").is_file()
    bad = tmp_path / "notes.txt"
    bad.write_text("just words\n")
    outcome = cli("eval", "events", str(bad))
    assert outcome.exit_code == 1 and "neither" in outcome.output


def test_the_command_on_a_folder_of_articles(cli):
    [result] = cli.json_lines("eval", "events", str(FIXTURES / "html"), "--json")
    assert result["articles"] > 0 and result["quad4_per_100_articles"] >= 0
    assert all("evidence" in e for e in result["quad4_examples"])
