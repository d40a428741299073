"""Linguistic annotation with spaCy: sentences, tokens, lemmas and named entities, per language.

Which pipeline a language gets is data (``data/lang/<code>/nlp.json``): the official spaCy package where PyPI has a
3.8 build (French, English), a compact NER pipeline trained by ``scripts/train_ner.py`` and shipped under
``data/models/`` (German, Spanish, Russian), or tokenizer + sentence splitter only. Pipelines load once per process,
on first use, and run over batches with ``nlp.pipe``.
"""

from __future__ import annotations

import re
import warnings
from functools import cache

import numpy as np
import spacy
from spacy.language import Language
from thinc.api import NumpyOps, get_current_ops, set_current_ops

from newsgraph.knowledge.languages import LanguageProfile, lemma_table, load_profile, normalise
from newsgraph.records import Document, Entity, Sentence, Token
from newsgraph.stages.base import Stage

MODEL_CONFIDENCE = 0.8  # spaCy's NER gives no calibrated score; see docs/document.md
BATCH = 32
_SENTENCE_MAKERS = ("parser", "senter", "sentencizer")
_NER_ONLY = ("newsgraph_paragraphs", "tok2vec", "ner", "senter", "sentencizer")
_ABBREVIATION = re.compile(r"(?:\w\.)+\w")
_EDGE_JUNK = " \t\n\"'«»“”„‘’`()[]{}.,;:!?-–—•*/\\|"


class BlasOps(NumpyOps):
    """thinc's CPU ops with matrix products done by numpy's BLAS, about three times faster than thinc's bundled
    BLIS kernels here (whole pipeline: 73 → 59 ms an article, same output)."""

    name = "numpy-blas"

    def gemm(self, x, y, out=None, trans1=False, trans2=False):
        x = x.T if trans1 else x
        y = y.T if trans2 else y
        if out is None:
            return np.matmul(x, y)
        np.matmul(x, y, out=out)
        return out


@Language.component("newsgraph_paragraphs")
def paragraph_breaks(doc):
    """A blank line ends a sentence: the token after it starts one (the parser keeps preset starts)."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if not token.is_space and (previous.is_space and "\n\n" in previous.text or "\n\n" in previous.whitespace_):
            token.is_sent_start = True
    return doc


@cache
def load_pipeline(code: str) -> Language:
    """The spaCy pipeline for language ``code`` (loaded once per process)."""
    profile = load_profile(code)
    model = profile.model_path()
    if model is not None:
        previous = get_current_ops()
        set_current_ops(BlasOps())  # the layers keep the ops they were built with
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # version notes from repackaged models are not the user's concern
                nlp = spacy.load(model)
        finally:
            set_current_ops(previous)
    else:
        try:
            nlp = spacy.blank(code)
        except ImportError:  # spaCy has no tokenizer rules for this language
            nlp = spacy.blank("xx")
    if not any(name in nlp.pipe_names for name in _SENTENCE_MAKERS):
        nlp.add_pipe("sentencizer", first=True)
    nlp.add_pipe("newsgraph_paragraphs", first=True)
    nlp.max_length = 5_000_000
    return nlp


def trim_entity(text: str, start: int, end: int, profile: LanguageProfile) -> tuple[int, int]:
    """Narrow an entity span: no surrounding punctuation, no elided article ("l’Arménie" → "Arménie"), no article
    or preposition written in lower case ("de la France" → "France")."""
    while start < end and text[start] in _EDGE_JUNK:
        start += 1
    while end > start and text[end - 1] in _EDGE_JUNK:
        end -= 1
    if end < len(text) and text[end] == "." and _ABBREVIATION.fullmatch(text[start:end]):
        end += 1  # "U.S." keeps its last dot
    trimmed = True
    while trimmed:  # "de la France" → "France"; a word prefix ("la ") only where written in lower case
        trimmed = False
        head = normalise(text[start:end])
        for prefix in profile.entity_trim_prefixes:
            if head.startswith(prefix) and len(head) > len(prefix) and (
                    not prefix.endswith(" ") or text[start].islower()):
                start += len(prefix)
                trimmed = True
                break
    tail = normalise(text[start:end])
    for suffix in profile.entity_trim_suffixes:
        if tail.endswith(suffix) and len(tail) > len(suffix):
            end -= len(suffix)
            while end > start and text[end - 1] == " ":
                end -= 1
            break
    return start, end


def sentences_of(body: str, sdoc) -> list[Sentence]:
    """Sentence spans without surrounding white space; blank "sentences" (paragraph breaks) left out."""
    if not sdoc.has_annotation("SENT_START"):  # sentence splitter disabled (entities only): one span
        spans = [(0, len(body))]
    else:
        spans = [(s.start_char, s.end_char) for s in sdoc.sents]
    found = []
    for start, end in spans:
        while start < end and body[start].isspace():
            start += 1
        while end > start and body[end - 1].isspace():
            end -= 1
        if end > start:
            found.append(Sentence(start, end))
    return found


def parseable(body: str) -> str:
    """The text spaCy parses: a text in capitals ("MILES DE PERSONAS MANIFIESTAN CONTRA…", a wire headline) in
    lower case, letter for letter so that offsets stay the same; taggers trained on ordinary case read capitals as
    names. Any other text as it is."""
    letters = [c for c in body if c.isalpha()]
    if len(letters) < 12 or sum(c.isupper() for c in letters) < 0.8 * len(letters):
        return body
    return "".join(low if len(low := c.lower()) == 1 else c for c in body)


def tokens_of(doc: Document, sdoc, lemmas: dict[str, str] | None,
              verb_lemmas: dict[str, str] | None = None) -> list[Token]:
    """Token records (white space left out, heads re-indexed to match). ``lemmas`` is a lookup table for
    pipelines without a lemmatizer; without either, the lemma is the lower-cased form. ``verb_lemmas`` corrects
    the lemmatizer's or the table's known mistakes on verbs ("staged" → "stag", Russian "вышли" → "выслать")."""
    kept = [t for t in sdoc if not t.is_space]
    index = {t.i: n for n, t in enumerate(kept)}
    tokens = []
    for n, t in enumerate(kept):
        if lemmas is None:
            if verb_lemmas and t.pos_ in ("VERB", "AUX") and t.lower_ in verb_lemmas:
                t.lemma_ = verb_lemmas[t.lower_]  # later stages (events) read lemmas off the spaCy tokens
            lemma = t.lemma_ or t.lower_
        else:
            # (a lookup table has no parts of speech: a correction applies to every such form)
            lemma = (verb_lemmas or {}).get(t.lower_) or lemmas.get(t.text) or lemmas.get(t.lower_) or t.lower_
            t.lemma_ = lemma  # later stages (events) read lemmas off the spaCy tokens
        tokens.append(Token(t.idx, t.idx + len(t.text), doc.sentence_of(t.idx), lemma, t.pos_, t.dep_,
                            index.get(t.head.i, n)))
    return tokens


def model_entities(doc: Document, spacy_doc, profile: LanguageProfile) -> list[Entity]:
    """The statistical NER's entities, mapped to newsgraph types and trimmed."""
    found = []
    for ent in spacy_doc.ents:
        kind = profile.entity_labels.get(ent.label_)
        if kind is None:
            continue
        start, end = trim_entity(doc.body, ent.start_char, ent.end_char, profile)
        text = doc.body[start:end]
        if not any(ch.isalpha() for ch in text):
            continue
        found.append(Entity(text=text, type=kind, start=start, end=end, sentence=doc.sentence_of(start),
                            confidence=MODEL_CONFIDENCE, origin="model"))
    return join_entities(doc.body, [extend_head(doc.body, e, profile) for e in found], profile)


