"""Sources: every input format, recognised by content, and every kind of bad input skipped with a reason."""

from __future__ import annotations

import gzip
import io
import os
import shutil

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import EXAMPLE, FIXTURES
from newsgraph.records import Article, Skipped
from newsgraph.sources import read_bytes, read_inputs
from newsgraph.sources.decoding import decode

PAGES = sorted((FIXTURES / "pages" / "html").glob("*.html.gz"))


def articles(*inputs, **kw):
    return [x for x in read_inputs([str(i) for i in inputs], **kw) if isinstance(x, Article)]


def skips(*inputs, **kw):
    return [x for x in read_inputs([str(i) for i in inputs], **kw) if isinstance(x, Skipped)]


def test_plain_text():
    [a] = articles(EXAMPLE)
    assert a.kind == "text" and a.text.lstrip().startswith("date 2020-11")
    assert a.input == str(EXAMPLE)


def test_html_gz_and_detection_by_content_not_extension(tmp_path):
    [a] = articles(PAGES[0])
    assert a.kind == "html" and "<html" in a.html.lower()
    disguised = tmp_path / "page.txt"
    disguised.write_bytes(gzip.decompress(PAGES[0].read_bytes()))
    [b] = articles(disguised)
    assert b.kind == "html" and b.id == a.id


def test_rss_items_become_articles():
    found = articles(FIXTURES / "feed.rss")
    assert [a.title for a in found] == ["Ministers meet in Geneva to discuss ceasefire",
                                        "El Gobierno de España aprueba nuevas medidas"]
    first = found[0]
    assert first.url == "https://news.example.org/world/geneva-ceasefire-talks"
    assert first.published.isoformat() == "2020-11-10"
    assert first.author == "Jane Doe" and first.source == "news.example.org"
    assert first.text.startswith("Foreign ministers from Armenia") and "\n\nThe talks" in first.text
    [empty] = skips(FIXTURES / "feed.rss")
    assert "no text" in empty.reason and empty.input.endswith("#item3")


def test_atom_entries_become_articles():
    [a] = articles(FIXTURES / "feed.atom")
    assert a.title == "Bundestag debattiert über Haushalt"
    assert a.published.isoformat() == "2020-11-12" and a.language == "de"
    assert "Olaf Scholz" in a.text


def test_jsonl_lines_and_bad_lines():
    items = list(read_inputs([str(FIXTURES / "articles.jsonl")]))
    good = [i for i in items if isinstance(i, Article)]
    bad = [i for i in items if isinstance(i, Skipped)]
    assert [a.url for a in good] == ["https://diario.example.es/internacional/1",
                                     "https://zeitung.example.de/politik/2", "https://news.example.com/world/4"]
    assert good[0].published.isoformat() == "2021-03-05" and good[1].language == "de"
    assert good[2].html is not None and good[2].text is None
    assert [(b.input.rsplit(":", 1)[1], b.reason.split(":")[0]) for b in bad] == [
        ("3", "invalid JSON"), ("4", "no 'text' or 'html' field with content")]


def test_json_array_file(tmp_path):
    path = tmp_path / "export.json"
    path.write_text('[{"text": "Un texte assez long pour faire un article de presse."}, {"title": "vide"}]')
    items = list(read_inputs([str(path)]))
    assert isinstance(items[0], Article) and isinstance(items[1], Skipped)


def _warc(records: list[tuple[str, bytes, str]], compress: bool) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    for url, payload, content_type in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                                      http_headers=headers))
    return buffer.getvalue()


@pytest.mark.parametrize("compress", [False, True])
def test_warc_html_responses_only(tmp_path, compress):
    pages = [gzip.decompress(p.read_bytes()) for p in PAGES[:2]]
    data = _warc([("https://a.example.com/1", pages[0], "text/html; charset=utf-8"),
                  ("https://a.example.com/style.css", b"body{}", "text/css"),
                  ("https://b.example.com/2", pages[1], "text/html")], compress)
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    path.write_bytes(data)
    found = articles(path)
    assert [a.url for a in found] == ["https://a.example.com/1", "https://b.example.com/2"]
    assert all(a.kind == "warc" and a.html for a in found)
    assert found[0].source == "a.example.com"


