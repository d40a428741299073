"""Actor and agent dictionaries in the PETRARCH / TABARI text format, added to an :class:`ActorBase`.

Researchers keep their own dictionaries in this format (Phoenix, the PETRARCH validation suite, project-specific
lists). An actor entry is a name with ``_`` between words, its code in brackets, synonyms on ``+`` lines and
optionally dated codes on the lines that follow::

    ARNOR_  [ARN]
    GOLLUM
    +SMEAGOL
        [HOB < 950601]
        [HOBGOV 19950601 - 19990815]

An agent entry is a role word with an optional plural in braces and a ``~``-marked type code:
``FOREIGN_MINISTER {FOREIGN_MINISTERS} [~GOVFRM]``. ``#`` starts a comment, ``<!-- … -->`` blocks are comments.
PETRARCH's prefix matching (a name without a final ``_`` also matching longer words) is not reproduced: names
match as whole phrases.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from newsgraph.knowledge.actors import ActorBase, ActorEntry, Role

_COMMENT_BLOCK = re.compile(r"<!--.*?-->", re.S)
_CODE = re.compile(r"\[([^\]]*)\]")
_MACRO = re.compile(r"^!(\w+)!\s*=\s*(.+)$")


class DictionaryError(ValueError):
    """A dictionary file cannot be read (message for the user)."""


def _text(path: Path) -> list[str]:
    try:
        raw = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise DictionaryError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return [line.split("#", 1)[0].rstrip() for line in _COMMENT_BLOCK.sub("", raw).splitlines()]


def _name(raw: str) -> str:
    return re.sub(r"\s+", " ", raw.replace("_", " ")).strip()


def _day(text: str) -> date | None:
    digits = text.strip()
    if len(digits) == 6:  # YYMMDD, as TABARI wrote dates
        digits = ("19" if int(digits[:2]) > 30 else "20") + digits
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except (ValueError, IndexError):
        return None


def _codes(text: str) -> tuple[str | None, list[Role]]:
    """The undated code and the dated roles of the bracketed codes on one line."""
    default, roles = None, []
    for inner in _CODE.findall(text):
        parts = inner.split()
        if not parts:
            continue
        code = parts[0].upper()
        rest = " ".join(parts[1:])
        if not rest:
            default = code
        elif rest.startswith("<"):
            roles.append(Role(code, end=_day(rest[1:])))
        elif rest.startswith(">"):
            roles.append(Role(code, start=_day(rest[1:])))
        elif "-" in rest:
            start, _, end = rest.partition("-")
            roles.append(Role(code, start=_day(start), end=_day(end)))
    return default, roles


def add_actor_dictionary(base: ActorBase, path: str | Path, language: str = "en") -> int:
    """Add the actors of a PETRARCH actor dictionary to ``base`` under ``language``; returns how many entries."""
    path = Path(path)
    entries: list[dict] = []
    for line in _text(path):
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("+"):
            if entries:
                entries[-1]["names"].append(_name(stripped[1:].split("[")[0]))
            continue
        if stripped.startswith("[") and entries:
            default, roles = _codes(stripped)
            entries[-1]["code"] = entries[-1]["code"] or default
            entries[-1]["roles"].extend(roles)
            continue
        name = _name(stripped.split("[")[0])
        default, roles = _codes(stripped)
        if name:
            entries.append({"names": [name], "code": default, "roles": roles})
    count = 0
    for item in entries:
        code, roles = item["code"], tuple(item["roles"])
        if not code and not roles:
            continue
        if code == "---":
            continue
        # An entry with dated codes behaves like a person: the code held on the article's date.
        kind = "person" if roles else "organisation"
        entry = ActorEntry(id=f"{path.name}:{item['names'][0]}", kind=kind, name=item["names"][0].title(),
                           code=code, roles=roles, after=code if roles else None, source=str(path.name))
        base.add(entry, {"name": {language: [n for n in item["names"] if n]}})
        count += 1
    return count


def add_agent_dictionary(base: ActorBase, path: str | Path, language: str = "en") -> int:
    """Add the role words of a PETRARCH agent dictionary to ``base`` under ``language``; returns how many."""
    path = Path(path)
    macros: dict[str, list[str]] = {}
    count = 0
    for line in _text(path):
        stripped = line.strip()
        if not stripped:
            continue
        macro = _MACRO.match(stripped)
        if macro:
            macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",") if w.strip()]
            continue
        codes = _CODE.findall(stripped)
        if not codes:
            continue
        code = codes[0].replace("~", "").split()[0].upper() if codes[0].strip() else ""
        if not code:
            continue
        head = stripped.split("[")[0]
        plural = re.search(r"\{([^}]*)\}", head)
        words = [head[:plural.start()] if plural else head] + (plural.group(1).split() if plural else [])
        for word in words:
            for form in _expand(word, macros):
                name = _name(form).lower()
                if name:
                    base.agents[language][name] = code
                    count += 1
    return count


def _expand(word: str, macros: dict[str, list[str]]) -> list[str]:
    """Every spelling of an agent phrase with its ``!MACRO!`` substitutions filled in."""
    match = re.search(r"!(\w+)!", word)
    if not match or match.group(1) not in macros:
        return [word.replace("!", "")]
    return [v for sub in macros[match.group(1)]
            for v in _expand(word[:match.start()] + sub + word[match.end():], macros)]