@cache
def _head_pattern(code: str) -> re.Pattern[str] | None:
    profile = load_profile(code)
    if not profile.entity_heads:
        return None
    heads = "|".join(re.escape(h) for h in sorted(profile.entity_heads, key=len, reverse=True))
    links = "|".join(re.escape(k) for k in sorted(profile.entity_head_links, key=len, reverse=True))
    link = rf"(?:\s+(?:{links}))?" if links else ""
    return re.compile(rf"(?<![\w-])({heads}){link}\s*$")


def extend_head(body: str, entity: Entity, profile: LanguageProfile) -> Entity:
    """Take in the lower-case generic word that the language writes as part of a place name ("río Ebro",
    "mar Caribe", "océan Indien"), from the profile's ``entity_heads``; the model often leaves it out."""
    pattern = _head_pattern(profile.code)
    if pattern is None or entity.type != "LOCATION":
        return entity
    m = pattern.search(body, max(0, entity.start - 40), entity.start)
    if not m or m.end() != entity.start:
        return entity
    return Entity(text=body[m.start(1):entity.end], type=entity.type, start=m.start(1), end=entity.end,
                  sentence=entity.sentence, confidence=entity.confidence, origin=entity.origin)


def join_entities(body: str, entities: list[Entity], profile: LanguageProfile) -> list[Entity]:
    """Merge neighbours that the language writes as one name, per the profile's ``entity_joins`` (French:
    ORG + "de" + LOCATION is a team or body named after its city, "Lakers de Los Angeles")."""
    if not profile.entity_joins or len(entities) < 2:
        return entities
    joined = [entities[0]]
    for entity in entities[1:]:
        left = joined[-1]
        between = normalise(body[left.end:entity.start]).strip()
        rule = next((r for r in profile.entity_joins if r["left"] == left.type and r["right"] == entity.type
                     and between in r["via"]), None)
        if rule and left.sentence == entity.sentence:
            joined[-1] = Entity(text=body[left.start:entity.end], type=rule["as"], start=left.start, end=entity.end,
                                sentence=left.sentence, confidence=MODEL_CONFIDENCE, origin="model")
        else:
            joined.append(entity)
    return joined


class Annotate(Stage):
    """Runs each language's spaCy pipeline over the batch's documents of that language."""

    name = "nlp"

    def __init__(self, entities_only: bool = False, keep_spacy_doc: bool = True) -> None:
        self.entities_only = entities_only
        self.keep_spacy_doc = keep_spacy_doc

    def pipe(self, docs: list[Document]) -> list[Document]:
        by_language: dict[str, list[Document]] = {}
        for doc in docs:
            if doc.error is None:
                by_language.setdefault(doc.language or "xx", []).append(doc)
        for code, group in by_language.items():
            try:
                self._annotate(code, group)
            except Exception:  # noqa: BLE001 - retry one by one so that one bad text fails alone
                for doc in group:
                    self.guarded(doc)
        return docs

    def process(self, doc: Document) -> None:
        self._annotate(doc.language or "xx", [doc])

    def _annotate(self, code: str, docs: list[Document]) -> None:
        nlp = load_pipeline(code)
        profile = load_profile(code)
        disable = [n for n in nlp.pipe_names if n not in _NER_ONLY] if self.entities_only else []
        for doc, sdoc in zip(docs, nlp.pipe((parseable(d.body) for d in docs), batch_size=BATCH, disable=disable),
                             strict=True):
            doc.sentences = sentences_of(doc.body, sdoc)
            if not self.entities_only:
                doc.tokens = tokens_of(doc, sdoc, None if "lemmatizer" in nlp.pipe_names else lemma_table(code),
                                       profile.verb_lemmas)
            doc.entities = model_entities(doc, sdoc, profile)
            if self.keep_spacy_doc:
                doc.spacy_doc = sdoc
