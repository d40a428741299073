"""Export every table of a store to Parquet, JSON Lines or CSV files, one file per table."""

from __future__ import annotations

from pathlib import Path

from newsgraph.store.database import Store
from newsgraph.store.schema import table_names

FORMATS = {"parquet": ("parquet", "(FORMAT PARQUET, COMPRESSION ZSTD)"),
           "jsonl": ("jsonl", "(FORMAT JSON)"),
           "csv": ("csv", "(FORMAT CSV, HEADER)")}


def export(store: Store, out: str | Path, fmt: str = "parquet") -> dict[str, tuple[Path, int]]:
    """Write ``<out>/<table>.<ext>`` for every table; returns {table: (path, rows)}."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    ext, options = FORMATS[fmt]
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for table in table_names():
        path = out / f"{table}.{ext}"
        # The MinHash signature is an internal index, not data for analysts.
        select = "SELECT * EXCLUDE (minhash) FROM articles" if table == "articles" else f"SELECT * FROM {table}"
        quoted = str(path).replace("'", "''")
        store.con.execute(f"COPY ({select}) TO '{quoted}' {options}")
        rows = store.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        written[table] = (path, rows)
    return written
