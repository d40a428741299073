"""MinHash signatures of bodies, the basis of near-duplicate (syndicated copy) detection.

The stage only computes each document's signature; the store compares it, by LSH banding, with the signatures of
the articles it already holds (see :mod:`newsgraph.store.database`), since only the store sees every article.
"""

from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash

from newsgraph.knowledge.languages import normalise
from newsgraph.records import Document
from newsgraph.stages.base import Stage

NUM_PERM = 128
SHINGLE = 5  # words
_WORD = re.compile(r"\w+")


def signature(text: str) -> list[int]:
    """MinHash signature of ``text`` over its word 5-grams (case and punctuation ignored)."""
    words = _WORD.findall(normalise(text))
    shingles = {" ".join(words[i:i + SHINGLE]).encode() for i in range(max(1, len(words) - SHINGLE + 1))}
    mh = MinHash(num_perm=NUM_PERM, seed=1)
    mh.update_batch(list(shingles))
    return [int(v) for v in mh.hashvalues]


def similarity(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(np.asarray(a, dtype=np.uint64) == np.asarray(b, dtype=np.uint64)))


class Fingerprint(Stage):
    name = "dedup"

    def process(self, doc: Document) -> None:
        doc.minhash = signature(doc.body)
