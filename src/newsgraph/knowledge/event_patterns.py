"""Event patterns of a language, from ``data/lang/<code>/events.tsv`` (format in docs/events.md)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from newsgraph.knowledge import data_dir
from newsgraph.knowledge.cameo import is_code
from newsgraph.knowledge.languages import normalise


@dataclass(frozen=True)
class EventPattern:
    trigger: str  # lemma of the trigger word
    requires: tuple[str, ...]  # lemmas of dependents the trigger must have ("lancer+attaque")
    cameo: str
    source: tuple[str, ...] = ("subj",)  # where the source is: subj, obj, iobj, obl:<prep>, nmod:<prep>
    target: tuple[str, ...] = ("obj",)
    mutual: bool = False
    claim: bool = False
    intransitive: bool = False  # only without an object or complement clause ("manifestaron en Madrid")
    note: str = ""

    @property
    def specificity(self) -> int:
        """More required words and a longer code make a pattern more specific."""
        return 10 * len(self.requires) + len(self.cameo)


def parse_line(line: str) -> EventPattern | None:
    """One line of an events.tsv file, or None for comments, blank or malformed lines."""
    if not line.strip() or line.lstrip().startswith("#"):
        return None
    cols = line.rstrip("\n").split("\t")
    if len(cols) < 2 or not is_code(cols[1].strip()):
        return None
    words = [normalise(w).strip() for w in cols[0].split("+")]
    source: list[str] = []
    target: list[str] = []
    mutual = claim = intransitive = False
    for item in (cols[2] if len(cols) > 2 else "").split():
        if item == "mutual":
            mutual = True
        elif item == "claim":
            claim = True
        elif item == "intransitive":
            intransitive = True
        elif item.startswith("source="):
            source.extend(item[7:].split("|"))
        elif item.startswith("target="):
            target.extend(item[7:].split("|"))
    return EventPattern(trigger=words[0], requires=tuple(words[1:]), cameo=cols[1].strip(),
                        source=tuple(source) or ("subj",), target=tuple(target) or ("obj",),
                        mutual=mutual, claim=claim, intransitive=intransitive,
                        note=cols[3].strip() if len(cols) > 3 else "")


@cache
def patterns(code: str) -> dict[str, list[EventPattern]]:
    """Trigger lemma → its patterns for language ``code``, most specific first."""
    return read_patterns(data_dir() / "lang" / code / "events.tsv")


def read_patterns(path: Path) -> dict[str, list[EventPattern]]:
    """Trigger lemma → its patterns from one events.tsv file, most specific first."""
    table: dict[str, list[EventPattern]] = defaultdict(list)
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            pattern = parse_line(line)
            if pattern is not None:
                table[pattern.trigger].append(pattern)
    for items in table.values():
        items.sort(key=lambda p: -p.specificity)
    return dict(table)
