"""The store: Documents into an embedded DuckDB file, one transaction per batch, and queries back out.

>>> import tempfile, os, newsgraph
>>> path = os.path.join(tempfile.mkdtemp(), "example.duckdb")
>>> doc = newsgraph.process("Emmanuel Macron a reçu Olaf Scholz à Paris pour parler de l'Ukraine.")
>>> with newsgraph.Store(path) as store:
...     result = store.add([doc])
...     (result.stored, [a.title for a in store.articles()], store.article(doc.id).body[:15])
(1, [None], 'Emmanuel Macron')
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa
from datasketch import MinHashLSH

from newsgraph.records import Document
from newsgraph.stages.clean import SHORT, paragraph_hash
from newsgraph.stages.dedup import NUM_PERM, similarity
from newsgraph.store.schema import (
    ARTICLE_COLUMNS,
    RECORD_TABLES,
    SCHEMA_VERSION,
    arrow_type,
    create_statements,
    quote,
    record_columns,
    table_names,
)

DEFAULT_PATH = "newsgraph.duckdb"
COPY_THRESHOLD = 0.7  # estimated Jaccard similarity of word 5-grams above which two articles are one story
REPEATED = 3  # a paragraph on this many articles of one site is boilerplate there


class StoreError(RuntimeError):
    """The database cannot be opened or used (the message is for the user)."""


@dataclass
class AddResult:
    """What :meth:`Store.add` did with a batch."""

    stored: int = 0
    duplicates: int = 0  # already stored (same content)
    copies: int = 0  # stored, and linked as a syndicated copy of an earlier article
    failed: list[tuple[str, str]] = field(default_factory=list)  # (input, reason)


@dataclass
class ArticleSummary:
    """A row of :meth:`Store.articles`."""

    id: str
    published: date | None
    language: str | None
    source: str | None
    title: str | None
    words: int
    entities: int
    copies: int
    duplicate_of: str | None
    input: str


def _band_params() -> tuple[int, int]:
    lsh = MinHashLSH(threshold=COPY_THRESHOLD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


class Store:
    """A newsgraph database (DuckDB). Open with a path (created if missing); use as a context manager."""

    def __init__(self, path: str | Path = DEFAULT_PATH, *, read_only: bool = False) -> None:
        self.path = str(path)
        if read_only and not Path(self.path).exists():
            raise StoreError(f"no database at {self.path} (run `newsgraph ingest` first, or pass --db)")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc
        if not read_only:
            for statement in create_statements():
                self.con.execute(statement)
            self._add_new_columns()
            self.con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])
        self.bands, self.rows = _band_params()
        self._fts_loaded = False

    def _add_new_columns(self) -> None:
        """Columns a newer record kind has that a database written by an older version lacks (an event's
        ``location``): added empty, so old databases keep working."""
        for table, kind in RECORD_TABLES.values():
            have = {r[0] for r in self.con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]).fetchall()}
            for column, sql in record_columns(kind):
                if column not in have:
                    self.con.execute(f"ALTER TABLE {table} ADD COLUMN {quote(column)} {sql}")

    # -- lifecycle -------------------------------------------------------------------------------------------
    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------------------------
    def known(self, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` are already stored."""
        ids = list(ids)
        if not ids:
            return set()
        rows = self.con.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [ids]).fetchall()
        return {r[0] for r in rows}

    def add(self, docs: list[Document]) -> AddResult:
        """Store a batch in one transaction. A batch that fails is retried one document at a time, so that only
        the bad document is lost (reported in ``failed``)."""
        try:
            self.con.execute("BEGIN TRANSACTION")
            result = self._add(docs)
            self.con.execute("COMMIT")
            self._mark_search_stale()
            return result
        except Exception:  # noqa: BLE001 - whatever broke the batch, find the document that did
            self.con.execute("ROLLBACK")
        result = AddResult()
        for doc in docs:
            try:
                self.con.execute("BEGIN TRANSACTION")
                one = self._add([doc])
                self.con.execute("COMMIT")
            except Exception as exc:  # noqa: BLE001 - a record the database refuses is reported, not fatal
                self.con.execute("ROLLBACK")
                result.failed.append((doc.input, f"could not store: {' '.join(str(exc).split())[:200]}"))
                continue
            result.stored += one.stored
            result.duplicates += one.duplicates
            result.copies += one.copies
        self._mark_search_stale()
        return result

    def _add(self, docs: list[Document]) -> AddResult:
        """Insert a batch: rows are gathered per table and written with one Arrow insert per table (DuckDB
        takes row-by-row inserts at about a millisecond a row, Arrow tables at microseconds)."""
        result = AddResult()
        known = self.known(d.id for d in docs)
        now = datetime.now()
        rows: dict[str, list[list]] = defaultdict(list)
        batch_bands: dict[tuple[int, int], list[tuple[str, str, list[int]]]] = defaultdict(list)
        paragraphs: Counter[tuple[str, str]] = Counter()
        canonicals: set[str] = set()
        for doc in docs:
            if doc.id in known:
                result.duplicates += 1
                continue
            known.add(doc.id)
            keys = self._band_keys(doc.minhash) if doc.minhash else []
            doc.duplicate_of = self._find_copy(doc, keys, batch_bands) if keys else None
            values = {f.name: getattr(doc, f.name) for f in fields(doc)}
            values.update(ingested_at=now, copies=1, copy_sources=1)
            rows["articles"].append([values.get(c) for c, _ in ARTICLE_COLUMNS])
            for attr, (table, _) in RECORD_TABLES.items():
                rows[table].extend([doc.id, seq, *asdict(r).values()] for seq, r in enumerate(getattr(doc, attr)))
            for band, key in enumerate(keys):
                rows["lsh_bands"].append([band, key, doc.id])
                batch_bands[(band, key)].append((doc.id, doc.duplicate_of or doc.id, doc.minhash))
            if doc.duplicate_of:
                result.copies += 1
                canonicals.add(doc.duplicate_of)
            if doc.source:
                paragraphs.update((doc.source, h) for h in self._short_paragraphs(doc))
            result.stored += 1
        for table, table_rows in rows.items():
            if table_rows:
                self._insert(table, table_rows)
        if paragraphs:
            self._insert("paragraphs_batch", [[site, h, n] for (site, h), n in paragraphs.items()])
        for canonical in canonicals:
            self.con.execute(
                "UPDATE articles SET copies = (SELECT count(*) FROM articles WHERE id = $1 OR duplicate_of = $1),"
                " copy_sources = (SELECT count(DISTINCT coalesce(source, id)) FROM articles"
                "                 WHERE id = $1 OR duplicate_of = $1) WHERE id = $1", [canonical])
        return result

    def _insert(self, table: str, rows: list[list]) -> None:
        """Append rows to a table through an Arrow table built with the table's column types."""
        columns = self._columns(table)
        arrays = [pa.array([r[i] for r in rows], type=arrow_type(sql)) for i, (_, sql) in enumerate(columns)]
        batch = pa.Table.from_arrays(arrays, names=[c for c, _ in columns])  # noqa: F841 - read by DuckDB below
        if table == "paragraphs_batch":
            self.con.execute("INSERT INTO paragraphs SELECT * FROM batch ON CONFLICT DO UPDATE "
                             "SET articles = paragraphs.articles + excluded.articles")
        else:
            self.con.execute(f"INSERT INTO {table} SELECT * FROM batch")

    @staticmethod
    def _columns(table: str) -> list[tuple[str, str]]:
        if table == "articles":
            return ARTICLE_COLUMNS
        if table == "lsh_bands":
            return [("band", "SMALLINT"), ("bucket", "UBIGINT"), ("article_id", "VARCHAR")]
        if table == "paragraphs_batch":
            return [("site", "VARCHAR"), ("hash", "VARCHAR"), ("articles", "INTEGER")]
        kind = next(k for t, k in RECORD_TABLES.values() if t == table)
        return record_columns(kind)

    def _band_keys(self, signature: list[int]) -> list[int]:
        values = np.asarray(signature, dtype=np.uint64)
        return [int.from_bytes(hashlib.blake2b(values[b * self.rows:(b + 1) * self.rows].tobytes(),
                                               digest_size=8).digest(), "little")
                for b in range(self.bands)]

    def _find_copy(self, doc: Document, keys: list[int],
                   batch_bands: dict[tuple[int, int], list[tuple[str, str, list[int]]]]) -> str | None:
        """The canonical article this one is a near-duplicate of, if any: LSH candidates among stored articles
        and earlier articles of the batch, verified by estimated Jaccard similarity."""
        rows = self.con.execute(
            "SELECT DISTINCT a.id, coalesce(a.duplicate_of, a.id), a.minhash FROM lsh_bands b "
            "JOIN articles a ON a.id = b.article_id "
            "JOIN (SELECT unnest(?) AS band, unnest(?) AS bucket) k ON k.band = b.band AND k.bucket = b.bucket",
            [list(range(self.bands)), keys]).fetchall()
        rows += [c for band, key in enumerate(keys) for c in batch_bands.get((band, key), [])]
        best = max(((similarity(doc.minhash, sig), canonical) for _, canonical, sig in rows if sig),
                   default=(0.0, None))
        return best[1] if best[0] >= COPY_THRESHOLD else None

    @staticmethod
    def _short_paragraphs(doc: Document) -> set[str]:
        """Hashes of the document's short paragraphs (and of those dropped as repeated), for boilerplate counts."""
        hashes = {paragraph_hash(p) for p in doc.body.split("\n\n") if p.strip() and len(p) <= SHORT}
        return hashes | {paragraph_hash(d.text) for d in doc.dropped if d.reason == "repeated on site"}

    def repeated_paragraphs(self, min_articles: int = REPEATED) -> set[tuple[str, str]]:
        """(site, paragraph hash) of short paragraphs seen on at least ``min_articles`` articles of a site."""
        rows = self.con.execute("SELECT site, hash FROM paragraphs WHERE articles >= ?", [min_articles]).fetchall()
        return {(s, h) for s, h in rows}

    # -- reading ---------------------------------------------------------------------------------------------
    def count(self) -> int:
        return self.con.execute("SELECT count(*) FROM articles").fetchone()[0]

    def articles(self, *, language: str | None = None, source: str | None = None, since: date | None = None,
                 until: date | None = None, canonical_only: bool = False, limit: int | None = 50,
                 offset: int = 0) -> list[ArticleSummary]:
        """Stored articles, newest ingested first, filtered by language, source (site) and publication dates."""
        where, params = ["1=1"], []
        for clause, value in (("a.language = ?", language), ("a.source = ?", source),
                              ("a.published >= ?", since), ("a.published <= ?", until)):
            if value is not None:
                where.append(clause)
                params.append(value)
        if canonical_only:
            where.append("a.duplicate_of IS NULL")
        sql = ("SELECT a.id, a.published, a.language, a.source, a.title, len(string_split_regex(trim(a.body), '\\s+')),"
               " (SELECT count(*) FROM entities e WHERE e.article_id = a.id), a.copies, a.duplicate_of, a.input "
               f"FROM articles a WHERE {' AND '.join(where)} ORDER BY a.ingested_at DESC, a.input DESC")
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        return [ArticleSummary(*row) for row in self.con.execute(sql, params).fetchall()]

    def resolve(self, id_or_prefix: str) -> str | None:
        """The full id of the article whose id is or starts with ``id_or_prefix`` (None if none or ambiguous)."""
        rows = self.con.execute("SELECT id FROM articles WHERE starts_with(id, ?) LIMIT 2",
                                [id_or_prefix]).fetchall()
        return rows[0][0] if len(rows) == 1 else None

    def latest(self) -> str | None:
        row = self.con.execute("SELECT id FROM articles ORDER BY ingested_at DESC, input DESC LIMIT 1").fetchone()
        return row[0] if row else None

    def article(self, id_or_prefix: str) -> Document | None:
        """The stored Document with all its records, or None."""
        article_id = self.resolve(id_or_prefix)
        if article_id is None:
            return None
        cur = self.con.execute("SELECT * FROM articles WHERE id = ?", [article_id])
        names = [d[0] for d in cur.description]
        data: dict[str, Any] = dict(zip(names, cur.fetchone(), strict=True))
        for attr, (table, kind) in RECORD_TABLES.items():
            cols = [c for c, _ in record_columns(kind)][2:]
            rows = self.con.execute(f"SELECT {', '.join(quote(c) for c in cols)} FROM {table} "
                                    "WHERE article_id = ? ORDER BY seq", [article_id]).fetchall()
            data[attr] = [dict(zip(cols, r, strict=True)) for r in rows]
        data.pop("minhash", None)
        return Document.from_dict(data)

    def entities(self, *, text: str | None = None, type: str | None = None, language: str | None = None,
                 limit: int | None = 100) -> list[dict[str, Any]]:
        """Entity mentions with their article, optionally filtered by (case-insensitive) text, type and language;
        ``mentions`` and ``articles`` count them."""
        where, params = ["1=1"], []
        if text:
            where.append("lower(e.text) = lower(?)")
            params.append(text)
        if type:
            where.append("e.type = ?")
            params.append(type.upper())
        if language:
            where.append("a.language = ?")
            params.append(language)
        sql = ("SELECT e.text, e.type, count(*) AS mentions, count(DISTINCT e.article_id) AS articles "
               "FROM entities e JOIN articles a ON a.id = e.article_id "
               f"WHERE {' AND '.join(where)} GROUP BY e.text, e.type ORDER BY mentions DESC, e.text")
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        cur = self.con.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def search(self, query: str, limit: int = 20) -> list[tuple[str, float]]:
        """(article id, BM25 score) of articles matching ``query`` in title or body, best first (DuckDB FTS)."""
        self._ensure_search_index()
        rows = self.con.execute(
            "SELECT id, score FROM (SELECT id, fts_main_articles.match_bm25(id, ?) AS score FROM articles) "
            "WHERE score IS NOT NULL ORDER BY score DESC LIMIT ?", [query, limit]).fetchall()
        return [(r[0], float(r[1])) for r in rows]

    def stats(self) -> dict[str, int]:
        """Row count of every table."""
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in table_names()}

    # -- full-text search --------------------------------------------------------------------------------------
    def _load_fts(self) -> None:
        if self._fts_loaded:
            return
        import duckdb_extension_fts

        path = next(Path(duckdb_extension_fts.__file__).parent.glob("extensions/*/fts.duckdb_extension"))
        self.con.execute(f"INSTALL '{path}'")
        self.con.execute("LOAD fts")
        self._fts_loaded = True

    def _mark_search_stale(self) -> None:
        self.con.execute("INSERT OR REPLACE INTO meta VALUES ('fts_stale', '1')")

    def _ensure_search_index(self) -> None:
        self._load_fts()
        stale = self.con.execute("SELECT value FROM meta WHERE key = 'fts_stale'").fetchone()
        if stale is None or stale[0] == "1":
            self.con.execute("PRAGMA create_fts_index('articles', 'id', 'title', 'body', overwrite=1)")
            self.con.execute("INSERT OR REPLACE INTO meta VALUES ('fts_stale', '0')")
