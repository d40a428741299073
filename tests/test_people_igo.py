"""Heads of international organisations (data/actors/people_igo.jsonl), merged with the built people base."""

from __future__ import annotations

from datetime import date

import newsgraph
from newsgraph.knowledge.actors import actor_base


def code(name: str, day: date, language: str = "en") -> set[str]:
    return {h.code_on(day) for h in actor_base().lookup(name, language) if h.entry.kind == "person"}


def test_roles_from_both_files_are_one_person():
    assert code("Mark Rutte", date(2025, 3, 1)) == {"IGOWSTNAT"}  # NATO Secretary General since October 2024
    assert code("Mark Rutte", date(2020, 3, 1)) == {"NLDGOV"}  # Dutch prime minister then
    assert code("Jens Stoltenberg", date(2020, 3, 1)) == {"IGOWSTNAT"}


def test_a_surname_links_to_whoever_is_in_office():
    doc = newsgraph.process("Guterres called for a ceasefire in Gaza.", language="en", published="2023-11-10")
    [guterres] = [e for e in doc.entities if e.text == "Guterres"]
    assert guterres.canonical == "António Guterres"
    assert code("Гутерриш", date(2023, 11, 10), "ru") == {"IGOUNO"}
