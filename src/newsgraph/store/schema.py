"""The DuckDB schema (documented in docs/schema.md).

``articles`` holds one row per stored article. Every record kind of the Document (``dropped``, ``languages``,
``sentences``, ``entities``, and those later stages add) has a table of its own whose columns are the record
dataclass's fields plus ``article_id`` and ``seq`` (the record's position in its list); adding a record kind is
adding one line to :data:`RECORD_TABLES`.
"""

from __future__ import annotations

from dataclasses import fields

import pyarrow as pa

from newsgraph.records import NESTED, Dropped, Entity, Event, LanguageSpan, PlaceMention, Sentence, field_type

# Document field -> (table, record dataclass)
RECORD_TABLES: dict[str, tuple[str, type]] = {
    "dropped": ("dropped", Dropped),
    "languages": ("language_spans", LanguageSpan),
    "sentences": ("sentences", Sentence),
    "entities": ("entities", Entity),
    "events": ("events", Event),
    "places": ("places", PlaceMention),
}

_SQL_TYPES = {"str": "VARCHAR", "int": "BIGINT", "float": "DOUBLE", "bool": "BOOLEAN", "date": "DATE"}

ARTICLE_COLUMNS: list[tuple[str, str]] = [
    ("id", "VARCHAR PRIMARY KEY"),
    ("url", "VARCHAR"),
    ("source", "VARCHAR"),
    ("title", "VARCHAR"),
    ("author", "VARCHAR"),
    ("published", "DATE"),
    ("language", "VARCHAR"),
    ("language_confidence", "DOUBLE"),
    ("body", "VARCHAR"),
    ("input", "VARCHAR"),
    ("kind", "VARCHAR"),
    ("ingested_at", "TIMESTAMP"),
    ("duplicate_of", "VARCHAR"),
    ("copies", "INTEGER"),
    ("copy_sources", "INTEGER"),
    ("minhash", "UBIGINT[]"),
]

AUXILIARY_TABLES = [
    "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
    # LSH buckets of MinHash signatures: articles sharing a bucket in any band are near-duplicate candidates.
    "CREATE TABLE IF NOT EXISTS lsh_bands (band SMALLINT, bucket UBIGINT, article_id VARCHAR)",
    # Short paragraphs per site and how many articles carried them (repeated ones are boilerplate).
    "CREATE TABLE IF NOT EXISTS paragraphs (site VARCHAR, hash VARCHAR, articles INTEGER, PRIMARY KEY (site, hash))",
]

INDEXES = [
    "CREATE INDEX IF NOT EXISTS lsh_bands_key ON lsh_bands (band, bucket)",
]

SCHEMA_VERSION = "1"


def sql_type(annotation: str) -> str:
    """The SQL type of a record field; a nested record (``NESTED``) is a STRUCT of its own fields."""
    base = field_type(annotation)
    if base in NESTED:
        return "STRUCT(" + ", ".join(f"{quote(f.name)} {sql_type(str(f.type))}" for f in fields(NESTED[base])) + ")"
    return _SQL_TYPES.get(base, "VARCHAR")


def record_columns(kind: type) -> list[tuple[str, str]]:
    """(column, SQL type) of a record table, in order."""
    return [("article_id", "VARCHAR"), ("seq", "INTEGER")] + [(f.name, sql_type(str(f.type))) for f in fields(kind)]


_ARROW_TYPES = {"VARCHAR": pa.string(), "BIGINT": pa.int64(), "INTEGER": pa.int32(), "SMALLINT": pa.int16(),
                "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(), "DATE": pa.date32(), "TIMESTAMP": pa.timestamp("us"),
                "UBIGINT": pa.uint64(), "UBIGINT[]": pa.list_(pa.uint64())}


def arrow_type(sql: str) -> pa.DataType:
    """The Arrow type of a column of SQL type ``sql`` (constraints such as PRIMARY KEY ignored)."""
    return _ARROW_TYPES[sql.split(" PRIMARY KEY")[0]]


def create_statements() -> list[str]:
    statements = [f"CREATE TABLE IF NOT EXISTS articles ({', '.join(f'{quote(c)} {t}' for c, t in ARTICLE_COLUMNS)})"]
    for table, kind in RECORD_TABLES.values():
        cols = ", ".join(f"{quote(c)} {t}" for c, t in record_columns(kind))
        statements.append(f"CREATE TABLE IF NOT EXISTS {table} ({cols})")
        statements.append(f"CREATE INDEX IF NOT EXISTS {table}_article ON {table} (article_id)")
    return statements + AUXILIARY_TABLES + INDEXES


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def table_names() -> list[str]:
    return ["articles"] + [table for table, _ in RECORD_TABLES.values()]


# the STRUCT of each nested record, field by field
for _name, _kind in NESTED.items():
    _ARROW_TYPES[sql_type(_name)] = pa.struct([(f.name, arrow_type(sql_type(str(f.type)))) for f in fields(_kind)])
