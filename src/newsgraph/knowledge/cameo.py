"""The CAMEO event ontology (codes, names, QuadClass, Goldstein) and its PLOVER crosswalk, from ``data/cameo/``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from newsgraph.knowledge import data_dir

# CAMEO roots by QuadClass: 01–04 verbal cooperation, 05–08 material cooperation, 09–13 verbal conflict,
# 14–20 material conflict (as GDELT defines them).
QUAD_CLASS = {**{f"{r:02d}": 1 for r in range(1, 5)}, **{f"{r:02d}": 2 for r in range(5, 9)},
              **{f"{r:02d}": 3 for r in range(9, 14)}, **{f"{r:02d}": 4 for r in range(14, 21)}}


@dataclass(frozen=True)
class EventCode:
    code: str
    name: str
    root: str
    quad_class: int
    goldstein: float
    plover: str | None
    plover_mode: str | None


@cache
def _tables() -> tuple[dict, dict, dict]:
    folder = data_dir() / "cameo"
    names = json.loads((folder / "cameo_event_codes_manual.json").read_text(encoding="utf-8"))
    goldstein = json.loads((folder / "cameo_goldstein.json").read_text(encoding="utf-8"))
    plover: dict[str, tuple[str | None, str | None]] = {}
    for line in (folder / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if ":" not in line:
            continue
        code, _, rest = line.partition(":")
        parts = [p.strip() for p in rest.split(",")]
        plover[code.strip()] = (parts[0] or None, (parts[1] if len(parts) > 1 else "") or None)
    for line in (folder / "plover_corrections.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            code, plover_type, mode, _ = line.split("\t")
            plover[code] = (plover_type, mode or None)
    return names, goldstein, plover


def _nearest(table: dict, code: str):
    """The entry of ``code`` or of its closest parent (``1121`` → ``112`` → ``11``)."""
    for cut in range(len(code), 1, -1):
        if code[:cut] in table:
            return table[code[:cut]]
    return None


@cache
def event_code(code: str) -> EventCode:
    """Everything the ontology says about a CAMEO code. Raises KeyError for a code CAMEO does not have."""
    names, goldstein, plover = _tables()
    if code not in names:
        raise KeyError(f"not a CAMEO event code: {code!r}")
    score = _nearest(goldstein, code)
    plover_type, plover_mode = _nearest(plover, code) or (None, None)
    root = code[:2]
    return EventCode(code=code, name=names[code]["name"], root=root, quad_class=QUAD_CLASS[root],
                     goldstein=float(score["value"]) if score else 0.0, plover=plover_type, plover_mode=plover_mode)


def is_code(code: str) -> bool:
    return code in _tables()[0]
