"""The event coder on the running example and on the syntax it must handle (fixture patterns and actors; the
shipped pattern files have their own tests)."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import EXAMPLE, FIXTURES
from newsgraph.knowledge.actors import load
from newsgraph.knowledge.event_patterns import read_patterns
from newsgraph.records import Article, Document
from newsgraph.sources import read_inputs
from newsgraph.stages.events import CodeEvents

BASE = load(FIXTURES / "actors")
PATTERNS = {code: read_patterns(FIXTURES / "actors" / f"events-{code}.tsv") for code in ("fr", "en")}
CODER = CodeEvents(BASE, lambda code: PATTERNS.get(code, {}))


def coded(pipeline, article: Article) -> Document:
    [doc] = pipeline([article])
    CODER.process(doc)
    return doc


@pytest.fixture(scope="module")
def example(pipeline):
    [article] = list(read_inputs([str(EXAMPLE)]))
    return coded(pipeline, article)


def find(doc, source, target, root, either=False):
    return [e for e in doc.events if e.root == root and ((e.source, e.target) == (source, target) or
                                                         either and (e.source, e.target) == (target, source))]


def test_the_example_events(example):
    [call] = find(example, "RUSGOV", "FRAGOV", "04")
    assert call.cameo == "041" and call.date == date(2020, 11, 7)
    assert example.body[call.trigger.start:call.trigger.end] == "conversation téléphonique"
    [accuse] = find(example, "ARM", "AZE", "11")
    assert accuse.cameo == "112" and accuse.date == date(2020, 11, 5) and not accuse.alleged
    [condemn] = find(example, "AZEGOV", "ARMMIL", "11")
    assert condemn.date == date(2020, 11, 6)
    assert find(example, "UKRREB", "UKRMIL", "19", either=True)
    assert find(example, "RUSGOV", "FRAGOV", "03", either=True)


def test_evidence_offsets_and_codes(example):
    for e in example.events:
        for span in (e.trigger, e.source_span, e.target_span):
            if span is not None:
                assert example.body[span.start:span.end] == span.text
        s = example.sentences[e.sentence]
        assert s.start <= e.trigger.start < s.end
        assert e.cameo.startswith(e.root) and e.quad_class in (1, 2, 3, 4) and 0 < e.confidence <= 1
    assert not any("45secondes" in (e.trigger.text + str(e.source_span) + str(e.target_span))
                   for e in example.events)


def test_what_an_accusation_reports_is_alleged(example):
    attack = [e for e in example.events if e.root == "19" and e.alleged]
    assert attack and attack[0].source == "AZE" and attack[0].claimed_by == "ARM"
    assert not any(e.root == "19" and e.source == "ARM" for e in example.events)


def english(pipeline, text: str) -> Document:
    return coded(pipeline, Article(input="t", kind="text", text=text, language="en", published=date(2022, 3, 4)))


def test_active_and_passive_voice(pipeline):
    active = english(pipeline, "Russian forces attacked Ukrainian troops near the city on Thursday.")
    passive = english(pipeline, "Ukrainian troops were attacked by Russian forces near the city on Thursday.")
    for doc in (active, passive):
        [event] = [e for e in doc.events if e.root == "19"]
        assert (event.source, event.target, event.date) == ("RUSMIL", "UKRMIL", date(2022, 3, 3))


def test_negated_events_are_not_coded(pipeline):
    doc = english(pipeline, "Russian forces did not attack Ukrainian troops, the government said.")
    assert not [e for e in doc.events if e.root == "19"]


def test_no_event_without_actors_in_the_syntax(pipeline):
    doc = english(pipeline, "A heat wave hit the region. Russian forces were in the news while fans attacked "
                            "the referee's decision.")
    assert not [e for e in doc.events if e.root == "19" and e.source == "RUSMIL"]


def test_events_are_stored_exported_and_shown_as_json(example, tmp_path):
    from newsgraph.store import Store, export

    with Store(tmp_path / "e.duckdb") as store:
        store.add([example])
        back = store.article(example.id)
        assert back.events == example.events
        written = export(store, tmp_path / "out", "parquet")
        assert written["events"][1] == len(example.events)
    [event] = [e for e in example.to_dict()["events"] if e["cameo"] == "112"]
    for key in ("source", "target", "cameo", "root", "quad_class", "goldstein", "plover", "date", "confidence",
                "sentence", "trigger", "alleged", "claimed_by"):
        assert key in event
    assert set(event["trigger"]) == {"start", "end", "text"}
