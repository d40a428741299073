"""Named-entity recognition against CoNLL-U / IOB gold files (WikiNEuRal, WikiANN, Europeana, CoNLL).

Reads any column format with one token per line and the tag in the last column (``idx token tag``,
``token tag``, ``en:token tag``), sentences separated by blank lines, ``#`` comments and ``-DOCSTART-`` ignored,
IOB1, IOB2 or BIOES tags. Entity types are mapped to newsgraph's (PER→PERSON, LOC/GPE→LOCATION, ORG, MISC).
Scores are exact-span, exact-type matches: precision, recall and F1 per type and over all (micro).
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newsgraph.knowledge.languages import supported_languages
from newsgraph.records import Document
from newsgraph.stages.language import detect
from newsgraph.stages.lexicon import LexiconEntities
from newsgraph.stages.nlp import Annotate

TYPE_NAMES = {"PER": "PERSON", "PERSON": "PERSON", "LOC": "LOCATION", "LOCATION": "LOCATION", "GPE": "LOCATION",
              "ORG": "ORG", "ORGANIZATION": "ORG", "ORGANISATION": "ORG", "MISC": "MISC"}
MAX_SENTENCE = 100  # tokens: longer "sentences" are cut at their next full stop
_LANG_PREFIX = re.compile(r"^([a-z]{2,3}):(.+)$")


class GoldError(ValueError):
    """The gold file cannot be read (message for the user)."""


@dataclass
class GoldSentence:
    tokens: list[str]
    spans: set[tuple[int, int, str]]  # (first token, last token + 1, type)


def spans_from_tags(tags: list[str]) -> set[tuple[int, int, str]]:
    """Entity spans from IOB1, IOB2 or BIOES tags."""
    spans, start, kind = set(), None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-") if "-" in tag else (tag, "", "")
        label = TYPE_NAMES.get(label.upper(), label.upper())
        begins = prefix in ("B", "S", "U") or (prefix in ("I", "E", "L") and label != kind)
        if start is not None and (prefix == "O" or begins):
            spans.add((start, i, kind))
            start, kind = None, None
        if prefix in ("B", "S", "U", "I", "E", "L") and start is None:
            start, kind = i, label
        if prefix in ("S", "U", "E", "L") and start is not None:
            spans.add((start, i + 1, kind))
            start, kind = None, None
    return spans


def read_gold(path: str | Path) -> tuple[list[GoldSentence], str | None]:
    """Sentences of a gold file, and the language named by a token prefix (``en:``) if any."""
    try:
        lines = Path(path).read_text(encoding="utf-8", errors="replace").split("\n")
    except OSError as exc:
        raise GoldError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    sentences, tokens, tags = [], [], []
    prefixes: Counter[str] = Counter()  # WikiANN writes "en:Paris": a language prefix on every token

    def flush() -> None:
        # Files without sentence breaks (e.g. OCR'd newspapers) are cut after sentence-final punctuation tagged O;
        # a cut there never splits an entity.
        start = 0
        for i, (token, tag) in enumerate(zip(tokens, tags, strict=True)):
            if i - start >= MAX_SENTENCE and token in (".", "!", "?") and tag == "O":
                sentences.append(GoldSentence(tokens[start:i + 1], spans_from_tags(tags[start:i + 1])))
                start = i + 1
        if start < len(tokens):
            sentences.append(GoldSentence(tokens[start:], spans_from_tags(tags[start:])))
        tokens.clear()
        tags.clear()

    for line in lines:
        line = line.rstrip("\r")
        if not line.strip():
            flush()
            continue
        if line.startswith("#") or line.startswith("-DOCSTART-"):
            continue
        cols = line.split("\t") if "\t" in line else line.split()
        if len(cols) < 2:
            continue
        token, tag = cols[-2], cols[-1].strip()
        m = _LANG_PREFIX.match(token)
        if m and (not prefixes or m[1] in prefixes):
            prefixes[m[1]] += 1
            token = m[2]
        tokens.append(token)
        tags.append(tag if tag else "O")
    flush()
    if not sentences:
        raise GoldError(f"{path}: no tagged sentences found (expected one 'token tag' per line)")
    total = sum(len(s.tokens) for s in sentences)
    prefix_lang = prefixes.most_common(1)[0][0] if prefixes and prefixes.most_common(1)[0][1] > total / 2 else None
    return sentences, prefix_lang


def guess_language(path: str | Path, sentences: list[GoldSentence], prefix_lang: str | None) -> str:
    """Language of a gold file: token prefix, then a language folder in the path, then detection."""
    if prefix_lang:
        return prefix_lang
    for part in reversed(Path(path).parts[:-1]):
        if part in supported_languages():
            return part
    sample = " ".join(" ".join(s.tokens) for s in sentences[:200])
    return detect(sample)[0] or "xx"


def _join(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    offsets, pos = [], 0
    for tok in tokens:
        offsets.append((pos, pos + len(tok)))
        pos += len(tok) + 1
    return " ".join(tokens), offsets


def predicted_spans(doc: Document, offsets: list[tuple[int, int]]) -> set[tuple[int, int, str]]:
    """Token spans of the document's entities (every token the entity's characters overlap)."""
    spans = set()
    for e in doc.entities:
        covered = [i for i, (s, t) in enumerate(offsets) if s < e.end and e.start < t]
        if covered:
            spans.add((covered[0], covered[-1] + 1, e.type))
    return spans


def _batches(sentences: list[GoldSentence], size: int) -> Iterator[list[GoldSentence]]:
    for i in range(0, len(sentences), size):
        yield sentences[i:i + size]


def evaluate(sentences: list[GoldSentence], language: str, batch_size: int = 256) -> dict:
    """Run newsgraph's entity stages (model + lexicon) on the gold sentences and score them."""
    annotate, lexicon = Annotate(entities_only=True, keep_spacy_doc=False), LexiconEntities()
    gold_counts, pred_counts, hit_counts = Counter(), Counter(), Counter()
    started = time.perf_counter()
    for batch in _batches(sentences, batch_size):
        docs, all_offsets = [], []
        for i, sentence in enumerate(batch):
            text, offsets = _join(sentence.tokens)
            docs.append(Document(id=str(i), input="gold", kind="text", body=text, language=language))
            all_offsets.append(offsets)
        lexicon.pipe(annotate.pipe(docs))
        for sentence, doc, offsets in zip(batch, docs, all_offsets, strict=True):
            predicted = predicted_spans(doc, offsets)
            for spans, counter in ((sentence.spans, gold_counts), (predicted, pred_counts),
                                   (sentence.spans & predicted, hit_counts)):
                counter.update(kind for _, _, kind in spans)
    elapsed = time.perf_counter() - started

    def prf(hits: int, predicted: int, gold: int) -> dict[str, float | int]:
        p = hits / predicted if predicted else 0.0
        r = hits / gold if gold else 0.0
        return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
                "gold": gold, "predicted": predicted}

    per_type = {k: prf(hit_counts[k], pred_counts[k], gold_counts[k])
                for k in sorted(set(gold_counts) | set(pred_counts))}
    overall = prf(sum(hit_counts.values()), sum(pred_counts.values()), sum(gold_counts.values()))
    return {**overall, "per_type": per_type, "language": language, "sentences": len(sentences),
            "sentences_per_second": len(sentences) / elapsed if elapsed else 0.0}
