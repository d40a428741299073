"""newsgraph: news articles in many languages to structured, evidence-linked records.

>>> import newsgraph
>>> doc = newsgraph.process("Le président russe Vladimir Poutine a appelé Emmanuel Macron samedi.",
...                         published="2020-11-07")
>>> doc.language, doc.published.isoformat()
('fr', '2020-11-07')
>>> [(e.text, e.type) for e in doc.entities]
[('Vladimir Poutine', 'PERSON'), ('Emmanuel Macron', 'PERSON')]
"""

from __future__ import annotations

from datetime import date
from functools import cache

from newsgraph.dates import parse_timestamp
from newsgraph.pipeline import Pipeline
from newsgraph.records import Article, Document, Entity, Sentence, Skipped
from newsgraph.sources import read_text
from newsgraph.store import Store

__version__ = "0.1.0"


class ProcessingError(ValueError):
    """The text could not be processed (e.g. an HTML page with no main text); the message says why."""


@cache
def _default_pipeline() -> Pipeline:
    return Pipeline()


def process(text_or_html: str, *, url: str | None = None, published: str | date | None = None,
            title: str | None = None, language: str | None = None, source: str | None = None) -> Document:
    """Run the whole pipeline on one article given as plain text or HTML, without storing it.

    ``published`` may be a date or an ISO string; ``language`` is a hint (the detector decides on long texts).
    Raises :class:`ProcessingError` when no document can be made from the input.
    """
    article = read_text(text_or_html, url=url)
    article.published = parse_timestamp(published)
    article.title, article.language, article.source = title, language, source
    [doc] = _default_pipeline()([article])
    if doc.error:
        raise ProcessingError(doc.error)
    return doc


__all__ = ["Article", "Document", "Entity", "Pipeline", "ProcessingError", "Sentence", "Skipped", "Store",
           "process", "__version__"]
