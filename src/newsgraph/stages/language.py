"""Language identification per article, and per paragraph when an article mixes languages (lingua, offline)."""

from __future__ import annotations

from functools import cache

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

from newsgraph.knowledge import data_dir
from newsgraph.records import Document, LanguageSpan
from newsgraph.stages.base import Stage

MIN_PARAGRAPH = 120  # characters: shorter paragraphs are too short to call reliably on their own
MIN_TEXT = 10  # characters: below this there is nothing to judge by


@cache
def _detector() -> LanguageDetector:
    # Lingua's trigram-only mode: 85 MB for all 75 languages and right on sentence-length text; the full mode
    # needs about 1 GB per process and gains only on texts of a few words, which are not articles.
    return LanguageDetectorBuilder.from_languages(*candidate_languages()).with_low_accuracy_mode().build()


def candidate_languages() -> list[Language]:
    """The languages listed in ``data/lang/detect.txt`` that lingua knows."""
    text = (data_dir() / "lang" / "detect.txt").read_text(encoding="utf-8")
    codes = [c for line in text.splitlines() if not line.startswith("#") for c in line.split()]
    found = []
    for code in codes:
        iso = getattr(IsoCode639_1, code.upper(), None)
        if iso is not None:
            found.append(Language.from_iso_code_639_1(iso))
    return found


def _code(language: Language) -> str:
    return language.iso_code_639_1.name.lower()


def detect(text: str) -> tuple[str | None, float]:
    """(ISO 639-1 code, confidence) of ``text``; (None, 0.0) when it has no letters to judge by."""
    sample = text[:3000]
    if len(sample.strip()) < MIN_TEXT:
        return None, 0.0
    values = _detector().compute_language_confidence_values(sample)
    if not values or values[0].value <= 0:
        return None, 0.0
    return _code(values[0].language), round(values[0].value, 3)


# Below this many characters a detector's guess is unreliable (a headline, one sentence): a given language wins.
SHORT_TEXT = 200


class DetectLanguage(Stage):
    name = "language"

    def process(self, doc: Document) -> None:
        code, confidence = detect(doc.body)
        if code is not None:
            if doc.language and doc.language != code and (confidence < 0.5 or len(doc.body) < SHORT_TEXT):
                pass  # an explicit hint (JSONL field, <html lang>) wins over a hesitant guess or a short text
            else:
                doc.language = code
            doc.language_confidence = confidence
        offset = 0
        paragraphs = doc.body.split("\n\n")
        if len(paragraphs) < 2:
            return  # one paragraph: the article's language is the paragraph's
        for paragraph in paragraphs:
            if len(paragraph) >= MIN_PARAGRAPH:
                lang, conf = detect(paragraph)
                if lang and lang != doc.language and conf >= 0.7:
                    doc.languages.append(LanguageSpan(offset, offset + len(paragraph), lang, conf))
            offset += len(paragraph) + 2
