"""Build a benchmark corpus (JSON Lines, one article per line) from gold sets' article texts.

Reads Pragmatic-Guide geoparsing XML files (``<article><title>…<url>…<text>…``) such as LGL (588 articles) and
GeoWebNews (200 articles) and writes ``{"url", "title", "text"}`` lines. The output is for local measurement only:
those gold sets are GPL-3.0, so the corpus is not committed (bench/ is git-ignored).

    python scripts/build_bench_corpus.py ../shared/eval/geo/lgl.xml ../shared/eval/geo/GeoWebNews.xml \\
        -o bench/news-788.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from xml.etree import ElementTree


def articles(path: Path):
    root = ElementTree.parse(path).getroot()
    for article in root.iter("article"):
        text = (article.findtext("text") or "").strip()
        if text:
            yield {"url": (article.findtext("url") or "").strip() or None,
                   "title": (article.findtext("title") or "").strip() or None, "text": text}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="+", type=Path, help="Pragmatic-Guide XML files")
    ap.add_argument("-o", "--out", type=Path, required=True, help="JSON Lines file to write")
    args = ap.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with args.out.open("w", encoding="utf-8") as fh:
        for path in args.gold:
            for item in articles(path):
                fh.write(json.dumps(item, ensure_ascii=False) + "\n")
                count += 1
    print(f"{count} articles → {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
