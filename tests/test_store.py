"""The DuckDB store: idempotent batches, syndicated copies, queries, search, export."""

from __future__ import annotations

import duckdb
import pytest

from newsgraph.records import Article
from newsgraph.store import Store, export
from newsgraph.store.schema import table_names

STORY = ("Foreign ministers from Armenia and Azerbaijan met in Geneva on Tuesday to discuss a ceasefire in "
         "Nagorno-Karabakh, diplomats said. The talks, hosted by the Swiss government, lasted four hours, and a "
         "spokesman for the United Nations said further meetings were planned for next week in Vienna.")


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "s.duckdb") as s:
        yield s


def docs_for(pipeline, *items):
    return pipeline([Article(input=f"in{i}", kind="text", text=t, url=u, source=src)
                     for i, (t, u, src) in enumerate(items)])


def test_add_is_idempotent(store, pipeline, example_doc):
    first = store.add([example_doc])
    again = store.add([example_doc])
    assert (first.stored, first.duplicates) == (1, 0)
    assert (again.stored, again.duplicates) == (0, 1)
    assert store.count() == 1


def test_roundtrip_keeps_every_record(store, example_doc):
    store.add([example_doc])
    back = store.article(example_doc.id[:6])
    assert back.body == example_doc.body and back.published == example_doc.published
    assert back.entities == example_doc.entities and back.sentences == example_doc.sentences
    assert back.dropped == example_doc.dropped
    assert store.latest() == example_doc.id


def test_syndicated_copies_link_to_the_first(store, pipeline):
    docs = docs_for(pipeline,
                    (STORY, "https://wire.example.com/a", "wire.example.com"),
                    (STORY + " (Reporting by the desk.)", "https://paper.example.org/b", "paper.example.org"),
                    (STORY + " Copyright the paper.", "https://other.example.net/c", "other.example.net"),
                    ("The central bank raised interest rates by half a point on Wednesday, citing inflation.",
                     "https://bank.example.com/d", "bank.example.com"))
    result = store.add(docs[:2])
    result2 = store.add(docs[2:])
    assert (result.copies, result2.copies) == (1, 1)
    rows = {a.id: a for a in store.articles(limit=None)}
    canonical = rows[docs[0].id]
    assert canonical.copies == 3 and canonical.duplicate_of is None
    assert rows[docs[1].id].duplicate_of == docs[0].id and rows[docs[2].id].duplicate_of == docs[0].id
    assert rows[docs[3].id].duplicate_of is None
    sources = store.con.execute("SELECT copy_sources FROM articles WHERE id = ?", [docs[0].id]).fetchone()[0]
    assert sources == 3
    assert [a.id for a in store.articles(canonical_only=True, limit=None)].count(docs[1].id) == 0


def test_failed_batch_keeps_earlier_batches(store, pipeline, example_doc, monkeypatch):
    store.add([example_doc])
    [doc] = docs_for(pipeline, (STORY, "https://x.example/1", "x.example"))
    doc.entities[0].text = "\ud800"  # a lone surrogate cannot be encoded: this document cannot be stored
    result = store.add([doc])
    assert result.stored == 0 and result.failed and result.failed[0][0] == "in0"
    assert store.count() == 1 and store.article(example_doc.id) is not None


def test_queries(store, pipeline, example_doc):
    store.add([example_doc])
    store.add(docs_for(pipeline, (STORY, "https://news.example.org/x", "news.example.org")))
    assert {a.language for a in store.articles()} == {"fr", "en"}
    assert [a.source for a in store.articles(source="news.example.org")] == ["news.example.org"]
    from datetime import date
    assert [a.id for a in store.articles(since=date(2020, 11, 1), until=date(2020, 11, 30))] == [example_doc.id]
    macron = store.entities(text="emmanuel macron")
    assert macron == [{"text": "Emmanuel Macron", "type": "PERSON", "mentions": 1, "articles": 1}]
    assert {e["type"] for e in store.entities(type="location", language="fr")} == {"LOCATION"}


def test_full_text_search(store, pipeline, example_doc):
    store.add([example_doc])
    store.add(docs_for(pipeline, (STORY, "https://news.example.org/x", "news.example.org")))
    hits = store.search("Geneva ceasefire")
    assert [h[0] for h in hits][:1] != [example_doc.id] and len(hits) == 1
    store.add(docs_for(pipeline, ("Le cessez-le-feu a été rompu à Genève selon les diplomates présents.", None, None)))
    assert len(store.search("diplomates")) == 1  # the index follows new articles


@pytest.mark.parametrize("fmt", ["parquet", "jsonl", "csv"])
def test_export_every_table(store, example_doc, tmp_path, fmt):
    store.add([example_doc])
    written = export(store, tmp_path / "out", fmt)
    assert set(written) == set(table_names())
    path, rows = written["entities"]
    assert rows == len(example_doc.entities)
    if fmt == "parquet":
        back = duckdb.sql(f"SELECT text, start, \"end\" FROM '{path}' ORDER BY seq").fetchall()
        assert back[0] == (example_doc.entities[0].text, example_doc.entities[0].start, example_doc.entities[0].end)
        article = duckdb.sql(f"SELECT * FROM '{written['articles'][0]}'")
        assert "minhash" not in article.columns and "body" in article.columns


def test_read_only_store_needs_an_existing_file(tmp_path):
    from newsgraph.store import StoreError
    with pytest.raises(StoreError, match="no database"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_repeated_paragraphs_feed_the_cleaner(store, pipeline):
    sign_off = "Our reporters cover the region every day of the week."
    texts = [f"Story number {i}: the council voted on a new budget for the city's schools today.\n\n{sign_off}"
             for i in range(4)]
    store.add(docs_for(pipeline, *[(t, f"https://site.example/{i}", "site.example") for i, t in enumerate(texts)]))
    from newsgraph.pipeline import Pipeline
    again = Pipeline({"clean": {"repeated": store.repeated_paragraphs()}})
    [doc] = again([Article(input="n", kind="text", text=f"A new story about the harbour.\n\n{sign_off}",
                           source="site.example")])
    assert sign_off not in doc.body and doc.dropped[-1].reason == "repeated on site"


CRASH = """
import os, signal, sys
from newsgraph.records import Document
from newsgraph.store import Store
store = Store(sys.argv[1])
store.add([Document(id="a" * 16, input="one", kind="text", body="First article, stored before the crash.")])
store.con.execute("BEGIN TRANSACTION")
store._add([Document(id="b" * 16, input="two", kind="text", body="Second article, in flight.")])
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_crash_loses_only_the_batch_in_flight(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "crash.duckdb"
    proc = subprocess.run([sys.executable, "-c", CRASH, str(path)], capture_output=True, timeout=120)
    assert proc.returncode == -9, proc.stderr.decode()
    with Store(path) as store:
        assert [a.input for a in store.articles()] == ["one"]
        assert store.add([store.article("a" * 16)]).duplicates == 1
