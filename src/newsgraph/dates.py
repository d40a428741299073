"""Dates written in news text: ISO forms, numeric forms and month names in every supported language.

Month and weekday names come from ``data/lang/<code>/dates.json`` (CLDR), so a new language brings its own.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import cache

from newsgraph.knowledge.languages import load_profile, normalise, supported_languages

_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_ISO_MONTH = re.compile(r"\b(\d{4})-(\d{1,2})(?![\d-])")
_NUMERIC = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@cache
def _month_pattern() -> tuple[re.Pattern[str], dict[str, int]]:
    names: dict[str, int] = {}
    for code in supported_languages():
        for number, forms in enumerate(load_profile(code).months, start=1):
            for form in forms:
                names.setdefault(normalise(form), number)
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # A month name is a whole word; an abbreviation may carry its dot.
    day_first = (rf"(?<!\d)(?P<d1>\d{{1,2}})(?:er|º|°|\.)?\s+(?:de\s+)?(?P<m1>{alternatives})(?!\w)\.?"
                 rf"(?:\s*,?\s*(?:de\s+)?(?P<y1>\d{{4}}))?")
    month_first = (rf"(?<!\w)(?P<m2>{alternatives})(?!\w)\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)"
                   rf"(?:\s*,?\s*(?P<y2>\d{{4}}))?")
    return re.compile(f"{day_first}|{month_first}"), names


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def parse_date(text: str, *, default_year: int | None = None, month_first: bool = False) -> date | None:
    """The first complete date written in ``text``, or None.

    Understands ``2020-11-07``, ``2020-11-07T10:00:00Z``, ``07/11/2020`` (day first unless ``month_first``),
    ``7 nov. 2020``, ``November 7, 2020``, ``7 de noviembre de 2020``, and a day and month whose year comes from
    elsewhere in the text (``2020-11 , 7 nov.``) or from ``default_year``.
    """
    if not text:
        return None
    m = _ISO.search(text)
    if m:
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    m = _NUMERIC.search(text)
    if m:
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        if month_first and a <= 12 or b > 12:
            a, b = b, a
        return _valid(y, b, a)
    folded = normalise(text)
    pattern, names = _month_pattern()
    for m in pattern.finditer(folded):
        day = int(m["d1"] or m["d2"])
        month = names[m["m1"] or m["m2"]]
        year_text = m["y1"] or m["y2"]
        if year_text:
            year = int(year_text)
        else:
            iso_month = _ISO_MONTH.search(folded)
            if iso_month and int(iso_month[2]) == month:
                year = int(iso_month[1])
            else:
                years = _YEAR.findall(folded)
                year = int(years[0]) if years else default_year
        if year and (found := _valid(year, month, day)):
            return found
    return None


def parse_timestamp(value: object) -> date | None:
    """A date from a metadata value: a date, datetime, ISO string, or any form :func:`parse_date` reads."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        return parse_date(text)


@cache
def _weekdays(language: str) -> dict[str, int]:
    # Full names only: abbreviations are ordinary words too (Spanish "mar." for martes, "mar" the sea).
    return {normalise(form): number for number, forms in enumerate(load_profile(language).weekdays)
            for form in forms if len(form) >= 5 and not form.endswith(".")}


def weekday_of(word: str, language: str) -> int | None:
    """0 (Monday) to 6 if ``word`` names a weekday in ``language``, else None."""
    return _weekdays(language).get(normalise(word).strip(" ."))


def last_weekday(weekday: int, published: date) -> date:
    """The date of the most recent ``weekday`` on or before ``published`` ("jeudi" in Saturday's paper)."""
    return published - timedelta(days=(published.weekday() - weekday) % 7)
