"""``newsgraph bench``: throughput (articles/s) and peak memory of the whole pipeline on a corpus.

Memory is the peak of the summed resident set of this process and all its worker processes, sampled ten times a
second from /proc (Linux), so it counts what the machine really had to hold.
"""

from __future__ import annotations

import os
import tempfile
import threading
import time
from collections.abc import Iterable
from pathlib import Path

from newsgraph.pipeline import Pipeline
from newsgraph.records import Document, Skipped
from newsgraph.sources import read_inputs
from newsgraph.store import Store


def _children(pid: int) -> list[int]:
    found = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            text = (task / "children").read_text()
            found.extend(int(c) for c in text.split())
    except OSError:
        pass
    return found


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss_mb(pid: int | None = None) -> float:
    """Resident memory of a process and all its descendants, in MB."""
    pid = pid or os.getpid()
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += _rss_kb(p)
        todo.extend(_children(p))
    return total / 1024


class PeakMemory:
    """Samples :func:`tree_rss_mb` in a background thread; ``peak`` is the highest value seen."""

    def __init__(self, interval: float = 0.1) -> None:
        self.interval, self.peak = interval, 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, tree_rss_mb())
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, tree_rss_mb())


def run_bench(inputs: Iterable[str], *, workers: int = 1, batch_size: int = 32, limit: int | None = None,
              store: bool = True) -> dict:
    """Process (and store, into a throw-away database) every article of ``inputs``; return the figures."""
    items = read_inputs(list(inputs))
    articles = []
    skipped = 0
    for item in items:
        if isinstance(item, Skipped):
            skipped += 1
            continue
        articles.append(item)
        if limit and len(articles) >= limit:
            break
    if not articles:
        raise ValueError("no article could be read from the benchmark inputs")
    characters = sum(len(a.text or a.html or "") for a in articles)
    with tempfile.TemporaryDirectory() as tmp, PeakMemory() as memory:
        db = Store(Path(tmp) / "bench.duckdb") if store else None
        started = time.perf_counter()
        first_done = None
        done = failed = 0
        batch: list[Document] = []
        for out in Pipeline().run(articles, batch_size=batch_size, workers=workers):
            if first_done is None:
                first_done = time.perf_counter()
            if isinstance(out, Skipped):
                failed += 1
                continue
            done += 1
            batch.append(out)
            if db is not None and len(batch) >= batch_size:
                db.add(batch)
                batch = []
        if db is not None:
            if batch:
                db.add(batch)
            db.close()
        elapsed = time.perf_counter() - started
    steady = elapsed - (first_done - started) if first_done else 0.0
    return {
        "articles": done,
        "failed": failed,
        "skipped_inputs": skipped,
        "characters": characters,
        "workers": workers,
        "batch_size": batch_size,
        "stored": store,
        "seconds": elapsed,
        "articles_per_second": done / elapsed if elapsed else 0.0,
        "first_batch_seconds": (first_done - started) if first_done else None,
        "articles_per_second_after_first_batch": (done - min(done, batch_size)) / steady if steady > 0 else None,
        "peak_rss_mb": memory.peak,
    }
