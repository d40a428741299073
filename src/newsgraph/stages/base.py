"""What every pipeline stage is: one job over a batch of Documents."""

from __future__ import annotations

from typing import ClassVar

from newsgraph.records import Document


class Rejected(Exception):
    """Raised by a stage when a document cannot go on; the message is the one-line reason shown to the user."""


class Stage:
    """A pipeline component in the spirit of spaCy's: it reads what earlier stages wrote and adds its own.

    Subclasses implement :meth:`process` (one document) or override :meth:`pipe` (a batch, e.g. to batch a model).
    A failure on one document marks that document with ``error`` and leaves the rest of the batch untouched;
    documents already marked are passed along unprocessed.
    """

    name: ClassVar[str] = "stage"

    def pipe(self, docs: list[Document]) -> list[Document]:
        for doc in docs:
            if doc.error is None:
                self.guarded(doc)
        return docs

    def guarded(self, doc: Document) -> None:
        """Run :meth:`process` on one document, turning an exception into ``doc.error``."""
        try:
            self.process(doc)
        except Rejected as exc:
            doc.error = str(exc)
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
            doc.error = f"{self.name} failed: {type(exc).__name__}: {exc}"

    def process(self, doc: Document) -> None:
        raise NotImplementedError
