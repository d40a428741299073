"""Run the stages over articles: in batches, in this process or in worker processes.

``Pipeline`` is the one place that knows the stage order (from :data:`newsgraph.stages.STAGES`); stages never call
each other or the store. Documents that a stage rejected come out as :class:`~newsgraph.records.Skipped`.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from newsgraph.records import Article, Document, Skipped
from newsgraph.stages import STAGES, Stage

DEFAULT_BATCH = 32


class Pipeline:
    """The stages in flow order. ``options`` maps a stage name to its keyword arguments; ``only`` selects stages.

    >>> pipeline = Pipeline()
    >>> [doc] = pipeline([Article(input="example", kind="text", text="Emmanuel Macron a parlé à Berlin.")])
    >>> doc.language
    'fr'
    """

    def __init__(self, options: dict[str, dict[str, Any]] | None = None, only: Iterable[str] | None = None) -> None:
        self.options = options or {}
        self.only = tuple(only) if only is not None else tuple(STAGES)
        unknown = set(self.only) - set(STAGES)
        if unknown:
            raise ValueError(f"unknown stage(s): {', '.join(sorted(unknown))}; known: {', '.join(STAGES)}")
        self.stages: list[Stage] = [cls(**self.options.get(name, {})) for name, cls in STAGES.items()
                                    if name in self.only]

    def __call__(self, articles: list[Article]) -> list[Document]:
        """Process one batch in this process; rejected documents keep their ``error``."""
        docs = [Document.from_article(a) for a in articles]
        for stage in self.stages:
            docs = stage.pipe(docs)
        return docs

    def run(self, items: Iterable[Article | Skipped], *, batch_size: int = DEFAULT_BATCH,
            workers: int = 1) -> Iterator[Document | Skipped]:
        """Documents for every article of ``items`` (in input order); skips pass straight through."""
        batches = _batches(items, batch_size)
        if workers <= 1:
            for batch in batches:
                if isinstance(batch, Skipped):
                    yield batch
                else:
                    yield from _outcomes(self(batch))
            return
        # One BLAS thread per worker: the workers already use every core, and nested threads only fight.
        for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ.setdefault(var, "1")
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker,
                                 initargs=(self.options, self.only)) as pool:
            pending: deque[Skipped | Future] = deque()
            for batch in batches:
                pending.append(batch if isinstance(batch, Skipped) else pool.submit(_work, batch))
                while len([p for p in pending if isinstance(p, Future)]) > workers * 2:
                    yield from _drain_one(pending)
            while pending:
                yield from _drain_one(pending)


def _batches(items: Iterable[Article | Skipped], size: int) -> Iterator[list[Article] | Skipped]:
    batch: list[Article] = []
    for item in items:
        if isinstance(item, Skipped):
            yield item
            continue
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _outcomes(docs: list[Document]) -> Iterator[Document | Skipped]:
    for doc in docs:
        yield Skipped(doc.input, doc.error) if doc.error else doc


def _drain_one(pending: deque) -> Iterator[Document | Skipped]:
    head = pending.popleft()
    if isinstance(head, Skipped):
        yield head
    else:
        yield from _outcomes(head.result())


_worker_pipeline: Pipeline | None = None


def _init_worker(options: dict[str, dict[str, Any]], only: tuple[str, ...]) -> None:
    global _worker_pipeline
    _worker_pipeline = Pipeline(options, only)


def _work(batch: list[Article]) -> list[Document]:
    assert _worker_pipeline is not None
    docs = _worker_pipeline(batch)
    for doc in docs:
        doc.spacy_doc = None  # stays in the worker: too big to send back, and the parent does not need it
    return docs
