"""--fetch-links against a real HTTP server on localhost: feed items become the linked pages."""

from __future__ import annotations

import gzip
import http.server
import threading
from functools import partial

import pytest

from conftest import FIXTURES
from newsgraph.records import Article, Skipped
from newsgraph.sources import read_inputs

PAGE = next((FIXTURES / "pages" / "html").glob("042bb7b5*"))


@pytest.fixture
def site(tmp_path):
    (tmp_path / "story.html").write_bytes(gzip.decompress(PAGE.read_bytes()))
    (tmp_path / "style.css").write_text("body {}")
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    feed = tmp_path / "feed.rss"
    items = "".join(f"<item><title>{name}</title><link>{base}/{name}</link><description>Short summary of the "
                    f"story {name}, from the feed itself.</description></item>"
                    for name in ("story.html", "missing.html", "style.css"))
    feed.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>')
    yield base, feed
    server.shutdown()


def test_feed_items_fetch_their_pages(site):
    base, feed = site
    items = list(read_inputs([str(feed)], fetch_links=True))
    pages = [i for i in items if isinstance(i, Article) and i.kind == "html"]
    assert [p.url for p in pages] == [f"{base}/story.html"]
    assert "Gaming used to be so simple" in pages[0].html and pages[0].title == "story.html"
    reasons = {i.input.rsplit("/", 1)[1]: i.reason for i in items if isinstance(i, Skipped)}
    assert reasons["missing.html"].startswith("could not fetch linked page (HTTP 404)")
    assert reasons["style.css"].startswith("could not fetch linked page (not HTML")
    # The items whose page could not be fetched fall back to the feed's own text.
    fallback = [i for i in items if isinstance(i, Article) and i.kind == "feed"]
    assert [f.title for f in fallback] == ["missing.html", "style.css"]


def test_without_the_flag_nothing_is_fetched(site):
    _, feed = site
    items = list(read_inputs([str(feed)]))
    assert all(isinstance(i, Article) and i.kind == "feed" for i in items) and len(items) == 3
