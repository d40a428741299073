"""Main-text extraction against the ScrapingHub article-extraction-benchmark layout.

Layout: a folder with ``html/<id>.html`` or ``html/<id>.html.gz`` pages and a ground-truth JSON mapping
``<id>`` to ``{"articleBody": …}`` (or ``{"body": …}``). The metric is the benchmark's own: bags of word 4-grams
(``\\w+`` tokens), per-page true/false positives and negatives normalised by their sum, precision averaged over
pages with a prediction, recall over pages with a truth, and F1 of the two means.
"""

from __future__ import annotations

import gzip
import json
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from newsgraph.sources.decoding import decode

_TOKEN = re.compile(r"\w+")


class GoldError(ValueError):
    """The gold folder or file cannot be read (message for the user)."""


@dataclass
class Page:
    id: str
    html: str
    truth: str
    url: str | None = None


def _shingles(text: str, n: int = 4) -> Counter:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def page_scores(truth: str, predicted: str) -> tuple[float, float, float]:
    """(tp, fp, fn) of one page, normalised to sum to 1 so that long pages weigh no more than short ones."""
    t, p = _shingles(truth), _shingles(predicted)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def summarise(scores: list[tuple[float, float, float]]) -> dict[str, float]:
    """Mean precision, mean recall and the F1 of the two, as the benchmark computes them."""
    precisions = [1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else tp / (tp + fp))
                  for tp, fp, fn in scores if tp + fp > 0]
    recalls = [1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else tp / (tp + fn))
               for tp, fp, fn in scores if tp + fn > 0]
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def read_gold(path: str | Path) -> list[Page]:
    """Pages of a benchmark folder (or of its ground-truth JSON file, with ``html/`` beside it)."""
    path = Path(path)
    folder = path.parent if path.is_file() else path
    if path.is_file():
        truth_file = path
    else:
        candidates = sorted(folder.glob("ground-truth*.json")) or sorted(folder.glob("*.json"))
        if not candidates:
            raise GoldError(f"{folder}: no ground-truth JSON file found")
        truth_file = candidates[0]
    html_dir = folder / "html" if (folder / "html").is_dir() else folder
    try:
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GoldError(f"{truth_file}: cannot read ground truth: {exc}") from exc
    if not isinstance(truth, dict):
        raise GoldError(f"{truth_file}: expected a JSON object of {{id: {{articleBody: …}}}}")
    pages = []
    for page_id, item in sorted(truth.items()):
        body = item.get("articleBody", item.get("body")) if isinstance(item, dict) else item
        file = next((f for f in (html_dir / f"{page_id}.html.gz", html_dir / f"{page_id}.html",
                                 html_dir / f"{page_id}.htm") if f.is_file()), None)
        if file is None or body is None:
            continue
        data = file.read_bytes()
        if file.suffix == ".gz":
            data = gzip.decompress(data)
        pages.append(Page(page_id, decode(data)[0], str(body), item.get("url") if isinstance(item, dict) else None))
    if not pages:
        raise GoldError(f"{folder}: no page has both an HTML file and a ground-truth body")
    return pages


def evaluate(pages: list[Page], extract: Callable[[str, str | None], str]) -> dict:
    """Score ``extract(html, url) -> text`` on ``pages``; adds ``pages`` and ``pages_per_second``."""
    scores = []
    started = time.perf_counter()
    for page in pages:
        scores.append(page_scores(page.truth, extract(page.html, page.url) or ""))
    elapsed = time.perf_counter() - started
    return {**summarise(scores), "pages": len(pages), "pages_per_second": len(pages) / elapsed if elapsed else 0.0}