def test_broken_warc_keeps_good_records_and_reports(tmp_path):
    page = gzip.decompress(PAGES[0].read_bytes())
    good = _warc([("https://a.example.com/1", page, "text/html")], compress=False)
    broken = tmp_path / "broken.warc"
    broken.write_bytes(good + b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\n<html>trunc")
    items = list(read_inputs([str(broken)]))
    assert isinstance(items[0], Article)
    assert isinstance(items[-1], Skipped) and "broken WARC record" in items[-1].reason


def test_stdin(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(EXAMPLE.read_bytes())))
    [a] = articles("-")
    assert a.input == "<stdin>" and "Poutine" in a.text


def test_folders_and_globs(tmp_path):
    (tmp_path / "sub").mkdir()
    shutil.copy(EXAMPLE, tmp_path / "sub" / "a.txt")
    shutil.copy(FIXTURES / "feed.atom", tmp_path / "b.xml")
    (tmp_path / ".hidden").write_text("ignored")
    assert len(articles(tmp_path)) == 2
    assert len(articles(str(tmp_path / "**" / "*.txt"))) == 1
    [s] = skips(str(tmp_path / "*.nothing"))
    assert s.reason == "no file matches this pattern"


# -- bad input: each is skipped with a one-line reason naming the input --------------------------------------

def test_empty_and_blank_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n \t")
    reasons = {os.path.basename(s.input): s.reason for s in skips(tmp_path)}
    assert reasons == {"empty.txt": "empty file", "blank.txt": "no text (only white space)"}


def test_binary_files(tmp_path):
    (tmp_path / "doc.pdf.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    (tmp_path / "blob.bin").write_bytes(bytes(range(256)) * 20)
    reasons = {os.path.basename(s.input): s.reason for s in skips(tmp_path)}
    assert reasons["doc.pdf.txt"] == "binary file, not text (a PDF document)"
    assert reasons["blob.bin"].startswith("binary file")


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-16", "utf-8-sig"])
def test_encodings(tmp_path, encoding):
    text = "L’Élysée a réagi à la déclaration du président, selon l’AFP."
    if encoding == "latin-1":
        text = text.replace("’", "'")
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    [a] = articles(path)
    assert a.text == text


def test_mixed_utf8_and_cp1252():
    data = "Le président a déclaré ".encode() + "à la télévision".encode("cp1252") + " qu’il viendra.".encode()
    text, encoding = decode(data)
    assert text == "Le président a déclaré à la télévision qu’il viendra."
    assert encoding == "utf-8+cp1252"


def test_declared_html_charset(tmp_path):
    html = '<html><head><meta charset="windows-1252"><title>t</title></head><body><p>Café à Zürich</p></body></html>'
    path = tmp_path / "page.html"
    path.write_bytes(html.encode("cp1252"))
    [a] = articles(path)
    assert "Café à Zürich" in a.html


def test_too_large_page_is_skipped(tmp_path):
    path = tmp_path / "huge.html"
    with open(path, "wb") as fh:
        fh.write(b"<html><body>")
        chunk = b"<p>" + b"word " * 2000 + b"</p>\n"
        while fh.tell() < 50_000_000:
            fh.write(chunk)
    [s] = skips(path)
    assert s.reason.startswith("too large (50.0 MB") and "--max-size" in s.reason


def test_unreadable_paths(tmp_path):
    link = tmp_path / "dangling"
    link.symlink_to(tmp_path / "gone")
    reasons = {os.path.basename(s.input): s.reason for s in skips(tmp_path / "missing.txt", link)}
    assert reasons == {"missing.txt": "no such file or folder", "dangling": "no such file or folder"}


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_permission_denied(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("text")
    path.chmod(0)
    [s] = skips(path)
    assert s.reason == "permission denied"


def test_damaged_gzip():
    [s] = list(read_bytes(b"\x1f\x8b\x08\x00garbage" * 10, "bad.gz"))
    assert isinstance(s, Skipped) and s.reason.startswith("damaged gzip data")
