"""The running example through the default pipeline and the shipped knowledge base and patterns: every event
the expected JSON requires, and `newsgraph show` displaying them with their evidence."""

from __future__ import annotations

import json
from datetime import date

from conftest import EXAMPLE, FIXTURES

EXPECTED = json.loads((FIXTURES / "fr-putin-macron-call-2020-11-07.expected.json").read_text(encoding="utf-8"))


def matches(event, want: dict, swap: bool = False) -> bool:
    source, target = (want["target"], want["source"]) if swap else (want["source"], want["target"])
    sources = [source, *want.get("target_may_be" if swap else "source_may_be", [])]
    targets = [target, *want.get("source_may_be" if swap else "target_may_be", [])]
    if event.source not in sources or event.target not in targets:
        return False
    if "cameo_root" in want:
        if event.root != want["cameo_root"]:
            return False
    elif event.cameo[:3] != want["cameo"][:3]:
        return False
    return "date" not in want or event.date == date.fromisoformat(want["date"])


def test_every_required_event(example_doc):
    for want in EXPECTED["events_must"]:
        found = [e for e in example_doc.events if matches(e, want) or
                 (want.get("either_direction") and matches(e, want, swap=True))]
        label = f"{want['source']}→{want['target']} {want.get('cameo', want.get('cameo_root'))}"
        words = " ".join(want["evidence"].replace("’", "'").split()[:3])
        sentences = [example_doc.sentences[e.sentence] for e in found]
        assert any(words in example_doc.body[s.start:s.end].replace("’", "'") for s in sentences), label


def test_no_actor_from_the_footer(example_doc):
    assert "45secondes" not in example_doc.body
    assert all(e.confidence > 0 for e in example_doc.events)


def test_show_displays_events_with_evidence(cli):
    assert cli("ingest", str(EXAMPLE)).exit_code == 0
    result = cli("show")
    assert result.exit_code == 0
    text = result.stdout
    assert "events" in text and "041" in text and "RUSGOV" in text and "FRAGOV" in text
    assert "alleged by ARM" in text  # the attack Armenia accuses Azerbaijan of
